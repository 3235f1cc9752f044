"""Tables that text extraction left as plain lines (one cell per line is `cell_lines.py`'s):

- ranked lists as a name line then a value line, or with the value glued to the name ('Model-X Pro67.9');
- 'Label: value' lists, read as the two-column tables they are.

Glued rows are `glued_rows.py`'s, tables flattened to single spaces `flat_rows.py`'s.

Each becomes the same grid every other table shape becomes (header, rows, evidence), so `tables.read_grid`
reads it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from extractors.facts import entities as ent
from extractors.facts.alternation import longest_first
from extractors.facts.cell_lines import MAX_CELL, LineGrid, is_value, text_lines
from extractors.facts.document import DocView
from extractors.facts.patterns import word_alternation
from schema.records import Evidence

_LIST_MARK = re.compile(r"^(?:\d{1,3}[.)]?\s*)+")
# a value glued to a name that ends in a letter or a closing parenthesis: 'DeepSeek V4 Pro67.9'
_SPACED_VALUE = re.compile(
    r"^(?P<name>.*?[A-Za-z)]) (?P<val>\d{1,3}(?:\.\d+)?\s?%?)(?: (?:[-—–]|[A-Z][a-z]{2} \d{4}))?$"
)
# (an empty cell or a date after it, glued too: 'Name Lab38.3-', 'Name Lab19Apr 2026')
_GLUED_VALUE = re.compile(
    r"^(?P<name>.*?[A-Za-z)])(?P<val>\d{1,3}(?:\.\d+)?\s?%?)(?:[-—–]|[A-Z][a-z]{2} \d{4})?$"
)


_VALUE_THEN_LAB = re.compile(r"(\d{1,3}(?:\.\d+)?\s?%)[A-Z][\w .&/-]{1,40}")
_RANK_MARK = re.compile(r"(?:[•·*-]\s*)?#?\d{1,3}\.?")


@cache
def _glued_lab() -> re.Pattern[str]:
    """A lab's name glued after a model's at the end of a board's cell ('Seed 2.1 ProByteDance')."""
    labs = longest_first({r.alias for r in ent.knowledge().records if r.kind == "lab"})
    return re.compile(r"(?<=[a-z0-9)])" + word_alternation(labs) + r"$")


def without_lab(name: str) -> str:
    """A board cell's name without the lab's name glued after it ('o3OpenAI' is o3)."""
    glued = _glued_lab().search(name)
    return name[: glued.start()] if glued is not None else name


def pair_grids(
    view: DocView,
    refs_of: Callable[[str], list[ent.Mention]],
    prime: Callable[[list[str]], None],
) -> list[LineGrid]:
    """Ranked lists left as a model line then a value line ('2Droid + Model-X' / '77.3%'), or with the value
    glued to the name ('1. Model-X Pro67.9'): (header, rows, evidence, start, end) with the header
    ('Model', 'Score'), so the score column means the benchmark the text names before the list."""
    text = view.text
    lines = text_lines(text)
    cells = [text[s:e] for s, e in lines]
    # the shapes first (no name lookups), then the names of just those labels in one pass
    shaped: list[tuple[int, int, str, str]] = []  # (first line, last line, label, value)
    spaced: set[int] = set()  # lines whose value stands after a space: a board only three or more in a row
    labbed: set[int] = set()  # name lines with the maker's cell glued after the name: a board however short
    i = 0
    while i < len(cells):
        c = cells[i]
        if len(c) > MAX_CELL or is_value(c):
            i += 1
            continue
        label = _LIST_MARK.sub("", c).strip()
        if i + 1 < len(cells) and is_value(cells[i + 1]) and cells[i + 1] not in "-—–":
            if (bare := without_lab(label)) != label:
                labbed.add(i)  # 'Name 3 ProMaker' over '95.4': a board's cells, its maker's glued on
            shaped.append((i, i + 1, bare, cells[i + 1]))
            i += 2
            continue
        lab = _VALUE_THEN_LAB.fullmatch(cells[i + 1]) if i + 1 < len(cells) else None
        if lab is not None and not _RANK_MARK.fullmatch(c):
            shaped.append((i, i + 1, label, lab.group(1)))  # '78.7%OpenAI': the lab's cell glued after it
            i += 2
            continue
        g = _GLUED_VALUE.match(label)
        if g is None and label != c.strip():
            g = _SPACED_VALUE.match(label)  # a rank first, cells flattened to spaces: '3 Name Lab 24.5 -'
            if g:
                spaced.add(i)
        if g and re.search(r"(?:^|[\s(-])[A-Za-z]$", g.group("name")):
            g = None  # 'DeepSeek V4', 'Kimi K2': a version letter and its number, nothing glued
        if g:
            shaped.append((i, i, without_lab(g.group("name").strip()), g.group("val")))
        i += 1
    if not shaped:
        return []
    prime([label for _a, _b, label, _v in shaped])
    # a pair whose label names no model we know keeps a run of pairs going but gives no row
    rows_at = [
        (a, b, label if any(r.kind == "model" for r in refs_of(label)) else "", val)
        for a, b, label, val in shaped
        if a != b or any(r.kind == "model" for r in refs_of(label))
    ]
    out: list[LineGrid] = []
    run: list[tuple[int, int, str, str]] = []
    # a rank on a line of its own before each entry ('• 1') does not break a board's run
    marks = {k for k, c in enumerate(cells) if _RANK_MARK.fullmatch(c)}
    for row in [*rows_at, (-9, -9, "", "")]:
        if run and (row[0] == run[-1][1] + 1 or (row[0] == run[-1][1] + 2 and run[-1][1] + 1 in marks)):
            run.append(row)
            continue
        named = [r for r in run if r[2]]
        glued = all((a == b or a in labbed) and a not in spaced for a, b, _n, _v in run)
        # a board names each model once: names that come round again are pairs per category, not one board
        repeated = len({r[2] for r in named}) < len(named)
        if not repeated and ((len(run) >= 3 and 2 * len(named) >= len(run)) or (glued and named)):
            out.append(
                (
                    ("Model", "Score"),
                    [(name, val) for _a, _b, name, val in named],
                    [view.evidence(lines[a][0], lines[b][1]) for a, b, _n, _v in named],
                    lines[run[0][0]][0],
                    lines[run[-1][1]][1],
                    "ranked_lines",
                )
            )
        run = [row]
    return out


_LABEL_VALUE = re.compile(
    r"^(?:[-*•·▪]\s*)?(?:\*\*)?(?P<label>[^:|]{2,60}?)(?:\*\*)?\s*[:—–]\s*(?:\*\*)?"
    # an approximate figure ('Approximately 85.2%', '~72'), as a chart's description reads its bars
    r"\s*(?:(?i:approximately|approx\.|about|around|roughly)\s+|[~≈]\s?)?"
    r"(?P<val>[-+]?\d{1,4}(?:[.,]\d+)?\s?%?)(?:\*\*)?"
    # the metric after the figure ('39.83 chrF++', '25.27 F1'), not read
    r"(?:\s+(?i:chrF\+*|F1|BLEU|ROUGE-?L?|EM|exact match|acc(?:uracy)?|pass@\d+))?"
    r"(?P<rest>\s*(?:\([^)]{0,40}\))?)"
    # a clause on what else the figure came with ('1% with a cost per task of $200.'), not read
    r"(?:\s+(?:with|at|for)\s[^:]{1,80}?)?\.?\s*$"
)
_PARENT = re.compile(r"^(?:[-*•·▪]\s*)?(?:\*\*)?(?P<label>[^:|]{2,60}?)(?:\*\*)?\s*:\s*$")
_VALUE_LINE = "value line"
_SECTION_LINE = re.compile(r"\s*[A-Z][A-Za-z&/ -]{2,40}(?:\s\([\w -]{2,20}\))?")  # 'Tests (One-shot)'
_BENCH_ID = re.compile(r"\s*[A-Z][A-Za-z]*\d[\w.-]*\s*")  # a benchmark's id we may not know: 'GSM8k'
_SECTION_NOTE = re.compile(r"\s*[A-Z][A-Za-z&/, -]{2,60}")  # what a section covers, under its title
# a line that is only a figure, and a short line that can label one (a name, not a sentence)
_BARE_VALUE = re.compile(r"\s*(?P<val>[-+]?\d{1,4}(?:[.,]\d+)?\s?%?)%?\s*")  # ('16.0%%': a sign doubled)
_PAIR_LABEL = re.compile(r"\s*[A-Za-z][^:|.!?]{1,58}[^:|.!?\s]\s*")
# an empty cell ('-', 'n/a'): a hole in a row, never a line on how a benchmark was run
_EMPTY_CELL = re.compile(r"\s*(?:[-—–]|n/?a|N/?A)\s*")


_MAX_TAIL = 90


def _card_starts(cells: Sequence[str], k: int, refs_of: Callable[[str], list[ent.Mention]]) -> bool:
    """A benchmark card opens at line k: the benchmark's name, a line on how it was run, the figure."""
    return (
        k + 2 < len(cells)
        and _BARE_VALUE.fullmatch(cells[k + 2]) is not None
        and _PAIR_LABEL.fullmatch(cells[k]) is not None
        and _BARE_VALUE.fullmatch(cells[k + 1]) is None
        and _EMPTY_CELL.fullmatch(cells[k + 1]) is None
        and (
            _BENCH_ID.fullmatch(cells[k]) is not None or any(r.kind == "benchmark" for r in refs_of(cells[k]))
        )
    )


def label_value_grids(
    view: DocView,
    refs_of: Callable[[str], list[ent.Mention]],
    prime: Callable[[list[str]], None],
    setting_of: Callable[[str], bool],
    name_shaped: Callable[[str], bool] | None = None,
) -> list[LineGrid]:
    """Lists of 'Label: value' lines read as the two-column tables they are: when most labels are
    benchmarks, a ('Benchmark', 'Score') table of the model the text names before it; when most are models,
    a ('Model', 'Score') table on the benchmark named before it. A label line with no value over lines
    whose labels are settings ('Humanity's Last Exam:' / 'No tools: 23.9' / 'With tools: 44.9') gives its
    benchmark to them."""
    text = view.text
    lines = text_lines(text)
    cells = [text[s:e] for s, e in lines]
    # (label, value, parenthesis, is a parent); _VALUE_LINE: the line holds the value of the label above it
    parsed: list[tuple[str, str, str, bool] | str | None] = []
    k = 0
    while k < len(cells):
        c = cells[k]
        k += 1
        # (a label line holds its ':' or dash, a parent line its ':': asked before the patterns)
        m = _LABEL_VALUE.match(c) if ":" in c or "—" in c or "–" in c else None
        if m:
            parsed.append((m.group("label").strip(), m.group("val"), m.group("rest").strip(), False))
            continue
        pm = _PARENT.match(c) if ":" in c else None
        if pm:
            parsed.append((pm.group("label").strip(), "", "", True))
            continue
        below = _BARE_VALUE.fullmatch(cells[k]) if k < len(cells) else None
        if below and _PAIR_LABEL.fullmatch(c) and not _BARE_VALUE.fullmatch(c):
            parsed += [(c.strip(), below.group("val"), "", False), _VALUE_LINE]  # 'MMLU' / '45': two lines
            k += 1
            continue
        after = (
            _BARE_VALUE.fullmatch(cells[k + 1])
            if k + 1 < len(cells) and not below and not _EMPTY_CELL.fullmatch(cells[k])
            else None
        )
        if (
            after
            and _PAIR_LABEL.fullmatch(c)
            and not _BARE_VALUE.fullmatch(c)
            and (_BENCH_ID.fullmatch(c) or any(r.kind == "benchmark" for r in refs_of(c)))
        ):
            # a benchmark, a line on how it was run, the figure ('HellaSwag' / '0-shot, accuracy' / '69.8%')
            parsed += [(c.strip(), after.group("val"), "", False), _VALUE_LINE, _VALUE_LINE]
            k += 2
            # a card's lines under its figure (a source, a note) before the next card of the same shape
            tail = next((t for t in (1, 2) if _card_starts(cells, k + t, refs_of)), 0)
            if tail and all(
                len(cells[x]) <= _MAX_TAIL and not _BARE_VALUE.fullmatch(cells[x]) for x in range(k, k + tail)
            ):
                parsed += [_VALUE_LINE] * tail
                k += tail
            continue
        parsed.append(None)
    prime([p[0] for p in parsed if isinstance(p, tuple)])
    out: list[LineGrid] = []
    i = 0
    while i < len(parsed):
        if parsed[i] is None:
            i += 1
            continue
        j = i
        while j < len(parsed) and (
            parsed[j] is not None
            # a section's title between two runs of pairs ('Coding Benchmarks'), maybe with a line saying
            # what it covers, does not end the list
            or (j + 1 < len(parsed) and parsed[j + 1] is not None and _SECTION_LINE.fullmatch(cells[j]))
            or (
                j + 2 < len(parsed)
                and parsed[j + 1] is None
                and parsed[j + 2] is not None
                and _SECTION_LINE.fullmatch(cells[j])
                and _SECTION_NOTE.fullmatch(cells[j + 1])
            )
            or (
                j + 1 < len(parsed)
                and parsed[j + 1] is not None
                and parsed[j - 1] is None
                and _SECTION_LINE.fullmatch(cells[j - 1])
                and _SECTION_NOTE.fullmatch(cells[j])
            )
        ):
            j += 1
        full = [(k, p) for k in range(i, j) if isinstance(p := parsed[k], tuple)]
        i = j
        for run, riders in _named_parts(
            full, parsed, lambda label: any(r.kind in ("model", "benchmark") for r in refs_of(label))
        ):
            rows: list[tuple[str, ...]] = []
            evs: list[Evidence] = []
            kinds: list[str] = []
            parent = ""
            for k, (label, val, rest, is_parent) in run:
                if is_parent:
                    parent = label
                    continue
                if parent and setting_of(label) and not refs_of(label):
                    label = f"{parent} ({label})"
                else:
                    parent = ""
                rows.append((f"{label} {rest}".strip(), val))
                last = k
                while last + 1 < len(parsed) and parsed[last + 1] == _VALUE_LINE:
                    last += 1
                evs.append(view.evidence(lines[k][0], lines[last][1]))
                kinds.append(next((r.kind for r in refs_of(label) if r.kind in ("model", "benchmark")), ""))
            n_model, n_bench = kinds.count("model"), kinds.count("benchmark")
            n = len(rows) - riders
            # models we know among labels mostly shaped like names we do not ('VL-Rethinker',
            # 'Doubao-pro-1.5'): a board all the same
            unknown = [p[0] for _k, p in run if not p[3] and not refs_of(p[0])]
            if n_model >= 2 and n_bench == 0 and name_shaped is not None:
                shaped = sum(1 for u in unknown if name_shaped(u))
                n_model += shaped if shaped * 4 >= len(unknown) * 3 else 0
            if len(rows) < 3 or max(n_model, n_bench) < 2 or 2 * max(n_model, n_bench) < n:
                continue
            if len({r[0] for r in rows}) < len(rows):
                continue  # labels that come round again: one pair per category, not one table
            corner = "Model" if n_model > n_bench else "Benchmark"
            first = next(k for k, p in run if not p[3])
            end = run[-1][0]
            while end + 1 < len(parsed) and parsed[end + 1] == _VALUE_LINE:
                end += 1
            out.append(((corner, "Score"), rows, evs, lines[first][0], lines[end][1], "label_list"))
    return out


_NAME_CASE = re.compile(r"^\S*?[^\W\d_]\S*?[A-Z]|\s[A-Z]")  # a capital inside a word or opening a later word


def _named_parts(
    run: list[tuple[int, tuple[str, str, str, bool]]],
    parsed: Sequence[object],
    named: Callable[[str], bool],
) -> list[tuple[list[tuple[int, tuple[str, str, str, bool]]], int]]:
    """A run of pairs split where section lines part it: a part whose labels name no model or benchmark
    (a spec list: 'Hidden size: 2048') is left out, and the parts on either side of it are read apart;
    (pairs, how many of them ride on the named parts before them)."""
    parts: list[list[tuple[int, tuple[str, str, str, bool]]]] = []
    for k, p in run:
        if parts and all(parsed[x] is not None for x in range(parts[-1][-1][0] + 1, k)):
            parts[-1].append((k, p))
        else:
            parts.append([(k, p)])
    out: list[tuple[list[tuple[int, tuple[str, str, str, bool]]], int]] = [([], 0)]
    for part in parts:
        if any(named(p[0]) for _k, p in part):
            out[-1][0].extend(part)
        elif out[-1][0] and all(_NAME_CASE.search(p[0]) for _k, p in part):
            # after a named part, one of names we do not know ('CrossSum', 'XQUAD') goes on; specs do not
            out[-1] = (out[-1][0] + part, out[-1][1] + len(part))
        elif out[-1][0]:
            out.append(([], 0))
    return [r for r in out if r[0]]
