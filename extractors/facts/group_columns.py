"""A column of groups before a table's row labels, found by its shape rather than by its header's words.

'Area | Test | M1 | M2' (in any language: the header's words need not be English) holds two columns of text
before the figures: the groups ('Coding', 'Maths'), each written once over its rows or repeated down them,
and the labels, one per row. Which is which the cells say: a group's name comes back on several rows, a
row's label does not. `grids.label_column` drops the groups where it knows most labels as benchmarks; this
finds them where it does not (new benchmark names, a label column half known), by the labels' being the
most distinct column of text, and names we know standing in it at least as often as in the first column.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from extractors.facts.grids import Grid
from extractors.facts.table_cells import FIGURE_CELL, NA

# a place before a row's text ('#2 (tied)', '3rd', '4.'): a rank column repeats on ties as a group would
_PLACE = re.compile(r"#\s*\d|\d{1,3}(?:st|nd|rd|th|\.)?(?:\s|$)")


def _figure(cell: str) -> bool:
    c = cell.strip()
    return bool(c) and (FIGURE_CELL.match(c) is not None or NA.fullmatch(c) is not None)


def grouped_labels(grid: Grid, is_name: Callable[[str], bool]) -> Grid:
    """The grid without the columns of groups before its row labels: the labels' column is the leading
    column of text (before the first column of figures) whose cells repeat least, where the first column's
    repeat (a group on several rows) and hold no more names we know (`is_name`: a benchmark or a model)
    than the labels do. A grid whose first column is its labels or its places (a rank column repeats on
    ties), or whose leading columns are not all text, is left as it is."""
    n = len(grid.header)
    full = [r for r in grid.rows if len(r) >= n]
    if n < 4 or len(full) < 3:
        return grid

    def figures(j: int) -> int:
        return sum(1 for r in full if _figure(r[j]))

    lead = 0
    while lead < n and figures(lead) * 2 <= len(full):
        lead += 1
    if lead < 2 or lead >= n:
        return grid
    # the leading columns hold text: a figure among them makes them something else (a rank, a size)
    if any(_figure(r[j]) for r in full for j in range(lead)):
        return grid

    def distinct(j: int) -> int:
        return len({r[j].strip().lower() for r in full if r[j].strip()})

    def filled(j: int) -> int:
        return sum(1 for r in full if r[j].strip())

    def names(j: int) -> int:
        return sum(1 for r in full if r[j].strip() and is_name(r[j].strip()))

    if any(_PLACE.match(r[0].strip()) for r in full):
        return grid  # the first column holds places (a rank column), not groups
    first = distinct(0)
    if first >= filled(0):
        return grid  # the first column's cells do not repeat: no groups
    best = max(range(1, lead), key=lambda j: (distinct(j), -j))
    if distinct(best) <= first or distinct(best) < filled(best) or names(best) < names(0):
        return grid
    if not names(best) and first * 2 > filled(0):
        return grid  # no name we know to go by: the groups must be plain (each on two rows or more)
    return replace(grid, header=grid.header[best:], rows=tuple(r[best:] for r in grid.rows))
