"""Pipe tables that text extraction left one cell per line, each closed by its pipe ('KelpQA |', '70.4 |'),
the separator row whole ('|---|---|---|'), the header either whole above it or one cell per line too.

The separator says how wide a row is; the header is the lines above it, the body is cut into rows of that
many lines. Where a row was shorter than the header (a missing trailing cell, a footer row of fewer
cells), the body does not fill whole rows; it is then cut where each row's cells take the kinds (figure or
words) the first row's cells have, a few rows allowed to end early. Only a table whose every body line is
one closed cell (a lone pipe being an empty one) is read so: a row broken at one pipe, prose with a pipe,
or a table of whole rows stays with the readers of pipe rows.
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


_FIGURE = re.compile(r"[~<>≈±+-]?\$?\d")
_LETTER = re.compile(r"[^\W\d_]")
_BLANK = re.compile(r"[-–—]?|n/?a|N/?A")


def _kind(cell: str) -> str:
    """'f' a figure (a number first, a unit or a mark after it: '56.2 / 58.0 †', '12 ms'), 'w' words, '' an
    empty or dash cell (fits either)."""
    cell = cell.strip().removesuffix("|").strip()
    if _BLANK.fullmatch(cell):
        return ""
    return "f" if _FIGURE.match(cell) and len(_LETTER.findall(cell)) <= 5 else "w"


def _ragged_sizes(text: str, body: list[tuple[int, int]], w: int) -> list[int] | None:
    """How many cells each row has, for a body that does not fill whole rows of w: rows of w, or shorter
    ones (at least half as wide), whose cells have the kinds of the first row's cells column by column;
    None unless such a cut exists with every cell of its kind and most rows whole."""
    kinds = [_kind(text[s:e]) for s, e in body]
    template = kinds[:w]
    if len(template) < w or "f" not in template or "w" not in template:
        return None  # (a row of figures and words both: otherwise no kind says where a row starts)
    n = len(kinds)
    inf = n + 1
    best: list[tuple[int, int]] = [(0, 0)] + [(inf, 0)] * n  # (short rows, size of the last row) up to i
    for i in range(n):
        if best[i][0] >= inf:
            continue
        for size in range(max(2, (w + 1) // 2), w + 1):
            j = i + size
            if j > n or any(k and t and k != t for k, t in zip(kinds[i:j], template, strict=False)):
                continue
            cost = best[i][0] + (size < w)
            if cost < best[j][0]:
                best[j] = (cost, size)
    if best[n][0] >= inf:
        return None
    sizes: list[int] = []
    j = n
    while j:
        sizes.append(best[j][1])
        j -= best[j][1]
    return sizes[::-1] if best[n][0] * 2 < len(sizes) else None


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
    if w < 2 or not body or not all(_closed(text[s:e]) for s, e in body):
        return None
    sizes = [w] * (len(body) // w) if len(body) % w == 0 else _ragged_sizes(text, body, w)
    if sizes is None:
        return None
    if len(head) == 1 and _width(text[slice(*head[0])]) == w and not _closed(text[slice(*head[0])]):
        header = tuple(c.strip() for c in text[slice(*head[0])].strip().strip("|").split("|"))
    elif len(head) == w and all(_closed(text[s:e]) for s, e in head):
        header = tuple(text[s:e].strip().removesuffix("|").strip() for s, e in head)
    else:
        return None
    out = [(header, head[0][0], head[-1][1])]
    i = 0
    for size in sizes:
        group = body[i : i + size]
        i += size
        cells = tuple(text[s:e].strip().removesuffix("|").strip() for s, e in group)
        if any(cells):
            out.append((cells, group[0][0], group[-1][1]))
    return out if len(out) >= 2 else None
