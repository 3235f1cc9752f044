"""A test setting stated once in a comparison holds for every rival it lists ('A answers 57% in tool-enhanced
mode, ahead of B at 53% and C at 49%'); an effort or mode written with one rival stays that rival's."""

from __future__ import annotations

from datetime import UTC, datetime

from extractors.facts.conditions import conditions_in
from extractors.facts.nlp import extract
from schema.records import Article


def _settings(text: str) -> dict[tuple[str, float], str | None]:
    title = text.split("\n", 1)[0]
    art = Article(
        url="https://probe.example/r", title=title, text=text, published_at=datetime(2026, 12, 4, tzinfo=UTC)
    )
    return {(s.model, s.value): s.setting for s in extract(art).scores}


def test_tool_enhanced_and_tool_assisted_read_as_with_tools() -> None:
    assert conditions_in("in tool-enhanced mode") == {"tools": "with tools"}
    assert conditions_in("a tool-assisted run") == {"tools": "with tools"}
    assert conditions_in("tool-enhancement plans") == {}  # a longer word is none
    assert conditions_in("the best AI tools of the year") == {}  # 'tools' as the article's noun


def test_every_listed_rival_shares_the_lead_clauses_tool_setting() -> None:
    got = _settings(
        "Velda 3 on GPQA Diamond\n\nWith a code runner switched on, Velda 3 answers 57.3% of GPQA Diamond "
        "in tool-enhanced mode, ahead of Tarn-5.1 at 52.6% and Corvin 2.5 at 49.0%.\n"
    )
    assert got[("Tarn-5.1", 52.6)] == "with tools"
    assert got[("Corvin 2.5", 49.0)] == "with tools"


def test_a_mode_written_with_one_rival_is_not_handed_on() -> None:
    got = _settings(
        "Velda 3 on GPQA Diamond\n\nVelda 3 answers 57.3% of GPQA Diamond with Deep Think, ahead of Tarn-5.1 "
        "at 52.6% and Corvin 2.5 at 49.0%.\n"
    )
    assert got.get(("Corvin 2.5", 49.0)) is None


def test_a_new_clause_after_the_list_does_not_inherit() -> None:
    got = _settings(
        "Velda 3 on GPQA Diamond\n\nFor GPQA Diamond, Velda 3 answers 57.3% with tools, ahead of Tarn-5.1 "
        "at 52.6%. Corvin 2.5 got 49.0% on the same questions back in March.\n"
    )
    assert got.get(("Corvin 2.5", 49.0)) is None
