"""A claim's side written as its generation ('Kivo 4.2') when the page names one member of that
generation in a line of the family ('Kivo Ultra 4.2' or 'Kivo 4.2 Ultra', where the patterns know
'Kivo Ultra' as a family of its own): the side is that member. A family that ships in lines has no model
of the bare generation; the page's one member of it is who the short form stands for. Two lines of it on
the page leave the side as written (which one is meant is not said); a tier that is no line
('GPT-5.5 Pro', 'Gemini 3 Pro') names a sibling of the bare generation, not the generation itself."""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from extractors.facts.entities import TIER_WORDS
from extractors.facts.patterns import load_patterns
from schema.records import ClaimFact

_VERSION = re.compile(r"\d[\w.]*")
_TOKEN_GAP = re.compile(r"[\s-]+")


def _tokens(name: str) -> tuple[str, ...]:
    return tuple(_TOKEN_GAP.split(name.strip().lower()))


@cache
def _known_models() -> frozenset[tuple[str, ...]]:
    return frozenset(_tokens(p.canonical) for p in load_patterns() if p.kind == "model")


@cache
def _lines() -> frozenset[tuple[str, ...]]:
    """Families whose last word is a tier of a shorter family ('Claude Opus' of 'Claude')."""
    fams = {_tokens(p.canonical) for p in load_patterns() if p.kind == "family"}
    tiers = {t.lower() for t in TIER_WORDS if " " not in t}
    return frozenset(f for f in fams if len(f) > 1 and f[-1] in tiers and f[:-1] in fams)


def _member(side: str, names: dict[tuple[str, ...], str]) -> str | None:
    toks = _tokens(side)
    if len(toks) < 2 or not _VERSION.fullmatch(toks[-1]) or toks in _known_models():
        return None
    lines = _lines()
    found = {
        full
        for key, full in names.items()
        if len(key) == len(toks) + 1
        and any(key[:i] + key[i + 1 :] == toks and (*toks[:-1], key[i]) in lines for i in range(1, len(key)))
    }
    return found.pop() if len(found) == 1 else None


def _renamed(side: str, names: dict[tuple[str, ...], str], memo: dict[str, str | None]) -> str | None:
    if side not in memo:
        memo[side] = _member(side, names)
    return memo[side]


def tiered_members(doc_models: set[str], claims: list[ClaimFact]) -> list[ClaimFact]:
    """The claims with each side written as its generation renamed to the page's one member of it."""
    if not claims:
        return claims
    names = {_tokens(n): n for n in doc_models}
    memo: dict[str, str | None] = {}
    out = []
    for c in claims:
        subject = _renamed(c.subject, names, memo) or c.subject
        obj = (_renamed(c.object, names, memo) or c.object) if c.object else c.object
        if subject == obj:
            continue  # the short form was the member the claim compares it with: no comparison
        if (subject, obj) != (c.subject, c.object):
            c = dataclasses.replace(c, subject=subject, object=obj)
        out.append(c)
    return out
