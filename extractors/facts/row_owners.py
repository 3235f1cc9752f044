"""The owner a table row left as text names after its figure: 'Bench 71.9%  Name-2  Oct 2026' is a row of a
'Benchmark | Result | Held by | Noted' table whose model column comes after the figure, so the figure is that
model's, not the page's focus model's. The row must name one model after the figure (spellings of one name,
an id and its display name in parentheses, are one model: the longest) and give that model no figure of its
own ('… Rival 2: 65.4%' is a rival's column beside the page model's figure), nor set it against the figure
('(ahead of Name)'). A list item or line that opens on its figure and names a model right after a dash,
colon or bar ('2418: Name-Pro') is that model's too: a ranked list written figure first, where
the model the previous item named is no owner.
"""

from __future__ import annotations

import re

from extractors.facts.document import OBJECT_BEFORE, Ref, SegView
from extractors.facts.numbers import NumberMention

# a list item or line that opens on its figure ('2418: Name', '71.2% | Name'), then names who holds it
_FIGURE_OPENS = re.compile(r"[\s*#>•-]*(?:\d+[.)]\s+)?")
# a word that links a figure to a name in prose rather than setting them in two cells of a row
_LINKED = re.compile(r"(?i)\b(?:from|than|to|over|with|against|like|as|behind|ahead|vs|versus|of)\b")
# what may follow the owner's cell: the line's end, another cell (a date, a note in brackets, a label)
_CELL_END = re.compile(r"[ \t]*(?:$|\n|[()\[\]|·•—–-]|\d|[A-Z])")
_OWNER_NEXT = re.compile(r"\s*(?:%|points?|pts|Elo)?\s*[—–:|]\s*(?:\*\*)?")


def row_owner_after(text: str, sv: SegView, n: NumberMention) -> Ref | None:
    """The model a line or item names after the figure `n` as its owner: right after a figure that opens
    it, or (a line) the one model named after it with no figure of its own; None otherwise."""
    if sv.seg.kind not in ("line", "item"):
        return None
    named = [r for r in sv.refs if r.kind == "model" and r.via not in ("pronoun", "implied", "labmodel")]
    if not named or any(r.start < n.start for r in named):
        return None
    if (
        _FIGURE_OPENS.fullmatch(text, sv.seg.start, n.start)
        and _OWNER_NEXT.fullmatch(text, n.end, named[0].start)
        # the name stands as a cell, not as the subject of a clause of its own ('80% — Name came in lower')
        and (_CELL_END.match(text, named[0].reach) or text.startswith(",", named[0].reach))
    ):
        return named[0]  # '2418: Name-Pro': a ranked list written figure first, then its owner
    if sv.seg.kind != "line":
        return None
    if any(OBJECT_BEFORE.search(text[max(n.end, r.start - 24) : r.start].lower()) for r in named):
        return None  # '52 (behind Name 2)': a rival the figure is set against, not its owner
    if _LINKED.search(text, n.end, named[0].start) or not _CELL_END.match(text, named[-1].reach):
        return None  # 'up from Name 2', 'Name 2 level': prose that relates the figure to the name
    names = {r.canonical for r in named}
    longest = max(names, key=len)
    if any(not longest.startswith(m) for m in names):
        return None  # two models after the figure: a comparison's columns, not one row's owner
    last = max(r.reach for r in named)
    if any(m.start >= last and not _date_like(m) for m in sv.numbers):
        return None  # the named model's own figure follows it
    return next(r for r in named if r.canonical == longest)


def _date_like(m: NumberMention) -> bool:
    """A year or a part of a date ('2026-05-31'), not a score."""
    return not m.percent and m.decimals == 0 and (1900 <= m.number <= 2100 or m.raw.startswith("-"))


# a stat tile written on one line, the figure first: '63.4% MMMU', '~1380 Elo'
_TILE_LEAD = re.compile(r"[\s*#>•-]*[~≈]?\s*")
_TILE_GAP = re.compile(r"[\s*]*(?:on\s+|in\s+)?")
_TILE_END = re.compile(r"\s*(?:\([^()\n]{0,30}\))?[\s*.]*")
# a caption right above the tile, in the same block, with no figure of its own ('Human experts' / '88% MMMU'):
# it says whose figure the tile is, and that is not the page model
_CAPTION_ABOVE = re.compile(r"(?:^|\n)[ \t]*[^\W\d][^\d\n]*\n[ \t]*\Z")


def figure_tile(text: str, sv: SegView, n: NumberMention) -> bool:
    """Whether the line is a tile that holds only the figure `n` and then one benchmark's name, with no
    caption line right above it."""
    if sv.seg.kind != "line" or not _TILE_LEAD.fullmatch(text, sv.seg.start, n.start):
        return False
    if _CAPTION_ABOVE.search(text, max(0, sv.seg.start - 80), sv.seg.start):
        return False
    benches = sv.benchmarks()
    if len(benches) != 1 or any(r.kind == "model" for r in sv.refs) or len(sv.numbers) != 1:
        return False
    b = benches[0]
    return (
        _TILE_GAP.fullmatch(text, n.end, b.start) is not None
        and _TILE_END.fullmatch(text, b.reach, sv.seg.end) is not None
    )
