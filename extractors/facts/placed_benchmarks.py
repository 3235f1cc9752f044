"""A benchmark the page names by its place: on a page about one benchmark the lists know under no name, the
name often stands once, as the page's title or as a heading line near its top ('Quillmark Arena XT',
'Tanselo (v3) Benchmark', 'Bramblet-Verified'), and the board below it names no benchmark again. Such a line
is the benchmark its figures score on (used by mentions.py beside unknown_bench.discover_benchmarks).

Only a line shaped like a benchmark's name is read so: a few capitalised words, one of them a benchmark's word
('Arena', 'Bench', 'Exam', …) or a variant joined by a hyphen ('-Verified'), or any name followed by the
word 'Benchmark' or 'Leaderboard'. A news headline is refused: it names a model, carries lower-case words (its
verb), ends as a sentence does, runs past four words or has a bare number before more words ('Name 3 Tops …');
and nothing is read on a page that names a known benchmark, nor a title opening on a period or carrying a
business word ('Q3 Earnings Index'; business_figures.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.facts.business_figures import business, period_or_size
from extractors.facts.entities import Mention, Spans
from extractors.facts.patterns import bench_word, board_words, word_alternation

# how far down the page a title or the board's own heading may stand (lines; a site's menu comes first)
_TOP_LINES = 12
_MAX_LEN = 40
_MAX_WORDS = 4
_LINE = re.compile(r"[^\n]+")
# the line alone, its markup and a breadcrumb's slash aside; the name, then maybe the word saying what it is
_PLACED = re.compile(
    r"[\s#*/>]*(?P<name>[A-Z][\w.+'’-]*(?:[ \t]+(?:[A-Z0-9][\w.+'’-]*|\([^()\n]{1,12}\)))*?)"
    r"(?P<kind>[ \t]+" + word_alternation(board_words("title_closing")) + r")?[\s#*]*"
)
# a word that makes a name a benchmark's: its closing word, or a variant joined to it by a hyphen
_BENCH_WORD = bench_word("closing")


def placed_benchmarks(text: str, known: Sequence[Mention]) -> list[str]:
    """The benchmark the page's title or a heading near its top names, when no list knows it and the page
    names no known benchmark: [] or one name."""
    if any(k.kind == "benchmark" for k in known):
        return []
    covered = Spans([k for k in known if k.kind in ("model", "lab")]).overlaps
    for i, line in enumerate(_LINE.finditer(text)):
        if i >= _TOP_LINES:
            break
        m = _PLACED.fullmatch(line.group())
        if m is None or len(m.group("name")) > _MAX_LEN:
            continue
        name = m.group("name")
        start = line.start() + m.start("name")
        if covered(start, start + len(name)):
            continue  # a model's or a lab's name: a page about it, not a benchmark
        words = [w for w in name.split() if not w.startswith("(")]
        if len(words) > _MAX_WORDS or any(w.isdigit() for w in words[:-1]):
            continue  # 'Halyard 3 Tops Kiln Arena': a model and its version before more words, a headline
        if period_or_size(words[0]) or business(name):
            continue  # 'Q3 Earnings Index': a firm's quarter, not a benchmark
        if m.group("kind") or _BENCH_WORD.search(name):
            return [name]
    return []
