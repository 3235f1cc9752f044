"""Sole sized members: a score given to a family's short name ('Family 3 scores 61.2%') on a page that names
exactly one member of that family by its size ('Family 3 27B') is that member's. The page names the member
once in full and then writes the short name for it in its prose; a page naming two sized members of the
family (or the member's own figure on that benchmark) leaves the short name as written, and so does a table
(its rows and columns are the page's own labels) and a figure the page gives its implied subject.
An attribute given to a short name whose own row or sentence writes the page's one longer member in full
('Family 3 Quill', a row's id 'family-3-quill') is that member's: the name was cut short where it was read
(`written_member`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.facts import entities as ent
from extractors.facts.parameters import HAS_SIZE
from schema.records import AttributeFact, ScoreFact

# a size that ends a model's name ('27B', '235B-A22B', 'E4B', '270M'): the member of the family before it
_SIZE_TAIL = re.compile(r"[\s-]+E?\d+(?:\.\d+)?[BM](?:[\s-]+A\d+(?:\.\d+)?B)?$")
# a release stage or checkpoint after a name: the same model ('Name 2 Preview', 'Name 2 Instruct', 'N-2-0611')
_STAGE = re.compile(r"(?i)\b(?:preview|exp|experimental|beta|alpha|latest|instruct|chat|base|it)\b|\d{4}")
# the ways prose names a figure's owner in writing (or by a pronoun for the name written before)
_PROSE = frozenset(["prose", "possessive", "adjacent", "pronoun", "paren", "for", "respectively", "list"])


def _sized_members(doc_models: set[str]) -> dict[tuple[str, ...], set[str]]:
    """The page's sized members, by the name parts of the family before their size."""
    members: dict[tuple[str, ...], set[str]] = {}
    for m in doc_models:
        tail = _SIZE_TAIL.search(m)
        if tail is not None and tail.start() > 0:
            members.setdefault(ent.name_parts(m[: tail.start()]), set()).add(m)
    return members


def sole_members(facts: list[ScoreFact], doc_models: set[str]) -> list[ScoreFact]:
    """Scores of a family named without a size moved to its one sized member the page names."""
    members = _sized_members(doc_models)
    if not members:
        return facts
    own: dict[tuple[str, str], set[float]] = {}
    for f in facts:
        own.setdefault((f.model, f.benchmark), set()).add(f.value)
    out = []
    for f in facts:
        short = f.method in _PROSE and not HAS_SIZE.search(f.model)
        sized = members.get(ent.name_parts(f.model), set()) if short else set()
        if len(sized) == 1:
            member = next(iter(sized))
            theirs = own.get((member, f.benchmark))
            # the member's own other figure there: the short name is another model; its same figure: the same
            if theirs is None or f.value in theirs:
                f = replace(f, model=member)
        out.append(f)
    return out


def _own_size(f: AttributeFact, member: str) -> bool:
    """Whether the size ending `member`'s name is the parameter count `f` gives."""
    tail = _SIZE_TAIL.search(member)
    size = re.search(r"(\d+(?:\.\d+)?)([BM])", tail.group()) if tail else None
    if f.attribute != "parameters_total" or size is None:
        return False
    count = float(size.group(1)) * (1e9 if size.group(2) == "B" else 1e6)
    return abs(count - float(f.value)) < 1e-6 * count


def _written(parts: tuple[str, ...], words: tuple[str, ...]) -> list[int]:
    """Where `parts` stand together in `words` (the name parts of an evidence text)."""
    n = len(parts)
    return [i for i in range(len(words) - n + 1) if words[i : i + n] == parts]


def sole_member_attributes(facts: list[AttributeFact], doc_models: set[str]) -> list[AttributeFact]:
    """The same for attributes, where the evidence does not give the value to the short name as written: a
    sentence that never writes the short name on its own ('#109', 'the flagship 235-billion-parameter
    model', 'Family-3-27B was released on …' read as 'Family 3'), a table row that writes the member ('| 6 |
    Family 3 27B |'). A sentence that writes the short name ('Family 3 arrived in September') or a row that
    names nobody keeps it; so does a member with its own value."""
    members = _sized_members(doc_models)
    own = {(f.subject, f.attribute) for f in facts}
    out = []
    for f in facts:
        short = ent.name_parts(f.subject)
        sized = members.get(short, set()) if not HAS_SIZE.search(f.subject) else set()
        if not sized:
            table = "table" in f.method or "row" in f.method
            member = written_member(f.subject, f.evidence.text, doc_models, table)
            if (member, f.attribute) not in own:
                f = replace(f, subject=member)
        elif len(sized) == 1:
            member = next(iter(sized))
            full = ent.name_parts(member)
            words = ent.name_parts(f.evidence.text)
            alone = [i for i in _written(short, words) if words[i : i + len(full)] != full]
            table = "table" in f.method or "row" in f.method
            if table and _own_size(f, member):
                pass  # 'Name 244M' of a row whose size cell is the count: the value, no part of the name
            elif (member, f.attribute) not in own and (_written(full, words) if table else not alone):
                f = replace(f, subject=member)
        out.append(f)
    return out


def written_member(name: str, text: str, doc_models: set[str], table: bool = False) -> str:
    """The page's one longer member of `name` when `text` (the evidence naming it) writes that member in
    full ('Name 2 Ultra has a 64K window' read as 'Name 2'; a row '| Name 2 | … | name-2-ultra |'): the name
    was cut short where it was read. Prose that also writes the short name on its own keeps it."""
    short = ent.name_parts(name)
    members = named_members(short, doc_models)
    if len(members) != 1:
        return name
    member = next(iter(members))
    full = ent.name_parts(member)
    words = ent.name_parts(text)
    # the member written whole, or without the short name's first part ('Name 2 Ultra' as '2 Ultra')
    written = _written(full, words) or (len(short) > 1 and _written(full[1:], words))
    # the short name on its own: not the member, nor a versioned name of it ('name-vast-2509' of 'Name Vast')
    alone = [
        i
        for i in _written(short, words)
        if words[i : i + len(full)] != full
        and not (short[-1].isalpha() and _versioned(words, i + len(short)))
    ]
    return member if written and (table or not alone) else name


def _versioned(words: tuple[str, ...], at: int) -> bool:
    """Whether a version or snapshot number follows at `at`."""
    return at < len(words) and words[at].isdigit()


def named_members(short: tuple[str, ...], doc_models: set[str]) -> set[str]:
    """The page's longer members of the name `short` (its name parts): each model the page names whose name
    is `short` and more ('Name 2' -> 'Name 2 Ultra', 'Name Vast' -> 'Name Vast 1.5'), one per spelling; a
    name whose version or size goes on ('Name 2' -> 'Name 2.5', 'Name 2 9B') is a sibling, no member."""
    n = len(short)
    found: dict[tuple[str, ...], str] = {}
    for m in doc_models:
        parts = ent.name_parts(m)
        if len(parts) <= n or parts[:n] != short or (short[-1].isdigit() and parts[n].isdigit()):
            continue  # (tested first: the pattern below is made from the name, compiled where it is needed)
        lead = re.match(r"[^a-z0-9]*".join(short), m.lower()) if n else None
        ext = m[lead.end() :] if lead else m
        if not HAS_SIZE.search(ext) and not _STAGE.search(ext):
            found.setdefault(parts, m)
    return set(found.values()) if n else set()
