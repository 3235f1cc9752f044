"""Attribute subjects: the model an attribute value (a parameter count, a context window) belongs to, the
chooser the attribute rules share (`who`: a group, a role, a comparative, the title of a spec block, else
the model before the value; a base another model is built from gives way to the model built on it).
"""

from __future__ import annotations

import re

from extractors.facts import groups
from extractors.facts.compared_subjects import compared_subject, with_phrase_before
from extractors.facts.descriptions import is_description
from extractors.facts.document import DocView, Ref, SegView
from extractors.facts.fronted_rivals import fronted_rival
from extractors.facts.subjects import Subjects
from extractors.facts.table_cells import VARIANT_WORDS
from extractors.facts.titles import Titles

# a checkpoint's variant word after its model's name ('Name Base', 'Name-Instruct')
_VARIANT_OF = re.compile(r"[ -](?:" + VARIANT_WORDS + ")$")


def shared_base(view: DocView, owner: str | None) -> str | None:
    """The model itself for one of its checkpoints when the page lists several ('Name-Base: …',
    'Name-Instruct: …') and then gives the specifications they share; a page about one checkpoint alone
    ('Name Instruct') keeps it."""
    variant = _VARIANT_OF.search(owner) if owner else None
    if owner is None or variant is None:
        return owner
    base = owner[: variant.start()]
    siblings = [
        m
        for m in view.doc_models
        if m != owner and m.startswith(base) and _VARIANT_OF.fullmatch(m, len(base))
    ]
    return base if siblings and base in (view.focus or "", *view.doc_models) else owner


def labelled(view: DocView, sv: SegView, word: str) -> bool:
    seg_text = view.text[sv.seg.start : sv.seg.end]
    return bool(re.match(r"\s*(?:" + word + r")[\w ]{0,20}:", seg_text, re.I))


def who(
    subs: Subjects, sv: SegView, pos: int, allow_implied: bool, titles: Titles | None = None
) -> list[Ref]:
    """A group ('Both …'), a comparative ('the smaller one'), the title line of a spec block, else the
    subject before `pos`."""
    sizing = [r for r in subs.models(sv) if r.via == "pronoun" and r.start < pos < r.end and r.canonical]
    if sizing:
        return sizing[:1]  # 'this 24-billion-parameter model': the count sizes the model described
    group = groups.group(subs, sv, pos)
    if group:
        return group
    role = subs.role(sv, pos)
    if role == [] and (described := _described_before(subs, sv, pos)):
        return described  # 'The flagship variant uses …' on a page whose family has no sized members
    if role is not None:
        return role
    cmp = subs.comparative(sv, pos)
    if cmp is not None:
        return cmp
    if titles is not None:
        titled = titles.subject(sv, pos)
        if titled:
            return titled
    text = subs.view.text
    if with_phrase_before(text, pos):  # the cheap gate first: the sentence's names only where it holds
        named = [r for r in subs.models(sv) if r.via not in ("pronoun", "implied", "labmodel")]
        compared = compared_subject(text, named, pos)
        if compared is not None:
            return [compared]  # 'A outperforms B …, with only 120B parameters': A's size
    subj = subs.before(sv, pos, allow_implied)
    if len(subj) == 1 and fronted_rival(text, sv.seg.start, subj[0].start, subj[0].end, pos):
        # 'Two seasons after B, this release reads 2M tokens': B is the yardstick; the page's model owns it
        focus = subs.view.focus
        return [Ref("model", focus, pos, pos, pos, None, 0.7, "implied")] if focus else []
    if len(subj) == 1 and subj[0].via != "implied":
        based = _based_on(subs, sv, subj[0], pos)
        if based is not None:
            return based
        held = _phrase_object(subs, sv, subj[0], pos)
        if held is not None:
            return held
    if len(subj) == 1 and _LINE_AFTER.match(text, subj[0].end):
        # "… as the third iteration in the Opus 4 line, focused on 1M-token context": the line is not the
        # subject; the model named before it is
        named = [
            r
            for r in subs.models(sv)
            if r.end <= subj[0].start
            and r.via not in ("pronoun", "implied")
            and not _LINE_AFTER.match(text, r.end)
        ]
        return named[-1:]
    return subj


def _described_before(subs: Subjects, sv: SegView, pos: int) -> list[Ref]:
    """The description ('the flagship variant', 'le modèle') the clause before `pos` opens with, resolved."""
    text = subs.view.text
    start = max(sv.seg.start, text.rfind(", ", sv.seg.start, pos) + 2)
    found = [
        r
        for r in subs.models(sv)
        if r.via == "pronoun"
        and r.canonical
        and start <= r.start
        and r.end <= pos
        and is_description(r.surface)
    ]
    return found[-1:]


# the model another one is built from: "the successor to A", "builds on A", "inherits the A architecture",
# "SFT from A traces" name a base, not the model the sentence's figures belong to
BASE_BEFORE = re.compile(
    r"\b(?:successor\s+(?:to|of)|builds?\s+(?:up)?on|built\s+(?:up)?on|building\s+(?:up)?on|based\s+on|"
    r"inherits?|inherited|inheriting|derived\s+from|distilled\s+from|fine-?tuned\s+from|"
    r"(?:SFT|RL|distillation|training)\s+(?:from|on)|upgrade\s+(?:over|from|of)|improves?\s+(?:on|upon)|"
    r"replac(?:es|ing)|evolution\s+of|follow-?up\s+to)\s+(?:the\s+|its\s+|an?\s+)?"
    r"(?:earlier\s+|original\s+|previous\s+|older\s+)?\[?$",
    re.I,
)


def _based_on(subs: Subjects, sv: SegView, ref: Ref, pos: int) -> list[Ref] | None:
    """When the chosen subject is a base another model is built from (or a pronoun standing for it), the
    sentence's figures are the built model's: the model named first in the sentence before `pos` that is no
    base, else the section's model; None when the subject is no base."""
    text = subs.view.text
    named = [r for r in subs.models(sv) if r.via not in ("pronoun", "implied") and r.start < pos]
    bases = [r for r in named if BASE_BEFORE.search(text, max(sv.seg.start, r.start - 45), r.start)]
    if not any(r.canonical == ref.canonical for r in bases):
        return None
    if ref.via != "pronoun" and ref not in bases:
        return None
    base_names = {r.canonical for r in bases}
    others = [r for r in named if r.canonical not in base_names]
    if others:
        return others[:1]
    if sv.focus and sv.focus not in base_names:
        return [Ref("model", sv.focus, pos, pos, pos, None, 0.7, "implied")]
    return []


# a family named as a whole ("the Name 4 line", "the Name series")
_LINE_AFTER = re.compile(r"\s+(?:line|series|family|lineup|line-up|generation)\b")


# a preposition a model is named after as the object of a phrase ('introduced with B', 'than B', 'like B',
# 'compared with B', 'from B', 'since B'), an optional determiner or possessive between
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:than|like|unlike|with|from|since|versus|vs\.?|against|over|behind|compared\s+(?:to|with))\s+"
    r"(?:(?:the|its|their|[A-Z][\w-]*['’]s)\s+)?(?:(?:earlier|original|previous|older|first)\s+)?\[?$",
    re.I,
)


def _phrase_object(subs: Subjects, sv: SegView, ref: Ref, pos: int) -> list[Ref] | None:
    """'A keeps the layout Lab introduced with B: 1T total parameters': a model named only inside a
    prepositional phrase owns no figure after it when another model is named before it outside such a
    phrase; that model (the sentence's subject) does. A possessive ('than B's 128K') keeps the figure
    B's. None when the nearest model is no such object."""
    text = subs.view.text
    if ref.via == "pronoun" or not _PREPOSITION_BEFORE.search(
        text, max(sv.seg.start, ref.start - 40), ref.start
    ):
        return None
    if re.match(r"['’]s?\b", text[ref.end : ref.end + 3]):
        return None  # 'compared with B's 32K': the possessive names whose figure follows
    named = [r for r in subs.models(sv) if r.via not in ("pronoun", "implied") and r.start < ref.start]
    if not named or named[0].canonical == ref.canonical:
        return None
    if _PREPOSITION_BEFORE.search(text, max(sv.seg.start, named[0].start - 40), named[0].start):
        return None  # 'costs less than A and less than B': no model is the sentence's subject
    return named[:1]
