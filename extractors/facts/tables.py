"""Facts from tables: markdown pipe tables found in the text (also broken one cell per line) and the HTML
tables the article parser hands over as `Table` objects.

A table is read in one of two orientations: models in rows (a "Model" column, benchmark or attribute columns,
maybe a "Rank" column and a generic "Score" column whose benchmark comes from the caption or the text around
it; `model_rows.py`), or models in the header (benchmark or attribute rows). The column vocabulary is
`table_columns.py`'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import partial

from extractors.facts.arrow_rows import arrow_grids
from extractors.facts.attribute_subjects import shared_base
from extractors.facts.cell_lines import cell_line_grids, ranked_records
from extractors.facts.cell_phrases import glued_pair_rows, infobox_scores, named_figures, phrase_scores
from extractors.facts.conditions import conditions_in
from extractors.facts.document import DocView, Ref, SegView
from extractors.facts.entities import knowledge
from extractors.facts.flat_rows import flat_grids, shaped_flat_grids
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
from extractors.facts.line_tables import label_value_grids, pair_grids
from extractors.facts.mentions import GENERIC_COLUMN
from extractors.facts.model_index import model_index_grids
from extractors.facts.model_rows import (
    EFFORT_LABEL,
    grid_score,
    intro_model,
    read_effort_rows,
    read_model_rows,
    with_head,
    with_intro,
)
from extractors.facts.numbers import parse_rank
from extractors.facts.pair_lines import owned_line_grids, pair_line_grids
from extractors.facts.score_benchmarks import version_after
from extractors.facts.spec_grids import sized_score_grids, spec_flat_grids
from extractors.facts.table_cells import (
    BENCH_CORNER,
    FIGURE_CELL,
    MODEL_HEADER,
    NA,
    attr_value,
    bench_setting,
    cell_refs,
    distinct_members,
    first_ref,
    header_bench,
    model_from_cell,
    prime_cells,
    score_value,
)
from extractors.facts.table_columns import ATTR_COLS, RANK_HEAD, SCORE_HEAD, SKIP_HEAD
from schema.records import AttributeFact, Evidence, ScoreFact


def read_grid(view: DocView, grid: Grid) -> tuple[list[ScoreFact], list[AttributeFact]]:
    grid = corner_glued(
        header_rows(glued_cells(dot_tails(grid))), lambda c: header_bench(view, c) is not None
    )
    grid = stacked_rows(grid, lambda c: header_bench(view, c) is not None)
    prime_cells(view, list(grid.header) + [c for r in grid.rows for c in r if not NA.match(c.strip() or "-")])
    grid = header_overflow(
        grid, lambda c: model_from_cell(view, c, True) is not None and header_bench(view, c) is None
    )
    grid = empty_columns(
        realign(empty_columns(group_cells(names_row(grid, lambda c: MODEL_HEADER.match(c) is not None))))
    )
    grid = label_column(grid, lambda c: header_bench(view, c) is not None)
    h = grid.header
    if (
        len(h) > 2
        and not h[-1].strip()
        and model_from_cell(view, h[0], False)
        and sum(1 for r in grid.rows if r and header_bench(view, r[0].strip())) * 2 >= len(grid.rows)
    ):
        # the corner cell written last ('| M1 | M2 | |' over '| B | v1 | v2 |'): names move one column right
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
    pairs = name_columns(view, grid)
    for nj, vj in pairs:
        header_models[nj - 1] = header_models[vj - 1] = None
    bench_rows = sum(1 for r in grid.rows if r and header_bench(view, r[0].strip()))
    # a column saying each row's metric or shot count ('Metric', 'n-shot') stands beside benchmarks only
    described = model_col < 0 and any(_DESCRIBES_BENCH.fullmatch(h.strip()) for h in header[1:])
    bench_side = bench_rows >= max(1, (len(grid.rows) + 1) // 2) or (described and bench_rows >= 1)
    bench_corner = model_col < 0 and BENCH_CORNER.fullmatch(header[0].strip()) is not None
    if (
        (bench_side or (bench_corner and any(header_models)))
        and model_col < 0
        and (any(header_models) or bench_corner)
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
        return _read_model_columns(view, grid, header_models, pairs)
    if (
        model_col < 0
        and not any(header_models)
        and (
            BENCH_CORNER.fullmatch(header[0].strip())
            or _DATASET_CORNER.fullmatch(header[0].strip())
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
            return _read_model_columns(view, grid, own)
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
    return _read_model_columns(view, grid, [(model, None, model)])


def _read_model_columns(
    view: DocView,
    grid: Grid,
    header_models: list[tuple[str, str | None, str] | None],
    pairs: Sequence[tuple[int, int]] = (),
) -> tuple[list[ScoreFact], list[AttributeFact]]:
    scores: list[ScoreFact] = []
    attrs: list[AttributeFact] = []
    known = [header_bench(view, r[0].strip()) if r else None for r in grid.rows]
    # the benchmarks' own figures are whole numbers ('MMLU | 45'): so are an unknown benchmark's
    bench_cells = [c for r, b in zip(grid.rows, known, strict=False) if b for c in r[1:] if c.strip()]
    whole = len(bench_cells) >= 2 and all(_WHOLE_SCORE.fullmatch(c) for c in bench_cells)
    # a corner that heads a column of benchmarks ('Benchmark', 'Task') says what the rows are, known or not
    corner = bool(grid.header) and (
        BENCH_CORNER.fullmatch(grid.header[0].strip()) is not None
        or _DATASET_CORNER.fullmatch(grid.header[0].strip()) is not None
    )
    # a column of settings beside the benchmark ('Setting': 'no tools', 'w/ tools', 'heavy') qualifies its row
    setting_cols = [
        j
        for j, hm in enumerate(header_models, start=1)
        if hm is None and _SETTING_COL.fullmatch(grid.header[j].strip())
    ]
    # a column describing each benchmark ('Description': 'Mathematics (code execution)') states a setting
    # only in the words of one ('code execution', 'no tools'); what else it says is no setting
    described = [
        j
        for j, hm in enumerate(header_models, start=1)
        if hm is None and j < len(grid.header) and _DESCRIPTION_COL.fullmatch(grid.header[j].strip())
    ]
    for row, ev, hb in zip(grid.rows, grid.evidence, known, strict=False):
        if not row:
            continue
        label = row[0].strip()
        row_setting = [
            pair
            for j in setting_cols
            if j < len(row) and not NA.match(row[j].strip() or "-")
            for pair in (list(conditions_in(row[j]).items()) or [("model", row[j].strip().lower())])
        ] + [pair for j in described if j < len(row) for pair in conditions_in(row[j]).items()]
        attr = next((a for rx, a in ATTR_COLS if rx.search(label)), None)
        if _PAIR_LABEL.fullmatch(label):
            hb, attr = None, "pair"
        if hb is None and attr is None and RANK_HEAD.match(label):
            attr = "leaderboard_rank"  # a 'Rank' row under the models: '| Rank | #63 | #68 |'
        if hb is None and attr is None and (corner or sum(1 for b in known if b) >= 1):
            mine = [row[j] for j, hm in enumerate(header_models, start=1) if hm and j < len(row)]
            hb = _unknown_bench_row(label, mine or row[1:], whole, corner)
        if hb is None and attr is None and grid.context is not None and SCORE_HEAD.fullmatch(label):
            ctx = grid.context  # a 'Score' row under models: the benchmark the text names before the table
            hb = (ctx.canonical, ctx.unit, bench_setting(view, ctx))
        # a rating row ('LiveCodeBench | competitive programming (Elo) | 2,439'): its figures are Elo, not %
        elo_row = any(_ELO_NOTE.search(c) for c in row)
        row_models = list(header_models)
        for nj, vj in pairs:  # the model a name column names in this row owns the figure after it
            named = nj < len(row) and not NA.match(row[nj].strip() or "-")
            # the column names models (name_columns): a name we do not know is read by its shape
            row_models[vj - 1] = model_from_cell(view, row[nj], True) if named else None
        if hb:
            scores += _cited_rivals(view, grid, row, ev, hb, setting_cols, label)
        for j, hm in enumerate(row_models, start=1):
            if hm is None or j >= len(row) or NA.match(row[j].strip() or "-"):
                continue
            model, mset, surface = hm
            if hb:
                # a metric where lower is better ('OmniDocBench (lower=better) 0.365'): a distance or an error
                # rate, not a share to read as a percentage
                unit = "elo" if elo_row else None if _LOWER_BETTER.search(label) else hb[1]
                sv = score_value(row[j], unit) or score_value(_GLUED_METRIC.sub("", row[j]), unit)
                if sv is None:
                    continue
                own = [("model", mset)] if mset else []
                head_cell = grid.header[j] if j < len(grid.header) else ""
                slots = with_intro(grid, with_head(own + hb[2] + row_setting, head_cell))
                bench = version_after(hb[0], re.sub(r"^\s*[~≈]?\s*\d[\d.,]*", "", row[j]))
                scores.append(grid_score(grid, model, bench, sv, slots, ev, 0.9, surface, label))
            elif attr == "pair" and (pm := _PAIR_LABEL.fullmatch(label)) is not None:
                # '#Activated / #Total | 15B / 309B': both counts in one cell, in the label's order
                halves = row[j].split("/")
                if len(halves) == 2:
                    for word, half in zip((pm.group("a"), pm.group("b")), halves, strict=True):
                        kind = "parameters_total" if word.lower() == "total" else "parameters_active"
                        value = attr_value(half, kind)
                        if value is not None:
                            attrs.append(AttributeFact(model, kind, value, ev, 0.8, method=grid.method))
            elif attr == "leaderboard_rank":
                rank = parse_rank(row[j].strip())
                if rank is not None:
                    board = grid.context.canonical if grid.context is not None else None
                    attrs.append(
                        AttributeFact(model, attr, str(rank), ev, 0.8, qualifier=board, method=grid.method)
                    )
            elif attr:
                value = attr_value(row[j], attr)
                if value is not None:
                    attrs.append(AttributeFact(model, attr, value, ev, 0.85, method=grid.method))
    return scores, attrs


def _cited_rivals(
    view: DocView,
    grid: Grid,
    row: Sequence[str],
    ev: Evidence,
    hb: tuple[str, str | None, list[tuple[str, str]]],
    skip: Sequence[int],
    label: str,
) -> list[ScoreFact]:
    """A benchmark row's cell outside the models' columns that cites a rival with its figure ('Reference |
    Claude Opus 4.7: 65.4%', 'Closest rival | Gemini 3.1 Pro at 91.7'): that rival's score on the row's
    benchmark."""
    out: list[ScoreFact] = []
    for j in range(1, len(row)):
        if j in skip or score_value(row[j], hb[1]) is not None:
            continue  # a column's own figure
        for (model, mset, surface), val in named_figures(view, row[j]):
            sv = score_value(val, hb[1])
            if sv is not None:
                own = [("model", mset)] if mset else []
                scores = grid_score(
                    grid, model, hb[0], sv, with_intro(grid, own + hb[2]), ev, 0.8, surface, label
                )
                out.append(scores)
    return out


_ELO_NOTE = re.compile(r"\(\s*Elo\s*\)|\bElo rating\b")
# a row of two counts per cell: '#Activated / #Total', 'Total / Active params'
_PAIR_LABEL = re.compile(
    r"(?i)#?\s*(?P<a>activ\w*|total)(?:\s+param\w*)?\s*/\s*#?\s*(?P<b>activ\w*|total)(?:\s+param\w*)?"
)
_VARIANT_CORNER = re.compile(r"(?i)variants?|checkpoints?|versions?")
_DESCRIBES_BENCH = re.compile(r"(?i)metrics?|n-shots?|#?\s?shots?")
_LOWER_BETTER = re.compile(r"(?i)lower\s*(?:is\s*|=\s*)?better|edit[\s-]distance|↓")
_SETTING_COL = re.compile(
    r"(?i)settings?|mode|config(?:uration)?|tools?|shots?|metric|harness|effort|variant"
)
_DESCRIPTION_COL = re.compile(
    r"(?i)descriptions?|categor(?:y|ies)|type|domain|area|task type|what it (?:tests|measures)|"
    r"説明|概要|カテゴリ|分野|描述|说明|說明|类别|類別|分类|分類|설명|분야|Beschreibung|Kategorie|Bereich"
)
_BENCH_ROW_NAME = re.compile(r"[A-Z0-9τ][\w.'’&+/-]*(?:\s+[\w.'’&+/-]+){0,4}")
_BENCH_ROW_ID = re.compile(r"[a-z][a-z0-9]*(?:[_-][\w.-]+|[A-Z0-9][\w.-]*)")


# a score cell: a figure, maybe a word or two after it ('81.2%', '1633 Elo', '56.2 / 60.7 †', '42.8 (avg@4)')
_SHORT_FIGURE = re.compile(
    r"\s*(?:[A-Za-z][\w@() -]{0,30}[A-Za-z)](?=\d))?[~≈<>]?\s*\d[\d.,]*\s*%?[*†‡]*(?:\s*\S+){0,3}\s*"
)
_DATASET_CORNER = re.compile(r"(?i)datasets?")
# a metric's name glued before the figure in a cell ('Mean Score69.7', 'Accuracy89.6')
_GLUED_METRIC = re.compile(r"^\s*[A-Za-z][\w@() -]{0,30}[A-Za-z)](?=\d)")
_WHOLE_SCORE = re.compile(r"\s*(?:100|\d{1,2})\s*")


def _unknown_bench_row(
    label: str, cells: Sequence[str], whole: bool = False, corner: bool = False
) -> tuple[str, str | None, list[tuple[str, str]]] | None:
    """A row of a table whose other rows are benchmarks (or under a 'Benchmark' corner) names a benchmark
    too, when it is name-shaped and holds scores (not prices, sizes or counts): 'Cybersecurity CTF 77.6 %
    67.4 %'; under the corner also an id in lower case with a capital, a figure or an underscore in it
    ('s_DocVQA', 'mmlu_pro')."""
    name = re.sub(r"\s*\([^)]*\)\s*$", "", label).strip()
    shaped = _BENCH_ROW_NAME.fullmatch(name) or (corner and _BENCH_ROW_ID.fullmatch(name))
    if not shaped or SKIP_HEAD.search(name) or SCORE_HEAD.search(name):
        return None
    if any("$" in c or re.search(r"\d\s*[KMBT]\b", c) for c in cells):
        return None
    filled = [c for c in cells if c.strip() and not NA.match(c.strip())]
    if sum(1 for c in filled if _SHORT_FIGURE.fullmatch(c)) * 2 < len(filled):
        return None  # cells that describe ('70% less memory than a dense model'), not scores
    if not any(re.search(r"%|\d\.\d", c) for c in cells) and not (
        whole and all(_WHOLE_SCORE.fullmatch(c) for c in cells if c.strip())
    ):
        return None  # whole numbers only ('Languages | 23'): a count, unless the table scores in them
    return name, None, list(conditions_in(label).items())


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
        if method == "ranked_records" and ctx is not None and not headed(view, ctx.canonical, start):
            ctx = None  # a board with no header: only a benchmark a heading names over it is its own
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
    for facts, start, end in glued_pair_rows(view):
        if not any(i in view.table_segs for i in _segs_in(view, start, end)):
            view.table_segs.update(_segs_in(view, start, end))
            scores += facts

    def is_bench(label: str) -> bool:
        return header_bench(view, label) is not None

    shaped = shaped_flat_grids(view, is_bench)
    for header, rows, row_evs, start, _end, method in (
        spec_flat_grids(view) + sized_score_grids(view) + flat_grids(view, is_bench) + shaped
    ):
        flat = Grid(header, tuple(rows), tuple(row_evs), None, method, intro_settings(view, start), start)
        s, a = read_grid(view, flat)
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
