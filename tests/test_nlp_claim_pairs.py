"""On a page set up as a duel ('A vs B' as its title, or the line under a plain title), a verdict of one side
that names no rival ('On response time, A is quicker at ~80ms') is weighed against the duel's other side.
Invented models and sentences of our own; the must-nots keep out a third model (in the sentence or the one
before), a size, a heading, a question, a three-way page, a denied or hoped-for verdict, a model set against
its own past or another mode of itself, chips, training or tuning, a roundup's link line and a sentence that
names both sides itself."""

from __future__ import annotations

import pytest

from extractors.facts.nlp import extract
from schema.records import Article


def claims(text: str, title: str | None = None) -> set[tuple[str, str, str, str]]:
    ex = extract(Article(url="https://t.example/pair", text=text, title=title or text.split("\n")[0]))
    return {(c.subject, c.relation, c.object or "", c.polarity) for c in ex.claims}


def _page(*lines: str, head: str = "Quillon 4 Air vs Tesmer-12") -> str:
    return "\n".join(
        [
            head,
            "For seven days we fed each assistant our help-desk queue and our monthly ledger dumps.",
            *lines,
            "Either one is sold through the common API brokers.",
        ]
    )


def _duel(found: set[tuple[str, str, str, str]]) -> set[tuple[str, str, str, str]]:
    names = {"Quillon 4 Air", "Tesmer-12"}
    return {c for c in found if c[0] in names and c[2] in names}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "On response time, Quillon 4 Air is quicker at roughly 80ms per reply.",
            ("Quillon 4 Air", "faster_than", "Tesmer-12", "asserts"),
        ),
        (
            "Tesmer-12 is more affordable, at $0.40 for every million tokens read.",
            ("Tesmer-12", "cheaper_than", "Quillon 4 Air", "asserts"),
        ),
        (
            "Per call, Quillon 4 Air is the pricier of the two at $2.10 for each million tokens it reads.",
            ("Quillon 4 Air", "more_expensive_than", "Tesmer-12", "asserts"),
        ),
        # a verdict bullet with no closing full stop is a sentence, not a heading
        (
            "- Quillon 4 Air is quicker, near 85ms a reply",
            ("Quillon 4 Air", "faster_than", "Tesmer-12", "asserts"),
        ),
    ],
)
def test_a_verdict_of_one_side_is_weighed_against_the_other(
    line: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in claims(_page(line))


def test_the_pair_may_be_declared_on_the_line_under_a_generic_title() -> None:
    text = _page("On response time, Quillon 4 Air is quicker at roughly 80ms per reply.", head="Head to head")
    text = text.replace("Head to head\n", "Head to head\nQuillon 4 Air vs Tesmer-12\n", 1)
    assert ("Quillon 4 Air", "faster_than", "Tesmer-12", "asserts") in claims(text, title="Head to head")


@pytest.mark.parametrize(
    "line",
    [
        # a third model in the sentence: the contrast is with it, not with the page's other side
        "On response time, Quillon 4 Air is quicker, while Vardel Nano needs twice as long.",
        # ... or in the sentence before
        "Orvik-7 charges $0.25 per million tokens read. Quillon 4 Air is cheaper, at $0.15.",
        "Orvik-7 needed close to 170ms on our prompts. Quillon 4 Air is quicker, near 95ms.",
        # a size is a feature the page describes, not a verdict of the pair; a rank is read by its own readers
        "Quillon 4 Air has the larger context window.",
        "Quillon 4 Air ranks higher.",
        # a heading: the section under it says what it is weighed against
        "Why Quillon 4 Air feels quicker",
        # a question states nothing
        "Is Quillon 4 Air quicker on long replies?",
        # a denied or hoped-for verdict
        "We had hoped Quillon 4 Air would be quicker, yet it was not.",
        # the model against its own past or another mode of itself
        "Quillon 4 Air got cheaper in April, after its maker halved list prices.",
        "Quillon 4 Air is quicker once response caching is enabled, near 70ms a reply.",
        "Quillon 4 Air is cheaper for overnight queued work, billed at half rate.",
        "Run in bulk mode, Quillon 4 Air is quicker, at 55ms, than it is in chat mode.",
        "Quillon 4 Air was quicker in the previous edition of this review, before Tesmer-12 existed.",
        # hardware, training and tuning are not the model's serving
        "Quillon 4 Air runs far quicker on the latest Brennic T4 card.",
        "Its rival alleged that Quillon 4 Air became cheaper to train thanks to a licensed archive.",
        "Quillon 4 Air is quicker to fine-tune, thanks to its vendor's tuning dashboard.",
        # the sentence names both sides: its own readers weigh it
        "Quillon 4 Air is quicker to the first token, but Tesmer-12 is quicker over long answers.",
    ],
)
def test_no_verdict_against_the_pair_from_other_shapes(line: str) -> None:
    assert not {c for c in claims(_page(line)) if c[0] == "Quillon 4 Air" and c[2] == "Tesmer-12"}


def test_a_three_way_page_declares_no_pair() -> None:
    text = _page(
        "On response time, Quillon 4 Air is quicker at roughly 80ms per reply.",
        head="Quillon 4 Air vs Tesmer-12 vs Vardel Nano",
    )
    assert not {c for c in claims(text) if c[0] == "Quillon 4 Air" and c[1] == "faster_than"}


@pytest.mark.parametrize(
    "second",
    [
        "Related: Quillon 4 Air vs Tesmer-12, our shoot-out on code",
        "Round one: Quillon 4 Air vs Tesmer-12",
    ],
)
def test_a_roundup_link_line_declares_no_pair(second: str) -> None:
    text = "\n".join(
        [
            "This week in models",
            second,
            "A new SDK shipped on Tuesday with streaming on by default.",
            "Prices fell everywhere, and Tesmer-12 is more affordable, at $0.45 a million tokens read.",
            "On response time, Quillon 4 Air is quicker at roughly 75ms per reply.",
        ]
    )
    assert not _duel(claims(text, title="This week in models"))


def test_a_duel_of_chips_declares_no_pair_of_models() -> None:
    text = "\n".join(
        [
            "Brennic T4 vs Brennic T3",
            "We served Vardel Nano on each accelerator card for five days of queued jobs.",
            "Brennic T4 is quicker, at 150 tokens per second over the same prompts.",
            "Brennic T3 is more affordable, at $0.90 per hour of rental.",
        ]
    )
    found = claims(text)
    assert not {c for c in found if c[0].startswith("Brennic") and c[2].startswith("Brennic")}


def test_two_verdict_bullets_in_a_row_each_take_the_other_side() -> None:
    found = claims(
        _page(
            "- Tesmer-12 responds quicker, near 60ms a call",
            "- Quillon 4 Air is more affordable, at $0.35 per million",
        )
    )
    assert ("Tesmer-12", "faster_than", "Quillon 4 Air", "asserts") in found
    assert ("Quillon 4 Air", "cheaper_than", "Tesmer-12", "asserts") in found
