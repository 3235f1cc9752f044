"""A new name with a known family's word inside it, after a word of its own ('Canary Qwen 2.5B': a model built
on the family and named after it, not the family's member). The family's mention does not make such a name
known, where the name carries a version or a size and opens on a proper name of its own (a word the page
never writes in small letters nor as a host's ('on Groq'), no family, no tier, not a line's or a
sentence's first word, not in a heading written in title case) and is written with blanks (an id such as
'Name-Family-3-8B' is read by the id shapes)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence

from extractors.facts.entities import TIER_WORDS, Mention, knowledge
from extractors.facts.name_shapes import written_small
from extractors.facts.patterns import side_words

_DIGIT = re.compile(r"\d")  # with a version or a size: 'Acme Family Small' is a product line's label
_HEAD = re.compile(r"[A-Z][a-z]{2,}(?= )")
_OPENING = re.compile(r"(?:\n|[.!?:]\s|#\s|\*\*)[ \t]*$")
# a line of three or more words, each capitalised: a heading in title case ('How To Run Family 7B Locally'),
# whose words are capitalised whatever they are
_TITLE_LINE = re.compile(r"[#*\s]*(?:[A-Z0-9][\w.'-]*[ \t]+){3,}[A-Z0-9][\w.'-]*[ \t]*")


def families_inside(families: Sequence[Mention]) -> Callable[[str, str, int, int], bool]:
    """A test of whether the shape `name` at `start:end` of `text` holds a family's mention after its own
    first word (and the family's mentions there are all after it)."""
    spans = sorted((m.start, m.end) for m in families)
    starts = [a for a, _b in spans]
    known = knowledge().family_alias

    def inside(text: str, name: str, start: int, end: int) -> bool:
        head = _HEAD.match(name)
        if head is None or head.group() in known or head.group() in TIER_WORDS or not _DIGIT.search(name):
            return False
        if head.group() in side_words("people"):
            return False  # capitalised wherever it stands ('the Japanese Gemma 7B'): no name's own
        if _OPENING.search(text, max(0, start - 3), start) or start == 0:
            return False  # a line's or a sentence's first word is capitalised whatever it is ('Discover …')
        stop = text.find("\n", end)
        if _TITLE_LINE.fullmatch(text, text.rfind("\n", 0, start) + 1, stop if stop >= 0 else len(text)):
            return False
        if written_small(head.group(), text):
            return False  # a word of the sentence ('Discover', 'Using'), not a name
        i = bisect_left(starts, start)
        if not (i < len(spans) and spans[i][0] > start + head.end() and spans[i][0] < end):
            return False
        # a word the page writes alone as a place or a source ('served on Groq … Groq Qwen 7B', a table's
        # '| Groq |' cell) is a host's name, not the new name's first word ('Canary is …': its short form)
        return not re.search(
            rf"(?:\b(?:on|via|through|using|from|at|by)\s+|\|\s*){head.group()}(?![\w-]| \w)", text
        )

    return inside
