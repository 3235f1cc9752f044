"""An Elo word beside a figure (ratings.py): the figure is a rating of the benchmark named right before the
word, whatever that benchmark's usual unit, and even after another benchmark and 'and'. Invented names."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.facts.nlp import extract
from schema.records import Article


def scores(text: str) -> set[tuple[str, str, float]]:
    ex = extract(
        Article(url="https://t.example/e", text=text, published_at=datetime(2027, 3, 1, 12, tzinfo=UTC))
    )
    return {(s.model, s.benchmark, s.value) for s in ex.scores}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tarnfold 3 has Codeforces ELO 2210.", {("Tarnfold 3", "Codeforces", 2210.0)}),
        (
            "Tarnfold 3 scores 84% on MMLU-Pro and Codeforces Elo 2210.",
            {("Tarnfold 3", "MMLU-Pro", 84.0), ("Tarnfold 3", "Codeforces", 2210.0)},
        ),
        # a board scored in percent elsewhere: the Elo word makes the figure a rating, not a bad percentage
        (
            "Tarnfold 3 scores 84% on MMLU-Pro and LiveCodeBench 2,210 Elo.",
            {("Tarnfold 3", "MMLU-Pro", 84.0), ("Tarnfold 3", "LiveCodeBench", 2210.0)},
        ),
    ],
)
def test_an_elo_word_makes_the_figure_the_benchmarks_rating(
    sentence: str, expected: set[tuple[str, str, float]]
) -> None:
    assert scores(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Tarnfold 3 scores 84% on MMLU-Pro and LiveCodeBench 2,210.",  # no Elo word: no percentage above 100
        "Tarnfold 3 scores 84% on MMLU-Pro and 2,210 on LiveCodeBench.",
        # the Elo word is no benchmark's: a count after a name that is not the benchmark's
        "Tarnfold 3 scores 84% on MMLU-Pro; ELO 2210 raters joined.",
    ],
)
def test_no_rating_without_an_elo_word_beside_the_benchmark(sentence: str) -> None:
    assert {s for s in scores(sentence) if s[1] != "MMLU-Pro"} == set()
