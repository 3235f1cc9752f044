"""A figure a sentence gives to two models at once: a tie ('the two are level on B at 71%', 'A and B share
first place on B with 63.5', 'the B result was a tie at 40.2%', 'A and B both reach 12 on B').

The readers bind a figure to one owner (the subject before it, the section's focus); in a tie each model the
tie joins owns it too. Who is joined: the two models the sentence names, else (when it names fewer: 'the two
are tied', 'the result was a tie') the two its paragraph compares; the figure's own owner must be one of
them. A figure set level with another model's ('A lands at 33, level with C', 'A ties C at 33') stays its
owner's alone, as the labels read it: C's own figure may carry another setting.

Not read as a shared figure: a sentence with more than one figure ('nearly level, A 55.1 to B 54.9': each
side has its own), a tie that is only close ('near', 'virtual', 'statistical', 'essentially'), a tie of
places ('fourth, tied with B'), a win rate ('a win-or-tie rate of 40%') and a table row.
"""

from __future__ import annotations

import re

from extractors.facts.document import DocView, Ref, SegView
from extractors.facts.numbers import NumberMention

# the gate, lower case (DocView.segments_matching runs it over the lower-cased text)
TIE_GATE = re.compile(
    r"\b(?:tie|ties|tied|tying|dead heat|deadlocked|neck and neck|level (?:on|at|with)"
    r"|both (?:score|scored|scoring|sit|sat|land|landed|reach|reached|post|posted|hit|achieve|achieved"
    r"|get|got|come in|came in|stand|stood)|share (?:the|a|first|top)|shared (?:the|a|first|top))\b",
    re.IGNORECASE,
)
# 'tied with C', 'level with C', 'ties C': one side's figure set beside another's (not read as shared)
_WITH = re.compile(r"\s+with\b", re.IGNORECASE)
# a tie that is only close, a win rate, a tie of places (a rank between the figure and the tie)
_CLOSE = re.compile(
    r"\b(?:near(?:ly)?|virtual(?:ly)?|statistical(?:ly)?|effective(?:ly)?|essentially|practically|almost"
    r"|roughly|close to)[\s-]+(?:a\s+|in\s+a\s+)?(?:tie|tied|level|dead heat)",
    re.IGNORECASE,
)
_WIN_RATE = re.compile(r"\b(?:wins?|won|winning)[\s-]+or[\s-]+(?:an?\s+)?(?:ties?|tied|tying)\b", re.I)
_PLACE = re.compile(r"#\s?\d|\b(?:rank(?:ed)?|place[ds]?|position|spot)\b", re.IGNORECASE)
_PAIR_WORDS = re.compile(r"\b(?:both|the two|two models|is a tie|was a tie|ends? level|a dead heat)\b", re.I)


def _named(refs: list[Ref]) -> list[Ref]:
    out: dict[str, Ref] = {}
    for r in refs:
        if r.kind == "model" and r.via not in ("pronoun", "implied"):
            out.setdefault(r.canonical, r)
    return list(out.values())


def _paragraph_pair(view: DocView, sv: SegView) -> list[Ref]:
    """The models the paragraph so far names, when they are exactly two."""
    names: dict[str, Ref] = {}
    i = sv.index
    while i >= 0 and view.segs[i].seg.para == sv.seg.para:
        for r in _named(view.segs[i].refs):
            names.setdefault(r.canonical, r)
        i -= 1
    return list(names.values()) if len(names) == 2 else []


def tie_mates(view: DocView, sv: SegView, n: NumberMention, owners: list[Ref], figures: int) -> list[Ref]:
    """The models besides `owners` that share figure `n` in a tie its sentence states (see the module
    docstring); [] when the sentence states no tie, has more than one figure or names no second side."""
    if figures != 1 or not owners or sv.seg.kind == "row" or sv.index not in view.segments_matching(TIE_GATE):
        return []
    text = view.text
    seg = text[sv.seg.start : sv.seg.end]
    tie = TIE_GATE.search(seg)
    if tie is None or "|" in seg or "\t" in seg or _CLOSE.search(seg) or _WIN_RATE.search(seg):
        return []
    at, end = sv.seg.start + tie.start(), sv.seg.start + tie.end()
    if at >= n.end and (_PLACE.search(text, n.end, at) or _PLACE.search(text, end, end + 30)):
        return []  # 'holds 1205 in sixth place, tied with B', '1205, tied for sixth': the places tie
    own = {o.canonical for o in owners}
    word = tie.group().lower()
    if word.endswith(" with") or _WITH.match(text, end) or (word == "ties" and not _PAIR_WORDS.search(seg)):
        return []  # 'A lands at 33, level with C': A's figure; whether C's is the same is left open
    joined = _named(sv.refs)
    if len(joined) < 2 and _PAIR_WORDS.search(seg):
        joined = _paragraph_pair(view, sv)
    if len(joined) != 2 or not own & {r.canonical for r in joined}:
        return []  # more than two, or the figure's owner is not a side of the tie: whose tie is unclear
    return [r for r in joined if r.canonical not in own]
