"""Parity heads that compare what two models are rather than how well they work. Sharing a spec with a rival
(the same parameter budget, the same licence, a window as long, a price as low) puts the two on a par in
nothing we file as a claim, and no relation of ours reads "as long as"; so a parity whose thing compared is a
spec is dropped. Three shapes are read: the spec before the object ("equals the parameter budget of Rook 2"),
owned by the object ("ties Rook 2's output limit") or after it ("is level with Rook 2 in price"), and a spec
sheet's labelled line whose note names the rival ("- Licence: open weights, as with Rook 2").

A sentence that goes on to name a quality as well ("... window of Rook 2 and its accuracy on TrailQA") keeps
its parity: a spec shared alongside a quality shared is still a quality shared; so does one that goes on to a
named test ("... in licence terms and on TrailQA 2"). A spec word glued to a further
word by a hyphen or followed by a quality noun ("Rook 2's context-retrieval accuracy") is a quality, not a
spec. The spec nouns and the quality nouns are data (patterns/side_words.jsonl, kinds 'spec_noun' and
'quality_noun')."""

from __future__ import annotations

import re
from functools import cache

from extractors.facts.comparisons import Head
from extractors.facts.patterns import side_alternation


@cache
def _spec() -> str:
    """A spec noun standing alone: not the first half of a compound ('context-retrieval') and not the
    modifier of a quality noun ('price performance')."""
    quality = side_alternation("quality_noun", spaces=r"\s+", longest_first=True)
    spec = side_alternation("spec_noun", spaces=r"\s+", longest_first=True)
    return spec + r"(?![-\w])(?!\s+" + quality + r"\b)"


@cache
def _quality() -> re.Pattern[str]:
    words = side_alternation("quality_noun", spaces=r"\s+", longest_first=True)
    return re.compile(r"\b" + words + r"\b", re.I)


@cache
def _of_spec() -> re.Pattern[str]:
    """The spec named first, the rival after 'of' or 'as'."""
    return re.compile(r"[^,.;:()\n]{0,24}?\b(?:the|its|their)\s+" + _spec() + r"\s+(?:of|as)\b", re.I)


@cache
def _owned_spec() -> re.Pattern[str]:
    """The spec in the rival's possessive."""
    return re.compile(r"[^,.;:()\n]{1,40}?['’]s\s+" + _spec(), re.I)


@cache
def _spec_after() -> re.Pattern[str]:
    """The spec after the rival's name, brought in by 'in', 'on' or 'for' ('on licence terms')."""
    return re.compile(r"[^,.;:()\n]{1,40}?\s(?:in|on|for)\s+(?:(?:the|its|their)\s+)?" + _spec(), re.I)


@cache
def _spec_label() -> re.Pattern[str]:
    """A spec sheet's line, opened by the spec it gives and a colon."""
    return re.compile(r"[ \t>*•·-]*(?:\*\*)?" + _spec() + r"(?:\*\*)?\s*:", re.I)


def spec_parity(text: str, head: Head) -> bool:
    """Whether a parity head compares a spec of the two models and no quality of theirs."""
    if head.relation != "on_par_with":
        return False
    line = text.rfind("\n", 0, head.start) + 1
    m = (
        _of_spec().match(text, head.start, head.end + 40)
        or _owned_spec().match(text, head.end, head.end + 60)
        or _spec_after().match(text, head.end, head.end + 60)
    )
    if m is None:
        return bool(_spec_label().match(text, line, head.start))
    stop = re.compile(r"[.;\n]").search(text, m.end())
    rest = text[m.end() : stop.start() if stop else len(text)]
    rest = re.split(r"\bnot\b", rest, maxsplit=1)[0]  # "in size but not in quality": no quality shared
    return _quality().search(rest) is None and _then_a_test().match(rest) is None


@cache
def _then_a_test() -> re.Pattern[str]:
    """The rest goes on to a named test ('and on Quarry-Bench', 'and in FernQA': a capital, then a capital or
    a figure inside the name): the parity is also a quality's."""
    return re.compile(
        r"(?:\s+[a-z]+){0,2}\s*,?\s*and\s+(?:on|in|at)\s+(?:the\s+)?[A-Z][\w.-]*?[A-Z0-9][\w.-]*"
    )
