"""Pages that reach us as a code host's source view shows a file: after every line of the file the view's
gutter leaves a line holding one pipe, and where the file had a blank line only gutter lines stand. A
markdown table in such a file reads as pipe rows with empty one-cell rows between them, and its header is
taken for the gutter line above the separator.

`without_gutter` gives the file back: the gutter lines dropped, a blank line where a run of them is longer
than the run between two lines that follow each other, with a map from each character to its offset in the
page, so the table is read as the clean table it was (and evidence still points into the page).
"""

from __future__ import annotations

_GUTTER = "|"


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
    runs = _runs(lines)
    inner = [b - a for a, b in runs if a > 0 and b < len(lines)]
    step = min(inner, default=1)  # the gutter between two lines that follow each other in the file
    breaks = {a: b for a, b in runs}
    out: list[str] = []
    offsets: list[int] = []
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    i = 0
    while i < len(lines):
        if i in breaks:
            a, b = i, breaks[i]
            if b - a > step and out and b < len(lines):  # a blank line of the file
                out.append("\n")
                offsets.append(starts[a])
            i = b
            continue
        line, pos = lines[i], starts[i]
        out.append(line + "\n")
        offsets.extend(range(pos, pos + len(line)))
        offsets.append(min(pos + len(line), len(text)))
        i += 1
    offsets.append(len(text))
    return "".join(out), tuple(offsets)
