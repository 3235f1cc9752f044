"""Table rows whose cells text extraction glued together ('BenchmarkModel-A 480BModel-B 4.8Delta' over
'SWE-bench Verified68.4%74.6%+6.2 pp'): the header is split at the names we know (and where a version meets a
capital), a row where the figures after its label read as scores. Each becomes the grid every other table
shape becomes, so `tables.read_grid` reads it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from extractors.facts import entities as ent
from extractors.facts.cell_lines import LineGrid, text_lines
from extractors.facts.dates import date_in_cell
from extractors.facts.document import DocView
from extractors.facts.glued_names import SHAPED_NAME, cut_names, unproven_plain
from extractors.facts.mentions import GENERIC_COLUMN
from extractors.facts.table_cells import SETTING_TAIL
from extractors.facts.table_columns import ATTR_COLS
from schema.records import Evidence

# 'Benchmark', 'Fonctionnalité', or a short word in a script without capitals ('項目', '항목')
_CORNER = re.compile(r"[A-Z][^\W\d_]*(?:[ /()]+[^\W\d_]*){0,4}|[^\W\d_A-Za-z]{1,8}")
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
# a hyphen between a figure (or another empty cell) and the next figure: an empty cell glued between them
# ('80.8-77.8'), or a minus sign (a change column's '-3.1'); the row's width tells which
_HOLE = re.compile(r"(?:(?<=\.\d)|(?<=%)|(?<=[*†‡])|(?<=-))-(?=\d)")
# a line that holds two figures with nothing between them: the sign of a glued row
# (one class of both first characters, then which one it was: `re` skips to digits and periods at once, where
# an alternation opening on a class and a literal is tried at every position)
_GLUE = re.compile(r"[\d.](?:(?<=\d)\s?%[-+]?\d|(?<=\.)\d[-+]?\d{1,3}\.\d)")
# where a size ends and a glued word begins: 'Vale 4 26BVale 3' (the size's own letter stays: '26B')
_SIZE_SEAM = r"(?<=\d[BMKT])(?=[A-Z][a-z])"
# where two names glued in a header meet, not a size inside one ('E2B PT'): a small letter before a capital,
# a version's digit or a size before a capitalised word ('…4.6ThinkingGPT-5.4', 'Opus 4.5Name3.6',
# '…27BName3.5', 'SonnetName')
_NAME_SEAM = re.compile(rf"(?<=[a-z])(?=[A-Z])|(?<=\d)(?=[A-Z][a-z])|{_SIZE_SEAM}")
_SPACED_FIG = r"(?:\d{1,3}\.\d{1,2}\s?%?|\d{1,3}\s?%|—|–|-|N/A|n/a)"
# a row under a glued header whose own cells kept their spaces ('Aider Polyglot 41.0 63.2 70.4'): a label
# that opens on a letter, then two or more figures with one or two decimals (or percentages, or empty cells)
# to the line's end
_SPACED_ROW = re.compile(
    rf"(?P<label>[^\W\d_][^\n]{{0,60}}?[^\s\d.,:;%+-])(?P<figs>(?:[ \t]+{_SPACED_FIG}){{2,}})"
)


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


@cache
def _bench_spellings() -> frozenset[str]:
    """Every spelling of a benchmark we know, in lower case."""
    return frozenset(r.alias.lower() for r in ent.knowledge().records if r.kind == "benchmark")


def _is_version(label: str, fig: str) -> bool:
    """The first figure after a row's label is the label's version: one digit before its point ('2.0'), or
    the two together a benchmark we know ('Name 12.5'); a score ('44.0') is no version."""
    return bool(re.fullmatch(r"\d\.\d", fig)) or (
        bool(re.fullmatch(r"\d{1,2}\.\d", fig)) and f"{label} {fig}".lower() in _bench_spellings()
    )


def _spaced_row(row: str, k: int) -> tuple[str, list[str]] | None:
    """A row under a glued header whose cells kept their spaces: its label and exactly k figures, at least
    two of them figures (not empty cells), none over 100. A row with a figure more than the header has names
    is left, not shifted one model along, unless its first figure is the label's version."""
    m = _SPACED_ROW.fullmatch(row.strip())
    if m is None:
        return None
    label, vals = m.group("label").strip(), m.group("figs").split()
    if len(vals) == k + 1 and _is_version(label, vals[0]):
        label = f"{label} {vals.pop(0)}"  # a version ends the label ('Terminal-Bench 2.0')
    figures = [v for v in vals if v[0].isdigit()]
    if len(vals) != k or len(figures) < 2 or not all(float(v.rstrip("%")) <= 100 for v in figures):
        return None
    return label, vals


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
        holed = _HOLE.sub("—", rest)
        hrun = _GLUED_RUN.match(holed) if holed != rest else None
        if hrun is not None and hrun.end() == len(holed) and len(re.findall(_GLUED_FIG, hrun.group())) == k:
            rest, run = holed, hrun  # '72.7-63.3' under k names: an empty cell between two, not a minus
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
    r"(?i)[^\d\n]{0,30}?(?:param(?:eter)?s?|context[^\W\d_]*(?:\s+(?:window|length|size))?|kontext[^\W\d_]*|"
    r"konteks|contesto|上下文[^\W\d_]*)(?:\s*\([^()\d]{0,20}\))?"
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


# a glued row of release dates under a glued header ('Sortie19 fév. 2026Janv. 2026Déc. 2025',
# 'リリース日2025年11月2025年12月'): a release label, then one dated cell per model; a cell ends on its
# year, or opens on it where the year comes first ('2025年11月')
_RELEASE_HEAD = next(rx for rx, attr in ATTR_COLS if attr == "release_date")
_YEAR = re.compile(r"(?<!\d)20\d\d(?!\d)")
_YEAR_FIRST = re.compile(r"20\d\d年\d{1,2}月(?:\d{1,2}日)?")
_YEAR_LAST = re.compile(r"[^\n]+?(?<!\d)20\d\d(?!\d)")


def _glued_dates(row: str, k: int) -> tuple[str, list[str]] | None:
    """A glued row of k release dates after a release label: the label and the date cells."""
    for label, cells in _date_cuts(row):
        if len(cells) == k:
            return label, list(cells)
    return None


def _date_cuts(row: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Every way of reading a glued row as a release label and a run of whole date cells, label shortest
    first (a row whose width is not known yet is read once for every width, not once per width)."""
    out: list[tuple[str, tuple[str, ...]]] = []
    for cut in range(2, min(len(row), 30)):
        label, rest = row[:cut].strip(), row[cut:].strip()
        if not rest or not _RELEASE_HEAD.search(label):
            continue
        rx = _YEAR_FIRST if re.match(r"20\d\d年", rest) else _YEAR_LAST
        cells = tuple(m.group().strip() for m in rx.finditer(rest))
        whole = "".join(cells).replace(" ", "") == rest.replace(" ", "")
        if cells and whole and all(date_in_cell(c) for c in cells):
            out.append((label, cells))
    return tuple(out)


# a score row whose glued cells cannot be placed: a label, then glued figures fewer than the header has names
# (empty cells leave nothing when glued: 'Vale-Bench72.161.0' under five names) or a cell of two figures
# ('Vale-Bench 270.1 / 74.3 †61.0…'); the rows after it still line up with the header
_HOLED_ROW = re.compile(r"[^\W\d_][^\n]{0,60}?(?:\d\s?%[-+]?\d|\.\d[-+]?\d{1,3}\.\d)")


# two column words glued after the names ('…Name-4VerdictWhy It Matters'): a small letter, then a capitalised
# word, inside what would be the last name; text columns, not a model without a version
_WORDS_GLUED = re.compile(r"[a-z][A-Z][a-z]")
_CORNER_AT = re.compile(r"(?i)(?:benchmarks?|models?|tasks?|metrics?|evals?|evaluations?|categor(?:y|ies))")
# where two glued cells meet after a version number or a size: 'Wren-2Delta', 'Vireo-3Wren-2', 'Vale 4
# 26BVale 3' (a size's own letter stays: '26B')
_CELL_SEAM = re.compile(rf"(?<=[\d)])(?=[A-Z])(?![BMKT](?![a-z]))|{_SIZE_SEAM}")


CAPITALISED = re.compile(r"[A-Z][\w.-]*(?: [A-Z0-9][\w.-]*){1,3}")
_SIZE_PIECE = re.compile(r"\d+(?:\.\d+)?[A-Za-z]{0,2}")
_NAME_PIECE = re.compile(r"[A-Z][\w.+-]*\d[\w.+-]*(?: [\w.+-]+){0,3}")


# (a capitalised word after the hyphen too: 'Name-V3.1' then '-Terminus', the variant's own name)
# (a word's case never turns inside it: 'Name-3-swift' stops before a glued 'Qwen3-…')
# (a size and an active size too, 'Name3.5' then '-397B-A17B'; a minor version glued on: 'Name3', '.6-27B')
_ID_PART = rf"(?:{ent.SIZE}|\d+(?:\.\d+)?[KT])(?![a-z])"
_ID_TAIL = re.compile(
    rf"(?:\.\d+)?-(?:{_ID_PART}|[a-z][a-z0-9]*|[A-Z][a-z0-9]+)(?:-(?:{_ID_PART}|[a-z0-9]+|[A-Z][a-z0-9]+))*"
    r"|\.\d+(?![\d.])"
)
_NOTE_PIECE = re.compile(r"\([^()]{1,20}\)")  # a name's note ('Name 4 Scout (17Bx16E)')


def _glued_header(line: str, names: Sequence[str]) -> tuple[str, ...] | None:
    """A header whose cells were glued: a corner word, then names, one of them at least a name we know; the
    rest is cut where a version number meets a capital (a name we do not know, 'Wren-2'); words after the
    names are comparison columns ('Delta') and left out."""
    spans = _split_names(line, names)
    if not spans:
        return _shaped_header(line)
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
            last = (
                a == len(line)
                and CAPITALISED.fullmatch(piece)
                and not GENERIC_COLUMN.fullmatch(piece)
                and not _WORDS_GLUED.search(piece)
            )
            if not (_NAME_PIECE.fullmatch(piece) or _SHAPED_NAME.fullmatch(piece)) and not last:
                if a < len(line):
                    return None  # something other than a name between the names
                break  # comparison columns after the names ('Delta')
            cells.append(piece)
        if a < len(line):
            cells.append(line[a:b])
        pos = b
    if not corner[:1].isascii() and any(not c.isascii() for cell in cells for c in cell):
        return None  # under a corner in another script only Latin names are cut safely ('項目Name-3Name-4')
    return (corner, *cells) if len(cells) >= 2 else None


_SHAPED_NAME = re.compile(r"[A-Z][A-Za-z]+(?:[ -][A-Za-z]+)?[ -]\d{1,2}(?:\.\d{1,2})?(?:[ -][\w.]+){0,3}")


# a corner word in a script without capitals ('基准测试'), then a Latin name
_SCRIPT_CORNER = re.compile(r"[^\W\d_A-Za-z]{1,8}(?=[A-Z])")


def _shaped_header(line: str) -> tuple[str, ...] | None:
    """A glued header of names none of which we know ('BenchmarkVale 4 31BVale 4 26BVale 3 27BGain',
    'Vale3.5-27BVale3.5-90B'): a corner word (in any script, or none: the header opens on a name), then
    two or more names shaped as a family word, a version and at most a few words (sizes, tiers), cut where
    a capital follows a cell that holds its version (`glued_names`); last words that are no name are a
    comparison column
    ('Gain', 'Larger Models') and left out."""
    m = _CORNER_AT.match(line) or _SCRIPT_CORNER.match(line)
    corner = m.group() if m is not None else ""
    pieces = cut_names(line[len(corner) :])
    if not corner and not (pieces and SHAPED_NAME.fullmatch(pieces[0])):
        return None
    cells: list[str] = []
    for i, piece in enumerate(pieces):
        if SHAPED_NAME.fullmatch(piece) and not GENERIC_COLUMN.match(piece):
            cells.append(piece)
        elif i < len(pieces) - 1 or not piece.replace(" ", "").isalpha():
            return None
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
    seams = [m.start() for m in _NAME_SEAM.finditer(name)]
    return any(name[s:] in known or any(name[s:].startswith(k) for k in known if len(k) > 4) for s in seams)


def _shifted(corner: str, rows: Sequence[str], k: int) -> bool:
    """Columns glued to the corner before the names ('ModelParamsFunction Calling' over 'Name98.57%88.7…'):
    where a row holds more figures than there are names, some are those columns' and, a cell missing, the
    rest no longer line up with the names."""
    if not re.search(r"[a-z)][A-Z]", corner):
        return False
    for row in rows:
        run = _GLUED_RUN.search(_FIGURE_NOTE.sub("", row))
        if run is not None and len(re.findall(_GLUED_FIG, run.group())) > k:
            return True
    return False


# a corner of a label column and a metric column glued ('BenchmarkMetric', 'Task Metric')
_METRIC_CORNER = re.compile(r"(?i)(?:benchmarks?|tasks?|evals?|evaluations?)\s*metrics?")
# where a row's label meets its metric cell: the last small letter or digit before a capital that opens a
# word or a '@' count ('AceBench|Acc', 'AIME 2024|Avg@64', 'Verified|Single Patch'; never 'Multi|PL-E')
_METRIC_SEAM = re.compile(r"(?<=[a-z0-9])(?=[A-Z](?:[a-z]|\w*@))(?!.*[a-z0-9][A-Z](?:[a-z]|\w*@))")


def _metric_apart(label: str) -> str:
    """A row label with its metric cell glued on ('AceBenchAcc', 'SWE-bench VerifiedSingle Patch') under a
    corner that says so: the label, the metric in parentheses as its setting ('AceBench (Acc)')."""
    m = _METRIC_SEAM.search(label)
    if m is None:
        return label
    metric = re.sub(r"\s*[()]\s*", " ", label[m.start() :]).strip()
    return f"{label[: m.start()].strip()} ({metric})"


def glued_grids(view: DocView, names: Sequence[str]) -> list[LineGrid]:
    """Tables whose cells were glued: a header line that is a corner word and two or more names we know
    (models or benchmarks) without separators, maybe comparison columns after them, then rows of a label
    glued to one figure per name (more figures after them belong to the comparison columns)."""
    text = view.text
    lines = text_lines(text)
    out: list[LineGrid] = []
    cells = [text[s:e] for s, e in lines]
    glued = [
        bool(_GLUE.search(c) or _SIZE_GLUE.match(c))
        or (
            len(c) <= 120
            and _YEAR.search(c) is not None
            and any(2 <= len(dates) <= 5 for _label, dates in _date_cuts(c))
        )
        for c in cells
    ]
    # a header line with glued figures on one of the next three lines (a label and its description between)
    # (or rows of glued text cells first, then the figures)
    # (or a header whose names are glued over rows whose cells kept their spaces)
    spaced = [_SPACED_ROW.fullmatch(c) is not None for c in cells]
    starts = [
        i
        for i in range(len(cells) - 1)
        if len(cells[i]) <= 160
        and (
            any(glued[i + 1 : i + 4])
            or (_TEXT_ROW.match(cells[i + 1]) and any(glued[i + 1 : i + 10]))
            or (any(spaced[i + 1 : i + 4]) and _NAME_SEAM.search(cells[i]))
        )
    ]
    if not starts:
        return out
    # the page's names and the ones we know, longest first ('Claude Opus 4.5' before the page's 'Claude Opus')
    # (a page name with a known name glued inside it, 'ThinkingGPT-5.4', is the glue's, not a name)
    known = set(_known_names())
    # (nor is a bare size the page names alone, '27B': it would cut 'Name3.5-27B' in two)
    page = {
        n
        for n in names
        if len(n) >= 3
        and not (_NAME_SEAM.search(n) and _holds_known(n, known))
        and not _SIZE_PIECE.fullmatch(n)
    }
    ordered = sorted(page | known, key=len, reverse=True)
    i = 0
    for i0 in starts:
        if i0 < i:
            continue
        line = cells[i0]
        if " | " in line or not re.search(r"[a-z0-9)][A-Z]", line):
            continue
        # (a header the page's names cut wrongly may still be names by their shape alone)
        head = _glued_header(line, ordered) or _shaped_header(line)
        if head is None or unproven_plain(head[1:], view.article.text):
            continue
        k = len(head) - 1
        header = head
        # (two of its names written with nothing between them, not a camel-cased word: 'HellaSwag')
        glued_head = any(head[c] + head[c + 1] in line for c in range(1, k))
        # the page's own model in the first column: a row with one figure is its (the others left blank)
        own_first = view.focus is not None and _squash(head[1]) == _squash(view.focus)
        rows: list[tuple[str, ...]] = []
        evs: list[Evidence] = []
        j, end = i0 + 1, i0
        pending: list[int] = []  # label lines above a line of figures alone (a label, then its description)
        skipped = 0
        while j < len(lines) and len(cells[j]) <= 160:
            parsed = (
                _glued_row(cells[j], k, ordered)
                or _glued_sizes(cells[j], k)
                or _glued_dates(cells[j], k)
                or (_spaced_row(cells[j], k) if glued_head else None)
            )
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
                if not pending and skipped < 8 and _HOLED_ROW.match(cells[j]):
                    skipped += 1  # a row whose glued cells cannot be placed, not the table's end
                    j += 1
                    continue
                break
            rows.append((parsed[0], *parsed[1]))
            evs.append(view.evidence(lines[pending[0] if bare is not None else j][0], lines[j][1]))
            pending, end = [], j
            j += 1
        if rows and _shifted(head[0], [cells[k] for k in range(i0 + 1, end + 1)], k):
            rows = []  # (figures of columns glued to the corner: which cell a row lacks cannot be told)
        if _METRIC_CORNER.fullmatch(head[0]):
            rows = [(_metric_apart(r[0]), *r[1:]) for r in rows]
        if rows:
            out.append((header, rows, evs, lines[i0][0], lines[end][1], "glued_table"))
            i = end + 1
    return out
