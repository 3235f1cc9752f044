"""A name the page describes as a test, not a model: 'Lanternseek 2M, which probes lookups in huge inputs,
…' or 'Quarry 128K, a retrieval benchmark, …'. A test whose name ends in a size
('… 1M', '… 128K') has a model's shape, so discovery asks this before it reads such a name as a model.
"""

from __future__ import annotations

import re

# the clause right after the name says what it tests or calls it a test
_TEST_AFTER = re.compile(
    r"\s*(?:,|\(|[-\u2013\u2014])\s*(?:(?:which|that)\s+(?:tests|measures|checks|evaluates|probes|assesses|"
    r"gauges|stresses|quizzes|grades)\b|(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:benchmark|test|suite|eval|"
    r"evaluation|task set)s?\b)",
    re.I,
)


def described_as_test(text: str, end: int) -> bool:
    """True when the words right after a name ending at `end` describe it as a test or benchmark."""
    return _TEST_AFTER.match(text, end) is not None


# a relative clause that says what a test does, still open at the count ('…, which probes lookups in
# inputs of 2 million tokens'): the count is the test's input length, no model's window
_TEST_CLAUSE_OPEN = re.compile(
    r"\b(?:which|that)\s+(?:tests|measures|checks|evaluates|probes|assesses|gauges|stresses)\b[^,;:.()]*$",
    re.I,
)


def in_test_description(text: str, start: int) -> bool:
    """True when the count at `start` stands in a clause that says what a test measures."""
    return _TEST_CLAUSE_OPEN.search(text, max(0, start - 90), start) is not None
