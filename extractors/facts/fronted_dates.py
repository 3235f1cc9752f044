"""A date that opens its sentence ('On June 3, 2026, Orrin Labs, the Zurich start-up behind …, open-sourced
its new model, Vexa 4.') dates the sentence's event, however far its verb stands; a news lede often writes
the event in the next sentence ('On June 3, 2026, the open-model race changed. Orrin released Vexa 4, and
…'). When no release word governs such a date nearby, the first release word of its sentence, else of the
next sentence of its paragraph when that one gives no date of its own, releases the model it names as its
subject or object. A next sentence with a time of its own (a month, 'over the weekend', 'this morning',
'after the summit') or a release verb in the pluperfect ('had shipped') tells of another event, and takes
no date from the first.
"""

from __future__ import annotations

import re

from extractors.facts.dates import DateMention, find_dates
from extractors.facts.document import DocView, Ref, SegView
from extractors.facts.patterns import release_words, word_alternation
from extractors.facts.subjects import Subjects, fact
from schema.records import AttributeFact

_OPENS = re.compile(r"\s*(?:[-*•]\s*)?(?:(?:On|By|As\s+of|Since)\s+)?$", re.I)
_CLOSES = re.compile(r"\s*(?:,|—|–|:|-\s)")
# an announcement posted or published is the event's, not a paper's ('posted a brief announcement to X')
_NOTICE = re.compile(
    r"\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:announcement|post|note|update|message|"
    r"tweet|thread|statement|blog)",
    re.I,
)
# a next sentence that sets its event at another time of its own ('It released B weeks later', 'on Sunday',
# 'the prior autumn', 'yesterday', 'over the weekend', 'at the start of the quarter', 'after the summit')
_OTHER_TIME = re.compile(
    r"\b(?:"
    + word_alternation(release_words("other_time"), longest_first=True)
    + r"|"
    + word_alternation(release_words("relative"), spaces=r"\s+", longest_first=True)
    + r"\s+"
    + word_alternation(release_words("period"), longest_first=True)
    + r")\b",
    re.I,
)
# any month ('back in March'; written with its capital, so that 'may' the verb is none)
_MONTH = re.compile(r"\b" + word_alternation(release_words("month")) + r"\b")
# the release word's own pluperfect right before it ('had shipped B', 'B had quietly been released'): an
# event before the date, not on it (a pluperfect elsewhere in the sentence, 'a plan that had been
# rumoured', is another verb's)
_PLUPERFECT = re.compile(r"\bhad\s+(?:(?:not|\w+ly|already|just|also|first|been)\s+)*$", re.I)


def _own_time(text: str, lo: int, hi: int) -> bool:
    """The sentence [lo, hi) sets its event at a time of its own: a time phrase or a month."""
    return _OTHER_TIME.search(text, lo, hi) is not None or _MONTH.search(text, lo, hi) is not None


# the verb's own subject right before it ('…: Vexa 4 had launched', 'Vexa 4 was quietly released')
_SUBJECT_GAP = re.compile(
    r"\s*,?\s*(?:(?:has|had|have|was|were|is|are|got)\s+(?:been\s+)?)?(?:(?:officially|finally|quietly|also|"
    r"first|just)\s+)?"
)
# the words between a release word and its object ('open-sourced its latest multimodal model, Vexa 4')
_OBJECT_GAP = re.compile(
    r"\s*(?:of\s+)?(?:(?:its|their|the|a|an|new|latest|first|own|open|flagship)\s+)*"
    r"(?:(?:[\w-]+\s+){0,4}?(?:model|LLM|system)s?\s*,?\s*)?"
)


def _release_word(view: DocView, sv: SegView, lo: int, trigger: re.Pattern[str]) -> re.Match[str] | None:
    """The first release word in the segment from `lo`, unless another date or a word dating something else
    comes first."""
    text = view.text
    for t in trigger.finditer(text, lo, sv.seg.end):
        if t.group("rel"):
            return None if find_dates(view, lo, t.start()) else t
        if not (t.group().lower() in ("posted", "published") and _NOTICE.match(text, t.end())):
            return None
    return None


def _released(subs: Subjects, sv: SegView, t: re.Match[str], lo: int) -> list[Ref]:
    text = subs.view.text
    named = [r for r in subs.models(sv) if r.via not in ("pronoun", "implied") and r.canonical]
    before = [r for r in named if lo <= r.start and r.reach <= t.start()]
    if before and _SUBJECT_GAP.fullmatch(text, before[-1].reach, t.start()):
        return subs.coordinated(sv, before[-1], False)
    gap = _OBJECT_GAP.match(text, t.end(), sv.seg.end)
    at = gap.end() if gap is not None else t.end()
    obj = [r for r in named if r.start == at]
    return subs.coordinated(sv, obj[0], True) if obj else []


def fronted_release(
    view: DocView, sv: SegView, subs: Subjects, d: DateMention, trigger: re.Pattern[str]
) -> list[AttributeFact]:
    """The release date a sentence-opening date gives the model its sentence (or the next) releases."""
    text = view.text
    if not _OPENS.fullmatch(text, sv.seg.start, d.start) or not _CLOSES.match(text, d.end, sv.seg.end):
        return []
    where, lo = sv, d.end
    t = _release_word(view, sv, d.end, trigger)
    if t is None and not trigger.search(text, d.end, sv.seg.end) and sv.index + 1 < len(view.segs):
        nxt = view.segs[sv.index + 1]
        if (
            nxt.seg.para == sv.seg.para
            and not find_dates(view, nxt.seg.start, nxt.seg.end)
            and not _own_time(text, nxt.seg.start, nxt.seg.end)
        ):
            where, lo = nxt, nxt.seg.start
            t = _release_word(view, nxt, lo, trigger)
            if t is not None and _PLUPERFECT.search(text, lo, t.start()):
                t = None
    if t is None:
        return []
    return [fact(view, sv, r, "release_date", d.value, 0.7, "prose") for r in _released(subs, where, t, lo)]
