"""A window that grew between two sizes: the old size is the possessor's, the new one the model that grew
(the clause's subject, the model released with it, the section's model when its makers are the subject).
A context used in training and a price tier are no window of the model."""

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
    ("text", "expected", "forbidden"),
    [
        (
            "Quorra 7 now reads far more at once: its makers lifted the window from Quorra 6's 16K to 160K "
            "tokens.",
            {("Quorra 6", "16000"), ("Quorra 7", "160000")},
            ("Quorra 6", "160000"),
        ),
        (
            "Nimbus Lab keeps chasing longer context. It went from 300K to 600K in Quorra 8 this spring.",
            {("Quorra 8", "600000")},
            ("Quorra 8", "300000"),
        ),
        (
            "Quorra-Z2 is this month's pick for long proofs.\n\nIts authors fed it olympiad solutions. They "
            "then stretched the context from 24K to 96K so whole proofs fit.",
            {("Quorra-Z2", "96000")},
            ("Quorra-Z2", "24000"),
        ),
        (
            "Vexa K3 runs long chats. Its context (doubled from Vexa K2's 128K) keeps whole threads intact.",
            {("Vexa K2", "128000")},
            ("Vexa K3", "128000"),
        ),
    ],
)
def test_a_grown_window_goes_to_its_models(
    text: str, expected: set[tuple[str, str]], forbidden: tuple[str, str]
) -> None:
    assert expected <= windows(text)
    assert forbidden not in windows(text)


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
        (
            "Quorra 7 trained on sequences whose context rose from 2K to 16K over pretraining; the window it "
            "ships with is 200K.",
            ("Quorra 7", "16000"),
        ),
        (
            "During pre-training the context of Quorra 7 was raised from 8K to 64K, and users get a 256K "
            "window.",
            ("Quorra 7", "64000"),
        ),
        ("Quorra 7 bumped the long-context surcharge from 64K to 512K tiers in May.", ("Quorra 7", "512000")),
        ("Quorra 7 moved its context pricing from 32K to 128K, in line with rivals.", ("Quorra 7", "128000")),
        # another limit grew, not the window
        (
            "Tarn 5's reply cap was raised from 4K to 48K tokens, though its context window stays 300K.",
            ("Tarn 5", "48000"),
        ),
        # a change still to come or hoped for gives no window the model has now
        (
            "Later this year Tarn 5 is expected to stretch its context window from 96K to 2M.",
            ("Tarn 5", "2000000"),
        ),
        ("Tarn 5 might push its context window from 96K to 3M, a source suggested.", ("Tarn 5", "3000000")),
    ],
)
def test_a_span_a_trend_a_training_context_a_price_tier_another_limit_or_a_plan_is_no_growth(
    text: str, forbidden: tuple[str, str]
) -> None:
    assert forbidden not in windows(text)


def test_the_month_may_is_no_hedge_and_the_window_of_another_limit_stays() -> None:
    assert ("Tarn 5", "384000") in windows("Tarn 5 grew its context window from 48K to 384K in May.")
    assert ("Tarn 5", "300000") in windows(
        "Tarn 5's reply cap was raised from 4K to 48K, while its context window is 300K."
    )
