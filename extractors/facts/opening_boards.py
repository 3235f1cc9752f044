"""The board a single-board page names once, above its rows, in the two places such pages put it when no
line stands for the name alone (placed_benchmarks.py reads that line):

- the head of the title, before a colon or a dash: '<Name> Benchmark 2032 - standings after round two' (a
  period or a year after the name is the edition, not the name: '2032' is dropped);
- the subject of an opening sentence near the top: '<NAME> scores each reply …', 'The <Name> Arena keeps a
  figure …', '<name>QA is an evaluation of …' — a name, then a verb in the present tense.

Only a benchmark-shaped name is read so: closing on a benchmark's word ('Arena', 'Bench', 'Index', …,
'Benchmark', 'Leaderboard'), or one all-capital word ('GAIA'); never a model's or a lab's name, nor a first
word the page also writes in lower case ('If', 'When'). And the page must then lay out a board below the
name: three rows with figures, as pipes, list items, a table the layout recovered (aligned, tabs), or lines
closing on a figure (flattened, glued, one cell per line). A name over no board is a subject like any other,
and so is one over rows the words between call prices or a poll's shares ('per million tokens', 'share of'),
or a readers' questions column ('Weekly QA').

A benchmark named above the board's first row, a known one or one the other readers found, is the board's
own or a rival for it, and the name is left to those readers; unless the opening sentence defines the name
as a test ('<Name> is a new benchmark …'): a test named before that definition was an example in passing.
One named after the rows ('tasks of <Other> style') no longer takes them, whose context is now the name
above them (used by mentions.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from extractors.facts.business_figures import business, period_or_size
from extractors.facts.entities import Mention, Spans
from extractors.facts.numbers import year_like
from extractors.facts.patterns import bench_word, board_words, kind_alternation, word_alternation

# a readers' column's name ('Weekly QA', 'Reader QA'): board_words.jsonl, kind 'column_opener'
_COLUMN_OPENER = re.compile(r"(?i)" + word_alternation(board_words("column_opener")) + r"[ \t]+QA")
# between the name and the rows, words saying the figures are prices or a poll's shares, no scores
# ('per million tokens', 'share of answers'): board_words.jsonl, kind 'no_score_lead'
_NO_SCORE_LEAD = re.compile(
    r"(?i)\b" + word_alternation(board_words("no_score_lead"), longest_first=True) + r"(?!\w)"
)
# how far down the page the title and the opening sentence stand (lines; a site's menu comes first)
_TOP_LINES = 12
_LINE = re.compile(r"[^\n]+")
# a word that makes a name a benchmark's: its closing word, or a variant joined to it by a hyphen
_BENCH_WORD = bench_word("closing", "title_closing")
_ACRONYM = re.compile(r"[A-Z]{3,}")
# the title's head: a few capitalised words (or numbers) before a colon or a spaced dash
_HEAD = re.compile(
    r"[\s#*]*(?P<name>[A-Z][\w.+'’-]*(?:[ \t]+[A-Z0-9][\w.+'’-]*){0,5})[ \t]*(?::|[ \t][—–|-][ \t])[ \t]*\S"
)
# the subject of an opening sentence: maybe 'The', up to three capitalised words, then a present-tense verb
# ('scores', 'keeps', 'ranks', 'is') before a lower-case word
_OPENS = re.compile(
    r"[\s#*]*(?:The[ \t]+)?(?P<name>[A-Z][\w.+'’-]*(?:[ \t]+[A-Z0-9][\w.+'’-]*){0,2}|[a-z]+[A-Z][\w.+'’-]*)"
    r"[ \t]+(?:is|[a-z]{2,}s)[ \t]+[a-z]"
)
# the opening sentence defines the name as a test: '<Name> is an evaluation of …', '<Name> is a benchmark …'
# (test_words.jsonl: the 'head' nouns described_tests reads, and the 'definition_head' ones, 'leaderboard')
_DEFINED = re.compile(
    r"[ \t]+is[ \t]+(?:a|an)[ \t]+(?:[\w()-]+[ \t]+){0,4}?"
    + kind_alternation("test_words.jsonl", "head", "definition_head")
    + r"\b"
)
# a row of a board: a table row with a figure in a cell, or a list item with a figure after its label
_TABLE_ROW = re.compile(r"^[^\n|]*\|[^\n]*\|[^\n]*\d[^\n]*$", re.M)
_LIST_ROW = re.compile(r"^[ \t]*(?:[-*•]|\d{1,3}[.)])[ \t]+[^\n]*?\d[^\n]*$", re.M)
# a line closing on a figure: a row flattened to single spaces or glued, or one cell of a row on its own line
_FIGURE_LINE = re.compile(r"^[^\n]*?(?<![\w.])(?P<fig>\d[\d,]*(?:\.\d+)?)[ \t]*%?[ \t]*$", re.M)
# lines between two such lines of one board (a row's other cells when each stands on its own line)
_ROW_GAP = 5
_MIN_ROWS = 3


def _edition_dropped(name: str) -> str:
    """'Name Benchmark 2032' -> 'Name Benchmark': a period or a year closing the name is its edition."""
    words = name.split()
    while len(words) > 1 and period_or_size(words[-1]):
        words.pop()
    return " ".join(words)


def _shaped(name: str) -> bool:
    """A benchmark's name: closing on a benchmark's word ('Kiln Arena', 'Tallow Recall Benchmark', not
    'Kiln 5 Benchmark Predictions'), or one all-capital word; never a quarter's or a firm's figure, nor a
    run across a sentence's end ('Notes. Kiln Arena')."""
    words = name.split()
    if not words or period_or_size(words[0]) or business(name):
        return False  # 'Q3 Earnings Index': a firm's quarter, not a benchmark
    if any(w.endswith((".", ":", ",")) for w in words) or _COLUMN_OPENER.fullmatch(name):
        return False  # a run across a sentence's end, or a readers' questions column
    if len(words) == 1 and _ACRONYM.fullmatch(name):
        return True
    m = _BENCH_WORD.search(words[-1])
    # the word alone is no name ('Benchmark', 'Arena', 'BenchLM': the word, not a name closed by it)
    return m is not None and (len(words) > 1 or m.start() > 0)


def _common_word(text: str, word: str) -> bool:
    """The page also writes `word` in lower case: a sentence's first word ('If', 'Why'), not a name's."""
    low = word.lower()
    return low != word and re.search(r"(?<![\w-])" + re.escape(low) + r"(?![\w-])", text) is not None


def _first_row(text: str, start: int, tables: Sequence[tuple[int, int]]) -> int | None:
    """Where the board below `start` begins: the first of at least three table rows or list items with a
    figure, a table the layout recovered (its start and its number of rows: aligned columns, tabs), or three
    lines closing on a figure a few lines apart (rows flattened or glued, one cell per line), the earliest
    of them; None when no board follows."""
    firsts = [at for at, rows in tables if at >= start and rows >= _MIN_ROWS]
    for rx in (_TABLE_ROW, _LIST_ROW):
        rows = [m.start() for _, m in zip(range(_MIN_ROWS), rx.finditer(text, start), strict=False)]
        if len(rows) >= _MIN_ROWS:
            firsts.append(rows[0])
    run: list[int] = []
    last = start
    for m in _FIGURE_LINE.finditer(text, start):
        if year_like(m.group("fig")):
            continue  # 'Released 2031': a date, not a row's figure
        if run and text.count("\n", last, m.start()) > _ROW_GAP:
            run = []
        run.append(m.start())
        last = m.end()
        if len(run) >= _MIN_ROWS:
            firsts.append(run[0])
            break
    return min(firsts, default=None)


def opening_board(
    text: str, known: Sequence[Mention], found: Iterable[str] = (), tables: Sequence[tuple[int, int]] = ()
) -> list[str]:
    """The board named by the title's head or an opening sentence's subject, when no benchmark among the
    `known` mentions or the names other readers `found` stands before the board's rows: [] or one name.
    `tables`: the start and the number of rows of each table the layout recovered from the text."""
    covered = Spans([k for k in known if k.kind in ("model", "lab")]).overlaps
    for i, line in enumerate(_LINE.finditer(text)):
        if i >= _TOP_LINES:
            break
        for rx, i_max in ((_HEAD, 2), (_OPENS, _TOP_LINES)):
            if i >= i_max:
                continue
            m = rx.match(line.group())
            if m is None:
                continue
            name = _edition_dropped(m.group("name"))
            start = line.start() + m.start("name")
            if covered(start, start + len(name)) or not _shaped(name) or _common_word(text, name.split()[0]):
                continue
            first = _first_row(text, line.end(), tables)
            if first is None or _NO_SCORE_LEAD.search(text, line.start(), first):
                return []  # no rows below the name, or rows of prices or a poll's shares
            # a benchmark named above the rows is the board's own name, known, or a rival for it; one named
            # before a sentence that defines the name as a test ('<Name> is a new benchmark …') was named in
            # passing, and the rows below the definition are the defined test's
            since = start if _DEFINED.match(text, start + len(name)) else -1
            if any(k.kind == "benchmark" and since < k.start < first for k in known):
                return []
            if any(since < text.find(n, max(since, 0)) < first for n in found if n != name):
                return []
            return [name]
    return []
