"""The other side of a comparison that names only its subject: a verdict ('A holds a clear lead in X', 'A
wins on X', 'A leads by 4 points') is weighed against the one other model the passage before it names, or,
on a page that compares two models and names no other, against the one that is not the subject (`claims`).
"""

from __future__ import annotations

from extractors.facts.claim_sides import INDIRECT, is_named
from extractors.facts.comparisons import Head
from extractors.facts.document import DocView, Ref, SegView, fold
from extractors.facts.subjects import Subjects


def weighed_against(
    view: DocView, subs: Subjects, sv: SegView, head: Head, subj: list[Ref], margin: bool = False
) -> list[Ref]:
    """'A holds a clear lead in X', 'A wins on X': the one other model the passage before names (up to
    1,000 characters back, headings included); nothing when it names several. A page that opens on the
    verdict before naming the rival ('A is clearly ahead on the aggregate') weighs A against the one other
    model the whole page compares it with."""
    if len(subj) != 1:
        return []
    names = {s.canonical for s in subj}
    others: dict[str, Ref] = {}
    first = sv.index
    while first > 0 and head.start - view.segs[first - 1].seg.start <= 1000:
        first -= 1
    for i in range(first, sv.index + 1):
        for r in subs.models(view.segs[i]):
            if r.start < head.start and is_named(r) and r.via != "implied" and r.canonical not in names:
                others.setdefault(r.canonical, r)
    if others:
        # 'Devstral 2' and 'Devstral 2 123B': a name inside another is the same model
        keys = {c: fold(c) for c in others}
        shortest = min(others, key=len)
        if all(keys[shortest] in keys[c] for c in others) and not any(
            keys[shortest] in fold(n) for n in names
        ):
            return [others[shortest]]
        return []
    # "It leads by 4 points" with no rival named yet: the runner-up named later is not plainly the other side
    return page_rival(view, subs, subj, head.start if margin else None)


def page_rival(view: DocView, subs: Subjects, subj: list[Ref], before: int | None = None) -> list[Ref]:
    """On a page that compares two models and names no other, the one that is not the subject (named
    before `before` when given: a rival first named after the comparison is not plainly its other side)."""
    names = {s.canonical for s in subj}
    if len(subj) != 1:
        return []
    # every model the page names, found names too; a name inside another is the same model ('Devstral 2' in
    # 'Devstral 2 123B', and a header glued to it)
    firsts: dict[str, Ref] = {}
    for v in view.segs:
        for r in subs.models(v):
            if is_named(r) and r.via not in INDIRECT and r.canonical not in firsts:
                firsts[r.canonical] = r
                if len(firsts) > 6:
                    return []
    keys = {c: fold(c) for c in firsts}
    groups: list[set[str]] = []
    for c in sorted(firsts, key=len):
        hit = next((g for g in groups if any(keys[o] in keys[c] for o in g)), None)
        if hit is None:
            groups.append({c})
        else:
            hit.add(c)
    mine = [g for g in groups if g & names]
    if len(groups) != 2 or len(mine) != 1:
        return []
    (other,) = (g for g in groups if g is not mine[0])
    first = min((firsts[c] for c in other), key=lambda r: r.start)
    return [first] if before is None or first.start < before else []
