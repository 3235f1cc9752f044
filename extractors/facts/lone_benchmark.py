"""Benchmark-shaped names the readers left unresolved: whether a found benchmark is still the one in force.

A table naming no benchmark of its own is read on the last benchmark the page named before it. On a page about
tests no list knows, the readers often find one of several ('Quarry-Bench' of 'Quarry-Bench, Tallow-Eval and
Kiln-QA'), and a table headed by another ('### Tallow-Eval' over '| Model | Score |') was given to the one
found. A name shaped like a benchmark's (a capitalised word glued to 'Bench', 'Eval', 'QA' or 'Arena', or
joined to it by a hyphen) that stands between the found one and the table, covered by no reference, is the
table's test: the found one is not (used by grids.context_before).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# a benchmark's shape, whatever its name: 'KilnBench', 'Kiln-Bench', 'Kiln-bench', 'TallowEval', 'KilnQA'
_SHAPED = re.compile(r"(?<![\w-])[A-Z][\w]*?(?:-?(?:Bench|Eval|QA|Arena)|-bench)(?![\w-]|\.\d)")


def _folded(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())


def other_benchmark_shapes(text: str, covered: Iterable[tuple[int, int]], found: str) -> list[str]:
    """The benchmark-shaped names `text` writes outside the `covered` spans (the references the readers
    resolved), other than the `found` benchmark's own spelling."""
    spans = sorted(covered)
    low = _folded(found)
    out = []
    for m in _SHAPED.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in spans):
            continue
        if _folded(m.group()) in low or low in _folded(m.group()):
            continue  # the found benchmark written another way ('Kiln-Bench' of 'Kiln-Bench Pro')
        out.append(m.group())
    return out
