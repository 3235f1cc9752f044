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


_OPENER = "Marlow Labs put out its Vessel 2 range today, listing Vessel-2-12B and Vessel-2-90B among them. "


@pytest.mark.parametrize(
    "sentence",
    [
        # only part of the family: a quantity, a subset or a size class of it
        "Three of the five Vessel 2 checkpoints take 512K tokens; the remaining pair stop at 16K.",
        "Several Vessel 2 models take 512K tokens.",
        "The compact Vessel 2 models take just 16K tokens.",
        "Many Vessel 2 variants handle a 64K context window.",
        "Only the hosted Vessel 2 models reach 2M tokens of context.",
        # two groups of the family, two windows
        "Its open Vessel 2 checkpoints take 16K tokens, whereas its cloud ones take 2M.",
    ],
)
def test_a_window_of_part_of_a_family_is_not_the_familys(sentence: str) -> None:
    got = {a for a in attrs(_OPENER + sentence) if a[0] == "Vessel 2" and a[1] == "context_window_tokens"}
    assert got == set()


def test_every_member_keeps_the_family_window() -> None:
    got = attrs(_OPENER + "Every Vessel 2 model handles a 96K token context window.")
    assert ("Vessel 2", "context_window_tokens", "96000") in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Across the board, Vessel 2 models span 16K up to 2M tokens of context.",
        "With 24K tokens of context, Vessel 2 models reply within a second.",
    ],
)
def test_a_spread_or_a_setting_is_no_family_window(sentence: str) -> None:
    got = {a for a in attrs(_OPENER + sentence) if a[0] == "Vessel 2" and a[1] == "context_window_tokens"}
    assert got == set()
