"""A head-to-head page ('A vs B' as its title or an opening line) states verdicts of one side without naming
the other ('For latency, A is quicker at ~80ms', 'B has higher token costs'): the other side is the pair's
other model. Invented models and our own sentences; the must-nots keep a third model, a size, a heading, a
question and a three-way page out of it."""

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
            "We put both assistants through a week of support tickets and billing exports.",
            *lines,
            "Both can be reached through the usual gateways.",
        ]
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "On response time, Quillon 4 Air is quicker at roughly 80ms per reply.",
            ("Quillon 4 Air", "faster_than", "Tesmer-12", "asserts"),
        ),
        (
            "Tesmer-12 is more affordable, at $0.40 per million input tokens.",
            ("Tesmer-12", "cheaper_than", "Quillon 4 Air", "asserts"),
        ),
        (
            "Quillon 4 Air has higher token costs, at $2.10 per million input tokens.",
            ("Quillon 4 Air", "more_expensive_than", "Tesmer-12", "asserts"),
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
        # a size is a feature the page describes, not a verdict of the pair; a rank is read by its own readers
        "Quillon 4 Air has the larger context window.",
        "Quillon 4 Air ranks higher.",
        # a heading: the section under it says what it is weighed against
        "Why Quillon 4 Air feels quicker",
        # a question states nothing
        "Is Quillon 4 Air quicker on long replies?",
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
