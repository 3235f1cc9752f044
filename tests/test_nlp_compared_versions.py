"""A numbered line's release written by its number alone on a comparison's far side (`compared_versions`),
on our own invented lines: the number is read as a release only in the other side's slot, only for one line
of the page, and never where it is a figure."""

from __future__ import annotations

import pytest

from extractors.facts.compared_versions import compared_versions
from extractors.facts.nlp import extract
from schema.records import Article


def _named(text: str, models: list[str]) -> list[tuple[str, str]]:
    return [(m.surface, m.canonical) for m in compared_versions(text, models)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It finishes long agent runs 20% faster than 3.3.", [("3.3", "Corvid Max 3.3")]),
        ("Readers' reruns even had it narrowly behind 3.3 on PuzzleGrid.", [("3.3", "Corvid Max 3.3")]),
        ("The index puts it ahead of the previous 3.2, though.", [("3.2", "Corvid Max 3.2")]),
        ("It reached 71.0% versus 58.5% in 3.3 on PuzzleGrid.", [("3.3", "Corvid Max 3.3")]),
        ("It is a real improvement over v1 on every task we tried.", [("v1", "Quill v1")]),
    ],
)
def test_a_release_number_in_the_other_sides_slot_names_the_lines_release(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _named(text, ["Corvid Max 3.4", "Quill v2"]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Its average rating is higher than 3.3 out of five.",  # a comparative of amount: a figure
        "It averages 5.1 versus 3.3 for the older tool.",  # two figures set against each other
        "It scores over 3.3 on the hard split.",  # 'over' without a change or a lead: a figure
        "It is faster than 3.3 seconds per step.",  # a unit after the number
        "It is well ahead of 2.9 on PuzzleGrid.",  # another major number: another line
        "It is well ahead of 3 on PuzzleGrid.",  # a whole number without a 'v'
        "It loads 3.3x faster than 3.3 GB models.",  # a unit after the number
    ],
)
def test_a_figure_or_another_lines_number_is_left_alone(text: str) -> None:
    assert _named(text, ["Corvid Max 3.4", "Quill v2"]) == []


def test_a_number_two_lines_could_own_is_left_alone_and_a_named_release_is_kept() -> None:
    text = "It is 20% faster than 3.3 on long runs."
    assert _named(text, ["Corvid Max 3.4", "Pellet 3.1"]) == []
    assert _named(text, ["Corvid Max 3.4", "Pellet 3.3"]) == [("3.3", "Pellet 3.3")]


def test_the_release_becomes_the_claims_other_side() -> None:
    text = (
        "Corvid Max 3.4 review\n\nBrambleworks shipped Corvid Max 3.4 this week. "
        "Corvid Max 3.4 finishes long agent runs 20% faster than 3.3. Follow-up reruns had "
        "Corvid Max 3.4 slightly behind 3.3 on PuzzleGrid. Its average rating is higher than 3.3 out of five."
    )
    claims = extract(Article(url="https://claimdesk.example/cv", text=text, title=text.split("\n")[0])).claims
    got = {(c.subject, c.relation, c.object) for c in claims}
    assert got == {
        ("Corvid Max 3.4", "faster_than", "Corvid Max 3.3"),
        ("Corvid Max 3.4", "behind", "Corvid Max 3.3"),
    }


@pytest.mark.parametrize(
    "text",
    [
        # a price, a store rating, a runtime's version and a chip's version written earlier in the sentence:
        # the slot's number is a figure or a version of that same kind
        "Kite Vesper 2.4 is billed at $2.15 per million input tokens, cheaper than 2.60 at a rival host.",
        "Its phone app keeps a store rating of 2.9 out of three, ahead of 2.1 for the desktop app.",
        "The Kite Vesper 2.4 plugin wants Node 2.12 and boots clearly quicker than 2.7 did on a desktop.",
        "Kite Vesper 2.4 is served from the Flint 2.0 board, which runs faster than 2.2 from another vendor.",
    ],
)
def test_a_number_of_the_same_shape_written_earlier_makes_the_slot_a_figure(text: str) -> None:
    assert _named(text, ["Kite Vesper 2.4"]) == []


def test_the_page_models_own_release_or_a_wider_figure_earlier_leaves_the_slot_a_release() -> None:
    models = ["Kite Vesper 2.4"]
    assert _named("In our reruns Vesper 2.4 stayed narrowly ahead of 2.3 on MazeRun.", models) == [
        ("2.3", "Kite Vesper 2.3")
    ]
    assert _named("It posts 61.2 on MazeRun, a clear jump over 2.3 there.", models) == [
        ("2.3", "Kite Vesper 2.3")
    ]
