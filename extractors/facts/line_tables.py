"""Tables that text extraction left as plain lines (one cell per line is `cell_lines.py`'s):

- ranked lists as a name line then a value line, or with the value glued to the name ('Model-X Pro67.9');
- rows whose cells were glued together ('BenchmarkModel-A 480BModel-B 4.8Delta' over
  'SWE-bench Verified68.4%74.6%+6.2 pp'): the header is split at the names we know (and where a version
  meets a capital), a row where the figures after its label read as scores;
- 'Label: value' lists, read as the two-column tables they are;
- tables flattened to single spaces: a header line of names after a corner word, then a label and a run of
  figures per line.

Each becomes the same grid every other table shape becomes (header, rows, evidence), so `tables.read_grid`
reads it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from extractors.facts import entities as ent
from extractors.facts.cell_lines import MAX_CELL, LineGrid, is_value, text_lines
from extractors.facts.document import DocView, SegView
from extractors.facts.mentions import GENERIC_COLUMN
from extractors.facts.name_runs import split_names
from extractors.facts.table_cells import BENCH_CORNER, MODEL_HEADER, SETTING_TAIL
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
    i = 0
    while i < len(cells):
        c = cells[i]
        if len(c) > MAX_CELL or is_value(c):
            i += 1
            continue
        label = _LIST_MARK.sub("", c).strip()
        if i + 1 < len(cells) and is_value(cells[i + 1]) and cells[i + 1] not in "-—–":
            shaped.append((i, i + 1, label, cells[i + 1]))
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
        glued = all(a == b and a not in spaced for a, b, _n, _v in run)
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


_CORNER = re.compile(r"[A-Z][^\W\d_]*(?:[ /()]+[^\W\d_]*){0,4}")  # 'Benchmark', 'Fonctionnalité'
# a glued row of text cells ('Release19 Feb 2026Jan 2026'): a row of the table that holds no scores
_TEXT_ROW = re.compile(r"[^\W\d_][^\d\n]{0,40}?[^\W\d_)]\d")
# a row whose cells are places, not figures, glued ('Graphwalks BFS 256kwinssecondthird', 'lowestmedium')
_PLACE = r"(?:wins|best|first|second|third|fourth|fifth|lowest|highest|medium|tied)"
_PLACE_ROW = re.compile(rf"[a-z0-9)]{_PLACE}(?:\s*\([^()\n]{{1,40}}\))?{_PLACE}")
# one figure of a glued row: a percentage (a space before the sign in French: '77.1 %'), or a figure with
# one decimal ('80.8%', '68.5'), maybe a footnote mark after it; a rating with its unit ('1633 Elo'); an
# empty cell
_GLUED_FIG = (
    r"(?:[-+]|~(?=\d))?(?:\d{1,3}(?:\.\d+)?\s?%|\d{1,3}\.\d(?!\s?%))[*†‡]?"  # ('~72.0%': approximate)
    r"|\d{3,4}\s?(?i:elo)|Not disclosed|N/A|n/a|—|–"
    r"|-(?![\d.])"  # a hyphen before no figure: an empty cell ('…90.6-' at a row's end)
)
_GLUED_RUN = re.compile(rf"(?:{_GLUED_FIG}){{2,}}")
# a line that holds two figures with nothing between them: the sign of a glued row
_GLUE = re.compile(r"\d\s?%[-+]?\d|\.\d[-+]?\d{1,3}\.\d")


@cache
def _known_names() -> tuple[str, ...]:
    """Every spelling of a model or benchmark we know, longest first (a glued header is split at them)."""
    recs = ent.knowledge().records
    aliases = [r.alias for r in recs if r.kind in ("model", "benchmark")]
    names = set(aliases) | {a.replace(" ", "-") for a in aliases} | {a.replace("-", " ") for a in aliases}
    return tuple(sorted((n for n in names if len(n) >= 3), key=len, reverse=True))


def _split_names(line: str, names: Sequence[str]) -> list[tuple[int, int]]:
    """Where the known names stand in a header whose cells were glued (longest names first, no overlaps)."""
    spans: list[tuple[int, int]] = []
    for name in names:
        at = line.find(name)
        while at >= 0:
            if not any(a < at + len(name) and at < b for a, b in spans):
                spans.append((at, at + len(name)))
            at = line.find(name, at + 1)
    return sorted(spans)


def _bare_figures(line: str, k: int) -> list[str] | None:
    """A line of glued figures alone ('85.2%82.6%67.6%+26%'), its label on the line(s) above."""
    run = _GLUED_RUN.match(line.strip())
    if run is None or run.end() != len(line.strip()):
        return None
    vals = [v.rstrip("*†‡") for v in re.findall(_GLUED_FIG, run.group())[:k]]  # (more: a change column's)
    figures = [v for v in vals if v[-1].isdigit() or v[-1] == "%"]
    if len(vals) < k or not all(abs(float(v.rstrip("%").lstrip("~"))) <= 100 for v in figures):
        return None
    return vals


_FIGURE_NOTE = re.compile(r"(?<=%)\s*\([^()]{1,30}\)(?=\s*[-+~]?\d|\s*$)")


def _glued_row(row: str, k: int, names: Sequence[str]) -> tuple[str, list[str]] | None:
    """A row whose label and figures were glued ('Opus 4.680.8%91.3%', 'GPQA Diamond80.1%'): the label a
    known name opens it with, else the shortest label after which the rest reads as k figures or more, none
    over 100 ('Vireo-3' + '72.4%', never 'Vireo-' + '372.4%'); text after the figures is left. A cut that
    leaves exactly k cells wins over the known name's ('Terminal-bench 2.0' + four cells, not 'Terminal-bench'
    + '2.0' and four)."""
    row = _FIGURE_NOTE.sub("", row)  # '82.7% (with harness X)68.5%': the note is its cell's, not a cell
    known = max((n for n in names if row.startswith(n)), key=len, default=None)
    cuts = [len(known)] if known else []
    cuts += [c for c in range(1, len(row)) if row[c].isdigit() or row[c] in "+-—–"]
    found: list[tuple[str, list[str]]] = []
    for cut in cuts:
        label = row[:cut].strip()
        rest = row[cut:].strip()
        if re.match(r"0\d", rest):
            continue  # no figure opens on '0' and a digit: 'Math500' + '92.45%', not '…50' + '092.45%'
        run = _GLUED_RUN.match(rest)
        if (
            not re.search(r"[A-Za-z]", label)
            or label[-1] in ".-+ "
            or run is None
            or re.match(r"[\d.%]", rest[run.end() :])
        ):
            continue  # (text after the figures is a comparison column's: '+6.2 pp Opus')
        vals = [v.rstrip("*†‡") for v in re.findall(_GLUED_FIG, run.group())]
        figures = [v for v in vals if v[-1].isdigit() or v[-1] == "%"]
        rated = sum(1 for v in vals if v[-3:].lower() == "elo")
        if (
            len(vals) >= k
            and (len(figures) + rated >= 2 or (cut == len(known or "") and len(vals) == k and figures))
            and all(abs(float(v.rstrip("%").lstrip("~"))) <= 100 for v in figures)
        ):
            if known and re.fullmatch(r"[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?", label[len(known) :]):
                label = known  # a vendor column glued on too ('Claude 3.5 SonnetAnthropic')
            while len(vals) > k and vals[0][-1].isdigit() and any(v.endswith("%") for v in vals[1:]):
                label = f"{label} {vals.pop(0)}"  # a version ends the label ('Terminal-bench 2.0')
            if len(vals) == k:
                return label, vals
            found.append((label, vals[:k]))
            if len(found) == 2:
                break  # the known name's cut and the first other one: further cuts split a figure
    return found[0] if found else None


# a glued row of sizes under a glued header ('Total params109B400B', 'Context Window256K262K10M', 'Fenêtre de
# Contexte1M tokens200K tokens'): a parameter or context label, then one size per model
_SIZE_CELL = r"[~≈]?\d[\d,]*(?:\.\d+)?\s?[KMBTk](?:\s?tokens?)?\s*"
_SIZE_LABEL = re.compile(
    r"(?i)[^\d\n]{0,30}?(?:param(?:eter)?s?|context(?:\s+(?:window|length|size))?|kontext\w*|contexte|contexto|"
    r"konteks|contesto|上下文\w*)(?:\s*\([^()\d]{0,20}\))?"
)
_SIZE_GLUE = re.compile(_SIZE_LABEL.pattern + "(?-i:" + _SIZE_CELL + ")" + r"[~≈]?\d")


def _glued_sizes(row: str, k: int) -> tuple[str, list[str]] | None:
    """A glued row of k sizes after a parameter or context label: the label and the sizes."""
    m = _SIZE_LABEL.match(row)
    if m is None:
        return None
    rest = row[m.end() :].strip()
    if not re.fullmatch(f"(?:{_SIZE_CELL}){{{k}}}", rest):
        return None
    return row[: m.end()].strip(), [c.strip() for c in re.findall(_SIZE_CELL, rest)]


_CORNER_AT = re.compile(r"(?i)(?:benchmarks?|models?|tasks?|metrics?|evals?|evaluations?|categor(?:y|ies))")
# where two glued cells meet after a version number: 'Wren-2Delta', 'Vireo-3Wren-2'
_CELL_SEAM = re.compile(r"(?<=[\d)])(?=[A-Z])")


_CAPITALISED = re.compile(r"[A-Z][\w.-]*(?: [A-Z0-9][\w.-]*){1,3}")
_SIZE_PIECE = re.compile(r"\d+(?:\.\d+)?[A-Za-z]{0,2}")
_NAME_PIECE = re.compile(r"[A-Z][\w.+-]*\d[\w.+-]*(?: [\w.+-]+){0,3}")


_ID_TAIL = re.compile(r"-[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_NOTE_PIECE = re.compile(r"\([^()]{1,20}\)")  # a name's note ('Name 4 Scout (17Bx16E)')


def _glued_header(line: str, names: Sequence[str]) -> tuple[str, ...] | None:
    """A header whose cells were glued: a corner word, then names, one of them at least a name we know; the
    rest is cut where a version number meets a capital (a name we do not know, 'Wren-2'); words after the
    names are comparison columns ('Delta') and left out."""
    spans = _split_names(line, names)
    if not spans:
        return None
    corner = line[: spans[0][0]]
    if corner and not _CORNER.fullmatch(corner):  # (no corner at all: the header opens on a name)
        m = _CORNER_AT.match(line)
        if m is None:
            return None
        corner = m.group()
    cells: list[str] = []
    pos = len(corner)
    for a, b in [*spans, (len(line), len(line))]:
        gap = line[pos:a].strip()
        tail = _ID_TAIL.match(gap) if cells else None
        if tail is not None:  # 'Phi-4' then '-mini-flash': the id goes on past the name we know
            cells[-1] += tail.group()
            gap = gap[tail.end() :].strip()
        for piece in (
            [gap]
            if _SIZE_PIECE.fullmatch(gap) or _NOTE_PIECE.fullmatch(gap)
            else _CELL_SEAM.split(gap)
            if gap
            else []
        ):
            piece = piece.strip()
            if not piece:
                continue
            if cells and (
                SETTING_TAIL.fullmatch(piece) or _SIZE_PIECE.fullmatch(piece) or _NOTE_PIECE.fullmatch(piece)
            ):
                cells[-1] = (
                    f"{cells[-1]} {piece}"  # a setting or size after a name ('GPT-5.2 Thinking', '26B')
                )
                continue
            last = a == len(line) and _CAPITALISED.fullmatch(piece) and not GENERIC_COLUMN.fullmatch(piece)
            if not _NAME_PIECE.fullmatch(piece) and not last:
                if a < len(line):
                    return None  # something other than a name between the names
                break  # comparison columns after the names ('Delta')
            cells.append(piece)
        if a < len(line):
            cells.append(line[a:b])
        pos = b
    return (corner, *cells) if len(cells) >= 2 else None


def _squash(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


_ONE_FIGURE = re.compile(r"(?P<label>.*?[A-Za-z)])(?P<val>\d{1,3}\.\d+\s?%?|\d{1,3}\s?%)")


def _own_figure(row: str, k: int, known: set[str]) -> tuple[str, list[str]] | None:
    """'MMLU-Pro87.8' under 'Benchmark | Own | Y | Z': a benchmark we know and one figure, the first column's
    (the page's model, the others not reported)."""
    m = _ONE_FIGURE.fullmatch(row.strip())
    if m is None or m.group("label").strip() not in known or k < 2:
        return None
    return m.group("label").strip(), [m.group("val"), *["-"] * (k - 1)]


def _holds_known(name: str, known: set[str]) -> bool:
    seams = [m.end() - 1 for m in re.finditer(r"[a-z][A-Z]", name)]
    return any(name[s:] in known or any(name[s:].startswith(k) for k in known if len(k) > 4) for s in seams)


def glued_grids(view: DocView, names: Sequence[str]) -> list[LineGrid]:
    """Tables whose cells were glued: a header line that is a corner word and two or more names we know
    (models or benchmarks) without separators, maybe comparison columns after them, then rows of a label
    glued to one figure per name (more figures after them belong to the comparison columns)."""
    text = view.text
    lines = text_lines(text)
    out: list[LineGrid] = []
    cells = [text[s:e] for s, e in lines]
    glued = [bool(_GLUE.search(c) or _SIZE_GLUE.match(c)) for c in cells]
    # a header line with glued figures on one of the next three lines (a label and its description between)
    # (or rows of glued text cells first, then the figures)
    starts = [
        i
        for i in range(len(cells) - 1)
        if len(cells[i]) <= 160
        and (any(glued[i + 1 : i + 4]) or (_TEXT_ROW.match(cells[i + 1]) and any(glued[i + 1 : i + 10])))
    ]
    if not starts:
        return out
    # the page's names and the ones we know, longest first ('Claude Opus 4.5' before the page's 'Claude Opus')
    # (a page name with a known name glued inside it, 'ThinkingGPT-5.4', is the glue's, not a name)
    known = set(_known_names())
    page = {n for n in names if len(n) >= 3 and not (re.search(r"[a-z][A-Z]", n) and _holds_known(n, known))}
    ordered = sorted(page | known, key=len, reverse=True)
    i = 0
    for i0 in starts:
        if i0 < i:
            continue
        line = cells[i0]
        if " | " in line or not re.search(r"[a-z0-9)][A-Z]", line):
            continue
        head = _glued_header(line, ordered)
        if head is None:
            continue
        k = len(head) - 1
        header = head
        # the page's own model in the first column: a row with one figure is its (the others left blank)
        own_first = view.focus is not None and _squash(head[1]) == _squash(view.focus)
        rows: list[tuple[str, ...]] = []
        evs: list[Evidence] = []
        j, end = i0 + 1, i0
        pending: list[int] = []  # label lines above a line of figures alone (a label, then its description)
        skipped = 0
        while j < len(lines) and len(cells[j]) <= 160:
            parsed = _glued_row(cells[j], k, ordered) or _glued_sizes(cells[j], k)
            if parsed is None and own_first:
                parsed = _own_figure(cells[j], k, known)
            bare = _bare_figures(cells[j], k) if parsed is None and pending else None
            if bare is not None:
                parsed = (cells[pending[0]], bare)
            elif parsed is None:
                if re.search(r"[a-z0-9)][A-Z]", cells[j]) and _glued_header(cells[j], ordered):
                    break  # the next table's header
                if len(pending) < 2 and len(cells[j]) <= 80 and not _GLUE.search(cells[j]):
                    pending.append(j)
                    j += 1
                    continue
                if (
                    pending
                    and skipped < 8
                    and all(_TEXT_ROW.match(cells[p]) or _PLACE_ROW.search(cells[p]) for p in [*pending, j])
                ):
                    skipped += len(pending) + 1  # rows of text cells (dates, prices) among the score rows
                    pending = []
                    j += 1
                    continue
                break
            rows.append((parsed[0], *parsed[1]))
            evs.append(view.evidence(lines[pending[0] if bare is not None else j][0], lines[j][1]))
            pending, end = [], j
            j += 1
        if rows:
            out.append((header, rows, evs, lines[i0][0], lines[end][1], "glued_table"))
            i = end + 1
    return out


_LABEL_VALUE = re.compile(
    r"^(?:[-*•·▪]\s*)?(?:\*\*)?(?P<label>[^:|]{2,60}?)(?:\*\*)?\s*[:—–]\s*(?:\*\*)?"
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
_BARE_VALUE = re.compile(r"\s*(?P<val>[-+]?\d{1,4}(?:[.,]\d+)?\s?%?)\s*")
_PAIR_LABEL = re.compile(r"\s*[A-Za-z][^:|.!?]{1,58}[^:|.!?\s]\s*")


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
    lines = text_lines(text)
    cells = [text[s:e] for s, e in lines]
    # (label, value, parenthesis, is a parent); _VALUE_LINE: the line holds the value of the label above it
    parsed: list[tuple[str, str, str, bool] | str | None] = []
    k = 0
    while k < len(cells):
        c = cells[k]
        k += 1
        m = _LABEL_VALUE.match(c)
        if m:
            parsed.append((m.group("label").strip(), m.group("val"), m.group("rest").strip(), False))
            continue
        pm = _PARENT.match(c)
        if pm:
            parsed.append((pm.group("label").strip(), "", "", True))
            continue
        below = _BARE_VALUE.fullmatch(cells[k]) if k < len(cells) else None
        if below and _PAIR_LABEL.fullmatch(c) and not _BARE_VALUE.fullmatch(c):
            parsed += [(c.strip(), below.group("val"), "", False), _VALUE_LINE]  # 'MMLU' / '45': two lines
            k += 1
            continue
        after = _BARE_VALUE.fullmatch(cells[k + 1]) if k + 1 < len(cells) and not below else None
        if (
            after
            and _PAIR_LABEL.fullmatch(c)
            and not _BARE_VALUE.fullmatch(c)
            and (_BENCH_ID.fullmatch(c) or any(r.kind == "benchmark" for r in refs_of(c)))
        ):
            # a benchmark, a line on how it was run, the figure ('HellaSwag' / '0-shot, accuracy' / '69.8%')
            parsed += [(c.strip(), after.group("val"), "", False), _VALUE_LINE, _VALUE_LINE]
            k += 2
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


_FLAT_VAL = r"[-+]?\d[\d,]*(?:\.\d+)?(?:\s?%|\s?pp|\s?pts)?[*†‡]*|n/a|N/A|—|–|-"
_FLAT_TOKEN = re.compile(rf"(?<!\S)(?:{_FLAT_VAL})(?!\S)")


def _flat_run(row: str, k: int, label_end: int = 0) -> tuple[str, list[str]] | None:
    """The label and the figures of a flattened row: the first run of k figures or more after a label
    (figures over a diff column stay in the run; text after the run is a notes column's). The label reaches
    at least `label_end` (a benchmark's name with its version: 'Terminal-Bench 2.0 67.9%')."""
    run: list[re.Match[str]] = []
    for m in [*_FLAT_TOKEN.finditer(row, label_end), None]:
        if m is not None and run and not row[run[-1].end() : m.start()].strip():
            run.append(m)
            continue
        if len(run) >= k and run[0].start() > 0 and row[: run[0].start()].strip():
            return row[: run[0].start()].strip(), [r.group() for r in run]
        run = [m] if m is not None else []
    return None


# columns after the names that compare them ('Benchmark A B Delta'): their cells are not the models'
_DIFF_WORD = r"(?:Delta|Δ|Change|Diff(?:erence)?|Gap|Spread|Winner|Improvement|Lead|Notes?|Uplift)"
# each may say what it compares in parentheses ('Delta (31B vs G3)')
_DIFF_COLS = re.compile(rf"(?:\s+{_DIFF_WORD}(?:\s*\([^()]{{0,30}}\))?)+\s*$", re.I)
_DIFF_WORD_RE = re.compile(rf"(?<!\S){_DIFF_WORD}(?![\w])", re.I)


_PAREN = re.compile(r"\([^()]*\)")


def _diff_count(diff: re.Match[str] | None) -> int:
    """How many comparison columns a header's tail names ('Delta (31B vs G3)' is one)."""
    return len(_DIFF_WORD_RE.findall(_PAREN.sub(" ", diff.group()))) if diff else 0


def _bench_label_end(sv: SegView) -> int:
    """Where a benchmark named at the start of a row ends, in the row's offsets (0 when none opens it)."""
    for r in sv.refs:
        if r.kind == "benchmark" and r.start - sv.seg.start <= 3:
            return r.end - sv.seg.start
    return 0


def flat_grids(view: DocView) -> list[LineGrid]:
    """Tables flattened to single spaces: a header line that is nothing but model (or benchmark) names, after
    an optional label word, then lines of a label followed by exactly one value per header name."""
    out: list[LineGrid] = []
    segs = view.segs
    text = view.text
    i = 0
    while i < len(segs):
        sv = segs[i]
        i += 1
        if sv.seg.kind not in ("line", "item", "sentence", "heading"):
            continue
        names = [r for r in sv.refs if r.kind in ("model", "benchmark") and r.via != "pronoun"]
        if not names or len({r.kind for r in names}) != 1:
            continue
        lead = text[sv.seg.start : names[0].start].strip()
        if len(names) < 2 and not (BENCH_CORNER.fullmatch(lead) or MODEL_HEADER.match(lead)):
            continue  # one name we know: only after a corner word ('Benchmark A-1 B-2', B-2 new)
        cells = [lead]
        covered = True
        spans: list[tuple[int, int]] = []
        diff = _DIFF_COLS.search(text, names[-1].end, sv.seg.end)
        head_end = diff.start() if diff else sv.seg.end
        extra = _diff_count(diff)
        for a, b in zip(names, [*names[1:], None], strict=True):
            end = b.start if b is not None else head_end
            cell = text[a.start : end].strip()
            rest = text[max(a.reach, a.end) : end]
            tail = rest.strip()
            if a.kind == "model" and _CAPITALISED.fullmatch(tail) and not GENERIC_COLUMN.fullmatch(tail):
                # a name we do not know after one we know ('Magistral Medium Magistral Small')
                cut = max(a.reach, a.end) + rest.index(tail)
                spans += [(a.start, cut), (cut, end)]
                cells += [text[a.start : cut].strip(), tail]
                continue
            # what follows a name in a header cell may only be its setting ('AIME 2025 pass@1', '(high)')
            if re.sub(r"\([^)]*\)", "", rest).strip() and not (
                a.kind == "benchmark" and SETTING_TAIL.fullmatch(rest)
            ):
                covered = False
            spans.append((a.start, end))
            cells.append(cell)
        if any(n.start < head_end and not any(st <= n.start < en for st, en in spans) for n in sv.numbers):
            continue
        if len(cells) < 3:
            continue
        if not covered or len(lead.split()) > 3 or re.search(r"[.:;!?]$", text[sv.seg.start : sv.seg.end]):
            continue
        rows, evs, j = _flat_rows(view, i, len(cells) - 1, extra)
        if rows:
            view.table_segs.add(i - 1)
            out.append((tuple(cells), rows, evs, sv.seg.start, segs[j - 1].seg.end, "flat_table"))
            i = j
    return out


def _flat_rows(
    view: DocView, i: int, k: int, extra: int = 0
) -> tuple[list[tuple[str, ...]], list[Evidence], int]:
    """The rows of a flattened table from segment `i` on: a label and k figures per line (`extra` more in
    columns that compare them); the rows, their evidence and the first segment after the table."""
    segs, text = view.segs, view.text
    rows: list[tuple[str, ...]] = []
    evs: list[Evidence] = []
    j = i
    para = segs[i - 1].seg.para
    while j < len(segs) and segs[j].seg.kind != "heading":
        row_text = text[segs[j].seg.start : segs[j].seg.end]
        found = _flat_run(row_text, k, _bench_label_end(segs[j]))
        if segs[j].seg.para != para and (found is None or segs[j].seg.para != para + 1):
            break  # rows ending in a note are paragraphs of their own: the table goes on while they parse
        para = segs[j].seg.para
        j += 1
        if found is None:
            continue  # no label, or a hole we cannot place
        label, vals = found
        if extra and len(vals) >= k + extra:
            vals = vals[: len(vals) - extra]
        label = (label + " " + " ".join(vals[: len(vals) - k])).strip()
        rows.append((label, *vals[len(vals) - k :]))
        view.table_segs.add(j - 1)
        evs.append(view.evidence(segs[j - 1].seg.start, segs[j - 1].seg.end))
    return rows, evs, j


def shaped_flat_grids(view: DocView, is_bench: Callable[[str], bool]) -> list[LineGrid]:
    """Flattened tables whose header names models we do not know ('Tarn-5 Tarn-4.7 Orbis V3.2 Kelp K2.5'):
    the rows below say how many columns there are (k figures after a label, the labels benchmarks), and the
    header is cut into k names at their versions (`name_runs.split_names`)."""
    out: list[LineGrid] = []
    segs, text = view.segs, view.text
    i = 0
    while i < len(segs) - 2:
        sv = segs[i]
        i += 1
        if i - 1 in view.table_segs or sv.seg.kind not in ("line", "heading"):
            continue
        head = text[sv.seg.start : sv.seg.end].strip()
        if any(r.kind == "benchmark" for r in sv.refs) or _flat_run(head, 2) is not None:
            continue  # a header of names holds no benchmark and no run of figures (versions stand alone)
        first = _flat_run(text[segs[i].seg.start : segs[i].seg.end], 2, _bench_label_end(segs[i]))
        if first is None or i in view.table_segs:
            continue
        diff = _DIFF_COLS.search(head)
        extra = _diff_count(diff)
        head = head[: diff.start()] if diff else head
        k = len(first[1]) - extra
        if k < 2:
            continue
        lead = ""
        corner = re.match(r"\S+\s+", head)
        if corner and BENCH_CORNER.fullmatch(corner.group().strip()):
            lead, head = corner.group().strip(), head[corner.end() :]
        names = split_names(head, k)
        if names is None:
            continue
        claimed = set(view.table_segs)
        rows, evs, j = _flat_rows(view, i, k, extra)
        if len(rows) < 2 or sum(1 for r in rows if is_bench(r[0])) * 2 < len(rows):
            view.table_segs.intersection_update(claimed)  # not a table after all: its lines stay prose
            continue  # the rows must be benchmarks: then the names across are the models
        view.table_segs.add(i - 1)
        out.append(
            ((lead or "Benchmark", *names), rows, evs, sv.seg.start, segs[j - 1].seg.end, "flat_table")
        )
        i = j
    return out
