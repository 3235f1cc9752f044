"""A spec sheet's label and its count, read as one name: 'Number of Stacked Blocks 48' or 'Attention Heads
64' in a model-summary table is the label of a row (a plural or measuring noun such as heads, layers,
experts, size, length, token) and that row's count, never a model named 'Blocks 48'. The nouns are data in
patterns/spec_nouns.jsonl.
"""

from __future__ import annotations

import re

from extractors.facts.patterns import PATTERN_DIR, data_rows, word_alternation

_NOUNS = word_alternation(row["id"] for row in data_rows(PATTERN_DIR / "spec_nouns.jsonl", ("id",)))
# the name's words before its count end in a spec noun ('Shared Experts 2', 'Hidden Size 4096')
_LABEL_NAME = re.compile(r"(?:[A-Za-z]+[ \t]+)*" + _NOUNS + r"[ \t]+\d[\d.,]*[KMBT]?", re.I)
# 'Number of' / 'No. of' / 'Count of' or a rate's 'per' right before the name: a count's label, whatever its
# last word ('Routed Experts per Step 6')
_COUNT_LEAD = re.compile(r"(?:\b(?:number|no\.|count|num)[ \t]+of|\bper)[ \t]+$", re.I)


def spec_label(text: str, name: str, start: int) -> bool:
    """True when `name` (found at `start`) is a spec row's label and count, not a model's name."""
    if _LABEL_NAME.fullmatch(name) is not None:
        return True
    return re.search(r"[ \t]\d[\d.,]*[KMBT]?$", name) is not None and bool(
        _COUNT_LEAD.search(text, max(0, start - 16), start)
    )
