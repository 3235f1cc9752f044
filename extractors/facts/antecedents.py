"""Where a clause without a subject of its own borrows one: the label line a list's items hang from ('Name
(Preview):' then '- Outperforms X …'), and the named models of the sentence before.
"""

from __future__ import annotations

import re

from extractors.facts.claim_sides import is_named, is_object
from extractors.facts.document import DocView, Ref, SegView
from extractors.facts.sentence_bounds import sentence_start
from extractors.facts.subjects import Subjects

# the verb of a label line setting a new model in an older one's place ('A replaces B:', 'A succeeds B:')
_SUCCEEDS = re.compile(r"\s+(?:replaces|succeeds|supersedes|takes\s+over\s+from|versus|vs\.?|over)\s+")
_LABEL_LINE = re.compile(r"[\s*#]*(?P<name>[^:\n]{2,60}?)(?:\s*\([^)]*\))?\s*[*]*:[*\s]*$")


def list_label(view: DocView, subs: Subjects, sv: SegView) -> str | None:
    """'Name (Preview):' on a line of its own, then '- Outperforms X …' items: the items are about Name."""
    if sv.seg.kind != "item":
        return None
    for i in range(sv.index - 1, max(-1, sv.index - 12), -1):
        prev = view.segs[i]
        if prev.seg.kind == "item":
            continue
        m = _LABEL_LINE.fullmatch(view.text, prev.seg.start, prev.seg.end)
        named = [r for r in subs.models(prev) if is_named(r)]
        if m and len(named) == 1 and named[0].start - prev.seg.start <= 4:
            return named[0].canonical
        # "A launched in March.\n- Outperforms X": the one model the line before the list is about; a line
        # naming several leaves the items' subject unknown (never the article's focus)
        subjects = {r.canonical for r in named if not is_object(view.text, prev.seg.start, r)}
        if (
            m
            and len(named) == 2
            and named[0].start - prev.seg.start <= 4
            and _SUCCEEDS.fullmatch(view.text, named[0].reach, named[1].start)
        ):
            return named[0].canonical  # "A replaces B:" then "- 3x cheaper than B": the items are about A
        if len(subjects) == 1 and not view.text[prev.seg.start : prev.seg.end].rstrip().endswith(":"):
            return subjects.pop()
        if not named and _ITS_LEAD_IN.fullmatch(view.text, prev.seg.start, prev.seg.end):
            return _lead_in_subject(view, subs, prev)
        return "" if len(subjects) > 1 else None
    return None


# a lead-in hanging on the sentence before through a possessive ('Its highlights include:', '其…包括:')
_ITS_LEAD_IN = re.compile(r"[\s*#]*(?:[Ii]ts|[Tt]heir|其|它的|該|该)[^\n.。]{0,40}[:：]\s*")


def _lead_in_subject(view: DocView, subs: Subjects, lead: SegView) -> str | None:
    """'A is built on B and C. Its highlights:' then '- Beats X': a possessive lead-in naming no model hangs
    from the sentence before it, and the items are about that sentence's subject (the model opening it); a
    sentence naming models none of which plainly is its subject leaves the items' subject in doubt ('')."""
    before, lo = sentence_before(view, subs, lead, lead.seg.start)
    if not before:
        return None
    first = before[0]
    if re.fullmatch(r"[\s*#\-•]*", view.text[lo : first.start]) and not is_object(view.text, lo, first):
        return first.canonical
    return ""


def sentence_before(view: DocView, subs: Subjects, sv: SegView, sent: int) -> tuple[list[Ref], int]:
    """The named models of the sentence before `sent` (in this segment, or the last sentence of the segment
    before in the same paragraph) and where that sentence starts."""
    text = view.text
    if sent > sv.seg.start:
        lo = sentence_start(text, sv.seg.start, sent)
        return [r for r in subs.models(sv) if lo <= r.start and r.reach <= sent and is_named(r)], lo
    if sv.index == 0 or "\n\n" in text[view.segs[sv.index - 1].seg.end : sv.seg.start]:
        return [], sent
    pv = view.segs[sv.index - 1]
    lo = sentence_start(text, pv.seg.start, pv.seg.end)
    return [r for r in subs.models(pv) if r.start >= lo and is_named(r)], lo
