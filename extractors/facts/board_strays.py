"""A board's category columns that share a known test's name (used by model_rows.read_model_rows).

A test's own leaderboard gives each of its categories a column beside the models: '| Reader | Invoices |
Stamps | Tables | Overall |' under a heading naming that test. Categories are plain words, and one of them
may happen to spell a test we know ('Charts', a source corpus's name). Read as that other test, the column
would turn the board into a table of benchmarks and none of its categories would be read.

The grid decides, with one look at the prose. The table stands under one board (a heading or the title
above it names a benchmark that none of the heads is), no head is shaped like a test of its own
('…Bench', '…Eval', 'QA', an exam: metric_columns.own_benchmark_head) or is a generic score column, and the
known heads are few: at most one in three of the figure columns, or the grid is a table of tests
('| Model | MMLU | ARC | Tidebench |') and stays one, as does a grid whose known heads are all its figures.
A known head is a category only when it looks like one: a head spelled as a test's id (an acronym such as
'MMMU' or 'BFCL') or a test the prose around the table names as well ('we add each model's BFCL score')
is a reference column that keeps its own test, while the columns beside it are still the board's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from extractors.facts.document import DocView
from extractors.facts.grids import Grid, headed
from extractors.facts.metric_columns import Column

# a head spelled as a test's id: an acronym of two capitals or more, maybe with digits ('MMMU', 'GSM8K')
_TEST_ID = re.compile(r"[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*(?![a-z])")


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


def own_heads(view: DocView, grid: Grid, cols: Mapping[int, Column], heads: Sequence[int]) -> list[int]:
    """Of the `heads` stray_heads gives, those that keep their own test: the head is a test's id in shape
    (an acronym, not a category word), or a sentence or heading outside the table names that test."""
    prose = {
        r.canonical
        for sv in view.segs
        if sv.seg.kind in ("sentence", "heading") and sv.index not in view.table_segs
        for r in sv.refs
        if r.kind == "benchmark"
    }
    return [j for j in heads if _TEST_ID.match(grid.header[j].strip()) or cols[j][1] in prose]


def board_takes(page: Mapping[int, Column], strays: Sequence[int], own: Sequence[int] = ()) -> bool:
    """Whether the board's category columns (`page`, read with the stray heads left open and the `own` heads
    kept as their tests) take the stray heads in: each stray holds the board's figures, the board has two
    columns or more, and the known heads, strays and own together, are at most one in three of the
    figure columns."""
    known = len(strays) + len(own)
    return (
        bool(known)
        and all(j in page for j in strays)
        and len(page) >= 2
        and len(page) + len(own) >= 3 * known
    )
