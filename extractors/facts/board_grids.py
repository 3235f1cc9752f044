"""A leaderboard page's models-down grid as such pages set it out (used by model_rows.read_model_rows).

Makers glued to names: a board that prints each entry's maker in small type under its name loses the line
break in text extraction, so the name cell reads 'Vexil-2Borealis' or 'Quarn Reader 9Quarn'. A glued tail is
one or two capitalised words ('Borealis', 'Fen AI', 'QuillAI'; no tier word: 'Pro', 'Max') at the cell's end,
right after a small letter, a digit, '+', ')' or a capital run ('OCRBorealis', '12BBorealis'), never after a
blank or a hyphen. A tail is a maker's when a maker we know writes it (patterns/labs.jsonl), when it repeats
the cell's first word (a maker named like its product line: 'Quarn Reader 9Quarn'), or when the same tail ends
two rows or more and one of them glues it after a digit or a capital run (a board has far fewer makers than
entries: names we have never seen, makers we have never seen; a shared word that only ever follows a small
letter is a variant's own: 'Wendle 4 SwiftPlan', 'Marrow-8 SwiftPlan' keep it). Where such makers end at least
half of the column's filled rows, two or more, the column carries makers: each of those cells drops its maker,
and so does a cell whose own tail was glued after a digit or a capital run ('Orrin-11BVanta'); a tail glued
after a small letter on such a row is kept ('Lumo ProseMath': a name may run on so). None is taken where what
stays would be one bare word ('CobaltMath', 'StoneMath'). A maker set apart by a blank ('Vexil 2 Borealis'), a
name that merely ends in a capitalised word ('Orbit Lite'), or one row of such glue in a column of plain names
is left alone.

Fraction and count columns: a benchmark's page may set a distance or an error beside its 0-100 scores
('All 86.0 | Edit distance 0.052'). A column whose every figure is a decimal below 1, in a grid whose
other figure columns run above 1, is on its own scale: its values are kept as written, never turned into
percentages. A column of whole numbers above 100 beside columns of figures up to 100 ('Dimensions 3072',
'Votes 18204') is a size or a count, no score of the page's benchmark. So is a column headed by a tally or a
price ('Tools used', 'Turns', '$ per task'; board_words.jsonl 'tally'), and, beside a rank column, one of
small whole numbers only next to columns of decimals ('| # | Model | Overall | Tools used |').
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path

from extractors.facts.entities import TIER_WORDS
from extractors.facts.grids import Grid
from extractors.facts.patterns import board_words, data_rows, word_alternation

_PATTERNS = Path(__file__).parent / "patterns"
# a glued tail: one or two capitalised words at the cell's end ('Borealis', 'Fen AI', 'QuillAI'), right
# after a small letter, a digit, '+', ')' or ']' (group 'low'), or after a capital that ends a run of
# capitals (group 'cap': 'OCRBorealis', '12BBorealis')
_TAIL = re.compile(
    r"(?:(?P<low>(?<=[a-z+)\]])|(?<=[0-9]))|(?P<cap>(?<=[A-Z])))"
    r"(?P<tail>[A-Z][a-z][A-Za-z]*(?: [A-Z][A-Za-z]{1,12})?)$"
)
_NAME_LEFT = re.compile(r"[\d\s-]")
_FRACTION = re.compile(r"\s*0?\.\d+\s*")
# a head that counts or prices something ('Tools used', 'Turns', '$ per task'): no score of a benchmark
_TALLY_HEAD = re.compile(r"(?i)\$|\b" + word_alternation(board_words("tally")) + r"\b")
_WHOLE = re.compile(r"\s*\d{1,3}\s*")
_FIGURE = re.compile(r"\s*\d+(?:\.\d+)?\s*%?\s*")


@cache
def maker_names() -> frozenset[str]:
    """The lab names of labs.jsonl as written (a board's maker column holds them)."""
    return frozenset(row["pattern"] for row in data_rows(_PATTERNS / "labs.jsonl", ("pattern",)))


def _tails(cell: str) -> list[tuple[str, bool]]:
    """Each glued tail a cell may end in, longest first, and whether it was glued after a digit or a capital
    run (no small letter)."""
    out = []
    for start in range(len(cell) - 2, 0, -1):
        m = _TAIL.match(cell, start)
        # (what stays must still read as a name: a version, a size or two words; 'CobaltMath' stays whole)
        rest = cell[:start].strip()
        if m is not None and _NAME_LEFT.search(rest) and m.group("tail").split()[0] not in TIER_WORDS:
            out.append((m.group("tail"), m.group("low") is None or cell[start - 1].isdigit()))
    return sorted(out, key=lambda t: -len(t[0]))


def without_makers(grid: Grid, model_col: int) -> Grid:
    """The grid with the makers glued to its name column's cells taken off, where the column carries them."""
    if model_col < 0:
        return grid
    cells = [r[model_col].strip() if model_col < len(r) else "" for r in grid.rows]
    filled = [c for c in cells if c]
    # (a cheap test first: most grids have no name ending in a capitalised word glued on)
    if len(filled) < 2 or sum(1 for c in filled if _TAIL.search(c)) < 2:
        return grid
    tails = [_tails(c) for c in cells]
    seen = Counter(t for ts in tails for t in {t for t, _ in ts})
    # (a shared tail counts only where one row glues it after a digit or a capital run: a word that only ever
    # follows a small letter may be a variant's own, shared by several names: 'FlashThink', 'DeepResearch')
    seam = {t for ts in tails for t, after_figure in ts if after_figure}
    labs = maker_names()
    makers: list[str | None] = []
    for cell, ts in zip(cells, tails, strict=True):
        first = cell.split()[:1]
        makers.append(
            next((t for t, _ in ts if t in labs or (seen[t] >= 2 and t in seam) or [t] == first), None)
        )
    hits = sum(1 for m in makers if m)
    if hits < 2 or hits * 2 < len(filled):
        return grid
    rows = []
    for row, cell, ts, maker in zip(grid.rows, cells, tails, makers, strict=True):
        if maker is None:
            # a tail of its own, glued after a digit or a capital run
            maker = next((t for t, after_figure in ts if after_figure), None)
        if maker:
            row = (*row[:model_col], cell[: -len(maker)].rstrip(), *row[model_col + 1 :])
        rows.append(row)
    return replace(grid, rows=tuple(rows))


def fraction_column(rows: Sequence[Sequence[str]], j: int, others: Sequence[int]) -> bool:
    """Column j holds decimals below 1 only while another of the `others` columns holds figures above 1."""
    cells = [r[j].strip() for r in rows if j < len(r) and r[j].strip()]
    if len(cells) < 2 or not all(_FRACTION.fullmatch(c) for c in cells):
        return False
    for k in others:
        if k == j:
            continue
        figs = [r[k] for r in rows if k < len(r) and _FIGURE.fullmatch(r[k])]
        if figs and any(float(f.strip().rstrip("%")) > 1 for f in figs):
            return True
    return False


def count_column(rows: Sequence[Sequence[str]], j: int, others: Sequence[int]) -> bool:
    """Column j holds whole numbers above 100 only while another of the `others` columns holds figures of 100
    or less only: a size or a count (vector dimensions, votes), no score on the others' scale."""
    cells = [r[j].strip().replace(",", "") for r in rows if j < len(r) and r[j].strip()]
    if len(cells) < 2 or not all(c.isdigit() and int(c) > 100 for c in cells):
        return False
    for k in others:
        figs = [r[k] for r in rows if k != j and k < len(r) and _FIGURE.fullmatch(r[k])]
        if len(figs) >= 2 and all(float(f.strip().rstrip("%")) <= 100 for f in figs):
            return True
    return False


def tally_column(
    header: Sequence[str], rows: Sequence[Sequence[str]], j: int, others: Sequence[int], ranked: bool
) -> bool:
    """Column j counts or prices something rather than scoring: its head says so ('Tools used', 'Turns',
    '$ per task'), or, beside a rank column (`ranked`), it holds small whole numbers only while another of
    the `others` columns holds decimals only ('| # | Model | Overall | Tools used |')."""
    if j < len(header) and _TALLY_HEAD.search(header[j]):
        return True
    if not ranked:
        return False
    cells = [r[j].strip() for r in rows if j < len(r) and r[j].strip()]
    if len(cells) < 2 or not all(_WHOLE.fullmatch(c) for c in cells):
        return False
    for k in others:
        figs = [r[k].strip() for r in rows if k != j and k < len(r) and r[k].strip()]
        if len(figs) >= 2 and all(re.fullmatch(r"\d+\.\d+%?", f) for f in figs):
            return True
    return False
