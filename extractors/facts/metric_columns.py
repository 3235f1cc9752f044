"""The columns of a models-down results grid that measure the benchmark the table is about, and the heads that
name a benchmark of their own (used by model_rows.read_model_rows).

A board's grid often sets the metrics its overall score is made of beside it ('| Model | Mean score | BLEURT
| METEOR |' under a summary board's heading): a column headed by a metric's name (patterns/
metric_words.jsonl) holds the same benchmark's values as the score column read as the page's benchmark, its
head the setting that tells them apart. A metric column with no such score column beside it is left alone:
nothing says whose metric it is.

And a grid that heads a column with a name shaped like a benchmark's ('| Model | QuorvaBench | Region A |')
reports that benchmark, whether or not we know it: its other columns are not settings of a benchmark the
prose names elsewhere on the page ('unlike older suites such as B, ...').
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from extractors.facts.grid_benchmarks import GENERIC_HEAD, PARENS
from extractors.facts.grids import Grid
from extractors.facts.name_templates import BENCH_SHAPE
from extractors.facts.patterns import PATTERN_DIR, data_rows, word_alternation
from extractors.facts.table_cells import NA, score_value

Column = tuple[str, str, str | None, list[tuple[str, str]]]


@cache
def _metric_head() -> re.Pattern[str]:
    """A head naming a metric alone ('BLEU', 'chrF++', 'F1 (%)', 'COMET score')."""
    words = [str(row["id"]) for row in data_rows(PATTERN_DIR / "metric_words.jsonl", ("id",))]
    return re.compile(
        r"(?i)\s*" + word_alternation(words, longest_first=True) + r"(?:\s+scores?)?\s*(?:\(\s*%\s*\)|%)?\s*"
    )


def metric_head(head: str) -> bool:
    return _metric_head().fullmatch(head) is not None


def figure_column(rows: Sequence[Sequence[str]], j: int) -> bool:
    """Whether most of column j's filled cells are figures ('–' where a model was not run)."""
    filled = [r[j] for r in rows if j < len(r) and not NA.match(r[j].strip() or "-")]
    figures = sum(1 for c in filled if score_value(c, None) is not None)
    return figures > 0 and figures * 2 >= len(filled)


_BIT_WIDTHS = {"1", "2", "4", "8", "16", "32", "64"}


def _bit_widths(rows: Sequence[Sequence[str]], j: int) -> bool:
    """Whether column j's filled cells are all bit widths ('| Precision |' over 16 / 8 / 4): a number format,
    no metric's score."""
    filled = [re.sub(r"(?i)\s*-?bits?$", "", r[j].strip()) for r in rows if j < len(r) and r[j].strip()]
    return bool(filled) and all(c in _BIT_WIDTHS for c in filled)


def metric_columns(
    grid: Grid, cols: dict[int, Column], in_context: Sequence[int], model_col: int
) -> dict[int, Column]:
    """The metric columns beside the score columns `in_context` (read as the page's benchmark): each is that
    benchmark's, as the first such column reads it; the caller adds each head as its column's metric."""
    if not in_context:
        return {}
    kind, name, unit, parts = cols[in_context[0]]
    rows = [r for r in grid.rows if len(r) > model_col]
    return {
        j: (kind, name, unit, list(parts))
        for j, h in enumerate(grid.header)
        if j != model_col
        and j not in cols
        and metric_head(h.strip())
        and figure_column(rows, j)
        and not _bit_widths(rows, j)
    }


def own_benchmark_head(header: Sequence[str], model_col: int, bench: str) -> bool:
    """Whether a head of the grid (not the model column's) is a benchmark-shaped name other than `bench`
    ('QuorvaBench', 'Tally Eval'): the grid is that benchmark's, not `bench`'s. A generic head ('Overall
    Index') or one naming `bench` itself ('Vale Arena (hard)' on Vale Arena's page) is none."""
    own = re.sub(r"\W+", "", bench.lower())
    for j, h in enumerate(header):
        label = PARENS.sub(" ", h).strip()
        if j == model_col or not label or BENCH_SHAPE.search(label) is None or GENERIC_HEAD.fullmatch(label):
            continue
        flat = re.sub(r"\W+", "", label.lower())
        if own and (own in flat or flat in own):
            continue
        return True
    return False
