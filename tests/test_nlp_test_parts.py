"""A benchmark's named part (a domain or split such as 'retail' or 'telecom') written touching a figure is
that figure's setting, whatever shape the page writes it in (extractors/facts/test_parts.py): a label before
the figure, the part after the figure or after the benchmark's name, or the part glued onto the benchmark's
name in a table row ('τ2-bench Telecom', 'HLE-Full'). Only tests that have such parts take one (the list is
data); a part word that does not touch a figure, a list of parts whose order the figures do not follow one by
one, and a name the lists hold as it stands give no setting. Model names below are invented."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.facts.nlp import extract
from extractors.facts.test_parts import part_beside
from schema.records import Article


def _scores(text: str) -> set[tuple[str, str, float, str | None]]:
    when = datetime(2026, 1, 2, tzinfo=UTC)
    art = Article(url="https://example.org/a", text=text, title="t", published_at=when)
    return {(s.model, s.benchmark, s.value, s.setting) for s in extract(art).scores}


def test_a_part_label_right_before_each_figure() -> None:
    got = _scores("Broken down by domain, Orlen-5 reaches telecom: 88.6% and airline: 47.9% on τ2-bench.")
    assert got == {
        ("Orlen-5", "τ2-bench", 88.6, "telecom"),
        ("Orlen-5", "τ2-bench", 47.9, "airline"),
    }, got


def test_a_part_right_after_each_figure() -> None:
    got = _scores("Orlen-5 leads τ2-bench with 93.6% on telecom and 81.1% on retail.")
    # 'telecom and 81.1%': the part before the second figure is the first one's
    assert got == {
        ("Orlen-5", "τ2-bench", 93.6, "telecom"),
        ("Orlen-5", "τ2-bench", 81.1, "retail"),
    }, got


def test_a_part_in_brackets_after_the_name_or_before_the_figure() -> None:
    text = "Orlen-5 scores 64.0% on τ-bench (airline), Brindle-3 58.5% on τ-bench (airline)."
    got = _scores(text)
    assert {s for *_, s in got} == {"airline"} and len(got) == 2, got


def test_a_part_after_the_benchmark_name_just_before_the_figure() -> None:
    got = _scores("Orlen-5 sets a record on τ2-bench telecom (91.4%), ahead of every rival we tried.")
    assert got == {("Orlen-5", "τ2-bench", 91.4, "telecom")}, got


def test_a_part_glued_onto_a_listed_benchmark_in_a_table_row() -> None:
    table = "| Benchmark | Orlen-5 | Brindle-3 |\n|---|---|---|\n| τ2-bench Telecom | 97.0 | 91.0 |\n"
    got = _scores("Orlen-5 against Brindle-3:\n" + table)
    assert got == {("Orlen-5", "τ2-bench", 97.0, "telecom"), ("Brindle-3", "τ2-bench", 91.0, "telecom")}, got


def test_the_whole_test_glued_on_adds_no_setting_but_keeps_the_others() -> None:
    got = _scores("Orlen-5 scores 48.2% on HLE-Full with tools, up from 41.0% for Brindle-3.")
    assert got == {
        ("Orlen-5", "Humanity's Last Exam", 48.2, "with tools"),
        ("Brindle-3", "Humanity's Last Exam", 41.0, "with tools"),
    }, got


def test_must_not_a_part_word_away_from_the_figures() -> None:
    for text in (
        "Orlen-5 tops the retail chart, scoring 88.1% on MMLU-Pro.",
        "Orlen-5 scored 88.0% on MMLU-Pro and 71.2% on GPQA Diamond; its airline partners praised it.",
        "Orlen-5 scores 88.1% on MMLU-Pro, a win for telecom support bots.",
    ):
        got = _scores(text)
        assert got and {s for *_, s in got} == {None}, (text, got)


@pytest.mark.parametrize(
    "text",
    [
        "Orlen-5 edges Brindle-3 on τ2-bench: telecom/retail 64.8% and 59.1% respectively.",
        "On τ2-bench Orlen-5 logs 64.8% and 59.1% for telecom and retail.",
        "Orlen-5 logs 64.8% and 59.1% on the telecom and retail domains of τ2-bench.",
    ],
)
def test_must_not_read_a_list_of_parts_by_adjacency(text: str) -> None:
    got = _scores(text)
    assert got and {s for *_, s in got} == {None}, got


@pytest.mark.parametrize(
    "text",
    [
        "Orlen-5 scores 57.3% on MathVista (telecom).",
        "Vexa shipped Brindle 2 Airline last week. Brindle 2 Airline: 69.4% on GPQA Diamond.",
    ],
)
def test_must_not_give_a_part_to_a_test_without_parts(text: str) -> None:
    got = _scores(text)
    assert got and {s for *_, s in got} == {None}, got


def test_must_not_rename_a_listed_name_or_an_unknown_head() -> None:
    table = "| Benchmark | Orlen-5 | Brindle-3 |\n|---|---|---|\n| SWE-bench Full | 61.0 | 55.0 |\n"
    got = _scores("Orlen-5 against Brindle-3:\n" + table)
    assert {(b, s) for _, b, _, s in got} == {("SWE-bench Full", None)}, got


def test_part_beside_reads_only_a_touching_part() -> None:
    assert part_beside("Orlen-5 in telecom: ", " overall") == "telecom"
    assert part_beside("% on telecom and ", "% on retail.") == "retail"
    assert part_beside("% on telecom and ", "%.") is None
    assert part_beside("the retail team said Orlen-5 got ", "% overall") is None
    assert part_beside("Orlen-5 got ", "% on long videos") == "long videos"
    assert part_beside("Orlen-5 posts telecom/retail ", "% and") is None
    assert part_beside("Orlen-5 posts 64.8% and ", "% on telecom and retail") is None
