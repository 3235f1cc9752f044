"""Ranks a list of names carries in prose: 'with Name second on 1,487', 'X first, then Y and Z', 'X is
first, Y second'; and the test that a rank is one the model held before ('had been sixth', 'a year ago'),
not its current one. `ranks.py` calls these after its own phrasings.
"""

from __future__ import annotations

import re

from extractors.facts.boards import Boards
from extractors.facts.document import DocView, SegView
from extractors.facts.numbers import ORDINALS, parse_rank
from extractors.facts.patterns import place_words, word_alternation
from extractors.facts.subjects import Subjects, fact
from schema.records import AttributeFact

_ORD_WORDS = "|".join(ORDINALS)
_SCORE_AFTER = re.compile(r"\s+(?:on|at|with)\s+\d|\s+place\b")


def named_ordinals(view: DocView, sv: SegView, subs: Subjects, boards: Boards) -> list[AttributeFact]:
    """'…, with Name second on 1,487': a name with an ordinal and its board score (or 'place') after it."""
    text = view.text
    out: list[AttributeFact] = []
    for r in subs.models(sv):
        if r.via in ("pronoun", "implied"):
            continue
        om = _ORDINAL_AFTER.match(text, r.end)
        if om is None or not _SCORE_AFTER.match(text, om.end()) or past(text, sv, r.start, om.end()):
            continue
        rank = parse_rank(om.group("rank"))
        qualifier = boards.qualifier(sv, om.start("rank"), om.end("rank"))
        if rank is not None and qualifier is not None:
            out.append(fact(view, sv, r, "leaderboard_rank", str(rank), 0.75, "prose", qualifier))
    return out


def bare_list(view: DocView, sv: SegView, subs: Subjects, boards: Boards) -> list[AttributeFact]:
    """'… the order is X first, then Y and Z' / 'X first, Y second': a list a name and its ordinal open."""
    text = view.text
    for r in subs.models(sv):
        if r.via in ("pronoun", "implied"):
            continue
        om = _ORDINAL_AFTER.match(text, r.end)
        if om is None or not re.match(r"\s*,\s+(?:then\s+)?[A-Z]", text[om.end() : om.end() + 12]):
            continue
        rank = parse_rank(om.group("rank"))
        qualifier = boards.qualifier(sv, om.start("rank"), om.end("rank"))
        tail = list_tail(view, sv, subs, om.end(), rank or 0, qualifier or "")
        if rank is None or qualifier is None or not tail or past(text, sv, r.start, om.end()):
            continue
        return [fact(view, sv, r, "leaderboard_rank", str(rank), 0.75, "prose", qualifier), *tail]
    return []


_ORDINAL_AFTER = re.compile(r"\s+(?P<rank>\d{1,3}(?:st|nd|rd|th)|(?:" + _ORD_WORDS + r"))\b(?!-)", re.I)
LIST_GAP = re.compile(r"(?:\s*(?:,|;|\band\b|\bthen\b))+\s*")


def list_tail(
    view: DocView, sv: SegView, subs: Subjects, end: int, rank: int, qualifier: str
) -> list[AttributeFact]:
    """'X is first, Y second' / 'X first, then Y and Z': the names listed after a rank, each with the
    ordinal it carries or, after 'then', the next rank in order."""
    text = view.text
    out: list[AttributeFact] = []
    pos, cur, then = end, rank, False
    for r in subs.models(sv):
        if r.start < pos or r.via in ("pronoun", "implied"):
            continue
        gap = LIST_GAP.fullmatch(text, pos, r.start)
        if gap is None:
            break
        then = then or "then" in gap.group()
        om = _ORDINAL_AFTER.match(text, r.end)
        if om is not None:
            got = parse_rank(om.group("rank"))
            if got is None or got <= cur:
                break
            cur, pos = got, om.end()
        elif then:
            cur, pos = cur + 1, r.end
        else:
            break
        if past(text, sv, r.start, pos):
            continue
        out.append(fact(view, sv, r, "leaderboard_rank", str(cur), 0.75, "prose", qualifier))
    return out


_PAST_BEFORE = re.compile(
    r"\b(?:had\s+been|previously|formerly|used\s+to|once|originally|(?:last|a|one)\s+(?:week|month|year|season|"
    r"quarter|winter|summer|spring|autumn|fall)|(?:days|weeks|months|years)\s+ago|back\s+in|at\s+launch|"
    r"last\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|joined\s+the\s+(?:board|leaderboard|"
    r"rankings|arena))\b"
    r"[^,;]*$",
    re.I,
)
_PAST_AFTER = re.compile(
    r"^[^,.;]*?\b(?:ago|last\s+(?:week|month|year|season|quarter|winter|summer|spring|autumn|fall)|"
    r"a\s+(?:week|month|year)\s+earlier|previously|before\s+(?:the|this|its)\s+(?:update|refresh|release)|"
    # 'each took first place at some point earlier in the year', 'sat on top for weeks before'
    r"earlier\s+(?:this|that|in\s+the)\s+(?:week|month|year|season|quarter|spring|summer|autumn|fall|winter)|"
    r"(?:moments|days|weeks|months|years)\s+(?:earlier|before))\b",
    re.I,
)
# a pluperfect right before the place's verb: 'B had topped the board until the update', 'had briefly led'
_PLUPERFECT = re.compile(r"\bhad\s+(?:(?:long|briefly|once|already|previously|just|until\s+then)\s+)?$", re.I)
# a place foreseen or supposed, not held: a modal or a word of expectation right before the verb that states
# it ('could rank #1', 'would rank second if …', 'is expected to take the top spot', 'analysts expect A to
# rank first', 'is projected to rank fourth'); the words are place_words.jsonl's
_MODAL = word_alternation(place_words("modal"))
_ADVERB = word_alternation(place_words("modal_adverb"))
_EXPECT = word_alternation(place_words("expectation"), spaces=r"\s+")
_FORESEEN = word_alternation(place_words("foreseen_verb"))
_FORESEEN_BE = word_alternation(place_words("foreseen_be"))
_JOINT = word_alternation(place_words("clause_joint"))
_UNREAL = re.compile(
    rf"(?:\b{_MODAL}|['’](?:d|ll)|\b{_EXPECT}\s+to|\bexpects?\s+[\w.-]+(?:\s[\w.-]+){{0,2}}\s+to)"
    rf"\s+(?:(?:\w+ly|{_ADVERB})\s+)?$"
    # (and the places after it in its clause: 'might take 2nd on A and 8th on B'; a colon, a clause's mark or
    # a joint before anything but a place ends the modal's reach: 'can take a long prompt and ranks #2')
    rf"|\b{_MODAL}\s+(?:(?:\w+ly|{_ADVERB})\s+)?(?:{_FORESEEN}\w*\b|be\s+{_FORESEEN_BE})"
    rf"(?:(?!\b{_JOINT}\s+(?!(?:(?:in|at)\s+)?(?:[#\d]|No\.|(?:{_ORD_WORDS})\b)))[^,;.!?:])*$",
    re.I,
)


def past(text: str, sv: SegView, start: int, end: int) -> bool:
    """A rank the model held before ('had been sixth', 'previously sat in fourth', 'last month it was third',
    'in sixth place a year ago', 'B, which had led until March', 'ranked first earlier this quarter') or one
    foreseen or supposed ('could rank #1', 'is expected to take the top spot'), not its current one."""
    lo = max(sv.seg.start, start - 80)
    return bool(
        _PAST_BEFORE.search(text[lo:start])
        or _PLUPERFECT.search(text, lo, start)
        or _PAST_AFTER.search(text[end : min(sv.seg.end, end + 50)])
        or _UNREAL.search(text, lo, start)
    )
