"""One figure read under a benchmark's bare name and under its variant (variant_twins.py): only a figure
written once in one piece of evidence and read both ways loses its bare reading; figures a page states
twice, table cells and names that merely share letters stay. Invented names and sentences."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.facts.nlp import extract
from extractors.facts.variant_twins import drop_bare_twins
from schema.records import Article, Evidence, ScoreFact

_ONE = Evidence("Corvid 4 posts 57.3% on RiverQA (its Long split).", 10, 60)


def _fact(model: str, bench: str, value: float, ev: Evidence = _ONE) -> ScoreFact:
    return ScoreFact(model, bench, value, "%", None, ev, 0.8, "prose")


def _kept(facts: list[ScoreFact]) -> set[tuple[str, str, float]]:
    return {(f.model, f.benchmark, f.value) for f in drop_bare_twins(facts)}


def test_one_figure_read_both_ways_keeps_the_variant() -> None:
    facts = [_fact("Corvid 4", "RiverQA", 57.3), _fact("Corvid 4", "RiverQA-Long", 57.3)]
    assert _kept(facts) == {("Corvid 4", "RiverQA-Long", 57.3)}
    ev = Evidence("In the spring sitting Corvid 4 reached 81% on Assay 2026.", 0, 58)
    facts = [_fact("Corvid 4", "Assay", 81.0, ev), _fact("Corvid 4", "Assay 2026", 81.0, ev)]
    assert _kept(facts) == {("Corvid 4", "Assay 2026", 81.0)}


def test_what_stays() -> None:
    # different figures, sibling variants, another model, a '+' benchmark of its own, a name sharing letters
    facts = [
        _fact("Corvid 4", "RiverQA", 57.3),
        _fact("Corvid 4", "RiverQA-Long", 44.0),
        _fact("Corvid 4", "Assay 2025", 81.0),
        _fact("Corvid 4", "Assay 2026", 81.0),
        _fact("Wendel 2", "RiverQA-Long", 57.3),
        _fact("Wendel 2", "Loom", 33.0),
        _fact("Wendel 2", "Loom+", 33.0),
        _fact("Wendel 2", "Plot", 12.5),
        _fact("Wendel 2", "PlotVQA", 12.5),
    ]
    assert _kept(facts) == {(f.model, f.benchmark, f.value) for f in facts}


def test_two_pieces_of_evidence_are_two_results() -> None:
    # a bare name in a summary line and the variant in a table row: the page may report both
    summary = Evidence("Wendel 2 lands at 47.5% on Pylon.", 0, 33)
    row = Evidence("| Pylon Strict | 47.5 |", 50, 72)
    facts = [_fact("Wendel 2", "Pylon", 47.5, summary), _fact("Wendel 2", "Pylon Strict", 47.5, row)]
    assert _kept(facts) == {(f.model, f.benchmark, f.value) for f in facts}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one sentence stating the same figure twice, once per split
        (
            "Wendel 2 launch notes\n\n"
            "Brackwater released Wendel 2 this week. "
            "Wendel 2 scores 88.0% on KelpQA and 88.0% on KelpQA-Hard, with no drop between the splits.",
            {("Wendel 2", "KelpQA", 88.0), ("Wendel 2", "KelpQA-Hard", 88.0)},
        ),
        # one row whose two cells hold the same figure; the first head shares letters with the second
        (
            "Wendel 2 launch notes\n\n"
            "| System | Plot | PlotVQA | Gauge |\n|---|---|---|---|\n"
            "| Wendel 2 | 72.5 | 72.5 | 60.8 |\n| Corvid 4 | 70.2 | 69.9 | 58.0 |\n",
            {("Wendel 2", "Plot", 72.5), ("Wendel 2", "PlotVQA", 72.5)},
        ),
        # two rows of one grid, a base and its variant, with equal figures for one column
        (
            "Wendel 2 launch notes\n\n"
            "We ran both systems through four suites.\n\n"
            "| Suite | Wendel 2 | Corvid 4 |\n|---|---|---|\n"
            "| Mast | 52.0 | 47.0 |\n| Mast-Hard | 52.0 | 30.5 |\n"
            "| Brine-QA | 66.5 | 64.0 |\n| Brine-QA Pro | 66.5 | 59.5 |\n",
            {
                ("Wendel 2", "Mast", 52.0),
                ("Wendel 2", "Mast-Hard", 52.0),
                ("Wendel 2", "Brine-QA", 66.5),
                ("Wendel 2", "Brine-QA Pro", 66.5),
            },
        ),
    ],
)
def test_figures_a_page_states_twice_stay(text: str, expected: set[tuple[str, str, float]]) -> None:
    ex = extract(Article(url="https://t.example/v", text=text, published_at=datetime(2027, 3, 1, tzinfo=UTC)))
    got = {(s.model, s.benchmark, s.value) for s in ex.scores}
    assert expected <= got
