"""'A outperforms B on …, with only 120B parameters': the trailing 'with' phrase sizes the comparison's
subject A, never B, which is named only as what A is compared with."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.facts.nlp import extract
from schema.records import Article


def sizes(text: str) -> set[tuple[str, str]]:
    title = text.split("\n", 1)[0]
    art = Article(
        url="https://t.example/c", title=title, text=text, published_at=datetime(2026, 7, 2, tzinfo=UTC)
    )
    return {(a.subject, a.value) for a in extract(art).attributes if a.attribute == "parameters_total"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Tallis 6 outperforms Brevik 2 on Quarrybench and Ferrobench, with only 120 billion parameters; "
            "Brevik 2 needs 400 billion parameters.",
            {("Tallis 6", "120000000000"), ("Brevik 2", "400000000000")},
        ),
        (
            "Tallis 6 beats Brevik 2 on Quarrybench, with just 120 billion parameters.",
            {("Tallis 6", "120000000000")},
        ),
        # must not: no comparison verb between the names, or the count is the later model's own
        (
            "Tallis 6 and Brevik 2 both ship today; Brevik 2 comes with 400 billion parameters.",
            {("Brevik 2", "400000000000")},
        ),
    ],
)
def test_with_phrase_sizes_the_subject(sentence: str, expected: set[tuple[str, str]]) -> None:
    text = "Tallis 6 is here\n\nOriel released Tallis 6 on Tuesday. " + sentence
    assert sizes(text) == expected


def _facts(text: str) -> tuple[set[tuple[str, str, str]], set[tuple[str, str, str]]]:
    art = Article(
        url="https://t.example/c", title="t", text=text, published_at=datetime(2026, 7, 2, tzinfo=UTC)
    )
    ex = extract(art)
    return (
        {(a.subject, a.attribute, a.value) for a in ex.attributes},
        {(c.subject, c.relation, c.object) for c in ex.claims},
    )


def test_with_a_window_goes_to_the_subject_too() -> None:
    attrs, _claims = _facts("Corvane 4 tops Marlo-9 on Ledgerset, with a 2M-token context window.")
    windows = {(s, v) for s, a, v in attrs if a == "context_window_tokens"}
    assert windows == {("Corvane 4", "2000000")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Corvane 4 tops Marlo-9 on Ledgerset, with the latter at only 14B parameters.",
        "Corvane 4 tops Marlo-9 on Ledgerset, which runs with only 14B parameters.",
    ],
)
def test_the_later_models_size_makes_no_smaller_claim_for_the_subject(sentence: str) -> None:
    attrs, claims = _facts(sentence)
    assert ("Marlo-9", "parameters_total", "14000000000") in attrs
    assert ("Corvane 4", "smaller_than", "Marlo-9") not in claims
