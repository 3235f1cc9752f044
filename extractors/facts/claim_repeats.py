"""A heading's claim said again right under it: a title or section heading ('X Beats Y on Coding') and the
lede that opens its text ('X outperforms Y on …, the lab said') state one claim, which the page makes once.
A heading is a short line of its own with no sentence end, no list mark and no figure in percent (a line
that reads a result, 'Bench: 91%, ahead of Y', is a fact of its own, not a heading). The restatement is the
same two sides, relation (its converse counts) and polarity within `WINDOW` characters of the heading;
the claim kept is the heading's unless only the restatement says on what or by how much."""

from __future__ import annotations

import re

from schema.records import ClaimFact

WINDOW = 600  # characters from a heading's start within which its lede restates it
_MAX_HEADING = 160
_CONVERSE = {
    "behind": "outperforms",
    "slower_than": "faster_than",
    "more_expensive_than": "cheaper_than",
    "more_compute_than": "less_compute_than",
    "larger_than": "smaller_than",
}
_SENTENCE_END = re.compile(r"[.!?。！？]\s*$")
_LIST_MARK = re.compile(r"[•*\-–—|>]|\d+[.)]\s")


def _key(c: ClaimFact) -> tuple[str, str, str, str]:
    obj = c.object or ""
    if c.relation in _CONVERSE:
        return (obj, _CONVERSE[c.relation], c.subject, c.polarity)
    if c.relation == "on_par_with":
        a, b = sorted((c.subject, obj))
        return (a, c.relation, b, c.polarity)
    return (c.subject, c.relation, obj, c.polarity)


def is_heading_line(line: str) -> bool:
    """Whether a line of its own (stripped) is a heading: short, with no sentence end, no list mark and no
    figure in percent."""
    return (
        0 < len(line) < _MAX_HEADING
        and not _SENTENCE_END.search(line)
        and not _LIST_MARK.match(line)
        and "%" not in line
    )


def _is_heading(text: str, c: ClaimFact) -> bool:
    lo = text.rfind("\n", 0, c.evidence.start) + 1
    hi = text.find("\n", c.evidence.end)
    return is_heading_line(text[lo : len(text) if hi < 0 else hi].strip())


def _restates(h: ClaimFact, c: ClaimFact) -> bool:
    """Whether c may restate heading h: no benchmark or magnitude of its own that differs from h's."""
    return (h.benchmark is None or c.benchmark in (None, h.benchmark)) and (
        h.magnitude is None or c.magnitude in (None, h.magnitude)
    )


def heading_repeats(text: str, claims: list[ClaimFact]) -> list[ClaimFact]:
    """The claims without a heading's claim restated in the text right under it."""
    out: list[ClaimFact] = []
    headed: dict[tuple[str, str, str, str], tuple[int, int]] = {}  # a heading's claim: place in `out`, start
    for c in claims:
        k = _key(c)
        if k in headed:
            at, start = headed[k]
            h = out[at]
            if 0 < c.evidence.start - start <= WINDOW and _restates(h, c):
                if h.benchmark is None and h.magnitude is None and (c.benchmark or c.magnitude is not None):
                    out[at] = c  # the lede says on what or by how much: its wording is the one kept
                continue
        if k not in headed and _is_heading(text, c):
            headed[k] = (len(out), c.evidence.start)
        out.append(c)
    return out
