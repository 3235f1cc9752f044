"""A place foreseen or supposed is no current rank: a modal or a word of expectation right before the verb
that states it ('could rank', 'is expected to take the top spot', 'analysts expect A to rank'), also for the
places after it in the same clause. A place stated as held, even after a modal elsewhere in the sentence,
stays."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.facts.nlp import extract
from schema.records import Article


def ranks(text: str) -> set[tuple[str, str]]:
    ex = extract(
        Article(url="https://t.example/r", text=text, published_at=datetime(2026, 6, 5, 12, tzinfo=UTC))
    )
    return {(a.subject, a.value) for a in ex.attributes if a.attribute == "leaderboard_rank"}


@pytest.mark.parametrize(
    "text",
    [
        "Most watchers expect Varro-3 to rank first on the Orchard leaderboard.",
        "Varro-3 could rank #1 on the Orchard leaderboard once voting closes.",
        "Varro-3 is expected to take the top spot on the Orchard leaderboard.",
        "Varro-3 would rank second on the Orchard leaderboard if it were listed.",
        "Varro-3 is projected to rank fourth on the Orchard leaderboard.",
        "Orchard notes\n\nVarro-3 is our pick. Come autumn, Quill 5 might take 2nd on Maths and 8th on "
        "Vision.",
    ],
)
def test_a_foreseen_place_is_no_rank(text: str) -> None:
    assert ranks(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the modal's verb is another clause's: 'and', a colon or a new verb ends its reach
        ("Varro-3 can take a 2M-word file and ranks #4 on the Orchard leaderboard.", {("Varro-3", "4")}),
        (
            "Varro-3 will be in phones next week and already holds 2nd place on the Orchard leaderboard.",
            {("Varro-3", "2")},
        ),
        ("The bill may come to plenty: Varro-3 ranks fifth on the Orchard leaderboard.", {("Varro-3", "5")}),
    ],
)
def test_a_modal_of_another_clause_keeps_the_place(text: str, expected: set[tuple[str, str]]) -> None:
    assert ranks(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Varro-3 ranks third on the Orchard leaderboard.",
        "As the chart shows, it can be seen that Varro-3 ranks third on the Orchard leaderboard.",
    ],
)
def test_a_held_place_stays(text: str) -> None:
    assert ranks(text) == {("Varro-3", "3")}
