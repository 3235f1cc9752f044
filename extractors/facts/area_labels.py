"""A table label that names a subject area, not a test: 'Code', 'Math', 'Common Sense', 'Multilingual',
'Reasoning & Knowledge'. Results tables write such labels as section rows over the benchmarks of that area,
or as the row or column of the area's average; either way the figure across from one is no named benchmark's
(a test named after its area keeps its own shape: 'MATH', 'MathArena', 'Code Arena', 'CommonsenseQA').

The words are data: the subject areas and languages of patterns/aspect_words.jsonl and the category words of
patterns/category_words.jsonl (used by grid_benchmarks.py)."""

from __future__ import annotations

import re
from functools import cache

from extractors.facts.patterns import PATTERN_DIR, data_rows

# parts of a joined label ('Math & Reasoning', 'Code / Agents', 'Knowledge and QA' is not: QA is no area)
_JOIN = re.compile(r"\s*(?:&|/|\+|,|\band\b)\s*")


@cache
def _areas() -> dict[str, str]:
    """Every area word or phrase, lower-cased, to its spelling in the lists."""
    aspects = data_rows(PATTERN_DIR / "aspect_words.jsonl", ("kind", "words"))
    rows = [
        *(r for r in aspects if r["kind"] != "region"),  # (a region's row is a market's, kept out)
        *data_rows(PATTERN_DIR / "category_words.jsonl", ("kind", "words")),
    ]
    return {" ".join(str(w).lower().split()): str(w) for r in rows for w in r["words"]}


def _area_part(part: str) -> bool:
    spelt = _areas().get(" ".join(part.lower().split()))
    # a word in capitals is a name unless the list writes it so ('MATH' is a test, 'STEM' an area)
    return spelt is not None and (not part.isupper() or spelt.isupper() or len(part) < 2)


def area_label(name: str) -> bool:
    """Whether a label names only subject areas ('Math', 'Common Sense', 'Code & Math')."""
    if not name or name[0].isdigit():
        return False
    parts = [p for p in _JOIN.split(name.strip()) if p]
    return bool(parts) and all(_area_part(p) for p in parts)
