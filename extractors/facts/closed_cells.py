"""Pipe tables that text extraction left one cell per line, each closed by its pipe ('KelpQA |', '70.4 |'),
the separator row whole ('|---|---|---|'), the header either whole above it or one cell per line too.

The separator says how wide a row is; the header is the lines above it, the body is cut into rows of that
many lines. Only a table whose every body line is one closed cell (a lone pipe being an empty one) and
whose body fills its last row is read so: a row broken at one pipe, prose with a pipe, or a table of whole
rows stays with the readers of pipe rows.
"""

from __future__ import annotations

import re

_SEP_LINE = re.compile(r"\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?\s*")


def _closed(line: str) -> bool:
    """One cell closed by a pipe ('70.4 |'), or a lone pipe (an empty cell)."""
    line = line.strip()
    return line.endswith("|") and line.count("|") == 1 and (len(line) == 1 or not line.startswith("|"))


def _width(line: str) -> int:
    return line.strip().removeprefix("|").removesuffix("|").count("|") + 1


def closed_header(text: str, lines: list[tuple[int, int]], a: int, k: int) -> int | None:
    """The first line of a header written one closed cell per line over the separator at line k (as many
    lines as the separator has cells, from line a on), or None."""
    w = _width(text[slice(*lines[k])])
    h = k - w
    if w < 2 or h < a or not all(_closed(text[s:e]) for s, e in lines[h:k]):
        return None
    return h


def closed_cell_rows(
    text: str, lines: list[tuple[int, int]]
) -> list[tuple[tuple[str, ...], int, int]] | None:
    """Header and rows (cells, start, end) of a table of closed cells, or None when the lines are no such
    table."""
    seps = [i for i, (s, e) in enumerate(lines) if _SEP_LINE.fullmatch(text, s, e)]
    if len(seps) != 1:
        return None
    k = seps[0]
    w = _width(text[slice(*lines[k])])
    head, body = lines[:k], lines[k + 1 :]
    if w < 2 or not body or len(body) % w or not all(_closed(text[s:e]) for s, e in body):
        return None
    if len(head) == 1 and _width(text[slice(*head[0])]) == w and not _closed(text[slice(*head[0])]):
        header = tuple(c.strip() for c in text[slice(*head[0])].strip().strip("|").split("|"))
    elif len(head) == w and all(_closed(text[s:e]) for s, e in head):
        header = tuple(text[s:e].strip().removesuffix("|").strip() for s, e in head)
    else:
        return None
    out = [(header, head[0][0], head[-1][1])]
    for i in range(0, len(body), w):
        group = body[i : i + w]
        cells = tuple(text[s:e].strip().removesuffix("|").strip() for s, e in group)
        if any(cells):
            out.append((cells, group[0][0], group[-1][1]))
    return out if len(out) >= 2 else None
