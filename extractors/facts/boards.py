"""Board names: which leaderboard or index a rank (or a figure) is on, read from the document.

A board is a known benchmark or a name read from the text: a compound such as "HarborBench", a capitalised
name before "leaderboard", "rankings", "standings" or "arena", "Name, the … leaderboard", or a capitalised
name ending in "Index". `Boards.qualifier` picks the board a rank belongs to: the one named right after it,
else before it in its sentence, else the last board named in its section (headings included), else the
benchmark its paragraph inherits.
"""

from __future__ import annotations

import bisect
import re

from extractors.facts.alternation import by_first_char
from extractors.facts.document import DocView, Ref, SegView

# possessive runs (++, *+) in the board patterns: what follows a run (a capital, a blank) is never one of its
# characters, so giving characters back never helps a match (the same matches, fewer retries)
COMPOUND_BOARD_RE = re.compile(
    r"[A-Z](?<![\w-][A-Z])[a-z0-9]++(?:[A-Z][a-z0-9]++)*(?:Bench|Arena|Board|Eval|League)(?![\w-])"
)
# "the Plume Intelligence Index": a capitalised name ending in Index is a board
_INDEX_BOARD_RE = re.compile(r"[A-Z](?<![\w-][A-Z])[\w.+-]*+(?:\s[A-Z][\w.+-]*+){0,3}\s+Index\b")
_APPOSITIVE_BOARD = re.compile(
    r"([A-Z](?<![\w.][A-Z])[\w.+-]*[\w+](?:\s[A-Z][\w.+-]*){0,2}),\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:leaderboard|ranking|index)\b"
)
BOARD_WORD_RE = re.compile(
    by_first_char("leaderboard|rankings|standings|arena|league table|benchmark", cased=True, not_after=r"\w")
    + r"\b"
)
_NAME_BEFORE = re.compile(r"(?<![\w-])([A-Z][\w.+-]*+(?:\s[A-Z][\w.+-]*+){0,2})\s+$")
NOT_BOARD = {
    "The",
    "This",
    "That",
    "Its",
    "Our",
    "Their",
    "A",
    "An",
    "Top",
    "Open",
    "Overall",
    "Text",
    "New",
}


class Boards:
    """Board names read from one document and where each is named."""

    def __init__(self, view: DocView) -> None:
        self.view = view
        names: list[str] = []
        models = {r.canonical for s in view.segs for r in s.refs if r.kind == "model"}
        text = view.text
        found = [(m.start(), m.group()) for m in COMPOUND_BOARD_RE.finditer(text)]
        for m in BOARD_WORD_RE.finditer(text):
            b = _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
            if b:
                words = b.group(1).split()
                while words and words[0] in NOT_BOARD:
                    words.pop(0)
                if words:
                    found.append((m.start() - len(" ".join(words)) - 1, " ".join(words)))
        for m in _APPOSITIVE_BOARD.finditer(text):
            if m.group(1).split()[0] not in NOT_BOARD:
                found.append((m.start(1), m.group(1)))  # "BoardName, the most thorough leaderboard"
        for m in _INDEX_BOARD_RE.finditer(text):
            words = m.group().split()
            while words and words[0] in NOT_BOARD:
                words.pop(0)
            if len(words) > 1:
                found.append((m.end() - len(" ".join(words)), " ".join(words)))
        # every leading run of whole words of a found name ('A B' of 'A B C'): a set, not a scan per name
        heads = {n[:i] for _, n in found for i, ch in enumerate(n) if ch == " "}
        for _, name in sorted(found):
            if name.split()[0] not in NOT_BOARD and name not in models and name not in heads:
                names.append(name)
        self.names = list(dict.fromkeys(names))
        spots: list[tuple[int, int, str]] = []
        for name in sorted(self.names, key=len, reverse=True):
            i = text.find(name)
            while i >= 0:
                j = i + len(name)
                edge = (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "-_")) and (
                    j == len(text) or not (text[j].isalnum() or text[j] in "-_")
                )
                if edge and not any(a < j and i < b for a, b, _ in spots):
                    spots.append((i, j, name))
                i = text.find(name, j)
        self.spots = sorted(spots)
        self._starts = [s[0] for s in self.spots]

    def named(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        a, b = bisect.bisect_left(self._starts, lo), bisect.bisect_left(self._starts, hi)
        return [s for s in self.spots[a:b] if s[1] <= hi]

    def known(self, sv: SegView, lo: int, hi: int) -> list[tuple[int, int, str, Ref | None]]:
        """Benchmarks and board names in text[lo:hi] of this segment, in order."""
        out: list[tuple[int, int, str, Ref | None]] = [
            (b.start, b.end, b.canonical, b) for b in sv.benchmarks() if lo <= b.start and b.end <= hi
        ]
        out += [
            (s, e, n, None) for s, e, n in self.named(lo, hi) if not any(x[0] < e and s < x[1] for x in out)
        ]
        return sorted(out, key=lambda x: x[0])

    def qualifier(self, sv: SegView, start: int, end: int) -> str | None:
        view = self.view
        seg = sv.seg
        follow = [x for x in self.known(sv, end, seg.end) if x[0] - end <= 30]
        if follow:
            return _board_name(follow[0])
        before = self.known(sv, seg.start, start)
        if before and not (before[-1][3] is not None and before[-1][3].via == "benchref"):
            return _board_name(before[-1])
        # "the current board" stands for the board this section named, before any benchmark named elsewhere
        # the last board named earlier in this section (its heading included)
        for i in range(sv.index - 1, max(-1, sv.index - 12), -1):
            prev = view.segs[i]
            named = self.known(prev, prev.seg.start, prev.seg.end)
            board = [x for x in named if x[3] is None or x[3].unit != "%" or prev.seg.kind == "heading"]
            if board:
                return _board_name(board[-1])
            if prev.seg.kind == "heading" and i > 0:
                break
        if before:
            return _board_name(before[-1])
        inherited = sv.bench_inherited
        if inherited is not None:
            low = view.text[seg.start : seg.end].lower()
            # ('3rd of 40' is a place on it; 'first in 12 out of 18 tests' counts tests won, not a place)
            if inherited.unit != "%" or re.search(
                r"leaderboard|\bboard\b|ranking|standings|(?<!out )\bof \d+", low
            ):
                return inherited.canonical
        return None


def _board_name(x: tuple[int, int, str, Ref | None]) -> str:
    return x[3].canonical if x[3] is not None else x[2]
