"""Business figures a page about a model writes beside its scores: revenue, users, market shares, growth over
a period, a firm's finance index. A run of results, a grid or a possessive head read by place alone must not
take their labels for benchmarks (used by run_benchmarks.py, grid_benchmarks.py, possessive_benchmarks.py
and placed_benchmarks.py).

The words are data (patterns/side_words.jsonl): kind 'business' (what a firm measures: 'revenue', 'users',
'share', 'equity'), 'axis' (a table's corner that says its labels are places, periods or sizes: 'Region',
'Quarter', 'Size') and 'growth' (a verb of change over time: 'rose', 'fell')."""

from __future__ import annotations

import re

from extractors.facts.patterns import side_alternation


def _words(kind: str) -> re.Pattern[str]:
    return re.compile(r"(?i)(?<![\w-])" + side_alternation(kind) + r"(?![\w-])")


BUSINESS = _words("business")
GROWTH = _words("growth")
_AXIS = re.compile(r"(?i)\s*(?:\*\*)?" + side_alternation("axis") + r"(?:\*\*)?\s*")
# a word that is a period, a size or a length, no benchmark's name: 'Q1', 'FY2025', 'H2', '8K', '7B', '1.5M',
# and a code of two to four capitals and a digit ('SOC2')
_PERIOD_OR_SIZE = re.compile(
    r"(?:FY|CY|Q[1-4]|H[12])['’]?\d{0,4}|(?:19|20)\d\d|\d+(?:\.\d+)?[KkMBT]|[A-Z]{2,4}\d"
)
# a measure's unit in brackets after a label: time, counts in thousands or millions, money, bytes
UNIT_TAIL = re.compile(
    r"[\(\[]\s*(?:ms|s|sec|secs|min|h|K|k|M|B|bn|GB|MB|TB|USD|EUR|\$|€|tok/s|t/s|W)\s*[\)\]]"
)


def axis_head(cell: str) -> bool:
    """Whether a table's corner says its labels are places, periods or sizes ('Region', 'Quarter')."""
    return _AXIS.fullmatch(cell) is not None


def period_or_size(word: str) -> bool:
    """Whether one word is a period, a size or a code ('Q1', 'FY2025', '8K', '70B', 'SOC2'; see above)."""
    return _PERIOD_OR_SIZE.fullmatch(word.strip("*()[]:,")) is not None


def business(text: str) -> bool:
    """Whether a label or a line measures a business ('Q1 Revenue', 'Monthly Users', 'revenue rose 20%')."""
    return BUSINESS.search(text) is not None or GROWTH.search(text) is not None
