"""A grid read both ways round: what a table says does not depend on which way its author turned it.

A table of models and benchmarks comes with the models down the side or across the top, and a leaderboard
with one row per model or one row per field ('Rank | 1 | 2 | 3' over 'Model | A | B | C' over 'Score | ...').
The readers of `tables.read_grid` know the common orientations, but every rule they hold about a header row
(a 'Model' corner, settings across, a 'Benchmark' corner over benchmark names) has a twin about the first
column that they do not all know. Rather than writing each rule twice, a table grid that does not stand
upright (benchmarks we know down its first column) is read again turned over (rows become columns); the
turned reading is kept only where it finds more (model, benchmark) pairs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from extractors.facts.document import DocView
from extractors.facts.grids import Grid
from extractors.facts.model_rows import EFFORT_LABEL
from extractors.facts.table_cells import cell_refs, header_bench, model_from_cell
from schema.records import AttributeFact, Evidence, ScoreFact

# a year, a month, a date or a version in a label: when a table was written or which release, never a setting
_NOT_SETTING = re.compile(
    r"(?i)\b(?:1[89]|20)\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|"
    r"^\s*v?\d+(?:\.\d+)*\s*$|^\s*v\d"
)
Reading = tuple[list[ScoreFact], list[AttributeFact]]
# the grids that are tables (pipes, HTML, one cell per line, glued or flattened rows), not lists of records
_TABLES = frozenset({"pipe_table", "table", "cell_lines", "glued_table", "flat_table"})


def turned(view: DocView, grid: Grid) -> Grid | None:
    """The grid with rows and columns swapped: the first column becomes the header, each other column a row.
    None for a grid too small or too ragged to turn (a row longer than the header, or fewer than two rows
    or columns either way); a row shorter than the header is padded with empty cells."""
    width = len(grid.header)
    rows = [r for r in grid.rows if any(c.strip() for c in r)]
    if width < 3 or len(rows) < 2 or any(len(r) > width for r in rows):
        return None
    matrix = [list(grid.header)] + [list(r) + [""] * (width - len(r)) for r in rows]
    cols = [tuple(m[j] for m in matrix) for j in range(width)]
    spans = [e for e in grid.evidence if e.start >= 0]
    if spans:
        a, b = min(e.start for e in spans), max(e.end for e in spans)
        ev = Evidence(view.article.text[a:b], a, b)
        evs = tuple(ev for _ in cols[1:])
    else:
        evs = tuple(Evidence(" | ".join(c), -1, -1) for c in cols[1:])
    return replace(grid, header=cols[0], rows=tuple(cols[1:]), evidence=evs)


def read_either_way(view: DocView, grid: Grid, read: Callable[[DocView, Grid], Reading]) -> Reading:
    """The grid's reading as it stands, or turned over where that reading finds more scores."""
    s, a = read(view, grid)
    # benchmarks we know down the first column: the grid stands the way its reader expects, and turned, the
    # header's cells (names that reader refused) would become rows of models
    labels = [r[0].strip() for r in grid.rows if r and r[0].strip()]
    benches = sum(1 for c in labels if header_bench(view, c) is not None)
    upright = bool(labels) and benches * 2 >= len(labels)
    other = turned(view, grid) if grid.method in _TABLES and not upright else None
    if other is None:
        return s, a
    s2, a2 = read(view, other)
    # the turned reading stands on the grid's own names: a model taken from the text before the table (one
    # model's results) is the reading of a table the right way round, and a label turned into the header
    # that names no model ('Agents', 'Low') gives nothing
    cells = [*grid.header, *(c for r in grid.rows for c in r)]
    s2 = [f for f in s2 if _named(view, f.model_surface, cells)]
    # and on the grid's own benchmarks: a benchmark no cell names, taken from the text before, is the turned
    # grid's only where its new header (the rows' labels) holds settings or parts of one run ('@1h', 'High');
    # rows of years, dates or versions ('2025', 'v2') are no settings of a benchmark the prose named
    # (a board's one score row, 'Rating', has no setting: its benchmark comes from the text, as upright)
    named = {b[0] for c in cells if (b := header_bench(view, c.strip())) is not None} | {
        m.canonical for c in cells for m in cell_refs(view, c) if m.kind == "benchmark"
    }
    s2 = [f for f in s2 if _own_bench(f, named, cells) or f.setting is None or _setting_label(f.setting)]
    # against an upright reading that found results, the turned one's benchmarks no cell names count only
    # where they are no more than those it does (as new benchmark columns beside known ones are read
    # upright): one head we know before breakdown columns ('| Model | B | Region A | Region B |') does not
    # make those heads benchmarks once they are turned into row labels
    upright_benches = {f.benchmark for f in s} | named
    known = {f.benchmark for f in s2 if f.benchmark in upright_benches}
    new = {f.benchmark for f in s2} - known
    counted = [f for f in s2 if f.benchmark in known] if s and len(new) > len(known) else s2
    if _pairs(counted) > _pairs(s):
        names = {f.model for f in s2}
        return s2, [x for x in a2 if x.subject in names]
    return s, a


def _named(view: DocView, surface: str, cells: list[str]) -> bool:
    """A turned reading's model is a cell's name, one we know or one with a version in it: a section row's
    word ('Agents', 'Knowledge') turned into the header is no model."""
    if not any(surface in c for c in cells) or EFFORT_LABEL.fullmatch(surface):
        return False  # (an effort level across the header, 'Low' or 'Max', is a setting of one model)
    return bool(re.search(r"\d", surface)) or model_from_cell(view, surface, False) is not None


def _own_bench(fact: ScoreFact, benches: set[str], cells: list[str]) -> bool:
    """Whether the grid names a fact's benchmark: one we know in a cell, or the cell its name was read from
    (a benchmark we do not know, 'Name Agent v2', by its name)."""
    name = fact.benchmark.lower()
    return fact.benchmark in benches or any(name in c.lower() for c in cells)


def _setting_label(label: str | None) -> bool:
    """A row label that can be a setting or a part of one benchmark's run ('@1h', '5-shot', 'High', a task
    category): anything but a year, a month, a date or a version, which say when or which release."""
    return bool(label) and not _NOT_SETTING.search(label or "")


def _pairs(scores: list[ScoreFact]) -> int:
    """How many models' results on how many benchmarks a reading finds: two values of one model on one
    benchmark (two settings) count once, as a misread column often gives a model a second value."""
    return len({(f.model, f.benchmark) for f in scores})
