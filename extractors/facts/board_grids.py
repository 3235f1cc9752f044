"""A leaderboard page's models-down grid as such pages set it out (used by model_rows.read_model_rows).

Makers glued to names: a board that prints each entry's maker in small type under its name loses the line
break in text extraction, so the name cell reads 'Vexil-2Borealis' or 'Quarn Reader 9Quarn'. Where two rows
or more of the name column, and at least half of its filled rows, end in a maker we know
(patterns/labs.jsonl) glued to the name with no blank before it (after a small letter, a digit, '+', ')' or a
capital run: 'OCRBorealis'), the column carries makers: each such cell drops its maker, and so does a cell
ending in a glued capitalised word that repeats its own first word (a maker named like its product line:
'Quarn Reader 9Quarn'). A maker set apart by a blank ('Vexil 2 Borealis'), a name that merely ends in a
capitalised word ('Orbit Lite'), or one row of such glue in a column of plain names is left alone.

Fraction columns: a benchmark's page may set a distance or an error beside its 0-100 scores ('Overall 88.1 |
Edit Distance 0.094'). A column whose every figure is a decimal below 1, in a grid whose other figure
columns run above 1, is on its own scale: its values are kept as written, never turned into percentages.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path

from extractors.facts.grids import Grid
from extractors.facts.patterns import data_rows

_PATTERNS = Path(__file__).parent / "patterns"
# what may stand right before a glued maker: a small letter, a digit, '+', ')' or ']', or a capital that
# ends a run of capitals when the maker starts with a capital and a small letter ('OCRBorealis')
_SEAM = re.compile(r"[a-z0-9+)\]]|[A-Z]")
_TAIL_WORD = re.compile(r"(?<=[a-z0-9+)\]])([A-Z][a-z]+)$")
_FRACTION = re.compile(r"\s*0?\.\d+\s*")
_FIGURE = re.compile(r"\s*\d+(?:\.\d+)?\s*%?\s*")


@cache
def _makers() -> tuple[str, ...]:
    names = {row["pattern"] for row in data_rows(_PATTERNS / "labs.jsonl", ("pattern",))}
    return tuple(sorted((n for n in names if len(n) >= 3), key=len, reverse=True))


def _glued_maker(cell: str) -> str | None:
    """The name before a maker we know glued to its end, if the cell ends so."""
    for maker in _makers():
        if len(cell) <= len(maker) + 1 or not cell.endswith(maker):
            continue
        before = cell[-len(maker) - 1]
        if not _SEAM.match(before):
            continue
        if before.isupper() and not (maker[0].isupper() and maker[1:2].islower()):
            continue  # ('GPT-4OAI' is no seam: a capital run runs into the maker only before 'Xx')
        return cell[: -len(maker)].rstrip()
    return None


def _repeated_maker(cell: str) -> str | None:
    """'Quarn Reader 9Quarn': a glued capitalised word that repeats the cell's first word."""
    tail = _TAIL_WORD.search(cell)
    if tail is None:
        return None
    head = cell[: tail.start()]
    return head.rstrip() if head.split()[:1] == [tail.group(1)] else None


def without_makers(grid: Grid, model_col: int) -> Grid:
    """The grid with the makers glued to its name column's cells taken off, where the column carries them."""
    if model_col < 0:
        return grid
    cells = [r[model_col].strip() if model_col < len(r) else "" for r in grid.rows]
    filled = [c for c in cells if c]
    # (a cheap test first: most grids have no name ending in a capitalised word glued on)
    if len(filled) < 2 or sum(1 for c in filled if re.search(r"[^\s-][A-Z][A-Za-z]*$", c)) < 2:
        return grid
    glued = [_glued_maker(c) for c in cells]
    hits = sum(1 for g in glued if g)
    if hits < 2 or hits * 2 < len(filled):
        return grid
    rows = []
    for row, cell, name in zip(grid.rows, cells, glued, strict=True):
        name = name or _repeated_maker(cell)
        if name:
            row = (*row[:model_col], name, *row[model_col + 1 :])
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
