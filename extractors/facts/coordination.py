"""Models named together as one side of a comparison: the group coordinated with a name ('A, B and C', 'A
(xhigh) and Lab's B'), whether the comparison is about them together (a plural verb, 'both', 'all'), and the
group 'They' takes up from the sentence before.
"""

from __future__ import annotations

import re

from extractors.facts.claim_sides import is_named
from extractors.facts.comparisons import Head
from extractors.facts.document import DocView, Ref, SegView
from extractors.facts.sentence_bounds import sentence_start
from extractors.facts.subjects import Subjects

# "A, B and C", "A (high) and Lab's B": the gap between coordinated models
_COORD_BACK = re.compile(
    r"(?:\s*\([^()]{0,30}\))?\s*(?:,\s*(?:and\s+)?|\s+(?:and|e|y|et|und)\s+|\s*&\s*)(?:[A-Z][\w.-]*['’]s\s+)?"
)


def coordinated(text: str, models: list[Ref], last: Ref) -> list[Ref]:
    """The named models coordinated with `last` before it ('A, B and C', 'A (xhigh) and Lab's B')."""
    if not is_named(last) or last not in models:
        return [last]
    group = [last]
    for r in reversed(models[: models.index(last)]):
        if not is_named(r) or r.canonical in {g.canonical for g in group}:
            break
        if not _COORD_BACK.fullmatch(text, r.reach, group[0].start):
            break
        group.insert(0, r)
    return group


def they(view: DocView, subs: Subjects, sv: SegView, at: int) -> list[Ref]:
    """The coordinated subjects 'They' takes up: the models that open the sentence before ('A and B achieve
    …. They also …')."""
    text = view.text
    for i in (sv.index, sv.index - 1):
        if i < 0:
            continue
        prev = view.segs[i]
        end = min(at, prev.seg.end)
        sent = sentence_start(text, prev.seg.start, end)
        named = [r for r in subs.models(prev) if is_named(r) and sent <= r.start and r.reach <= end]
        if not named:
            continue
        named_list = _NAMED_LIST.fullmatch(text, sent, named[0].start)
        if not _OPENS.fullmatch(text, sent, named[0].start) and named_list is None:
            return []
        group = subs.coordinated(prev, named[0], True)
        # "The X models, namely A, B, and C, have …": the list set off by commas before its plural verb
        verb_at = (
            group[-1].reach + 1 if named_list and text.startswith(",", group[-1].reach) else group[-1].reach
        )
        return group if len(group) > 1 and _PLURAL_VERB.match(text, verb_at) else []
    return []


THEY = re.compile(
    r"[\s\"'“(*-]*(?:They|(?:These|Those|Both|The\s+(?:two|three|four))\s+(?:[\w-]+\s+)?models)\s+"
    r"(?!said|say|note|claim|report|wrote|write)"
)
# a sentence that opens by naming the models it lists: "Lab's X models, namely A, B and C, …"
_NAMED_LIST = re.compile(
    r"[\s\"'“(*-]*[A-Z][\w'’-]*\s+(?:[\w'’-]+\s+){0,2}models,\s+(?:namely|including|such\s+as|like)\s+"
)
_OPENS = re.compile(r"[\s\"'“(*-]*(?:[A-Z][a-z]+ly,\s*|(?:[Bb]oth|[Tt]ogether,)\s+)?")


# a plural verb right after coordinated subjects: "A and B achieve better results than C"
_PLURAL_VERB = re.compile(
    r"\s+(?:also\s+|both\s+|each\s+|all\s+)?(?:achieve|deliver|offer|show|post|score|perform|provide|"
    r"demonstrate|record|reach|attain|produce|have|get|run|need|use|require|cost)\b"
)


def plural(text: str, cs: int, group: list[Ref], head: Head) -> bool:
    """Coordinated subjects the comparison is about together: 'Both A and B beat C', 'A and B both trail C',
    'A, B and C all beat D', 'A and B outperform C' (the verb's plural)."""
    if re.search(
        r"\b(?:[Bb]oth|[Aa]ll\s+of)\s+(?:the\s+)?$", text[max(cs, group[0].start - 12) : group[0].start]
    ):
        return True
    if re.search(r"\b(?:both|all|are|were|have|each)\b", text[group[-1].reach : head.start]):
        return True
    if _PLURAL_VERB.match(text, group[-1].reach):
        return True
    if _PAST_HEAD.match(text, head.start) and re.fullmatch(
        r"\s*(?:\w+ly\s+)?", text[group[-1].reach : head.start]
    ):
        return True  # "A and B outperformed C": a past tense right after them is theirs too
    return _PLURAL_HEAD.match(text, head.start) is not None


_PLURAL_HEAD = re.compile(
    r"(?:outperform|beat|trail|lag|surpass|exceed|top|match|rival|underperform|edge|crush|approach|lead|"
    r"fall|rank|sit|land|score)(?![\w-])",
    re.I,
)
_PAST_HEAD = re.compile(
    r"(?:(?:outperform|outscor|outpac|surpass|exceed|trail|match|edg|topp)ed|lagged|rivall?ed|overtook)\b",
    re.I,
)
