"""Figures a sentence gives to something other than a model, told by the words beside the figure
(other_figures.py): people's or a checker's figure named after it, a definition of the scale, a gap between
two results. Invented models, benchmarks and sentences."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.facts.nlp import extract
from schema.records import Article


def scores(text: str) -> set[tuple[str, str, float]]:
    ex = extract(
        Article(url="https://t.example/o", text=text, published_at=datetime(2027, 3, 1, 12, tzinfo=UTC))
    )
    return {(s.model, s.benchmark, s.value) for s in ex.scores}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people's figure named after it, in a sentence a pronoun hands to the page's model
        (
            "Tarnfold 5 leads MMLU-Pro at 70%.\n\n"
            "Its screen agent scores 75% on OSWorld-Verified, ahead of the 72.4% human baseline.",
            {("Tarnfold 5", "MMLU-Pro", 70.0), ("Tarnfold 5", "OSWorld-Verified", 75.0)},
        ),
        # a checker's error rates in a sentence that names no model
        (
            "Tarnfold 5 scores 61% on SWE-bench Pro.\n\n"
            "- The older test is noisy: an audit counts roughly 9% false positives, 23% false negatives, and "
            "many leaked answers.",
            {("Tarnfold 5", "SWE-bench Pro", 61.0)},
        ),
        # the scale's definition
        (
            "Tarnfold 5 leads ARC-AGI-3 at 0.4%.\n\n"
            "The benchmark's guide defines 100% as solving every game as fast as people do.",
            {("Tarnfold 5", "ARC-AGI-3", 0.4)},
        ),
        # a gap between two results, after a colon
        (
            "Tarnfold 5 posts 1,650 on GDPval-AA against 1,310 for Vexa 3.\n\n"
            "The GDPval-AA gap deserves attention: 340 Elo points is a different tier.",
            {("Tarnfold 5", "GDPval-AA", 1650.0), ("Vexa 3", "GDPval-AA", 1310.0)},
        ),
    ],
)
def test_a_figure_the_words_beside_it_give_to_something_else(
    text: str, expected: set[tuple[str, str, float]]
) -> None:
    assert scores(text) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # must not: the leader's own figure after 'the lead:', a human-level result, 'as' with no definition
        ("Tarnfold 5 takes the lead: 88% on MMLU-Pro.", ("Tarnfold 5", "MMLU-Pro", 88.0)),
        (
            "Tarnfold 5 scores 72.4% on OSWorld-Verified, a human-level result.",
            ("Tarnfold 5", "OSWorld-Verified", 72.4),
        ),
        ("Tarnfold 5 scored 64% on GPQA Diamond as its best result.", ("Tarnfold 5", "GPQA Diamond", 64.0)),
        # a gap clause before a colon whose figures are each model's own, named after it
        (
            "The margin on MMLU-Pro is wide: Tarnfold 5 scores 88% and Vexa 3 scores 80%.",
            ("Vexa 3", "MMLU-Pro", 80.0),
        ),
        # a gap clause, then each model's own figure after the colon
        (
            "Both do well on MMLU-Pro. The gap opens on QuizBench Pro: 14.5% for Vexa 3, "
            "63.0% for Tarnfold 5.",
            ("Vexa 3", "QuizBench Pro", 14.5),
        ),
    ],
)
def test_a_models_own_figure_stays(sentence: str, expected: tuple[str, str, float]) -> None:
    assert expected in scores(sentence)
