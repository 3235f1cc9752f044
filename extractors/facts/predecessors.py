"""'Its predecessor' as a comparison's object: 'A beats its predecessor on X', 'A landed below its
predecessor', 'A is 30% faster than the previous version'. The page names the line's earlier model when it
names a model of A's name with a lower version and nothing else around the version ('Quoll 5' and 'Quoll 4',
'Vell 2.1 Pro' and 'Vell 2.0 Pro'); that one, the latest before A, is the object. A page naming no such
model, or a name the object slot writes out itself ('its predecessor, B'), gives none here."""

from __future__ import annotations

import re

from extractors.facts.document import Ref

_EARLIER = re.compile(
    r"\s*(?:its|their|the)\s+(?:(?:direct|immediate)\s+)?"
    r"(?:predecessor|previous\s+(?:version|generation|model|release)|prior\s+(?:version|model|release))"
    r"(?!['’]s|\s*,?\s*(?-i:[A-Z0-9(\[]))\b",
    re.I,
)
_VERSIONED = re.compile(r"(?P<pre>\D*?)(?P<ver>\d+(?:\.\d+)*)(?P<post>\D*)")


def _split(name: str) -> tuple[str, tuple[int, ...], str] | None:
    m = _VERSIONED.fullmatch(name)
    if m is None or not m.group("pre").strip():
        return None
    return m.group("pre"), tuple(int(p) for p in m.group("ver").split(".")), m.group("post")


def predecessor_of(text: str, obj_from: int, subj: list[Ref], page_models: set[str]) -> list[Ref]:
    """The earlier model of the subject's line the object slot at `obj_from` names as 'its predecessor'."""
    if obj_from < 0 or len(subj) != 1:
        return []
    slot = _EARLIER.match(text, obj_from)
    mine = _split(subj[0].canonical)
    if slot is None or mine is None:
        return []
    pre, ver, post = mine
    earlier = [
        (v, name)
        for name in page_models
        if (other := _split(name)) is not None
        and other[0] == pre
        and other[2] == post
        and (v := other[1]) < ver
    ]
    if not earlier:
        return []
    _v, name = max(earlier)
    return [Ref("model", name, slot.start(), slot.end(), slot.end(), None, 0.6, "predecessor", name)]
