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
        # an expert's figure named after it, in a sentence a pronoun hands to the page's model
        (
            "Wendel 2 leads KelpQA at 68%.\n\n"
            "Its agent mode scores 59% on WebArena, short of the 66% expert level.",
            {("Wendel 2", "KelpQA", 68.0), ("Wendel 2", "WebArena", 59.0)},
        ),
        # a checker's error rates in a sentence that names no model
        (
            "Wendel 2 scores 47% on SWE-bench Pro.\n\n"
            "- Reviewers of the older set found about 5% false alarms and 17% false negatives in its key.",
            {("Wendel 2", "SWE-bench Pro", 47.0)},
        ),
        # the scale's definition
        (
            "Tarnfold 5 leads ARC-AGI-3 at 0.4%.\n\n"
            "The benchmark's guide defines 100% as solving every game as fast as people do.",
            {("Tarnfold 5", "ARC-AGI-3", 0.4)},
        ),
        # what a figure would mean, after 'counts … as'
        (
            "Wendel 2 leads KelpQA at 68%.\n\nThe KelpQA rubric counts 50% as a pass.",
            {("Wendel 2", "KelpQA", 68.0)},
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
            "Corvid 4 posts 70.8% on WebArena, a human-level showing.",
            ("Corvid 4", "WebArena", 70.8),
        ),
        ("Tarnfold 5 scored 64% on GPQA Diamond as its best result.", ("Tarnfold 5", "GPQA Diamond", 64.0)),
        # 'sets N as' a record is a result, not a definition of the scale
        (
            "On Brine-QA, Corvid 4 sets 83.5% as the best mark so far, clear of every rival.",
            ("Corvid 4", "Brine-QA", 83.5),
        ),
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
