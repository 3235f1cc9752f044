"""One figure read twice: under a benchmark's bare name and under one of its variants.

A page names a benchmark's variant in full once ('Vexa 3 scores 61.2% on QuizBench-Hard' in a table) and
elsewhere by the bare name the variant extends ('61.2% on QuizBench' in the summary): one result, the
variant's. Read both ways it is two facts, the bare one a false result on the base benchmark. A model's two
facts with the same value, one benchmark's folded name the start of the other's ('QuizBench' and
'QuizBench-Hard', 'Exam' and 'Exam 2025', 'Board' and 'Board-1'), keep the variant only. Two different
figures are kept whatever their names ('61.2% on QuizBench, 48.0% on QuizBench-Hard'), and so are two
variants of one base ('Exam 2024' and 'Exam 2025': neither name starts the other).

One pass over a page's score facts, grouped by model and value: no cost per sentence.
"""

from __future__ import annotations

from collections import defaultdict

from extractors.facts.document import fold
from schema.records import ScoreFact


def drop_bare_twins(facts: list[ScoreFact]) -> list[ScoreFact]:
    """The facts without any whose benchmark is the bare name of another fact's variant, for the same model
    and value."""
    names: dict[tuple[str, float], set[str]] = defaultdict(set)
    for f in facts:
        names[f.model, round(f.value, 4)].add(fold(f.benchmark))
    if all(len(v) < 2 for v in names.values()):
        return facts
    return [f for f in facts if not _bare(fold(f.benchmark), names[f.model, round(f.value, 4)])]


def _bare(name: str, others: set[str]) -> bool:
    """Whether another benchmark of the same model and value extends this one's folded name (a '+' folds
    away: 'Quiz+' and 'Quiz' fold alike, so neither drops the other)."""
    return any(o != name and o.startswith(name) for o in others)
