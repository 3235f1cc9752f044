"""Places named before their holder: the sentence says who ranks or what the place is first, the model
after it. 'The jury slots A at 4th in the Sketch League, and B at 9th' (the ranking's verb, its object,
the place), 'The overall winner is A', 'the highest-ranked model on B is A',
'排名最高的模型是A'.

`ranks.py` reads a place after its holder ('A ranks 4th'); these shapes put the holder second, so the model
read is the one right after the verb or the copula, never the nearest one before. A place the sentence says
was held before ('had placed A 3rd', 'was the winner until March') is no current one (`rank_lists.past`).
"""

from __future__ import annotations

import re

from extractors.facts.boards import Boards
from extractors.facts.document import DocView, Ref, SegView
from extractors.facts.numbers import ORDINALS, parse_rank
from extractors.facts.patterns import place_words, word_alternation
from extractors.facts.rank_boards import ON_NAME, prose_board
from extractors.facts.rank_lists import past
from extractors.facts.subjects import Subjects, fact
from schema.records import AttributeFact

# a ranking's verb with its object after it ('placing A', 'puts A', 'slotted A'): the place follows the object
# (the words of this module are place_words.jsonl's)
_PLACING = re.compile(r"\b" + word_alternation(place_words("placing_verb")) + r"\s+(?=\S)")
_ORD = "|".join(ORDINALS)
# the place after the object: 'A 4th', 'A in 4th place', 'A at third'
_PLACE_AFTER = re.compile(
    r"\s+(?:(?:at|in)\s+)?(?P<rank>\d{1,3}(?:st|nd|rd|th)|(?i:" + _ORD + r"))\b(?P<tail>(?:\s+(?:place|spot|"
    r"position|overall))*)"
)
# the next holder of a coordinated pair: ', and B at 9th', ' while B 9th'
_AND = re.compile(r"\s*,?\s+(?:and|while)\s+")
# the first place named as a role before its holder: 'the (overall) winner is A', 'the highest-ranked model on
# B is A', '排名最高的模型是A', '榜首是A'
_ZH_COPULA = word_alternation(place_words("zh_copula"))
_FIRST_ROLE = re.compile(
    r"\b(?i:the\s+(?:"
    + word_alternation(place_words("winner_modifier"))
    + r"\s+)?winner|the\s+"
    + word_alternation(place_words("top_ranked"))
    + r"[- ]ranked\s+"
    + word_alternation(place_words("role_noun"))
    + r")(?:\s+(?:on|of|in)\s+(?:the\s+)?(?P<b>[A-Z][\w.+-]*(?:\s[A-Z0-9][\w.+-]*){0,3}))?"
    r"\s+(?:is|remains)\s+(?:" + word_alternation(place_words("role_adverb")) + r"\s+)?"
    r"|"
    + word_alternation(place_words("zh_rank_word"))
    + word_alternation(place_words("zh_top"))
    + "的"
    + word_alternation(place_words("zh_model"))
    + "?"
    + _ZH_COPULA
    + r"\s*|"
    + word_alternation(place_words("zh_top_spot"))
    + _ZH_COPULA
    + r"\s*"
)


def _holder(subs: Subjects, sv: SegView, pos: int) -> Ref | None:
    """The model named right at `pos` (a lab's possessive may stand before it: 'OpenAI's B')."""
    text = subs.view.text
    for r in subs.models(sv):
        if r.via in ("pronoun", "implied") or r.start < pos:
            continue
        gap = text[pos : r.start]
        return r if re.fullmatch(r"(?:[A-Z][\w.-]*['’]s\s+)?", gap) else None
    return None


def _board(view: DocView, sv: SegView, boards: Boards, lo: int, hi: int) -> str | None:
    on = ON_NAME.match(view.text, hi, sv.seg.end)
    if on is not None:
        # 'in the Sketch League': the board named right after the place is this place's
        found = boards.known(sv, on.start("b"), sv.seg.end)
        if found and found[0][0] == on.start("b"):
            return found[0][3].canonical if found[0][3] is not None else found[0][2]
    return boards.qualifier(sv, lo, hi) or prose_board(view, sv, hi)


def _ranked_section(view: DocView, sv: SegView, boards: Boards) -> str | None:
    """A role's board when the sentence names none: the section's, when it or the lines just before speak of a
    ranking ('This ranking measures …' over 'The overall winner is A'); a winner of a comparison of two models
    ('we ranked the two by tasks won') is no place on a board."""
    # (imported here: rankings reads the list markers of ranks.py, which reads these places)
    from extractors.facts.rankings import RANK_WORDS, section_board

    for i in range(sv.index, max(-1, sv.index - 8), -1):
        seg = view.segs[i].seg
        if RANK_WORDS.search(view.text, seg.start, seg.end):
            if len(view.doc_models) == 2:
                return None  # a page about two models ranks them against each other, not on a board
            name = section_board(view, sv, lambda: boards)
            return name if name and not name.endswith(".") else "overall"  # (a heading, not the sentence)
    return None


def held_places(view: DocView, sv: SegView, subs: Subjects, boards: Boards) -> list[AttributeFact]:
    text, seg = view.text, sv.seg
    out: list[AttributeFact] = []
    for m in _PLACING.finditer(text, seg.start, seg.end):
        pos = m.end()
        while (holder := _holder(subs, sv, pos)) is not None:
            pm = _PLACE_AFTER.match(text, holder.reach, seg.end)
            rank = parse_rank(pm.group("rank")) if pm is not None else None
            if pm is None or rank is None or past(text, sv, m.start(), pm.end()):
                break
            board = _board(view, sv, boards, pm.start("rank"), pm.end())
            if board is not None:
                out.append(fact(view, sv, holder, "leaderboard_rank", str(rank), 0.7, "prose", board))
            nxt = _AND.match(text, pm.end(), seg.end)
            if nxt is None:
                # 'A at 4th in the Sketch League and B at 9th …': past the board's name to the next pair
                on = ON_NAME.match(text, pm.end(), seg.end)
                nxt = _AND.match(text, on.end(), seg.end) if on is not None else None
            if nxt is None:
                break
            pos = nxt.end()
    for m in _FIRST_ROLE.finditer(text, seg.start, seg.end):
        holder = _holder(subs, sv, m.end())
        if holder is None or past(text, sv, m.start(), holder.reach):
            continue
        board = m.group("b") or boards.qualifier(sv, m.start(), m.end())
        board = board or prose_board(view, sv, holder.reach) or _ranked_section(view, sv, boards)
        if board is not None:
            out.append(fact(view, sv, holder, "leaderboard_rank", "1", 0.7, "prose", board))
    return out
