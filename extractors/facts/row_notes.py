"""Notes in a table row's cells, read for the row's one model: a size in its name's own parenthesis ('| Name
(104B) | …') and a window written as a phrase in a notes cell ('| 2025-05 | Name | 200K context, tool use |',
'| Name | Lab | GQA, RoPE, 128K context |'). The table readers take a column's values under its header; a
note's figure has no header of its own, so the row's name is whose it is. A row naming two models or more
leaves its notes alone (whose a figure is would be a guess).
"""

from __future__ import annotations

import re

from extractors.facts.document import DocView
from extractors.facts.numbers import integer_text, magnitude
from extractors.facts.parameters import bracketed_sizes
from extractors.facts.subjects import Subjects, fact
from schema.records import AttributeFact

# a window phrase opening a cell or one of its comma-separated notes
_NOTE_WINDOW = re.compile(
    r"(?:\||,|;)[ \t]*(?:\*\*)?~?(?P<num>\d+(?:\.\d+)?)[ \t]?(?P<mag>[KkM])(?:[ \t-]+tokens?)?[ \t-]+context"
    r"(?:[ \t]+(?:window|length))?(?:\*\*)?[ \t]*(?=\||,|;|$)"
)


def row_notes(view: DocView, subs: Subjects) -> list[AttributeFact]:
    """Sizes in a row's name parenthesis and window phrases in its notes cells, for rows naming one model."""
    text = view.text
    out: list[AttributeFact] = []
    for sv in view.segs:
        if sv.seg.kind != "row":
            continue
        named = [r for r in subs.models(sv) if r.via not in ("pronoun", "implied") and r.canonical]
        if len({r.canonical for r in named}) != 1:
            continue
        if "(" in text[sv.seg.start : sv.seg.end]:
            out += bracketed_sizes(view, sv, subs)[0]
        for m in _NOTE_WINDOW.finditer(text, sv.seg.start, sv.seg.end):
            value = float(m.group("num")) * magnitude(m.group("mag"))
            if 1000 <= value <= 1e8:
                out.append(
                    fact(view, sv, named[0], "context_window_tokens", integer_text(value), 0.7, "row_note")
                )
    return out
