"""Figures a sentence gives to something other than a model, told by the words right beside the figure.

A page about one model writes figures that are no model's result in the same sentences as its scores, and
a sentence that names no model hands its figures to the page's model ('implied') or to the model a pronoun
means. The words right beside the figure say whose it is:

- the noun after it is people's or a checker's: 'ahead of the 72.4% human baseline', 'an audit finds 8%
  false positives, 24% false negatives' (a grader's error rates, not a result on the benchmark);
- the sentence defines the scale: 'the guide defines 100% as solving every task' (what a figure would mean);
- the figure is a distance between two results in points: 'the gap is telling: 340 Elo points'.

score_gates.py reads the words before a figure ('the human baseline of 72.4%', 'false negative rates of
1.1%'); this module reads the shapes that name the owner after the figure or frame it as a definition or a
gap. Each test is anchored at the figure (a `match` from its end or a bounded search back to the sentence
start), so it costs a few character comparisons per candidate figure.
"""

from __future__ import annotations

import re

from extractors.facts.document import SegView
from extractors.facts.numbers import NumberMention

# the noun after the figure says whose it is: people's or an expert's ('72.4% human baseline', '90% expert
# average'), a checker's error ('24% false negatives', '8 % false-positive rate')
_OWNER_AFTER = re.compile(
    r"\s?(?:%|percent|pts|points)?\s+(?:"
    r"(?:human|expert|human[\s-]expert|people's|crowd)s?\s+(?:baseline|average|level|performance|score|accuracy)"
    r"|false[\s-]+(?:positives?|negatives?|alarms?)"
    r")\b",
    re.I,
)
# a definition of the scale: the verb before the figure and 'as' after it ('defines 100% as beating …',
# 'counts 50% as a pass')
_DEFINES_BEFORE = re.compile(r"\b(?:defines?|defined|counts?|treats?|sets?)\s+(?:a\s+score\s+of\s+)?$", re.I)
_AS_AFTER = re.compile(r"\s?(?:%|percent|points)?\s+as\b", re.I)
# a distance between results named before the figure in its sentence and measured in points after it: 'the
# gap … : 340 Elo points', 'a lead of 12 points', 'the margin is 4.1 pts' (a 'gap' clause with no other
# figure between it and this one; not 'takes the lead: 88% on …' nor 'the gap grows on B: 12.7% for X, 61%
# for Y', where each figure after the colon is a model's own result)
_GAP_BEFORE = re.compile(
    r"(?:\b(?:gap|margin|difference|delta|spread)\b[^.\d\n]{0,60}[:：]"
    r"|\b(?:gap|lead|margin|difference|delta|spread)\s+(?:of|is|was))\s*"
    r"(?:about\s+|roughly\s+|nearly\s+|~)?$",
    re.I,
)
_POINTS_AFTER = re.compile(r"\s?(?:elo\s+)?(?:points?|pts|pp|percentage\s+points)\b", re.I)


def other_figure(text: str, n: NumberMention, sv: SegView) -> bool:
    """Whether the words beside the figure give it to people, a checker, the scale's definition or a gap."""
    if _OWNER_AFTER.match(text, n.end) is not None:
        return True
    lo = max(sv.seg.start, n.start - 80)
    if _AS_AFTER.match(text, n.end) is not None and _DEFINES_BEFORE.search(
        text, max(lo, n.start - 30), n.start
    ):
        return True
    return _POINTS_AFTER.match(text, n.end) is not None and _GAP_BEFORE.search(text, lo, n.start) is not None
