"""Boards flattened to single spaces whose score column is the last: a header of a name corner, then column
words ending in the board's score column ('LLM Games Mean Reply Lumen-Cup'), then a line per model ending in a
run of figures ('Harrow 5 Mini 912 2.4 1130'). The header's words do not say how many columns the figures fill
(a column's name may be two words), but the last figure of every row is the last column's. Each table becomes
a grid of its name column and that last column, read by `tables.read_grid`.
"""

from __future__ import annotations

import re

from extractors.facts.cell_lines import LineGrid
from extractors.facts.document import DocView
from extractors.facts.table_columns import NEW_BENCH_HEAD, SUMMARY_HEAD
from schema.records import Evidence

# a header: an optional rank column, the name corner, then words and no figure
_HEAD = re.compile(r"(?:(?:#|Rank)\s+)?(?P<corner>Model(?:\s+[Nn]ame)?|LLM)\s+(?P<cols>\S.*?)\s*")
# a name made of capitalised parts joined by hyphens ('Quorum-Elo', 'Arena-Hard'): a board's score column
_COMPOUND = re.compile(r"[A-Z][A-Za-z0-9.]*(?:-[A-Z0-9][A-Za-z0-9.]*)+")
# a row's trailing run of figures (bare numbers and percentages)
_TRAIL = re.compile(r"(?:\s+[-+]?\d[\d,]*(?:\.\d+)?%?)+\s*$")
_MIN_ROWS = 3
# a size in parentheses straight after the name is the name's ("Zeta 3 (70B)", "(8B-L)": 8B, a suffix dropped)
_SIZE_PAREN = re.compile(r"\s\((\d+(?:\.\d+)?[BM])(?:-[A-Za-z]+)?\)")
_FIGURE = re.compile(r"(?<!\S)[-+]?\d[\d,]*(?:\.\d+)?%?(?!\S)")


def _score_column(view: DocView, start: int, cols: str, end: int) -> str | None:
    """The header's last column when it names a board's score: a benchmark we know ending the header, or a
    new one's shape (not a summary such as 'Score' or 'Average')."""
    sv = view.segs[start]
    for r in sv.refs:
        if r.kind == "benchmark" and max(r.end, r.reach) >= end - 1:
            return view.text[r.start : end].strip()
    last = cols.split()[-1]
    if SUMMARY_HEAD.fullmatch(last):
        return None
    if _COMPOUND.fullmatch(last) or NEW_BENCH_HEAD.fullmatch(last):
        return last
    return None


def last_column_grids(view: DocView) -> list[LineGrid]:
    """Flattened boards whose last column is a score (see the module's doc): a header whose last column is
    one, then at least three lines that open with a model we know and end in the same number of figures."""
    out: list[LineGrid] = []
    segs, text = view.segs, view.text
    i = 0
    while i < len(segs) - _MIN_ROWS:
        sv = segs[i]
        i += 1
        if (
            i - 1 in view.table_segs
            or sv.seg.kind not in ("line", "heading")
            or text[sv.seg.start] not in "#RML"
        ):
            continue
        hm = _HEAD.fullmatch(text, sv.seg.start, sv.seg.end)
        if hm is None or _FIGURE.search(hm.group("cols")) is not None:
            continue
        column = _score_column(view, i - 1, hm.group("cols"), sv.seg.end)
        if column is None:
            continue
        rows: list[tuple[str, ...]] = []
        evs: list[Evidence] = []
        width = 0
        j = i
        while j < len(segs) and segs[j].seg.kind in ("line", "sentence", "item") and j not in view.table_segs:
            row = text[segs[j].seg.start : segs[j].seg.end]
            trail = _TRAIL.search(row)
            first = next((r for r in segs[j].refs if r.kind == "model"), None)
            if (
                trail is None
                or first is None
                or first.start - segs[j].seg.start > 3
                or segs[j].seg.start + trail.start() < first.end
            ):
                break
            figures = trail.group().split()
            if width and len(figures) != width:
                break
            width = len(figures)
            rows.append((_SIZE_PAREN.sub(r" \1", row[: trail.start()].strip(), count=1), figures[-1]))
            evs.append(view.evidence(segs[j].seg.start, segs[j].seg.end))
            j += 1
        if len(rows) >= _MIN_ROWS and width <= len(hm.group("cols").split()):
            view.table_segs.update(range(i - 1, j))
            out.append(
                ((hm.group("corner"), column), rows, evs, sv.seg.start, segs[j - 1].seg.end, "flat_table")
            )
            i = j
    return out
