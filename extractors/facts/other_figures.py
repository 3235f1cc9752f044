"""Figures a sentence gives to something other than a model, told by the words right beside the figure.

A page about one model writes figures that are no model's result in the same sentences as its scores, and
a sentence that names no model hands its figures to the page's model ('implied') or to the model a pronoun
means. The words right beside the figure say whose it is:

- the noun after it is people's or a checker's: 'trailing a 66% crowd average', 'reviewers found 5% false
  alarms and 17% false negatives in the answer key' (a grader's error rates, not a result on the benchmark);
- the sentence defines the scale: 'its rubric defines 100% as every puzzle solved', 'counts 50% as a pass'
  (what a figure would mean); 'sets 91% as the new high mark' is a result and stays;
- the figure is a distance between two results in points: 'the spread is plain: 210 Elo points'.

score_gates.py reads the words before a figure ('the crowd baseline of 61%', 'false negative rates of
3.5%'); this module reads the shapes that name the owner after the figure or frame it as a definition or a
gap. Each test is anchored at the figure (a `match` from its end or a bounded search back to the sentence
start), so it costs a few character comparisons per candidate figure. The words are data
(patterns/side_words.jsonl).
"""

from __future__ import annotations

import re

from extractors.facts.document import SegView
from extractors.facts.numbers import NumberMention
from extractors.facts.patterns import side_alternation

_OWNER = side_alternation("figure_owner", spaces=r"[\s-]")
_MEANING = side_alternation("scale_meaning", spaces=r"\s+")

# the noun after the figure says whose it is: people's or an expert's ('58% expert level', '66% crowd
# average'), a checker's error ('17% false negatives', '5 % false-alarm rate')
_OWNER_AFTER = re.compile(
    r"\s?(?:%|percent|pts|points)?\s+(?:"
    rf"{_OWNER}s?\s+{side_alternation('owner_measure')}"
    rf"|false[\s-]+{side_alternation('checker_error')}s?"
    r")\b",
    re.I,
)
# a definition of the scale: the verb before the figure and 'as' after it. 'defines 100% as …' always;
# 'counts', 'treats' and 'sets' only with what the figure would mean after 'as' ('counts 50% as a pass',
# not 'sets 91% as the new high mark', a result)
_DEFINES_BEFORE = re.compile(
    rf"\b{side_alternation('scale_definer')}\s+(?:a\s+score\s+of\s+)?$",
    re.I,
)
_SCALE_VERB_BEFORE = re.compile(rf"\b{side_alternation('scale_verb')}\s+(?:a\s+score\s+of\s+)?$", re.I)
_AS_AFTER = re.compile(r"\s?(?:%|percent|points)?\s+as\b", re.I)
_AS_MEANING_AFTER = re.compile(rf"\s?(?:%|percent|points)?\s+as\s+{_MEANING}\b", re.I)
# a distance between results named before the figure in its sentence and measured in points after it: 'the
# spread … : 210 Elo points', 'a lead of 9 points', 'the margin is 2.6 pts' (a 'gap' clause with no other
# figure between it and this one; not 'pulls ahead: 91% on …' nor 'the gap widens on B: 9.5% for X, 55%
# for Y', where each figure after the colon is a model's own result)
_GAP_BEFORE = re.compile(
    rf"(?:\b{side_alternation('gap_word')}\b[^.\d\n]{{0,60}}[:：]"
    rf"|\b{side_alternation('gap_word', 'lead_word')}\s+(?:of|is|was))\s*"
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
    if _AS_MEANING_AFTER.match(text, n.end) is not None and _SCALE_VERB_BEFORE.search(
        text, max(lo, n.start - 30), n.start
    ):
        return True
    return _POINTS_AFTER.match(text, n.end) is not None and _GAP_BEFORE.search(text, lo, n.start) is not None
