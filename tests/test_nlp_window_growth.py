"""A window that grew between two sizes: the old size is the possessor's, the new one the model that grew
(the clause's subject, the model released with it, the section's model when its makers are the subject)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.facts.nlp import extract
from schema.records import Article


def windows(text: str) -> set[tuple[str, str]]:
    ex = extract(
        Article(url="https://t.example/w", text=text, published_at=datetime(2026, 7, 2, 12, tzinfo=UTC))
    )
    return {(a.subject, a.value) for a in ex.attributes if a.attribute == "context_window_tokens"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vexa 3 adds vision that Vexa 2 lacked, expands the context window from Vexa 2's 8K up to 128K "
            "tokens, and ships a new tokenizer.",
            {("Vexa 2", "8000"), ("Vexa 3", "128000")},
        ),
        (
            "Orrin Labs cares about context length. Orrin Labs jumped from 100K to 200K with the release of "
            "Vexa 2.1, and others followed.",
            {("Vexa 2.1", "200000")},
        ),
        (
            "Vexa-R is the reasoning model of the week.\n\nThe team trained it on math traces. They also "
            "widened the token context length from 16K to 32K, giving the model room to think.",
            {("Vexa-R", "32000")},
        ),
        (
            "Vexa K3 runs long chats. Its context (doubled from Vexa K2's 128K) keeps whole threads intact.",
            {("Vexa K2", "128000")},
        ),
    ],
)
def test_a_grown_window_goes_to_its_models(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= windows(text)
    assert not any(s == "Vexa 2" and v == "128000" for s, v in windows(text))


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        (
            "Vexa 4 has native tool use, context windows from 128K to 256K, and image input.",
            ("Vexa 4", "256000"),
        ),
        (
            "Context windows grew from 4K to 128K in two years, and Vexa 3 is no exception.",
            ("Vexa 3", "128000"),
        ),
        ("Vexa 3 cut its price from $8 to $2 per million tokens of context.", ("Vexa 3", "2000000")),
    ],
)
def test_a_span_of_sizes_or_a_trend_is_no_growth(text: str, forbidden: tuple[str, str]) -> None:
    assert forbidden not in windows(text)
