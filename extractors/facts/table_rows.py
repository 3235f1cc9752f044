"""Rows of tables written in text, before they become grids: markdown pipe rows (also broken one cell per
line, several tables one under the other, or a whole table run onto one line), columns aligned with runs of
spaces or tabs, and rows that continue a table after section titles.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from extractors.facts.closed_cells import closed_cell_rows, closed_header

_NOT_SPACE = re.compile(r"\S")
_SEP_CELL = re.compile(r"^:?-{2,}:?$")
ALIGNED_GAP = re.compile(r"\S(?: {2,}|\t+)(?=\S)")


@dataclass(frozen=True, slots=True)
class TextTable:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    row_spans: tuple[tuple[int, int], ...]
    para: int
    start: int
    end: int


def is_pipe_line(line: str) -> bool:
    return line.startswith("|") or (line.endswith("|") and len(line) > 1)


def pipe_parts(text: str, lines: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Pipe tables written one under the other without a blank line between: a separator row after body rows
    means the line above it is the next table's header (also when the table above had no separator row of
    its own: two rows or more before a header start a table of their own)."""
    seps = [
        k
        for k, (s, e) in enumerate(lines)
        if "-" in text[s:e] and all(_SEP_CELL.match(c.strip()) or not c.strip() for c in text[s:e].split("|"))
    ]
    cuts = [h for a, k in itertools.pairwise([0, *seps]) if (h := _header_start(text, lines, a, k)) > a + 1]
    return [lines[a:b] for a, b in zip([0, *cuts], [*cuts, len(lines)], strict=True)]


def _header_start(text: str, lines: list[tuple[int, int]], a: int, k: int) -> int:
    """The first line of the header over the separator at line k: the line above it, or, where the header
    was broken one cell per line ('Model | AIME 2024 |', 'AIME 2025 |', 'LCB v5 |' over '---|---|---|'),
    the line its run of continuations starts on."""
    if (h := closed_header(text, lines, a, k)) is not None:
        return h  # (one closed cell per line: `closed_cells.py`)
    h = k - 1
    while (
        h > a and _continuation(text[slice(*lines[h])]) and text[slice(*lines[h - 1])].rstrip().endswith("|")
    ):
        h -= 1
    return h if h < k - 1 and text[slice(*lines[h])].count("|") >= 2 else k - 1


def _continuation(line: str) -> bool:
    """A header cell the page put on a line of its own: one pipe, closing it ('AIME 2025 (avg@64) |')."""
    line = line.strip()
    return not line.startswith("|") and line.count("|") == 1 and line.endswith("|") and len(line) > 1


def more_rows(
    text: str, block: list[tuple[int, int]], last: TextTable, reach: int = 600
) -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[int, int], ...]] | None:
    """Pipe rows (or rows aligned with spaces) without a header or separator a little after a table, as wide
    as it, section labels between ('General reasoning', '| MMLU | 72.4 | — |', 'Code', '| HumanEval | …'):
    more rows of that table; (rows, their spans)."""
    if block[0][0] - last.end > reach or len(last.header) < 3:
        return None
    rows: list[tuple[str, ...]] = []
    spans: list[tuple[int, int]] = []
    for s, e in block:
        line = re.sub(r"\|\s*\n\s*\|", "|", text[s:e].strip())  # (a row joined from one-cell lines)
        if is_pipe_line(line):
            cells = tuple(c.strip() for c in line.removeprefix("|").removesuffix("|").split("|"))
        elif (
            len(ALIGNED_GAP.findall(line)) >= 2
        ):  # columns aligned with spaces or tabs: figures after the label
            cells = tuple(c.strip() for c in _SPACE_SPLIT.split(line) if c.strip())
            if not any(_NUMERIC_CELL.match(c) for c in cells[1:]):
                return None
        elif len(line) <= 40 and spans:
            continue  # a section's title between the rows
        else:
            return None
        if len(cells) != len(last.header) or all(_SEP_CELL.match(c) or not c for c in cells):
            return None
        rows.append(cells)
        spans.append((s, e))
    return (tuple(rows), tuple(spans)) if rows else None


def continued_rows(
    text: str, part: list[tuple[int, int]], last: TextTable
) -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[int, int], ...]] | None:
    """Pipe rows with no separator row of their own a little after a table, two or more as wide as it (a
    table the page broke with text between its rows; cells left over from a broken row, '| Open |', are
    skipped): more rows of that table, as `more_rows` reads them."""
    if any(
        "-" in text[s:e] and all(_SEP_CELL.match(c.strip()) or not c.strip() for c in text[s:e].split("|"))
        for s, e in part
    ):
        return None  # a separator row: a table with its own header
    bars = len(last.header) - 1
    wide = [(s, e) for s, e in _joined_cell_lines(text, part, bars + 1) if _bars(text, s, e) == bars]
    if wide and not re.search(r"\d", text[wide[0][0] : wide[0][1]]):
        return None  # a row of words first ('| Model | Input | Output |'): the header of a table of its own
    # a few paragraphs may come between (pipe rows as wide, with no header, are the table's wherever they are)
    return more_rows(text, wide, last, reach=1500) if len(wide) >= 2 else None


def _bars(text: str, s: int, e: int) -> int:
    return re.sub(r"\|\s*\n\s*\|", "|", text[s:e].strip()).strip("|").count("|")


def _joined_cell_lines(text: str, part: list[tuple[int, int]], width: int) -> list[tuple[int, int]]:
    """A row the page broke one cell per line ('| 07 |', '| name |', …): a run of exactly `width` one-cell
    pipe lines is one row (its span covers them all); other lines stay as they are."""
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for s, e in [*part, (-1, -1)]:
        if s >= 0 and text[s:e].strip().strip("|").count("|") == 0 and text[s:e].strip().startswith("|"):
            run.append((s, e))
            continue
        if len(run) == width:
            out.append((run[0][0], run[-1][1]))
        elif run:
            out.extend(run)
        run = []
        if s >= 0:
            out.append((s, e))
    return out


def parse_pipe_rows(text: str, lines: list[tuple[int, int]]) -> list[tuple[tuple[str, ...], int, int]]:
    """Rows of a markdown pipe table; also rows broken one cell per line (continuations end in ' |')."""
    if len(lines) == 1:
        return _flattened_pipe_rows(text, *lines[0])
    if (one_per_line := closed_cell_rows(text, lines)) is not None:
        return one_per_line
    rows: list[tuple[list[str], int, int]] = []
    width = next((_cell_count(text[s:e]) for s, e in lines if _SEP_LINE.fullmatch(text, s, e)), 0)
    for s, e in lines:
        line = text[s:e]
        if len(rows) > 2 and _broken_row(" ".join(rows[-1][0]), line, width):
            rows[-1] = ([*rows[-1][0], line], rows[-1][1], e)
        elif line.startswith("|") or line.count("|") >= 2 or not rows:
            rows.append(([line], s, e))
        else:
            rows[-1][0].append(line)
            rows[-1] = (rows[-1][0], rows[-1][1], e)
    out: list[tuple[tuple[str, ...], int, int]] = []
    sep_width = 0
    closed = bool(rows) and " ".join(rows[0][0]).strip().endswith("|")
    for parts, s, e in rows:
        joined = " ".join(parts).strip()
        # the page's text cut off inside the last row ('| Name | ~3.8B | ~6'): its last cell is a stub
        cut = (
            closed
            and not joined.endswith("|")
            and _NOT_SPACE.search(text, e) is None
            and joined.count("|") >= 2
        )
        if joined.startswith("|"):
            joined = joined[1:]
        if joined.endswith("|"):
            joined = joined[:-1]
        cells = tuple(c.strip() for c in joined.split("|"))
        if cut:
            cells = cells[:-1]
        if all(_SEP_CELL.match(c) or not c for c in cells):
            if len(out) == 1:
                sep_width = len(cells)
            continue
        out.append((cells, s, e))
    if sep_width and len(out) > 1 and not text[rows[0][1] : rows[0][2]].startswith("|"):
        # a caption glued before the header's first pipe ('Agent scope| Rank | Name | Score |'): the header
        # is one cell wider than its separator and its rows, and that first cell is no column's
        head, body = out[0][0], [r[0] for r in out[1:]]
        if len(head) == sep_width + 1 and sum(1 for r in body if len(r) <= sep_width) * 2 > len(body):
            out[0] = (head[1:], out[0][1], out[0][2])
    return out


_SEP_LINE = re.compile(r"\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?\s*")


def _cell_count(row: str) -> int:
    return row.strip().removeprefix("|").removesuffix("|").count("|") + 1


def _broken_row(row: str, line: str, width: int) -> bool:
    """A body row the page broke over lines at its pipes ('| 1 |', 'Name (Lab) | 50.2% | Yes', '| Notes |'):
    the next line goes on with the row while it has fewer cells than the separator says, when one of the
    two leaves the break open (a row ending in a pipe, a line opening without one, or the other way)."""
    row, line = row.strip(), line.strip()
    if not width or _cell_count(row) >= width or _SEP_LINE.fullmatch(line) or "|" not in line:
        return False
    return row.endswith("|") != line.startswith("|")


def _flattened_pipe_rows(text: str, s: int, e: int) -> list[tuple[tuple[str, ...], int, int]]:
    """A whole pipe table on one line ('| A | B | |---|---| | x | 1 | | y | 2 |'): the separator run says how
    many columns there are; rows are the runs of cells between the empty cells where one row ends and the
    next begins."""
    cells = [c.strip() for c in text[s:e].strip().strip("|").split("|")]
    seps = [i for i, c in enumerate(cells) if _SEP_CELL.match(c)]
    if len(seps) < 2 or seps != list(range(seps[0], seps[0] + len(seps))):
        return []
    k = len(seps)
    header = [c for c in cells[: seps[0]] if c]
    if len(header) != k:
        return []
    rows: list[list[str]] = [[]]
    for c in cells[seps[-1] + 1 :]:
        if len(rows[-1]) == k:
            rows.append([])
        if not c and not rows[-1]:
            continue  # the empty cell between one row's closing pipe and the next row's opening one
        rows[-1].append(c)
    body = [tuple(r[:k]) for r in rows if len(r) >= 2 and any(r)]
    return [(tuple(header), s, e)] + [(r, s, e) for r in body]


_TAB_SPLIT = re.compile(r"\t+\s*|\s*\t+")
_SPACE_SPLIT = re.compile(r" {2,}|\s*\t+\s*")
_NUMERIC_CELL = re.compile(r"^[~<>≈]?\$?\d[\d,.]*\s*(?:%|[KMB]|pts)?\*?(?:\s*\([^)]*\))?$")


def parse_aligned_rows(
    text: str, lines: list[tuple[int, int]]
) -> list[tuple[tuple[str, ...], int, int]] | None:
    """Rows of a plain-text table whose columns are separated by tabs or by runs of 2+ spaces; None when the
    lines do not line up as a table (same cell count as the header, numbers in the body)."""
    if len(lines) < 2:
        return None
    texts = [text[s:e] for s, e in lines]
    if not all("\t" in t or "  " in t or len(t) <= 40 for t in texts) or not (
        "\t" in texts[0] or "  " in texts[0]
    ):
        return None
    rx = _TAB_SPLIT if all("\t" in t for t in texts) else _SPACE_SPLIT
    rows = [tuple(c.strip() for c in rx.split(t) if c.strip()) for t in texts]
    width = len(rows[0])
    # a line of one cell under the header is a section's title ('Reasoning & Knowledge'): left out
    keep = [0] + [i for i in range(1, len(rows)) if len(rows[i]) > 1 or len(texts[i]) > 60]
    rows, lines = [rows[i] for i in keep], [lines[i] for i in keep]
    if width < 2 or len(rows) < 2 or any(len(r) < 2 or len(r) > width for r in rows[1:]):
        return None
    numeric_rows = sum(1 for r in rows[1:] if any(_NUMERIC_CELL.match(c) for c in r[1:]))
    if numeric_rows < max(1, (len(rows) - 1) // 2) or any(len(c) > 60 for r in rows for c in r):
        return None
    return [(r, s, e) for r, (s, e) in zip(rows, lines, strict=True)]
