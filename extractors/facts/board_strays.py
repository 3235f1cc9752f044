"""A board's category columns that share a known test's name (used by model_rows.read_model_rows).

A benchmark's own board sets one column per category of its test set beside each model: '| Model | Receipts |
Old Forms | Charts | Handwriting | Overall |' under a heading that names the board. Category words are
ordinary words, and now and then one of them is also the name of some other test we know ('Charts',
'Receipts', a source corpus's name): read as that test, its column turns the whole grid into a table of
other benchmarks, and the board's own categories are never read.

What decides is the grid's layout, never a page's wording: the table stands under one board (its context
is a benchmark a heading or the title above the table names, no test of the heads themselves), no head is
shaped like another test's name ('…Bench', '…Eval', 'QA', an exam: metric_columns.own_benchmark_head), no
head is a generic score column, and the heads that name a known test are few beside the category heads
that name none: at most one in three of the columns that hold figures. Such a head is then one more
category of the board, read with the others as the board's score with the head as its subset. A table
where known tests are a third of the figure columns or more ('| Model | MMLU | ARC | Tidebench |') is a
table of benchmarks and stays one; so is a table whose known heads are its only figure columns.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from extractors.facts.document import DocView
from extractors.facts.grids import Grid, headed

# (a column as model_rows reads it: kind, benchmark or attribute, unit, settings)
Column = tuple[str, str, str | None, list[tuple[str, str]]]


def stray_heads(
    view: DocView, grid: Grid, cols: Mapping[int, Column], named: Sequence[int], in_context: Sequence[int]
) -> list[int]:
    """The columns read as known tests that may be a board's categories: every benchmark column of the grid
    is one of them (no generic score, metric or new-test column beside them), the board is another test
    than theirs, and a heading or the title above the table names it (a page's one test named nowhere
    above the table may be one of the heads itself). Empty when there are none."""
    benches = [j for j, (kind, *_) in cols.items() if kind == "bench"]
    ctx = grid.context
    if ctx is None or not benches or in_context or sorted(benches) != sorted(named):
        return []
    if any(cols[j][1] == ctx.canonical for j in benches):
        return []
    return benches if headed(view, ctx.canonical, grid.pos if grid.pos >= 0 else len(view.text)) else []


def board_takes(page: Mapping[int, Column], strays: Sequence[int]) -> bool:
    """Whether the board's category columns (`page`, read with the stray heads left open) take the stray
    heads in: each of them holds the board's figures and they are at most one in three of its columns."""
    return bool(strays) and all(j in page for j in strays) and len(page) >= 3 * len(strays)
