"""'Both' as the object of a comparison that follows another in its sentence: 'A edges out B on X, but C tops
both', 'A beats B, and C beats them both'. The word names the two sides of the comparison before it, which
`claims` then takes as the objects (its reading of a comparison whose object the sentence's previous
comparison gives). Only 'both' standing alone, or 'them both' / 'both of them', counts: 'tops both
benchmarks', 'beats both rivals on price' name a noun of their own.

Two shapes read nothing, for the comparison before is no guide to them: 'both' on a price or speed of its
own ('… and C beats both on price': the measure is the clause's, side_words.jsonl 'cost_word' and
'speed_word', not the previous comparison's test), and 'both' after a pair of tests ('A beats B on X and Y,
and C tops both': the word stands nearer the two tests than the two models)."""

from __future__ import annotations

import re

from extractors.facts.document import Ref
from extractors.facts.patterns import side_alternation

# 'both' (or 'them both', 'both of them') closing the object slot: punctuation, the end, or a preposition
_BOTH = re.compile(
    r"\s+(?:them\s+both|both(?:\s+of\s+them)?)(?=\s*(?:[,.;:)!—–-]|$|\s+(?:at|on|in|by|with|across|and|but|while)\b))",
    re.I,
)

# a price or speed of the 'both' clause's own: 'beats both on price'
_OWN_MEASURE = re.compile(
    r"\s+(?:on|in|for)\s+(?:the\s+)?"
    + side_alternation("cost_word", "speed_word", longest_first=True)
    + r"\b",
    re.I,
)
# a pair of tests after the comparison before: 'on X and Y'
_TWO_TESTS = re.compile(
    r"\b(?:on|in|across|at)\s+(?:the\s+)?(?-i:[A-Z])[\w.+-]*(?:\s+(?-i:[A-Z0-9])[\w.+-]*)?\s+(?:and|&)\s+"
    r"(?:the\s+)?(?-i:[A-Z])",
    re.I,
)


def both_before(
    text: str, obj_from: int, prev: tuple[list[Ref], list[Ref], int] | None, subj: list[Ref]
) -> bool:
    """Whether the object slot at `obj_from` is 'both', set after a comparison of two named sides by a third
    model (a subject that is one of the two, as when the clause's own subject is a name we do not know and
    the sentence's stands in for it, reads nothing)."""
    both = _BOTH.match(text, obj_from) if obj_from >= 0 else None
    if prev is None or both is None or len(subj) != 1 or _OWN_MEASURE.match(text, both.end()):
        return False
    p_subj, p_objs, _ = prev
    if p_objs and _TWO_TESTS.search(text, p_objs[-1].reach, obj_from):
        return False
    sides = {r.canonical for r in (*p_subj, *p_objs)}
    return len(p_subj) == 1 and len(p_objs) == 1 and len(sides) == 2 and subj[0].canonical not in sides
