"""Rankings told in turn: 'A leads at 70.3%. B follows at 63.8%.', '…, and B follows behind with 1297',
'B trails at 61%', 'B is second with 60.2'. Such a verb of place with a figure after it puts its model right
after the one the text ranked just before: the first model of the clause before it (the same sentence's
clause before ', and'), else of the sentence before it, which may close the previous segment when only a line
break stands between them. That clause must give figures too (a ranking, not a story: 'This follows the
launch of A' has no figure after it), and the model before the verb must be a named one (a bracketed mode
after it is allowed: 'B (fast) follows'). The claim is B behind A, said as surely as the text says it
(`comparisons.polarity`); a ranking by speed, price or time ('B follows at 290 tok/s') is no lead in quality
and states none here.
"""

from __future__ import annotations

import re

from extractors.facts.claim_sides import is_named
from extractors.facts.comparisons import SENTENCE_END, Head, polarity
from extractors.facts.document import DocView, Ref, SegView, fold
from extractors.facts.side_completions import completed
from schema.records import ClaimFact

_GATE = re.compile(r"\b(?:follows|trails|next|second|third)\b", re.I)
# 'follows at 63.8%', 'follows with 65.0% accuracy', 'follows closely behind with 1297', 'trails at 61%',
# 'comes next with 60.2', 'is second at 59%' (not 'follows with a 4-point gain': a change, not a place)
FOLLOWS = re.compile(
    r"(?<![\w-])(?:follows|trails|comes\s+next|(?:is|comes|sits|ranks|places|finishes)\s+(?:second|third))"
    r"(?:\s+(?:closely|close|just|right))?(?:\s+behind)?\s+(?:at|with)\s+"
    r"(?:about\s+|around\s+|roughly\s+|~\s*)?[$€£]?\d",
    re.I,
)
# a ranking by speed, price or time (the figure's unit says it): who is ahead there is no lead in quality
_NOT_A_SCORE = re.compile(
    r"[\d.,]*\s*(?:tok(?:en)?s?/s|tokens?\s+(?:per|a)\s+second|ms|s|sec|secs|seconds?|per\s+million|/\s*M)(?![\w/])",
    re.I,
)
# between the model and its verb: nothing, or a bracketed mode ('B (Nonthinking) follows')
_NAME_GAP = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?")
# where a clause before the verb's own starts inside its sentence ('A shows 1399, and B follows …')
_CLAUSE_CUT = re.compile(r";\s*|,\s+(?:and|while|whereas)\s+")
_FIGURE = re.compile(r"\d")
# the maker written before the model ("Anthropic's B follows …", "Brio Labs' B"), or nothing
_MAKER = re.compile(r"(?:(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s?\s+)?")
# only whitespace between the sentence before and this segment: a line break, not a heading or a table
_BLANK = re.compile(r"\s{0,4}")


def names_a_successor(text: str, start: int, end: int) -> bool:
    """The cheap test before `successor_claims`."""
    return _GATE.search(text, start, end) is not None


def _sentence_start(text: str, start: int, at: int) -> int:
    s = start
    for b in SENTENCE_END.finditer(text, start, at):
        s = b.end()
    return s


def _leader(text: str, refs: list[Ref], lo: int, hi: int, follower: Ref) -> Ref | None:
    """The first named model of [lo, hi) with a figure after it there, if it is not the follower."""
    first = next((r for r in refs if lo <= r.start and r.end <= hi and is_named(r)), None)
    if first is None or fold(first.canonical) == fold(follower.canonical):
        return None
    return first if _FIGURE.search(text, first.end, hi) else None


def successor_claims(
    view: DocView, sv: SegView, models: list[Ref], before: tuple[SegView, list[Ref]] | None
) -> list[ClaimFact]:
    """'B follows at 63.8%' after a clause ranking A: B behind A. `models` are this segment's models,
    `before` the previous segment and its models (the sentence before may close it)."""
    text = view.text
    start, end = sv.seg.start, sv.seg.end
    named = sorted((r for r in models if is_named(r)), key=lambda r: r.start)
    out: list[ClaimFact] = []
    for m in FOLLOWS.finditer(text, start, end):
        follower = next((r for r in reversed(named) if r.end <= m.start()), None)
        if follower is None or not _NAME_GAP.fullmatch(text, follower.end, m.start()):
            continue
        sent = _sentence_start(text, start, follower.start)
        cuts = list(_CLAUSE_CUT.finditer(text, sent, follower.start))
        if cuts and _MAKER.fullmatch(text, cuts[-1].end(), follower.start):
            # 'A shows strong results with 1399, and B follows behind with 1297': the clause before it
            leader = _leader(text, named, sent, cuts[-1].start(), follower)
        elif _MAKER.fullmatch(text, sent, follower.start) and sent > start:
            # 'A leads at 70.3%. B follows at 63.8%.': the sentence before, in this segment
            leader = _leader(text, named, _sentence_start(text, start, sent - 1), sent, follower)
        elif (
            _MAKER.fullmatch(text, sent, follower.start)
            and before
            and _BLANK.fullmatch(text, before[0].seg.end, start)
        ):
            # the sentence before closes the previous segment, only a line break between them
            prev = before[0].seg
            lo = _sentence_start(text, prev.start, max(prev.start, prev.end - 1))
            ranked = sorted((r for r in before[1] if is_named(r)), key=lambda r: r.start)
            leader = _leader(text, ranked, lo, prev.end, follower)
        else:
            continue
        if leader is None or re.search(r"[$€£]", m.group(0)) or _NOT_A_SCORE.match(text, m.end() - 1):
            continue
        a, b = completed(view, follower.canonical), completed(view, leader.canonical)
        if not a or not b or fold(a) == fold(b):
            continue
        head = Head("behind", m.start(), m.end(), -1, "asserts", None, None)
        out.append(
            ClaimFact(
                subject=a,
                relation="behind",
                object=b,
                evidence=view.evidence(start, end),
                confidence=0.6,
                benchmark=None,
                method="claim",
                polarity=polarity(text, head, sent, end),
            )
        )
    return out
