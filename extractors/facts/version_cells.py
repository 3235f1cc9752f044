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

What a table's versions are its corner says: versions across stand over benchmark rows only under a corner
that names benchmarks or metrics (or none), and versions down the side only under one that names models,
versions or releases ('SDK', 'Runtime', 'Round' give nothing). A release the page never names ('v2.0' beside
the page's 2.1) is written only where the text before the table speaks of an earlier release ('the previous
version', 'its predecessor'), a column gives the gains over it ('Improvement') or the side column's head
names releases; elsewhere the cells are a serving stack's or a contest's versions as often, and such a cell is
emptied: no model of the page, and no bare 'v2.0' model either.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import NamedTuple

from extractors.facts.grids import Grid
from extractors.facts.patterns import kind_alternation

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

# the side column's head over a line's releases ('Model', 'Version', 'Release')
_SIDE_HEAD = re.compile(r"(?:" + kind_alternation("version_words.jsonl", "release_head") + r")?", re.I)
# a corner over benchmark rows: 'Benchmark', 'Metric', 'Test Set', 'Vision Dataset'
_BENCH_CORNER = re.compile(
    r"(?:.*\s)?" + kind_alternation("version_words.jsonl", "bench_corner", spaces=r"\s+"), re.I
)
# words before a table that speak of an earlier release ('the previous version', 'its predecessor')
_EARLIER = re.compile(
    r"\b" + kind_alternation("version_words.jsonl", "earlier_release", spaces=r"\s+") + r"\b", re.I
)


class _Line(NamedTuple):
    """A page model whose name holds a release number, split: 'Veyra Small 2.1' is stem 'Veyra Small ',
    no letter, major '2', minor '1'."""

    model: str
    stem: str
    letter: str
    major: str
    minor: str | None


def _lines(models: Iterable[str]) -> list[_Line]:
    """Each page model whose name holds a release number ('Name3' glued, or a bare 'V3', holds no stem)."""
    out = []
    for m in models:
        if (r := _RELEASE.fullmatch(m)) is not None:
            out.append(
                _Line(m, r.group("stem"), r.group("letter").lower(), r.group("major"), r.group("minor"))
            )
    return out


def _fits(letter: str, major: str, line: _Line) -> bool:
    """Whether a cell's version has the shape of the line's releases."""
    if line.letter:
        return letter == line.letter
    return letter in ("", "v") and major == line.major


def _resolved(cells: list[str], models: Iterable[str], earlier: bool) -> dict[int, str] | None:
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
            if _fits(letter, major, line) and line.major == major and line.minor == minor:
                owners.add((line.stem, line.letter))
    if len(owners) != 1:
        return None  # no page model among the versions, or two lines that could own them
    stem, letter_of = owners.pop()
    line_of = [ln for ln in lines if ln.stem == stem and ln.letter == letter_of]
    # the line's letter as the page writes it ('R' of 'Tarnfold-R4')
    written = line_of[0].model[len(stem) : len(stem) + 1] if letter_of else ""
    out: dict[int, str] = {}
    for i, h in hits.items():
        letter, major, minor = h.group("letter").lower(), h.group("major"), h.group("minor")
        if not _fits(letter, major, line_of[0]):
            return None
        exact = next((ln.model for ln in line_of if ln.major == major and ln.minor == minor), None)
        if exact is None and not earlier:
            out[i] = ""  # a release the page never names, and no word of an earlier one: no name to give it
            continue
        out[i] = exact or f"{stem}{written}{major}{'.' + minor if minor is not None else ''}"
    return out


def version_cells(grid: Grid, models: Iterable[str], before: str = "") -> tuple[Grid, frozenset[str]]:
    """The grid with each version cell of its header (after the corner) or its first column written as the
    page line's release it names, and the names so written (a reader must take such a cell whole: its stem
    alone may read as the page model's short name). `before`: the text before the table."""
    models = list(models)
    corner = grid.header[0].strip() if grid.header else ""
    # words of an earlier release before the table, or a column of the gains over it ('Improvement')
    earlier = _EARLIER.search(before) is not None or any(_EARLIER.search(h) for h in grid.header[1:])
    across = not corner or _BENCH_CORNER.fullmatch(corner) is not None
    cols = (_resolved(list(grid.header[1:]), models, earlier) if across else None) or {}
    down = _SIDE_HEAD.fullmatch(corner) is not None
    # a side column headed 'Model' or 'Release' says itself that its cells are releases
    side = (
        _resolved([r[0] if r else "" for r in grid.rows], models, earlier or bool(corner)) if down else None
    ) or {}
    if not cols and not side:
        return grid, frozenset()
    header = list(grid.header)
    for i, name in cols.items():
        header[i + 1] = name
    rows = [list(r) for r in grid.rows]
    for i, name in side.items():
        rows[i][0] = name
    named = (frozenset(cols.values()) | frozenset(side.values())) - {""}
    return replace(grid, header=tuple(header), rows=tuple(tuple(r) for r in rows)), named
