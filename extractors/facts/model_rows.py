"""Tables with one model per row: a model column, benchmark or attribute columns, maybe a rank column and a
generic score column whose benchmark comes from the caption or the text around it; and tables whose rows are
one model's effort settings. `tables.read_grid` picks the orientation.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from extractors.facts.board_grids import count_column, fraction_column, tally_column, without_makers
from extractors.facts.board_metrics import board_rate_columns
from extractors.facts.board_strays import board_takes, own_heads, stray_heads
from extractors.facts.boards import Boards
from extractors.facts.conditions import conditions_in, join_settings
from extractors.facts.document import DocView, is_object_text
from extractors.facts.grids import Grid, headed
from extractors.facts.mentions import GENERIC_COLUMN
from extractors.facts.metric_columns import Column, metric_columns, own_benchmark_head
from extractors.facts.numbers import parse_rank
from extractors.facts.rank_tables import table_board, whole_name
from extractors.facts.sized_members import said_elsewhere
from extractors.facts.table_cells import (
    NA,
    attr_value,
    bench_setting,
    cell_refs,
    header_bench,
    model_from_cell,
    score_value,
    unglued,
)
from extractors.facts.table_columns import (
    ATTR_COLS,
    DATASET_HEAD,
    ERROR_HEAD,
    METRIC_HEAD,
    NEW_BENCH_HEAD,
    RANK_HEAD,
    SCORE_HEAD,
    SKIP_HEAD,
    SUMMARY_HEAD,
)
from schema.records import AttributeFact, Evidence, ScoreFact

# a rank cell holding two places: '1 / 18', '#3/#39'
_PLACE_PAIR = re.compile(r"#?(\d{1,4})\s*/\s*#?(\d{1,4})")
# a score column that names its own measure, a name we do not know ('VistaBoard Score', 'OpenCompass得分'):
# one camel-cased word left beside the score word ('MMBench' too; never a metric's acronym: 'BLEU Score',
# 'PPL'), which is no generic score column of the benchmark the table is about
_OWN_NAME = re.compile(r"[A-Z][a-z]+[A-Z][\w.+-]*|[A-Z]{2,}[a-z]+[\w.+-]*")


def _names_own_measure(head: str) -> bool:
    if not SCORE_HEAD.search(head):
        return False
    rest = re.sub(r"[\s()\[\]:/-]+", " ", SCORE_HEAD.sub(" ", head)).strip()
    return _OWN_NAME.fullmatch(rest) is not None


def _two_places(rows: Sequence[Sequence[str]], j: int) -> bool:
    """A rank column whose cells each hold two places ('1 / 18', '2 / 27', '3 / 39'), the second never above
    the first, rising down the rows and not the same on every row: each model's place on a narrower board and
    on the whole one (among open models / overall). One second number on every row is the field's size
    ('3 / 120'), no place."""
    pairs = [_PLACE_PAIR.fullmatch(r[j].strip()) if j < len(r) else None for r in rows]
    if len(pairs) < 3 or not all(pairs):
        return False
    nums = [(int(p.group(1)), int(p.group(2))) for p in pairs if p is not None]
    seconds = [b for _, b in nums]
    return all(b >= a for a, b in nums) and seconds == sorted(seconds) and len(set(seconds)) > 1


def _benchmark_column(view: DocView, grid: Grid, j: int, head: str) -> bool:
    """Column j names each row's benchmark: under a dataset word, in half its rows or more; under a header
    word we do not know ('評估體系'), in every row, two benchmarks or more ('Suite | Model | Score' with each
    suite's cell spanning its models' rows). Its cells are looked up only for a column that may be one."""
    head = head.strip()
    cells = [r[j].strip() if j < len(r) else "" for r in grid.rows]
    if DATASET_HEAD.fullmatch(head):
        return sum(1 for c in cells if header_bench(view, c)) * 2 >= len(grid.rows)
    if header_bench(view, head) is not None:
        return False  # (a benchmark's own column)
    named: set[str] = set()
    for c in cells:
        b = header_bench(view, c) if c else None
        if b is None:
            return False  # (one row without a benchmark ends the look-ups)
        named.add(b[0])
    return len(named) >= 2


def read_model_rows(view: DocView, grid: Grid, model_col: int) -> tuple[list[ScoreFact], list[AttributeFact]]:
    grid = without_makers(grid, model_col)
    scores: list[ScoreFact] = []
    attrs: list[AttributeFact] = []
    cols: _Cols = {}
    # one fact per row ('Dataset | Metric | Value | Model'): the row's own benchmark for a generic value
    # column
    dataset_col = next(
        (j for j, h in enumerate(grid.header) if j != model_col and _benchmark_column(view, grid, j, h)),
        -1,
    )
    generic: set[int] = set()
    in_context: list[int] = []  # the generic score columns read as the benchmark the table is about
    named: list[int] = []  # the columns of benchmarks we know
    for j, h in enumerate(grid.header):
        hs = h.strip()
        if j in (model_col, dataset_col):
            continue
        if RANK_HEAD.match(hs):
            cols[j] = ("rank", "", None, [])
            continue
        attr = next((a for rx, a in ATTR_COLS if rx.search(hs)), None)
        if attr:
            cols[j] = ("attr", attr, None, [])
            continue
        hb = header_bench(view, hs)
        if hb:
            cols[j] = ("bench", hb[0], hb[1], hb[2])
            named.append(j)
        elif SKIP_HEAD.search(hs):
            continue
        elif SCORE_HEAD.search(hs) and dataset_col >= 0:
            cols[j] = ("bench", "", None, [])
            generic.add(j)
        elif (
            (SCORE_HEAD.search(hs) or ERROR_HEAD.fullmatch(hs))
            and grid.context is not None
            and not _names_own_measure(hs)
        ):
            ctx = grid.context
            cols[j] = ("bench", ctx.canonical, ctx.unit, bench_setting(view, ctx))
            in_context.append(j)
    cols.update(_new_bench_columns(view, grid, cols, named, model_col))
    # the metrics beside a score column read as the page's benchmark ('Overall Score | BLEU | chrF++')
    # (else the rate columns of the one board the table stands under: '| Model | Slip Rate | Grounded Rate |')
    metrics = metric_columns(grid, cols, in_context, model_col) or board_rate_columns(
        view, grid, cols, model_col
    )
    cols.update(metrics)
    # the metrics beside one headline score: only they take their head as the setting; the headline stays
    # the board's score as the prose gives it, with none
    tagged = list(metrics) if len(in_context) < 2 else in_context + list(metrics)
    in_context += metrics
    # (a board's category column that shares a known test's name is one more of its categories)
    # (but a reference column of a test the page names, or an acronym's, keeps its test beside them)
    strays = stray_heads(view, grid, cols, named, in_context)
    kept = own_heads(view, grid, cols, strays)
    strays = [j for j in strays if j not in kept]
    if strays or kept or not any(kind == "bench" for kind, *_ in cols.values()):
        # (a rank or an attribute column beside them leaves the page's metric columns its benchmark's)
        has_rank = any(kind == "rank" for kind, *_ in cols.values())
        page = _page_bench_columns(view, grid, model_col, set(cols) - set(strays), has_rank)
        if not (strays or kept) or board_takes(page, strays, kept):
            cols.update(page)
    if tagged:
        # two measures of the one benchmark ('Percent completed correctly', 'Percent using correct edit
        # format'): each column's header is its values' metric, so they are no two values of one fact
        for j in tagged:
            kind, name, bunit, bparts = cols[j]
            cols[j] = (kind, name, bunit, [*bparts, ("metric", grid.header[j].strip().lower())])
    if any(kind in ("bench", "rank") for kind, *_ in cols.values()):
        # a bare 'Date' beside scores or ranks dates the result, not the model's release
        cols = {
            j: c
            for j, c in cols.items()
            if not (c[1] == "release_date" and grid.header[j].strip().lower() == "date")
        }
    # a table of one fact per row ('Dataset | Metric | Value | Model'): a row whose metric is a size, a cost
    # or a count ('Parameters (Billion)') holds no score
    metric_col = next((j for j, h in enumerate(grid.header) if METRIC_HEAD.fullmatch(h.strip())), -1)
    names = _variant_names(
        [model_from_cell(view, r[model_col], True) if model_col < len(r) else None for r in grid.rows],
        [r[model_col] if model_col < len(r) else "" for r in grid.rows],
    )
    two_boards = {j for j, (kind, *_) in cols.items() if kind == "rank" and _two_places(grid.rows, j)}
    # the board each rank column orders: the benchmark the table is about, else the one its section names
    ranked = {
        j: grid.context.canonical
        if grid.context is not None
        else table_board(view, grid.header, grid.rows, j, grid.pos, lambda: Boards(view))
        for j, (kind, *_) in cols.items()
        if kind == "rank"
    }
    for row, ev, mm in zip(grid.rows, grid.evidence, names, strict=False):
        if model_col >= len(row) or (0 <= metric_col < len(row) and SKIP_HEAD.search(row[metric_col])):
            continue
        if mm is None:
            continue
        model, mset, surface = mm
        model = _sized_in_column(view, model, row, cols, grid.evidence)
        for j, (kind, name, bunit, bparts) in cols.items():
            if j >= len(row) or NA.match(row[j].strip() or "-"):
                continue
            cell = row[j]
            # attribute columns read a model cell with a tag glued on again ('Name 4.6API Lab')
            owner = (unglued(view, row[model_col].strip()) if kind != "bench" else None) or model
            board = ranked.get(j) if kind == "rank" and whole_name(row[model_col], surface) else None
            if board is not None:
                rank = parse_rank(cell)
                plain = re.match(r"\s*(\d{1,4})\b", cell)
                if rank is None and plain:
                    rank = int(plain.group(1))
                if rank is not None:
                    attrs.append(
                        AttributeFact(
                            owner,
                            "leaderboard_rank",
                            str(rank),
                            ev,
                            0.85,
                            qualifier=board,
                            method=grid.method,
                        )
                    )
                pair = _PLACE_PAIR.fullmatch(cell.strip())
                if pair is not None and j in two_boards:
                    qual = f"{board} (overall)"
                    attrs.append(
                        AttributeFact(
                            owner,
                            "leaderboard_rank",
                            pair.group(2),
                            ev,
                            0.8,
                            qualifier=qual,
                            method=grid.method,
                        )
                    )
            elif kind == "attr":
                value = attr_value(cell, name)
                if value is not None:
                    attrs.append(AttributeFact(owner, name, value, ev, 0.85, method=grid.method))
            elif kind == "bench":
                if j in generic:
                    rb = header_bench(view, row[dataset_col].strip()) if dataset_col < len(row) else None
                    if rb is None:
                        continue
                    name, bunit, bparts = rb
                if (
                    j in in_context
                    and (in_cell := _named_in_cell(view, row[model_col].strip(), model)) is not None
                ):
                    # 'GPT-5.4 OSWorld | 75.0%': a row naming its benchmark beside its model is that one's,
                    # not the one the text names before the list
                    model, (name, bunit, bparts) = in_cell
                bname = name
                sv = score_value(cell, bunit)
                if sv is None:
                    continue
                own = [("model", mset)] if mset else []
                slots = with_intro(grid, with_head(own + list(bparts), row[model_col], model))
                scores.append(grid_score(grid, model, bname, sv, slots, ev, 0.9, surface, grid.header[j]))
    return scores, attrs


def _named_in_cell(
    view: DocView, cell: str, model: str
) -> tuple[str, tuple[str, str | None, list[tuple[str, str]]]] | None:
    """The benchmark a model cell names after the model's name ('Opus 4.6 SWE-bench'), if it names one, and
    the model without it where a name we did not know took it in ('Name 3 SWE-bench Pro')."""
    b = next((r for r in cell_refs(view, cell) if r.kind == "benchmark" and r.start > 0), None)
    if b is None or not cell[: b.start].strip():
        return None
    hb = header_bench(view, cell[b.start :])
    if hb is None:
        return None
    glued = model.endswith(cell[b.start :]) and len(model) > len(cell) - b.start
    return (model[: len(model) - (len(cell) - b.start)].strip() if glued else model), hb


def _new_bench_columns(view: DocView, grid: Grid, cols: _Cols, named: list[int], model_col: int) -> _Cols:
    """Benchmarks we do not know among those we do ('| Model | MMMU | GeoSketch(hard) | AIME 2025 |'): where
    columns that are benchmarks we know are no fewer than the new ones (one is enough: '| Model | Params |
    MMLU | GeoSketch |'), a column whose header is one word shaped like a benchmark's name and whose cells
    are figures is one, by its own name (its parentheses a subset), in the unit the known columns mostly
    use."""
    if not named:
        return {}
    rows = [r for r in grid.rows if len(r) > model_col]
    found: _Cols = {}
    for j, h in enumerate(grid.header):
        hs = h.strip()
        # (a column the header reader skipped, a size, a price or a speed, is none: 'VRAM', 'TPS')
        if j == model_col or j in cols or not rows or SKIP_HEAD.search(hs) or GENERIC_COLUMN.fullmatch(hs):
            continue
        m = NEW_BENCH_HEAD.fullmatch(hs)
        if m is None or SUMMARY_HEAD.fullmatch(m.group("name")) or model_from_cell(view, hs, False):
            continue
        figures = sum(1 for r in rows if j < len(r) and score_value(r[j], None) is not None)
        if figures * 2 >= len(rows):
            found[j] = (
                "bench",
                m.group("name"),
                None,
                [("subset", m.group("sub"))] if m.group("sub") else [],
            )
    if not found or len(named) < len(found):
        return {}
    units = [cols[j][2] for j in named]
    unit = Counter(units).most_common(1)[0][0] if units else None  # ties: the first column's unit
    return {j: (kind, name, unit, parts) for j, (kind, name, _u, parts) in found.items()}


def _page_bench_columns(view: DocView, grid: Grid, model_col: int, taken: set[int], ranked: bool) -> _Cols:
    """A benchmark's own page: models down the side and, across, columns that name no benchmark, attribute
    or rank but hold figures ('| Model | @2h | @4h |', '| Model | Easy | Hard |'): each column is a setting or
    a subset of the one benchmark the page is about (the only one it names, or the one the title or a
    heading before the table names). A rank or an attribute column beside them (`taken`) is none of them."""
    ctx = grid.context
    if ctx is None or own_benchmark_head(grid.header, model_col, ctx.canonical):
        return {}
    if (view.unique_benchmark is None or view.unique_benchmark.canonical != ctx.canonical) and not headed(
        view, ctx.canonical, grid.pos if grid.pos >= 0 else len(view.text)
    ):
        return {}
    rows = [r for r in grid.rows if len(r) > model_col]
    found: _Cols = {}
    for j, h in enumerate(grid.header):
        hs = h.strip()
        if j == model_col or j in taken or not hs or SKIP_HEAD.search(hs) or model_from_cell(view, hs, False):
            continue
        filled = [r[j] for r in rows if j < len(r) and not NA.match(r[j].strip() or "-")]
        figures = sum(1 for c in filled if score_value(c, ctx.unit) is not None)
        if figures and figures * 2 >= len(filled):  # ('–' where a model was not run)
            found[j] = ("bench", ctx.canonical, ctx.unit, [*bench_setting(view, ctx), ("subset", hs)])
    # (a size or a count beside the scores is none of them; a distance or an error keeps its own scale)
    found = {j: c for j, c in found.items() if not count_column(rows, j, list(found))}
    if ctx.unit == "%":
        found.update(
            {j: (c[0], c[1], None, c[3]) for j, c in found.items() if fraction_column(rows, j, list(found))}
        )
    if len(found) < 2:
        return {}
    # (a tally, a cost or a time beside them is none of them either: 'Tools used', '$ per task')
    return {j: c for j, c in found.items() if not tally_column(grid.header, rows, j, list(found), ranked)}


# the date an API id's snapshot ends with: '-2024-05-13', '-20240229', '-0613'
_SNAPSHOT = re.compile(r"-(?:20\d{2}-\d{2}-\d{2}|20\d{6}|[01]\d[0-3]\d)$")
# what may follow a family's name in a variant's cell: a base model or a tier ('Mistral', 'Yi-34B')
_VARIANT_TAIL = re.compile(r"\s+[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*)?")
# a checkpoint's tail joined to the model's id by hyphens: small words only ('-ft', '-rl-mix')
_ID_VARIANT = re.compile(r"(?:-[a-z][a-z0-9]*)+")


def _id_variant(surface: str, name: str) -> bool:
    """The surface is the model's id itself or it with a checkpoint's tail ('Kestrel-9B-dpo-ft')."""
    return surface.startswith(name) and (
        surface == name or _ID_VARIANT.fullmatch(surface[len(name) :]) is not None
    )


def _variant_names(
    names: Sequence[tuple[str, str | None, str] | None], cells: Sequence[str]
) -> list[tuple[str, str | None, str] | None]:
    """Rows of a model column that resolve to one model but go on differently after its name ('LLaVA-1.6
    Mistral', 'LLaVA-1.6 Yi-34B') are variants of it: each is named by its whole cell."""
    out = list(names)
    rows: dict[tuple[str, str | None], list[int]] = {}
    for i, nm in enumerate(names):
        if nm is not None:
            rows.setdefault((nm[0], nm[1]), []).append(i)
    for (name, setting), idx in rows.items():
        wholes = [re.sub(r"\s*\([^)]*\)\s*$", "", cells[i]).strip() for i in idx]
        surfaces = [nm[2] if (nm := names[i]) is not None else "" for i in idx]
        tails = [
            w[len(sf) :] if sf and w.startswith(sf) else "" for w, sf in zip(wholes, surfaces, strict=True)
        ]
        if len(idx) > 1 and len(set(surfaces)) == len(idx) and all(_id_variant(sf, name) for sf in surfaces):
            # rows of a model and its checkpoints ('Kestrel-9B' over 'Kestrel-9B-ft' and 'Kestrel-9B-rl-mix'):
            # each cell is a whole id that the mentions had folded into the model's own
            for i, sf in zip(idx, surfaces, strict=True):
                out[i] = (sf, setting, sf)
            continue
        if len(set(surfaces)) == len(idx) and all(_SNAPSHOT.search(sf) for sf in surfaces):
            # a dated snapshot of a model ('name-0613'; 'name-2024-05-13' beside 'name-2024-08-06'): the row
            # is that snapshot's, as the page names it, not the undated model's
            for i, sf in zip(idx, surfaces, strict=True):
                out[i] = (sf, setting, sf)
            continue
        if len(idx) < 2 or len(set(tails)) < len(idx) or not all(_VARIANT_TAIL.fullmatch(t) for t in tails):
            continue
        for i, w, t in zip(idx, wholes, tails, strict=True):
            out[i] = (name + t, setting, w)
    return out


def grid_score(
    grid: Grid,
    model: str,
    bench: str,
    value: tuple[float, str | None],
    slots: list[tuple[str, str]],
    ev: Evidence,
    confidence: float,
    model_surface: str,
    benchmark_surface: str,
) -> ScoreFact:
    """A grid cell's score: its value and unit, the settings its slots name, the grid's method."""
    return ScoreFact(
        model,
        bench,
        value[0],
        value[1],
        join_settings(slots),
        ev,
        confidence,
        grid.method,
        model_surface=model_surface,
        benchmark_surface=benchmark_surface,
    )


def with_head(slots: list[tuple[str, str]], name_cell: str, name: str = "") -> list[tuple[str, str]]:
    """A cell's settings plus those its model's cell states ('Name cons@64', 'Name (Pass@1)'): two columns
    of one model are two settings, never two values of one. What the model's own name holds is no setting
    ('v1' of 'name-v1-27b')."""
    have = {k for k, _ in slots}
    own = name.lower()
    return slots + [
        (k, v)
        for k, v in conditions_in(name_cell).items()
        if k not in have and not (own and v.lower() in own)
    ]


def with_intro(grid: Grid, slots: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A cell's settings plus those the table's intro states for every row; the cell's own win."""
    own = {k for k, _ in slots}
    return slots + [(k, v) for k, v in grid.intro if k not in own]


EFFORT_LABEL = re.compile(r"(?i)\s*\**(xhigh|x-high|high|medium|low|minimal|max|none)(?:\s+effort)?\**\s*")


def intro_model(view: DocView, pos: int) -> str | None:
    """The one model the line or sentence just before a table names ("Tundra-1.5's results by effort
    level:"), else the article's focus."""
    prev = None
    for sv in view.segs:
        if sv.seg.end > pos:
            break
        prev = sv
    if prev is not None:
        # a comparison object ('competitive with Y:') is not whose results follow
        names = {
            r.canonical
            for r in prev.refs
            if r.kind == "model" and not is_object_text(view.text, prev.seg.start, r)
        }
        intro = prev.seg.kind != "sentence" or view.text[prev.seg.start : prev.seg.end].rstrip().endswith(":")
        if len(names) == 1 and (intro or prev.focus is None):
            return next(iter(names))
        if prev.focus is not None:
            return prev.focus  # a sentence that does not introduce the table: whom its paragraph is about
    return view.focus


def read_effort_rows(view: DocView, grid: Grid) -> tuple[list[ScoreFact], list[AttributeFact]]:
    """A table of one model whose rows are effort levels and whose columns are benchmarks."""
    labels = [EFFORT_LABEL.fullmatch(r[0]) if r else None for r in grid.rows]
    head = [EFFORT_LABEL.fullmatch(h) for h in grid.header[1:]]
    # efforts down the side and benchmarks across, or (transposed) efforts across and benchmarks down
    transposed = not (labels and all(labels)) and bool(head) and all(head)
    if not (labels and all(labels)) and not transposed:
        return [], []
    model = intro_model(view, grid.pos) if grid.pos >= 0 else view.focus
    if model is None:
        return [], []
    cells: list[tuple[str, str, tuple[str, str | None, list[tuple[str, str]]], Evidence]] = []
    for i, (row, ev) in enumerate(zip(grid.rows, grid.evidence, strict=False)):
        if transposed:
            hb = header_bench(view, row[0].strip()) if row else None
            for j, hm in enumerate(head, start=1):
                if hb and hm and j < len(row):
                    cells.append((row[j], hm.group(1), hb, ev))
            continue
        lm = labels[i]
        for j, h in enumerate(grid.header):
            hb = header_bench(view, h.strip()) if j else None
            if hb and lm and j < len(row):
                cells.append((row[j], lm.group(1), hb, ev))
    scores: list[ScoreFact] = []
    for cell, level, (bname, bunit, bparts), ev in cells:
        if NA.match(cell.strip() or "-"):
            continue
        effort = level.lower().replace("-", "")
        sv = score_value(cell, bunit)
        if sv is None:
            continue
        slots = with_intro(grid, [("model", effort), *bparts])
        scores.append(grid_score(grid, model, bname, sv, slots, ev, 0.85, model, bname))
    return scores, []


_SIZE_CELL = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([BM])\s*")


_Cols = dict[int, Column]


def _sized_in_column(
    view: DocView, model: str, row: Sequence[str], cols: _Cols, evs: Sequence[Evidence]
) -> str:
    """'| Llama 3.2 | 3B | 63.4% |' under 'Model | Params | MMLU': the model with that size, when the article
    names it so elsewhere ('Llama 3.2 3B'); a size no other mention gives stays the column's attribute, and
    a name read with the row's size on it ('Name 7B' beside '7B') loses it. A table flattened to single
    spaces writes its rows' names and sizes side by side ('Name-2 7B 66.7'): those lines are no mention
    elsewhere."""
    for j, (kind, name, *_rest) in cols.items():
        if kind != "attr" or name != "parameters_total" or j >= len(row):
            continue
        cell = row[j].strip()
        lines = [e.text for e in evs]
        if re.search(r"\d[BM]$", model):
            if cell and model.endswith(" " + cell) and not said_elsewhere(view.text, model, lines):
                return model[: -len(cell)].strip()
            return model
        m = _SIZE_CELL.fullmatch(cell)
        sized = f"{model} {m.group(1)}{m.group(2)}" if m else None
        known = sized is not None and sized.casefold() in {d.casefold() for d in view.doc_models}
        if sized is not None and known and said_elsewhere(view.text, sized, lines):
            return sized
    return model
