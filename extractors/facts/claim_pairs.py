"""The pair a duel page declares: 'A vs B' as its title, or as the line under a plain title ('Head to head'
over 'A vs B: pricing and latency'). Such a page gives verdicts of one side without naming the other ('On
latency, A is quicker at ~120ms', 'B is the pricier of the two'). A price or speed comparative of one side of
the declared pair with no object of its own is weighed against the pair's other side (`declared_rival`).

The reading is kept narrow, for a wrong rival is worse than a missed one:
- a line naming three models ('A vs B vs C'), one model against a group ('A vs the field'), a roundup's link
  or round line ('Related: A vs B', 'Round one: A vs B') or a duel of hardware (chips, cards named in the
  opening lines, or a model outside the pair named under the title) declares no pair;
- a sentence stands back when it, or the text of its paragraph before it, names a model outside the pair
  (the contrast is with that one), when it names the pair's other side itself (its own readers weigh it),
  when it denies, hopes or supposes, sets the model against its own past or another mode or setting of
  itself, speaks of training, tuning, hosting or hardware, or when a condition opens right after the
  comparative ('quicker with caching on', 'cheaper for queued jobs', 'quicker to tune');
- a heading ('Why A feels quicker') is no verdict: the section under it names its rival; a list item is.
The words are data: patterns/pair_words.jsonl.
"""

from __future__ import annotations

import re

from extractors.facts.claim_repeats import is_heading_line
from extractors.facts.claim_sides import is_named
from extractors.facts.comparisons import Head
from extractors.facts.document import DocView, Ref, SegView
from extractors.facts.patterns import kind_alternation
from extractors.facts.sentence_bounds import sentence_end, sentence_start
from extractors.facts.subjects import Subjects

_LONGEST = 160  # a declared pair is a short line (a title, a heading), not a sentence
# the page-wide dimensions a verdict line states without the rival: price and speed (a quality verdict names
# its test or area and is read by the comparison's own readers; a size describes a feature)
_VERDICTS = ("cheaper_than", "more_expensive_than", "faster_than", "slower_than")
_VS = re.compile(r"\s(?:vs\.?|versus|v\.)\s", re.I)
_FILE = "pair_words.jsonl"
_ASIDE = re.compile(r"(?<![\w-])" + kind_alternation(_FILE, "aside", spaces=r"\s+") + r"(?![\w-])", re.I)
_HARDWARE = re.compile(r"(?<![\w-])" + kind_alternation(_FILE, "hardware") + r"(?![\w-])", re.I)
_STAND_BACK = re.compile(
    r"(?<![\w-])" + kind_alternation(_FILE, "stand_back", spaces=r"\s+", longest_first=True) + r"(?![\w-])",
    re.I,
)
_CONDITION = re.compile(r"\s+" + kind_alternation(_FILE, "condition") + r"(?![\w-])", re.I)


def _line(text: str, start: int, end: int) -> str:
    return text[start:end].strip()


def _pair_on(view: DocView, subs: Subjects, sv: SegView) -> tuple[Ref, Ref] | None:
    """The two models one line sets against each other with a single 'vs', if it is such a line."""
    start, end = sv.seg.start, sv.seg.end
    marks = list(_VS.finditer(view.text, start, end))
    if len(marks) != 1 or end - start > _LONGEST or _ASIDE.search(view.text, start, end):
        return None
    named: dict[str, Ref] = {}
    for r in sorted(subs.models(sv), key=lambda r: r.start):
        if is_named(r):
            named.setdefault(r.canonical, r)
    refs = list(named.values())
    # one 'vs' between exactly two models ('A vs B vs C' and 'A vs the field' declare no pair)
    if len(refs) == 2 and refs[0].reach <= marks[0].start() < refs[1].start:
        return refs[0], refs[1]
    return None


def _find_pair(view: DocView, subs: Subjects) -> tuple[Ref, Ref] | None:
    segs = view.segs
    if not segs:
        return None
    at = 0
    pair = _pair_on(view, subs, segs[0])
    if pair is None and not _VS.search(view.text, segs[0].seg.start, segs[0].seg.end) and len(segs) > 1:
        at, pair = 1, _pair_on(view, subs, segs[1])  # a plain title over the pair's line
    if pair is None:
        return None
    allowed = {pair[0].canonical, pair[1].canonical}
    for sv in segs[: at + 2]:  # the title, the pair's line and the line under it
        if _HARDWARE.search(view.text, sv.seg.start, sv.seg.end):
            return None  # a duel of chips or cards: its sides are no models
        if any(is_named(r) and r.canonical not in allowed for r in subs.models(sv)):
            return None  # 'we ran C on both': the pair is not of the models the page weighs
    return pair


def declared_pair(view: DocView, subs: Subjects) -> tuple[Ref, Ref] | None:
    """The two models the page's title (or the line under a plain title) sets against each other (computed
    once a page)."""
    if "declared_pair" in view.memo:
        pair: tuple[Ref, Ref] | None = view.memo["declared_pair"]
        return pair
    found = _find_pair(view, subs)
    view.memo["declared_pair"] = found
    return found


def declared_rival(view: DocView, subs: Subjects, sv: SegView, subj: list[Ref], head: Head) -> list[Ref]:
    """The other side of the declared pair for a price or speed comparative of one side that names no
    object, when nothing around it says it is weighed against anything else (the module's guards)."""
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
    sent = sentence_start(text, sv.seg.start, at)
    end = sentence_end(text, at, sv.seg.end)
    line_end = text.find("\n", at)
    if is_heading_line(_line(text, text.rfind("\n", 0, at) + 1, len(text) if line_end < 0 else line_end)):
        return []  # a heading ('Why A feels quicker'): the section under it names what it is weighed against
    if _STAND_BACK.search(text, sent, end) or _CONDITION.match(text, head.end):
        return []  # a denial, a change, a mode, training or hardware; 'quicker with …', 'cheaper for …'
    allowed = {pair[0].canonical, pair[1].canonical}
    for r in subs.models(sv):
        if (
            is_named(r)
            and r.start < end
            and (r.canonical not in allowed or (r.canonical != mine and r.start >= sent))
        ):
            return []  # "C costs $X. A is cheaper", "A is quicker at first, B over long replies"
    before = view.segs[sv.index - 1] if sv.index > 0 else None
    if before is not None and any(is_named(r) and r.canonical not in allowed for r in subs.models(before)):
        return []  # the sentence before, a segment of its own, names the model this one is weighed against
    return [other]
