"""Two figures of a pair that set two sides against each other, bound one to each side.

'a to b' in a sentence that names the benchmark: 'On B, A against C reads 64% to 52%', '… trails C
on B, 33.5 to 47.0', 'B: 88 to 64' in a paragraph that has compared two models. The pair is read as 'a
versus b' is (score_models.py binds each side), not as a range ('scores ranged from 30 to 45', '30 to 45
tasks') nor as one model's change ('rose from 71% to 84%', 'up 3 to 5 points'): those stay refused by the
range gate (score_gates.py).

'a → b' in a clause, or under a list's lead, that sets a model against another ('a lower error rate than
X on B (12.4 → 10.1)', 'what moved against the older X:' then '- B (21.5% → 40.5%)'): the figure before
the arrow is X's, the one after it the clause's subject's, else the page model's (scores.py asks
`arrow_owner`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.facts.document import DocView, Ref, SegView
from extractors.facts.numbers import NumberMention
from extractors.facts.score_owners import object_ref
from extractors.facts.value_clauses import ARROW_BEFORE, ARROW_NEXT

_TO_JOIN = re.compile(r"\s*(?:%|percent)?\s+to\s+")
# what may end the second figure: the end of its clause, not a unit that counts something ('30 to 45 tasks')
_PAIR_END = re.compile(r"\s*(?:%|percent)?\s*(?:[.,;:)]|$|\s+(?:in|for|against|versus|vs\.?)\b)")
# words that make 'a to b' a span or a change rather than two sides ('from', 'between', 'ranged', 'up', 'by',
# 'anywhere', 'roughly'), right before the first figure
_SPAN_BEFORE = re.compile(
    r"(?i)(?:\b(?:from|between|rang\w*|up|down|by|rose|fell|grew|climbed|jumped|dropped|went|moved|"
    r"increas\w*|decreas\w*|improv\w*|anywhere|somewhere|about|around|roughly|approximately|nearly|some|"
    r"only|just|to)|[-–~≈$€£])\s*$"
)


def to_pair_side(text: str, n: NumberMention, numbers: Sequence[NumberMention]) -> int | None:
    """0 when n opens a two-sided 'a to b' pair, 1 when it closes one, None otherwise. Both figures are
    written alike (both percentages or both bare) and plain (no currency, no magnitude), and not two small
    counts ('leads 4 to 2 in wins', 'a ratio of 3 to 1': a tally or a ratio, not two scores)."""
    i = next((k for k, m in enumerate(numbers) if m.start == n.start), -1)
    if i < 0:
        return None
    for side, (a, b) in ((0, (i, i + 1)), (1, (i - 1, i))):
        if a < 0 or b >= len(numbers):
            continue
        x, y = numbers[a], numbers[b]
        if (
            x.percent == y.percent
            and not (x.currency or y.currency or x.multiplier or y.multiplier)
            and x.magnitude == y.magnitude == 1.0
            and (x.percent or x.decimals or y.decimals or max(x.number, y.number) >= 10)
            and _TO_JOIN.fullmatch(text, x.end, y.start)
            and _PAIR_END.match(text, y.end)
            and not _SPAN_BEFORE.search(text, max(0, x.start - 16), x.start)
        ):
            return side
    return None


# a comparison's object with words of its own before the name ('over the base X', 'than the older X')
_SET_AGAINST = re.compile(
    r"\b(?:over|than|against|versus|vs\.?|compared\s+(?:with|to)|relative\s+to)\s+(?:the\s+|its\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}$"
)


def arrow_owner(view: DocView, sv: SegView, n: NumberMention) -> Ref | None:
    """The owner of one side of 'a → b' in a clause (or under a list's lead) that sets a model against
    another ('a lower error rate than X (… 14.6 → 11.3)', 'what moved against the older X: … (21.5% →
    40.5%)'): the figure before the arrow is the compared model's, the one after it the clause's subject's,
    else the page's own model's. None when no model is compared there (the page model's own change keeps its
    rules)."""
    text = view.text
    if ARROW_NEXT.match(text, n.end):  # 'a → b': the figure before the arrow
        side = 0
    elif ARROW_BEFORE.search(text, max(sv.seg.start, n.start - 16), n.start):  # the one after it
        side = 1
    else:
        return None
    scopes = [(sv, n.start)]
    if sv.seg.kind == "item":
        lead = next((s for s in reversed(view.segs[: sv.index]) if s.seg.para == sv.seg.lead_para), None)
        if lead is not None:
            scopes.append((lead, lead.seg.end))
    for scope, end in scopes:
        models = [r for r in scope.refs if r.kind == "model" and r.via != "pronoun" and r.reach <= end]
        compared = [
            m
            for m in models
            if object_ref(text, scope, m)
            or _SET_AGAINST.search(text, max(scope.seg.start, m.start - 40), m.start)
        ]
        if not compared:
            continue
        old = compared[-1]
        if side == 0:
            return old
        subject = next(
            (m for m in models if m.canonical != old.canonical and not object_ref(text, scope, m)), None
        )
        if subject is not None:
            return subject
        own = sv.focus or view.focus  # the section's model (a heading over its own list), else the page's
        return (
            Ref("model", own, n.start, n.start, n.start, None, 0.8, "implied")
            if own and own != old.canonical
            else None
        )
    return None
