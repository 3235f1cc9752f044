"""A known model or family member written as a longer hub id ('Name4-Next-80B-A3B', 'Name-V5.1-Terminus'):
the family's own grammar reads the member up to the first word it does not know ('Name4') and stops, while
the same id of a family we do not know is read whole by discovery. `longer_id_test` lets discovery read the
whole id of a known family too, so both agree.

The rest after the known part must open on a capitalised word that a known model's own hyphenated word
would be (`entities.with_variant`): no tier or setting, which the known grammar reads ('Name-5-Pro',
'Name-5-Thinking'), no participle or compound adjective of the page's ('Name-5-Driven', 'Name-5-Class');
nor a quantised build's format ('-GGUF', '-AWQ'), a setting ('-Long-Context') or a descriptive word
('-Quality', '-Grade'), which name a build or a kind of output of the same model (patterns/family_words.jsonl;
after a new word, as in 'Name-3-Zenith-MLX-4bit', the build stays on the new member's id); and it holds no
other known name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from extractors.facts.entities import NOT_A_NAME_WORD, TIER_WORDS, Mention, Spans
from extractors.facts.patterns import family_words

# the rest of an id after the known part: hyphen-joined parts, the first a capitalised word
_REST = re.compile(r"-(?P<word>[A-Z][A-Za-z]+)(?:-[A-Za-z0-9.]+)*")

# a quantised build's format or a descriptive word opening the rest: the same model, not a new member
_NOT_A_MEMBER_PART = frozenset(family_words("build") + family_words("descriptor"))


def longer_id_test(known: Sequence[Mention]) -> Callable[[str, str, int, int], bool]:
    """A test of a discovered name at text[s:e]: whether it is a hyphen-joined id that a known model mention
    opens (same start, shorter) and that goes on with a word the known grammar did not read."""
    ends: dict[int, int] = {}
    for m in known:
        if m.kind == "model" and m.end > m.start:
            ends[m.start] = max(ends.get(m.start, m.end), m.end)
    others = Spans([m for m in known if m.kind != "family"])

    def longer(text: str, name: str, s: int, e: int) -> bool:
        end = ends.get(s)
        if end is None or end >= e or " " in name or "\n" in name:
            return False
        rest = _REST.fullmatch(text, end, e)
        if rest is None:
            return False
        word = rest.group("word")
        if word in TIER_WORDS or NOT_A_NAME_WORD.fullmatch(word):  # what a known name's own tail refuses
            return False
        if word.lower() in _NOT_A_MEMBER_PART:  # a build or a kind of output of the known model itself
            return False
        return not others.overlaps(end, e)

    return longer
