"""Reading a table with its models across the header: each row a benchmark (known, or one shaped like a
benchmark's name beside known ones), a spec, a '#Activated / #Total' pair or a rank, each cell under a model's
column that model's value; a cell outside the models' columns may cite a rival with its figure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.facts.area_labels import area_label
from extractors.facts.board_metrics import board_rate_rows
from extractors.facts.cell_phrases import named_figures
from extractors.facts.conditions import conditions_in
from extractors.facts.document import DocView
from extractors.facts.grids import Grid
from extractors.facts.model_rows import grid_score, with_head, with_intro
from extractors.facts.numbers import parse_rank
from extractors.facts.score_benchmarks import version_after
from extractors.facts.spec_columns import cell_values, row_attribute
from extractors.facts.table_cells import (
    BENCH_CORNER,
    NA,
    attr_value,
    bench_setting,
    header_bench,
    model_from_cell,
    score_value,
)
from extractors.facts.table_columns import ATTR_COLS, RANK_HEAD, SCORE_HEAD, SKIP_HEAD, SUMMARY_HEAD
from schema.records import AttributeFact, Evidence, ScoreFact


def read_model_columns(
    view: DocView,
    grid: Grid,
    header_models: list[tuple[str, str | None, str] | None],
    pairs: Sequence[tuple[int, int]] = (),
) -> tuple[list[ScoreFact], list[AttributeFact]]:
    scores: list[ScoreFact] = []
    attrs: list[AttributeFact] = []
    known = [header_bench(view, r[0].strip()) if r else None for r in grid.rows]
    # the rate rows of the one board the table stands under ('| Slip Rate | 2.1 % | …', board_metrics)
    grid, known = board_rate_rows(view, grid, known)
    # the benchmarks' own figures are whole numbers ('MMLU | 45'): so are an unknown benchmark's
    bench_cells = [c for r, b in zip(grid.rows, known, strict=False) if b for c in r[1:] if c.strip()]
    whole = len(bench_cells) >= 2 and all(_WHOLE_SCORE.fullmatch(c) for c in bench_cells)
    # a corner that heads a column of benchmarks ('Benchmark', 'Task') says what the rows are, known or not
    corner = bool(grid.header) and (
        BENCH_CORNER.fullmatch(grid.header[0].strip()) is not None
        or DATASET_CORNER.fullmatch(grid.header[0].strip()) is not None
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
        attr = next((a for rx, a in ATTR_COLS if rx.search(label)), None) or row_attribute(label)
        if hb is not None and row_attribute(label) is not None:
            hb = None  # 'Parámetros totales' read as a benchmark's name we do not know: a spec row
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
                for value, qual in cell_values(row[j], attr, attr_value(row[j], attr)):
                    attrs.append(AttributeFact(model, attr, value, ev, 0.85, qual, method=grid.method))
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
DATASET_CORNER = re.compile(r"(?i)datasets?")
# a metric's name glued before the figure in a cell ('Mean Score69.7', 'Accuracy89.6')
_GLUED_METRIC = re.compile(r"^\s*[A-Za-z][\w@() -]{0,30}[a-z)](?=\d)")
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
    if not shaped or SKIP_HEAD.search(name) or SCORE_HEAD.search(name) or SUMMARY_HEAD.fullmatch(name):
        return None  # (an 'Avg' row sums the benchmarks up, as an 'Avg' column does across)
    if area_label(name):
        return None  # an area's row ('Math', 'Common Sense'): a section or its average (area_labels.py)
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
