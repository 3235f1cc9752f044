"""A name the page describes as a test ('On Lanternseek 2M, which checks recall …') is no model, even with a
size at its end that gives it a model's shape; the input length that clause states is the test's, no
model's context window."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.facts.described_tests import described_as_test, in_test_description
from extractors.facts.nlp import extract
from schema.records import Article, Extraction


def _extract(text: str) -> Extraction:
    title = text.split("\n", 1)[0]
    art = Article(
        url="https://t.example/d", title=title, text=text, published_at=datetime(2026, 7, 2, tzinfo=UTC)
    )
    return extract(art)


PAGE = (
    "Tallis 6 sets new marks\n\nOriel shipped Tallis 6, its new flagship, this week. Tallis 6 posts 70.4% "
    "on Quarrybench Pro. Lanternseek 2M, which probes needle lookup in inputs of 2 million tokens, went to "
    "Tallis 6 as well: 66.2% there, up from Tallis 5 with 41.5%."
)


def test_described_test_is_no_model() -> None:
    ex = _extract(PAGE)
    names = {c.name for c in ex.candidates}
    assert "Lanternseek 2M" not in names
    assert {"Tallis 6", "Tallis 5"} <= names
    assert not [a for a in ex.attributes if a.attribute == "context_window_tokens"]
    assert not [c for c in ex.claims if "Lanternseek 2M" in (c.subject, c.object)]


def test_a_model_window_still_counts() -> None:
    ex = _extract(
        "Tallis 6 arrives\n\nTallis 6, which the lab ships today, reads a 2 million token context window. "
        "Tallis 6 scores 66.2% on Quarrybench Pro."
    )
    windows = {(a.subject, a.value) for a in ex.attributes if a.attribute == "context_window_tokens"}
    assert windows == {("Tallis 6", "2000000")}


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("On Lanternseek 2M, which checks recall", "Lanternseek 2M", True),
        ("Quarry 128K, a long-input retrieval benchmark, was hard", "Quarry 128K", True),
        ("Ferrow 8K (a coding test) came next", "Ferrow 8K", True),
        # must not: a model's own apposition or clause
        ("Brevik 270M, a small open model, runs on phones", "Brevik 270M", False),
        ("Tallis 6, which the lab ships today, reads", "Tallis 6", False),
        ("Tallis 6 tests well on Quarrybench", "Tallis 6", False),
    ],
)
def test_described_as_test(text: str, name: str, expected: bool) -> None:
    assert described_as_test(text, text.index(name) + len(name)) is expected


def test_in_test_description() -> None:
    s = "Lanternseek, which measures recall across 2 million token inputs"
    assert in_test_description(s, s.index("2 million"))
    s = "Tallis 6, which ships today, reads 2 million tokens"
    assert not in_test_description(s, s.index("2 million"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a model described in passing: how it fares, what it does to its own output, what runs showed
        ("Corvane 4, which tests strongly on Ledgerset, keeps a 64K window", "Corvane 4"),
        ("Marlo-9, which checks its drafts twice, answers slowly", "Marlo-9"),
        ("Vesk Ultra 34B, which measures each reply against a critic, ships today", "Vesk Ultra 34B"),
        ("Vesk Ultra 34B, which tests showed tops Corvane 4, ships today", "Vesk Ultra 34B"),
        ("Marlo-9 22B, the benchmark leader, ships today", "Marlo-9 22B"),
        ("Vesk Ultra 34B, a test favourite, costs less", "Vesk Ultra 34B"),
        ("Vesk Ultra 34B, a model topping the benchmark, costs less", "Vesk Ultra 34B"),
    ],
)
def test_a_model_described_in_passing_is_no_test(text: str, name: str) -> None:
    assert described_as_test(text, text.index(name) + len(name)) is False


def test_model_facts_survive_a_passing_description() -> None:
    ex = _extract(
        "Corvane 4 lands\n\nCorvane 4, which tests strongly on Ledgerset, offers a 96K context window and "
        "55B parameters. Vesk Ultra 34B, which tests showed tops Corvane 4 on Ledgerset, offers a 300K "
        "context window."
    )
    windows = {(a.subject, a.value) for a in ex.attributes if a.attribute == "context_window_tokens"}
    assert windows == {("Corvane 4", "96000"), ("Vesk Ultra 34B", "300000")}
