"""Tables that text extraction left one cell per line, found by their shape rather than by the names in them:

- rows of a label and m value lines under m header lines (names we may not know, a setting line under a
  name, a name broken over two lines), section labels with no values between rows, a row with holes skipped,
  the next table where m text lines come again; a row may keep its values on its label line;
- tables whose every row is complete, read by their period: w header lines opening with a word that heads
  tables ('Model', '#', 'Benchmark'), then rows of w lines whose cells keep their kind column by column
  (leaderboards with rank and date columns, spec grids with sizes).

Each becomes the grid every other table shape becomes (header, rows, evidence), read by `tables.read_grid`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from extractors.facts import entities as ent
from extractors.facts.document import DocView
from extractors.facts.held_lines import LineOpening
from schema.records import Evidence

VALUE_CELL = re.compile(
    r"^(?:(?:\*\*)?[~<>≈]?[-+]?\$?(?:\d[\d,]*(?:\.\d+)?|\.\d+)\s*(?:%|pts|points|(?i:elo))?"
    # a spread or a range after the figure ('80.8 ± 1.2', '78.2–80.1'), bold and footnote markers
    r"(?:\s*(?:±|\+/-|[-–])\s*\d[\d,]*(?:\.\d+)?%?)?(?:\*\*)?[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]*"
    r"(?:\s*\([^)]{0,20}\))?|n/?a|N/?A|-|—|–|(?i:not (?:disclosed|reported|available)|undisclosed|tbd))$"
)
_ROW_VALUES = re.compile(r"^(?P<label>.*?\S)(?P<vals>(?:\s+(?:\d[\d,]*(?:\.\d+)?%?|n/a|N/A|—|–|-))+)\s*$")
MAX_CELL = 70
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


def text_lines(text: str) -> list[tuple[int, int]]:
    """Non-empty lines as (start, end) with surrounding white space trimmed; a new list each call."""
    return list(_page_lines(text))


# the line-table readers each ask for the page's lines (six times per article): split once per page
@lru_cache(maxsize=1)
def _page_lines(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(_split_lines(text))


def _split_lines(text: str) -> list[tuple[int, int]]:
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
    if not refs or len(cell) > MAX_CELL:
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

_SENTENCE_END = re.compile(r"[.!?]$")


def _tokens(cells: Sequence[str], taken: Sequence[bool]) -> list[_Token]:
    kinds = []
    for c, t in zip(cells, taken, strict=True):
        if t:
            kinds.append("prose")  # a line of a table the layout read (pipe or aligned columns)
        elif is_value(c):
            kinds.append("value")
        elif len(c) > MAX_CELL or (_SENTENCE_END.search(c) and len(c.split()) > 6):
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
        if j > i + 1 and all(NA_CELL.fullmatch(c) for c in cells[i + 1 : j]):
            out.append(("text", i, j - 1, cells[i], ()))  # a section row ('Agentic' / '-')
        elif j > i + 1:
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


_BARE_TIER = re.compile(rf"(?:{ent.TIERS})")


def _join_split_names(
    region: list[str], firsts: list[int], kind_of: Callable[[str], str | None]
) -> tuple[list[str], list[int]]:
    """Header names broken over two lines ('Claude' / 'Opus 4.6', 'Ambrose-2' / 'Mini'): two lines, one of
    which names nothing alone, are one cell when together they read as one model's name."""
    cells, at = [region[0]], [firsts[0]]
    for cell, first in zip(region[1:], firsts[1:], strict=True):
        joined = f"{cells[-1]} {cell}"
        alone = (
            kind_of(cell) and kind_of(cells[-1]) and not _BARE_TIER.fullmatch(cell)
        )  # 'Mini' joins its name
        section = cell in ent.VARIANTS  # a 'Reasoning' line under the names opens a section
        if not alone and not section and kind_of(joined) == "model" and len(joined) <= 50:
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
    lines = text_lines(text)
    cells = [text[s:e] for s, e in lines]
    spans = [(t.start, t.end) for t in view.tables]
    taken = [any(a <= s < b for a, b in spans) for s, _e in lines]
    tokens = _tokens(cells, taken)

    def kind_of(cell: str) -> str | None:
        return _whole_name(cell, refs_of(cell))

    # a sort control's arrow left on a line of its own in a leaderboard's header ('PPL', '▲'): no cell
    kept = [k for k, c in enumerate(cells) if not _GLYPH_LINE.fullmatch(c)]
    periodic = _periodic_grids(
        view, [lines[k] for k in kept], [cells[k] for k in kept], [taken[k] for k in kept], kind_of
    )
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


_GLYPH_LINE = re.compile(r"[↕↑↓▲▼△▽⇅⬍⇵]")


def _cell_type(cell: str) -> str:
    if NA_CELL.fullmatch(cell):
        return "-"
    return "v" if is_value(cell) else "t"


# the widest table read by its period: a board with a column per category of its test set runs to a dozen
# columns ('| Model | Size | six categories | Overall |')
_MAX_WIDTH = 14
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
    ('Model / Params / MMLU / VRAM') take this shape, a board with a column per category of its test set
    too (up to _MAX_WIDTH columns)."""
    types = [
        _cell_type(c) if len(c) <= MAX_CELL and not t else "x" for c, t in zip(cells, taken, strict=True)
    ]
    n = len(cells)
    cands: list[tuple[int, int, int, int]] = []  # (cells covered, header start, width, rows)
    for first in range(n):
        if types[first] != "t" or not _HEAD_WORD.match(cells[first]):
            continue
        for w in range(2, _MAX_WIDTH + 1):
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


_RANK_LINE = re.compile(r"#?(\d{1,3})\.?")
_FIRST_RANK = LineOpening(r"[ \t]*#?1\.?[ \t]*$", re.M)
_LETTER = re.compile(r"[^\W\d_]")


def ranked_records(view: DocView, refs_of: Callable[[str], list[ent.Mention]]) -> list[LineGrid]:
    """A leaderboard left one cell per line with no header, or one too short for its rows: records opened by
    a rank line counting up (1, 2, 3 …), each a few short cells (lab, name, a badge, the score, a price, a
    latency) whose count may vary. Each record gives a row of its rank, its name (the cell naming a model we
    know, else the last cell with letters before the score) and its score (its first figure). Read after
    every other reader of lines, on lines none of them took."""
    text = view.text
    if not _FIRST_RANK.in_text(text):
        return []
    lines = text_lines(text)
    cells = [text[s:e] for s, e in lines]
    spans = [(t.start, t.end) for t in view.tables]
    taken = [any(a <= s < b for a, b in spans) for s, _e in lines]

    def kind_of(cell: str) -> str | None:
        return _whole_name(cell, refs_of(cell))

    ranks = [
        (k, int(m.group(1)))
        for k, c in enumerate(cells)
        if not taken[k] and len(c) <= 4 and (m := _RANK_LINE.fullmatch(c))
    ]
    chains: list[list[int]] = []
    for i, (k, v) in enumerate(ranks):
        if i and v == ranks[i - 1][1] + 1 and 2 <= k - ranks[i - 1][0] <= 9:
            chains[-1].append(k)
        else:
            chains.append([k])
    out: list[LineGrid] = []
    for chain in chains:
        if len(chain) < 3:
            continue
        longest = max(b - a for a, b in itertools.pairwise(chain))
        ends = [*chain[1:], chain[-1] + longest]
        rows: list[tuple[str, ...]] = []
        evs: list[Evidence] = []
        last = chain[0]
        for a, b in zip(chain, ends, strict=True):
            rec: list[int] = []
            for k in range(a + 1, min(b, len(cells))):
                if taken[k] or len(cells[k]) > MAX_CELL or _RANK_LINE.fullmatch(cells[k]):
                    break
                rec.append(k)
            row = _record_row(cells, rec, kind_of)
            if row is None:
                break
            rows.append((cells[a], *row))
            evs.append(view.evidence(lines[a][0], lines[rec[-1]][1]))
            last = rec[-1]
        if len(rows) >= 3:
            out.append(
                (("#", "Model", "Score"), rows, evs, lines[chain[0]][0], lines[last][1], "ranked_records")
            )
    return out


def _record_row(
    cells: Sequence[str], rec: Sequence[int], kind_of: Callable[[str], str | None]
) -> tuple[str, str] | None:
    """(name, score) of one ranked record's cells, or None where it holds no figure or no name."""
    score = next((i for i, k in enumerate(rec) if is_value(cells[k]) and not NA_CELL.fullmatch(cells[k])), -1)
    if score < 1:
        return None
    named = [k for k in rec[:score] if kind_of(cells[k]) == "model"]
    lettered = [k for k in rec[:score] if _LETTER.search(cells[k]) and not is_value(cells[k])]
    name = named[0] if named else (lettered[-1] if lettered else -1)
    return (cells[name], cells[rec[score]]) if name >= 0 else None
