"""A bare comparative whose other side a phrase opening the sentence names: 'Compared to B, A is faster',
'Against B (a dense model), A runs cheaper and faster', 'Relative to B, A scores higher on X'. A comparative
with neither 'than' nor a figure ('is faster') is otherwise read only after another comparison of the sentence
(`claims`), since on its own it says nothing of what it is faster than; the fronted phrase says it.

The phrase must open the sentence (after a bullet or a connective) and end on a comma before the clause's
subject: 'gaps like A vs B look larger' or 'A is faster than last year, versus B …' name no yardstick."""

from __future__ import annotations

import re

from extractors.facts.claim_sides import is_named, name_end
from extractors.facts.document import Ref
from extractors.facts.patterns import kind_alternation

# the phrase that sets a model against another ('compared to', 'versus', 'vs.'), also claim_figures.FRONTED's
YARDSTICK = kind_alternation("claim_words.jsonl", "yardstick", spaces=r"\s+", longest_first=True)

# the sentence's opening up to the yardstick's name (patterns/claim_words.jsonl kinds 'connective',
# 'test_verb' and 'yardstick')
_OPENING = re.compile(
    r"[\s•*>\-–—]*(?:" + kind_alternation("claim_words.jsonl", "connective") + r"\s*,?\s+)?"
    # "Measured on one node against B, …", "Tested against B, …": a test's set-up names the yardstick
    r"(?:"
    + kind_alternation("claim_words.jsonl", "test_verb")
    + r"\b(?:[^,;:\n]|\.(?=\d)){0,60}?\s)?"
    + YARDSTICK
    + r"\s+(?:the\s+)?(?:[A-Z][\w.&-]*['’]s\s+)?",
    re.I,
)
# between two members of the fronted list
_LINK = re.compile(r"\s*(?:\([^()\n]{0,60}\)\s*)?(?:,\s*(?:and\s+)?|\s+(?:and|or|&)\s+)(?:the\s+)?")
_AND = re.compile(r"\b(?:and|or)\b|&")
# after the name: a note in brackets, then the comma that closes the phrase
_CLOSE = re.compile(r"\s*(?:\([^()\n]{0,60}\)\s*)?,\s+")


def fronted_list(text: str, models: list[Ref], sent: int, subj: list[Ref]) -> tuple[list[Ref], int] | None:
    """The members of the phrase opening the sentence that names a yardstick ('Against A and B, …') and
    where its closing comma ends; None when the sentence opens on no such phrase."""
    if not subj:
        return None
    names = {s.canonical for s in subj}
    first = next((r for r in models if r.start >= sent and is_named(r)), None)
    if first is None or first.canonical in names:
        return None
    if not _OPENING.fullmatch(text, sent, first.start):
        return None
    chain = [first]  # "Against A, B and C, D is …": each member of the fronted list
    for r in models:
        if (
            r.start > chain[-1].start
            and is_named(r)
            and _LINK.fullmatch(text, name_end(text, chain[-1]), r.start)
        ):
            chain.append(r)
    # the list ends on the member an 'and' joins ("A, B and C, D is …"); with none, the first is the list
    # ("Against A, D is …": D is the subject)
    ends = [
        i for i in range(1, len(chain)) if _AND.search(text, name_end(text, chain[i - 1]), chain[i].start)
    ]
    listed = chain[: ends[0] + 1] if ends else chain[:1]
    close = _CLOSE.match(text, name_end(text, listed[-1]))
    if close is None:
        return None
    return [r for r in listed if r.canonical not in names], close.end()


def fronted_yardstick(
    text: str, models: list[Ref], sent: int, head_at: int, subj: list[Ref], carried: bool = False
) -> list[Ref]:
    """The models the sentence's opening phrase sets the subject against, when the subject and the head come
    after that phrase's comma in the clause it opens. A break between the comma and the head (a semicolon,
    'but', 'yet', 'while') starts a clause the phrase does not govern; a noun phrase holding the subject
    ('the X card A runs on is faster') or another model's clause before it ('B lost and A is faster') leaves
    the comparative someone else's. `carried` (a comparison of the phrase came first): a later clause keeps
    the phrase ('Against C, B is faster and A is cheaper', '…, but A is slower'); a semicolon or colon
    ends it."""
    found = fronted_list(text, models, sent, subj)
    if found is None:
        return []
    listed, close_end = found
    at = min(s.start for s in subj)
    if (
        close_end > at
        or close_end > head_at
        or (_STOP if carried else _BREAK).search(text, close_end, head_at)
    ):
        return []
    named = [s for s in subj if is_named(s)]  # a pronoun ('… is efficient — it runs faster') goes back to one
    if not carried and named and not _BEFORE_SUBJECT.fullmatch(text, close_end, min(s.start for s in named)):
        return []
    return listed


# a clause break the fronted phrase does not reach across (a dash or 'so' goes on about the same subject:
# 'Against B, A is small — it runs faster')
_STOP = re.compile(r"[;:]")
_BREAK = re.compile(r"[;:]|\b(?:but|yet|while|whereas|though|although|however)\b", re.I)
# what may stand between the phrase's comma and the subject: nothing, an article, an aside closed by a comma
# ('Against B, the version of last spring, A is …')
_BEFORE_SUBJECT = re.compile(r"(?:the\s+|[^,;\n]{1,60},\s+)?")


# "Compared with A, B needed 11x less compute": the fronted phrase names the other side (also the subject
# reader's test of a model named inside such a phrase, claim_subjects)
FRONTED = re.compile(
    r"(?<![\w-])(?i:" + YARDSTICK + r")\s+"
    r"(?:[^,;()]{0,40}?\d[^,;()]{0,30}?\s+for\s+)?(?:the\s+)?(?:[A-Z][\w.-]*['’]s\s+)?$"
)


def _fronted_near(text: str, models: list[Ref], sent: int, head_at: int, subj: list[Ref]) -> list[Ref]:
    names = {s.canonical for s in subj}
    return [
        r
        for r in models[:]
        if is_named(r)
        and sent <= r.start < head_at
        and r.canonical not in names
        and FRONTED.search(text, max(sent, r.start - 40), r.start)
    ][:1]


def measure_yardstick(text: str, models: list[Ref], sent: int, head_at: int, subj: list[Ref]) -> list[Ref]:
    """The other side a fronted phrase names for a measure head with no object ('Compared to B, A has half the
    active parameters'): the phrase opening the sentence (`fronted_yardstick`), else the first model a
    yardstick phrase stands right before in the sentence, ahead of the head."""
    return fronted_yardstick(text, models, sent, head_at, subj) or _fronted_near(
        text, models, sent, head_at, subj
    )
