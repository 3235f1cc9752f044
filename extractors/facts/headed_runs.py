"""The benchmark of a board written as plain lines, one model and its figure a line ('Name 71.2'), as pages
leave a table once its cells are flattened: the benchmark its own header line names ('Model <Bench> Score'),
or, under column words alone ('Model Score'), the one the heading just above it names. A reader that took the
lines one by one may have given them a benchmark from prose further away; the board's own one is preferred,
and a benchmark named only after the run never is."""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.facts.document import DocView, fold
from extractors.facts.table_cells import cell_refs, model_from_cell
from schema.records import ScoreFact

# a row of the board: a name, then one figure ending the line ('Pennant-5 66.0', 'Halyard 3 71.2%')
_ROW = re.compile(r"\S.{0,60}?\s[-+]?\d{1,4}(?:[.,]\d+)?\s?%?\s*")
# the figure ending a row
_FIGURE = re.compile(r"([-+]?\d{1,4}(?:[.,]\d+)?)\s?(%)?\s*$")
# a label or a second column before the figure ('Bench: 71.2', 'A 71.2 | B 70.1'): not a board's row
_LABELLED = re.compile(r"[:：|]")
# what makes a line a sentence, not a header or heading: a sentence's end, a clause after a comma
_SENTENCE = re.compile(r"[.!?](?:\s|$)|[。！？,，;；]")
# the readers that read such lines one at a time, as prose or list items
_LINE_READERS = frozenset(["list", "adjacent", "prose", "ranked_lines"])


def _lines(text: str) -> list[tuple[int, int, str]]:
    out, at = [], 0
    for raw in text.split("\n"):
        out.append((at, at + len(raw), raw.strip()))
        at += len(raw) + 1
    return out


def _headline(line: str) -> bool:
    return len(line) <= 100 and not _SENTENCE.search(line) and not _ROW.fullmatch(line)


def _row(view: DocView, line: str) -> bool:
    """A line of the board: a name and its figure, naming no benchmark itself (not 'Bench: Name 71.2')."""
    return (
        bool(line)
        and _ROW.fullmatch(line) is not None
        and not _LABELLED.search(line)
        and not _named(view, line)
    )


def _named(view: DocView, line: str) -> set[str]:
    return {m.canonical for m in cell_refs(view, line) if m.kind == "benchmark"}


def _own_benchmark(view: DocView, lines: list[tuple[int, int, str]], first: int) -> str | None:
    """The benchmark the run starting at line `first` stands under: its header line's, or (a header of column
    words alone) the heading's right above; None when the nearest of them names none or several."""
    k = first - 1
    while k >= 0 and not lines[k][2]:
        k -= 1
    if k < 0 or not _headline(lines[k][2]):
        return None
    named = _named(view, lines[k][2])
    if named or first - k > 1:  # a header right on the run, or a heading over it past a blank line
        return next(iter(named)) if len(named) == 1 else None
    k -= 1
    while k >= 0 and not lines[k][2]:
        k -= 1
    if k < 0 or not _headline(lines[k][2]):
        return None
    named = _named(view, lines[k][2])
    return next(iter(named)) if len(named) == 1 else None


def headed_runs(view: DocView) -> list[tuple[int, int, str, list[tuple[int, int, str]]]]:
    """Each run of two or more name-figure lines with a benchmark of its own: its span in the original
    text, that benchmark and its lines."""
    lines = _lines(view.text)
    out: list[tuple[int, int, str, list[tuple[int, int, str]]]] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _row(view, lines[j][2]):
            j += 1
        if j - i >= 2:
            bench = _own_benchmark(view, lines, i)
            if bench is not None:
                a, b = view.clean.to_original(lines[i][0], lines[j - 1][1])
                out.append((a, b, bench, lines[i:j]))
        i = max(j, i + 1)
    return out


def headed_benchmarks(view: DocView, facts: list[ScoreFact]) -> list[ScoreFact]:
    """`facts` with the lines of a headed run on the benchmark the run stands under, and a row of the run no
    reader took (a two-column board under 'Model Score') read as a model and its figure on it."""
    runs = headed_runs(view)
    if not runs:
        return facts
    out = []
    for f in facts:
        run = next((r for r in runs if r[0] <= f.evidence.start < r[1]), None)
        if run is not None and f.method in _LINE_READERS and fold(f.benchmark) != fold(run[2]):
            f = replace(f, benchmark=run[2], benchmark_surface=run[2])
        out.append(f)
    for a, b, bench, rows in runs:
        read = [f.evidence.start for f in out if a <= f.evidence.start < b]
        for start, end, line in rows:
            sa, sb = view.clean.to_original(start, end)
            if any(sa <= x < sb for x in read):
                continue
            fig = _FIGURE.search(line)
            named = model_from_cell(view, line[: fig.start()].strip(), True) if fig else None
            if fig is None or named is None:
                continue
            unit = "%" if fig.group(2) else None
            value = float(fig.group(1).replace(",", "."))
            out.append(
                ScoreFact(named[0], bench, value, unit, None, view.evidence(start, end), 0.7, "headed_run")
            )
    return out
