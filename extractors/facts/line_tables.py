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
from functools import cache

from extractors.facts import entities as ent
from extractors.facts.document import DocView
from extractors.facts.mentions import GENERIC_COLUMN
from extractors.facts.table_cells import SETTING_TAIL
from schema.records import Evidence

VALUE_CELL = re.compile(
    r"^(?:(?:\*\*)?[~<>≈]?[-+]?\$?\d[\d,]*(?:\.\d+)?\s*(?:%|pts|points)?"
    # a spread or a range after the figure ('80.8 ± 1.2', '78.2–80.1'), bold and footnote markers
    r"(?:\s*(?:±|\+/-|[-–])\s*\d[\d,]*(?:\.\d+)?%?)?(?:\*\*)?[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]*"
    r"(?:\s*\([^)]{0,20}\))?|n/?a|N/?A|-|—|–|(?i:not (?:disclosed|reported|available)|undisclosed|tbd))$"
)
_ROW_VALUES = re.compile(r"^(?P<label>.*?\S)(?P<vals>(?:\s+(?:\d[\d,]*(?:\.\d+)?%?|n/a|N/A|—|–|-))+)\s*$")
_MAX_CELL = 70
# (header, rows, evidence per row, start, end, method) of a table found in the lines of the text
LineGrid = tuple[tuple[str, ...], list[tuple[str, ...]], list[Evidence], int, int, str]
_NAME_TAIL = re.compile(r"(?i)(?:pass|cons|maj|avg)@\d+|\d+-shot|[a-z-]+ effort|thinking|reasoning")
# a header line that only states the setting of the name above it ('(Thinking)', 'Pass@1', 'high')
_SETTING_LINE = re.compile(
    r"(?i)\(?(?:(?:pass|cons|maj|avg|best|mean)@\d+|\d+-shot|zero-shot|few-shot|(?:with|without|no) tools|"
    r"(?:x?high|medium|low|minimal|max)(?: effort)?|(?:non-?|no )?thinking|reasoning|cot)\)?|\([^()]{1,30}\)"
)
_CORNER_WORD = re.compile(
    r"(?i)\b(?:benchmarks?|models?|metrics?|tasks?|evals?|evaluations?|categor(?:y|ies)|tests?)\b"
)


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


# a line of a one-cell-per-line table: ('text', first, last, cell), ('row', first, last, label, values),
# ('inline', i, i, label, values) (a row on one line), ('prose', i, i, ''), ('stray', i, i, '') (a value with
# no label)
_Token = tuple[str, int, int, str, tuple[str, ...]]


def _tokens(cells: Sequence[str], taken: Sequence[bool]) -> list[_Token]:
    kinds = []
    for c, t in zip(cells, taken, strict=True):
        if t:
            kinds.append("prose")  # a line of a table the layout read (pipe or aligned columns)
        elif is_value(c):
            kinds.append("value")
        elif len(c) > _MAX_CELL or (re.search(r"[.!?]$", c) and len(c.split()) > 6):
            kinds.append("prose")
        else:
            kinds.append("text")
    out: list[_Token] = []
    i, n = 0, len(cells)
    while i < n:
        kind = kinds[i]
        if kind != "text":
            out.append((kind if kind == "prose" else "stray", i, i, "", ()))
            i += 1
            continue
        j = i + 1
        while j < n and kinds[j] == "value":
            j += 1
        if j > i + 1:
            out.append(("row", i, j - 1, cells[i], tuple(cells[i + 1 : j])))
        elif (inline := _ROW_VALUES.match(cells[i])) is not None and len(inline.group("vals").split()) >= 2:
            out.append(("inline", i, i, inline.group("label"), tuple(inline.group("vals").split())))
        elif out and out[-1][0] == "text" and _SETTING_LINE.fullmatch(cells[i]):
            prev = out[-1]
            out[-1] = ("text", prev[1], i, f"{prev[3]} {cells[i]}", ())  # a setting under its name
        else:
            out.append(("text", i, i, cells[i], ()))
        i = j
    return out


def _join_split_names(
    region: list[str], firsts: list[int], kind_of: Callable[[str], str | None]
) -> tuple[list[str], list[int]]:
    """Header names broken over two lines ('Claude' / 'Opus 4.6', 'Ambrose-2' / 'Mini'): two lines, one of
    which names nothing alone, are one cell when together they read as one model's name."""
    cells, at = [region[0]], [firsts[0]]
    for cell, first in zip(region[1:], firsts[1:], strict=True):
        joined = f"{cells[-1]} {cell}"
        if not (kind_of(cell) and kind_of(cells[-1])) and kind_of(joined) == "model" and len(joined) <= 50:
            cells[-1] = joined
        else:
            cells.append(cell)
            at.append(first)
    return cells, at


def _pick_header(region: Sequence[str], m: int, kind_of: Callable[[str], str | None]) -> int | None:
    """Where the m header cells start among the text lines before a table's first row: the window holding
    the most names we know (a corner label may stand before it, a section label after it)."""
    if len(region) < m:
        return None
    best, best_at = -1, None
    for at in range(len(region) - m, -1, -1):
        window = region[at : at + m]
        if any(len(c) > 50 for c in window):
            continue
        corner = 1 if at and _CORNER_WORD.search(region[at - 1]) else 0
        score = 2 * sum(1 for c in window if kind_of(c)) + corner
        if score > best:
            best, best_at = score, at
    return best_at if best > 1 else None  # a name we know among the header cells


def cell_line_grids(
    view: DocView,
    refs_of: Callable[[str], list[ent.Mention]],
    prime: Callable[[list[str]], None],
) -> list[LineGrid]:
    """Each one-cell-per-line table in the text, found by its shape: rows of a label and m value lines under
    m header lines (names we may not know, each maybe with a setting line under it), section labels with no
    values between rows, a row with holes skipped, and the next table where m text lines come again."""
    text = view.text
    lines = _lines(text)
    cells = [text[s:e] for s, e in lines]
    spans = [(t.start, t.end) for t in view.tables]
    taken = [any(a <= s < b for a, b in spans) for s, _e in lines]
    tokens = _tokens(cells, taken)

    def kind_of(cell: str) -> str | None:
        return _whole_name(cell, refs_of(cell))

    periodic = _periodic_grids(view, lines, cells, taken, kind_of)
    wide = [k for k, t in enumerate(tokens) if len(t[4]) >= 2]
    if not wide or sum(len(t[4]) for t in tokens) < 4:
        return periodic
    near = {j for k in wide for j in range(max(0, k - 12), k + 1)}  # the lines a header could be on
    prime([tokens[j][3] for j in sorted(near) if tokens[j][0] in ("text", "row", "inline")])

    out: list[LineGrid] = []
    t = 0
    while t < len(tokens):
        first = tokens[t]
        m = len(first[4])
        if first[0] == "inline":  # a number in a name ('Opus 4.6 87.0% 90.1%'): the fewest values of the run
            u = t
            while u < len(tokens) and tokens[u][0] == "inline":
                m = min(m, len(tokens[u][4]))
                u += 1
        if first[0] not in ("row", "inline") or m < 2:
            t += 1
            continue
        r0 = t
        while r0 > 0 and tokens[r0 - 1][0] == "text":
            r0 -= 1
        region = [tk[3] for tk in tokens[r0:t]]
        firsts = list(range(r0, t))  # the token each region cell starts at
        if len(region) > m:
            region, firsts = _join_split_names(region, firsts, kind_of)
        at = _pick_header(region, m, kind_of)
        if at is None:
            t += 1
            continue
        head = region[at : at + m]
        corner = region[at - 1] if at else ""
        rows: list[tuple[str, ...]] = []
        evs: list[Evidence] = []
        p, misses, last = t, 0, t
        while p < len(tokens) and misses < 2:
            tk = tokens[p]
            if tk[0] == "prose":
                break
            if tk[0] == "text":
                q = p
                while q < len(tokens) and tokens[q][0] == "text":
                    q += 1
                nxt = tokens[q] if q < len(tokens) else None
                if nxt is not None and nxt[0] in ("row", "inline") and q - p < min(m, len(nxt[4])):
                    p = q  # section labels ('Code', 'Math') before the next row
                    continue
                break  # the header of the next table
            if tk[0] in ("row", "inline") and (len(tk[4]) == m or (tk[0] == "inline" and len(tk[4]) > m)):
                extra = tk[4][: len(tk[4]) - m]
                rows.append((" ".join((tk[3], *extra)), *tk[4][len(extra) :]))
                evs.append(view.evidence(lines[tk[1]][0], lines[tk[2]][1]))
                misses, last = 0, p
            else:
                misses += 1  # a row with holes we cannot place, or a stray value
            p += 1
        known = sum(1 for c in head if kind_of(c)) + sum(1 for r in rows if kind_of(r[0]))
        if rows and known >= 2:
            start = lines[tokens[firsts[at]][1]][0]
            out.append(((corner, *head), rows, evs, start, lines[tokens[last][2]][1], "cell_lines"))
            t = last + 1
        else:
            t += 1
    # where both readers found a table on the same lines, the one that places more cells wins
    chosen: list[LineGrid] = []
    for g in sorted(out + periodic, key=lambda g: -sum(len(r) for r in g[1])):
        if not any(g[3] <= c[4] and c[3] <= g[4] for c in chosen):
            chosen.append(g)
    return sorted(chosen, key=lambda g: g[3])


def _cell_type(cell: str) -> str:
    if NA_CELL.fullmatch(cell):
        return "-"
    return "v" if is_value(cell) else "t"


NA_CELL = re.compile(r"(?i)-|—|–|n/?a|tbd|\?|not (?:disclosed|reported|available)|undisclosed")
_HEAD_WORD = re.compile(
    r"(?i)^(?:#|rank(?:ing)?|no\.?|models?|model name|name|system|benchmarks?|tasks?|metrics?|evals?|"
    r"scores?)$"
)


def _periodic_grids(
    view: DocView,
    lines: Sequence[tuple[int, int]],
    cells: Sequence[str],
    taken: Sequence[bool],
    kind_of: Callable[[str], str | None],
) -> list[LineGrid]:
    """Tables left one cell per line with every row complete: w header lines, then rows of w lines whose
    cells keep their kind column by column (figures in the figure columns, text such as a name, a size or a
    date in the others; '-' fits either). The header holds no figure and opens with a word that heads
    tables ('Model', '#', 'Benchmark'); the width that covers most lines wins. Leaderboards and spec grids
    ('Model / Params / MMLU / VRAM') take this shape."""
    types = [
        _cell_type(c) if len(c) <= _MAX_CELL and not t else "x" for c, t in zip(cells, taken, strict=True)
    ]
    n = len(cells)
    cands: list[tuple[int, int, int, int]] = []  # (cells covered, header start, width, rows)
    for first in range(n):
        if types[first] != "t" or not _HEAD_WORD.match(cells[first]):
            continue
        for w in range(2, 9):
            if first + w > n or types[first + w - 1] != "t":
                break  # the header holds no figure
            sig = types[first + w : first + 2 * w]
            if len(sig) < w or "v" not in sig or "x" in sig:
                continue
            rows, p = 0, first + w
            while p + w <= n:
                chunk = types[p : p + w]
                if "x" in chunk or any(a != b and "-" not in (a, b) for a, b in zip(chunk, sig, strict=True)):
                    break
                sig = [b if a == "-" else a for a, b in zip(sig, chunk, strict=True)]
                rows, p = rows + 1, p + w
            # a column headed by a benchmark we know holds figures ('GPQA Diamond' over '48.4%', not names)
            named = [j for j in range(1, w) if kind_of(cells[first + j]) == "benchmark"]
            if rows >= 2 and all(sig[j] != "t" for j in named):
                cands.append((rows * w, first, w, rows))
    out: list[LineGrid] = []
    used: list[tuple[int, int]] = []
    for _cov, first, w, rows in sorted(cands, key=lambda c: (-c[0], c[2])):
        end = first + w * (rows + 1)
        if any(first < b and a < end for a, b in used):
            continue
        used.append((first, end))
        body = [tuple(cells[first + w * (k + 1) : first + w * (k + 2)]) for k in range(rows)]
        evs = [
            view.evidence(lines[first + w * (k + 1)][0], lines[first + w * (k + 2) - 1][1])
            for k in range(rows)
        ]
        out.append(
            (tuple(cells[first : first + w]), body, evs, lines[first][0], lines[end - 1][1], "cell_lines")
        )
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
# one figure of a glued row: a percentage, or a figure with one decimal ('80.8%', '68.5')
_GLUED_FIG = r"[-+]?(?:\d{1,3}(?:\.\d+)?%|\d{1,3}\.\d(?!%))|Not disclosed|N/A|n/a|—|–"
_GLUED_RUN = re.compile(rf"(?:{_GLUED_FIG}){{2,}}")
# a line that holds two figures with nothing between them: the sign of a glued row
_GLUE = re.compile(r"\d%[-+]?\d|\.\d[-+]?\d{1,3}\.\d")


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
    vals = re.findall(_GLUED_FIG, run.group())[:k]  # (more figures are a change column's: '+329%')
    figures = [v for v in vals if v[-1].isdigit() or v[-1] == "%"]
    if len(vals) < k or not all(abs(float(v.rstrip("%"))) <= 100 for v in figures):
        return None
    return vals


def _glued_row(row: str, k: int, names: Sequence[str]) -> tuple[str, list[str]] | None:
    """A row whose label and figures were glued ('Opus 4.680.8%91.3%', 'GPQA Diamond80.1%'): the label a
    known name opens it with, else the shortest label after which the rest reads as k figures or more, none
    over 100 ('Vireo-3' + '72.4%', never 'Vireo-' + '372.4%'); text after the figures is left. A cut that
    leaves exactly k cells wins over the known name's ('Terminal-bench 2.0' + four cells, not 'Terminal-bench'
    + '2.0' and four)."""
    known = max((n for n in names if row.startswith(n)), key=len, default=None)
    cuts = [len(known)] if known else []
    cuts += [c for c in range(1, len(row)) if row[c].isdigit() or row[c] in "+-"]
    found: list[tuple[str, list[str]]] = []
    for cut in cuts:
        label = row[:cut].strip()
        rest = row[cut:].strip()
        run = _GLUED_RUN.match(rest)
        if (
            not re.search(r"[A-Za-z]", label)
            or label[-1] in ".-+ "
            or run is None
            or re.match(r"[\d.%]", rest[run.end() :])
        ):
            continue  # (text after the figures is a comparison column's: '+6.2 pp Opus')
        vals = re.findall(_GLUED_FIG, run.group())
        figures = [v for v in vals if v[-1].isdigit() or v[-1] == "%"]
        if len(vals) >= k and len(figures) >= 2 and all(abs(float(v.rstrip("%"))) <= 100 for v in figures):
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


_CORNER_AT = re.compile(r"(?i)(?:benchmarks?|models?|tasks?|metrics?|evals?|evaluations?|categor(?:y|ies))")
# where two glued cells meet after a version number: 'Wren-2Delta', 'Vireo-3Wren-2'
_CELL_SEAM = re.compile(r"(?<=[\d)])(?=[A-Z])")


_CAPITALISED = re.compile(r"[A-Z][\w.-]*(?: [A-Z0-9][\w.-]*){1,3}")
_SIZE_PIECE = re.compile(r"\d+(?:\.\d+)?[A-Za-z]{0,2}")
_NAME_PIECE = re.compile(r"[A-Z][\w.+-]*\d[\w.+-]*(?: [\w.+-]+){0,3}")


def _glued_header(line: str, names: Sequence[str]) -> tuple[str, ...] | None:
    """A header whose cells were glued: a corner word, then names, one of them at least a name we know; the
    rest is cut where a version number meets a capital (a name we do not know, 'Wren-2'); words after the
    names are comparison columns ('Delta') and left out."""
    spans = _split_names(line, names)
    if not spans:
        return None
    corner = line[: spans[0][0]]
    if not _CORNER.fullmatch(corner):
        m = _CORNER_AT.match(line)
        if m is None:
            return None
        corner = m.group()
    cells: list[str] = []
    pos = len(corner)
    for a, b in [*spans, (len(line), len(line))]:
        gap = line[pos:a].strip()
        for piece in [gap] if _SIZE_PIECE.fullmatch(gap) else _CELL_SEAM.split(gap) if gap else []:
            piece = piece.strip()
            if not piece:
                continue
            if cells and (SETTING_TAIL.fullmatch(piece) or _SIZE_PIECE.fullmatch(piece)):
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


def _holds_known(name: str, known: set[str]) -> bool:
    seams = [m.end() - 1 for m in re.finditer(r"[a-z][A-Z]", name)]
    return any(name[s:] in known or any(name[s:].startswith(k) for k in known if len(k) > 4) for s in seams)


def glued_grids(view: DocView, names: Sequence[str]) -> list[LineGrid]:
    """Tables whose cells were glued: a header line that is a corner word and two or more names we know
    (models or benchmarks) without separators, maybe comparison columns after them, then rows of a label
    glued to one figure per name (more figures after them belong to the comparison columns)."""
    text = view.text
    lines = _lines(text)
    out: list[LineGrid] = []
    cells = [text[s:e] for s, e in lines]
    glued = [bool(_GLUE.search(c)) for c in cells]
    # a header line with glued figures on one of the next three lines (a label and its description between)
    starts = [i for i in range(len(cells) - 1) if any(glued[i + 1 : i + 4]) and len(cells[i]) <= 160]
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
        rows: list[tuple[str, ...]] = []
        evs: list[Evidence] = []
        j, end = i0 + 1, i0
        pending: list[int] = []  # label lines above a line of figures alone (a label, then its description)
        while j < len(lines) and len(cells[j]) <= 160:
            parsed = _glued_row(cells[j], k, ordered)
            bare = _bare_figures(cells[j], k) if parsed is None and pending else None
            if bare is not None:
                parsed = (cells[pending[0]], bare)
            elif parsed is None:
                if len(pending) < 2 and len(cells[j]) <= 80 and not _GLUE.search(cells[j]):
                    pending.append(j)
                    j += 1
                    continue
                break
            rows.append((parsed[0], *parsed[1]))
            evs.append(view.evidence(lines[pending[0] if pending else j][0], lines[j][1]))
            pending, end = [], j
            j += 1
        if rows:
            out.append((header, rows, evs, lines[i0][0], lines[end][1], "glued_table"))
            i = end + 1
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
