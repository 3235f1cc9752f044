"""The places of a leaderboard whose rows text extraction glued together or flattened to single spaces, read
whatever the columns after the name hold: under a header line that opens on the place column and then the
model's ('#ModelLabScore', 'Rank Model Name Params Time Score'), each row opens on its place (digits, '#N' or
a medal) and then the model's name. `glued_records` reads such a board only where the score can be told from
the row's other figures; the places need no score, so a board with sizes, times or a maker between the name
and the score still gives its order.

A row's name is the longest name we know (or the page names) at that point; on a flattened row, a lone
token that reads as a model id ('vendor_model-7b-it') when no known name fits. The cell after the name
must read as the header's next column: a figure where that column holds sizes, times or scores (a known
name followed by more words, 'Name Arabic 34B', was read cut short), a capitalised word where it holds a
maker or a licence. Medals are the first three places. The run needs three rows or more with places that
never fall and start on the podium; which board the places are on is asked as for any table's rank column
(`rank_tables.table_board`), so a numbered list under no ranking header gives nothing.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from extractors.facts.cell_lines import LineGrid, text_lines
from extractors.facts.document import DocView
from extractors.facts.glued_records import figure_columns, known_names
from extractors.facts.held_lines import LineOpening
from extractors.facts.patterns import place_words, word_alternation
from extractors.facts.table_cells import MODEL_HEADER
from extractors.facts.table_columns import ATTR_COLS, RANK_HEAD, SCORE_HEAD

_RANK_WORDS = word_alternation(place_words("rank_head") + place_words("row_counter"), longest_first=True)
# the cheap gate: some line opens on a place word and then a model word ('#Model', 'Rank Model Name')
_GATE = LineOpening(
    r"[ \t]*(?i:" + _RANK_WORDS + r")[ \t]*(?i:models?|model name|system|name|llm|mod[eè]l|模型|モデル|모델)"
)
# where two glued header words meet: a small letter or '#' before a capital; or a run of spaces
_WORD_SEAM = re.compile(r"(?<=[a-z#.])(?=[A-Z])|\s+")
# a column word: capitalised ('Params', 'Modèle'), an acronym ('GPU'), '#' or 'No.', or a word of a script
# without capitals ('排名', '모델'); a small word ('in', 'this') makes the line prose, no header
_HEAD_WORD = re.compile(r"#|No\.|[A-ZÀ-Þ][^\W\d_A-Z]{1,15}\.?|[A-Z]{2,5}|[^\W\d_a-zA-Zà-ÿÀ-Þ]{1,8}")
# a row's place: a medal, or digits maybe after '#' and before a point
_MEDALS = {"🥇": "1", "🥈": "2", "🥉": "3"}
_PLACE = re.compile(r"[ \t]*(?:(?P<medal>[🥇🥈🥉])|#?(?P<n>\d{1,3})\.?)(?:[ \t]+(?=\S)|(?=[^\W\d_]))")
# a column that holds figures (a size, a time, a price, a count), not words
_FIGURE_HEAD = re.compile("(?i)" + word_alternation(figure_columns("rating_column")))
# a model id written as one token: letters and digits joined by '-', '_', '.' or ':' ('vendor_model-7b-it')
_ID_TOKEN = re.compile(r"(?=[\w.:/-]*\d)(?=[\w.:/-]*[^\W\d_])[^\W_][\w.:/-]*[_:-][\w.:/-]*")
# what may follow a name on its row: a figure cell, or a word cell (a maker, a licence, a tag in brackets)
_FIGURE_NEXT = re.compile(r"\s?[~≈<>]?[$€]?\d")
_WORD_NEXT = re.compile(r"\s?(?:[A-Z][^\W\d_]|[^\W\d_a-zA-Z])|\s+[a-z]+[A-Z]")
_LAST_FIGURE = re.compile(r"\s?[~≈]?[$€]?\d[\d.,]*\s?%?\s*")
_SIZE_HEAD = re.compile("(?i)" + word_alternation(place_words("size_column")))
_SIZE_NEXT = re.compile(r"\s?~?\d+(?:\.\d+)?\s?[BMKTbmkt](?![a-z])")
_FILLER = re.compile(r"[\s.…|-]+")


def _header(line: str) -> tuple[str, ...] | None:
    """The column words of a header line that opens on a place word and then a model word."""
    if len(line) > 90 or re.search(r"\d", line):
        return None
    words = [w for w in _WORD_SEAM.split(line.strip()) if w]
    if len(words) < 2 or len(words) > 12 or not all(_HEAD_WORD.fullmatch(w) for w in words):
        return None
    if not RANK_HEAD.match(words[0]):
        return None
    if len(words) > 2 and MODEL_HEADER.match(f"{words[1]} {words[2]}"):
        words[1:3] = [f"{words[1]} {words[2]}"]
    return tuple(words) if MODEL_HEADER.match(words[1]) else None


def _next_column(header: Sequence[str]) -> str:
    """What the column after the model's holds: 'size' (a model's size), 'figure' (a time, a price, a
    score), 'word' (a maker, a licence), or '' where the model's column is the last."""
    if len(header) < 3:
        return ""
    nxt = header[2]
    if _SIZE_HEAD.fullmatch(nxt):
        return "size"
    figure = _FIGURE_HEAD.search(nxt) or SCORE_HEAD.search(nxt) or any(rx.search(nxt) for rx, _ in ATTR_COLS)
    return "figure" if figure else "word"


def _reads_whole(after: str, nxt: str, flat: bool) -> bool:
    """Whether what follows a name on its row (`after`) opens the header's next column `nxt`, so the name
    was read whole."""
    # a tag in brackets after the name ('(8bit)', '(preview)') is the name's, not the next column's
    after = re.sub(r"^\s*\([^)]{1,20}\)", "", after)
    if not after:
        return True
    if (flat and not after[0].isspace()) or re.match(r"[-_.:/][^\W_]", after):
        return False  # the name is part of a longer token ('Name-2' of 'Name-2b', 'name-4' of 'name-4-6')
    if nxt == "size":
        return _SIZE_NEXT.match(after) is not None  # ('Name 7B' then '2h 10m': the name took the size)
    if nxt == "figure":
        return _FIGURE_NEXT.match(after) is not None  # ('Name Arabic 34B': the name went on)
    # a word column may be empty on a row, the row's last figure then following the name (a figure with more
    # after it is the name's snapshot: 'Name 0324 Lab 1310')
    return nxt == "" or _LAST_FIGURE.fullmatch(after) is not None or _WORD_NEXT.match(after) is not None


def _name(rest: str, names: Sequence[str], nxt: str, flat: bool) -> str | None:
    """The model's name that opens `rest` (a row past its place), or None where none reads whole: the
    longest name we know that the next column follows, else (flattened rows) a model id token."""
    for n in names:
        if rest.startswith(n) and _reads_whole(rest[len(n) :], nxt, flat):
            return n
    if flat:
        tok = _ID_TOKEN.match(rest)
        if tok is not None and _reads_whole(rest[tok.end() :], nxt, flat):
            return tok.group()
    return None


def place_row_grids(view: DocView, names: Sequence[str]) -> list[LineGrid]:
    """Boards of glued or flattened rows under a place-and-model header: a grid of (place, model) rows."""
    text = view.text
    if not _GATE.in_text(text):
        return []
    lines = text_lines(text)
    ordered: list[str] | None = None
    out: list[LineGrid] = []
    i = 0
    while i < len(lines) - 3:
        header = _header(text[lines[i][0] : lines[i][1]])
        if header is None:
            i += 1
            continue
        if ordered is None:
            ordered = known_names(names)
        # flattened: the header's words stand apart ('RankModelGeneral Elo Score' is glued)
        flat = re.search(r"[a-z#][A-Z]", text[lines[i][0] : lines[i][1]]) is None
        nxt = _next_column(header)
        rows: list[tuple[str, ...]] = []
        evs = []
        places: list[int] = []
        j = i + 1
        while j < len(lines):
            line = text[lines[j][0] : lines[j][1]]
            m = _PLACE.match(line)
            if m is None:
                if _FILLER.fullmatch(line):
                    j += 1  # an ellipsis row between the top of the board and a lower place
                    continue
                break
            place = _MEDALS[m.group("medal")] if m.group("medal") else m.group("n")
            places.append(int(place))
            name = _name(line[m.end() :], ordered, nxt, flat)
            if name is not None:
                rows.append((place, name))
                evs.append(view.evidence(*lines[j]))
            j += 1
        if (
            len(places) >= 3
            and len(rows) >= 2
            and places[0] <= 3
            and all(b >= a for a, b in itertools.pairwise(places))
        ):
            out.append(((header[0], "Model"), rows, evs, lines[i][0], lines[j - 1][1], "glued_table"))
        i = max(j, i + 1)
    return out
