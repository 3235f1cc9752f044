"""A whole-text scan restricted to the lines that hold one of a pattern's required characters.

`re` scans a pattern that opens on a line start or on an alternation of anchors ('(?m:^)…|[,;]…|\\band…') at
every position of the text. When every match of the pattern lies inside one line and holds one of a few
characters (a label pattern needs its ':' or '='), the lines without any of them cannot hold a match:
`held_lines` finds the lines holding one (`str.find`, far cheaper than the scan) and `finditer_in` runs the
pattern over those lines only. The matches are those of `rx.finditer(text)`: the search of each line sees
the text before it (lookbehinds, `\\b`, `^`) and its newline after it (lookaheads), as the whole-text scan
does, and a match never crosses a line.

Use it only for a pattern that cannot match a newline (no `\\s`, `.` with DOTALL or a negated class that
admits one), has no `$` outside MULTILINE, looks ahead no further than the newline, and whose every match
holds one of `chars`.

`LineOpening` answers a gate of the form '(?m)^' + pattern (whether some line opens on it, or where the
first such line after a position is) where the newlines are, for the same reason."""

from __future__ import annotations

import re
from collections.abc import Iterator


def held_lines(text: str, chars: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of `text` holding one of `chars`, in order; `end` includes the line's
    newline when there is one."""
    n, pos = len(text), 0
    while pos < n:
        at = min((i for i in (text.find(c, pos) for c in chars) if i >= 0), default=-1)
        if at < 0:
            return
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = n if end < 0 else end + 1
        yield start, end
        pos = end


def finditer_in(rx: re.Pattern[str], text: str, chars: str) -> Iterator[re.Match[str]]:
    """`rx.finditer(text)` for a pattern whose every match lies in one line holding one of `chars`."""
    for start, end in held_lines(text, chars):
        yield from rx.finditer(text, start, end)


class LineOpening:
    """Whether some line of a text opens on a pattern (the gate '(?m)^' + `rest`, asked only whether it
    matches): `rest` matched at the text's start, else searched as a newline and `rest` after it. A pattern
    that opens on the line-start anchor is tried at every position of the text; one that opens on the
    newline, a literal, is searched where the newlines are. `flags` as for `re.compile` (the gate's inline
    flags, which cannot follow the newline)."""

    def __init__(self, rest: str, flags: int = 0) -> None:
        self.first = re.compile(rest, flags)
        self.after = re.compile(r"\n(?:" + rest + ")", flags)

    def in_text(self, text: str) -> bool:
        return self.first.match(text) is not None or self.after.search(text) is not None

    def search(self, text: str, pos: int = 0) -> tuple[int, int] | None:
        """(start, end) of the first match of '(?m)^' + `rest` at or after `pos`, as `re.search` gives it."""
        if pos == 0 or text[pos - 1 : pos] == "\n":
            m = self.first.match(text, pos)
            if m is not None:
                return m.span()
        m = self.after.search(text, pos)
        return None if m is None else (m.start() + 1, m.end())
