"""The family a sentence names as a whole ("the original Name family", "The Name series was first shipped in
…"): when that name is no model of its own on the page but the first word(s) of the page's models, a release
the sentence dates is the family's, not that of the member the page is about.
"""

from __future__ import annotations

import re

from extractors.facts.document import DocView, Ref, SegView

_WHOLE_FAMILY = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:original|first|earlier|whole|entire)\s+)?"
    r"(?P<name>[A-Z][\w.+]*(?:[ -]\d[\w.]*)?)\s+(?:family|series|line|lineup|line-up)\b"
)


def whole_family(view: DocView, sv: SegView, before: int) -> list[Ref]:
    """The family the segment names as a whole before `before`, as a model reference; [] when none is."""
    text = view.text
    for m in _WHOLE_FAMILY.finditer(text, sv.seg.start, before):
        name = m.group("name")
        member_short = [r for r in sv.refs if r.via == "short" and r.canonical.startswith(name + " ")]
        if any(
            r.start <= m.start("name") < r.end and r not in member_short for r in sv.refs if r.kind == "model"
        ):
            continue  # a model of its own ('the Name 4 family'), not a member's short name
        if not any(d.startswith((name + " ", name + "-")) for d in view.doc_models):
            continue  # a word that starts none of the page's models ('the Pro line')
        if any(m.end() <= r.start < before for r in sv.refs if r.kind == "model" and r.via != "implied"):
            continue  # another name stands nearer the date ('the Name family …; in April, the Name 4 launch')
        at = m.start("name")
        return [Ref("model", name, at, m.end("name"), m.end("name"), None, 0.7, "family", name)]
    return []
