"""A date a release word gives a benchmark is no model's release date: the test named (or called 'the
benchmark') right before the release word, or taken as its object. A model released on a date keeps it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.facts.nlp import extract
from schema.records import Article


def dates(text: str) -> set[tuple[str, str]]:
    ex = extract(
        Article(url="https://t.example/d", text=text, published_at=datetime(2026, 7, 2, 12, tzinfo=UTC))
    )
    return {(a.subject, a.value) for a in ex.attributes if a.attribute == "release_date"}


@pytest.mark.parametrize(
    "text",
    [
        "Zeta-4 and Quill-3 were tested on the Forge-9 puzzle benchmark, released in late June 2026. "
        "Zeta-4 scored 41%.",
        "Zeta-4 leads the new puzzle test.\n\nThe benchmark, launched in early June 2026, asks agents "
        "to plan.",
        "Zeta-4 is the model under test here.\n\nNo agent tops 5% on the freshly released Forge-9 benchmark "
        "(June 2026), this one included.",
        "Zeta-4 and Quill-3 both fail the Forge-9 dataset that was published in May 2026.",
    ],
)
def test_a_benchmarks_release_date_is_no_models(text: str) -> None:
    assert dates(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zeta-4 was released on June 3, 2026.", {("Zeta-4", "2026-06-03")}),
        (
            "Quill-3, which tops the Forge-9 leaderboard, was released in May 2026.",
            {("Quill-3", "2026-05")},
        ),
        (
            "The lab released Zeta-4 on June 3, 2026, alongside a new benchmark.",
            {("Zeta-4", "2026-06-03")},
        ),
        (
            "Zeta-4, the model that leads the Forge-9 benchmark, launched in May 2026.",
            {("Zeta-4", "2026-05")},
        ),
    ],
)
def test_a_models_release_date_stays(text: str, expected: set[tuple[str, str]]) -> None:
    assert dates(text) == expected
