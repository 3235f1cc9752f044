"""Siblings named by their bare number on a comparison's far side: a page about one release of a numbered
line ('Nimbus Pro 4.7') that compares it with another release writes the other by its number alone ('ahead
of 4.6', 'quicker than 4.6', 'an improvement over v1', '61.0% against 52.4% in 4.6'): that line's release.

A bare number is mostly a figure, so it is read as a release only where a comparison gives it the other
side's slot (right after 'than', 'over', 'ahead of', 'behind', 'versus', 'compared to', or 'in' after a
figure), with no unit or figure word after it, and only when exactly one of the page's models owns a number
of that shape: a decimal release of the same major number ('4.6' beside 'Nimbus Pro 4.7'), or a 'v' release
written with its 'v' ('v1' beside 'Quill v2'). A page model written with that very number is the one meant
('than 4.6' beside 'Nimbus Lite 4.6'); otherwise the line's stem takes the number. Two candidate lines, or
none, leave it alone. Lettered versions ('R3', 'V3.2') are `sibling_versions`'.

A decimal the sentence wrote before the slot, outside the page's model names, makes the slot's number a figure
of the same kind: a price ('$1.10 … cheaper than 2.90'), a rating ('rated 4.8, ahead of 4.3'), another
product's version ('needs Node 2.12 … quicker than 2.7'), never a release of the page's line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from extractors.facts.entities import Mention
from extractors.facts.patterns import kind_alternation

# the other side's slot of a comparison, then the bare number: 'v1', '4.6' (not '4.6x', '4.6%', '$4.6',
# '4.6-point', 'A4.6', '4.6.1')
_SLOT_NUMBER = re.compile(
    # (behind a lookahead of the first characters: re turns most positions away at once)
    r"(?=[tobvacTOBVAC\d])(?:\b(?P<word>than|over|ahead\s+of|behind|versus|vs\.?|against|compared\s+(?:to|with))"
    r"|\d(?:%|\s?points?)?\s+in)"
    r"\s+(?:the\s+|its\s+)?(?:(?:previous|prior|older|earlier)\s+)?"
    r"(?P<num>(?P<v>v)?(?P<major>\d{1,2})(?:\.(?P<minor>\d{1,2}))?)"
    r"(?![\w%×$-]|[.,]\d|\s?(?:x|times|percent|points?|pts|pp|seconds?|s|ms|hours?|minutes?|days?|"
    r"months?|years?|[KMBT]\b|GB|TB|billion|million|trillion|tokens?|tok|per|/|to\b|and\s+\d|or\s+\d))",
    re.I,
)
# a comparative of amount before 'than' compares figures ('scores higher than 4.6'), not releases
# (version_words.jsonl, kind 'amount_than')
_AMOUNT_THAN = re.compile(r"\b" + kind_alternation("version_words.jsonl", "amount_than") + r"\s+$", re.I)
# 'over' names the other side only after a change or a lead ('an improvement over v1', 'a price rise over
# 4.6'); 'scores over 4.6' is a figure (version_words.jsonl, kind 'change_over': the change and lead nouns
# and verbs)
_CHANGE_OVER = re.compile(
    r"\b" + kind_alternation("version_words.jsonl", "change_over") + r"\s+(?:\w+\s+)?$", re.I
)
_FIGURE_BEFORE = re.compile(r"\d\s?(?:%|points?|pts)?\s*$", re.I)
# a decimal written earlier in the sentence (not a percentage): a figure or a version of the slot's own kind
_EARLIER_DECIMAL = re.compile(r"(?<![\w.])(?P<whole>\d{1,4})\.\d{1,2}(?![\d.]*\s?%|\.\d)")
# where the sentence opens: after a full stop, a question or exclamation mark and a blank, or a line break
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def _a_slot(text: str, hit: re.Match[str]) -> bool:
    """Whether the word before the number gives it the other side's slot, not a figure's."""
    word = (hit.group("word") or "").lower()
    before = text[max(0, hit.start() - 40) : hit.start()]
    if word == "than":
        return _AMOUNT_THAN.search(before) is None
    if word == "over":
        return _CHANGE_OVER.search(before) is not None
    if word:
        return _FIGURE_BEFORE.search(before) is None  # '5.1 versus 4.6': two figures
    return True


def _decimal_before(text: str, at: int, major: str, names: list[str]) -> bool:
    """Whether the sentence holding `at` writes a decimal of the slot's shape (as many whole digits as
    `major`) before it, not as a page model's release ('$1.10 … than 2.90', 'Node 2.12 … than 2.7', not
    'Vesper 2.4 sits ahead of 2.5' nor 'scores 61.2 … a jump over 2.4'): the number at `at` is then a figure
    of that kind."""
    floor = max(0, at - 400)
    opening = max((m.end() for m in _SENTENCE_END.finditer(text, floor, at)), default=floor)
    for m in _EARLIER_DECIMAL.finditer(text, opening, at):
        if len(m.group("whole")) != len(major):
            continue
        # a page model's release written with the last word of its name ('Vesper 2.4' of 'Kite Vesper 2.4')
        word = re.search(r"[A-Za-z][\w-]*[ -]$", text[max(opening, m.start() - 30) : m.start()])
        said = (word.group() if word else "") + m.group()
        if not any(n == said or n.endswith(" " + said) for n in names):
            return True
    return False


# a page model's name ending on its release number: the line's stem, the 'v', the number
_RELEASE = re.compile(r"(?P<stem>.*?[A-Za-z][\w.-]*[ -])(?P<v>v)?(?P<major>\d{1,2})(?:\.(?P<minor>\d{1,2}))?")


def compared_versions(text: str, models: Iterable[str]) -> list[Mention]:
    """Mentions of a numbered line's release written by its number alone on a comparison's far side ('ahead
    of 4.6' on a 'Nimbus Pro 4.7' page means 'Nimbus Pro 4.6')."""
    lines = [(m, r) for m in models if (r := _RELEASE.fullmatch(m)) is not None]
    if not lines:
        return []
    names_on_page = [m for m, _ in lines]
    out: list[Mention] = []
    for hit in _SLOT_NUMBER.finditer(text):
        v, major, minor = (hit.group("v") or "").lower(), hit.group("major"), hit.group("minor")
        if (not v and minor is None) or not _a_slot(text, hit):
            continue  # a whole number with no 'v' ('than 4') is a figure, not a release
        if not v and _decimal_before(text, hit.start("num"), major, names_on_page):
            continue  # '$1.10 … cheaper than 2.90', 'rated 4.8, ahead of 4.3': a figure of the same kind
        exact, built = set(), set()
        for model, r in lines:
            if (r.group("v") or "").lower() != v or (r.group("minor") is None) != (minor is None):
                continue
            if not v and r.group("major") != major:
                continue  # a decimal release of another major number is another line
            if r.group("major") == major and r.group("minor") == minor:
                exact.add(model)
            else:
                built.add(r.group("stem") + hit.group("num"))
        names = exact or built
        if len(names) == 1:
            at, end = hit.span("num")
            out.append(
                Mention("model", names.pop(), at, end, hit.group("num"), confidence=0.7, method="compared")
            )
    return out
