"""Whether a proper word right after a new versioned name is the name's own last word, read from its place.

A maker that names members by a version and then a word ('Name 3.5 Quill', 'Name 4 Ember') writes the word
between the version and what the sentence says of the model: its score ('Name 3.5 Quill posted 12.6%',
'Name 3.5 Quill 12.6% and …'), its maker in brackets and then a score ('Name 4.5 Ember (Maker) reached 70').
A word there is the subject's, not the next word of the sentence, even where the page writes the name once.
"""

from __future__ import annotations

import re
from functools import cache

from extractors.facts.entities import Mention
from extractors.facts.name_shapes import in_prose, never_a_name_word, whole_word_spans, written_small
from extractors.facts.patterns import PATTERN_DIR, data_rows

Shape = tuple[str, int, int, float, bool]  # a name shape: name, start, end, base confidence, whether an id

# after the word: its maker or a note in brackets, a few small words (a score verb and its helpers, 'with a
# score of'), then a figure with a share's or a point's unit, a figure out of a scale ('9.1/10'), or after
# those words a decimal figure that ends the clause (', at an average of 47.3.')
_SCORE_AFTER = re.compile(
    r"(?:[ \t]*\([^()\n]{1,30}\))?"
    r"(?:(?:,?[ \t]+(?:[a-z]+[ \t]+){0,4}?[a-z]+)?"  # 'posted', 'leads with', 'at an average of'
    r"[ \t]+[~≈]?\d{1,3}(?:[.,]\d{1,2})?"
    r"(?:[ \t]?%|[ \t]?/[ \t]?\d|[ \t]+(?:percent|points?|pts)\b)"
    r"|,?[ \t]+(?:[a-z]+[ \t]+){0,4}?[a-z]+[ \t]+\d{1,3}[.,]\d{1,2}(?=[,;)]|\.(?!\d)|[ \t]+(?:on|in)\b))"
)
# a word that ends in a verb's -s ('Achieves', 'Hits'; not 'Opus', 'Atlas') may be the sentence's verb in
# title case: only a maker in brackets after it makes it the name's
_VERB_S = re.compile(r"[A-Z][a-z]*(?<![uaio])s")


def score_follows(text: str, end: int, word: str = "") -> bool:
    """Whether, from `end` (just after `word`), the clause goes on to the subject's score."""
    m = _SCORE_AFTER.match(text, end)
    if m is None:
        return False
    return m.group(0).lstrip(" \t").startswith("(") or not _VERB_S.fullmatch(word)


# a capitalised word right after a name that ends in its version ('Name 3.5 Quill'); a hyphen, a digit or a
# letter after it makes it part of something else
_WORD_AFTER = re.compile(r"[ \t](?P<w>[A-Z][a-z]{2,})(?![\w-]|\.\d)")
_ENDS_IN_VERSION = re.compile(r"[ \t-]v?\d{1,2}(?:\.\d{1,2})?[a-z]?$")


def placed_names(text: str, found: list[Shape]) -> list[Shape]:
    """The name shapes, each that ends in its version and has a proper word and then its score after it
    in prose taken with the word ('Name 3.5 Quill posted 12.6%'). Only a word the page never writes in
    small letters and no tier, setting, product or sentence word ('Name 4 Tops …', 'Name 3 Users …')."""
    out = []
    for name, s, e, base, is_id in found:
        wm = _WORD_AFTER.match(text, e) if _ENDS_IN_VERSION.search(name) else None
        # (a name written twice or more with its word is `name_shapes.named_words`' to read, with the
        # members a list after it names: 'Name-7 Aster, Boreal and Cinder')
        if wm is not None and _once(text, f"{name} {wm.group('w')}") and _placed(text, s, wm):
            name, e = f"{name} {wm.group('w')}", wm.end()
        out.append((name, s, e, base, is_id))
    return out


def placed_mentions(text: str, mentions: list[Mention], known: frozenset[str]) -> set[str]:
    """The same for the page's model mentions a name index found ('Family 6.5' of a known family, then
    'Quill posted 12.6%'): each such mention takes the word; returns the names so made. Known models keep
    their names."""
    named = set()
    for m in mentions:
        if m.kind != "model" or m.canonical in known or not _ENDS_IN_VERSION.search(m.canonical):
            continue
        wm = _WORD_AFTER.match(text, m.end)
        if wm is not None and _placed(text, m.start, wm):
            m.canonical, m.end = f"{m.canonical} {wm.group('w')}", wm.end()
            m.surface = text[m.start : m.end]
            named.add(m.canonical)
    return named


@cache
def aspect_words() -> frozenset[str]:
    """Languages, subject areas and places (patterns/aspect_words.jsonl): after a version they say which
    part of a test or market the model met ('Name 3 Spanish', 'Name 3 Math', 'Name 3 Europe'), not a name."""
    return frozenset(
        w for row in data_rows(PATTERN_DIR / "aspect_words.jsonl", ("kind", "words")) for w in row["words"]
    )


# what makes the name an object, not the subject of what follows it: a preposition or an -ing verb before it
# ('By using Name 3 Vesk cut costs', 'In tests of Name 3 Spanish reached'); a capitalised word and a verb
# after such a name open the next clause
_OBJECT_BEFORE = re.compile(
    r"(?:\b(?:of|by|with|from|to|for|into|onto|via|after|before|than|over|against|on|in|at)"
    r"|[a-z]{2,}ing)[ \t]+$"
)
_OWN_WORD = re.compile(r"[ \t]*(?:\(|,|[~≈]?\d)")


def _once(text: str, name: str) -> bool:
    spans = whole_word_spans(text, name)
    return next(spans, None) is not None and next(spans, None) is None


def _placed(text: str, start: int, wm: re.Match[str]) -> bool:
    word = wm.group("w")
    return (
        score_follows(text, wm.end(), word)
        and in_prose(text, start)
        and not never_a_name_word(word)
        and not written_small(word, text)
        and word not in aspect_words()
        and not _opens_clause(text, start, wm)
        and not _stands_alone(text, wm)
    )


def _opens_clause(text: str, start: int, wm: re.Match[str]) -> bool:
    """A name that is the object of a preposition or verb before it, with a verb (not its figure, a bracket
    or a comma) right after the word: the word is the next clause's subject ('using Name 3 Vesk cut …')."""
    return _OBJECT_BEFORE.search(text, max(0, start - 40), start) is not None and not _OWN_WORD.match(
        text, wm.end()
    )


def _stands_alone(text: str, wm: re.Match[str]) -> bool:
    """Whether the page also writes the word on its own, not right after a version: a name of its own (a
    company, a place), not the last word of this one."""
    for s, _e in whole_word_spans(text, wm.group("w")):
        if s != wm.start("w") and not re.search(r"\d[a-z]?[ \t]$", text[max(0, s - 3) : s]):
            return True
    return False
