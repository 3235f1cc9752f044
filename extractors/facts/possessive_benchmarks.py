"""Benchmarks no list knows that are named with a possessive: '<Owner>'s <Name> Exam', '<Owner>'s <Name>
Index'. The possessive is part of the name (the owner's test, not a figure of the owner's), so the whole of it
is a benchmark wherever the page writes it (used by mentions.py beside unknown_bench.discover_benchmarks).

Only a head that ends on a benchmark's word and carries a capitalised word of its own before it is read so
('Tanselo's Final Exam'; not 'Tanselo's Benchmark'); an owner that is a time or a function word ('Today's
Hard Test', 'This Year's Index'), a model or another name the page knows, is none; so is a head of a firm's
finance ('Global Equity Index', business_figures.py) and an index a figure of growth rose or fell on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.facts.business_figures import BUSINESS, GROWTH
from extractors.facts.entities import Mention, Spans
from extractors.facts.name_templates import FUNCTION_WORDS, STOP_HEADS
from extractors.facts.patterns import board_words, word_alternation

# a benchmark's closing words (patterns/board_words.jsonl) that may end the head after an owner
_HEAD_KINDS = ("closing", "title_closing", "possessive_closing")
# a word a sentence or a phrase opens on is no part of the owner ('On Tanselo's Final Exam, …')
_OPENER = r"(?!(?:On|In|At|For|With|By|As|From|To|Of|Through|Across|And|Or|But|The|A|An|While|After)\b)"
# (the owner's capital first, then what may stand before it and the opener asked of it from behind: a
# lookbehind of one character holding the lookahead; `re` then skips to the capitals instead of trying the
# pattern at every position)
_POSSESSIVE = re.compile(
    rf"(?P<owner>[A-Z](?<![\w'’-].)(?<={_OPENER}.)[\w-]*(?: {_OPENER}[A-Z][\w-]*){{0,2}})['’]s"
    r" (?P<head>(?:[A-Z][\w-]* ){1,3}"
    + word_alternation(w for kind in _HEAD_KINDS for w in board_words(kind))
    + r")(?![\w-])"
)
# owners that say when or which, not whose ('Today's Hard Test', 'Last Year's Final Exam')
_NO_OWNERS = frozenset(
    ["Today", "Yesterday", "Tomorrow", "Year", "Week", "Month", "Day", "This", "That", "Last", "Next", "It"]
)


def _before(text: str, at: int) -> str:
    """The sentence's words before a name, up to a few dozen characters."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), at - 60, 0)
    return text[start:at]


def possessive_benchmarks(text: str, known: Sequence[Mention]) -> list[str]:
    """The possessive benchmark names the page writes that no known name covers, as written."""
    if "'s " not in text and "’s " not in text:
        return []
    covered = Spans(list(known)).overlaps
    out: list[str] = []
    for m in _POSSESSIVE.finditer(text):
        owner = m.group("owner")
        words = owner.split()
        if any(w in _NO_OWNERS or w in STOP_HEADS or w in FUNCTION_WORDS for w in words):
            continue
        if BUSINESS.search(m.group("head")) or GROWTH.search(_before(text, m.start())):
            continue  # a firm's finance index ('Equity Index'), or one a figure of growth rose on
        if covered(m.start(), m.end()):
            continue  # a known benchmark, or a model's or a lab's figure on a name of its own
        if m.group() not in out:
            out.append(m.group())
    return out
