"""Groups standing for several models: 'Both …', 'All three …', 'The two models …', 'each of them'.

A group means the last models named before it. When those are not one family but a family of exactly that
many members was introduced just before ('Ember 2 Lite and Ember 2 Large …; the larger one trails Rival 4.
Both models read 256K'), the group is that family's members: a group noun ('models', 'variants') speaks of
siblings, not of the rival a comparison mentioned last, nor of the family name itself.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from extractors.facts.document import Ref, SegView
from extractors.facts.entities import knowledge
from extractors.facts.subjects import Subjects, family_base

_GROUP = re.compile(
    r"\s*(?:(?:and|but)\s+)?(?:(?P<both>[Bb]oth)\b(?!\s+(?:of\s+)?(?:the\s+)?[A-Z])|[Aa]ll\s+(?P<all>two|three|four|five|six|\d)\b"
    r"|(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?P<the>two|three|four|five)\b|[Ee]ach\s+of\s+(?:them|the\s+(?P<each>"
    r"two|three|four|five)))"
)
# a group with its noun anywhere in the clause: "Corvane says both models handle …", "… and that the two new
# models went live on …"
_GROUP_NOUN = re.compile(
    r"\b(?:(?P<both>[Bb]oth)(?:\s+of\s+the(?:se)?)?|(?:[Tt]he|[Tt]hese|[Tt]hose|[Aa]ll)\s+(?P<the>two|three|four|"
    r"five))\s+(?:new\s+|open(?:-weights?)?\s+|released\s+|sibling\s+)?(?:models|variants|versions|siblings|"
    r"checkpoints|sizes|members)\b"
)
_OF_GROUP = re.compile(
    r"(?:[Tt]he\s+)?(?:checkpoints?|weights|prices?|pricing|context\s+windows?)\s+(?:for|of)\s+"
)
# a plural noun after the group word that is no model's ('Both labs', 'All three companies')
_OTHER_NOUN = re.compile(r"\s+(?!(?:models|variants|versions|siblings|checkpoints|sizes|members)\b)[a-z]+s\b")
_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# a plural pronoun opening the clause ("They share a 200K window"): the list the sentence before closed on
_THEY = re.compile(r"\s*(?:[Tt]hey|[Tt]hese\s+models)\b")


def _count(m: re.Match[str]) -> int:
    if m.group("both"):
        return 2
    word = next((m.group(g) for g in ("all", "the", "each") if g in m.re.groupindex and m.group(g)), "")
    return int(word) if word.isdigit() else _COUNT.get(word.lower(), 0)


def group(subs: Subjects, sv: SegView, pos: int) -> list[Ref] | None:
    """'Both …' / 'All three …' / 'The two …' opening the clause at `pos` (or, with a noun, inside it): the
    models it stands for."""
    text = subs.view.text
    start = max(
        sv.seg.start,
        text.rfind(", ", sv.seg.start, pos) + 2,
        text.rfind("; ", sv.seg.start, pos) + 2,
        text.rfind(": ", sv.seg.start, pos) + 2,  # 'Both models …: the first has …, the second …'
    )
    m = _GROUP.match(text, start)
    if m is None and start > sv.seg.start and not any(sv.seg.start <= r.start < pos for r in subs.models(sv)):
        # 'Both share a tokenizer, after …, and a 96K window': the sentence opens on the group, no name since
        m = _GROUP.match(text, sv.seg.start)
        if m and _OTHER_NOUN.match(text, m.end()):
            m = None  # 'Both labs, after months of talks, agreed on a 128K window': a group of other things
    if (
        m is None
        and _THEY.match(text, start)
        and not any(r.reach <= pos and r.via not in ("pronoun", "implied") for r in subs.models(sv))
    ):
        return _listed_before(subs, sv)
    if m is None:
        # "the checkpoints for all three were published …": the group the thing belongs to
        of = _OF_GROUP.match(text, start)
        m = _GROUP.match(text, of.end()) if of else None
    noun = False
    if m is None or m.end() > pos:
        found = list(_GROUP_NOUN.finditer(text, start, pos))
        named = [r for r in subs.models(sv) if r.via not in ("pronoun", "implied")]
        if not found or any(found[-1].end() <= r.start < pos for r in named):
            return _opening_group(subs, sv, pos)
        m, noun = found[-1], True
    n = _count(m)
    if n < 2:
        return None
    here = [r for r in subs.models(sv) if r.reach <= m.start() and r.via not in ("pronoun", "implied")]
    names = list(dict.fromkeys(r.canonical for r in here))
    if len(names) >= n:
        pick = [next(r for r in here if r.canonical == c) for c in names[-n:]]
        if not noun or _one_family(pick):
            return pick
        return _siblings(here, n) or pick
    # the models may sit further back, above a comparison table's rows ("Both models read 1M" after the grid)
    got = subs.recent(sv, n)
    if got and not _kin(got) and not _listed_together(subs, sv, got):
        # "A and B … positioned against C. ¶ Both share a 128K window": the siblings named last, not the rival
        got = _coordinated_before(subs, sv, n) or _kin_of(subs.recent(sv, 8, back=6, partial=True), n) or got
    if not got:  # a table's header line may glue a label to a name ('Feature Name'): names only
        far = [r for r in subs.recent(sv, 8, back=12, partial=True) if r.via != "weak"]
        got = far[-n:] if len(far) >= n else []
    if got and (not noun or _one_family(got)):
        return got
    return _siblings(here + subs.recent(sv, 8, back=6, partial=True), n) or got or None


# a sentence opening on its group subject, set off from what follows ('These models, with 14B parameters, …',
# 'Both models have a base version, and both a 128K window')
_OPENING = re.compile(
    r"[\s\"'“(*-]*(?:(?P<both>[Bb]oth)\s+(?:models|variants|versions|checkpoints)|(?:[Tt]hese|[Tt]hose)\s+"
    r"(?:(?P<the>two|three|four|five)\s+)?(?:[\w-]+\s+)?(?:models|variants|versions|checkpoints))\b"
)


def _opening_group(subs: Subjects, sv: SegView, pos: int) -> list[Ref] | None:
    """The group the sentence opens on when the clause at `pos` names nobody of its own: the models listed
    just before ('A and B' in the sentence before) or the last ones named, as many as the group counts."""
    text = subs.view.text
    m = _OPENING.match(text, sv.seg.start, pos)
    if m is None or any(r.start < pos and r.via != "implied" for r in subs.models(sv)):
        return None
    n = _count(m) if m.group("both") or m.group("the") else 0
    listed = _listed_before(subs, sv)
    if listed and (n == 0 or len({r.canonical for r in listed}) == n):
        return listed
    return _coordinated_before(subs, sv, n) if n else None


def _listed_together(subs: Subjects, sv: SegView, refs: list[Ref]) -> bool:
    """Whether the models were coordinated where they were named ('A and B both …')."""
    view = subs.view
    last = refs[-1]
    for i in range(sv.index - 1, max(-1, sv.index - 5), -1):
        prev = view.segs[i]
        if prev.seg.start <= last.start < prev.seg.end:
            listed = {r.canonical for r in subs.coordinated(prev, last, False)}
            return all(r.canonical in listed for r in refs)
    return False


def _coordinated_before(subs: Subjects, sv: SegView, n: int) -> list[Ref]:
    """The last list of exactly `n` coordinated siblings ('Name Small and Name Medium') in the few sentences
    before this one, back to the section's heading."""
    view = subs.view
    for i in range(sv.index - 1, max(-1, sv.index - 5), -1):
        prev = view.segs[i]
        if prev.seg.kind == "heading":
            return []
        named = [r for r in subs.models(prev) if r.via not in ("pronoun", "implied", "labmodel")]
        for r in reversed(named):
            listed = subs.coordinated(prev, r, False)
            if len(listed) == n and len({x.canonical for x in listed}) == n and _kin(listed):
                return listed
    return []


def _listed_before(subs: Subjects, sv: SegView) -> list[Ref] | None:
    """The models coordinated last ('A and B', 'A, B and C') in the one or two sentences before it."""
    view = subs.view
    for i in range(sv.index - 1, max(-1, sv.index - 3), -1):
        prev = view.segs[i]
        if prev.seg.para != sv.seg.para:
            return None
        named = [r for r in subs.models(prev) if r.via not in ("pronoun", "implied", "labmodel")]
        if named:
            listed = subs.coordinated(prev, named[-1], False)
            if len({r.canonical for r in listed}) >= 2:
                return listed
            # "The family comprises two models: A, featuring …, and B, which has …": a lineup whose members
            # carry clauses of their own
            firsts = list({r.canonical: r for r in reversed(named)}.values())[::-1]
            if 2 <= len(firsts) <= 4 and _LINEUP.search(view.text, prev.seg.start, named[0].start):
                return firsts
            return None
    return None


_LINEUP = re.compile(
    r"\b(?:comprises|consists\s+of|includes|is\s+made\s+up\s+of)\b[^.;]{0,40}$|\b(?:two|three|four)\s+"
    r"(?:models|variants|sizes|versions)\s*:\s*$",
    re.I,
)


def _first_word(name: str) -> str:
    return re.split(r"[\s-]", name, maxsplit=1)[0].lower()


def _kin(refs: list[Ref]) -> bool:
    """Names of one maker's line: the same first word ('Name Small 1.2', 'Name Medium 1.2')."""
    return len({_first_word(r.canonical) for r in refs}) == 1


def _kin_of(refs: list[Ref], n: int) -> list[Ref]:
    """The line (named last) with exactly `n` distinct members among `refs`; none when another line has `n`
    too or the line's bare name is among them."""
    lines: dict[str, dict[str, Ref]] = {}
    for r in refs:
        lines.setdefault(_first_word(r.canonical), {}).setdefault(r.canonical, r)
    fits = [members for members in lines.values() if len(members) == n]
    if len(fits) != 1 or any(a != b and b.startswith(a) for a in fits[0] for b in fits[0]):
        return []
    return sorted(fits[0].values(), key=lambda r: r.start)


def _one_family(refs: list[Ref]) -> bool:
    return len({family_base(r.canonical) for r in refs}) == 1


def _siblings(refs: list[Ref], n: int) -> list[Ref]:
    """The family (named last) with exactly `n` members among `refs`, the bare family name left out."""
    by_base: dict[str, dict[str, Ref]] = {}
    last: dict[str, int] = {}
    for r in refs:
        base = family_base(r.canonical)
        if r.canonical != base:
            by_base.setdefault(base, {}).setdefault(r.canonical, r)
        last[base] = max(last.get(base, -1), r.start)
    fits = [b for b, members in by_base.items() if len(members) == n]
    if not fits:
        return []
    best = max(fits, key=lambda b: last[b])
    return sorted(by_base[best].values(), key=lambda r: r.start)


# 'Name-5.6 Sol, Terra, and Luna': one versioned name, then its members' own words listed after it
_STEM_LIST = re.compile(
    r" (?P<first>[A-Z][a-z]{2,})"
    r"(?P<rest>(?:,\s*(?:and\s+|&\s+)?[A-Z][a-z]{2,}){1,4}|\s+(?:and|&)\s+[A-Z][a-z]{2,})(?![\w-])"
)
_CALENDAR = re.compile(
    r"(?i)jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|yesterday"
)


@cache
def _known_words() -> frozenset[str]:
    kb = knowledge()
    return frozenset(w.lower() for r in kb.records for w in r.alias.split()) | {
        f.lower() for f in kb.family_alias
    }


def stem_members(text: str, ref: Ref) -> list[Ref]:
    """A versioned name followed by a list of capitalised words none of which names anything we know ('GPT-5.6
    Sol, Terra, and Luna'): the members the list spells, each the name with its word; else the name alone."""
    m = _STEM_LIST.match(text, ref.end)
    if m is None or not re.search(r"\d", ref.canonical) or ref.via in ("pronoun", "implied"):
        return [ref]
    words = [m.group("first"), *re.findall(r"[A-Z][a-z]{2,}", m.group("rest"))]
    if any(w.lower() in _known_words() or _CALENDAR.match(w) for w in words):
        return [ref]
    return [replace(ref, canonical=f"{ref.canonical} {w}") for w in words]
