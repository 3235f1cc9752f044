"""Whose value it is when the nearest name is not the owner: comparison objects, asides between commas or
dashes, clauses with a subject of their own, and values in parentheses after a phrase naming no model (used by
score_models.py when it binds a value to its model)."""

from __future__ import annotations

import re

from extractors.facts.conditions import conditions_in
from extractors.facts.document import CJK_OWNS_AFTER, COORD_OBJ, OBJECT_BEFORE, Ref, SegView
from extractors.facts.numbers import NumberMention
from extractors.facts.patterns import side_alternation


def object_ref(text: str, sv: SegView, m: Ref, depth: int = 0) -> bool:
    if OBJECT_BEFORE.search(text[max(sv.seg.start, m.start - 24) : m.start]):
        return not CJK_OWNS_AFTER.match(text, m.reach)
    # 'surpassing both X and Y': a name coordinated with a comparison object is one too
    prev = [r for r in sv.refs if r.kind == "model" and r.reach <= m.start and r.via != "pronoun"]
    return (
        depth < 4
        and bool(prev)
        and COORD_OBJ.fullmatch(text, prev[-1].reach, m.start) is not None
        and object_ref(text, sv, prev[-1], depth + 1)
    )


# 'A leads B (77.3%) and cybersecurity CTFs (77.6%)', '… like Foo Lab (97.9%)': a value in parentheses after
# a coordinated phrase that names no model, benchmark or setting belongs to that phrase
_NAMED_ASIDE = re.compile(
    r"(?:,|\band|\blike|\bsuch as|\bincluding)\s+"
    r"(?P<np>(?:[^\W\d][\w'’.-]*\s+){0,3}[^\W\d][\w'’.-]*)\s*\(\s*$"
)


def unknown_owner(text: str, sv: SegView, n: NumberMention) -> bool:
    m = _NAMED_ASIDE.search(text, max(sv.seg.start, n.start - 60), n.start)
    if m is None or conditions_in(m.group("np")):
        return False
    close = text.find(")", n.end, sv.seg.end)
    inside = (n.end, close if close >= 0 else sv.seg.end)
    # '… function calling (66.9% on BFCL v3)': the parentheses name the value's benchmark themselves
    return not any(
        (r.start < n.start and r.reach > m.start("np")) or inside[0] <= r.start < inside[1] for r in sv.refs
    )


# "X leads with 66, Y follows at 64": a clause with a subject of its own (a name we do not know) between
# the last model and the value; the value is that subject's, never X's
_OWN_SUBJECT = re.compile(
    # an owner may stand before the name ('and Lab's Name scored 33.0', "while Vesk Labs' Name posted 38.5")
    r"(?:[,;]|\bwhile|\bwhereas|\bbut|\band)\s+(?P<name>(?:[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?(?:'s|’s|'|’)\s+)?"
    r"[A-Z][\w.-]*(?:\s[A-Z0-9][\w.-]*){0,3}"
    # "and Lab's own base model trailing at 31.1%": a model described, not named
    r"|[A-Z][\w.-]*(?:'s|’s)\s+(?:[a-z][\w-]*\s+){0,3}(?:model|variant|version|system|predecessor|baseline)"
    # 'whereas the stock scaffold posted 37%': a thing named in lower case, not a model's description or one
    # of its settings, modes or variants ('while the high-effort setting scored 75%'; side_words 'facet')
    r"|(?:(?<=while )|(?<=whereas )|(?<=but ))the\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?!" + side_alternation("facet") + r"s?\b)"
    r"[a-z][\w-]*)\s+"
    r"(?:follows|followed|trails|trailed|sits|sat|comes|came|lands|landed|holds|held|ranks|ranked|scores|scored|"
    r"posts|posted|reaches|reached|manages|managed|is|was|trailing|following|sitting|landing|coming|scoring|"
    r"posting|reaching|holding|leads|led|leading|excels|excelled|excelling)\b[^,;]*$"
)


def own_subject(text: str, sv: SegView, start: int, end: int) -> str | None:
    """The subject of its own (a name we do not read as a model: maybe a lab) of the clause before `end`."""
    m = _OWN_SUBJECT.search(text, start, end)
    if m is None or any(r.start < m.end("name") and m.start("name") < r.reach for r in sv.refs):
        return None
    return m.group("name")


_AND_TAIL = re.compile(r",\s*(?:and|plus)\s+(?:(?:also|a|an)\s+)?$")


def aside_subject(text: str, n: NumberMention, sv: SegView, before_models: list[Ref]) -> Ref | None:
    """'X scores 58.3 on A, close to what Y managed, and 41.7 on B': the value after the aside is X's."""
    tail = _AND_TAIL.search(text, sv.seg.start, n.start)
    if tail is None:
        return None
    aside_start = text.rfind(",", sv.seg.start, tail.start())
    last = before_models[-1]
    if aside_start < 0 or last.start < aside_start:
        return None
    spans = [(r.start, r.reach) for r in sv.refs]
    if any(
        aside_start < x.start < tail.start() and not any(a <= x.start < b for a, b in spans)
        for x in sv.numbers
    ):
        return None  # the aside states a value of its own ('Y gets 50.1, and 41.7 on B')
    outer = [r for r in before_models if r.reach <= aside_start and not object_ref(text, sv, r)]
    if not outer or outer[-1].canonical == last.canonical:
        return None
    return outer[-1]


# a clause with a subject of its own before the value: a name after a clause break ('…, Name leads B (72.3%)')
# or models in general ('Large language models reached 90% on B')
_CLAUSE_SUBJECT = re.compile(
    r"(?:(?:[,;:]\s+|\b(?:and|while|but|whereas)\s+)(?:[Tt]he\s+)?"
    r"(?P<name>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2})"
    r"|(?P<any>(?<![\w-])(?:[a-z]+\s+){0,2}(?:models|LLMs|systems|chatbots|rivals|competitors)))"
    r"\s+(?:\w+ly\s+)?(?:leads|led|scores|scored|score|tops|topped|hits|hit|achieves|achieved|achieve|reaches|"
    r"reached|reach|posts|posted|post|gets|got|averages|averaged|lands|landed|records|recorded)\b"
)


# models or labs in general as a clause's subject, a verb after them ('Early frontier models barely cleared
# 15%', 'Every major AI lab spent years cracking 10%'): a statement about the field, not the page's model
_GENERIC_SUBJECT = re.compile(
    r"\b(?i:every|each|all|most|many|no|early|earlier|previous|prior|older|other|frontier|leading|competing)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:models?|labs?|systems?|LLMs?|chatbots?)"
    r"\s+(?:\w+ly\s+)?(?!(?:of|in|on|at|with|like|such|that|which|who|from|to|for|and|or|as|by|than)\b)[a-z]{3,}\b"
)


_CLAUSE_END = re.compile(r"[.;]\s")
# a subordinate clause's opener right before the general subject ('While other labs focused on chat, the
# release scores 62%'): that clause closes at its comma, and the figure after it belongs to the main clause
_OPENER = re.compile(r"\b(?i:while|whereas|where|as|unlike|although|though|when|since)\s+(?:\w+\s+)?\Z")


def other_subject(text: str, sv: SegView, n: NumberMention, implied: str) -> bool:
    """Whether the value's clause names a subject that is not the implied model (a name we do not resolve, or
    models in general)."""
    lo = max((m.end() for m in _CLAUSE_END.finditer(text, sv.seg.start, n.start)), default=sv.seg.start)
    g = _GENERIC_SUBJECT.search(text, lo, n.start)
    while g is not None and _OPENER.search(text, max(lo, g.start() - 30), g.start()):
        comma = text.find(",", g.end(), n.start)
        if comma < 0:
            break  # the figure is the subordinate clause's own
        g = _GENERIC_SUBJECT.search(text, comma + 1, n.start)
    if g is not None and not any(g.start() <= r.start < n.start for r in sv.refs if r.kind == "model"):
        return True
    last = None
    for m in _CLAUSE_SUBJECT.finditer(text, sv.seg.start, n.start):
        last = m
    if last is None or re.search(r"[.;]\s", text[last.end() : n.start]):
        return False
    name = last.group("name")
    if name is None:
        return True
    if any(r.start < last.end("name") and last.start("name") < r.reach for r in sv.refs):
        return False
    return not set(name.split()) <= set(implied.split())


def closed_aside(text: str, sv: SegView, last: Ref, n: NumberMention) -> tuple[int, int] | None:
    """Where the aside holding the name `last` opens and closes, when it closes before the value: between two
    dashes ('— up from 80.8% on Y —') or in parentheses ('(versus 70.3% for Y), 83.6% on B')."""
    close = max(text.rfind("—", last.reach, n.start), text.rfind(" – ", last.reach, n.start))
    if close >= 0:
        open_ = max(text.rfind("—", sv.seg.start, last.start), text.rfind(" – ", sv.seg.start, last.start))
        if open_ >= 0:
            return open_, close
    close = text.find(")", last.reach, n.start)
    open_ = text.rfind("(", sv.seg.start, last.start)
    if close < 0 or open_ < 0 or ")" in text[open_ : last.start] or "(" in text[last.reach : close]:
        return None
    if not text[open_ + 1 : last.start].strip() and not text[last.reach : close].strip():
        return None  # the name alone in parentheses names what stands before it ('the previous version (Y)')
    return open_, close


def dash_aside_subject(text: str, n: NumberMention, sv: SegView, before_models: list[Ref]) -> Ref | None:
    """'X achieved 15.9% on A—nearly double Y's 8.6%—and a perfect 100% on B': a name between two dashes (or
    in parentheses) is an aside; the value after it is the subject's named before the aside."""
    last = before_models[-1]
    aside = closed_aside(text, sv, last, n)
    if aside is None:
        return None
    outer = [r for r in before_models if r.reach <= aside[0] and not object_ref(text, sv, r)]
    if not outer or outer[-1].canonical == last.canonical:
        return None
    return outer[-1]


# a family's bare name (or a short one) with a possessive right before the figure ('versus Claude's 83.4%',
# 'vs. Llama's 75.1%', 'Qwen's score of 64'): the figure is that family's model's, never the clause subject's
_FAMILY_POSSESSIVE = re.compile(
    r"(?P<rival>\b(?:versus|vs\.?|against|than|over|behind|beating|trailing|compared (?:with|to))\s+)?"
    r"(?<![\w.-])(?P<w>[A-Z][A-Za-z]{2,})['’]s\s+(?:(?:[a-z]+\s+)?(?:score|result|figure|mark|rating|tally)"
    r"\s+(?:of\s+)?)?$"
)
# "that's 80%", "here's 64": the 's is 'is'
_IS_CONTRACTED = frozenset({"That", "What", "Here", "There", "Where", "This", "Who", "Today", "Everyone"})


def possessive_family(
    text: str, sv: SegView, n: NumberMention, doc_models: set[str], labs: frozenset[str]
) -> tuple[bool, Ref | None]:
    """(True, ref) when a family's bare name owns the value by a possessive and exactly one of the article's
    models is of that family; (True, None) when it could be more than one (the value is nobody's we can name);
    (False, None) when no such possessive stands before the value."""
    m = _FAMILY_POSSESSIVE.search(text, max(sv.seg.start, n.start - 40), n.start)
    if m is None:
        return False, None
    w = m.group("w")
    if w in labs or w in _IS_CONTRACTED or any(r.start <= m.start("w") < r.reach for r in sv.refs):
        return False, None  # a lab's figure, or a name we already read ('GPT-5's 81.1%'): the usual binding
    words = {c: set(re.split(r"[\s-]", c)) for c in doc_models}
    members = {c for c in doc_models if w in words[c]}
    # a shorter writing of a longer member ('Claude 4.5' beside 'Claude Sonnet 4.5') is that member
    members = {c for c in members if not any(words[c] < words[o] for o in members)}
    if len(members) != 1:
        # a name we do not know set against the subject ('against Finch's 77.1%') owns the figure as well
        return (True, None) if members or m.group("rival") else (False, None)
    owner = next(iter(members))
    return True, Ref("model", owner, m.start("w"), m.end("w"), m.end("w"), None, 0.8, "short", w)
