"""A table header of names none of which we know, its cells glued by text extraction, cut into the names by
their shape: each name holds its version, so a new cell starts where a capital follows a cell that already
holds a digit ('Vale3.5-27BVale3.5-90B-A9B', 'Vale 4.5 QuillTarn K2.5', 'Vale‑4‑miniVale‑4‑mini‑fast').
A camel-cased word before its version ('MiniMax M2') holds no digit yet, so it is never cut."""

from __future__ import annotations

import re

# a name: a capitalised word (maybe a second), its version (glued on, after a blank or hyphen, maybe after a
# letter or two: 'Vale3.5', 'Vale 4', 'Tarn K2.5', 'Vale‑4'), then a few more parts (sizes, tiers, a word)
# and a note in brackets
_H = "[ \t\\-\u2010\u2011]"
SHAPED_NAME = re.compile(
    rf"[A-Z][A-Za-z]+(?:{_H}[A-Za-z]+)?{_H}?(?:[A-Z]{{1,2}})?\d{{1,2}}(?:\.\d{{1,2}})?[a-z]?"
    rf"(?:{_H}[\w.]+){{0,4}}(?:[ \t]?\([^()\n]{{1,20}}\))?"  # a setting in brackets ('(high)')
)
# where a glued cell may end: before a capital, after a digit, a bracket or a small letter (not a size's
# own letter: '27B' stays whole; a size ends before a capitalised word: '31BVale')
_SEAM = re.compile(r"(?<=[\d)a-z])(?=[A-Z])(?!(?<=\d)[BMKT](?![a-z]))|(?<=\d[BMKT])(?=[A-Z][a-z])")
_DIGIT = re.compile(r"\d")


def cut_names(line: str) -> list[str]:
    """The glued cells of `line`: cut at each seam where the cell so far already holds a digit."""
    cells, start = [], 0
    for m in _SEAM.finditer(line):
        at = m.start()
        if at > start and _DIGIT.search(line, start, at):
            cells.append(line[start:at].strip())
            start = at
    cells.append(line[start:].strip())
    return [c for c in cells if c]


# a cell that is only a capitalised word and a bare whole number ('Tower 3', 'Vale 4'): a building's, a
# group's or a product's label as much as a model's name
_PLAIN_NUMBERED = re.compile(r"[A-Z][a-z]+[ \t]\d{1,3}")


def unproven_plain(cells: list[str] | tuple[str, ...], text: str) -> bool:
    """Whether every cell of a header we do not know is a plain word and a bare number and none of them is
    written anywhere else on the page (in prose, a list, another table): nothing says these are models
    ('Building 7', 'Block 12', 'Tower 3'). A name the page also writes outside the header is a model's."""
    if not cells or not all(_PLAIN_NUMBERED.fullmatch(c.strip()) for c in cells):
        return False
    return not any(len(re.findall(rf"(?<![\w-]){re.escape(c.strip())}(?![\w.-])", text)) >= 2 for c in cells)
