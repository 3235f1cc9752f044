"""Facts from tables: markdown pipe tables found in the text (also broken one cell per line) and the HTML
tables the article parser hands over as `Table` objects.

A table is read in one of two orientations: models in rows (a "Model" column, benchmark or attribute columns,
maybe a "Rank" column and a generic "Score" column whose benchmark comes from the caption or the text around
it; `model_rows.py`), or models in the header (benchmark or attribute rows; `model_columns.py`). The column
vocabulary is `table_columns.py`'s.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial

from extractors.facts.agent_columns import agent_column
from extractors.facts.arrow_rows import arrow_grids
from extractors.facts.attribute_subjects import shared_base
from extractors.facts.board_metrics import rate_flat_grids
from extractors.facts.cell_lines import cell_line_grids, ranked_records
from extractors.facts.cell_phrases import glued_pair_rows, infobox_scores, phrase_scores
from extractors.facts.conditions import conditions_in
from extractors.facts.dict_rows import dict_row_grids
from extractors.facts.document import DocView, Ref, SegView
from extractors.facts.entities import knowledge
from extractors.facts.flat_boards import flat_board_grids
from extractors.facts.flat_rows import flat_grids, shaped_flat_grids
from extractors.facts.glued_names import unproven_plain
from extractors.facts.glued_records import board_benchmark, glued_record_grids
from extractors.facts.glued_rows import glued_grids
from extractors.facts.grids import (
    Grid,
    context_before,
    corner_glued,
    dot_tails,
    empty_columns,
    fill_down,
    glued_cells,
    group_cells,
    headed,
    header_overflow,
    header_rows,
    intro_settings,
    label_column,
    name_columns,
    named_header,
    names_row,
    realign,
    stacked_rows,
)
from extractors.facts.group_columns import grouped_labels
from extractors.facts.last_columns import last_column_grids
from extractors.facts.line_tables import label_value_grids, pair_grids
from extractors.facts.mentions import GENERIC_COLUMN
from extractors.facts.model_columns import DATASET_CORNER, read_model_columns
from extractors.facts.model_index import model_index_grids
from extractors.facts.model_rows import (
    EFFORT_LABEL,
    intro_model,
    read_effort_rows,
    read_model_rows,
)
from extractors.facts.pair_lines import owned_line_grids, pair_line_grids
from extractors.facts.patterns import side_words
from extractors.facts.place_rows import place_row_grids
from extractors.facts.spec_columns import no_model_cell, shaped_models, spec_header, spec_row_count, spec_rows
from extractors.facts.spec_grids import sized_score_grids, spec_flat_grids
from extractors.facts.table_cells import (
    BENCH_CORNER,
    FIGURE_CELL,
    MODEL_HEADER,
    NA,
    cell_refs,
    distinct_members,
    first_ref,
    header_bench,
    model_from_cell,
    prime_cells,
)
from extractors.facts.table_columns import ATTR_COLS, SCORE_HEAD, SKIP_HEAD
from extractors.facts.turned_grids import read_either_way
from extractors.facts.version_cells import version_cells
from schema.records import AttributeFact, Evidence, ScoreFact


def read_grid(view: DocView, grid: Grid) -> tuple[list[ScoreFact], list[AttributeFact]]:
    # every table shape, kept for the claims a verdict column states (claim_verdicts)
    view.memo.setdefault("grids", []).append(grid)
    return read_either_way(view, grid, _read_grid)


def _read_grid(view: DocView, grid: Grid) -> tuple[list[ScoreFact], list[AttributeFact]]:
    grid = corner_glued(
        header_rows(glued_cells(dot_tails(grid))), lambda c: header_bench(view, c) is not None
    )
    grid = stacked_rows(grid, lambda c: header_bench(view, c) is not None)
    grid, releases = version_cells(
        grid, view.doc_models, view.text[max(0, grid.pos - 600) : max(0, grid.pos)]
    )
    grid = agent_column(
        grid,
        lambda c: MODEL_HEADER.match(c) is not None,
        lambda c: model_from_cell(view, c, False) is not None,
    )
    prime_cells(view, list(grid.header) + [c for r in grid.rows for c in r if not NA.match(c.strip() or "-")])
    grid = header_overflow(
        grid, lambda c: model_from_cell(view, c, True) is not None and header_bench(view, c) is None
    )
    grid = empty_columns(
        realign(empty_columns(group_cells(names_row(grid, lambda c: MODEL_HEADER.match(c) is not None))))
    )
    grid = label_column(grid, lambda c: header_bench(view, c) is not None)
    grid = grouped_labels(
        grid, lambda c: header_bench(view, c) is not None or model_from_cell(view, c, False) is not None
    )
    h = grid.header
    if (
        len(h) > 2
        and not h[-1].strip()
        and model_from_cell(view, h[0], False)
        and (
            sum(1 for r in grid.rows if r and header_bench(view, r[0].strip())) * 2 >= len(grid.rows)
            or spec_row_count(grid.rows, _attr_label) >= 2
        )
    ):
        # the corner cell written last ('| M1 | M2 | |' over '| B | v1 | v2 |', or over a spec sheet's
        # '| Total parameters | v1 | v2 |'): names move one column right
        grid = replace(grid, header=("", *h[:-1]))
    wide = sum(1 for r in grid.rows if len(r) == len(grid.header) + 1)
    if grid.header and wide * 2 > len(grid.rows) and header_bench(view, grid.header[0].strip()):
        # a header without its corner cell ('| B1 | B2 |' over 'name | v1 | v2 |'): the rows' first cell is
        # their label, so the header moves one column right
        grid = replace(grid, header=("", *grid.header))
    if any(r and not r[0].strip() for r in grid.rows[1:]):
        grid = replace(grid, rows=fill_down(grid.rows))
    header = grid.header
    spec = _spec_table(view, grid)
    if spec is not None:
        return spec
    if len(header) < 2 or not grid.rows:
        return [], []
    model_col = next((i for i, h in enumerate(header) if MODEL_HEADER.match(h.strip())), -1)
    if model_col < 0 and _VARIANT_CORNER.fullmatch(header[0].strip()):
        model_col = 0  # 'Variant | Parameters | MMMU': a family's members down the side
    if all(EFFORT_LABEL.fullmatch(h) for h in header[1:]):
        return read_effort_rows(view, grid)  # effort levels across, not models
    header_models = distinct_members(
        [model_from_cell(view, named_header(h), False) for h in header[1:]], header[1:]
    )
    for j, cell in enumerate(header[1:]):
        if cell.strip() in releases:
            header_models[j] = (cell.strip(), None, cell.strip())  # a release a version column names, whole
    pairs = name_columns(view, grid)
    for nj, vj in pairs:
        header_models[nj - 1] = header_models[vj - 1] = None
    bench_rows = sum(1 for r in grid.rows if r and header_bench(view, r[0].strip()))
    specs = spec_rows(grid.rows, _attr_label) if model_col < 0 and not no_model_cell(header[0]) else set()
    if len(specs) >= 2 and bench_rows <= len(specs):
        # a spec sheet's sizes and windows down the side: the header names the models it compares
        sized = any(a.startswith("parameters") for a in specs)
        header_models = shaped_models(header[1:], header_models, partial(_spec_shaped, view), sized)
    # a column saying each row's metric or shot count ('Metric', 'n-shot') stands beside benchmarks only
    described = model_col < 0 and any(_DESCRIBES_BENCH.fullmatch(h.strip()) for h in header[1:])
    bench_side = bench_rows >= max(1, (len(grid.rows) + 1) // 2) or (described and bench_rows >= 1)
    bench_corner = model_col < 0 and BENCH_CORNER.fullmatch(header[0].strip()) is not None
    if (
        (bench_side or (bench_corner and any(header_models)))
        and model_col < 0
        and (any(header_models) or bench_corner or _all_shaped(view, header))
        and (any(header_models) or not unproven_plain(header[1:], view.article.text))
    ):
        # benchmarks down the side: a header cell we do not know shaped like a model's name is a model too
        # ('Tarn-3'; under a 'Benchmark' corner also 'Magistral Small', as a pipe header's names are taken)
        header_models = [
            hm or _model_shaped(view, h, bench_corner)
            for hm, h in zip(header_models, header[1:], strict=True)
        ]
    # 'Model | A | B' over benchmark rows (or rows that name no model): the corner names what the header row
    # holds
    across = model_col < 0 or (
        model_col == 0 and (bench_side or not any(_names_model(view, r[0]) for r in grid.rows if r))
    )
    if across and sum(1 for h in header_models if h) + 2 * len(pairs) >= max(1, (len(header) - 1) // 2):
        return read_model_columns(view, grid, header_models, pairs)
    if (
        model_col < 0
        and not any(header_models)
        and (
            BENCH_CORNER.fullmatch(header[0].strip())
            or DATASET_CORNER.fullmatch(header[0].strip())
            or bench_rows >= max(2, (len(grid.rows) + 1) // 2)
        )
    ):
        # 'Benchmark | Score | Source': one model's results, the model the text before the table names; the
        # score column is the one the header calls so, else the one column of figures (a header in any
        # language: '基准测试 | 分数 | 细节')
        model = intro_model(view, grid.pos) if grid.pos >= 0 else view.focus
        own: list[tuple[str, str | None, str] | None] = [
            (model, None, model) if model and SCORE_HEAD.search(h) else None for h in header[1:]
        ]
        if model and not any(own):
            figures = [
                sum(1 for r in grid.rows if j < len(r) and FIGURE_CELL.match(r[j]))
                for j in range(1, len(header))
            ]
            best = max(range(len(figures)), key=lambda k: figures[k])
            if figures[best] >= max(2, (len(grid.rows) + 1) // 2) and figures.count(figures[best]) == 1:
                own[best] = (model, None, model)
        if model and sum(1 for o in own if o) == 1:
            return read_model_columns(view, grid, own)
    if model_col < 0:
        firsts = [model_from_cell(view, r[0], False) for r in grid.rows if r]
        if sum(1 for f in firsts if f) < max(1, len(grid.rows) // 2):
            if not _unnamed_model_rows(view, grid):
                return read_effort_rows(view, grid)
            # names we do not know down the side: a row whose label describes it ('Ceiling') holds no model's
            keep = [i for i, r in enumerate(grid.rows) if r and _named_label(view, r[0].strip())]
            grid = replace(
                grid,
                rows=tuple(grid.rows[i] for i in keep),
                evidence=tuple(grid.evidence[i] for i in keep if i < len(grid.evidence)),
            )
        model_col = 0
    return read_model_rows(view, grid, model_col)


_FAMILY_TAIL = re.compile(r"[A-Z][A-Za-z]+ ([A-Z][a-z]+ \d+(?:\.\d+)?)")
_CAPITALISED = re.compile(r"[A-Z][\w.-]*(?: [A-Z0-9][\w.-]*){1,4}")


# a label shaped like a name, not a description of the row ('Question count', 'Ceiling', 'Chance accuracy'):
# a figure in it, a capital inside a word, two capitalised words, or one id of joined parts ('brindle-lite')
_NAME_LIKE = re.compile(r"\d|[a-z][A-Z]|^[A-Z][\w.-]*[ -][A-Z0-9]|^[A-Za-z][\w.]*[-_][\w.-]+$")


def _unnamed_model_rows(view: DocView, grid: Grid) -> bool:
    """Benchmarks across the header and, down the first column, labels shaped like names (not effort
    levels): the rows are models whether or not we know them ('| | B1 | B2 |' over 'newmodel-2 | v | v |')."""
    benches = sum(1 for h in grid.header[1:] if header_bench(view, h.strip()))
    if benches < 2 or benches * 2 < len(grid.header) - 1:
        return False
    # a label that describes its row ('Question count', 'Ceiling') is no name and no evidence either way
    labels = [lb for r in grid.rows if r and (lb := r[0].strip()) and _named_label(view, lb)]
    shaped = [
        lb
        for lb in labels
        if not EFFORT_LABEL.fullmatch(lb) and not header_bench(view, lb) and model_from_cell(view, lb, True)
    ]
    return len(shaped) >= 2 and len(shaped) * 4 >= len(labels) * 3


def _named_label(view: DocView, label: str) -> bool:
    """A row label shaped like a name or naming a model we know, not one describing its row."""
    return _NAME_LIKE.search(label) is not None or model_from_cell(view, label, False) is not None


def _names_model(view: DocView, cell: str) -> bool:
    """A row label that names a model, not a spec, a score or a note ('Params' is no model, even where the
    text's reading took a table's first column for names)."""
    label = cell.strip()
    if any(rx.search(label) for rx, _ in ATTR_COLS) or SKIP_HEAD.search(label) or SCORE_HEAD.search(label):
        return False
    return model_from_cell(view, label, False) is not None and not GENERIC_COLUMN.fullmatch(label)


def _all_shaped(view: DocView, header: tuple[str, ...]) -> bool:
    """A header of two or more names none of which we know, each shaped like a model's ('Vale3.5-27B',
    'Tarn 4.5 Quill') over benchmark rows: a comparison of new models, as a header of known ones is."""
    return (
        len(header) > 2
        and all(_model_shaped(view, h) is not None for h in header[1:])
        and not unproven_plain(header[1:], view.article.text)
    )


def _model_shaped(view: DocView, cell: str, loose: bool = False) -> tuple[str, str | None, str] | None:
    """A header cell we do not know that is shaped like a model's name: a capital, a version number, no
    more than five words, not a benchmark ('Tarn-3', 'Orbit 2 Mini'); `loose`: capitalised words will do
    ('Magistral Small')."""
    name = re.sub(r"\s*\([^)]*\)\s*$", "", cell).strip()
    shaped = re.search(r"\d", name) or (loose and _CAPITALISED.fullmatch(name))
    if not shaped or header_bench(view, name) or SKIP_HEAD.search(name) or SCORE_HEAD.search(name):
        return None
    if GENERIC_COLUMN.search(name):
        return None
    return model_from_cell(view, cell, True)


# the first column's head of a spec sheet ('Spec | Value', 'Specification | Detail'): one spec row is enough
_SPEC_HEAD = re.compile(r"(?i)specs?|specifications?|key\s+specs?|features?|properties|property|attributes?")


def _spec_table(view: DocView, grid: Grid) -> tuple[list[ScoreFact], list[AttributeFact]] | None:
    """'| Total Parameters | 1T |', '| Context Length | 256K |': a two-column table of one model's
    specifications (its header empty or 'Specification | Value'), the model the text before it names."""
    rows = [r for r in grid.rows if r]
    if not rows or any(len(r) > 2 for r in rows) or len(grid.header) > 2:
        return None
    specs = sum(1 for r in rows if len(r) == 2 and any(rx.search(r[0].strip()) for rx, _ in ATTR_COLS))
    spec_head = bool(grid.header) and _SPEC_HEAD.fullmatch(grid.header[0].strip()) is not None
    if specs < (1 if spec_head else 2) or any(
        model_from_cell(view, c, False) for c in grid.header if c.strip()
    ):
        return None
    if any(model_from_cell(view, r[0], False) for r in rows):
        return None  # a model per row: the other reader's
    model = shared_base(view, intro_model(view, grid.pos) if grid.pos >= 0 else view.focus)
    if model is None:
        return None
    return read_model_columns(view, grid, [(model, None, model)])


def _spec_shaped(view: DocView, cell: str) -> tuple[str, str | None, str] | None:
    return spec_header(cell, _model_shaped(view, cell))


def _attr_label(label: str) -> str | None:
    return next((a for rx, a in ATTR_COLS if rx.search(label.strip())), None)


_VARIANT_CORNER = re.compile(r"(?i)variants?|checkpoints?|versions?")
_DESCRIBES_BENCH = re.compile(r"(?i)metrics?|n-shots?|#?\s?shots?")


def _rival_aside(view: DocView, sv: SegView) -> bool:
    inner = view.text.find("(", sv.seg.start, sv.seg.end)
    return inner >= 0 and any(r.kind == "model" and r.start > inner for r in sv.refs)


def _segs_in(view: DocView, start: int, end: int) -> list[int]:
    return [sv.index for sv in view.segs if start <= sv.seg.start < end]


def table_facts(view: DocView) -> tuple[list[ScoreFact], list[AttributeFact]]:
    scores: list[ScoreFact] = []
    attrs: list[AttributeFact] = []
    for t in view.tables:
        evs = tuple(view.evidence(s, e) for s, e in t.row_spans)
        g = Grid(
            t.header,
            t.rows,
            evs,
            context_before(view, t.start),
            "pipe_table",
            intro_settings(view, t.start),
            t.start,
        )
        s, a = read_grid(view, g)
        s = s or phrase_scores(view, g, partial(intro_model, view, t.start)) or infobox_scores(view, g)
        scores += s
        attrs += a
    refs_of, prime = (lambda c: cell_refs(view, c)), (lambda cells: prime_cells(view, cells))
    known = [m.surface for m in view.mentions if m.kind == "model" and m.surface] + list(view.accepted)
    # the page's models without their first word, as headers glue them ('Opus 4.7' of 'Claude Opus 4.7')
    known += [tail.group(1) for m in view.doc_models if (tail := _FAMILY_TAIL.fullmatch(m))]
    line_grids = (
        cell_line_grids(view, refs_of, prime)
        + pair_grids(view, refs_of, prime)
        + glued_grids(view, known)
        + glued_record_grids(view, known)
        + label_value_grids(
            view,
            refs_of,
            prime,
            lambda label: bool(conditions_in(label)),
            lambda label: (
                model_from_cell(view, label, True) is not None and header_bench(view, label) is None
            ),
        )
        + pair_line_grids(view, refs_of, prime)
        + owned_line_grids(view, refs_of, prime)
        + model_index_grids(view)
        + dict_row_grids(view)
        + arrow_grids(view, lambda cell: (m := model_from_cell(view, cell, False)) and m[0])
    )
    # where two readers found a table on the same lines, the one that places more cells wins; records
    # without a header come last, on lines no other reader took
    line_grids.sort(key=lambda g: -sum(len(r) for r in g[1]))
    line_grids += ranked_records(view, refs_of)
    for header, rows, row_evs, start, end, method in line_grids:
        if any(i in view.table_segs for i in _segs_in(view, start, end)):
            continue
        view.table_segs.update(
            i
            for i in _segs_in(view, start, end)
            # a list line with a rival's value in parentheses ('GPQA: 88.2% (Y gets 94.3%)') is prose too
            if method != "label_list" or not _rival_aside(view, view.segs[i])
        )
        ctx = context_before(view, start, later=method != "ranked_lines")
        if method == "ranked_lines" and ctx is not None and _own_section(view, ctx.start, start):
            ctx = None  # a list under a section title of its own ('Knowledge'): not the benchmark above it
        if method == "ranked_records" and ctx is not None and not headed(view, ctx.canonical, start):
            ctx = None  # a board with no header: only a benchmark a heading names over it is its own
        if method == "glued_table" and ctx is not None and not board_benchmark(view, ctx.canonical, start):
            ctx = None  # a glued board under column words: not a benchmark an intro's sentence names once
        grid = Grid(
            header,
            tuple(rows),
            tuple(row_evs),
            # a ranked list's scores are on the benchmark named before it, not on one named only after
            ctx,
            method,
            intro_settings(view, start),
            start,
        )
        s, a = read_grid(view, grid)
        scores += s
        attrs += a
    attrs += _place_row_ranks(view, known, attrs)
    for facts, start, end in glued_pair_rows(view):
        if not any(i in view.table_segs for i in _segs_in(view, start, end)):
            view.table_segs.update(_segs_in(view, start, end))
            scores += facts

    def is_bench(label: str) -> bool:
        return header_bench(view, label) is not None

    # flattened boards with word columns (a maker, an access) first: their figures are under the page's board
    boards = flat_board_grids(view)
    shaped = shaped_flat_grids(view, is_bench)
    for header, rows, row_evs, start, _end, method in (
        spec_flat_grids(view)
        + sized_score_grids(view)
        + flat_grids(view, is_bench)
        + shaped
        + last_column_grids(view)
    ):
        flat = Grid(header, tuple(rows), tuple(row_evs), None, method, intro_settings(view, start), start)
        s, a = read_grid(view, flat)
        scores += s
        attrs += a
    # rate boards flattened: their rate columns are the board's named above them (board_metrics)
    for header, rows, row_evs, start, _end, method in boards + rate_flat_grids(view):
        ctx = context_before(view, start)
        rated = Grid(header, tuple(rows), tuple(row_evs), ctx, method, intro_settings(view, start), start)
        s, a = read_grid(view, rated)
        scores += s
        attrs += a
    for ht in view.html_tables:
        ctx = None
        if ht.caption:
            cb = first_ref(cell_refs(view, ht.caption), "benchmark")
            if cb is not None:
                ctx = Ref("benchmark", cb.canonical, -1, -1, -1, None, 1.0, "caption", cb.surface, cb.unit)
        ctx = ctx or context_before(view, len(view.text))
        evs = tuple(Evidence(" | ".join(r), -1, -1) for r in ht.rows)
        s, a = read_grid(view, Grid(ht.header, ht.rows, evs, ctx, "table"))
        scores += s
        attrs += a
    return row_qualified(rated_variants(scores)), attrs


def _place_row_ranks(view: DocView, known: list[str], have: list[AttributeFact]) -> list[AttributeFact]:
    """The places of glued or flattened boards (`place_rows`), where no other reader gave them."""
    seen = {(a.subject, a.value, a.qualifier) for a in have if a.attribute == "leaderboard_rank"}
    out: list[AttributeFact] = []
    for header, rows, row_evs, start, _end, method in place_row_grids(view, known):
        ctx = context_before(view, start)
        # a benchmark an intro's sentence names once is not the glued board's, as for `glued_record_grids`
        # (neither as its context nor as the board its section names)
        other = ctx.canonical if ctx is not None and not board_benchmark(view, ctx.canonical, start) else None
        ctx = None if other is not None else ctx
        grid = Grid(header, tuple(rows), tuple(row_evs), ctx, method, intro_settings(view, start), start)
        for a in read_grid(view, grid)[1]:
            key = (a.subject, a.value, a.qualifier)
            if a.attribute == "leaderboard_rank" and a.qualifier != other and key not in seen:
                seen.add(key)
                out.append(a)
    return out


_TITLE_LINE = re.compile(r"[A-Z][a-z]+(?: (?:[A-Z][a-z]+|&|and))*")
# a title of generic words alone ('Results', 'Final Standings', 'Latest Leaderboard') opens no section of its
# own: the list under it is the benchmark's named above (patterns/side_words.jsonl, kinds 'heading' and
# 'results_title')
_GENERIC_TITLE = frozenset(side_words("heading") + side_words("results_title")) | {"and", "&"}


def _own_section(view: DocView, after: int, start: int) -> bool:
    """Whether the list below `start` opens under a section title of its own, after a benchmark's mention: the
    line right above it (past lines naming only models) is a short line of capitalised words that names
    nothing we know ('Knowledge', 'Instruction Following')."""
    above = [sv for sv in view.segs if after < sv.seg.start < start]
    while (
        above and above[-1].refs and all(r.kind == "model" for r in above[-1].refs) and not above[-1].numbers
    ):
        above.pop()
    if not above:
        return False
    sv = above[-1]
    title = view.text[sv.seg.start : sv.seg.end].strip()
    return (
        not sv.refs
        and not sv.numbers
        and _TITLE_LINE.fullmatch(title) is not None
        and not all(w.lower() in _GENERIC_TITLE for w in title.split())
    )


def rated_variants(scores: list[ScoreFact]) -> list[ScoreFact]:
    """A rating ('1633 Elo') on a benchmark scored in percent is its rated variant's, when we know exactly
    one: the benchmark's name and a suffix, not scored in percent ('GDPval' rated in Elo is 'GDPval-AA')."""
    units = knowledge().bench_unit
    out = []
    for f in scores:
        if f.unit == "elo" and units.get(f.benchmark) == "%":
            rated = [b for b, u in units.items() if b.startswith(f.benchmark + "-") and u != "%"]
            if len(rated) == 1:
                f = replace(f, benchmark=rated[0])
        out.append(f)
    return out


_LABEL_QUALIFIER = re.compile(r"\S\s*\(([^()]*[A-Za-z][^()]*)\)")


def row_qualified(scores: list[ScoreFact]) -> list[ScoreFact]:
    """Rows of one benchmark told apart by what their labels add in parentheses ('Codeforces (Rating)' and
    'Codeforces (Percentile)', 'Claw Eval (pass^3)' and 'Claw Eval (pass@3)', 'BrowseComp' and 'BrowseComp
    (w/ Context Manage)'): where a model has two values for the benchmark under two labels, each label's
    qualifier is a setting of every value in its row. A qualifier alone ('MMMLU (multilingual)') describes
    the benchmark."""
    by_pair: dict[tuple[str, str], list[ScoreFact]] = {}
    for f in scores:
        by_pair.setdefault((f.model, f.benchmark), []).append(f)
    split = {
        bench
        for (_model, bench), facts in by_pair.items()
        if len({f.benchmark_surface.strip() for f in facts}) > 1 and len({f.value for f in facts}) > 1
    }
    if not split:
        return scores
    out = []
    for f in scores:
        m = _LABEL_QUALIFIER.search(f.benchmark_surface) if f.benchmark in split else None
        # no qualifier, or one read as a setting already ('(pass@3)', '(5-shot)')
        if m is not None and not conditions_in(m.group(0)):
            qualifier = m.group(1).strip()
            if qualifier.lower() not in (f.setting or "").lower():
                f = replace(f, setting=f"{f.setting}; {qualifier}" if f.setting else qualifier)
        out.append(f)
    return out
