"""The pair a head-to-head page declares: 'A vs B', 'A versus B: pricing and speed' as the title or one of the
page's first lines. Such a page then states its verdicts of one side without naming the other:
'For speed, A is faster at ~120ms', 'B has higher token costs', 'A is more cost-effective'. A comparative of
one side of the declared pair in price or speed with no object of its own is measured against the pair's
other side (`declared_rival`), when its sentence names no model outside the pair.

A line that names three models ('A vs B vs C') or one model set against a group ('A vs the field') declares no
pair; a page that opens on a pair and then weighs a third model in the sentence keeps that sentence's own
reading (the contrast clause's model is the other side, not the page's).
"""

from __future__ import annotations

import re

from extractors.facts.claim_sides import is_named
from extractors.facts.comparisons import SENTENCE_END, Head
from extractors.facts.document import DocView, Ref, SegView
from extractors.facts.subjects import Subjects

_LINES = 4  # the title and the first lines under it
_LONGEST = 160  # a declared pair is a short line (a title, a heading), not a sentence
# the page-wide dimensions a verdict line states without the rival: price and speed (a quality verdict names
# its test or area and is read by the comparison's own readers; a size describes a feature)
_VERDICTS = ("cheaper_than", "more_expensive_than", "faster_than", "slower_than")
_SENTENCE_END = re.compile(r"[.!?。！？]\s*$")
_VS = re.compile(r"\s(?:vs\.?|versus|v\.)\s", re.I)


def declared_pair(view: DocView, subs: Subjects) -> tuple[Ref, Ref] | None:
    """The two models the page's opening 'A vs B' line sets against each other (computed once a page)."""
    if "declared_pair" in view.memo:
        pair: tuple[Ref, Ref] | None = view.memo["declared_pair"]
        return pair
    found: tuple[Ref, Ref] | None = None
    text = view.text
    for sv in view.segs[:_LINES]:
        start, end = sv.seg.start, sv.seg.end
        marks = list(_VS.finditer(text, start, end))
        if not marks or end - start > _LONGEST:
            continue
        named: dict[str, Ref] = {}
        for r in sorted(subs.models(sv), key=lambda r: r.start):
            if is_named(r):
                named.setdefault(r.canonical, r)
        refs = list(named.values())
        # one 'vs' between exactly two models ('A vs B vs C' and 'A vs the field' declare no pair)
        if len(marks) == 1 and len(refs) == 2 and refs[0].reach <= marks[0].start() < refs[1].start:
            found = (refs[0], refs[1])
        break  # the first line that sets models against each other is the page's declaration, whatever it is
    view.memo["declared_pair"] = found
    return found


def declared_rival(view: DocView, subs: Subjects, sv: SegView, subj: list[Ref], head: Head) -> list[Ref]:
    """The other side of the declared pair for a price or speed comparative of one side that names no
    object, when its sentence names no model outside the pair."""
    if len(subj) != 1 or head.relation not in _VERDICTS:
        return []
    pair = declared_pair(view, subs)
    if pair is None:
        return []
    mine = subj[0].canonical
    if mine not in (pair[0].canonical, pair[1].canonical):
        return []
    other = pair[1] if mine == pair[0].canonical else pair[0]
    text, at = view.text, head.start
    sent = sv.seg.start
    for b in SENTENCE_END.finditer(text, sv.seg.start, at):
        sent = b.end()
    stop = SENTENCE_END.search(text, at, sv.seg.end)
    end = stop.start() if stop else sv.seg.end
    line_end = text.find("\n", at)
    line = text[text.rfind("\n", 0, at) + 1 : len(text) if line_end < 0 else line_end].rstrip()
    if not _SENTENCE_END.search(line):
        return []  # a heading ('Why A feels quicker'): the section under it names what it is weighed against
    allowed = {pair[0].canonical, pair[1].canonical}
    if any(is_named(r) and r.canonical not in allowed and sent <= r.start < end for r in subs.models(sv)):
        return []  # "A is faster, while C …": the sentence weighs another model
    return [other]
