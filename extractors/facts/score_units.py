"""Scores written in a unit of their own: a fraction of a whole, or money.

A fraction of a whole: the tasks or points a benchmark counts ('27/30', '118 / 120',
'4/5', '8.5/10', '35 out of 42'). The numerator is the score, as written; the whole stays with the unit
('/30'), not a percentage. A slash after a figure is otherwise a count or a date ('12/25'), so the shape must
hold: a whole number of at least 2 that the numerator does not pass, nothing glued after it (a date's year
'/2025', a rate '/s', a magnitude '/1M', a decimal), not a share ('2/3 of the tasks') nor a count of other
things ('5 out of 8 benchmarks'), not a date after a date word ('since 4/5'), not two years ('AIME 24/25'),
not a rank ('ranked 4/50') and not a rating ('rated 8/10'). Pairs of decimals ('56.2 / 60.7') are two
figures, never a fraction. A slashed fraction's benchmark must be named in the figure's own sentence
(scores.py): a composite out of 100 under a heading that lists benchmarks, or a count of tasks beside the
board's percentage, is no score of a benchmark inherited from before.

Money: a benchmark scored in money (unit 'USD', a simulated business's final balance) takes currency figures,
but never a price ('$20 per month', 'priced at $1.25').
"""

from __future__ import annotations

import re

from extractors.facts.document import SegView
from extractors.facts.numbers import NumberMention

# the slash or 'out of' and the whole after it; nothing glued on after the whole ('/2025/', '/1M', '/s',
# '/10.5', '/5-7')
_WHOLE = re.compile(r"(?:[ \t]?/[ \t]?|\s+out\s+of\s+)(?P<den>[1-9]\d{0,3})(?![\d.,/:\-–]\d|[\w%/])")
# what a whole counts when it is no score's: other benchmarks, models, tests, experts, hardware ('wins 5 out
# of 8 benchmarks', '2 out of 16 experts', '#72 out of 88 models', 'used 4/8 GPUs')
_COUNTED_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:benchmarks?|models?|tests?|evals?|evaluations?|categories|experts?|metrics?|"
    r"leaderboards?|entries|participants?|contestants?|humans?|people|users?|runs?|languages?|domains?|"
    r"gpus?|tpus?|chips?|nodes?|cores?|cards?|seeds?|layers?|bits?)\b",
    re.I,
)
# a share of something ('2/3 of the tasks', '1/10 the cost'), not a result
_SHARE_AFTER = re.compile(r"\s+(?:of|the|des?|du|der|die|del|dos?|das)\b", re.I)
# a date word or a rank word right before ('on 4/5', 'since 12/20', 'as of 3/14', 'ranked 4/50', '#3/12')
_DATE_BEFORE = re.compile(
    r"(?:\b(?:on|since|until|till|through|by|from|as\s+of|updated|dated|due|before|after)\s*|[#№]\s*)$", re.I
)
_RANK_BEFORE = re.compile(r"\b(?:rank(?:ed|s|ing)?|place[ds]?|position|No\.)\s*$", re.I)
# a reviewer's rating rather than a benchmark's count ('rated 8/10 by reviewers', 'gave it 4/5')
_RATED_BEFORE = re.compile(r"\b(?:rated|rates|rating(?:\s+of)?|gave\s+(?:it|them))\s*(?:an?\s+)?$", re.I)


def out_of(text: str, n: NumberMention) -> tuple[int, int] | None:
    """The whole a figure is written out of and where it ends ('27/30' -> 30 and the end of '30'), or None
    when the figure is no such score."""
    if n.percent or n.currency or n.multiplier or n.magnitude != 1.0:
        return None
    m = _WHOLE.match(text, n.end)
    if m is None:
        return None
    den = int(m.group("den"))
    if den < 2 or n.number > den or 1900 <= den <= 2100:
        return None  # '3/1', '24/7' (more than the whole), '12/2025' (a month and a year)
    if n.decimals == 0 and den == n.number + 1 and 10 <= den < 100:
        return None  # 'AIME 24/25': two years of a benchmark, not 24 out of 25
    if _SHARE_AFTER.match(text, m.end()) or _COUNTED_AFTER.match(text, m.end()):
        return None
    before = text[max(0, n.start - 14) : n.start]
    if _RANK_BEFORE.search(before) or _RATED_BEFORE.search(before):
        return None  # 'ranked 4/50', 'rated 8/10'
    if n.decimals == 0 and n.number <= 12 and den <= 31 and _DATE_BEFORE.search(before):
        return None  # 'on 4/5': a day of a month
    return den, m.end()


# a price rather than a balance: money by the period, seat or use ('$20 per month', '$20/mo', '$8 a seat')
# or said to be what something costs ('costs $20', 'priced at $20', 'a $20 plan')
_PRICE_RATE_AFTER = re.compile(
    r"\s*(?:per|/|a|an|each)\s*(?:month|mo|year|yr|annum|week|day|hour|hr|seat|user|run|call|request|query|"
    r"task|license|subscription)\b",
    re.I,
)
_PRICE_WORD_BEFORE = re.compile(
    r"\b(?:costs?|costing|priced|pricing|price[ds]?|charges?|charging|fee|subscription|plan|tier)\s+"
    r"(?:(?:at|of|is|from|just|only|around|about)\s+)?$",
    re.I,
)


def money_scored(sv: SegView) -> bool:
    """Whether the segment names or inherits a benchmark scored in money (unit 'USD' in benchmarks.jsonl: a
    simulated business's final balance, '$5,120.40'): its currency figures can be scores, of that benchmark
    only (scores.py)."""
    inherited = sv.bench_inherited
    return (inherited is not None and inherited.unit == "USD") or any(
        r.kind == "benchmark" and r.unit == "USD" for r in sv.refs
    )


def balance_like(text: str, n: NumberMention, sv: SegView) -> bool:
    """Whether a currency figure can be a money-scored benchmark's balance: the segment is on such a benchmark
    and the figure is no price ('$20 per month', 'costs $20', 'priced at $1.25')."""
    if not money_scored(sv) or _PRICE_RATE_AFTER.match(text, n.end):
        return False
    return not _PRICE_WORD_BEFORE.search(text[max(sv.seg.start, n.start - 30) : n.start])
