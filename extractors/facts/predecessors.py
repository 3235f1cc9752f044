"""'Its predecessor' as a comparison's object: 'A beats its predecessor on X', 'A landed below its
predecessor', 'A is 30% faster than the previous version'. The page names the line's earlier model when it
names a model of A's name with a lower first version and the same words and figures around it ('Quoll 5'
and 'Quoll 4', 'Vell 2.1 Pro' and 'Vell 2.0 Pro', 'Tarn 4 90B' and 'Tarn 3 90B'); that one, the latest
before A, is the object. A page naming no such model, or a name the object slot writes out itself ('its
predecessor, B'), gives none here, and neither does a release another maker's name owns ('the prior release
from Ostwick').

'Its' must be A's: A is the comparison's own subject, with no relative between it and the slot ('the chip,
which is faster than its predecessor') and no preposition before it ('The app, now on A, loads faster than
its predecessor'); and A is a model, not a toolkit or an app of the line (a 'version_noun' word of
release_words.jsonl in its name: 'Tamsk SDK 3')."""

from __future__ import annotations

import re

from extractors.facts.document import Ref
from extractors.facts.patterns import release_words, word_alternation

_EARLIER = re.compile(
    r"\s*(?:its|their|the)\s+(?:(?:direct|immediate)\s+)?"
    r"(?:predecessor|previous\s+(?:version|generation|model|release)|prior\s+(?:version|model|release))"
    r"(?!['’]s|\s*,?\s*(?-i:[A-Z0-9(\[]))\b",
    re.I,
)
# the name's stem, its first version and whatever follows ('Tarn 4 90B': 'Tarn ', 4, ' 90B')
_VERSIONED = re.compile(r"(?P<pre>\D*?)(?P<ver>\d+(?:\.\d+)*)(?P<post>(?!\.?\d).*)")
# whose release it is: 'the prior release from Ostwick'
_OWNER_AFTER = re.compile(r"\s+(?:from|of|by)\s+(?:the\s+)?(?P<owner>[A-Z][\w.-]*)")
# between the subject and the object slot: a relative or a clause of its own (a comma alone is no break:
# 'A reached 1,480 points, surpassing its predecessor')
_NOT_ITS = re.compile(r"[;(]|\b(?:which|that|who|whose|where)\b", re.I)
# a preposition right before the subject: 'now on A' makes A no subject
_PREP_BEFORE = re.compile(r"\b(?:on|in|with|for|by|from|of|to|via|using|than|over)\s+$", re.I)
# a word in the name that makes it a toolkit's or an app's (release_words.jsonl 'version_noun', those that
# are no version word themselves)
_NOT_A_MODEL = re.compile(
    r"(?i)\b"
    + word_alternation(
        w
        for w in release_words("version_noun")
        if w not in ("v", "ver", "version", "build", "release", "checkpoint")
    )
    + r"\b"
)


def _split(name: str) -> tuple[str, tuple[int, ...], str] | None:
    m = _VERSIONED.fullmatch(name)
    if m is None or not m.group("pre").strip():
        return None
    return m.group("pre"), tuple(int(p) for p in m.group("ver").split(".")), m.group("post")


def predecessor_of(text: str, obj_from: int, subj: list[Ref], page_models: set[str]) -> list[Ref]:
    """The earlier model of the subject's line the object slot at `obj_from` names as 'its predecessor', when
    the subject is the comparison's own (nothing but its verb stands between them) and a model."""
    if obj_from < 0 or len(subj) != 1:
        return []
    own = subj[0]
    slot = _EARLIER.match(text, obj_from)
    mine = _split(own.canonical)
    if (
        slot is None
        or mine is None
        or own.kind != "model"
        or _NOT_A_MODEL.search(own.canonical)
        or not own.reach <= obj_from
        or _NOT_ITS.search(text, own.reach, obj_from)
        or _PREP_BEFORE.search(text, max(0, own.start - 12), own.start)
    ):
        return []
    owner = _OWNER_AFTER.match(text, slot.end())
    if owner is not None and not own.canonical.startswith(owner.group("owner")):
        return []  # 'the prior release from Ostwick': another maker's
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
    end = slot.end()
    return [
        Ref(
            kind="model",
            canonical=name,
            start=slot.start(),
            end=end,
            reach=end,
            setting=None,
            confidence=0.6,
            via="predecessor",
            surface=name,
        )
    ]
