"""Table cells written as phrases: 'Category | Key Achievement' over 'Math | 79.8% on AIME 2024, 97.3% on
MATH-500', 'Code | 2029 rating on Codeforces'. Such a cell is a list of figures each followed by the benchmark
it is on; they belong to the row's model when the row names one, else to the model the table is about.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from extractors.facts import entities as ent
from extractors.facts.cell_lines import text_lines
from extractors.facts.conditions import join_settings
from extractors.facts.document import DocView
from extractors.facts.grids import Grid
from extractors.facts.table_cells import (
    cell_refs,
    first_ref,
    header_bench,
    model_from_cell,
    prime_cells,
    score_value,
)
from extractors.facts.table_columns import NEW_BENCH_HEAD
from schema.records import ScoreFact

# '90.8% on MMLU', '2029 rating on Codeforces', '65.9 pass@1 on LiveCodeBench': a figure, maybe its metric,
# 'on', then the benchmark up to the next comma, semicolon or 'and'
_PHRASE = re.compile(
    r"(?<![\w.])(?P<val>\d{1,4}(?:\.\d+)?\s?%?)(?:\s+(?:rating|score|elo|points|accuracy|pass@\d+))?"
    r"\s+(?:on|in)\s+(?:the\s+)?(?P<bench>[^,;()]{2,40}?)\s*(?=,|;|\(|\band\b|$)",
    re.I,
)


def phrase_scores(view: DocView, grid: Grid, table_model: Callable[[], str | None]) -> list[ScoreFact]:
    """Scores from cells that are lists of 'figure on Benchmark' phrases; at least two phrases in the table
    must name a benchmark we know."""
    found: list[tuple[int, str, str]] = []  # (row, figure, benchmark text)
    for i, row in enumerate(grid.rows):
        for cell in row[1:]:
            found += [(i, m.group("val"), m.group("bench").strip()) for m in _PHRASE.finditer(cell)]
    if len(found) < 2:
        return []
    prime_cells(view, [b for _i, _v, b in found] + [r[0] for r in grid.rows if r])
    named = [(i, v, b, hb) for i, v, b in found if (hb := header_bench(view, b)) is not None]
    if len(named) < 2:
        return []
    out: list[ScoreFact] = []
    fallback: str | None = None
    for i, val, surface, (bench, unit, _parts) in named:
        row = grid.rows[i]
        own = model_from_cell(view, row[0], False) if row else None
        if own is not None:
            model = own[0]
        else:
            fallback = fallback or table_model()
            if fallback is None:
                return out
            model = fallback
        sv = score_value(val, unit)
        if sv is None:
            continue
        out.append(
            ScoreFact(
                model,
                bench,
                sv[0],
                sv[1],
                None,
                grid.evidence[i] if i < len(grid.evidence) else grid.evidence[-1],
                0.85,
                grid.method,
                model_surface=model,
                benchmark_surface=surface,
            )
        )
    return out


# 'MMLU: 86.8%' inside a glued row; an approximate value ('~87%') is no score
_PAIR = re.compile(r"(?P<bench>[A-Za-z][\w .+-]{1,30}?):\s*(?P<val>\d{1,4}(?:\.\d+)?\s?%?)(?![\d.])")
_SIZE_TAIL = re.compile(r"[-\s]?\d+(?:\.\d+)?[BM](?=[A-Z])")
_ANY_PAIR = re.compile(r"[A-Za-z][\w .+-]{1,30}?:\s*[~≈]?\d")


@cache
def _model_names() -> tuple[str, ...]:
    return tuple({r.alias for r in ent.knowledge().records if r.kind == "model"})


def _labels(text: str) -> list[str]:
    """A pair's label, then what follows each seam where glued cells meet ('Undisclosed200kMT-Bench' ->
    'MT-Bench')."""
    text = text.strip()
    return [text] + [text[m.start() + 1 :] for m in re.finditer(r"[a-z0-9)][A-Z]", text)]


def glued_pair_rows(view: DocView) -> list[tuple[list[ScoreFact], int, int]]:
    """Rows of a table whose cells were glued, models down the side and one column of 'Benchmark: value'
    pairs ('Model-X OpusLab2024200kMT-Bench: 9.9 / MMLU: 86.8%'): a line that opens with a model we know
    and holds two or more such pairs (approximate ones too), one with a benchmark we know, gives that model
    those scores; (facts, start, end) per line."""
    text = view.text
    extra = sorted(view.accepted, key=len, reverse=True)
    hits: list[tuple[str, int, int, list[re.Match[str]]]] = []
    for s, e in text_lines(text):
        if e - s > 300 or text.count(":", s, e) < 2:
            continue
        line = text[s:e]
        if re.search(r"[a-z]{2}[.!?] [A-Z]", line):
            continue  # sentences ('… strongest model yet. The results: - A: 79.4% …'): prose, not a glued row
        found = [g for g in (ent.glued_prefix(line), ent.glued_prefix(line, extra)) if g]
        # a member's size glued after a family we know: 'Qwen3-32B'
        found += [
            (line[: size.end()], size.end())
            for alias in _model_names()
            if line.startswith(alias) and (size := _SIZE_TAIL.match(line, len(alias)))
        ]
        if not found:
            continue
        g = max(found, key=lambda f: f[1])  # the longest name: 'Model-X 4.5' over the page's 'Model-X'
        pairs = list(_PAIR.finditer(text, s + g[1], e))
        if pairs and len(_ANY_PAIR.findall(text, s + g[1], e)) >= 2:
            hits.append((g[0], s, e, pairs))
    if not hits:
        return []
    prime_cells(view, [b for _n, _s, _e, ps in hits for m in ps for b in _labels(m.group("bench"))])
    out: list[tuple[list[ScoreFact], int, int]] = []
    for model, s, e, pairs in hits:
        known = []
        for m in pairs:
            for label in _labels(m.group("bench")):
                hb = header_bench(view, label)
                if hb is not None:
                    known.append((m, label, hb))
                    break
        if not known:
            continue
        facts = []
        for m, label, (bench, unit, parts) in known:
            sv = score_value(m.group("val"), unit)
            if sv is not None:
                facts.append(
                    ScoreFact(
                        model,
                        bench,
                        sv[0],
                        sv[1],
                        join_settings(parts),
                        view.evidence(s, e),
                        0.85,
                        "glued_table",
                        model_surface=model,
                        benchmark_surface=label,
                    )
                )
        out.append((facts, s, e))
    return out


# a figure in a cell that names whose it is: 'Name: 65.4%', 'Name (70.5)', 'Name at 91.7', '92.3% (Name)'
_FIG = r"(?P<val>[~≈]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s?%)?)(?![\d.%])"
_NAMED_FIGURES = (
    re.compile(rf"(?P<name>[A-Za-z][^:;,()]{{1,40}}?)\s*[:：]\s*{_FIG}"),
    re.compile(rf"(?P<name>[A-Za-z][^:;,()]{{1,40}}?)\s*[(（]\s*{_FIG}\s*[)）]"),
    re.compile(rf"(?P<name>[A-Za-z][^:;,()]{{1,40}}?)\s+at\s+{_FIG}"),
    re.compile(rf"(?<![\w.]){_FIG}\s*[(（](?P<name>[A-Za-z][^()]{{1,40}})[)）]"),
)


def named_figures(view: DocView, cell: str) -> list[tuple[tuple[str, str | None, str], str]]:
    """The figures a cell gives with the model each is of ('Claude Opus 4.7: 65.4%', 'Kimi K2.6: 1484, GLM:
    1535', 'Gemini 3.1 Pro at 91.7', '87.6% (Claude Opus 4.7)'): a cell beside a benchmark's own figures that
    cites a rival's. The name must be one of a model, nothing more."""
    out: list[tuple[tuple[str, str | None, str], str]] = []
    for rx in _NAMED_FIGURES:
        for m in rx.finditer(cell):
            name = re.sub(r"^(?:vs\.?|and|or|to)\s+", "", m.group("name").strip())
            ref = first_ref(cell_refs(view, name), "model")
            if (
                ref is None
                or ref.start > 0
                or max(ref.end, ref.reach) < len(name)
                or m.group("val")[0] in "~≈"
            ):
                continue  # more than a name, or an estimate ('~87%')
            hm = model_from_cell(view, name, False)
            if hm is not None:
                out.append((hm, m.group("val")))
        if out:
            return out
    return out


# an infobox's rows giving the best result and whose it is ('SOTA score | 84.9%', 'SOTA model | Name (high)')
_TOP_SCORE = re.compile(r"(?i)(?:sota|top|best|highest|leading|state of the art)\s+(?:score|result)")
_TOP_MODEL = re.compile(r"(?i)(?:sota|top|best|leading|state of the art)\s+(?:model|system)")


def infobox_scores(view: DocView, grid: Grid) -> list[ScoreFact]:
    """A benchmark's infobox (two columns, 'Label | value', the benchmark in its header, known or shaped like
    a benchmark's name, or named before it): a value cell that names whose figure it is ('Baseline | 3.6%
    (Name)'), and a best score written apart from its model ('SOTA score | 84.9%' over 'SOTA model | Name
    (high)'): those models' scores on it."""
    if any(len(r) > 2 for r in grid.rows) or len(grid.header) > 2:
        return []
    name = grid.header[0].strip() if grid.header else ""
    corner = header_bench(view, name) or ((name, None, []) if NEW_BENCH_HEAD.fullmatch(name) else None)
    bench = corner or ((grid.context.canonical, grid.context.unit, []) if grid.context is not None else None)
    if bench is None:
        return []
    found: list[tuple[tuple[str, str | None, str], str, int]] = []
    for i, row in enumerate(grid.rows):
        if len(row) == 2:
            found += [(hm, val, i) for hm, val in named_figures(view, row[1])]
    top = next((i for i, r in enumerate(grid.rows) if len(r) == 2 and _TOP_SCORE.fullmatch(r[0].strip())), -1)
    who = next((i for i, r in enumerate(grid.rows) if len(r) == 2 and _TOP_MODEL.fullmatch(r[0].strip())), -1)
    if top >= 0 and who >= 0 and not any(i == top for _hm, _v, i in found):
        fig = re.match(r"\s*(\d[\d,]*(?:\.\d+)?\s?%?)", grid.rows[top][1])
        hm = model_from_cell(view, re.split(r"\s+/\s+|,\s", grid.rows[who][1])[0], False)
        if fig is not None and hm is not None:
            found.append((hm, fig.group(1), who))
    out: list[ScoreFact] = []
    for (model, mset, surface), val, i in found:
        sv = score_value(val, bench[1])
        if sv is None:
            continue
        ev = grid.evidence[i] if i < len(grid.evidence) else grid.evidence[-1]
        settings = join_settings([("model", mset)] if mset else [])
        out.append(
            ScoreFact(model, bench[0], sv[0], sv[1], settings, ev, 0.8, grid.method, model_surface=surface)
        )
    return out
