"""One figure read twice: under a benchmark's bare name and under one of its variants.

A single mention of a figure can be read as two results when the words around it name a benchmark both ways
('Corvid 4 posts 57.3% on RiverQA (its Long split)': 'RiverQA' and 'RiverQA-Long'); the bare reading is a
false result on the base benchmark. Two facts of one model are one figure read twice only when all of this
holds: the same value, the same evidence (the same sentence or table block, the same offsets), the figure
written once in that evidence, and one benchmark name extending the other at a word boundary (case aside,
the extra part starts with a space, '-', '_', '/', '(' or a digit: 'QuizBench' and 'QuizBench-Hard', 'Exam'
and 'Exam 2025'; not 'Quiz' and 'Quiz+'). Then the variant stays and the bare reading goes.

Everything else is two stated results and stays: one sentence giving the figure twice ('88.0% on Kelp and
88.0% on Kelp-Hard'), two cells of one table row or two rows of one grid with equal figures, a bare name in
a summary and its variant in a table (different evidence: the page may well report both), and names that
merely share letters ('Chart' and 'ChartQA' are two benchmarks). The rule is narrow on purpose: it gives up
the summary-versus-table case rather than drop a right figure.

One pass over a page's score facts, grouped by model, value and evidence: no cost per sentence.
"""

from __future__ import annotations

import re
from collections import defaultdict

from schema.records import Evidence, ScoreFact

# a figure as written: digits with an optional thousands comma and decimal part
_FIGURE = re.compile(r"(?<![\d.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d.,])\d+(?:\.\d+)?")
# where a variant's extra part may start after the bare name
_BOUNDARY = re.compile(r"[\s\-_/(\d]")

_Key = tuple[str, float, str, int, int]


def drop_bare_twins(facts: list[ScoreFact]) -> list[ScoreFact]:
    """The facts without any whose benchmark is the bare name of another fact's variant, for the same model,
    value and evidence, when that evidence writes the figure only once (one figure read twice)."""
    names: dict[_Key, set[str]] = defaultdict(set)
    for f in facts:
        names[_key(f)].add(f.benchmark.casefold())
    if all(len(v) < 2 for v in names.values()):
        return facts
    return [
        f
        for f in facts
        if not (_bare(f.benchmark.casefold(), names[_key(f)]) and _written_once(f.evidence, f.value))
    ]


def _key(f: ScoreFact) -> _Key:
    e = f.evidence
    return (f.model, round(f.value, 4), e.text, e.start, e.end)


def _bare(name: str, others: set[str]) -> bool:
    """Whether another benchmark of the same reading extends this one's (case-folded) name at a word
    boundary."""
    return any(o != name and o.startswith(name) and _BOUNDARY.match(o, len(name)) is not None for o in others)


def _written_once(evidence: Evidence, value: float) -> bool:
    """Whether the evidence writes the figure exactly once (so two readings of it are one mention)."""
    hits = 0
    for m in _FIGURE.finditer(evidence.text):
        if round(float(m.group().replace(",", "")), 4) == round(value, 4):
            hits += 1
            if hits > 1:
                return False
    return hits == 1
