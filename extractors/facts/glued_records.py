"""Leaderboard rows whose cells text extraction glued together or flattened to single spaces, under a header
of column words ('#ModelProviderScore', 'Rank Model Score Date'): each row a place, a model's name, maybe a
word or two (its maker, its licence), then the model's figure ('3Tarn-2 MiniQuill Labs1412').

The header says which cell holds what; a row is cut by it: the place its digits (or a medal), the model the
longest name we know (or the page names) at that point, past a maker's prefix ('Quill: Tarn-2'), the score
the first figure after the words between, a trailing date or more words left to their own columns. Each
table becomes a grid of its place, model and score columns, read by `tables.read_grid` like any other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from extractors.facts import entities as ent
from extractors.facts.cell_lines import LineGrid, text_lines
from extractors.facts.document import DocView
from extractors.facts.grids import headed
from extractors.facts.patterns import place_words, word_alternation
from extractors.facts.table_cells import MODEL_HEADER, cell_refs
from extractors.facts.table_columns import ATTR_COLS, RANK_HEAD, SCORE_HEAD
from schema.records import Evidence

# where two glued header words meet: a small letter or '#' before a capital
_WORD_SEAM = re.compile(r"(?<=[a-z#])(?=[A-Z])|\s+")
_HEAD_WORD = re.compile(r"#|[A-Z][a-z]{1,15}|[A-Z]{2,5}")
# a place: digits or a medal, before the name
_PLACE = re.compile(r"\s*(?:[🥇🥈🥉]|#?\d{1,3}\.?)\s*(?=\D)")
# a maker's prefix before the name ('Quill: ', 'Fen AI / ')
_MAKER = re.compile(r"[A-Z][\w.-]*(?: [A-Z][\w.-]*)?\s*[:/]\s*")
_FIGURE = re.compile(r"\s*(?P<val>\d{1,4}(?:[.,]\d{1,2})?\s?%?)(?![\d.,])")
_LAST_FIGURE = re.compile(r"(?<![\d.,])(?P<val>\d{1,4}(?:[.,]\d{1,2})?\s?%?)\s*$")


def figure_columns(*kinds: str) -> tuple[str, ...]:
    """The head words of a column of figures that are no score: a size, a price, a time, a speed
    (place_words.jsonl, kinds 'size_column' and 'figure_column'), and the words of `kinds` beside them."""
    return tuple(w for kind in ("size_column", "figure_column", *kinds) for w in place_words(kind))


# a column of figures that are no score (a size, a price, a speed; with a count of tasks passed): between the
# name and the score, which figure is the score's cannot be told
_FIGURE_COLUMN = re.compile("(?i)" + word_alternation(figure_columns("count_column")))
# what may stand on a line before the benchmark it opens on
_OPENS = re.compile(r"\s*(?:(?:The|A|An)\s+(?:[A-Z][\w-]*\s+)?)?")
# a trailing date of another column ('2026-03', '2026-05-27'), cut before the figure is read
_TAIL_DATE = re.compile(r"\s*20\d{2}-\d{2}(?:-\d{2})?\s*$")


@cache
def _model_names() -> tuple[str, ...]:
    recs = ent.knowledge().records
    return tuple(r.alias for r in recs if r.kind == "model" and len(r.alias) >= 2)


def _header(line: str) -> tuple[str, ...] | None:
    """A header of three to eight column words, one of them the model's, one the score's, none a figure."""
    if len(line) > 90 or re.search(r"\d", line):
        return None
    words = tuple(w for w in _WORD_SEAM.split(line.strip()) if w)
    if not 3 <= len(words) <= 8 or not all(_HEAD_WORD.fullmatch(w) for w in words):
        return None
    models = sum(1 for w in words if MODEL_HEADER.match(w))
    if models != 1 or sum(1 for w in words if SCORE_HEAD.search(w)) != 1:
        return None
    model_at = next(i for i, w in enumerate(words) if MODEL_HEADER.match(w))
    score_at = next(i for i, w in enumerate(words) if SCORE_HEAD.search(w))
    between = words[model_at + 1 : score_at]
    if any(_FIGURE_COLUMN.fullmatch(w) or any(rx.search(w) for rx, _ in ATTR_COLS) for w in between):
        return (
            None  # figures of sizes, prices or speeds before the score: a row's figures cannot be told apart
        )
    return words


def _row(line: str, header: Sequence[str], names: Sequence[str]) -> tuple[str, str, str] | None:
    """A row's place, model and score by the header's columns, or None where the row does not read so."""
    model_at = next(i for i, w in enumerate(header) if MODEL_HEADER.match(w))
    score_at = next(i for i, w in enumerate(header) if SCORE_HEAD.search(w))
    if score_at < model_at:
        return None
    rest, place = line, ""
    if model_at == 1 and RANK_HEAD.match(header[0]):
        m = _PLACE.match(rest)
        if m is None:
            return None
        place, rest = m.group().strip(), rest[m.end() :]
    elif model_at != 0:
        return None
    maker = _MAKER.match(rest)
    at, name = 0, None
    if maker is not None:
        at = maker.end()
        name = next((n for n in names if rest.startswith(n, at)), None)
    if name is None:
        at = 0
        name = next((n for n in names if rest.startswith(n)), None)
    if name is None:
        return None
    # a name we know only without its point version ('Name 4' of 'Name 4.798.4'): one digit after the point
    # is the version, the figure comes after it
    point = re.match(r"\.\d", rest[at + len(name) :])
    if point is not None:
        name += point.group()
    rest = rest[at + len(name) :]
    if score_at < len(header) - 1:
        rest = _TAIL_DATE.sub("", rest)
    text = re.match(r"\D*", rest)
    words = text.group() if text is not None else ""
    if score_at == model_at + 1 and words.strip():
        return None  # a word right after the name where the header has the score
    if words.strip() and not re.match(r"\s?[A-Z]", words):
        return None  # what follows the name is no cell of its own ('Name 3 / Other', 'Name/20')
    # the last column's figure ends the row ('…Preview 06-051340' is no '06'); another's is the first after
    # the words between
    fig = _LAST_FIGURE.search(rest) if score_at == len(header) - 1 else _FIGURE.match(rest[len(words) :])
    if fig is None or re.search(
        r"\d", rest[: fig.start("val")][len(words) :] if fig.re is _FIGURE else rest[: fig.start("val")]
    ):
        return None  # a figure of a column before the score's ('17/20' before '85%')
    if not re.search(r"\d", name) and re.match(r"\s+\d", rest[fig.end() :]):
        return None  # a family's name then two figures: the first is the member's version ('Name 7.5 82.0%')
    return place, name, fig.group("val").strip()


def board_benchmark(view: DocView, bench: str, start: int) -> bool:
    """Whether a glued board starting at `start` is on `bench`: its header line, a heading or the title names
    it, or a short title-like line right above the board does ('Name: what it tests'), or the text before
    opens a line on it or names it more than once (the page is about it); one mention inside an intro's
    sentence ('We also ran B last month') is not the board's."""
    if headed(view, bench, start):
        return True
    end = view.text.find("\n", start)
    head = view.text[start : end if end >= 0 else len(view.text)]
    if any(m.kind == "benchmark" and m.canonical == bench for m in cell_refs(view, head)):
        return True  # its own header line names it ('Model Intelligence Index Price')
    before = [sv for sv in view.segs if sv.seg.end <= start and view.text[sv.seg.start : sv.seg.end].strip()]
    for sv in before[-2:]:
        line = view.text[sv.seg.start : sv.seg.end].strip()
        short = len(line.split()) <= 8 and not re.search(r"[.!?]$", line)
        if short and any(r.kind == "benchmark" and r.canonical == bench for r in sv.refs):
            return True
    refs = [r for sv in before for r in sv.refs if r.kind == "benchmark" and r.canonical == bench]
    # a line that opens on the benchmark ('B measures how…', 'The B leaderboard ranks…') is about it
    opens = any(_OPENS.fullmatch(view.text[view.text.rfind("\n", 0, r.start) + 1 : r.start]) for r in refs)
    return opens or len(refs) >= 2


def _rating(word: str, figures: Sequence[str]) -> bool:
    """A 'Rating' column of figures no higher than five: readers' or editors' stars, no benchmark's score."""
    if not re.fullmatch(r"(?i)ratings?|stars?", word):
        return False
    vals = [float(f.rstrip("% ").replace(",", ".")) for f in figures]
    return not any(f.endswith("%") for f in figures) and max(vals) <= 5


def known_names(names: Sequence[str]) -> list[str]:
    """The page's names and every model name we know, longest first, for cutting a glued row at a name."""
    # (a page name with figures glued on, 'Name K2.654', is the glue's reading, not a name)
    page = {n for n in names if len(n) >= 2 and not re.search(r"\.\d{3}|\d{4}", n)}
    return sorted(page | set(_model_names()), key=len, reverse=True)


def glued_record_grids(view: DocView, names: Sequence[str]) -> list[LineGrid]:
    """Leaderboards whose rows were glued or flattened: a header line of column words, then two or more rows
    that read as place, model and score under it."""
    text = view.text
    lines = text_lines(text)
    out: list[LineGrid] = []
    ordered = known_names(names)
    i = 0
    while i < len(lines) - 2:
        header = _header(text[lines[i][0] : lines[i][1]])
        if header is None:
            i += 1
            continue
        rows: list[tuple[str, ...]] = []
        evs: list[Evidence] = []
        j = end = i + 1
        while j < len(lines):
            cut = _row(text[lines[j][0] : lines[j][1]], header, ordered)
            if cut is None:
                # a row we cannot cut (a name we do not know) between two we can is passed over
                after = (
                    _row(text[lines[j + 1][0] : lines[j + 1][1]], header, ordered)
                    if j + 1 < len(lines)
                    else None
                )
                if after is None or not rows:
                    break
                j += 1
                continue
            rows.append(cut)
            evs.append(view.evidence(*lines[j]))
            j += 1
            end = j
        score_word = next((w for w in header if SCORE_HEAD.search(w)), "")
        if len(rows) >= 2 and not _rating(score_word, [r[-1] for r in rows]):
            model_at = next(k for k, w in enumerate(header) if MODEL_HEADER.match(w))
            score = next(w for w in header if SCORE_HEAD.search(w))
            head = (header[0], header[model_at], score) if model_at == 1 else (header[0], score)
            cells = rows if model_at == 1 else [r[1:] for r in rows]
            out.append((head, cells, evs, lines[i][0], lines[end - 1][1], "glued_table"))
            i = end
        else:
            i += 1
    return out
