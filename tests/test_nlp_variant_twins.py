"""One figure read under a benchmark's bare name and under its variant (variant_twins.py): the variant's
fact stays, the bare twin goes; different figures and sibling variants stay. Invented names and sentences."""

from __future__ import annotations

from datetime import UTC, datetime

from extractors.facts.nlp import extract
from extractors.facts.variant_twins import drop_bare_twins
from schema.records import Article, Evidence, ScoreFact


def _fact(model: str, bench: str, value: float) -> ScoreFact:
    return ScoreFact(model, bench, value, "%", None, Evidence("", 0, 0), 0.8, "prose")


def _kept(facts: list[ScoreFact]) -> set[tuple[str, str, float]]:
    return {(f.model, f.benchmark, f.value) for f in drop_bare_twins(facts)}


def test_the_bare_twin_of_a_variant_goes() -> None:
    facts = [_fact("Vexa 3", "QuizBench", 61.2), _fact("Vexa 3", "QuizBench-Hard", 61.2)]
    assert _kept(facts) == {("Vexa 3", "QuizBench-Hard", 61.2)}
    facts = [_fact("Vexa 3", "Exam", 80.0), _fact("Vexa 3", "Exam 2025", 80.0)]
    assert _kept(facts) == {("Vexa 3", "Exam 2025", 80.0)}


def test_what_stays() -> None:
    # different figures, two sibling variants, another model's figure, a '+' benchmark of its own
    facts = [
        _fact("Vexa 3", "QuizBench", 61.2),
        _fact("Vexa 3", "QuizBench-Hard", 48.0),
        _fact("Vexa 3", "Exam 2024", 80.0),
        _fact("Vexa 3", "Exam 2025", 80.0),
        _fact("Tarnfold 5", "QuizBench-Hard", 61.2),
        _fact("Tarnfold 5", "Quiz", 70.0),
        _fact("Tarnfold 5", "Quiz+", 70.0),
    ]
    assert _kept(facts) == {(f.model, f.benchmark, f.value) for f in facts}


def test_a_page_that_names_the_variant_once_and_the_bare_name_in_its_summary() -> None:
    text = (
        "Key numbers:\n\n"
        "- Tarnfold 5 posts 78.4% on OSWorld.\n"
        "- Tarnfold 5 reaches 62.0% on SWE-bench Pro.\n\n"
        "| Benchmark | Tarnfold 5 |\n|---|---|\n| OSWorld-Verified | 78.4% |\n| SWE-bench Pro | 62.0% |\n"
    )
    ex = extract(Article(url="https://t.example/v", text=text, published_at=datetime(2027, 3, 1, tzinfo=UTC)))
    got = {(s.model, s.benchmark, s.value) for s in ex.scores}
    assert ("Tarnfold 5", "OSWorld-Verified", 78.4) in got
    assert ("Tarnfold 5", "OSWorld", 78.4) not in got
