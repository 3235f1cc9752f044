"""The board a table's rank column ranks when the table is about no benchmark the page names: 'Rank | Model |
Points' under 'Final standings', '排名 | 模型名称 | 供应商' under a ranking's overview, a local test suite's
results. With a benchmark (the grid's context) the table reader takes that benchmark as the board; without
one a rank column still orders a board when

- its places run down the rows as a board's do: at least three, never falling, the first a podium place
  (rows with no place, a medal or an ellipsis, are passed over), and
- the column says it ranks: its header is a rank word ('Rank', 'Position', '排名'), or, under a bare '#' or
  'No.', the heading or the lines just before the table speak of a ranking (a '#' column of row numbers in a
  table of features or prices ranks nothing), and
- a board can be named: a board or benchmark its section names, else its heading or the line introducing it
  (`rankings.section_board`), and more than a heading's own word ('Final' of 'Final standings').

A table whose other columns hold prices, dates or jobs ('Input price', 'Released', 'Role') and no column of
bare figures (a rating, a score) orders no board, nor does a table under a line that lays out steps ('in this
order'), whatever ranking word stands near it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Sequence

from extractors.facts.boards import Boards
from extractors.facts.document import DocView
from extractors.facts.numbers import parse_rank
from extractors.facts.patterns import place_words, side_words, word_alternation
from extractors.facts.rankings import RANK_WORDS, section_board
from extractors.facts.segments import Segment

# a header that names the place column in words (not the bare '#' or 'No.' a row counter also has): the rank
# words of table_columns.RANK_HEAD (place_words.jsonl)
_RANK_WORD_HEAD = re.compile(r"(?i)" + word_alternation(place_words("rank_head"), longest_first=True))
# a column that says the order is no board's: a price, a date or a job in a set-up ('Input price', 'Released',
# 'Role'), and a line that lays out steps ('in this order')
_OFF_BOARD = re.compile(r"(?i)\b" + word_alternation(place_words("off_board_column")) + r"\b")
_STEPS = re.compile(r"(?i)\b" + word_alternation(place_words("steps_intro"), spaces=r"[\s-]+") + r"\b")
# a heading's own word ('Final', 'Current', 'Overall') is no board's name
_HEADING_WORDS = frozenset(w.lower() for w in side_words("heading"))
_PLAIN_PLACE = re.compile(r"\s*#?(\d{1,4})\b")


def _places(rows: Sequence[Sequence[str]], j: int) -> list[int | None]:
    out: list[int | None] = []
    for r in rows:
        cell = r[j].strip() if j < len(r) else ""
        rank = parse_rank(cell)
        if rank is None and (m := _PLAIN_PLACE.match(cell)) is not None:
            rank = int(m.group(1))
        out.append(rank)
    return out


def _ordered(places: list[int | None]) -> bool:
    """At least three places, never falling, the first a podium place or the place after the rows above it
    that hold none (medals)."""
    held = [p for p in places if p is not None]
    if len(held) < 3 or any(b < a for a, b in itertools.pairwise(held)):
        return False
    return held[0] <= max(3, places.index(held[0]) + 1)


# a word with a figure left in a model cell after the name read from it ('32b' of 'Name 2 32b Instruct',
# '253b' of 'Name 3.1 Other Ultra 253b'): the name was read cut short; a snapshot date ('06-05', '2507') or a
# tag in brackets closes a whole name
_FIGURE_WORD = re.compile(
    r"\((?:[^)]*)\)|(?<!\S)(?:\d{2}-\d{2}|\d{4}(?:-\d{2}){0,2}|\d{6,8})(?!\S)|(?P<w>\S*\d\S*)"
)


def whole_name(cell: str, surface: str) -> bool:
    """The name read from a model cell (its `surface`) is the cell's whole name, not a part of it."""
    i = cell.find(surface)
    return i >= 0 and not any(m.group("w") for m in _FIGURE_WORD.finditer(cell, i + len(surface)))


# a cell that holds a bare figure, as a rating, a score or a share does ('1288', '71.4%', '64.2 ± 1.1'); a
# price carries its currency sign
_FIGURE_CELL = re.compile(r"[+-]?\d[\d,]*(?:\.\d+)?\s*%?(?:\s*(?:±|\+/-)\s*\d+(?:\.\d+)?)?")


def _off_board(header: Sequence[str], rows: Sequence[Sequence[str]], j: int) -> bool:
    """A price, date or job column ('Input price', 'Released', 'Role') stands beside the rank column `j` and
    no other column holds the figures a board is ordered by: the rank then orders the prices or the dates.
    A leaderboard that also tells each model's price or launch keeps its rating column and its ranks."""
    off = {k for k, h in enumerate(header) if k != j and _OFF_BOARD.search(h)}
    if not off:
        return False
    for k in range(len(header)):
        if k == j or k in off:
            continue
        cells = [r[k].strip() for r in rows if k < len(r) and r[k].strip()]
        if len(cells) >= 3 and all(_FIGURE_CELL.fullmatch(c) for c in cells):
            return False
    return True


def _lines_before(view: DocView, first: int) -> Iterator[Segment]:
    """The (up to five) segments before the table's first, back to its heading, which comes last."""
    for i in range(first - 1, max(-1, first - 6), -1):
        seg = view.segs[i].seg
        yield seg
        if seg.kind == "heading":
            return


def _says_rank(view: DocView, first: int) -> bool:
    """The heading over the table or the lines just before it speak of a ranking."""
    return any(RANK_WORDS.search(view.text, seg.start, seg.end) for seg in _lines_before(view, first))


def _lays_out_steps(view: DocView, first: int) -> bool:
    """The lines between the table and its heading lay out steps ('Set them up in this order:')."""
    return any(
        seg.kind != "heading" and _STEPS.search(view.text, seg.start, seg.end)
        for seg in _lines_before(view, first)
    )


def table_board(
    view: DocView,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    j: int,
    pos: int,
    boards: Callable[[], Boards],
) -> str | None:
    """The board the rank column `j` of a table at `pos` (the table's start in the text) with the column
    headers `header` orders, or None when the column is no board's places: not ordered as a board's, in a
    table of prices, dates or roles, under steps, or with no board named but by a heading's own words."""
    if pos < 0 or not _ordered(_places(rows, j)):
        return None
    if _off_board(header, rows, j):
        return None
    first = next((sv for sv in view.segs if sv.seg.end > pos), None)
    if first is None or _lays_out_steps(view, first.index):
        return None
    head = header[j].strip() if j < len(header) else ""
    if not _RANK_WORD_HEAD.fullmatch(head) and not _says_rank(view, first.index):
        return None
    board = section_board(view, first, boards)
    if board is None or all(w.lower() in _HEADING_WORDS for w in board.split()):
        return None
    return board
