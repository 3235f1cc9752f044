"""The grid every table shape becomes, and its repair before it is read.

Text extraction loses a table's merged cells: a cell spanning rows is written once and the rows under it are
one cell short (their cells run left, an empty cell at the end), a header is split over two rows, a column
of categories stands before the benchmarks. Each repair here works on the grid alone, whatever shape the
table came in (pipes, one cell per line, glued, aligned), so `tables.read_grid` reads one clean grid.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import combinations

from extractors.facts.conditions import conditions_in
from extractors.facts.document import DocView, Ref, SegView
from extractors.facts.lone_benchmark import other_benchmark_shapes
from extractors.facts.table_cells import (
    BENCH_CORNER,
    FIGURE_CELL,
    METRIC_WORDS,
    NA,
    SETTING_TAIL,
    cell_refs,
    header_bench,
    model_from_cell,
)
from schema.records import Evidence


@dataclass(frozen=True, slots=True)
class Grid:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    evidence: tuple[Evidence, ...]
    context: Ref | None  # the benchmark a generic score column means
    method: str
    intro: tuple[tuple[str, str], ...] = ()  # settings the lines before state for the whole table
    pos: int = -1  # where the table starts in the text (-1: not in it)


def header_rows(grid: Grid) -> Grid:
    """A header written on two rows: the rows under it with an empty first cell and no figure continue it,
    a model's name split in two ('Claude' over 'Opus 4.6') or its setting under it ('(Thinking)', 'Pass@1').
    """
    header, rows, evs = list(grid.header), list(grid.rows), list(grid.evidence)
    while rows and not rows[0][0].strip() and any(c.strip() for c in rows[0]):
        row = rows[0]
        if any(FIGURE_CELL.match(c) or NA.fullmatch(c.strip()) for c in row[1:] if c.strip()):
            break
        for j, c in enumerate(row[: len(header)]):
            c = c.strip()
            if c:
                tail = f"({c})" if SETTING_TAIL.fullmatch(c) and not c.startswith("(") else c
                header[j] = f"{header[j].strip()} {tail}".strip()
        rows.pop(0)
        if evs:
            evs.pop(0)
    if len(rows) == len(grid.rows):
        return grid
    return replace(grid, header=tuple(header), rows=tuple(rows), evidence=tuple(evs))


# a name cell with a note after a middle dot ('Name 3 70B Instruct · 70.6B', 'Name · Lab')
_DOT_TAIL = re.compile(r"(?P<head>[^·•]*[A-Za-z][^·•]*?)\s+[·•]\s+[^·•]{1,30}")


def dot_tails(grid: Grid) -> Grid:
    """A column whose cells mostly carry a note after a middle dot ('Name · 70.6B', 'Name · Lab'): the note
    says something about the name (its size, its lab) and is no part of it, so it goes."""
    rows = [list(r) for r in grid.rows]
    changed = False
    width = max((len(r) for r in rows), default=0)
    for j in range(width):
        heads = [_DOT_TAIL.fullmatch(r[j].strip()) if j < len(r) else None for r in rows]
        if sum(1 for h in heads if h) * 2 < len(rows) or sum(1 for h in heads if h) < 2:
            continue
        for r, h in zip(rows, heads, strict=True):
            if h is not None:
                r[j] = h.group("head").strip()
                changed = True
    if not changed:
        return grid
    return replace(grid, rows=tuple(tuple(r) for r in rows))


def glued_cells(grid: Grid) -> Grid:
    """A name cell with another cell of its row glued to its end ('Name-5.1Lab' beside a 'Lab' cell, as a
    board's name cell carries its lab's line): the other cell is its own column's, so it goes from the name.
    Only where the join has no space (a lower-case letter or a figure, then the other cell's capital)."""
    rows = [list(r) for r in grid.rows]
    changed = False
    for r in rows:
        words = {c.strip() for c in r if _GLUE_WORD.fullmatch(c.strip())}
        for j, c in enumerate(r):
            cell = c.strip()
            for w in words:
                head = cell[: -len(w)]
                if (
                    cell != w
                    and cell.endswith(w)
                    and re.search(r"[a-z0-9)]$", head)
                    and re.search(r"\d", head)
                ):
                    r[j] = head
                    changed = True
                    break
    if not changed:
        return grid
    return replace(grid, rows=tuple(tuple(r) for r in rows))


# a cell that may be glued to a name: a capitalised word or two ('Baidu', 'Moonshot AI', 'DeepSeek-AI')
_GLUE_WORD = re.compile(r"[A-Z][\w.-]{2,}(?: [A-Z][\w.-]*)?")


_STACKED = re.compile(r"[-+]?\d+(?:\.\d+)?%?\*?(?:\s+[-+]?\d+(?:\.\d+)?%?\*?)+")


def stacked_rows(grid: Grid, is_bench: Callable[[str], bool]) -> Grid:
    """A row holding two rows or more, each cell's lines joined by a space (a cell's line breaks lost):
    'MGSM MATH' over '80.6 80.4', '53.5 44.6', …; where every figure cell holds the same n figures and one
    cell splits into n benchmarks we know, the row becomes n rows (the other cells repeated)."""
    if not any(_STACKED.fullmatch(c.strip()) for r in grid.rows for c in r):
        return grid
    rows: list[tuple[str, ...]] = []
    evs: list[Evidence] = []
    changed = False
    for k, r in enumerate(grid.rows):
        ev = grid.evidence[k] if k < len(grid.evidence) else None
        counts = {len(c.split()) for c in r if _STACKED.fullmatch(c.strip())}
        figs = [c for c in r if FIGURE_CELL.match(c.strip())]
        n = next(iter(counts)) if len(counts) == 1 else 0
        split = None
        if n and len(figs) >= 2 and all(_STACKED.fullmatch(c.strip()) or NA.match(c.strip()) for c in figs):
            split = next(
                (
                    (j, names)
                    for j, c in enumerate(r)
                    if not FIGURE_CELL.match(c.strip()) and (names := _split_benches(c, n, is_bench))
                ),
                None,
            )
        if split is None:
            rows.append(r)
            if ev is not None:
                evs.append(ev)
            continue
        j0, names = split
        for i in range(n):
            cells = []
            for j, c in enumerate(r):
                parts = c.split()
                cells.append(names[i] if j == j0 else parts[i] if _STACKED.fullmatch(c.strip()) else c)
            rows.append(tuple(cells))
            if ev is not None:
                evs.append(ev)
        changed = True
    if not changed:
        return grid
    return replace(grid, rows=tuple(rows), evidence=tuple(evs) if grid.evidence else grid.evidence)


def _split_benches(cell: str, n: int, is_bench: Callable[[str], bool]) -> list[str] | None:
    """`cell` cut into n benchmarks we know, each one word or more ('MGSM MATH', 'AIME 2024 AIME 2025')."""
    words = cell.split()
    if len(words) < n or len(words) > 8:
        return None
    for cuts in combinations(range(1, len(words)), n - 1):
        bounds = [0, *cuts, len(words)]
        names = [" ".join(words[a:b]) for a, b in itertools.pairwise(bounds)]
        if all(is_bench(nm) for nm in names):
            return names
    return None


def corner_glued(grid: Grid, is_bench: Callable[[str], bool]) -> Grid:
    """A corner word run into the first name of a header with an empty corner cell ('', 'Model AIME 2024',
    'AIME 2025'): the corner gets its word back and the name its cell."""
    h = grid.header
    if len(h) < 3 or h[0].strip():
        return grid
    m = _CORNER_WORD.match(h[1].strip())
    if m is None or not is_bench(h[1].strip()[m.end() :]):
        return grid
    return replace(grid, header=(m.group(1), h[1].strip()[m.end() :], *h[2:]))


_CORNER_WORD = re.compile(r"(?i)(models?|benchmarks?|tasks?)\s+(?=\S)")


def header_overflow(grid: Grid, is_name: Callable[[str], bool]) -> Grid:
    """A header row too long for its line, wrapped onto the next ('Benchmark | Setting | M1 | M2' then
    'M3 | M4'): a first row of names alone, no figure, that makes the header as wide as the rows under it
    continues the header."""
    if len(grid.rows) < 2:
        return grid
    first = [c.strip() for c in grid.rows[0] if c.strip()]
    width = max(len(r) for r in grid.rows[1:])
    if (
        not first
        or len(grid.header) + len(first) != width
        or any(FIGURE_CELL.match(c) or NA.fullmatch(c) for c in first)
        or not all(is_name(c) for c in first)
    ):
        return grid
    return replace(grid, header=(*grid.header, *first), rows=grid.rows[1:], evidence=grid.evidence[1:])


_FIGURE_START = re.compile(r"\s*[~<>≈$+±-]?\d")
_WORD = re.compile(r"[^\W\d_]+")


def _kind(cell: str) -> str:
    c = cell.strip()
    if not c:
        return ""
    return "fig" if _FIGURE_START.match(c) or NA.fullmatch(c) else "text"


_MODEL_HEAD = re.compile(
    r"(?i)models?|model\s+name|name|llm|system|modell|mod[eè]le|modelo|modello|モデル名?|모델(?:\s*명)?|模型(?:名称)?"
)


def group_cells(grid: Grid) -> Grid:
    """A column of groups under a header cell that spans it and the names ('Model' over 'Open weights' and
    'Name-4'): each group's name is written once, on its group's first row, so that row is one cell wider
    than the header while the rows under it fit the header (an empty cell at their end). Where the row
    lines up with the others' kinds of cell (figure or text) without its first cell and not with it, that
    first cell is the group's name and goes."""
    n = len(grid.header)
    rows = [_trimmed(r) for r in grid.rows]
    fitting = [r for r in rows if len(r) == n and r[0].strip()]
    wide = [i for i, r in enumerate(rows) if len(r) == n + 1 and _kind(r[0]) == _kind(r[1]) == "text"]
    if n < 3 or not wide or len(fitting) < max(2, len(wide)):
        return grid
    kinds: list[str] = []
    for j in range(n):
        top = Counter(_kind(r[j]) for r in fitting).most_common(1)[0]
        kinds.append(top[0] if top[1] * 2 > len(fitting) else "")

    def fits(cells: tuple[str, ...]) -> bool:
        return all(not kinds[j] or not c.strip() or _kind(c) == kinds[j] for j, c in enumerate(cells))

    out = list(grid.rows)
    for i in wide:
        if fits(rows[i][1:]) and not fits(rows[i][:n]):
            out[i] = rows[i][1:]
    return replace(grid, rows=tuple(out)) if out != list(grid.rows) else grid


def _trimmed(row: tuple[str, ...]) -> tuple[str, ...]:
    k = len(row)
    while k > 1 and not row[k - 1].strip():
        k -= 1
    return row[:k]


def realign(grid: Grid) -> Grid:
    """Rows one or two cells short (a cell spanning rows above them, written once, so their cells ran left
    and the row ends empty) get their holes back where their cells then line up with the kinds (figure or
    text) the full rows hold in each column; a hole in a text column takes the cell above it (the spanning
    cell: 'Reasoning', 'HLE'). A row that lines up as it stands is left so."""
    n = len(grid.header)
    full = [r for r in grid.rows if len(r) == n and r[0].strip() and r[-1].strip()]
    if n < 3 or not full or len(full) == len(grid.rows):
        return grid
    kinds: list[str] = []
    for j in range(n):
        top = Counter(_kind(r[j]) for r in full).most_common(1)[0]
        kinds.append(top[0] if top[1] * 2 > len(full) else "")

    words = [{w for r in full for w in _WORD.findall(r[j].lower())} for j in range(n)]

    def fit(cells: list[str]) -> tuple[float, float]:
        # a hole costs a little, except under a spanning label (a text column) or right after a text cell
        # in a figure column, which spans the hole ('No multimodal support' across two models); between
        # places that fit as well, the one where the row's words are the column's words ('w/ tools' under
        # 'no tools', a model's name under the names)
        kind_fit = sum(
            (1 if _kind(c) == kinds[j] else -1)
            if c.strip()
            else -0.5
            * (kinds[j] == "fig" and not (j and kinds[j - 1] == "fig" and _kind(cells[j - 1]) == "text"))
            for j, c in enumerate(cells)
            if kinds[j]
        )
        alike = sum(
            len(ws & words[j]) / len(ws)
            for j, c in enumerate(cells)
            if _kind(c) == "text" and (ws := set(_WORD.findall(c.lower())))
        )
        return kind_fit, alike

    out: list[tuple[str, ...]] = []
    changed = False
    for r in grid.rows:
        cells = list(r[:n])
        while len(cells) > 1 and not cells[-1].strip():
            cells.pop()
        short = n - len(cells)
        if short < 1 or short > 2 or len(cells) < 2 or not cells[0].strip():
            out.append(r)
            continue
        best, best_fit = None, fit(cells + [""] * short)
        for holes in combinations(range(n), short):
            if any(_MODEL_HEAD.fullmatch(grid.header[j].strip()) for j in holes):
                continue  # a row has its own model under a 'Model' column, never one spanning above
            it = iter(cells)
            cand = ["" if j in holes else next(it) for j in range(n)]
            f = fit(cand)
            if f > best_fit:
                best, best_fit = (cand, holes), f
        if best is None:
            out.append(r)
            continue
        cand, holes = best
        above = out[-1] if out else ()
        for j in holes:
            if kinds[j] == "text" and j < len(above):
                cand[j] = above[j]
        out.append(tuple(cand))
        changed = True
    return replace(grid, rows=tuple(out)) if changed else grid


_SECTION_HEAD = re.compile(r"(?i)tasks?|categor(?:y|ies)|domains?|areas?|capabilit(?:y|ies)|skills?")
_NAMES_HEAD = re.compile(r"(?i)datasets?|benchmarks?")


def label_column(grid: Grid, is_bench: Callable[[str], bool]) -> Grid:
    """'Category | Benchmark | Shots | M1 | M2': a column of categories before the benchmarks. When the
    first column holds few benchmarks and the second or third holds them in most rows, that column labels
    the rows and the columns before it (sections, never figures) are left out."""
    rows = [r for r in grid.rows if r]
    if len(grid.header) < 3 or len(rows) < 2:
        return grid

    def count(j: int) -> int:
        return sum(1 for r in rows if j < len(r) and is_bench(r[j].strip()))

    first = count(0)
    if first * 2 >= len(rows):
        return grid
    if (
        _SECTION_HEAD.fullmatch(grid.header[0].strip())
        and _NAMES_HEAD.fullmatch(grid.header[1].strip())
        and all(_kind(r[0]) != "fig" for r in rows)
    ):
        # 'Task | Dataset | Result': the header says the second column names the benchmarks, known or not
        return replace(grid, header=grid.header[1:], rows=tuple(r[1:] for r in grid.rows))
    for j in (1, 2):
        c = count(j)
        if c * 2 >= len(rows) and c > first and all(_kind(r[k]) != "fig" for r in rows for k in range(j)):
            return replace(grid, header=grid.header[j:], rows=tuple(r[j:] for r in grid.rows))
    return grid


def fill_down(rows: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """A row whose first cell is empty under a labelled row ('| HLE | no tools | … |', then '| | w/ tools |
    … |') shares that label: a merged cell that text extraction left empty."""
    out: list[tuple[str, ...]] = []
    label = ""
    for r in rows:
        if r and not r[0].strip() and label and len(r) > 2 and any(c.strip() for c in r[1:]):
            r = (label, *r[1:])
        elif r:
            label = r[0]
        out.append(r)
    return tuple(out)


def empty_columns(grid: Grid) -> Grid:
    """A column with a header and not one filled cell under it is a section's title or a spacer (a table
    turned on its side keeps its section rows so: 'Reasoning & Knowledge' over nothing); it goes."""
    n = len(grid.header)
    rows = [r for r in grid.rows if r]
    if n < 3 or len(rows) < 2:
        return grid
    empty = {j for j in range(1, n) if all(j >= len(r) or not r[j].strip() for r in rows)}
    if not empty or len(empty) >= n - 1:
        return grid
    keep = [j for j in range(n) if j not in empty]
    return replace(
        grid,
        header=tuple(grid.header[j] for j in keep),
        rows=tuple(tuple(r[j] for j in keep if j < len(r)) for r in grid.rows),
    )


_RANK_CELL = re.compile(r"#?\d{1,3}\.?")


def names_row(grid: Grid, is_header_word: Callable[[str], bool]) -> Grid:
    """A leaderboard turned on its side ('# | 1 | 2 | 3' over 'Model | A | B | C' and 'Score | …'): the
    row its label calls the models' ('Model', 'Name') is the header; the ranks above it go."""
    if len(grid.header) < 3 or not all(_RANK_CELL.fullmatch(c.strip()) for c in grid.header[1:] if c.strip()):
        return grid
    for i, r in enumerate(grid.rows):
        if r and is_header_word(r[0].strip()):
            return replace(
                grid,
                header=r,
                rows=grid.rows[:i] + grid.rows[i + 1 :],
                evidence=grid.evidence[:i] + grid.evidence[i + 1 :],
            )
    return grid


def named_header(cell: str) -> str:
    """A model's header cell with its metric word after it ('Tarn-3 Score' -> 'Tarn-3'; 'Best Score' ->
    'Best', no model)."""
    m = re.search(r"\s+" + METRIC_WORDS.pattern.strip(r"\s*") + r"\s*$", cell, re.I)
    return cell[: m.start()] if m and m.start() > 0 else cell


def name_columns(view: DocView, grid: Grid) -> list[tuple[int, int]]:
    """'Best Competitor | Best Score' beside benchmark rows: a column whose cells name a model row by row,
    the figures right after it that model's; (name column, value column) pairs. A name we do not know counts
    when it is shaped like one (a model a page names first is no reason to drop its table), except in a
    column the header calls benchmarks."""
    rows = [r for r in grid.rows if r]
    out: list[tuple[int, int]] = []
    for j in range(1, len(grid.header) - 1):
        names = [r[j] for r in rows if j < len(r) and not NA.match(r[j].strip() or "-")]
        figures = [r[j + 1] for r in rows if j + 1 < len(r) and FIGURE_CELL.match(r[j + 1])]
        shaped = not BENCH_CORNER.fullmatch(grid.header[j].strip())
        if (
            len(names) >= 2
            and len(figures) >= len(names)
            and sum(1 for c in names if names_model(view, c, shaped)) * 4 >= 3 * len(names)
        ):
            out.append((j, j + 1))
    return out


# a model's name by its shape: a word, then a version, a size or an id ('Orbit 3 Ultra', 'nova o4-1217',
# 'tarn-4-6-thinking', 'Vale2.5-Max'); a figure glued to a word ('Accuracy89.6') has no version's short parts
# and a year after a word is a date or an edition ('August 2025')
NAME_SHAPE = re.compile(
    r"[A-Za-z][A-Za-z.'+/-]*(?:[ -][A-Za-z][A-Za-z.'+/-]*){0,2}[ -]?[A-Za-z]?"
    r"(?:\d(?:\.\d{1,2})?|(?!19\d\d|20\d\d)\d{2,4}(?![.,]\d))(?!\d)[\w.+/ -]*"
)


def names_model(view: DocView, cell: str, shaped: bool = True) -> bool:
    """A cell naming a model: one we know, or (`shaped`) one shaped like a model's name that reads as one
    where a header says so (not a benchmark, a price or a figure)."""
    if header_bench(view, cell):
        return False
    if model_from_cell(view, cell, False):
        return True
    name = re.sub(r"\s*\([^)]*\)\s*$", "", cell).strip()
    return shaped and NAME_SHAPE.fullmatch(name) is not None and model_from_cell(view, cell, True) is not None


def context_before(view: DocView, pos: int, later: bool = True) -> Ref | None:
    """The benchmark a table is about: the title's one benchmark, else the last one named before it, else
    (`later`) the page's one benchmark wherever it is named."""
    title = view.segs[0] if view.segs and view.segs[0].seg.kind == "heading" else None
    if title is not None:
        tb = list(dict.fromkeys(r.canonical for r in title.refs if r.kind == "benchmark"))
        if len(tb) == 1:
            return next(r for r in title.refs if r.kind == "benchmark")
    best: Ref | None = None
    named: Counter[str] = Counter()
    refs: dict[str, Ref] = {}
    last: SegView | None = None
    for sv in view.segs:
        if sv.seg.start >= pos:
            break
        for r in sv.refs:
            if r.kind == "benchmark":
                best = r
                named[r.canonical] += 1
                refs.setdefault(r.canonical, r)
        last = sv
    # the line introducing the table names it ('The older MMLU still separates them:'): that one
    intro = (
        last is not None
        and best is not None
        and last.seg.start <= best.start < last.seg.end
        and view.text[last.seg.start : last.seg.end].rstrip().endswith(":")
    )
    if best is not None and not intro:
        # the base name of a variant the page names more often ('OSWorld' on a page about OSWorld-Verified)
        # means that variant
        variants = [
            b for b in named if b.startswith(best.canonical + "-") and named[b] > named[best.canonical]
        ]
        if len(variants) == 1:
            return refs[variants[0]]
    if best is not None and other_benchmark_shapes(view.text[best.end : pos], (), best.canonical):
        return None  # a test the readers did not resolve is named after it, nearer the table
    return best or (view.unique_benchmark if later else None)


def headed(view: DocView, bench: str, pos: int) -> bool:
    """Whether a heading (or the title, or the page's first line) before `pos` names `bench`."""
    title = view.article.title or ""
    if title and any(m.canonical == bench for m in cell_refs(view, title) if m.kind == "benchmark"):
        return True
    return any(
        (sv.seg.kind == "heading" or sv.index == 0)  # (the page's first line: its title, as extracted)
        and any(r.kind == "benchmark" and r.canonical == bench for r in sv.refs)
        for sv in view.segs
        if sv.seg.start < pos
    )


_TABLE_INTRO = re.compile(
    r"(?i)\b(?:all|every|each)\s+(?:of\s+the\s+)?(?:runs?|results?|scores?|numbers?|figures?|evaluations?|"
    r"models?)\b|\b(?:below|as follows|the table)\b|:\s*$"
)


def intro_settings(view: DocView, pos: int) -> tuple[tuple[str, str], ...]:
    """Settings a scorecard's intro states for the table below ('All runs use pass@1 with tools:')."""
    prev = None
    for sv in view.segs:
        if sv.seg.end > pos:
            break
        prev = sv
    if prev is None or prev.seg.kind not in ("sentence", "item", "line"):
        return ()
    sent = view.text[prev.seg.start : prev.seg.end]
    if not _TABLE_INTRO.search(sent):
        return ()
    return tuple(conditions_in(sent).items())
