"""Probe of how well table reading carries across the shapes text extraction leaves a table in.

Pages reach us with their tables as markdown pipes, but also one cell per line, with the cells of a row glued
together, flattened to single spaces, aligned with runs of spaces, tab-separated, or the other way round
(models across instead of down). This rewrites each markdown pipe table of a laid-out corpus into one of those
shapes (the gold stays as it is: the facts do not change with the layout), so the same labelled tables measure
each shape:

    python bench/real/relayout.py cells SRC DST      # SRC: a folder `corpus.py layout` wrote
    python -m bench.evaluation DST/corpus DST/gold   # compare with the same line on SRC

Shapes: cells, glued, flat, aligned, tabs, transposed, closed (one cell per line, each closed by a pipe, the
separator row whole), and source: a page with pipe tables shown whole as a
code host's source view shows a file, a gutter line holding one pipe after every line (two where the file
had a blank line), its tables kept as pipes. The rewrite is mechanical: a table with cells spanning
rows or holes becomes a broken one in every shape, as it would on a real page.
"""

from __future__ import annotations

import itertools
import json
import re
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

_SEPARATOR = re.compile(r"^:?-{2,}:?$")


def _is_separator(line: str) -> bool:
    return all(_SEPARATOR.match(c) for c in _cells(line))


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _aligned(rows: list[list[str]], gap: str) -> list[str]:
    widths = [max(len(r[k]) if k < len(r) else 0 for r in rows) for k in range(max(map(len, rows)))]
    return [gap.join(c.ljust(widths[k]) for k, c in enumerate(r)).rstrip() for r in rows]


def _transposed(rows: list[list[str]]) -> list[str]:
    width = max(map(len, rows))
    cols = [[r[k] if k < len(r) else "" for r in rows] for k in range(width)]
    head = "| " + " | ".join(cols[0]) + " |"
    return [head, "|" + "---|" * len(cols[0])] + ["| " + " | ".join(c) + " |" for c in cols[1:]]


SHAPES: dict[str, Callable[[list[list[str]]], list[str]]] = {
    "cells": lambda rows: [c or "-" for r in rows for c in r],
    "glued": lambda rows: ["".join(r) for r in rows],
    "flat": lambda rows: [" ".join(c for c in r if c) for r in rows],
    "aligned": lambda rows: _aligned(rows, "   "),
    "tabs": lambda rows: ["\t".join(r) for r in rows],
    "transposed": _transposed,
    # every cell on a line of its own closed by a pipe, the separator row kept whole between header and body
    "closed": lambda rows: (
        [f"{c} |" for c in rows[0]] + ["|" + "---|" * len(rows[0])] + [f"{c} |" for r in rows[1:] for c in r]
    ),
}


def _source_view(text: str) -> tuple[str, int]:
    """A page with pipe tables as a source view shows it (the gutter's pipe lines between its lines)."""
    _, tables = relayout(text, "cells")
    if not tables:
        return text, 0
    out: list[str] = []
    for line in text.split("\n"):
        out += [line, "|", "|"] if line.strip() else ["|", "|"]
    return "\n".join(out), tables


def relayout(text: str, shape: str) -> tuple[str, int]:
    """The text with each pipe table in the shape, and how many tables were rewritten."""
    if shape == "source":
        return _source_view(text)
    lines = text.split("\n")
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if lines[i].strip().startswith("|"):
            j = i
            while j < len(lines) and lines[j].strip().startswith("|"):
                j += 1
            # a separator row below the second line opens another table written right under this one
            cuts = [k - 1 for k in range(i + 2, j) if _is_separator(lines[k])]
            spans += list(itertools.pairwise([i, *cuts, j]))
            i = j
        else:
            i += 1
    done = 0
    for a, b in reversed(spans):
        rows = [_cells(line) for line in lines[a:b]]
        rows = [r for r in rows if not all(_SEPARATOR.match(c) or not c for c in r)]
        if len(rows) >= 2:
            lines[a:b] = ["", *SHAPES[shape](rows), ""]
            done += 1
    return "\n".join(lines), done


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[0] not in [*SHAPES, "source"]:
        print(f"usage: relayout.py {{{','.join(SHAPES)},source}} SRC DST", file=sys.stderr)
        return 2
    shape, src, dst = argv[0], Path(argv[1]), Path(argv[2])
    (dst / "corpus").mkdir(parents=True, exist_ok=True)
    shutil.copytree(src / "gold", dst / "gold", dirs_exist_ok=True)
    total = 0
    for path in sorted((src / "corpus").glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        doc["text"], n = relayout(doc["text"], shape)
        total += n
        (dst / "corpus" / path.name).write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    print(f"{shape}: {total} tables rewritten", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
