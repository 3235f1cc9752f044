"""Tables that text extraction left one cell per line: a header of names (one per line, maybe after a
corner label such as "Benchmark (Metric)"), then per row a label line and one value line per header name;
section rows ("English", "Code") are labels with no values; `-` is an empty cell. Rows that put the label and
all their values on one line ("MMLU (EM) 88.1 85.3 88.6") are read too.

The result is the same `Grid` every other table shape becomes, so `tables.read_grid` reads it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from extractors.facts import entities as ent
from extractors.facts.document import DocView
from schema.records import Evidence

VALUE_CELL = re.compile(
    r"^(?:[~<>≈]?[-+]?\$?\d[\d,]*(?:\.\d+)?\s*(?:%|pts|points)?\*?(?:\s*\([^)]{0,20}\))?|n/?a|N/?A|-|—|–)$"
)
_ROW_VALUES = re.compile(r"^(?P<label>.*?\S)(?P<vals>(?:\s+(?:\d[\d,]*(?:\.\d+)?%?|n/a|N/A|—|–|-))+)\s*$")
_MAX_CELL = 70
_NAME_TAIL = re.compile(r"(?i)(?:pass|cons|maj|avg)@\d+|\d+-shot|[a-z-]+ effort|thinking|reasoning")


def _lines(text: str) -> list[tuple[int, int]]:
    """Non-empty lines as (start, end) with surrounding white space trimmed."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        while s < e and text[s] in " \t\r":
            s += 1
        while e > s and text[e - 1] in " \t\r":
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def is_value(cell: str) -> bool:
    return VALUE_CELL.match(cell) is not None


def _whole_name(cell: str, refs: Sequence[ent.Mention]) -> str | None:
    """The kind of name ('model' or 'benchmark') the cell is, when a name covers it (settings in parentheses,
    `pass@k`-style tails and a trailing marker may follow)."""
    if not refs or len(cell) > _MAX_CELL:
        return None
    first = refs[0]
    if first.start > 1:
        return None
    rest = cell[max(first.end, first.tail) :]
    rest = re.sub(r"\([^)]*\)|\[[^]]*\]|\*+|†|‡", " ", rest).strip()
    if rest and not _NAME_TAIL.fullmatch(rest):
        return None
    return first.kind if first.kind in ("model", "benchmark") else None


def cell_line_grids(
    view: DocView,
    refs_of: Callable[[str], list[ent.Mention]],
    prime: Callable[[list[str]], None],
) -> list[tuple[tuple[str, ...], list[tuple[str, ...]], list[Evidence], int, int]]:
    """(header, rows, evidence per row, start, end) of each one-cell-per-line table in the text."""
    text = view.text
    lines = _lines(text)
    cells = [text[s:e] for s, e in lines]
    if sum(1 for c in cells if is_value(c)) < 4:
        return []
    short = [c for c in cells if len(c) <= _MAX_CELL and not is_value(c)]
    prime(short)
    kinds: list[str] = []
    for c in cells:
        if is_value(c):
            kinds.append("value")
        elif len(c) > _MAX_CELL or (re.search(r"[.!?]$", c) and len(c.split()) > 6):
            kinds.append("prose")
        else:
            kinds.append(_whole_name(c, refs_of(c)) or "label")
    out = []
    i = 0
    n = len(cells)
    while i < n:
        kind = kinds[i]
        if kind not in ("model", "benchmark"):
            i += 1
            continue
        j = i
        while j < n and kinds[j] == kind:
            j += 1
        k = j - i
        if k < 2:
            i += 1
            continue
        corner = cells[i - 1] if i > 0 and kinds[i - 1] == "label" else ""
        header = (corner, *cells[i:j])
        rows: list[tuple[str, ...]] = []
        evs: list[Evidence] = []
        p = j
        misses = 0
        while p < n and kinds[p] != "prose" and misses < 2:
            if kinds[p] == "value":
                misses += 1
                p += 1
                continue
            q = p + 1
            while q < n and kinds[q] == "value":
                q += 1
            vals = cells[p + 1 : q]
            one_line = _ROW_VALUES.match(cells[p]) if not vals else None
            if len(vals) == k:
                rows.append((cells[p], *vals))
                evs.append(view.evidence(lines[p][0], lines[q - 1][1]))
                misses = 0
            elif one_line is not None and len(one_line.group("vals").split()) == k:
                rows.append((one_line.group("label"), *one_line.group("vals").split()))
                evs.append(view.evidence(lines[p][0], lines[p][1]))
                misses = 0
            elif vals:
                misses += 1  # a row with holes we cannot place
            elif kinds[p] == kind and rows:
                break  # the header of the next table
            p = q
        if len(rows) >= 1:
            out.append((header, rows, evs, lines[i][0], lines[p - 1][1]))
            i = p
        else:
            i = j
    return out
