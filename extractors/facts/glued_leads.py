"""A word glued before a model's name by text extraction: a table's corner, a row label or the previous
cell's last word ran into the first cell's name ('ItemVale 4 Scout', 'FeatureVale 3', 'FlashVale 3.1 Pro',
'AcmeVale 2'). The name starts at the capital after the glued word.

Read as glued only when the page also writes the name's family word on its own (so the word after the seam
is a name's start the page knows), the rest holds a version, and the glued word is no name we know and is
never written on the page without a version after it: a brand spelt in camel case ('ChatName', 'MiniName')
is written on its own too ('ChatName users'), and a name we know is never cut.
"""

from __future__ import annotations

import re
from functools import cache

from extractors.facts.entities import TIER_WORDS, knowledge, lab_aliases
from extractors.facts.name_templates import STOP_HEADS

# a capitalised word of three or more small letters, then the capital that opens the name
_LEAD = re.compile(r"(?P<lead>[A-Z][a-z]{2,})(?=(?P<family>[A-Z][A-Za-z]*))")
_DIGIT = re.compile(r"\d")


@cache
def _name_words() -> frozenset[str]:
    """The first word of every model spelling and every lab we know ('ChatName' of 'ChatName-4o'),
    lowercased: a glued word that is one of them is a name, never a lead."""
    kb = knowledge()
    words: set[str] = set(kb.family_alias) | set(lab_aliases())
    for r in kb.records:
        if r.kind == "model":
            words.add(re.split(r"[\s\-_]", r.alias, maxsplit=1)[0])
    return frozenset(w.lower() for w in words if w)


# what may stand before a row's label on its line: blanks and a bullet
_LINE_LEAD = re.compile(r"[ \t]*(?:[-*\u2022\u00b7][ \t]*)?")
# a version's token just before a tier: the tier closes the name before it ('Name 3.5 Flash|Name 3.1 Pro')
_VERSION_BEFORE = re.compile(r"\d[\w.]*[ \t]?$")


# a small word standing on its own: two of them and the line goes on as a sentence ('... 3 scores 74 on
# ...'); one is a cell's unit ('100 steps'), and a cell's note in brackets ('(out in May)') is no sentence
_PROSE_WORD = re.compile(r"(?<!\S)[a-z]{2,}(?![A-Za-z])")
_BRACKETED = re.compile(r"\([^()\n]*\)")


def _glued_place(text: str, start: int, end: int, lead: str) -> bool:
    """Where a word glues onto a name when text extraction drops a cell's edge: a row's label (or a
    table's corner) opening a line that holds cells ('100 steps'), not a sentence (a bullet or paragraph
    opening on a camel-cased product, 'SeaName 3 scores 81 on ...', keeps its name), or the tier that
    closes the name before it ('3.5 Flash')."""
    line_start = text.rfind("\n", 0, start) + 1
    if _LINE_LEAD.fullmatch(text, line_start, start):
        line_end = text.find("\n", end)
        rest = _BRACKETED.sub(" ", text[end : len(text) if line_end < 0 else line_end])
        return len(_PROSE_WORD.findall(rest)) < 2
    return lead in TIER_WORDS and _VERSION_BEFORE.search(text, max(0, start - 12), start) is not None


def glued_lead(text: str, name: str, start: int) -> int:
    """How many characters of `name` (found at `start` in `text`) are a word glued before the model's
    name (0 when none)."""
    m = _LEAD.match(name)
    if m is None or not _glued_place(text, start, start + len(name), m.group("lead")):
        return 0
    at = m.end("lead")
    rest, word = name[at:], m.group("family")
    if len(word) < 2 or not _DIGIT.search(rest):
        return 0
    glued = m.group("lead") + word
    if glued.lower() in _name_words() or word in STOP_HEADS:
        return 0  # a name or a lab we know ('OpenName'), or no name's head after it ('LicenseApache-2.0')
    # the family word on its own somewhere on the page (not glued after a small letter)
    if re.search(rf"(?<![A-Za-z]){re.escape(word)}(?![a-z])", text) is None:
        return 0
    # the glued word never written without a name's version after it ('ChatName is …' makes it a brand)
    for g in re.finditer(rf"(?<![A-Za-z]){re.escape(glued)}(?![a-z])", text):
        if not re.match(r"[A-Za-z]*[\s\-]?[A-Za-z]{0,2}\d", text[g.end() : g.end() + 12]):
            return 0
    return at


# a name's last token that holds its version, a small letter, then a capitalised word glued on: the next
# cell's name ('Name-4o-miniOther', 'Name 2.5 ProOther')
_TAIL = re.compile(r"(?<=[a-z])(?P<tail>[A-Z][a-z]{2,})$")


def glued_tail(text: str, name: str) -> int:
    """How many characters at the end of `name` are the next cell's family word glued on (0 when none):
    the token before it holds a digit, the word is written on its own elsewhere on the page and is no part
    of a name or lab we know ('Name-4o-miniOther' -> 'Name-4o-mini')."""
    m = _TAIL.search(name)
    if m is None:
        return 0
    head = name[: m.start()]
    token = head.rsplit(" ", 1)[-1]
    word = m.group("tail")
    if not _DIGIT.search(token) or (token.split("-")[-1] + word).lower() in _name_words():
        return 0
    if re.search(rf"(?<![A-Za-z]){re.escape(word)}(?![a-z])", text) is None:
        return 0
    return len(word)


@cache
def _model_spellings() -> dict[str, tuple[str, ...]]:
    """Every model spelling we know, by its first two characters, longest first."""
    out: dict[str, list[str]] = {}
    for r in knowledge().records:
        if r.kind == "model" and len(r.alias) >= 3:
            out.setdefault(r.alias[:2], []).append(r.alias)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def known_at(text: str, pos: int, name: str) -> bool:
    """Whether a model we know, longer than `name`, is written at `pos` (a glued word hid it from the
    name lists' matcher, which wants a word's edge: 'TierName 3.5 Haiku')."""
    spellings = _model_spellings().get(text[pos : pos + 2], ())
    return any(len(a) > len(name) and text.startswith(a, pos) for a in spellings)
