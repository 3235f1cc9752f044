"""Benchmark-shaped names we cannot resolve ('through the <Four Word Name> Index'): a value after one
belongs to that unknown benchmark, never to the one named before it (used by document.py and scores.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from extractors.facts.document import Ref

UNKNOWN_INTRO = re.compile(
    r"\b(?:[Tt]hrough|[Oo]n|[Ii]n|[Ww]ith|[Oo]ur internal|[Oo]ur in-house|[Tt]he) (?:the )?"
    r"(?:[A-Z][\w-]* ){1,4}"
    r"(?:Index|Bench|Tasks|Suite|Eval|Arena|Exam|Test)\b"
)


def unknown_bench_at(text: str, refs: Sequence[Ref], start: int, end: int) -> int:
    """Where text[start:end] names a benchmark-shaped name ('the <Name> Index') no benchmark reference
    covers; -1 if it does not."""
    for m in UNKNOWN_INTRO.finditer(text, start, end):
        if not any(r.start < m.end() and m.start() < r.end for r in refs if r.kind == "benchmark"):
            return m.start()
    return -1
