"""A whole number in the years' range (1900-2100) that is a rating, not a year: a rating word or a rated
benchmark right beside it ('an Elo of 2029', 'note ELO de 2029', 'Codeforces rating: 1977', '2024 on
Codeforces', '2029 rating', 'Elo 2050'). Without such a cue the number stays a year ('released in 2024').
"""

from __future__ import annotations

import re

from extractors.facts.alternation import longest_first
from extractors.facts.dates import MONTHS
from extractors.facts.document import SegView
from extractors.facts.numbers import NumberMention

# a rating word, then at most a linking word, right before the figure ('Elo of 2029', 'rating: 2024',
# 'note ELO de 2029', 'Elo-Wert von 2031', '评分为2029', 'レーティング 2024')
_RATING_BEFORE = re.compile(
    r"(?:\b(?:elo|ratings?|rated)(?:[- ]?(?:score|wert|punkte|rating))?"
    r"|评分|分数|得分|等级分|レーティング|레이팅)"
    r"\s*(?:(?:of|at|is|was|de|d'|von|di|da|du|do|[:=：]|为|為|は|が|이|가)\s*)?"
    r"(?:(?:about|around|roughly|nearly|approximately|environ|env\.|rund|etwa|cerca\s+de|约|約)\s*)?$",
    re.I,
)
# a rating word right after it ('2029 Elo', '2024 rating', '2024 points', '2029分')
_RATING_AFTER = re.compile(r"\s?(?:elo|rating|points|pts|punkte|分|점)(?![A-Za-z])", re.I)
# 'on' / 'sur' / 'auf' … right after it, to a benchmark whose unit is no percentage ('2024 on Codeforces')
_ON_AFTER = re.compile(r"\s+(?:on|sur|en|em|auf|bei)\s+(?:the\s+|le\s+|la\s+|l'|el\s+|o\s+|a\s+)?", re.I)
_JOIN = re.compile(r"\s*[:：=]?\s*")
_PHRASE_END = re.compile(r"\s*(?:[.,;)|\n]|$)")
# a word that makes the number a date: 'in 2024', 'since 2023', 'March 2025', 'early 2024', 'Q1 2025'
_DATE_BEFORE = re.compile(
    r"(?:\b(?:in|since|by|from|until|till|through|of|during|early|late|mid|end|start|spring|summer|autumn|fall|"
    r"winter|year|before|after|en|em|im|seit|ab|bis|de|del|desde|depuis|dès|jusqu'en|"
    # (the months in every language the date reader knows: dates.MONTHS, its one list of them)
    + "|".join(longest_first(MONTHS))
    + r"|q[1-4]|h[12])\.?"
    r"|\d{1,2},?|[-–/])\s*$",
    re.I,
)


def rating_beside(text: str, n: NumberMention, sv: SegView) -> bool:
    """Whether a rating word or a rated benchmark sits right beside the number."""
    if _RATING_BEFORE.search(text, max(sv.seg.start, n.start - 30), n.start):
        return True
    if _DATE_BEFORE.search(text, max(sv.seg.start, n.start - 14), n.start):
        return False
    if _RATING_AFTER.match(text, n.end):
        return True
    on = _ON_AFTER.match(text, n.end)
    rated = [r for r in sv.refs if r.kind == "benchmark" and r.unit != "%"]
    if on is not None and any(r.start == on.end() for r in rated):
        return True
    # a rated benchmark right before it, the figure ending its phrase ('Codeforces: 2029', 'Codeforces 1977.')
    return _PHRASE_END.match(text, n.end) is not None and any(
        r.reach <= n.start and _JOIN.fullmatch(text, r.reach, n.start) for r in rated
    )
