"""An effort or mode word written after a model's name and before a bracket or a closing quote ('B High (May
2026)', 'B thinking (1265)', '"B high" at 38.8%') is the setting that row or figure ran at; it stays with that
figure and is not spread to the model's other figures on the page. A tier that is part of the name is not."""

from __future__ import annotations

from datetime import UTC, datetime

from extractors.facts.nlp import extract
from schema.records import Article


def _settings(text: str) -> dict[tuple[str, str, float], str | None]:
    title = text.split("\n", 1)[0]
    art = Article(
        url="https://probe.example/e", title=title, text=text, published_at=datetime(2026, 12, 4, tzinfo=UTC)
    )
    return {(s.model, s.benchmark, s.value): s.setting for s in extract(art).scores}


def test_a_lower_case_mode_before_the_figures_bracket() -> None:
    got = _settings(
        "Vision votes, December\n\nOn the LMArena vision leaderboard Velda 3 holds first at 1290. "
        "Corvin 2.5 thinking (1265) is second and Tarn-5.1 (1251) third. "
        "In LMArena text voting, Corvin 2.5 rates 1302.\n"
    )
    assert got[("Corvin 2.5", "LMArena Vision", 1265.0)] == "Thinking"
    assert got[("Tarn-5.1", "LMArena Vision", 1251.0)] is None
    assert got[("Corvin 2.5", "LMArena Text", 1302.0)] is None  # the mode is that figure's, not the page's


def test_an_effort_before_a_date_bracket_and_inside_quotes() -> None:
    got = _settings(
        "GAIA results\n\nOn GAIA, Corvin 2.5 High (March 2026) reached 68.4%, while Corvin 2.5 (March 2026) "
        'reached 71.2%.\n\nOn GDPval, "Velda 3" led at 47.6%, followed by "Tarn-5.1 high" at 38.8%.\n'
    )
    assert got[("Corvin 2.5", "GAIA", 68.4)] == "high"
    assert got[("Corvin 2.5", "GAIA", 71.2)] is None
    assert got[("Tarn-5.1", "GDPval", 38.8)] == "high"


def test_a_tier_in_the_name_and_a_price_tier_are_no_effort() -> None:
    got = _settings(
        "Board notes\n\nOn MMLU-Pro, Mistral Medium (May 2025) scored 77.2%. The best AI tools this year: "
        "Tarn-5.1 Pro (high tier) costs $20 a month. On MMLU-Pro Tarn-5.1 scored 79.0%.\n"
    )
    assert got[("Mistral Medium", "MMLU-Pro", 77.2)] is None
    assert got[("Tarn-5.1", "MMLU-Pro", 79.0)] is None


def test_an_adjective_after_a_models_name_in_prose_is_no_effort() -> None:
    got = _settings(
        "Board notes\n\nTesters place Corvane 3 high (64.8% on GraphQA) and Tessel-7 low (47.5% on "
        "GraphQA).\n"
    )
    assert got.get(("Tessel-7", "GraphQA", 47.5), "missing") is None
    got = _settings(
        "Board notes\n\nDunmere held Corvane 3 low (64.8% on GraphQA is its top figure) in cost, and Corvane "
        "3 gets 58.0% on LoopBench.\n"
    )
    assert got[("Corvane 3", "GraphQA", 64.8)] is None


def test_an_effort_word_in_a_list_label_is_the_setting() -> None:
    got = _settings("Board notes\n\nGraphQA, by effort:\n- Tessel-7 low (47.5%)\n- Tessel-7 high (55.1%)\n")
    assert got.get(("Tessel-7", "GraphQA", 47.5)) == "low"
