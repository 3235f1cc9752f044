"""A comparison whose object is a group named by a noun, its members listed right after it: 'trails the closed
leaders: A, B and C', 'ahead of two rivals — A and B', 'below the top trio (A, B, C)', 'beats three peers, A,
B and C, on X'. The noun names no model, and the dash or colon after it ends the clause for the comparison's
reader (`sentence_bounds.clause`), so the members were never read as the objects; here they are (`claims`).

Only a short noun phrase ending on a word of a group of models (side_words 'group_noun' and 'member_group')
qualifies, and only when a named model opens the list right after its mark: 'beats older models, while B …'
or 'beats small models, B beats large ones' lists nothing."""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from extractors.facts.claim_objects import objects
from extractors.facts.claim_sides import is_named, name_end
from extractors.facts.claim_subjects import VERB_AFTER
from extractors.facts.comparisons import Head
from extractors.facts.document import DocView, Ref, SegView
from extractors.facts.patterns import kind_alternation, side_alternation
from extractors.facts.sentence_bounds import clause
from extractors.facts.subjects import Subjects


@cache
def _lead() -> re.Pattern[str]:
    """The group's noun phrase right after the head and the mark that opens its members (its determiner or
    count: patterns/claim_words.jsonl kind 'group_lead')."""
    return re.compile(
        r"\s*(?:" + kind_alternation("claim_words.jsonl", "group_lead") + r"\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:" + side_alternation("group_noun", "member_group") + r")"
        r"(?P<mark>\s*[—–:]\s*|\s+-\s+|\s*,\s*|\s*\(\s*)",
        re.I,
    )


# between two listed members, each with a figure or note in brackets ('A (57), B (55) and C')
_LINK = re.compile(r"\s*(?:\([^()\n]{0,40}\)\s*)?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:the\s+)?")
# what may follow the list's last member: the mark closing it, the sentence's end, or the comparison going on
# ('beats three peers, A, B and C, on X'); never a word of a clause about the member ('A, the maker says, …')
_LIST_END = re.compile(
    r"\s*(?:\([^()\n]{0,40}\)\s*)?"
    r"(?:[)—–.;!?]|\s-\s|-\s|$|,?\s*(?:on|in|at|across|for|over|by|with|from|as)\b(?!\s*(?:said|says)\b))",
)


def group_members(
    view: DocView, subs: Subjects, sv: SegView, models: list[Ref], head: Head, ce: int
) -> tuple[Head, int, list[Ref]] | None:
    """The head moved onto the listed members, the clause's new end and the members, when the head's object is
    a group noun its members follow ('behind the leaders — A, B and C'); None otherwise."""
    if head.obj_from < 0 or head.obj_before >= 0 or head.alone:
        return None
    text = view.text
    seg_start, seg_end = sv.seg.start, sv.seg.end
    m = _lead().match(text, head.obj_from, seg_end)
    if m is None:
        return None
    at = m.end()
    first = next((r for r in models if r.start >= at), None)
    if first is None or first.start != at or not is_named(first) or VERB_AFTER.match(text, first.reach):
        return None  # no model opens the list, or it opens a clause of its own ("…, B beats …")
    if any(head.obj_from <= r.start < m.start("mark") and is_named(r) for r in models):
        return None  # "beats A and other open models, B": A is the object, read as such
    last = first  # the list runs on while names follow each other ('A, B and C')
    for r in models:
        if r.start > last.start and is_named(r) and _LINK.fullmatch(text, name_end(text, last), r.start):
            last = r
    if not _LIST_END.match(text, name_end(text, last)):
        return None  # "the trio, A apart", "(A skipped it)", "— A fans disagree —": a note about A, no list
    mark = m.group("mark").strip()
    # a dash or colon ended the clause at the mark: it goes on to the list's end (a closing dash, the
    # sentence's end); a comma or parenthesis left the clause whole
    end = clause(text, seg_start, at, seg_end)[1] if mark in "—–:-" else ce
    moved = dataclasses.replace(head, obj_from=at)
    objs = objects(view, subs, sv, models, moved, end)
    return (moved, end, objs) if objs else None
