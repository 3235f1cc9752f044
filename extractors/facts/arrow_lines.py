"""Lines of before and after figures under a line that names the two models in that order: 'Gains (Name-4 →
Name-5)' over 'MMLU-Pro : 80.4 % → 83.9 %' lines. The value before each line's arrow is the first model's,
the one after it the second's (without such a line only the value after the arrow is the page model's)."""

from __future__ import annotations

import re

from extractors.facts.document import DocView, Ref, SegView
from extractors.facts.numbers import NumberMention

_ARROW = r"(?:→|->|⟶|=>)"
# a line's two figures joined by one arrow ('73.3 % → 85.0 %')
_VALUE_ARROW = re.compile(rf"\d\s*(?:%|pts|points)?\s*{_ARROW}\s*[~≈]?\d")
_JOIN = re.compile(rf"\s*{_ARROW}\s*")
_LOOK_BACK = 30  # lines of figures under one heading at most


def _heading_pair(view: DocView, sv: SegView) -> tuple[Ref, Ref] | None:
    """The two models of the nearest line above the run of arrow lines sv is in, when that line joins them
    with an arrow ('(GPT-4 → GPT-5)')."""
    text = view.text
    for i in range(sv.index - 1, max(-1, sv.index - _LOOK_BACK), -1):
        s = view.segs[i]
        if _VALUE_ARROW.search(text, s.seg.start, s.seg.end):
            continue
        models = [r for r in s.models() if r.via not in ("pronoun", "implied")]
        if len(models) == 2 and _JOIN.fullmatch(text, models[0].reach, models[1].start):
            return models[0], models[1]
        return None
    return None


def arrow_owners(view: DocView, sv: SegView, cands: list[NumberMention]) -> dict[int, Ref]:
    """The model each figure of a 'Label : a → b' line belongs to, from the line above naming both."""
    if sv.seg.kind != "line" or any(r.kind == "model" for r in sv.refs):
        return {}
    text = view.text
    joins = list(re.finditer(_ARROW, text[sv.seg.start : sv.seg.end]))
    if len(joins) != 1 or _VALUE_ARROW.search(text, sv.seg.start, sv.seg.end) is None:
        return {}
    cut = sv.seg.start + joins[0].start()
    if not any(r.kind == "benchmark" and r.reach <= cut for r in sv.refs):
        return {}  # the line's label is no benchmark we know: its figures are not the one named above's
    pair = _heading_pair(view, sv)
    if pair is None:
        return {}
    before = [n for n in cands if n.end <= cut]
    after = [n for n in cands if n.start >= cut]
    if not before or not after:
        return {}
    a, b = before[-1], after[0]
    return {a.start: pair[0], b.start: pair[1]}
