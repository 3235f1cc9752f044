"""A bare comparative whose other side a phrase opening the sentence names: 'Compared to B, A is faster',
'Against B (a dense model), A runs cheaper and faster', 'Relative to B, A scores higher on X'. A comparative
with neither 'than' nor a figure ('is faster') is otherwise read only after another comparison of the sentence
(`claims`), since on its own it says nothing of what it is faster than; the fronted phrase says it.

The phrase must open the sentence (after a bullet or a connective) and end on a comma before the clause's
subject: 'gaps like A vs B look larger' or 'A is faster than last year, versus B …' name no yardstick."""

from __future__ import annotations

import re

from extractors.facts.claim_sides import is_named, name_end
from extractors.facts.document import Ref

# the sentence's opening up to the yardstick's name
_OPENING = re.compile(
    r"[\s•*>\-–—]*(?:(?:and|but|so|yet|still|however|overall|meanwhile)\s*,?\s+)?"
    r"(?:compared\s+(?:to|with)|relative\s+to|against|versus|next\s+to|set\s+against)\s+"
    r"(?:the\s+)?(?:[A-Z][\w.&-]*['’]s\s+)?",
    re.I,
)
# after the name: a note in brackets, then the comma that closes the phrase
_CLOSE = re.compile(r"\s*(?:\([^()\n]{0,60}\)\s*)?,\s+")


def fronted_yardstick(text: str, models: list[Ref], sent: int, head_at: int, subj: list[Ref]) -> list[Ref]:
    """The model the sentence's opening phrase sets the subject against, when the subject and the head come
    after that phrase's comma."""
    if not subj:
        return []
    names = {s.canonical for s in subj}
    first = next((r for r in models if r.start >= sent and is_named(r)), None)
    if first is None or first.canonical in names or first.start >= head_at:
        return []
    if not _OPENING.fullmatch(text, sent, first.start):
        return []
    close = _CLOSE.match(text, name_end(text, first))
    if close is None or close.end() > min(s.start for s in subj) or close.end() > head_at:
        return []
    return [first]
