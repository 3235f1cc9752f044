"""Benchmarks a table names by its place, not by a list: in a grid of figures whose other axis holds models,
the labels across from them are benchmarks ('| Name | Kestrel 4 | Brio 2 |' over '| QuillBench-Hard | 61.2 |
58.0 |': the row label is a benchmark whatever it is called; 'Model | TallyMath 2026 | Ridge QA' over rows of
models: so are the column heads). A label column headed 'Benchmark', 'Task' or 'Dataset' says so itself.

Refused, whatever their place: labels of prices, dates, sizes, speeds, counts and other measures of a model
(table_columns.SKIP_HEAD), a unit in brackets ('TTFT (ms)'), business figures, periods and sizes
('Q1 Revenue', 'Monthly Users', '8K', '70B'; business_figures.py) and a corner saying the labels are such
('Region', 'Size'), a word of capitals alone ('US') unless a benchmark we know stands beside it, generic
heads ('Average', 'Overall', 'Score'), a label naming a model or lab, a described task in lower-case words
('Graduate-level science'), one plain capitalised word ('Tarnish': a category more often than a name)
unless the column's head calls its labels benchmarks, and a subject area even then ('Math', 'Common Sense':
area_labels.py)
(used by mentions.py beside unknown_bench.discover_benchmarks)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from extractors.facts.area_labels import area_label
from extractors.facts.business_figures import UNIT_TAIL, axis_head, business, period_or_size
from extractors.facts.entities import Mention
from extractors.facts.name_templates import BENCH_SHAPE, STOP_HEADS
from extractors.facts.patterns import side_alternation
from extractors.facts.run_benchmarks import MODEL_SHAPED
from extractors.facts.table_columns import SKIP_HEAD

# a figure as a grid's cell writes it ('61.2', '43.4*', '88%', '56.2 / 60.7 †'); not a price ('$3')
_FIGURE = re.compile(r"\s*(?:\*\*)?[~≈]?\d+(?:[.,]\d+)?\s*%?")
_EMPTY = re.compile(r"\s*(?:[-–—/]|n/?a|N/?A|\?|)\s*")
_TWO_FIGURES = re.compile(r"\d(?:[.,]\d+)?\s+\d")
# a head that says its column's labels are benchmarks ('Benchmark', 'Tasks', 'Eval', 'Dataset')
_BENCH_HEAD = re.compile(
    r"(?i)\s*(?:\*\*)?(?:benchmarks?|tasks?|evals?|evaluations?|datasets?|tests?)(?:\*\*)?\s*"
)
# a head that says its column's labels are models
_MODEL_HEAD = re.compile(r"(?i)\s*(?:\*\*)?(?:models?|llms?|systems?|names?)(?:\*\*)?\s*")
# heads that name no benchmark: a measure of everything ('Average', 'Overall', 'Score'), a rank, a note
# (patterns/side_words.jsonl, kind 'generic_head')
GENERIC_HEAD = re.compile(r"(?i)(?:.*\b)?" + side_alternation("generic_head") + r"\b.*")
# a note in parentheses or brackets, with the blanks around it ('(avg@8)', '[pass@1]')
PARENS = re.compile(r"\s*[\(\[][^()\[\]]*[\)\]]\s*")
_PAREN_TAIL = re.compile(PARENS.pattern + "$")
_MARKS = re.compile(r"\*\*|__|[*†‡§¹²³⁴⁵]+$")
# a word of a name: a capital or a digit first ('Ridge', 'QA', '2026', 'v2'), a word with capitals inside
# that a benchmark's closing word ends, whatever its first letter ('tallyQAbench'), or a joining word
_NAME_WORD = re.compile(
    r"[A-Zτ\d][\w.'’+/-]*|[a-z][\w.+-]*[A-Z][\w.+-]*(?:bench|Bench|eval|Eval)|v\d[\w.]*|of|the|and|on|&|[-–]"
)
_PLAIN_WORD = re.compile(r"[A-Z][a-z]+")
# a shape no category or setting has: a capital inside a word ('TallyMath'), letters and digits in one word
# ('Ridge2'), capitals joined by a hyphen ('QX-Hard'), or a benchmark's closing word glued on ('RidgeQA')
_DISTINCT = re.compile(
    r"[a-z][A-Z]|[A-Za-z]\d|\d[A-Za-z]|[A-Z]-[A-Za-z]|[A-Za-z]-[A-Z]|\w(?:Bench|Eval|QA|Arena)\b"
)


def _label(cell: str) -> str:
    name = _MARKS.sub("", cell.strip()).strip()
    while _PAREN_TAIL.search(name):
        name = _PAREN_TAIL.sub("", name)
    return _MARKS.sub("", name).strip(" :")


def _is_figure(cell: str) -> bool:
    return _FIGURE.match(cell) is not None and "$" not in cell


def _figured(cells: Sequence[str]) -> bool:
    """Whether a line of cells is a run of figures: two or more, and most of the cells not left empty."""
    filled = [c for c in cells if not _EMPTY.fullmatch(c)]
    figs = [c for c in filled if _is_figure(c)]
    return (
        len(figs) >= 2
        and 2 * len(figs) >= len(filled)
        and sum(1 for c in figs if _TWO_FIGURES.search(c) and "/" not in c) * 2 < len(figs)
    )


# a cell shaped like a model's name: a capitalised word and its version ('Halyard 3', 'Pennant-5.1'), not a
# year ('AIME 2025') nor a benchmark's shape ('Vending-Bench 2')
_MODEL_SHAPE = re.compile(
    r"\s*(?:\*\*)?[A-Z][\w.]*[- ]v?(?!(?:19|20)\d\d\b)\d+(?:\.\d+)*(?:[- ][\w.]+)*(?:\s*\([^()]*\))?\s*"
)


def _names_model(cell: str, model_words: Iterable[str]) -> bool:
    return any(w in cell for w in model_words)


def model_head(cell: str, model_words: Iterable[str]) -> bool:
    """Whether a header cell names a model: one we know, or a name of a model's shape (see _MODEL_SHAPE)."""
    return _names_model(cell, model_words) or (
        _MODEL_SHAPE.fullmatch(cell) is not None and BENCH_SHAPE.search(cell) is None
    )


# a word of two to five capitals alone ('US', 'TTFT'): a place's, a measure's or a benchmark's short name
_CAPS = re.compile(r"[A-Z]{2,5}")


def benchmark_label(name: str, headed: bool, model_words: frozenset[str], beside: bool = False) -> bool:
    words = name.split()
    if not words or len(words) > 6 or len(name) > 60 or not re.search(r"[A-Z]", name):
        return False
    if period_or_size(words[0]) or business(name) or (_CAPS.fullmatch(name) and not (headed or beside)):
        return False  # 'Q1 Revenue', '128K', 'Monthly Users'; 'US' only beside a benchmark we know
    if (
        words[0] in STOP_HEADS
        or SKIP_HEAD.search(name)
        or GENERIC_HEAD.fullmatch(name)
        or area_label(name)
        or "$" in name
        or "&" in name
    ):
        return False
    if re.fullmatch(r"[\d\s.,%/-]+", name) or _names_model(name, model_words):
        return False
    if not all(_NAME_WORD.fullmatch(w) for w in words):
        return False  # a task described in lower-case words ('Graduate-level science')
    return headed or len(words) > 1 or _PLAIN_WORD.fullmatch(name) is None


def grid_benchmarks(
    tables: Iterable[tuple[Sequence[str], Sequence[Sequence[str]]]], known: Sequence[Mention]
) -> list[str]:
    """The benchmark labels of every grid (header, rows) whose other axis holds models (see the docstring)."""
    model_words = frozenset(m.surface for m in known if m.kind in ("model", "family") and len(m.surface) > 1)
    benches = frozenset(m.surface for m in known if m.kind == "benchmark")
    labs = frozenset(m.surface for m in known if m.kind == "lab")
    out: list[str] = []
    for header, rows in tables:
        header = list(header)
        rows = [list(r) for r in rows if r]
        if len(rows) < 2 or len(header) < 3:
            continue
        # labels down a column: models across the header, or a head calling them benchmarks
        col = next((k for k, h in enumerate(header[:2]) if _BENCH_HEAD.fullmatch(h)), None)
        if any(b in h for h in header[1:] for b in benches):
            col = None  # 'Benchmark | B1 | B2' over rows of models: the head names the columns, not the rows
        across = sum(1 for h in header[1:] if model_head(h, model_words))
        # a corner saying the labels are places, periods or sizes ('Region', 'Quarter', 'Size') names none
        corner = axis_head(header[0])
        if (col is not None or across >= 2) and not (col is None and corner):
            at = 0 if col is None else col
            raw = [r[at] for r in rows if len(r) > at + 1 and _figured(r[at + 1 :])]
            beside = any(b in c for c in raw for b in benches)
            out.extend(
                n
                for n in (_label(c) for c in raw if not UNIT_TAIL.search(c))
                if benchmark_label(n, col is not None, model_words, beside) and not model_head(n, model_words)
            )
        # heads across: models down the first column (or a head calling them models)
        down = sum(1 for r in rows if model_head(r[0], model_words))
        # a board's heads are as often its own categories or settings ('Knowledge', 'With Tools', '@4h'): a
        # head is a benchmark beside one we know, or by a shape no category has; under a 'Benchmark' corner
        # beside known heads, tables.py reads the new ones itself (naming them here turns its vote)
        sibling = any(b in h for h in header[1:] for b in benches)
        if (
            2 * down >= len(rows)
            and (down >= 2 or _MODEL_HEAD.fullmatch(header[0]))
            and not (sibling and _BENCH_HEAD.fullmatch(header[0]))
            and not corner
        ):
            for k, h in enumerate(header[1:], 1):
                name = _label(h)
                if (
                    (sibling or _DISTINCT.search(name))
                    and _figured([r[k] for r in rows if len(r) > k])
                    and not UNIT_TAIL.search(h)
                    and benchmark_label(name, False, model_words, sibling)
                    # ('Tarn V4' is a model; 'Ridge v5 (avg@8)' a benchmark's version, as a head writes it)
                    and not (_names_model(name, model_words) or MODEL_SHAPED.match(name))
                ):
                    out.append(name)

    # a label holding a benchmark we know is read by that name ('SWE-bench Verified (agentic)'), and one
    # opening on a known benchmark's initials is its short form ('LCB v5' on a page naming LiveCodeBench); a
    # lab's name is no benchmark
    initials = {"".join(c for c in b if c.isupper()) for b in benches}
    return [
        n
        for n in dict.fromkeys(out)
        if not any(b in n for b in benches) and n not in labs and n.split()[0] not in initials
    ]
