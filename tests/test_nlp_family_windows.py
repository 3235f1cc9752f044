"""A window said of a whole family ('All Name 3 models read 256K tokens') is the family's, as its launch date
is; a family's sizes, and a window the sentence gives one of its members, are not."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.facts.nlp import extract
from schema.records import Article

_LEAD = "Zentra opened its Quorra 3 line this week. "


def attrs(text: str) -> set[tuple[str, str, str]]:
    ex = extract(
        Article(url="https://t.example/fam", text=text, published_at=datetime(2026, 7, 2, 12, tzinfo=UTC))
    )
    return {(a.subject, a.attribute, a.value) for a in ex.attributes}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEAD + "All Quorra 3 models support a 256K token context window.",
            ("Quorra 3", "context_window_tokens", "256000"),
        ),
        (
            _LEAD + "Across sizes, Quorra 3 models hold a 48K context window.",
            ("Quorra 3", "context_window_tokens", "48000"),
        ),
    ],
)
def test_family_window(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in attrs(text)


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        (
            # sizes differ across a family: no count is the family's
            _LEAD + "Quorra 3 models range from 4B to 70B parameters.",
            ("Quorra 3", "parameters_total", "70000000000"),
        ),
        (
            # a window the sentence gives one member is that member's
            _LEAD + "Quorra-3-8B is the small one of the Quorra 3 family, with a 32K context window.",
            ("Quorra 3", "context_window_tokens", "32000"),
        ),
        (
            # the largest member's window is no family-wide window
            _LEAD + "The largest of the Quorra 3 models reads 1M tokens of context.",
            ("Quorra 3", "context_window_tokens", "1000000"),
        ),
    ],
)
def test_no_family_window(text: str, forbidden: tuple[str, str, str]) -> None:
    assert forbidden not in attrs(text)
