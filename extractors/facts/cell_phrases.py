"""Table cells written as phrases: 'Category | Key Achievement' over 'Math | 79.8% on AIME 2024, 97.3% on
MATH-500', 'Code | 2029 rating on Codeforces'. Such a cell is a list of figures each followed by the benchmark
it is on; they belong to the row's model when the row names one, else to the model the table is about.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extractors.facts.document import DocView
from extractors.facts.grids import Grid
from extractors.facts.table_cells import header_bench, model_from_cell, prime_cells, score_value
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
