"""The benchmark of a board written as plain lines, one model and its figure a line ('Name 71.2'), as pages
leave a table once its cells are flattened: the benchmark its own header line names ('Model <Bench> Score'),
or, under column words alone ('Model Score'), the one the heading just above it names. A reader that took the
lines one by one may have given them a benchmark from prose further away; the board's own one is preferred,
and a benchmark named only after the run never is.

Only a score board counts: a header or heading that sets another measure beside the benchmark (a column of
years, release dates, Elo ratings, parameters, sizes, prices or places; 'vs', 'and their', 'timeline',
'entrants'; board_words.jsonl with ranking_words.jsonl's figures that are no score and side_words.jsonl's
axes) makes the run no board of it, and so do figures no score of it could be: a year-like whole number, a
run of places counted up one by one, a figure past 100 on a benchmark scored in percent."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from extractors.facts import entities as ent
from extractors.facts.document import DocView, fold
from extractors.facts.numbers import year_like
from extractors.facts.patterns import PATTERN_DIR, data_rows, side_words, word_alternation
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
_BOARD_WORDS = data_rows(PATTERN_DIR / "board_words.jsonl", ("id", "kind"))
_RANKING_WORDS = data_rows(PATTERN_DIR / "ranking_words.jsonl", ("id", "kind"))
# words of a header or heading that set another measure beside the benchmark ('Model Year', 'vs arena Elo')
_OTHER_WORDS = (
    [str(r["id"]) for r in _BOARD_WORDS if r["kind"] in ("other_column", "beside")]
    + [str(r["id"]) for r in _RANKING_WORDS if r["kind"] == "not_a_score"]
    + list(side_words("axis"))
)
_OTHER = re.compile(
    r"(?<!\w)" + word_alternation(_OTHER_WORDS, spaces=r"\s+", longest_first=True) + r"(?!\w)", re.I
)
# words that name the benchmark's own unit and so no other measure on it ('Elo' over an arena's board)
_OWN_UNIT = {(str(r["unit"]), str(r["id"]).lower()) for r in _BOARD_WORDS if r["kind"] == "own_unit"}


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


def _own_benchmark(view: DocView, lines: list[tuple[int, int, str]], first: int) -> ent.Mention | None:
    """The benchmark the run starting at line `first` stands under: its header line's, or (a header of column
    words alone) the heading's right above; None when the nearest of them names none or several, or when the
    header or heading sets another measure beside it (`_beside`)."""
    k = first - 1
    while k >= 0 and not lines[k][2]:
        k -= 1
    if k < 0 or not _headline(lines[k][2]):
        return None
    header = lines[k][2]
    named = _benches(view, header)
    if named or first - k > 1:  # a header right on the run, or a heading over it past a blank line
        return named[0] if len(named) == 1 and not _beside(header, named[0].unit, named[0]) else None
    k -= 1
    while k >= 0 and not lines[k][2]:
        k -= 1
    if k < 0 or not _headline(lines[k][2]):
        return None
    named = _benches(view, lines[k][2])
    if len(named) != 1 or _beside(header, named[0].unit) or _beside(lines[k][2], named[0].unit, named[0]):
        return None
    return named[0]


def _benches(view: DocView, line: str) -> list[ent.Mention]:
    """The benchmark mentions of `line`, one per benchmark."""
    out: dict[str, ent.Mention] = {}
    for m in cell_refs(view, line):
        if m.kind == "benchmark":
            out.setdefault(m.canonical, m)
    return list(out.values())


def _beside(line: str, unit: str | None, bench: ent.Mention | None = None) -> bool:
    """Whether a header or heading names a measure other than the scores of a benchmark scored in `unit`
    ('Model Year', 'Bench vs arena Elo', 'Bench leaders and their prices'), outside the benchmark's own
    mention `bench` in it and past the words of its own unit ('Elo' over an arena's board)."""
    rest = line if bench is None else line[: bench.start] + " " + line[bench.end :]
    return any((unit or "", m.group().lower()) not in _OWN_UNIT for m in _OTHER.finditer(rest))


def _score_shaped(bench: ent.Mention, rows: list[tuple[int, int, str]]) -> bool:
    """Whether the figures of a run could all be scores on `bench`: no year-like whole number (an Elo rating
    aside), not places counted up one by one ('1', '2', '3'), none past 100 on a benchmark scored in
    percent."""
    figs = [f for _a, _b, line in rows if (f := _FIGURE.search(line)) is not None]
    whole = [int(f.group(1)) for f in figs if re.fullmatch(r"\d+", f.group(1)) and not f.group(2)]
    if bench.unit != "elo" and any(year_like(str(n)) for n in whole):
        return False
    if len(whole) == len(figs) and whole[0] <= 10 and all(b == a + 1 for a, b in pairwise(whole)):
        return False
    return bench.unit != "%" or all(float(f.group(1).replace(",", ".")) <= 100 for f in figs)


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
            if bench is not None and _score_shaped(bench, lines[i:j]):
                a, b = view.clean.to_original(lines[i][0], lines[j - 1][1])
                out.append((a, b, bench.canonical, lines[i:j]))
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
            cell = line[: fig.start()].strip() if fig else ""
            named = model_from_cell(view, cell, True) if fig else None
            if fig is None or named is None:
                continue
            model = named[0]
            if model.endswith(fig.group(1)) and not cell.endswith(fig.group(1)):
                # a name taken with its row's figure ('Orrin Max 5.5'): the model is the text before it
                model = model[: -len(fig.group(1))].rstrip(" -") or model
            unit = "%" if fig.group(2) else None
            value = float(fig.group(1).replace(",", "."))
            out.append(
                ScoreFact(model, bench, value, unit, None, view.evidence(start, end), 0.7, "headed_run")
            )
    return out
