"""Whether a family's bare name is in doubt where a clause borrows it as its unwritten subject.

A page about 'Nimbo 3' that later shows a table of 'Nimbo 3 Pro' and 'Nimbo 3 Flash' still means Nimbo 3
by a subject-less line in its opening ('- Beats Orca 2 by 4 points'): the members are not named yet, and the
reader has met only the family. Once a member has been named (in the title, an earlier paragraph, or
the sentence itself), a line that names no model could mean either of them, and the family is not taken.
"""

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
    return any(r.canonical in members for s in view.segs[: sv.index + 1] for r in s.refs)
