"""Releases a table names by their version alone: a model card or a launch post sets its model beside the
release before it in columns headed by nothing but the versions ('Test | v2.0 | v2.1'), and a page on one
line of models lists that line's releases down the side ('R3', 'R3.5', 'R4'), the line's name written once
in the title or the prose. Each such cell is the page line's release: the stem of the page model's name with
the cell's version ('Veyra Small 2.1' makes 'v2.0' Veyra Small 2.0 and 'v2.1' the page model itself).

A bare number in a table is mostly something else (a software version, a figure, a size, a GPU), so a cell is
read as a release only where the table proves it: two cells of one line (the header after its corner, or the
first column) are versions of one shape, one of them is the version of a model the page names, and exactly
one of the page's lines carries that version's shape (its letter: 'R3' of 'Tarnfold-R4'; a bare decimal or
a 'v' one of a line written without a letter, under the same major number). A line that also writes a
release with more after its version ('R3.1 Turbo', 'R3-0312') names its releases in a way of its own and is
left whole, as is a cell with a size or a note ('7B', '2.1 (beta)').
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from extractors.facts.grids import Grid

# a cell that is a version alone: 'v2.1', '3.2', 'R4', 'R3.5'
_CELL = re.compile(r"\s*(?P<letter>[A-Za-z]?)(?P<major>\d{1,2})(?:\.(?P<minor>\d{1,2}))?\s*")
# ... and one with more after the version: 'R3.1 Turbo', 'R3-0312'
_LONGER = re.compile(r"\s*[A-Za-z]?\d{1,2}(?:\.\d{1,2})?[ -]\w")
# a page model's name holding its release: the stem (up to a blank or a hyphen), the letter, the number, and
# what follows ('-8B-Chat')
_RELEASE = re.compile(
    r"(?P<stem>.*?[A-Za-z][\w.]*[ -])(?P<letter>[A-Za-z]?)(?P<major>\d{1,2})"
    r"(?:\.(?P<minor>\d{1,2}))?(?P<tail>(?:[ -].*)?)"
)

_Line = tuple[str, str, str, str, str | None]  # (model, stem, letter, major, minor)


def _lines(models: Iterable[str]) -> list[_Line]:
    """Each page model whose name holds a release number ('Name3' glued, or a bare 'V3', holds no stem)."""
    out = []
    for m in models:
        if (r := _RELEASE.fullmatch(m)) is not None:
            out.append((m, r.group("stem"), r.group("letter").lower(), r.group("major"), r.group("minor")))
    return out


def _fits(letter: str, major: str, line: _Line) -> bool:
    """Whether a cell's version has the shape of the line's releases."""
    if line[2]:
        return letter == line[2]
    return letter in ("", "v") and major == line[3]


def _resolved(cells: list[str], models: Iterable[str]) -> dict[int, str] | None:
    """The release each version cell of a header (after its corner) or a first column names, by index; None
    when the cells prove no line of the page."""
    hits = {i: h for i, c in enumerate(cells) if (h := _CELL.fullmatch(c)) is not None}
    if len(hits) < 2 or any(_LONGER.match(c) for c in cells):
        return None
    shapes = {(h.group("letter").lower(), h.group("minor") is None) for h in hits.values()}
    if len(shapes) > 1 and not all(letter for letter, _whole in shapes):
        return None  # 'v2 | 3.1': two kinds of number, not one line's releases
    lines = _lines(models)
    owners = set()
    for h in hits.values():
        letter, major, minor = h.group("letter").lower(), h.group("major"), h.group("minor")
        for line in lines:
            if _fits(letter, major, line) and line[3] == major and line[4] == minor:
                owners.add((line[1], line[2]))
    if len(owners) != 1:
        return None  # no page model among the versions, or two lines that could own them
    stem, letter_of = owners.pop()
    line_of = [ln for ln in lines if ln[1] == stem and ln[2] == letter_of]
    # the line's letter as the page writes it ('R' of 'Tarnfold-R4')
    written = line_of[0][0][len(stem) : len(stem) + 1] if letter_of else ""
    out: dict[int, str] = {}
    for i, h in hits.items():
        letter, major, minor = h.group("letter").lower(), h.group("major"), h.group("minor")
        if not _fits(letter, major, line_of[0]):
            return None
        exact = next((ln[0] for ln in line_of if ln[3] == major and ln[4] == minor), None)
        out[i] = exact or f"{stem}{written}{major}{'.' + minor if minor is not None else ''}"
    return out


def version_cells(grid: Grid, models: Iterable[str]) -> tuple[Grid, frozenset[str]]:
    """The grid with each version cell of its header (after the corner) or its first column written as the
    page line's release it names, and the names so written (a reader must take such a cell whole: its stem
    alone may read as the page model's short name)."""
    models = list(models)
    cols = _resolved(list(grid.header[1:]), models) or {}
    side = _resolved([r[0] if r else "" for r in grid.rows], models) or {}
    if not cols and not side:
        return grid, frozenset()
    header = list(grid.header)
    for i, name in cols.items():
        header[i + 1] = name
    rows = [list(r) for r in grid.rows]
    for i, name in side.items():
        rows[i][0] = name
    named = frozenset(cols.values()) | frozenset(side.values())
    return replace(grid, header=tuple(header), rows=tuple(tuple(r) for r in rows)), named
