"""Ties named as a noun rather than a verb: 'A and B share the top spot', 'the reading set ends in a dead
heat', 'one point apart, which amounts to a virtual tie'. Such a word has no subject and object of its own, so
its two sides come from where it stands: the two models joined as its subject ('A and B share …'), else the
two its clause names, else the two its sentence names. A sentence naming one model or none ('Geometry set:
both land at 63%, a dead heat') ties the two sides of the passage's last comparison, but only when it speaks
of results (figures, a score, a benchmark) and of no other pair, price or date. A tie denied, broken, asked
about, among three or more, or of something else that is shared ('share the lead author') states none.
"""

from __future__ import annotations

import re

from extractors.facts.claim_sides import is_named
from extractors.facts.comparison_words import HEAD
from extractors.facts.comparisons import Head, polarity
from extractors.facts.document import DocView, Ref, SegView, fold
from extractors.facts.sentence_bounds import sentence_end, sentence_start
from extractors.facts.side_completions import completed
from schema.records import ClaimFact

# (not 'tie into', 'tie up'; 'tie with', 'tie at' and 'tied for' are comparison heads of their own)
TIE = re.compile(
    r"(?<![\w-])(?:(?:statistical|virtual|effective)\s+)?(?:dead[- ]heat|(?:near[- ])?tie)(?![\w-])"
    r"(?!\s+(?:to|into|in|up|with|at|for)\b)"
    # (not 'share the lead author', 'share the first place trophy': a noun after it is what is shared)
    r"|(?<![\w-])share[sd]?\s+(?:the\s+)?(?:crown|top\s+spot|first\s+place|lead)(?![\w-])"
    r"(?!\s+(?!(?:in|on|at|for|with|across|among|after|as|of|by|and|but|while|thanks)\b)[a-z])",
    re.I,
)
# (case-blind, opening on one class of its first letters: folded_openings)
_GATE = re.compile(
    r"[DdTtSsſ](?:(?<=[Dd])(?i:ead[- ]heat)|(?<=[Tt])(?<!\w.)(?i:ie)\b"
    r"|(?<=[Ssſ])(?<!\w.)(?i:hare[sd]?\s+(?:the\s+)?(?:crown|top|first|lead)))"
)
# a tie denied, broken or only hoped for: no tie is stated
_DENIED = re.compile(
    r"(?:\bno|\bnot|n['’]t|\bnever|\bfar\s+from|\bbreaks?|\bbroke|\bbreaking|\bavoid\w*|\bwhether|\bif)"
    r"(?:\s+\w+){0,3}\s*$",
    re.I,
)
_THREE_WAY = re.compile(r"(?:three|four|five|\d)[- ]way\s+$", re.I)
# 'the tie' points back at a tie already stated; 'three matchups finished as a tie' counts rounds, not models
_BACK_REF = re.compile(r"\b(?:the|this|that)\s+$", re.I)
_COUNTED = re.compile(
    r"[\s\"'(*•-]*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|most|few)\b", re.I
)
_CLAUSE_CUT = re.compile(r";|,\s+(?:and|but|while|whereas)\s|\s+(?:and|but|while|whereas)\s+(?=[A-Z])")
# 'A and B share the lead', 'A and B are in a dead heat': the 'and' joins the tie's own two sides
_SIDES_JOINED = re.compile(
    r"\s*(?:(?:are|were|remain(?:ed)?|stay(?:ed)?|sit|sat|finish(?:ed)?)\s+)?(?:in\s+)?(?:an?\s+)?$"
)
# a tie without names stands for the passage's last comparison only if it speaks of results (a score, a
# benchmark, figures) and of nothing else that can be tied: a price, a date, an election, people
_RESULTS = re.compile(
    r"\d\s?(?:%|points?\b|pts?\b|pp\b)|\b(?:scor\w*|benchmarks?|evals?|evaluations?|results?|accuracy|"
    r"pass\s+rates?|win\s+rates?|leaderboards?|elo)\b",
    re.I,
)
_OTHER_TIE = re.compile(
    r"[$€£¥]|\b(?:pric\w*|costs?|charges?|fees?|per\s+million|released?|releases|shipped|launch\w*|timing|dates?|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|elections?|votes?|"
    r"candidates?|teams?|players?|games?|matches|league|season)\b",
    re.I,
)
# the subject of a share without names that may stand for the last comparison's two sides
_BOTH_BEFORE = re.compile(r"\b(?:both(?:\s+models)?|the\s+two(?:\s+models)?|they)\s+$", re.I)
# two parties named that are no models ('two clubs, Ravens and Herons, in a dead heat')
_OTHER_PAIR = re.compile(r"\b[A-Z][\w.-]*\s+(?:and|&|vs\.?|versus)\s+(?:the\s+)?[A-Z][\w.-]*")
# how far back the passage's last comparison may stand
_BACK = 1500


def names_a_tie(text: str, start: int, end: int) -> bool:
    """The cheap test before `tie_claims`: whether the span has a word of a tie at all."""
    return _GATE.search(text, start, end) is not None


def _sentence(text: str, start: int, end: int, at: int) -> tuple[int, int]:
    """The sentence holding `at` inside [start, end), its closing mark included."""
    s = sentence_start(text, start, at)
    e = sentence_end(text, at, end)
    return s, (e + 1 if e < end else end)


def _about_results(text: str, s: int, e: int, named: list[Ref], sv: SegView) -> bool:
    """Whether the sentence [s, e) of a tie without two models speaks of results and of no other pair."""
    if _OTHER_TIE.search(text, s, e):
        return False
    # a pair of models or of benchmarks ('the gains on A and B') is no other pair of parties
    starts = {r.start for r in named} | {b.start for b in sv.benchmarks()}
    if any(p.start() not in starts for p in _OTHER_PAIR.finditer(text, s, e)):
        return False
    return bool(_RESULTS.search(text, s, e)) or any(s <= b.start < e for b in sv.benchmarks())


def _names(refs: list[Ref], lo: int, hi: int) -> list[str]:
    """The distinct models named between `lo` and `hi`, in order."""
    return list(dict.fromkeys(r.canonical for r in refs if lo <= r.start < hi))


def tie_claims(view: DocView, sv: SegView, models: list[Ref], before: list[ClaimFact]) -> list[ClaimFact]:
    """The ties a segment names as a noun, as on_par_with claims; `before` are the claims the page wrote
    before this segment (the passage's last comparison gives a tie without names its sides)."""
    text = view.text
    start, end = sv.seg.start, sv.seg.end
    if not names_a_tie(text, start, end):
        return []
    named = sorted((r for r in models if is_named(r)), key=lambda r: r.start)
    benches = {fold(b.canonical) for b in sv.benchmarks()} | {fold(k) for k in view.benches}
    out: list[ClaimFact] = []
    for m in TIE.finditer(text, start, end):
        s, e = _sentence(text, start, end, m.start())
        lead = text[max(s, m.start() - 40) : m.start()]
        if _DENIED.search(lead) or _THREE_WAY.search(lead) or _BACK_REF.search(lead):
            continue
        if "?" in text[m.end() : e] or _OTHER_TIE.search(text, max(s, m.start() - 40), min(e, m.end() + 40)):
            continue  # a tie asked about; a tie in price or in time is no parity in results
        cut, joined = s, []
        for c in _CLAUSE_CUT.finditer(text, s, m.start()):
            after = [
                r for r in named if r.start == c.end() and _SIDES_JOINED.fullmatch(text, r.end, m.start())
            ]
            before_and = [r for r in named if r.end == c.start() and r.start >= cut]
            if c.group(0)[0].isspace() and after and before_and:
                joined = [before_and[0].canonical, after[0].canonical]
                continue  # 'A and B share the lead': the tie's own two sides, not two clauses
            cut = c.end()
        if _COUNTED.match(text, cut) or HEAD.search(text, cut, m.start()):
            continue  # a count of tied rounds; 'edges out B … in a near tie' is the lead, said narrowly
        clause_end = next((c.start() for c in _CLAUSE_CUT.finditer(text, m.end(), e)), e)
        clause = _names(named, cut, clause_end)
        sentence = _names(named, s, e)
        if len(set(joined)) == 2:
            sides = joined
        elif len(clause) >= 2:
            sides = clause
        elif len(sentence) == 2:
            sides = sentence
        else:
            # one model named, or none: the passage's last comparison (with that model) gives the pair
            one = clause if clause else sentence
            if len(one) > 1 or not _about_results(text, s, e, named, sv):
                continue
            if m.group(0).lower().startswith("share") and not _BOTH_BEFORE.search(text, s, m.start()):
                continue  # 'Alice and Bob share the crown': a share's subject is named, and is no model
            last = next(
                (
                    c
                    for c in reversed(before + out)
                    if c.evidence.start <= s
                    and s - c.evidence.start <= _BACK
                    and c.object
                    and (not one or one[0] in (c.subject, c.object))
                ),
                None,
            )
            if last is None:
                continue
            sides = [last.subject, str(last.object)]
        if len(sides) != 2:
            continue
        a, b = (completed(view, x) for x in sides)
        if not a or not b or fold(a) == fold(b) or {fold(a), fold(b)} & benches:
            continue
        bench = [x.canonical for x in sv.benchmarks() if cut <= x.start < clause_end]
        out.append(
            ClaimFact(
                subject=a,
                relation="on_par_with",
                object=b,
                evidence=view.evidence(start, end),
                confidence=0.6,
                benchmark=bench[0] if len(set(bench)) == 1 else None,
                method="claim",
                # said as surely as a comparison's head there ('reportedly' is an attribution, not a hedge)
                polarity=polarity(
                    text, Head("on_par_with", m.start(), m.end(), -1, "asserts", None, None), cut, e
                ),
            )
        )
    return out
