"""The rate columns of the one board a models-down table stands under (used by model_rows.read_model_rows).

A board that measures how often something happens sets one column per rate beside each model, and no
'Score' column at all: '| Model | Slip Rate | Grounded Rate | Reply Length |' under a page that names the
Tarnwell Drift Board above it. Each rate column holds that board's values, its head the setting that
tells them apart (the words before 'rate': what is counted). The other columns are no scores of it: read
as the page's benchmark (model_rows._page_bench_columns), a length or a coverage would be.

Only under one board: the table has no other benchmark's column (a score column read as the board may stand
beside the rates), the grid's context is a benchmark, and every
benchmark the text names before the table is that one, named in the title or a heading or twice (a page
comparing two boards, one naming a test once in passing, or one naming the board only after the table,
says nothing about whose rates these are). Only a rate of what such a board counts (board_words.jsonl, kind
'board_rate': how often a model slips, errs, fails, times out or stays grounded), never a sampling, training,
uptake or churn rate. Never a rate of how often the model answered at all ('Answer
Rate', 'Response Rate': board_words.jsonl, kind 'coverage_rate'), nor one the skip words call a price, a
speed or a size ('Token Rate', 'Cost Rate'), nor a column without figures in most of its filled cells.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from extractors.facts.cell_lines import LineGrid
from extractors.facts.document import DocView
from extractors.facts.grids import Grid, headed
from extractors.facts.held_lines import LineOpening
from extractors.facts.metric_columns import Column, figure_column
from extractors.facts.patterns import board_words, word_alternation
from extractors.facts.table_cells import bench_setting
from extractors.facts.table_columns import SKIP_HEAD
from schema.records import Evidence

# a rate's head: one to three words, then 'rate', maybe with its percent sign ('Slip Rate', 'Grounded
# Reply Rate (%)')
_RATE_HEAD = re.compile(r"(?i)\s*[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}\s+rates?\s*(?:\(\s*%\s*\)|%)?\s*")
# what a coverage rate counts: the model answered at all (board_words.jsonl, kind 'coverage_rate')
_COVERAGE = re.compile(r"(?i)^\s*" + word_alternation(board_words("coverage_rate")) + r"\s+rate")
# what a board's rate counts: how often a model errs, passes or holds to its source ('Slip Rate', 'Grounded
# Reply Rate'; board_words.jsonl, kind 'board_rate'); a sampling, training or uptake rate is no such score
_BOARD_RATE = re.compile(r"(?i)\b" + word_alternation(board_words("board_rate")) + r"\b(?=[^|]*\brates?\b)")


def _rate_head(head: str) -> bool:
    """`head` is a rate of the board's: a rate head naming what a board counts, no price, size or coverage."""
    return bool(
        _RATE_HEAD.fullmatch(head)
        and _BOARD_RATE.search(head)
        and not SKIP_HEAD.search(head)
        and not _COVERAGE.match(head)
    )


def _one_board(view: DocView, grid: Grid, bench: str) -> bool:
    """Every benchmark the text names before the table is `bench`, and the text stands on it: names it in
    the title or a heading, or twice (a test named once in passing is no page's board)."""
    named = 0
    for sv in view.segs:
        if sv.seg.start >= grid.pos:
            break
        for r in sv.refs:
            if r.kind == "benchmark":
                if r.canonical != bench:
                    return False
                named += 1
    return named >= 2 or (named == 1 and headed(view, bench, grid.pos))


def board_rate_columns(
    view: DocView, grid: Grid, cols: dict[int, Column], model_col: int
) -> dict[int, Column]:
    """The rate columns of the board the table stands under, each read as that board's: {} unless the
    table has no benchmark's column and the board is the only one named above it."""
    ctx = grid.context
    if ctx is None or grid.pos < 0 or not any("rate" in h.lower() for h in grid.header):
        return {}
    if any(kind == "bench" and name != ctx.canonical for kind, name, *_ in cols.values()):
        return {}  # (a score column of the board itself, 'Accuracy' read as it, may stand beside them)
    rows: Sequence[Sequence[str]] = [r for r in grid.rows if len(r) > model_col]
    found = [
        j
        for j, h in enumerate(grid.header)
        if j != model_col and j not in cols and _rate_head(h) and figure_column(rows, j)
    ]
    if not found or not _one_board(view, grid, ctx.canonical):
        return {}
    return {j: ("bench", ctx.canonical, ctx.unit, bench_setting(view, ctx)) for j in found}


# a board's header flattened to single spaces: the name corner, then two rate heads or more, then maybe one
# column more ('Model Slip Rate Grounded Rate Mean Length (words)'): the rates say where each head ends
_FLAT_HEAD = re.compile(
    r"(?P<corner>Model(?:\s+[Nn]ame)?|LLM)\s+(?P<rates>(?:[A-Z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,2}?\s+[Rr]ates?"
    r"(?:\s*\(%\))?\s*){2,})(?P<tail>[A-Z][^\d|\t]{0,40})?"
)
_FLAT_RATE = re.compile(r"[A-Z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,2}?\s+[Rr]ates?(?:\s*\(%\))?")
# (a line's opening, searched after the newlines: held_lines.LineOpening)
_FLAT_GATE = LineOpening(r"(?:Model|LLM)\b[^\n]*?\s[Rr]ates?\b[^\n]*?\s[Rr]ates?\b")
# a row's cell: a figure, maybe a percentage (the cells stand apart by single spaces)
_FLAT_CELL = re.compile(r"(?<!\S)\d[\d,]*(?:\.\d+)?(?:\s?%)?(?!\S)")


def rate_flat_grids(view: DocView) -> list[LineGrid]:
    """Rate boards flattened to single spaces: a header of a name corner and two rate heads or more (and
    maybe one column more), then a line per model whose cells after its name are that many figures (the
    last line may stop short of its last cells, as a page cut off does). Each becomes a grid
    `tables.read_grid` reads with the board named above it as its context."""
    text = view.text
    if not _FLAT_GATE.in_text(text):
        return []  # (the cheap test: no line opens on a name corner and names two rates)
    out: list[LineGrid] = []
    segs = view.segs
    for i, sv in enumerate(segs):
        if i in view.table_segs or sv.seg.kind not in ("line", "heading", "sentence"):
            continue
        hm = _FLAT_HEAD.fullmatch(text, sv.seg.start, sv.seg.end)
        if hm is None:
            continue
        cols = [m.group() for m in _FLAT_RATE.finditer(hm.group("rates"))]
        if hm.group("tail"):
            cols.append(hm.group("tail").strip())
        rows: list[tuple[str, ...]] = []
        evs: list[Evidence] = []
        j = i + 1
        while j < len(segs) and segs[j].seg.kind in ("line", "sentence") and j not in view.table_segs:
            row = text[segs[j].seg.start : segs[j].seg.end]
            # the last figures are the cells ('Name 3 2.1 % …': a version closing the name is no cell); a row
            # cut short keeps the ones it has, the first of them a score's ('2.1 %', '97.9'), no version's
            cells = list(_FLAT_CELL.finditer(row))[-len(cols) :]
            if rows and "%" in rows[0][1]:
                # the rows above open on a percentage: a bare figure before this row's first percentage closes
                # its name ('Quillon 1.5 4.8 %', a row cut short after its first cell)
                while cells and "%" not in cells[0].group():
                    cells.pop(0)
            short = len(cells) < len(cols)
            name = row[: cells[0].start()].strip() if cells else ""
            if not name or len(name.split()) > 6 or row[cells[-1].end() :].strip():
                break
            if short and not re.search(r"[%.]", cells[0].group()):
                break
            if sum(1 for w in name.split() if w.isalpha() and w.islower()) >= 2:
                break  # a line of words ('Systems entered this quarter 11 7'): a count, no model's row
            if any(row[a.end() : b.start()].strip() for a, b in itertools.pairwise(cells)):
                break  # words between two figures: not one cell per column
            rows.append((name, *(c.group() for c in cells)))
            evs.append(view.evidence(segs[j].seg.start, segs[j].seg.end))
            j += 1
            if short:
                break  # a row cut short ends the table
        if len(rows) >= 2:
            view.table_segs.update(range(i, j))
            out.append(
                ((hm.group("corner"), *cols), rows, evs, sv.seg.start, segs[j - 1].seg.end, "flat_table")
            )
    return out


Bench = tuple[str, str | None, list[tuple[str, str]]]
# a row or column of how long the replies were ('Mean Length (words)'; board_words.jsonl, kind 'length'): no
# score of the board
_LENGTH = re.compile(r"(?i)\b" + word_alternation(board_words("length")) + r"\b")


def board_rate_rows(
    view: DocView, grid: Grid, known: Sequence[Bench | None]
) -> tuple[Grid, list[Bench | None]]:
    """A rate board turned on its side (models across, one row per rate): each rate row is the board's, its
    label the metric, and a coverage or a length row is dropped; the grid and `known` (each row's benchmark
    as the caller read it) stay as they are unless two rows or more are rates of the one board named above."""
    ctx = grid.context
    if ctx is None or grid.pos < 0 or not any("rate" in r[0].lower() for r in grid.rows if r):
        return grid, list(known)
    labels = [r[0].strip() if r else "" for r in grid.rows]
    rates = [i for i, label in enumerate(labels) if _rate_head(label)]
    if len(rates) < 2 or not _one_board(view, grid, ctx.canonical):
        return grid, list(known)
    setting = bench_setting(view, ctx)
    keep = [i for i, label in enumerate(labels) if not (_COVERAGE.match(label) or _LENGTH.search(label))]
    out: list[Bench | None] = [
        (ctx.canonical, ctx.unit, [*setting, ("metric", labels[i].lower())]) if i in rates else known[i]
        for i in keep
    ]
    rows = tuple(grid.rows[i] for i in keep)
    evs = tuple(grid.evidence[i] for i in keep if i < len(grid.evidence))
    return replace(grid, rows=rows, evidence=evs), out
