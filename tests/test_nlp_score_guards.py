"""Scores owned by the page's model when a general subject ('other labs') stands only in a subordinate clause
that closes before the figure."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.facts.nlp import extract
from schema.records import Article


def scores(text: str) -> set[tuple[str, str, float]]:
    ex = extract(
        Article(url="https://t.example/s", text=text, published_at=datetime(2026, 6, 5, 12, tzinfo=UTC))
    )
    return {(s.model, s.benchmark, s.value) for s in ex.scores}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Varro-5 is out. While other labs focused on chat, the release scores 62% on ARC-AGI-2.",
            {("Varro-5", "ARC-AGI-2", 62.0)},
        ),
        (
            "Varro-5 is out. Unlike rival models tuned for speed, the release reaches 47.5% on ARC-AGI-2.",
            {("Varro-5", "ARC-AGI-2", 47.5)},
        ),
        ("Varro-5 is out. While other models score 30% on ARC-AGI-2 the release does better.", set()),
    ],
)
def test_a_general_subject_in_a_closed_subordinate_clause(
    sentence: str, expected: set[tuple[str, str, float]]
) -> None:
    assert scores(sentence) == expected


@pytest.mark.parametrize("title", ["Results", "Final Standings", "Latest Leaderboard"])
def test_a_generic_results_title_keeps_the_list_on_the_benchmark_above(title: str) -> None:
    text = (
        f"We put three new models through GPQA Diamond this month.\n\n{title}\n\n"
        "Varro-5\n\n80.1%\n\nPell-2\n\n77.4%\n\nKestro-3\n\n70.9%\n"
    )
    assert scores(text) == {
        ("Varro-5", "GPQA Diamond", 80.1),
        ("Pell-2", "GPQA Diamond", 77.4),
        ("Kestro-3", "GPQA Diamond", 70.9),
    }
