"""Sentence and clause bounds inside a segment: where the sentence holding a position starts and ends
(`SENTENCE_END`: a stop followed by a capital, not after an abbreviation that goes on with the sentence), and
the clause around a position (`clause`: a semicolon, a colon, a dash, a contrasting conjunction or a stop).
"""

from __future__ import annotations

import re

# not after an abbreviation that goes on with the sentence ("A (2.8M GPU hours) vs. B (30.8M)", "e.g. B"); the
# stop comes first and the lookbehinds after it (one character longer), so that re skips to the stops at once
SENTENCE_END = re.compile(
    r"[.!?](?<!\b[Vv]s.)(?<!\b[Vv].)(?<!\bcf.)(?<!\be\.g.)(?<!\bi\.e.)[\"')\]]*\s+(?=[A-Z\"(\[])"
    # a heading glued to the sentence after it by a lost line break ("… not every benchmark.Opus 4.8 reaches")
    r"|[.!?](?<=[a-z]{3}.)(?=[A-Z][a-z])"
)
# every alternative opens on a character (the lookbehind after the stop): re rejects a position at once
_CLAUSE_BREAK = re.compile(
    r";|:\s|\s[—–]\s(?!\s*(?:including|such\s+as|namely)\b)|—(?!\s*(?:including|such\s+as|namely)\b)|\s-\s"
    r"|,\s+(?:but|while|whereas|although|though|yet)\b|\s(?:while|whereas)\s"
    r"|\.(?<!\b[Vv]s\.)(?<!\bcf\.)(?<!\be\.g\.)(?<!\bi\.e\.)\s|\.(?<=[a-z]{3}\.)(?=[A-Z][a-z])"
)


def clause(text: str, start: int, pos: int, end: int) -> tuple[int, int]:
    """The clause around `pos` inside [start, end)."""
    cs = start
    for b in _CLAUSE_BREAK.finditer(text, start, pos):
        cs = b.end()
    nxt = _CLAUSE_BREAK.search(text, pos, end)
    return cs, (nxt.start() if nxt else end)


def sentence_end(text: str, at: int, seg_end: int) -> int:
    """Where the sentence holding `at` ends (at most `seg_end`)."""
    nxt = SENTENCE_END.search(text, at, seg_end)
    return nxt.start() if nxt else seg_end


def sentence_start(text: str, start: int, at: int) -> int:
    """Where the sentence holding `at` starts (at least `start`): after the last sentence end before `at`."""
    s = start
    for b in SENTENCE_END.finditer(text, start, at):
        s = b.end()
    return s
