"""Ties named as a noun: 'A and B share the crown', 'X is a dead heat (84.4% vs 84.3%)', 'near-tie: A 78.7%
vs B 78.4%', 'the gap between A and B shrinks to 2 points, effectively a statistical tie'. The word of the tie
is no verb with a subject and an object, so its two sides are read from where it stands: the two models its
clause names, else the two its sentence names; a sentence naming one model or none ('Dead heat: both models
scored 89%') ties the two sides of the comparison the passage made last (one of them the model it names).
A tie that is denied or broken ('no tie', 'breaks the tie') states none, nor does a tie among three or more.
"""

from __future__ import annotations

import re

from extractors.facts.claim_sides import is_named
from extractors.facts.comparison_words import HEAD
from extractors.facts.comparisons import SENTENCE_END
from extractors.facts.document import DocView, Ref, SegView, fold
from extractors.facts.side_completions import completed
from schema.records import ClaimFact

# (not 'tie into', 'tie up'; 'tie with', 'tie at' and 'tied for' are comparison heads of their own)
TIE = re.compile(
    r"(?<![\w-])(?:(?:statistical|virtual|effective)\s+)?(?:dead[- ]heat|(?:near[- ])?tie)(?![\w-])"
    r"(?!\s+(?:to|into|in|up|with|at|for)\b)"
    r"|(?<![\w-])share[sd]?\s+(?:the\s+)?(?:crown|top\s+spot|first\s+place|lead)(?![\w-])",
    re.I,
)
_GATE = re.compile(r"dead[- ]heat|\btie\b|\bshare[sd]?\s+(?:the\s+)?(?:crown|top|first|lead)", re.I)
# a tie denied, broken or only hoped for: no tie is stated
_DENIED = re.compile(
    r"(?:\bno|\bnot|n['’]t|\bnever|\bfar\s+from|\bbreaks?|\bbroke|\bbreaking|\bavoid\w*|\bwhether|\bif)"
    r"(?:\s+\w+){0,3}\s*$",
    re.I,
)
_THREE_WAY = re.compile(r"(?:three|four|five|\d)[- ]way\s+$", re.I)
# 'the tie' points back at a tie already stated; 'three (rounds) ended in a tie' counts rounds, not models
_BACK_REF = re.compile(r"\b(?:the|this|that)\s+$", re.I)
_COUNTED = re.compile(
    r"[\s\"'(*•-]*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|most|few)\b", re.I
)
_HEDGE = re.compile(r"\b(?:may|might|could|would|possibly|perhaps|likely|arguably|reportedly)\b", re.I)
_CLAUSE_CUT = re.compile(r";|,\s+(?:and|but|while|whereas)\s|\s+(?:and|but|while|whereas)\s+(?=[A-Z])")
# how far back the passage's last comparison may stand
_BACK = 1500


def names_a_tie(text: str, start: int, end: int) -> bool:
    """The cheap test before `tie_claims`: whether the span has a word of a tie at all."""
    return _GATE.search(text, start, end) is not None


def _sentence(text: str, start: int, end: int, at: int) -> tuple[int, int]:
    s = start
    for b in SENTENCE_END.finditer(text, start, at):
        s = b.end()
    nxt = SENTENCE_END.search(text, at, end)
    return s, (nxt.start() + 1 if nxt else end)


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
        cut = s
        for c in _CLAUSE_CUT.finditer(text, s, m.start()):
            cut = c.end()
        if _COUNTED.match(text, cut) or HEAD.search(text, cut, m.start()):
            continue  # a count of tied rounds; a lead won 'in a near tie' is the lead, said narrowly
        clause_end = next((c.start() for c in _CLAUSE_CUT.finditer(text, m.end(), e)), e)
        clause = _names(named, cut, clause_end)
        sentence = _names(named, s, e)
        if len(clause) == 2 or len(clause) > 2:
            sides = clause
        elif len(sentence) == 2:
            sides = sentence
        else:
            # one model named, or none: the passage's last comparison (with that model) gives the pair
            one = clause if clause else sentence
            if len(one) > 1:
                continue
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
                polarity="hedged" if _HEDGE.search(text, s, m.start()) else "asserts",
            )
        )
    return out
