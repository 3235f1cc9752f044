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


def test_a_rival_that_states_its_own_shots_keeps_them_and_the_next_rival_takes_the_leads() -> None:
    got = _settings(
        "Rookwell 2 on DeltaSum\n\nIn its launch note Rookwell 2 reaches 64.8 on DeltaSum (3-shot), ahead of "
        "Vantor Lite (59.5, zero-shot) and Kessing-9 (55.2).\n"
    )
    assert got[("Vantor Lite", 59.5)] == "0-shot"
    assert got[("Kessing-9", 55.2)] == "3-shot"


def test_a_rival_measured_without_tools_is_not_also_with_tools() -> None:
    bracket = _settings(
        "Rookwell 2 on DeltaSum\n\nRookwell 2 reaches 64.8 on DeltaSum with tools, ahead of Vantor Lite "
        "(59.5, measured without tools) and Kessing-9 (55.2).\n"
    )
    assert bracket[("Vantor Lite", 59.5)] == "no tools"
    assert bracket[("Kessing-9", 55.2)] == "with tools"
    trailing = _settings(
        "Rookwell 2 on DeltaSum\n\nWith tools, Rookwell 2 reaches 64.8 on DeltaSum, ahead of Vantor Lite at "
        "59.5 without tools.\n"
    )
    assert trailing[("Vantor Lite", 59.5)] == "no tools"
