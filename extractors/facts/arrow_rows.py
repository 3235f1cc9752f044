"""Before-and-after lists: a line that names two models with an arrow between them ('Improvements (Name-4 →
Name-5)') sets the order, and the lines under it give one benchmark each with two figures in that order
('GPQA Diamond : 92.8 % → 93.6 % (+0.8 pp)'). Each list becomes a grid with the two models across, read by
`tables.read_grid`; the figure before the arrow is the first model's, never the second's.

The order holds through the section: short headings and lines that name no other model may come between two
runs of rows ('Long-context performance', 'Both support a 1M window:'); a line naming a third model, or two
models with an arrow again, ends it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extractors.facts.arrows import ARROW, has_arrow
from extractors.facts.cell_lines import LineGrid, text_lines
from extractors.facts.document import DocView
from schema.records import Evidence

# 'Name-4 → Name-5', maybe in parentheses at the end of a heading
_PAIR = re.compile(rf"(?P<a>[^()→:]{{2,40}}?)\s*{ARROW}\s*(?P<b>[^()→:]{{2,40}}?)\s*\)?\s*:?\s*$")
_FIG = r"[-+]?\d{1,4}(?:[.,]\d+)?\s?%?"
# 'Label : 73.3 % → 85.0 % (+11.7 pp)': a label, a colon, two figures with the arrow between, maybe a note
_ROW = re.compile(
    rf"^(?:[-•*]\s*)?(?P<label>[^\d:→][^:→]{{0,60}}?)\s*:\s*(?P<a>{_FIG})\s*{ARROW}\s*(?P<b>{_FIG})"
    r"(?:\s*\([^()]*\))?\s*$"
)
_MAX_GAP = 3  # lines between two runs of rows


def arrow_grids(view: DocView, model_of: Callable[[str], str | None]) -> list[LineGrid]:
    """Each before-and-after list under a line that orders two models with an arrow."""
    text = view.text
    if not has_arrow(text):
        return []
    lines = text_lines(text)
    cells = [text[s:e] for s, e in lines]
    out: list[LineGrid] = []
    i = 0
    while i < len(cells):
        pair = _model_pair(cells[i], model_of)
        if pair is None or _ROW.match(cells[i]):
            i += 1
            continue
        rows: list[tuple[str, ...]] = []
        evs: list[Evidence] = []
        j, gap, end = i + 1, 0, i
        while j < len(cells) and gap <= _MAX_GAP:
            m = _ROW.match(cells[j])
            if m is not None:
                rows.append((m.group("label").strip(), m.group("a").strip(), m.group("b").strip()))
                evs.append(view.evidence(*lines[j]))
                gap, end = 0, j
            elif _model_pair(cells[j], model_of) is not None or _names_other(view, lines[j], pair):
                break
            else:
                gap += 1
            j += 1
        if len(rows) >= 2:
            out.append((("", *pair), rows, evs, lines[i][0], lines[end][1], "arrow_rows"))
        i = end + 1 if rows else i + 1
    return out


def _model_pair(line: str, model_of: Callable[[str], str | None]) -> tuple[str, str] | None:
    """The two models a short line orders with an arrow, as written ('Name-4', 'Name-5')."""
    if len(line) > 120 or not has_arrow(line):
        return None
    inner = line[line.rfind("(") + 1 :] if "(" in line else line
    m = _PAIR.search(inner)
    if m is None:
        return None
    a, b = m.group("a").strip(), m.group("b").strip()
    ma, mb = model_of(a), model_of(b)
    if ma is None or mb is None or ma == mb:
        return None
    return a, b


def _names_other(view: DocView, span: tuple[int, int], pair: tuple[str, str]) -> bool:
    """A line between the runs that names a model other than the pair's: the order no longer holds."""
    s, e = span
    squash = {re.sub(r"[^a-z0-9]", "", p.lower()) for p in pair}
    return any(
        m.kind == "model" and s <= m.start < e and re.sub(r"[^a-z0-9]", "", m.surface.lower()) not in squash
        for m in view.mentions
    )
