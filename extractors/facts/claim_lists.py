"""Whether two sides of a claim are members of one list of names ('A, B and C'): what a list's members are
said to be together is not a comparison of one with another (`claims`). A list closes on 'and'; a comma after
that 'and' ends a fronted phrase ('Against A and B, C is faster': C is the clause's subject, no member)."""

from __future__ import annotations

import itertools
import re

from extractors.facts.claim_sides import INDIRECT
from extractors.facts.document import Ref, SegView
from extractors.facts.subjects import Subjects


def one_list(subs: Subjects, sv: SegView, a: Ref, b: Ref) -> bool:
    """Whether two sides are members of one list of names ('A, B and C'): what a list's members are said to
    be together is not a comparison of one with another."""
    if a.via in INDIRECT or b.via in INDIRECT:
        return False
    group = [*subs.coordinated(sv, a, False)[:-1], *subs.coordinated(sv, a, True)]
    if not any(r is b for r in group):
        return False
    # a list closes on 'and' ("A, B and C"); a comma alone may end a fronted phrase ("Compared to A, B has
    # …"), as a comma after the 'and' does ("Against A and B, C is …": C is the clause's subject)
    text = subs.view.text
    lists, closed = [[group[0]]], False
    for x, y in itertools.pairwise(group):
        if closed:
            lists.append([])
        lists[-1].append(y)
        closed = _AND.search(text, x.reach, y.start) is not None
    (mine,) = [m for m in lists if any(r is a for r in m)]
    return any(r is b for r in mine) and any(
        _AND.search(text, x.reach, y.start) for x, y in itertools.pairwise(mine)
    )


_AND = re.compile(r"\band\b|&")
