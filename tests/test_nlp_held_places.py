"""A place named before its holder: the ranking's verb with the model as its object ('slotting A at 4th'), the
first place as a role ('the overall winner is A', '排名最高的模型是A'). The model after the verb or the copula
holds the place, not the one before; a place held before, a verb of putting that places no rank and a winner
of a comparison with no ranking around it give none."""

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
    ("text", "expected"),
    [
        (
            "With the jury's sheets counted, the league slotted Quill 5 at 4th in the Sketch League and "
            "Varro-3 Max at 9th in the Poetry League.",
            {("Quill 5", "4"), ("Varro-3 Max", "9")},
        ),
        (
            "Tessel rankings, autumn edition\n\nEach ranking here weighs code help and long answers.\n\n"
            "The overall winner is therefore Varro-3, which does best on long answers.",
            {("Varro-3", "1")},
        ),
        ("按本月的综合排名,排名最高的模型是 Varro-3 ,最低的是 Quill 5。", {("Varro-3", "1")}),
    ],
)
def test_the_model_after_the_place_holds_it(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= ranks(text)


@pytest.mark.parametrize(
    "text",
    [
        "Last spring the organisers had placed Varro-3 fourth overall in the Text Arena.",
        "Placing Varro-3 on a small laptop takes two commands.",
        "We ran a quick two-model bake-off. The winner is Varro-3 on short prompts.",
        # a head-to-head ranked by tasks won: two models are no board
        "Varro-3 versus Quill 5\n\nWe gave Varro-3 and Quill 5 nine puzzles apiece and ranked the pair by "
        "puzzles solved. The overall winner is Quill 5, with six of the nine.",
    ],
)
def test_no_current_place_is_read(text: str) -> None:
    assert ranks(text) == set()
