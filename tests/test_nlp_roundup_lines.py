"""A numbered news roundup is no leaderboard: its numbers order the stories. Numbered lines that are board
rows (a figure, a rating, a lab after the name, or a board named in the heading above) keep their ranks."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.facts.nlp import extract
from schema.records import Article

_PAGE = "Loomwire Weekly\n\n{head}\n\n{lines}\n"


def ranks(head: str, lines: str) -> set[tuple[str, str]]:
    ex = extract(
        Article(
            url="https://t.example/digest",
            text=_PAGE.format(head=head, lines=lines),
            title="Loomwire Weekly",
            published_at=datetime(2026, 6, 5, 12, tzinfo=UTC),
        )
    )
    return {(a.subject, a.value) for a in ex.attributes if a.attribute == "leaderboard_rank"}


_PLACES = {("Varro-3", "1"), ("Pell-2", "2"), ("Quillon 4 Mini", "3")}


@pytest.mark.parametrize(
    ("head", "lines"),
    [
        (
            "What happened",
            "1 Varro-3 gets a longer context window\n2 Pell-2 adds a voice mode for its app\n"
            "3 Quillon 4 Mini arrives on phones",
        ),
        (
            "This week",
            "#1 Varro-3 gets a longer context window\n#2 Pell-2 adds a voice mode for its app\n"
            "#3 Quillon 4 Mini arrives on phones",
        ),
        (
            "The stories of the week",
            "1 Varro-3 opens its weights to researchers\n2 Pell-2 drops its price for students\n"
            "3 Quillon 4 Mini lands in the Nordics\n4 Tessel-9 learns to read charts",
        ),
        (
            "Top 5 AI stories this week",
            "1. Varro-3 gets a longer context window\n2. Pell-2 adds a voice mode for its app\n"
            "3. Quillon 4 Mini arrives on phones",
        ),
        (
            "Top models this week",
            "1) Varro-3 learns to write spreadsheets\n2) Pell-2 cuts its price in half\n"
            "3) Quillon 4 Mini comes to smart watches",
        ),
    ],
)
def test_a_roundup_of_headlines_gives_no_rank(head: str, lines: str) -> None:
    assert ranks(head, lines) == set()


@pytest.mark.parametrize(
    ("head", "lines"),
    [
        ("Kiln Arena standings", "1 Varro-3 1402\n2 Pell-2 1390\n3 Quillon 4 Mini 1377"),
        ("Kiln Arena standings", "1 Varro-3\n2 Pell-2\n3 Quillon 4 Mini"),
        ("Top models this week", "1. Varro-3 — 1402\n2. Pell-2 — 1390\n3. Quillon 4 Mini — 1377"),
        ("This week", "#1 Varro-3 (Elo 1402)\n#2 Pell-2 (Elo 1390)\n#3 Quillon 4 Mini (Elo 1377)"),
        ("Top models this week", "1 Varro-3 by Acme\n2 Pell-2 from Brightlab\n3 Quillon 4 Mini by Quill AI"),
        (
            "Kiln Arena ranking",
            "1 Varro-3 holds the top spot\n2 Pell-2 climbs two places\n3 Quillon 4 Mini stays put",
        ),
    ],
)
def test_a_board_left_as_numbered_lines_keeps_its_places(head: str, lines: str) -> None:
    assert ranks(head, lines) == _PLACES
