"""'Both' as the object of a comparison that follows another in its sentence: 'A edges out B on X, but C tops
both', 'A beats B, and C beats them both'. The word names the two sides of the comparison before it, which
`claims` then takes as the objects (its reading of a comparison whose object the sentence's previous
comparison gives). Only 'both' standing alone, or 'them both' / 'both of them', counts: 'tops both
benchmarks', 'beats both rivals on price' name a noun of their own."""

from __future__ import annotations

import re

from extractors.facts.document import Ref

# 'both' (or 'them both', 'both of them') closing the object slot: punctuation, the end, or a preposition
_BOTH = re.compile(
    r"\s+(?:them\s+both|both(?:\s+of\s+them)?)(?=\s*(?:[,.;:)!—–-]|$|\s+(?:at|on|in|by|with|across|and|but|while)\b))",
    re.I,
)


def both_before(
    text: str, obj_from: int, prev: tuple[list[Ref], list[Ref], int] | None, subj: list[Ref]
) -> bool:
    """Whether the object slot at `obj_from` is 'both', set after a comparison of two named sides by a third
    model (a subject that is one of the two, as when the clause's own subject is a name we do not know and
    the sentence's stands in for it, reads nothing)."""
    if prev is None or obj_from < 0 or len(subj) != 1 or _BOTH.match(text, obj_from) is None:
        return False
    p_subj, p_objs, _ = prev
    sides = {r.canonical for r in (*p_subj, *p_objs)}
    return len(p_subj) == 1 and len(p_objs) == 1 and len(sides) == 2 and subj[0].canonical not in sides
