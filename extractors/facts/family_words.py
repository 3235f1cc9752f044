"""A family's bare name no pattern knows, listed beside a model as what a comparison is made against:
"surpasses Quarro 3, Velor, and all others", "beats Velor and Quarro 3" compare with the Velor family as
written.

Only a word written as a name (capitalised, no digit, one or two words), inside a list whose other member is
a model the mentions resolved, where the phrase ends or goes on with a function word: never a lab we know,
a product or chip, a word that opens names of other things, a benchmark, or a noun the word qualifies ('the
Velor models', 'Velor Code')."""

from __future__ import annotations

import re
from functools import cache

from extractors.facts.document import Ref, fold
from extractors.facts.name_templates import STOP_HEADS
from extractors.facts.patterns import load_patterns

_WORD = r"[A-Z][a-z]{2,}"
# the name, then where the phrase ends or a function word goes on (as for a family we know)
_NAME = re.compile(
    r"\s*(?:the\s+)?(?P<name>" + _WORD + r"(?:[ \t]" + _WORD + r")?)(?![\w-]|\.\w)"
    r"(?=\s*(?:[,.;:!?)\]—–]|$)|\s+(?:on|in|at|for|and|or|e|et|y|und|dan|with|by|across|while|but|"
    r"when|as|than|too)\b)"
)
# the list link to the model named after it ("Velor and Quarro 3", "Velor, Quarro 3", "Velor e Quarro 3")
_LINK = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|e|et|y|und|dan)\s+|\s*、\s*")


@cache
def _refused() -> frozenset[str]:
    """Words never a family here: labs and benchmarks we know (their names and aliases, folded)."""
    return frozenset(
        fold(n) for p in load_patterns() if p.kind in ("lab", "benchmark") for n in (p.alias, p.canonical)
    )


def _family(text: str, at: int, end: int) -> re.Match[str] | None:
    m = _NAME.match(text, at, end)
    if m is None:
        return None
    name = m.group("name")
    first = name.split()[0]
    if first in STOP_HEADS or fold(name) in _refused() or fold(first) in _refused():
        return None
    return m


def _ref(m: re.Match[str]) -> Ref:
    name = m.group("name")
    return Ref("model", name, m.start("name"), m.end("name"), m.end("name"), None, 0.6, "bare", name)


def family_before(text: str, at: int, models: list[Ref], end: int) -> Ref | None:
    """The bare family opening the list whose next member is a model named ('beats Velor and Quarro 3')."""
    m = _family(text, at, end)
    if m is None:
        return None
    link = _LINK.match(text, m.end("name"), end)
    if link is None or not any(
        r.start == link.end() and r.via not in ("pronoun", "implied") and r.canonical for r in models
    ):
        return None
    return _ref(m)


def family_last(text: str, at: int, end: int, models: list[Ref]) -> Ref | None:
    """The bare family closing a list after its link ('…, Quarro 3, Velor, and all others')."""
    m = _family(text, at, end)
    if m is None or any(r.start < m.end("name") and m.start("name") < r.end for r in models):
        return None
    return _ref(m)
