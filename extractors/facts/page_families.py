"""Families a page shows by their members: a capitalised word that opens two or more different names of a
member word and a version ('Vantor Crest 4.7', 'Vantor Crest 4.8', 'Vantor Drift 2'). Such a word is a
family of the page's even when no list knows it, so a new member named by a word alone ('Vantor Zenith
Preview') is read as a known family's member would be ('Claude Zenith').

A month before a day ('April 7', 'June 2') is a date, not a member; a version has one or two digits and at
most one point part. A numbered day, round, part or edition of something ('Expo Round 2') is no member
either, and an event's word ('Summit', 'Expo') opens no family (patterns/family_words.jsonl, with the
ordinary work words of patterns/id_words.jsonl).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from extractors.facts.patterns import PATTERN_DIR, data_rows, family_words
from extractors.facts.short_forms import GENERIC_WORDS

# family, a member word, a version of one or two digits ('Vantor Crest 4.7'), not a longer number or a figure
_MEMBER = re.compile(
    # (the capital first, the lookbehind after it: `re` skips to the capitals, alternation.py)
    r"(?P<fam>[A-Z](?<![\w.-].)[A-Za-z]{2,}) (?P<word>[A-Z][a-z]{2,}) "
    r"(?P<ver>\d{1,2}(?:\.\d{1,2})?)(?![\w%]|[.,]\d)"
)
# a month, written out or cut short: a date's word before a day ('April 7'), never a family
_MONTH = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
)

# words numbered as a day, a round or a part ('Day 2', 'Round 3'): no member's word, nor a family's
_ORDINARY = frozenset(
    str(w)
    for row in data_rows(PATTERN_DIR / "id_words.jsonl", ("kind", "words"))
    if row["kind"] == "ordinary"
    for w in row["words"]
) | frozenset(family_words("member"))
# an event's word ('Summit', 'Expo'): its days and sessions are no members, so it is no family
_EVENT = frozenset(family_words("event"))


def _ordinary(fam: str, word: str) -> bool:
    return word.lower() in _ORDINARY or fam.lower() in _ORDINARY or fam.lower() in _EVENT


@lru_cache(maxsize=4)  # the name shapes and discovery ask of the same page
def page_families(text: str) -> frozenset[str]:
    """The words that open at least two different member names with versions on this page."""
    names: dict[str, set[str]] = defaultdict(set)
    for m in _MEMBER.finditer(text):
        fam, word = m.group("fam"), m.group("word")
        if _MONTH.fullmatch(fam) or _MONTH.fullmatch(word) or fam in GENERIC_WORDS or _ordinary(fam, word):
            continue
        names[fam].add(f"{word} {m.group('ver')}")
    return frozenset(f for f, ns in names.items() if len(ns) >= 2)
