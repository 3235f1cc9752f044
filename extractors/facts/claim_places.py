"""Claims a sentence states as places: each of two or more models named with the place it holds
('A leads at 94%, B is a close second at 92.7% and C is third', 'A がトップに立ち、B が 2 位に続く',
'A 拿下第一 … B 位居第二'), read the same way in any language from where a place word stands, not from a
comparison verb. A model holding a place is ahead of the model holding the next one (first over second,
second over third); a sentence giving one place, or two models the same place, states no comparison. The
place word follows the name within its clause (up to the next name), so 'the first model to …' before a
name is nobody's place."""

from __future__ import annotations

import re

from extractors.facts.claim_sides import is_named
from extractors.facts.document import DocView, Ref, SegView
from schema.records import ClaimFact

# the place a word gives, by group: leading, second, third (English, Chinese, Japanese, Korean)
_PLACE = re.compile(
    r"(?P<p1>\b(?:leads|led|tops|topped|ranks?\s+first|ranked\s+first|takes?\s+(?:the\s+)?top\s+spot|"
    r"took\s+(?:the\s+)?top\s+spot|in\s+first(?:\s+place)?|(?:is|was)\s+first)\b|第一|首位|榜首|トップ|(?<!\d)1\s?位|(?<!\d)1\s?위)"
    r"|(?P<p2>\b(?:second|2nd)\b|#2\b|第二|(?<!\d)2\s?位|(?<!\d)2\s?위)"
    r"|(?P<p3>\b(?:third|3rd)\b|#3\b|第三|(?<!\d)3\s?位|(?<!\d)3\s?위)"
)
# how far after a name its place word may stand (the clause that names it)
_REACH = 60
# a place the sentence does not give the model: 'second-largest', 'first time', 'second half', '2nd gen',
# 'second quarter', 'second week', and an order of events ('was first announced', 'second released')
_NOT_A_PLACE = re.compile(
    r"[\s-]*(?:largest|biggest|smallest|time|half|generation|gen|version|round|day|week|month|quarter|year"
    r"|model|entry|item|(?!ranked|placed|seeded)[a-z]+ed)\b",
    re.I,
)
# places by a measure that is no result of the models' work (downloads, sign-ups, users, sales, price):
# an order of popularity or cost, which says nothing of which model does better
_NOT_A_RESULT = re.compile(
    r"(?i)\b(?:downloads?|sign-?ups?|installs?|(?:active|paying|weekly|monthly|daily)\s+users|revenue|sales"
    r"|market\s+share|traffic|by\s+(?:price|cost))\b"
)


# the same matches as _PLACE (same starts and ends) without its groups, written by first character with each
# `\b` as a lookbehind after it (see alternation.py), so that a search over a whole page skips to the
# characters that can start a place word instead of trying every alternative at every position (~11x faster)
_PLACE_GATE = re.compile(
    r"(?:l(?<!\w.)(?:eads\b|ed\b)|t(?<!\w.)(?:ops\b|opped\b|akes?\s+(?:the\s+)?top\s+spot\b|ook\s+(?:the\s+)?top\s+spot\b"
    r"|hird\b)|r(?<!\w.)(?:anks?\s+first\b|anked\s+first\b)|i(?<!\w.)(?:n\s+first(?:\s+place)?\b|s\s+first\b)"
    r"|w(?<!\w.)as\s+first\b|第(?:一|二|三)|首位|榜首|トップ|1(?<!\d.)(?:\s?位|\s?위)|s(?<!\w.)econd\b"
    r"|2(?:(?<!\w.)nd\b|(?<!\d.)\s?位|(?<!\d.)\s?위)|#(?:2\b|3\b)|3(?:(?<!\w.)rd\b|(?<!\d.)\s?位|(?<!\d.)\s?위))"
)


def place_gate() -> re.Pattern[str]:
    """The place-word gate, for callers that skip sentences with no place word before reading places."""
    return _PLACE_GATE


def _place(text: str, r: Ref, stop: int) -> int | None:
    """The place the words right after `r` (up to `stop`) give it."""
    for m in _PLACE.finditer(text, r.reach, min(stop, r.reach + _REACH)):
        if _NOT_A_PLACE.match(text, m.end()):
            continue
        return 1 if m.group("p1") else 2 if m.group("p2") else 3
    return None


def place_claims(view: DocView, sv: SegView, models: list[Ref]) -> list[ClaimFact]:
    """'A … first, B … second': A outperforms B, from the places a sentence gives its models."""
    text = view.text
    if _NOT_A_RESULT.search(text, sv.seg.start, sv.seg.end):
        return []
    named = sorted((r for r in models if is_named(r)), key=lambda r: r.start)
    placed: dict[int, str] = {}
    for i, r in enumerate(named):
        stop = named[i + 1].start if i + 1 < len(named) else sv.seg.end
        p = _place(text, r, stop)
        if p is None:
            continue
        if p in placed and placed[p] != r.canonical:
            return []  # two models in one place: a tie or a list of places, not an order
        placed.setdefault(p, r.canonical)
    out: list[ClaimFact] = []
    for p in (1, 2):
        a, b = placed.get(p), placed.get(p + 1)
        if a and b and a != b:
            out.append(
                ClaimFact(
                    subject=a,
                    relation="outperforms",
                    object=b,
                    evidence=view.evidence(sv.seg.start, sv.seg.end),
                    confidence=0.7,
                    method="claim",
                    polarity="asserts",
                )
            )
    return out
