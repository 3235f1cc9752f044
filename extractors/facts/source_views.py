"""Pages that reach us as a code host's source view shows a file: after every line of the file the view's
gutter leaves a line holding one pipe, and where the file had a blank line only gutter lines stand. A
markdown table in such a file reads as pipe rows with empty one-cell rows between them, and its header is
taken for the gutter line above the separator.

`without_gutter` gives the file back: the gutter lines dropped, a blank line where a run of them is longer
than the run between two lines that follow each other, with a map from each character to its offset in the
page, so the table is read as the clean table it was (and evidence still points into the page).

Only a file holding a pipe table is given back (a changelog or a config file has nothing the view broke; a
web table flattened with a lone pipe line around each cell has no separator row and is no file), and the
file's tables that list a tool's own releases ('| Version | Released |') or the limits a server hosts a
model with ('| Model | Context we serve |') are left out of it: a software tag is no model and a serving limit
no model's window (source_view_words.jsonl, kinds 'release_corner' and 'serving_head').
"""

from __future__ import annotations

import re

from extractors.facts.patterns import kind_words, word_alternation

_GUTTER = "|"
# a pipe table's separator row ('|---|:--:|')
_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
_RELEASE_CORNER = re.compile(
    r"(?i)^\s*\|?\s*" + word_alternation(kind_words("source_view_words.jsonl", "release_corner")) + r"\s*\|"
)
_SERVING_HEAD = re.compile(
    r"(?i)\b" + word_alternation(kind_words("source_view_words.jsonl", "serving_head")) + r"\b"
)


def _tool_table(header: str) -> bool:
    """The header row of a table of a tool's own releases or of the limits it serves models with."""
    return bool(_RELEASE_CORNER.match(header) or _SERVING_HEAD.search(header))


def _without_tool_tables(lines: list[tuple[str, list[int]]]) -> list[tuple[str, list[int]]]:
    """`lines` (each with its offsets) less the pipe tables whose header is a tool's (`_tool_table`)."""
    out: list[tuple[str, list[int]]] = []
    i = 0
    while i < len(lines):
        line = lines[i][0]
        nxt = lines[i + 1][0] if i + 1 < len(lines) else ""
        if line.lstrip().startswith("|") and _SEPARATOR.match(nxt) and _tool_table(line):
            while i < len(lines) and lines[i][0].lstrip().startswith("|"):
                i += 1
            continue
        out.append(lines[i])
        i += 1
    return out


def _runs(lines: list[str]) -> list[tuple[int, int]]:
    """(first line, one past the last) of each run of gutter lines."""
    out: list[tuple[int, int]] = []
    start = -1
    for i, line in enumerate([*lines, ""]):
        if line.strip() == _GUTTER:
            start = i if start < 0 else start
        elif start >= 0:
            out.append((start, i))
            start = -1
    return out


def without_gutter(text: str) -> tuple[str, tuple[int, ...]] | None:
    """The file a source view shows and the page offset of each of its characters (one past the end last);
    None when the page is no source view (fewer gutter lines than text lines, or hardly any)."""
    if "\n|\n" not in text:
        return None  # (the cheap test: every source view has a gutter line between two lines)
    lines = text.split("\n")
    gutter = sum(1 for line in lines if line.strip() == _GUTTER)
    if gutter < 8 or gutter < sum(1 for line in lines if line.strip()) - gutter:
        return None
    if not any(_SEPARATOR.match(line) for line in lines):
        return None  # no pipe table in the file: nothing the view broke
    runs = _runs(lines)
    inner = [b - a for a, b in runs if a > 0 and b < len(lines)]
    step = min(inner, default=1)  # the gutter between two lines that follow each other in the file
    breaks = {a: b for a, b in runs}
    kept: list[
        tuple[str, list[int]]
    ] = []  # each file line and the page offset of each character and its newline
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    i = 0
    while i < len(lines):
        if i in breaks:
            a, b = i, breaks[i]
            if b - a > step and kept and b < len(lines):  # a blank line of the file
                kept.append(("", [starts[a]]))
            i = b
            continue
        line, pos = lines[i], starts[i]
        kept.append((line, [*range(pos, pos + len(line)), min(pos + len(line), len(text))]))
        i += 1
    out: list[str] = []
    offsets: list[int] = []
    for line, offs in _without_tool_tables(kept):
        out.append(line + "\n")
        offsets.extend(offs)
    offsets.append(len(text))
    return "".join(out), tuple(offsets)
