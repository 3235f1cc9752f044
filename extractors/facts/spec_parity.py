"""A parity said of a specification, not of quality: "matching the scale of B", "matches B's context window",
"Context window: 1M tokens (matches B)". Two models with one size, window, price or licence are not on a par
in what they can do, and no relation we file says "as large as"; such a parity states no claim. The
specification nouns are data (patterns/side_words.jsonl, kind 'spec_noun')."""

from __future__ import annotations

import re
from functools import cache

from extractors.facts.comparisons import Head
from extractors.facts.patterns import side_alternation


@cache
def _spec() -> str:
    return side_alternation("spec_noun", spaces=r"\s+", longest_first=True)


@cache
def _of_spec() -> re.Pattern[str]:
    """'matching the scale of B', 'equal to the context window of B': the spec is what the head compares."""
    return re.compile(r"[^,.;:()\n]{0,24}?\b(?:the|its|their)\s+" + _spec() + r"\s+(?:of|as)\b", re.I)


@cache
def _owned_spec() -> re.Pattern[str]:
    """'matches B's context window': the object's spec right after its name."""
    return re.compile(r"[^,.;:()\n]{1,40}?['’]s\s+" + _spec() + r"\b", re.I)


@cache
def _spec_label() -> re.Pattern[str]:
    """'Context window: 1M tokens (matches B)': a spec sheet's line, labelled by what it gives."""
    return re.compile(r"[ \t>*•·-]*(?:\*\*)?" + _spec() + r"(?:\*\*)?\s*:", re.I)


def spec_parity(text: str, head: Head) -> bool:
    """Whether a parity head compares a specification of the two models rather than the models."""
    if head.relation != "on_par_with":
        return False
    line = text.rfind("\n", 0, head.start) + 1
    return bool(
        _of_spec().match(text, head.start, head.end + 40)
        or _owned_spec().match(text, head.end, head.end + 60)
        or _spec_label().match(text, line, head.start)
    )
