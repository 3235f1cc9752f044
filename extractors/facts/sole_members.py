"""Sole sized members: a score given to a family's short name ('Family 3 scores 61.2%') on a page that names
exactly one member of that family by its size ('Family 3 27B') is that member's. The page names the member
once in full and then writes the short name for it in its prose; a page naming two sized members of the
family (or the member's own figure on that benchmark) leaves the short name as written, and so does a table
(its rows and columns are the page's own labels) and a figure the page gives its implied subject.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.facts import entities as ent
from extractors.facts.parameters import HAS_SIZE
from schema.records import ScoreFact

# a size that ends a model's name ('27B', '235B-A22B', 'E4B', '270M'): the member of the family before it
_SIZE_TAIL = re.compile(r"[\s-]+E?\d+(?:\.\d+)?[BM](?:[\s-]+A\d+(?:\.\d+)?B)?$")
# the ways prose names a figure's owner in writing (or by a pronoun for the name written before)
_PROSE = frozenset(["prose", "possessive", "adjacent", "pronoun", "paren", "for", "respectively", "list"])


def sole_members(facts: list[ScoreFact], doc_models: set[str]) -> list[ScoreFact]:
    """Scores of a family named without a size moved to its one sized member the page names."""
    members: dict[tuple[str, ...], set[str]] = {}
    for m in doc_models:
        tail = _SIZE_TAIL.search(m)
        if tail is not None and tail.start() > 0:
            members.setdefault(ent.name_parts(m[: tail.start()]), set()).add(m)
    if not members:
        return facts
    own = {(f.model, f.benchmark) for f in facts}
    out = []
    for f in facts:
        short = f.method in _PROSE and not HAS_SIZE.search(f.model)
        sized = members.get(ent.name_parts(f.model), set()) if short else set()
        if len(sized) == 1:
            member = next(iter(sized))
            if (member, f.benchmark) not in own:  # the member's own figure there: the short name is another
                f = replace(f, model=member)
        out.append(f)
    return out
