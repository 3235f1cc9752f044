"""A numbered news roundup is no leaderboard: its numbers order the stories, not the models' places. A run of
numbered lines is a roundup when (nearly) every item is a headline about the model it opens on (a clause of
three words or more that starts with a lower-case word, a verb's place, and holds no figure: 'Name gets a new
mode'), no figure line sits between its items, and the heading above it names no board, ranking or score.
Board rows ('1. Name — 1402', '#2 Name (Elo 1380)', '3 Name by Lab') keep their ranks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from extractors.facts.document import DocView, Ref, SegView
from extractors.facts.patterns import place_words, word_alternation


@cache
def _board_head() -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])" + word_alternation(place_words("board_head")) + r"(?![\w-])", re.I)


@cache
def _row_link() -> frozenset[str]:
    return frozenset(place_words("row_link"))


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _headline(text: str, sv: SegView, pos: int, subj: Ref | None) -> bool:
    """An item whose rest after its model is a headline clause: three words or more, the first in lower case
    and no linking word ('by', 'with'), and no figure anywhere after the model."""
    start = subj.end if subj is not None and subj.end > pos else pos
    rest = text[start : sv.seg.end]
    if re.search(r"\d", rest):
        return False
    words = _WORD.findall(rest)
    if len(words) < 3 or not re.match(r"[ \t]*[^\W\d_]", rest):
        return False
    first = words[0]
    return first.islower() and first.casefold() not in _row_link()


def _head_names_board(view: DocView, sv: SegView) -> bool:
    """The heading above the list (the nearest within 15 segments) names a benchmark or a board word."""
    for i in range(sv.index - 1, max(-1, sv.index - 15), -1):
        prev = view.segs[i]
        if prev.seg.kind == "heading":
            if any(r.kind == "benchmark" and r.canonical for r in prev.refs):
                return True
            return _board_head().search(view.text, prev.seg.start, prev.seg.end) is not None
    return False


def is_roundup(
    view: DocView, entries: Sequence[tuple[SegView, int, Ref | None]], figures_between: bool
) -> bool:
    """`entries` (line, where its text starts after the rank, the model it names) are a news roundup's items,
    not a board's rows: all but a quarter of the items at most are headlines, no figure line between
    them, no board head."""
    if figures_between or not entries:
        return False
    plain = sum(1 for sv, pos, subj in entries if not _headline(view.text, sv, pos, subj))
    if plain > max(0, len(entries) // 4):
        return False
    return not _head_names_board(view, entries[0][0])
