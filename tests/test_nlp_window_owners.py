"""A context window whose sentence or line names no owner is the section's model's: a sentence that names it
only by a pronoun the subject rules do not place, a stat-card line that is nothing but the window; a count
before 'input window' is a window, not an input volume."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.facts.nlp import extract
from schema.records import Article


def windows(text: str, title: str | None = None) -> set[tuple[str, str]]:
    ex = extract(
        Article(
            url="https://t.example/w",
            title=title,
            text=text,
            published_at=datetime(2026, 7, 2, 12, tzinfo=UTC),
        )
    )
    return {(a.subject, a.value) for a in ex.attributes if a.attribute == "context_window_tokens"}


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Pellucid 5 Flash lands for developers",
            "Pellucid 5 Flash lands for developers\n\nThe lab opened Pellucid 5 Flash to every developer on "
            "Monday. It keeps answers short and thinks before it speaks. Backed by a 2 million token context "
            "window, this is a bet on long inputs: the model takes whole monorepos in one request.",
            ("Pellucid 5 Flash", "2000000"),
        ),
        (
            "Pellucid 5 Flash: what changed",
            "Pellucid 5 Flash: what changed\n\nPellucid 5 Flash is the lab's fast tier.\n\n- Limits: it "
            "reads a 524,288-token input window; answers stop at 32,768 tokens.",
            ("Pellucid 5 Flash", "524288"),
        ),
        (
            "Orrery 3 Max posts new highs",
            "Orrery 3 Max posts new highs\n\nOrrery 3 Max is the new top tier from the lab.\n\n64.2% "
            "Glimmer-Bench\n2M token context\n3x faster than its predecessor\n",
            ("Orrery 3 Max", "2000000"),
        ),
    ],
)
def test_an_unowned_window_goes_to_the_section_model(
    title: str | None, text: str, expected: tuple[str, str]
) -> None:
    assert expected in windows(text, title)


@pytest.mark.parametrize(
    ("title", "text", "forbidden"),
    [
        (
            # a rival named in the sentence: the pronoun rule does not hand the window to the section's model
            "Pellucid 5 Flash lands for developers",
            "Pellucid 5 Flash lands for developers\n\nThe lab opened Pellucid 5 Flash on Monday. Compared "
            "with a 2 million token context window on Orrery 3 Max, it reads far less.",
            ("Pellucid 5 Flash", "2000000"),
        ),
        (
            # a line that says more than the window is no stat card of it
            "Orrery 3 Max posts new highs",
            "Orrery 3 Max posts new highs\n\nOrrery 3 Max is the new top tier.\n\nTrained on 2M token "
            "context documents\n",
            ("Orrery 3 Max", "2000000"),
        ),
        (
            # an input volume over a period is still no window
            "Pellucid 5 Flash: costs",
            "Pellucid 5 Flash: costs\n\nPellucid 5 Flash is the lab's fast tier. A typical team sends it "
            "40 million input tokens every month.",
            ("Pellucid 5 Flash", "40000000"),
        ),
        (
            # 'this' is a release still to come: its window is not the section model's today
            "Corvane 3 review",
            "Corvane 3 review\n\nCorvane 3 gets 64.8% on GraphQA. Paired with a 2M-token context window, "
            "this is what the coming version offers, according to the makers; right now it takes 128K.",
            ("Corvane 3", "2000000"),
        ),
    ],
)
def test_a_window_with_another_owner_or_use_stays_off(
    title: str | None, text: str, forbidden: tuple[str, str]
) -> None:
    assert forbidden not in windows(text, title)
