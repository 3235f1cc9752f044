"""Tables that text extraction left as plain lines, in three shapes:

- one cell per line: a header of names (one per line, maybe after a corner label such as "Benchmark
  (Metric)"), then per row a label line and one value line per header name; section rows ("English",
  "Code") are labels with no values; `-` is an empty cell; a row may also keep its values on its label line;
- ranked lists as a name line then a value line, or with the value glued to the name ('Model-X Pro67.9');
- rows whose cells were glued together ('BenchmarkModel-A 480BModel-B 4.8Delta' over
  'SWE-bench Verified68.4%74.6%+6.2 pp'): the header is split at the names the article knows, a row at its
  percentages.

Each becomes the same grid every other table shape becomes (header, rows, evidence), so `tables.read_grid`
reads it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from extractors.facts import entities as ent
from extractors.facts.document import DocView
from schema.records import Evidence

VALUE_CELL = re.compile(
    r"^(?:[~<>≈]?[-+]?\$?\d[\d,]*(?:\.\d+)?\s*(?:%|pts|points)?\*?(?:\s*\([^)]{0,20}\))?|n/?a|N/?A|-|—|–)$"
)
_ROW_VALUES = re.compile(r"^(?P<label>.*?\S)(?P<vals>(?:\s+(?:\d[\d,]*(?:\.\d+)?%?|n/a|N/A|—|–|-))+)\s*$")
_MAX_CELL = 70
# (header, rows, evidence per row, start, end, method) of a table found in the lines of the text
LineGrid = tuple[tuple[str, ...], list[tuple[str, ...]], list[Evidence], int, int, str]
_NAME_TAIL = re.compile(r"(?i)(?:pass|cons|maj|avg)@\d+|\d+-shot|[a-z-]+ effort|thinking|reasoning")


def _lines(text: str) -> list[tuple[int, int]]:
    """Non-empty lines as (start, end) with surrounding white space trimmed."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        while s < e and text[s] in " \t\r":
            s += 1
        while e > s and text[e - 1] in " \t\r":
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def is_value(cell: str) -> bool:
    return VALUE_CELL.match(cell) is not None


def _whole_name(cell: str, refs: Sequence[ent.Mention]) -> str | None:
    """The kind of name ('model' or 'benchmark') the cell is, when a name covers it (settings in parentheses,
    `pass@k`-style tails and a trailing marker may follow)."""
    if not refs or len(cell) > _MAX_CELL:
        return None
    first = refs[0]
    if first.start > 1:
        return None
    rest = cell[max(first.end, first.tail) :]
    rest = re.sub(r"\([^)]*\)|\[[^]]*\]|\*+|†|‡", " ", rest).strip()
    if rest and not _NAME_TAIL.fullmatch(rest):
        return None
    return first.kind if first.kind in ("model", "benchmark") else None


def cell_line_grids(
    view: DocView,
    refs_of: Callable[[str], list[ent.Mention]],
    prime: Callable[[list[str]], None],
) -> list[LineGrid]:
    """Each one-cell-per-line table in the text."""
    text = view.text
    lines = _lines(text)
    cells = [text[s:e] for s, e in lines]
    if sum(1 for c in cells if is_value(c)) < 4:
        return []
    short = [c for c in cells if len(c) <= _MAX_CELL and not is_value(c)]
    prime(short)
    kinds: list[str] = []
    for c in cells:
        if is_value(c):
            kinds.append("value")
        elif len(c) > _MAX_CELL or (re.search(r"[.!?]$", c) and len(c.split()) > 6):
            kinds.append("prose")
        else:
            kinds.append(_whole_name(c, refs_of(c)) or "label")
    out: list[LineGrid] = []
    i = 0
    n = len(cells)
    while i < n:
        kind = kinds[i]
        if kind not in ("model", "benchmark"):
            i += 1
            continue
        j = i
        while j < n and kinds[j] == kind:
            j += 1
        k = j - i
        if k < 2:
            i += 1
            continue
        corner = cells[i - 1] if i > 0 and kinds[i - 1] == "label" else ""
        header = (corner, *cells[i:j])
        rows: list[tuple[str, ...]] = []
        evs: list[Evidence] = []
        p = j
        misses = 0
        while p < n and kinds[p] != "prose" and misses < 2:
            if kinds[p] == "value":
                misses += 1
                p += 1
                continue
            q = p + 1
            while q < n and kinds[q] == "value":
                q += 1
            vals = cells[p + 1 : q]
            one_line = _ROW_VALUES.match(cells[p]) if not vals else None
            if len(vals) == k:
                rows.append((cells[p], *vals))
                evs.append(view.evidence(lines[p][0], lines[q - 1][1]))
                misses = 0
            elif one_line is not None and len(one_line.group("vals").split()) == k:
                rows.append((one_line.group("label"), *one_line.group("vals").split()))
                evs.append(view.evidence(lines[p][0], lines[p][1]))
                misses = 0
            elif vals:
                misses += 1  # a row with holes we cannot place
            elif kinds[p] == kind and rows:
                break  # the header of the next table
            p = q
        if len(rows) >= 1:
            out.append((header, rows, evs, lines[i][0], lines[p - 1][1], "cell_lines"))
            i = p
        else:
            i = j
    return out


_LIST_MARK = re.compile(r"^(?:\d{1,3}[.)]?\s*)+")
# a value glued to a name that ends in a letter or a closing parenthesis: 'DeepSeek V4 Pro67.9'
_GLUED_VALUE = re.compile(r"^(?P<name>.*?[A-Za-z)])(?P<val>\d{1,3}(?:\.\d+)?\s?%?)$")


def pair_grids(
    view: DocView,
    refs_of: Callable[[str], list[ent.Mention]],
    prime: Callable[[list[str]], None],
) -> list[LineGrid]:
    """Ranked lists left as a model line then a value line ('2Droid + Model-X' / '77.3%'), or with the value
    glued to the name ('1. Model-X Pro67.9'): (header, rows, evidence, start, end) with the header
    ('Model', 'Score'), so the score column means the benchmark the text names before the list."""
    text = view.text
    lines = _lines(text)
    cells = [text[s:e] for s, e in lines]
    # the shapes first (no name lookups), then the names of just those labels in one pass
    shaped: list[tuple[int, int, str, str]] = []  # (first line, last line, label, value)
    i = 0
    while i < len(cells):
        c = cells[i]
        if len(c) > _MAX_CELL or is_value(c):
            i += 1
            continue
        label = _LIST_MARK.sub("", c).strip()
        if i + 1 < len(cells) and is_value(cells[i + 1]) and cells[i + 1] not in "-—–":
            shaped.append((i, i + 1, label, cells[i + 1]))
            i += 2
            continue
        g = _GLUED_VALUE.match(label)
        if g:
            shaped.append((i, i, g.group("name").strip(), g.group("val")))
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
    for row in [*rows_at, (-9, -9, "", "")]:
        if run and row[0] == run[-1][1] + 1:
            run.append(row)
            continue
        named = [r for r in run if r[2]]
        glued = all(a == b for a, b, _n, _v in run)
        if (len(run) >= 3 and 2 * len(named) >= len(run)) or (glued and named):
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


_CORNER = re.compile(r"[A-Z][A-Za-z /()]{2,30}")
_GLUED_PCT = re.compile(r"[-+]?\d{1,3}(?:\.\d+)?%")


def _split_names(line: str, names: Sequence[str]) -> list[tuple[int, int]] | None:
    """Where the known names stand in a header whose cells were glued (longest names first, no overlaps)."""
    spans: list[tuple[int, int]] = []
    for name in names:
        at = line.find(name)
        while at >= 0:
            if not any(a < at + len(name) and at < b for a, b in spans):
                spans.append((at, at + len(name)))
            at = line.find(name, at + 1)
    return sorted(spans) if len(spans) >= 2 else None


def glued_grids(view: DocView, names: Sequence[str]) -> list[LineGrid]:
    """Tables whose cells were glued: a header line that is a corner word, two or more known model names
    and maybe comparison columns, all without separators, then rows of a label and one percentage per name
    (more percentages or text after them belong to the comparison columns)."""
    text = view.text
    lines = _lines(text)
    out: list[LineGrid] = []
    ordered = sorted({n for n in names if len(n) >= 3}, key=len, reverse=True)
    i = 0
    while i < len(lines):
        line = text[lines[i][0] : lines[i][1]]
        i += 1
        if len(line) > 160 or " | " in line or not re.search(r"[a-z0-9)][A-Z]", line):
            continue
        spans = _split_names(line, ordered)
        if spans is None or spans[0][0] == 0 or not _CORNER.fullmatch(line[: spans[0][0]]):
            continue
        gaps = [line[a:b] for (_s, a), (b, _e) in pairwise(spans)]
        if any(g.strip() for g in gaps):
            continue  # something other than names between the names: not a glued header
        k = len(spans)
        header = (line[: spans[0][0]], *(line[a:b] for a, b in spans))
        rows: list[tuple[str, ...]] = []
        evs: list[Evidence] = []
        j = i
        while j < len(lines):
            row = text[lines[j][0] : lines[j][1]]
            m = re.match(r"(?P<label>.*?[A-Za-z)\]])(?P<vals>(?:" + _GLUED_PCT.pattern + r")+)", row)
            if m is None or len(row) > 160:
                break
            vals = _GLUED_PCT.findall(m.group("vals"))
            if len(vals) >= k and all(0 <= float(v.strip("%+")) <= 100 for v in vals[:k]):
                rows.append((m.group("label").strip(), *vals[:k]))
                evs.append(view.evidence(lines[j][0], lines[j][1]))
            j += 1
        if rows:
            out.append((header, rows, evs, lines[i - 1][0], lines[j - 1][1], "glued_table"))
            i = j
    return out


_LABEL_VALUE = re.compile(
    r"^(?:[-*•·▪]\s*)?(?:\*\*)?(?P<label>[^:|]{2,60}?)(?:\*\*)?\s*[:—–]\s*(?:\*\*)?"
    r"(?P<val>[-+]?\d{1,4}(?:[.,]\d+)?\s?%?)(?:\*\*)?(?P<rest>\s*(?:\([^)]{0,40}\))?)\s*$"
)
_PARENT = re.compile(r"^(?:[-*•·▪]\s*)?(?:\*\*)?(?P<label>[^:|]{2,60}?)(?:\*\*)?\s*:\s*$")


def label_value_grids(
    view: DocView,
    refs_of: Callable[[str], list[ent.Mention]],
    prime: Callable[[list[str]], None],
    setting_of: Callable[[str], bool],
) -> list[LineGrid]:
    """Lists of 'Label: value' lines read as the two-column tables they are: when most labels are
    benchmarks, a ('Benchmark', 'Score') table of the model the text names before it; when most are models,
    a ('Model', 'Score') table on the benchmark named before it. A label line with no value over lines
    whose labels are settings ('Humanity's Last Exam:' / 'No tools: 23.9' / 'With tools: 44.9') gives its
    benchmark to them."""
    text = view.text
    lines = _lines(text)
    cells = [text[s:e] for s, e in lines]
    parsed: list[tuple[str, str, str, bool] | None] = []  # (label, value, parenthesis, is a parent)
    for c in cells:
        m = _LABEL_VALUE.match(c)
        if m:
            parsed.append((m.group("label").strip(), m.group("val"), m.group("rest").strip(), False))
            continue
        pm = _PARENT.match(c)
        parsed.append((pm.group("label").strip(), "", "", True) if pm else None)
    prime([p[0] for p in parsed if p])
    out: list[LineGrid] = []
    i = 0
    while i < len(parsed):
        if parsed[i] is None:
            i += 1
            continue
        j = i
        while j < len(parsed) and parsed[j] is not None:
            j += 1
        run = [(k, p) for k in range(i, j) if (p := parsed[k]) is not None]
        i = j
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
            evs.append(view.evidence(*lines[k]))
            kinds.append(next((r.kind for r in refs_of(label) if r.kind in ("model", "benchmark")), ""))
        n_model, n_bench = kinds.count("model"), kinds.count("benchmark")
        if len(rows) < 3 or max(n_model, n_bench) < 2 or 2 * max(n_model, n_bench) < len(rows):
            continue
        corner = "Model" if n_model > n_bench else "Benchmark"
        first = next(k for k, p in run if not p[3])
        out.append(((corner, "Score"), rows, evs, lines[first][0], lines[run[-1][0]][1], "label_list"))
    return out
