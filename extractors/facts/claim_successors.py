"""Rankings told one place at a time: 'A heads the board at 71.4%. B follows at 66.2%.', 'A posts 1388, and
B comes next with 1351', 'B trails at 61%', 'B is second with 60.2'. A verb of place (ranking_words.jsonl)
with a figure after it sets its model one place below the model ranked just before it: the first model of
the clause before (within the same sentence, before ', and'), else of the sentence before, which may end the
previous segment when only a line break parts them. The model before the verb is a named one (a mode in
brackets may follow it: 'B (fast) follows').

Both figures are scores, and of one kind: a figure whose unit or noun says it counts something else (share,
users, stars, downloads, tokens, memory, price, speed, time: the `not_a_score` words), or '45% of X', is no
place in quality; the follower's figure has the leader's unit and is a rate of the leader's kind (not '9%
error' after '81% accuracy': the `other_rate` words), and whatever it is said to be on or in ('on
QuarryBench', 'in the 2025 edition') is what the leader's was. 'This follows the launch of A' gives no
figure at all. A lead told in the past ('A led X at 70% until February', 'last year': the `past_lead_*`
words) ranks nobody now. The claim is B behind A, as surely as the text says it (`comparisons.polarity`).
"""

from __future__ import annotations

import re

from extractors.facts.claim_sides import is_named
from extractors.facts.comparisons import Head, polarity
from extractors.facts.document import DocView, Ref, SegView, fold
from extractors.facts.folded_openings import folded_first_char
from extractors.facts.patterns import PATTERN_DIR, data_rows, word_alternation
from extractors.facts.sentence_bounds import sentence_start
from extractors.facts.side_completions import completed
from schema.records import ClaimFact

_WORDS = data_rows(PATTERN_DIR / "ranking_words.jsonl", ("id", "kind"))


def _alt(kind: str) -> str:
    return word_alternation((str(r["id"]) for r in _WORDS if r["kind"] == kind), spaces=r"\s+")


_PLACE_KINDS = ("place_verb", "place_ordinal")
# the last word of every verb of place, the cheap test (case-blind, opening on one class: folded_openings)
_GATE = re.compile(
    folded_first_char(
        [re.escape(w) for w in {str(r["id"]).split()[-1]: None for r in _WORDS if r["kind"] in _PLACE_KINDS}],
        not_after=r"\w",
    )
    + r"\b"
)
# 'follows at 66.2%', 'follows with 54.5% accuracy', 'comes next closely behind with 1351', 'trails at 61%',
# 'is second at 59%' (not 'follows with a 4-point gain': that is a change, not a place)
FOLLOWS = re.compile(
    rf"(?<![\w-])(?:{_alt('place_verb')}|{_alt('place_copula')}\s+{_alt('place_ordinal')})"
    r"(?:\s+(?:closely|close|just|right))?(?:\s+behind)?\s+(?:at|with)\s+"
    r"(?:about\s+|around\s+|roughly\s+|~\s*)?[$€£]?\d",
    re.I,
)
# a ranking by speed, price or time (the figure's unit says it): who is ahead there is no lead in quality
_NOT_A_SCORE = re.compile(
    r"[\d.,]*\s*(?:tok(?:en)?s?/s|tokens?\s+(?:per|a)\s+second|ms|s|sec|secs|seconds?|per\s+million|/\s*M)(?![\w/])",
    re.I,
)
# a figure and what stands right after it: its unit, then up to two words, then what it is on or in
_SCORE = re.compile(
    r"(?:about\s+|around\s+|roughly\s+|~\s*)?(?P<cur>[$€£])?\d[\d.,]*(?P<mag>\s*[KMBkmb]\b)?(?:\s*(?P<unit>%|pts?\b))?"
    r"(?P<words>(?:\s+[\w-]+){0,2})"
)
_NOT_SCORE_WORD = re.compile(rf"(?:of|{_alt('not_a_score')})", re.I)
# a rate of another kind than a score's ('9.4% error', '6% refusal rate'): only a figure of one kind ranks
_OTHER_RATE = re.compile(_alt("other_rate"), re.I)
# a lead told in the past ('A led X at 70%', 'until February', 'a year ago'): no place now
_PAST_LEAD = re.compile(rf"\b(?:{_alt('past_lead_verb')}|{_alt('past_lead_time')})\b", re.I)
# what a score is said to be on or in, up to the clause's end: 'on QuarryBench', 'in the 2025 edition'
_ON = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s*\b(?P<prep>on|in|for|across)\s+(?P<obj>[^,;\n]*?)(?=\s*(?:[,;\n]|[.!?](?:\s|$)|$))",
    re.I,
)
# between the model and its verb: nothing, or a bracketed mode ('B (Nonthinking) follows')
_NAME_GAP = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?")
# where a clause before the verb's own starts inside its sentence ('A posts 1388, and B comes next …')
_CLAUSE_CUT = re.compile(r";\s*|,\s+(?:and|while|whereas)\s+")
_FIGURE = re.compile(r"\d")
# the maker written before the model ("Anthropic's B follows …", "Brio Labs' B"), or nothing
_MAKER = re.compile(r"(?:(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s?\s+)?")
# only whitespace between the sentence before and this segment: a line break, not a heading or a table
_BLANK = re.compile(r"\s{0,4}")


def names_a_successor(text: str, start: int, end: int) -> bool:
    """The cheap test before `successor_claims`."""
    return _GATE.search(text, start, end) is not None


def _score(text: str, at: int, hi: int) -> tuple[str, str, str] | None:
    """The figure at `at` read as a score: its unit ('%', 'pts' or ''), what it is said to be on or in
    ('' for nothing said) and the rate of another kind it is ('error', or ''); None when it is no score (a
    count, a share, a size, a price, a speed)."""
    m = _SCORE.match(text, at, hi)
    if m is None or m.group("cur") or m.group("mag") or _NOT_A_SCORE.match(text, m.start(), hi):
        return None
    words = m.group("words").split()
    if words and (any(_NOT_SCORE_WORD.fullmatch(w) for w in words)):
        return None
    unit = (m.group("unit") or "").lower().rstrip("s")
    on = _ON.match(text, m.end("unit") if m.group("unit") else m.start("words"), hi)
    rate = next((w.lower().rstrip("s") for w in words if _OTHER_RATE.fullmatch(w)), "")
    return unit, f"{on.group('prep').lower()} {fold(on.group('obj'))}" if on else "", rate


def _same_ground(own: str, lead: str, lead_clause: str) -> bool:
    """The follower's score is on what the leader's was: it says nothing, the same, or (the leader's saying
    nothing after its figure) what the leader's clause names before it ('A tops QuarryBench at 68.1%')."""
    if own in ("", lead):
        return True
    return lead == "" and own.split(" ", 1)[-1] in lead_clause


def _leader(
    text: str, refs: list[Ref], lo: int, hi: int, follower: Ref
) -> tuple[Ref, tuple[str, str, str], str] | None:
    """The first named model of [lo, hi) with a score after it there (and no word between them that says the
    ranking is of something else: 'leads the market at 38%'), if it is not the follower and its lead is not
    told in the past ('led', 'until February', 'last year')."""
    first = next((r for r in refs if lo <= r.start and r.end <= hi and is_named(r)), None)
    if first is None or fold(first.canonical) == fold(follower.canonical) or _PAST_LEAD.search(text, lo, hi):
        return None
    fig = _FIGURE.search(text, first.end, hi)
    if fig is None:
        return None
    at = fig.start()
    while at > first.end and text[at - 1] in "$€£~":
        at -= 1
    if any(
        _NOT_SCORE_WORD.fullmatch(w) and w.lower() != "of"
        for w in re.findall(r"[\w-]+", text[first.end : at])
    ):
        return None
    score = _score(text, at, hi)
    return (first, score, fold(text[lo:hi])) if score else None


def successor_claims(
    view: DocView, sv: SegView, models: list[Ref], before: tuple[SegView, list[Ref]] | None
) -> list[ClaimFact]:
    """'B follows at 66.2%' after a clause ranking A: B behind A. `models` are this segment's models,
    `before` the previous segment and its models (the sentence before may close it)."""
    text = view.text
    start, end = sv.seg.start, sv.seg.end
    named = sorted((r for r in models if is_named(r)), key=lambda r: r.start)
    out: list[ClaimFact] = []
    for m in FOLLOWS.finditer(text, start, end):
        follower = next((r for r in reversed(named) if r.end <= m.start()), None)
        if follower is None or not _NAME_GAP.fullmatch(text, follower.end, m.start()):
            continue
        sent = sentence_start(text, start, follower.start)
        cuts = list(_CLAUSE_CUT.finditer(text, sent, follower.start))
        if cuts and _MAKER.fullmatch(text, cuts[-1].end(), follower.start):
            # 'A posts 1388, and B comes next with 1351': the clause before it
            leader = _leader(text, named, sent, cuts[-1].start(), follower)
        elif _MAKER.fullmatch(text, sent, follower.start) and sent > start:
            # 'A heads the board at 71.4%. B follows at 66.2%.': the sentence before, in this segment
            leader = _leader(text, named, sentence_start(text, start, sent - 1), sent, follower)
        elif (
            _MAKER.fullmatch(text, sent, follower.start)
            and before
            and _BLANK.fullmatch(text, before[0].seg.end, start)
        ):
            # the sentence before closes the previous segment, only a line break between them
            prev = before[0].seg
            lo = sentence_start(text, prev.start, max(prev.start, prev.end - 1))
            ranked = sorted((r for r in before[1] if is_named(r)), key=lambda r: r.start)
            leader = _leader(text, ranked, lo, prev.end, follower)
        else:
            continue
        if leader is None or re.search(r"[$€£]", m.group(0)):
            continue
        # the follower's figure: a score of the leader's kind, on what the leader's was on (or on nothing)
        own = _score(text, m.end() - 1, end)
        if (
            own is None
            or own[0] != leader[1][0]
            or own[2] != leader[1][2]
            or not _same_ground(own[1], leader[1][1], leader[2])
        ):
            continue
        leader_ref = leader[0]
        a, b = completed(view, follower.canonical), completed(view, leader_ref.canonical)
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
