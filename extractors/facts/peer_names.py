"""Names that stand where the page's sure models stand (issue #9: models never seen).

Discovery scores a name from the words around it; a board, a list or a sentence that compares models often
gives a new name no such word, only its place: it is coordinated with a model the page names surely ('A, B
and Name 2 tied at …', 'A scored 56% and Name 2 59%', the cells of a table's header 'Test | A | Name 2 |'),
or it heads a line shaped like the lines that a sure model heads (a ranked list, a table's rows, a board one
cell per line). A name discovery found below its
threshold that holds such a place is a peer of those models, so it is accepted as one; a list is one list, so
a peer makes its own coordinated neighbour a peer in turn ('A, B and Sure 5': B by Sure 5, then A by B). The
name must still be a candidate: the shapes' and the validator's refusals (benchmarks, glued cells, quantities)
stand.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# the gap between two coordinated names: an optional figure or parenthesis after the first ('A (61%), B',
# 'A at 88%, B', 'A scored 56% and B'), then a list separator in English, Chinese or Japanese
_COORD_GAP = re.compile(
    r"(?:[ \t]*\([^()\n]{0,30}\))?"
    r"(?:[ \t]+(?:[a-z]{2,10}[ \t]+)?(?:at[ \t]+)?[~≈]?\d[\d.,]*[ \t]*%?)?"
    # (a table's header row lists its columns' models between pipes: 'Test | Name-3 | Other 2.5 |')
    r"[ \t]*(?:[,;、，/&|]|[ \t](?:and|or|vs\.?|versus)[ \t])[ \t]*(?:(?:and|or)[ \t]+)?(?:the[ \t]+)?"
)
# what opens a list item or a table row before its name: blanks, a bullet, a rank, pipes and a rank cell
_LEAD = re.compile(
    r"[ \t]*(?P<sig>(?:[-*•·][ \t]+)?(?:#?\d{1,3}[.)]?[ \t]+)?(?:\|[ \t]*(?:#?\d{1,3}[ \t]*\|[ \t]*)?)?)"
    r"(?:\*\*)?"
)
# what may follow a name alone on its line (a board one cell per line): nothing, or its figure
_CELL_REST = re.compile(r"[ \t]*(?:[:|=–—-]?[ \t]*[~≈$]?\d[\d.,]*[ \t]*%?)?[ \t]*")
# a name cut short: another capitalised word or a hyphenated part after it ('Name 4.5 Verso', 'Name-3-VL')
_CUT = re.compile(r"[ \t]?(?:[A-Z][a-z]|-[A-Za-z0-9])")
# a score on a list item's line: a percentage or a decimal figure
_SCORE = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)?[ \t]?%|(?<![\w.])\d+\.\d+(?![\w.])")
# a cell that is a figure: a number, maybe with a unit letter or a percent sign ('61.0', '7B', '~9B', '45%')
_FIGURE_CELL = re.compile(r"(?:^|\|)[ \t]*[~≈$]?\d[\d.,]*[ \t]*(?:%|[KMBTkmbt])?[ \t]*(?:\||$)", re.M)
# the line under a header: cells of dashes (with alignment colons) between pipes
_SEPARATOR = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|")
# a body row's score cell: a decimal figure or a percentage, no currency sign
_SCORE_CELL = re.compile(r"\|[ \t]*[~≈]?(?:\d+[.,]\d+|\d+[ \t]*%)[ \t]*(?:\||$)")
_WINDOW = 12  # lines either side where a sibling line is looked for


def _list_gap(text: str, gap: re.Match[str]) -> bool:
    """A gap between two names coordinates them; one across a pipe only on a table's header row, whose cells
    hold no figure (a body row's cells are a name and its figures: '| Name-3 | 7B | 61.0 |')."""
    if "|" not in gap.group():
        return True
    start, end = _line_of(text, gap.start())
    if _FIGURE_CELL.search(text, start, end) is not None or _SEPARATOR.match(text, end + 1) is None:
        return False
    # the columns are models where the rows under the separator give them scores ('| Quarry | 61.0 | 58.2 |'),
    # not prices or plain words (a table of apps: '| Price | Free | $10 |')
    body = text[end + 1 :].split("\n", 5)[1:5]
    return any(_SCORE_CELL.search(row) for row in body)


def _line_of(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, end if end >= 0 else len(text)


def _shape(lead: re.Match[str]) -> str:
    """What opens a line, as a shape: blanks as one space, numbers as '9' ('- 12. |' and '- 3. |' alike)."""
    return re.sub(r"\d+", "9", re.sub(r"[ \t]+", " ", lead.group("sig"))).strip()


def _signature(text: str, start: int, at: int, end: int, line_end: int) -> str | None:
    """The shape of what opens a line before the name at `at` (bullet, rank, pipes), or None where the name
    does not open it; a bare line qualifies only as a short cell (a board written one cell per line)."""
    lead = _LEAD.fullmatch(text, start, at)
    if lead is None:
        return None
    sig = _shape(lead)
    if not sig and _CELL_REST.fullmatch(text, end, line_end) is None:
        return None
    return sig


def _heads(text: str, spans: Iterable[tuple[int, int]]) -> dict[int, tuple[int, str]]:
    """Line start -> (line number, signature) of each line a sure model's name opens."""
    out: dict[int, tuple[int, str]] = {}
    for s, e in spans:
        start, end = _line_of(text, s)
        sig = _signature(text, start, s, e, end)
        if sig is not None:
            out[start] = (text.count("\n", 0, start), sig)
    return out


def _one_run(lines: list[str], a: int, b: int, sig: str) -> bool:
    """Lines a and b belong to one list or board: every line between opens the same way (a list's items, a
    table's rows), or, for a board one cell per line, every line between is a short cell."""
    between = lines[min(a, b) + 1 : max(a, b)]
    if not sig:
        return all(len(x.strip()) <= 40 for x in between)
    return all((lead := _LEAD.match(x)) is not None and _shape(lead) == sig for x in between)


def peer_names(
    text: str,
    weak: dict[str, list[tuple[int, int]]],
    sure: list[tuple[int, int]],
) -> dict[str, tuple[int, int] | None]:
    """The weak names (name -> its spans) that a sure model's span (`sure`) makes peers: coordinated with one
    in a list (name -> that span), or opening a line shaped like two lines near it that sure models open
    (name -> None)."""
    if not weak or not sure:
        return {}
    starts = {s: (s, e) for s, e in sure}
    ends = {e: (s, e) for s, e in sure}
    heads = _heads(text, sure)
    lines = text.split("\n")
    out: dict[str, tuple[int, int] | None] = {}
    while True:
        # a list is one list: a peer coordinated with a sure model makes its own coordinated neighbour a
        # peer too ('A, B and Sure 5': B by Sure 5, then A by B), as far as the list runs
        found = _round(text, weak, out, starts, ends, heads, lines)
        if not found:
            return out
        for name, beside in found.items():
            out[name] = beside
            for s, e in weak[name]:
                span = beside if beside is not None else (s, e)
                starts.setdefault(s, span)
                ends.setdefault(e, span)


def _round(
    text: str,
    weak: dict[str, list[tuple[int, int]]],
    done: dict[str, tuple[int, int] | None],
    starts: dict[int, tuple[int, int]],
    ends: dict[int, tuple[int, int]],
    heads: dict[int, tuple[int, str]],
    lines: list[str],
) -> dict[str, tuple[int, int] | None]:
    """One pass over the weak names not yet peers: those the current sure spans make peers."""
    sure = list(starts.values())
    out: dict[str, tuple[int, int] | None] = {}
    for name, spans in weak.items():
        if name in done:
            continue
        # the short form of a longer name the page names surely ('Name-3-VL-9B' of 'Name-3-VL-9B-A1B') is left
        # to the short-form readers
        if any(text.startswith(name, s) and _CUT.match(text, s + len(name)) for s, _e in sure):
            continue
        # a sentence's opening word the page also writes in lower case ('Covers 6 domains', 'Average A4 page')
        first = re.match(r"[A-Z][a-z]+\b", name)
        if first is not None and re.search(rf"\b{first.group().lower()}\b", text):
            continue
        for s, e in spans:
            if _CUT.match(text, e):
                continue
            after = _COORD_GAP.match(text, e)
            if after is not None and after.end() in starts and _list_gap(text, after):
                out[name] = starts[after.end()]
                break
            before = [
                ends[end]
                for end in ends
                if s - 60 < end < s
                and (m := _COORD_GAP.match(text, end)) is not None
                and m.end() == s
                and _list_gap(text, m)
            ]
            if before:
                out[name] = before[0]
                break
            start, end = _line_of(text, s)
            sig = _signature(text, start, s, e, end)
            if sig is None:
                continue
            if sig and not _SCORE.search(text, e, end):
                continue  # a list item gives its own figure ('- Name 2 leads (61.2%)'), not a count of things
            line_no = text.count("\n", 0, start)
            siblings = [
                n
                for n, g in heads.values()
                if g == sig
                and n != line_no
                and abs(n - line_no) <= _WINDOW
                and _one_run(lines, line_no, n, sig)
            ]
            if len(siblings) >= 2:
                out[name] = None
                break
    return out
