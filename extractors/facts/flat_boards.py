"""Boards flattened to single spaces whose rows carry words beside their figures: a header of an optional
rank column, the name corner, then column heads ('Rank Model Score (pass@1) Maker', '# Model Lab Access
Score'), then a line per entry of an optional place ('3', '3rd', '#3', '-'), its name, the cells of the word
columns and its figures ('4th Vexil 3 (high) 61.2% Quarnworks'). A row's place is only stepped over: this
reader gives scores, and a board's ranks are left to the rank readers (rank_lines and its kin).

What decides is the layout alone, never the names: the header's word columns are the heads that hold words
on every board (a maker, an organisation, a licence, an access or a status: board_columns.jsonl), the figure
columns are the other heads, and a row is one run of figures, as many as every other row's, between its
name and what its word columns after the figures say. Those word cells open on a word and run to the line's
end, figures and all ('66.0% Studio 9': '9' is the organisation's, not the score). Word columns the header
sets between the name and the figures are cut off the name's end: a maker we know or one of the access words
('Open', 'Closed'), else the row is not read. A name ending in a bare number keeps it: the figures a row has
beyond the board's width, before its figures, are its name's ('Quarn 4 58.1%': one figure column, so '4' is
the name's).

Not read: a header whose corner is no model's ('GPU', 'Dataset', 'Task', 'Language'), a table of prices
(a '$' figure ends the row: it is no figure), fewer than three rows. Each table becomes the grid every other
shape becomes, its figure columns under their heads (a generic 'Score' means the benchmark the page is about),
read by `tables.read_grid`.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from extractors.facts.board_grids import maker_names
from extractors.facts.cell_lines import LineGrid
from extractors.facts.document import DocView
from extractors.facts.entities import TIER_WORDS
from extractors.facts.patterns import kind_alternation, place_words
from extractors.facts.table_cells import MODEL_HEADER
from extractors.facts.table_columns import RANK_HEAD
from schema.records import Evidence

_TEXT_HEAD = re.compile(rf"(?i){kind_alternation('board_columns.jsonl', 'word_column')}")
_ACCESS = kind_alternation("board_columns.jsonl", "access", spaces=r"[\s-]")
# a header line opens on a rank head or on its corner, and a corner may open on any letter (MODEL_HEADER
# takes 'Open / Model'): what else a line opens on is no header's
_HEAD_OPENINGS = frozenset(
    c for w in place_words("rank_head") + place_words("row_counter") for c in (w[0].lower(), w[0].upper())
)
# a head and its note in parentheses ('Score (avg@5)'); a run of heads is split at the blanks outside them
_HEAD_TOKEN = re.compile(r"[^\s()]+(?:\s*\([^()]*\))?|\([^()]*\)")
_PLACE = re.compile(
    r"(?:#?\d{1,3}(?:st|nd|rd|th)?\.?|[-–—•*])\s+|[\U0001f947-\U0001f949]\s*"
)  # (medals: 1st to 3rd)
_FIGURE = re.compile(r"(?<!\S)[-+]?\d[\d,]*(?:\.\d+)?%?[*†‡]?(?!\S)")
_DASH_PLACE = re.compile(r"\s*[-–—]\s*")
# what may follow a row's figures: the word columns' cells, opening on a word ('Studio 9'), no price
_TAIL = re.compile(r"(?:\s+[^\W\d_][^|$€£]{0,60})?\s*")
_MIN_ROWS = 3
_MAX_LINE = 200


@cache
def _makers() -> tuple[str, ...]:
    """The makers we know (board_grids' list), longest first."""
    return tuple(sorted(maker_names(), key=len, reverse=True))


_ACCESS_END = re.compile(rf"(?i)\s+{_ACCESS}\s*$")
# a maker's cell after a name that ends in its version or size: one to three words and no figure
_AFTER_VERSION = re.compile(r"(?P<name>.*?\S*\d\S*)\s+(?P<maker>[^\W\d_][^\s\d]*(?:\s+[^\s\d]+){0,2})")


def _header(line: str) -> tuple[str, list[str], int, int, bool] | None:
    """(corner, figure column heads, word columns before them, word columns after them, whether a rank
    column opens it) of a board's header line, or None. The figure heads are the run of heads that are not
    word columns, one head each."""
    words = _HEAD_TOKEN.findall(line)
    if len(words) < 3:
        return None
    k = 1 if RANK_HEAD.match(words[0]) else 0
    corner = words[k]
    if len(words) > k + 1 and MODEL_HEADER.match(f"{corner} {words[k + 1]}"):
        corner, k = f"{corner} {words[k + 1]}", k + 1
    if not MODEL_HEADER.match(corner):
        return None
    kinds = [bool(_TEXT_HEAD.fullmatch(re.sub(r"\s*\([^()]*\)$", "", w))) for w in words[k + 1 :]]
    if any(_FIGURE.search(re.sub(r"\([^()]*\)", "", w)) for w in words[k + 1 :]):
        return None
    # word columns, then figure columns, then word columns: one run of figure heads
    first = next((i for i, t in enumerate(kinds) if not t), None)
    if first is None:
        return None
    last = max(i for i, t in enumerate(kinds) if not t)
    if not all(not t for t in kinds[first : last + 1]):
        return None
    if not any(kinds):
        return None  # no word column: another reader's (last_columns, flat_rows)
    heads = words[k + 1 :][first : last + 1]
    return corner, heads, first, len(kinds) - last - 1, k == 1


def _maker_tail(name: str, repeated: frozenset[str]) -> str | None:
    """The maker cell ending `name`: a maker we know, a tail ending two rows of the board or more, or the
    name's first word again (a maker named like its product line)."""
    words = name.split()
    for tail in (*_makers(), *sorted(repeated, key=len, reverse=True), words[0] if len(words) > 2 else ""):
        if tail and name.endswith(" " + tail) and len(name) > len(tail) + 1:
            return tail
    return None


def _cut_word_cells(name: str, n: int, known: frozenset[str], repeated: frozenset[str]) -> str | None:
    """The name left after `n` word cells are cut off its end (see the module's doc), or None when they
    cannot be told from it."""
    for _ in range(n):
        m = _ACCESS_END.search(name)
        if m is not None and m.start() > 0:
            name = name[: m.start()]
            continue
        maker = _maker_tail(name, repeated)
        if maker is not None:
            name = name[: -len(maker) - 1].rstrip()
            continue
        v = _AFTER_VERSION.fullmatch(name)
        if v is not None and v.group("maker").split()[0] not in TIER_WORDS:
            name = v.group("name")
            continue
        # a cell left empty: nothing to cut from a model the page names
        return name if any(name == k or name.startswith(k + " ") for k in known) else None
    return name if name.strip() else None


def _kind(figure: re.Match[str]) -> str:
    """A figure's kind: a share ('71.5%'), a decimal ('0.82') or a whole number."""
    return "share" if "%" in figure.group() else "decimal" if "." in figure.group() else "whole"


def _row(line: str, width: int, after: int) -> tuple[str, list[str]] | None:
    """The name with its word cells and the `width` figures of a row, or None when the line is no row of
    the board."""
    line = _PLACE.sub("", line, count=1) if _PLACE.match(line) else line
    figures = list(_FIGURE.finditer(line))
    if not figures:
        return None
    # the row's runs of figures (figures with only blanks between them)
    runs: list[list[re.Match[str]]] = []
    for m in figures:
        if runs and not line[runs[-1][-1].end() : m.start()].strip():
            runs[-1].append(m)
        else:
            runs.append([m])
    # the figures are the last run; with word columns after them, a run the words follow, and those words
    # take the line to its end, figures and all ('71.5% Studio 9'): the first such run (or the last run, its
    # word cells left empty) whose words hold no figure of its kind and no share or decimal (the score's)
    run = runs[-1]
    if after:
        worded = [r for r in runs[:-1] if _TAIL.fullmatch(line[r[-1].end() :])]
        run = next(
            (
                r
                for r in (*worded, run)
                if not any(
                    _kind(f) in ("share", "decimal", _kind(r[-1]))
                    for f in _FIGURE.finditer(line, r[-1].end())
                )
            ),
            run,
        )
    tail = line[run[-1].end() :]
    if (tail.strip() and not after) or not _TAIL.fullmatch(tail):
        return None
    if len(run) < width:
        return None
    name = line[: run[-width].start()].strip()
    if not name or not re.match(r"[^\W\d_]", name):
        return None
    return name, [m.group().rstrip("*†‡") for m in run[-width:]]


def _repeated_tails(names: list[str]) -> frozenset[str]:
    """The one- and two-word tails (no figure in them, no tier word) that end two of `names` or more."""
    counts = Counter(
        " ".join(words[-k:])
        for name in names
        for k in (1, 2)
        if len(words := _ACCESS_END.sub("", name).split()) > k
        and not any(c.isdigit() for c in " ".join(words[-k:]))
        and words[-k] not in TIER_WORDS
    )
    return frozenset(t for t, c in counts.items() if c >= 2)


def flat_board_grids(view: DocView) -> list[LineGrid]:
    """The flattened boards with word columns of a page (see the module's doc)."""
    out: list[LineGrid] = []
    segs, text = view.segs, view.text
    known = frozenset(m.surface for m in view.mentions if m.kind == "model" and m.surface)
    i = 0
    while i < len(segs) - _MIN_ROWS:
        sv = segs[i]
        i += 1
        if (
            i - 1 in view.table_segs
            or sv.seg.kind not in ("line", "heading", "sentence")
            or sv.seg.end - sv.seg.start > _MAX_LINE
            or not (text[sv.seg.start].isalpha() or text[sv.seg.start] in _HEAD_OPENINGS)
        ):
            continue
        head = _header(text[sv.seg.start : sv.seg.end].strip())
        if head is None:
            continue
        corner, heads, before, after, ranked = head
        width = len(heads)
        raw: list[tuple[str, list[str], int]] = []
        j = i
        while j < len(segs) and segs[j].seg.kind in ("line", "sentence", "item") and j not in view.table_segs:
            line = text[segs[j].seg.start : segs[j].seg.end].strip()
            row = _row(line, width, after) if len(line) <= _MAX_LINE else None
            if row is None:
                break
            # a line placed by a dash is a reference on a ranked board ('- Human panel 88%'), no model's
            opening = text[text.rfind("\n", 0, segs[j].seg.start) + 1 : segs[j].seg.start]
            if ranked and (_DASH_PLACE.fullmatch(opening) or _DASH_PLACE.match(line)):
                row = ("", [])
            raw.append((*row, j))
            j += 1
        repeated = _repeated_tails([name for name, _f, _j in raw]) if before else frozenset()
        rows: list[tuple[str, ...]] = []
        evs: list[Evidence] = []
        for name, figures, k in raw:
            if not name:
                continue
            # (a row whose name cannot be told from its word cells is passed over)
            if (cut := _cut_word_cells(name, before, known, repeated)) is not None:
                rows.append((cut, *figures))
                evs.append(view.evidence(segs[k].seg.start, segs[k].seg.end))
        if len(rows) >= _MIN_ROWS:
            view.table_segs.update(range(i - 1, j))
            out.append(((corner, *heads), rows, evs, sv.seg.start, segs[j - 1].seg.end, "flat_board"))
            i = j
    return out
