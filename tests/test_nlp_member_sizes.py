"""A family's members listed by size after a verb of offering ('Name 4.1 comes in 3B, 8B, and 30B') and a
member whose size carries a tag in such a list ('2B-wide'): one total count per member. A count's own
words after its figure ('31.6B-total / 3.2B-active') are no member's tag; a slashed list ('4B/12B/40B') and
sizes in other units name no member."""

from __future__ import annotations

from datetime import UTC, datetime

from extractors.facts.nlp import extract
from schema.records import Article

T = "parameters_total"


def totals(text: str) -> set[tuple[str, str]]:
    ex = extract(
        Article(url="https://t.example/s", text=text, published_at=datetime(2026, 7, 2, 12, tzinfo=UTC))
    )
    return {(a.subject, a.value) for a in ex.attributes if a.attribute == T}


def test_a_family_that_comes_in_sizes() -> None:
    got = totals(
        "Varnel Labs keeps it simple this time. Quillon 4.1 comes in 3B, 8B, and 30B. All three share one "
        "tokenizer."
    )
    assert {("Quillon 4.1 3B", "3000000000"), ("Quillon 4.1 8B", "8000000000")} <= got
    assert ("Quillon 4.1 30B", "30000000000") in got


def test_a_tagged_member_keeps_the_list_going() -> None:
    got = totals(
        "Tarsel-H2 is published as base and tuned variants at 0.6B, 2B, 2B-wide, 9B and 40B parameters, "
        "each with a quantized copy."
    )
    assert ("Tarsel-H2 2B-wide", "2000000000") in got
    assert {("Tarsel-H2 9B", "9000000000"), ("Tarsel-H2 40B", "40000000000")} <= got


def test_count_words_and_other_units_make_no_members() -> None:
    got = totals("The first Ostrel 2 family member is a 41.2B-total / 5.1B-active sparse hybrid.")
    assert not any("total" in s or "active" in s for s, _ in got), got
    assert not totals("The Ostrel workstation card comes in 24GB and 48GB editions.")
    # a slashed list is a spec's shorthand for the family, no members
    assert not totals("Ostrel 3 ships in 4B/12B/40B builds, trained on 9 trillion tokens.")
