"""A lettered sibling written by its version alone (`sibling_versions`), for a family no list knows: a
letter and a digit that name a metric, a GPU, a quarter or a contest's tier are no member of it. Invented
names throughout."""

from __future__ import annotations

import pytest

from extractors.facts.nlp import extract
from extractors.facts.sibling_versions import sibling_versions
from schema.records import Article


def _named(text: str, models: list[str]) -> list[str]:
    return [m.canonical for m in sibling_versions(text, models)]


@pytest.mark.parametrize(
    ("model", "text"),
    [
        ("Wisp-F3", "Wisp-F3 gets an F1 of 0.77 on the TableCut set, well clear of F1 baselines."),
        (
            "Skiff-T3",
            "Skiff-T3 reaches 52.6% on MazeRun. On a rented T4 it still runs faster than Ledgerly Max.",
        ),
        ("Wisp-Q3", "Wisp-Q3 reaches 66.1% on MazeRun, up from 58.3% in Q2 when the prior build ran."),
        ("Wisp-K5", "Wisp-K5 reaches 72.2% on MazeRun, up from 65.5% in the K4 tier of the contest."),
    ],
)
def test_a_metric_gpu_quarter_or_tier_is_no_sibling(model: str, text: str) -> None:
    assert _named(text, [model]) == []


def test_a_sibling_written_alone_is_still_read() -> None:
    assert _named(
        "Wisp-K5 clears MazeRun with room to spare; K4 trailed it by three points.", ["Wisp-K5"]
    ) == ["Wisp-K4"]


def test_the_page_models_score_stays_its_own() -> None:
    text = "Wisp-Q3 reaches 66.1% on MazeRun, up from 58.3% in Q2 when the prior build ran."
    ex = extract(Article(url="https://example.org/sv", text=text))
    assert {s.model for s in ex.scores} == {"Wisp-Q3"}
    assert not ex.claims
