"""Whether a family's bare name is in doubt where a clause borrows it as its unwritten subject.

A page about 'Nimbo 3' that later shows a table of 'Nimbo 3 Pro' and 'Nimbo 3 Flash' still means Nimbo 3
by a subject-less line in its opening ('- Beats Orca 2 by 4 points'): the members are not named yet, and the
reader has met only the family. Once a member has been named (in the title, an earlier paragraph, or
the sentence itself), a line that names no model could mean either of them, and the family is not taken.
"""

from __future__ import annotations

import re

from extractors.facts.document import DocView, SegView

_MEMBER_TAIL = re.compile(r"[\s-][A-Za-z]")


def family_in_doubt(view: DocView, sv: SegView, name: str) -> bool:
    """True when the page names two or more members of `name` ('Name Pro', 'Name Flash') and names one
    of them at or before the segment `sv` (the segment itself included): which member a subject-less clause
    means is then unsaid."""
    members = {m for m in view.doc_models if m.startswith(name) and _MEMBER_TAIL.match(m, len(name))}
    if len(members) < 2:
        return False
    # any member named so far: the reader has met the family split, and a bare line could mean either
    first = _first_named(view)
    return any(first.get(m, sv.index + 1) <= sv.index for m in members)


def _first_named(view: DocView) -> dict[str, int]:
    """The index of the first segment naming each model of the page, walked once per page (`view.memo`)."""
    first: dict[str, int] | None = view.memo.get("member_mentions.first")
    if first is None:
        first = {}
        for s in view.segs:
            for r in s.refs:
                first.setdefault(r.canonical, s.index)
        view.memo["member_mentions.first"] = first
    return first
