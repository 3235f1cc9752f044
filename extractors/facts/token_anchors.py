"""A whole-text scan tried only at the tokens that hold its anchor, instead of at every position.

An id-shaped pattern ('name-4-mini', 'vendor_7.1.2', 'tarn-3') opens on a letter behind a lookbehind that
refuses a word character before it (`(?<![\\w.-])[a-z]…`): `re` cannot skip to such a start (a letter is most
of a text), so it tries the pattern at nearly every position of the page. Each of its matches holds a
separator that few words hold (a hyphen before a digit, two separators in one word), and everything between
the match's start and that anchor is part of one run of word characters and the lookbehind's own characters.
So the run holding an anchor can start a match only where it starts: `token_matches` finds the anchors (a
pattern that opens on a literal or a class `re` skips to), walks back from each to where its run starts, and
tries the pattern there.

The matches are those of `rx.finditer(text)`, in order and without overlaps, provided that:
- every match of `rx` holds a match of `anchor`, and `anchor` matches only run characters (so it lies in one
  run), and
- `rx` opens on a lookbehind that refuses every run character before the match (`extra` and the word
  characters: `(?<![\\w.-])` for `extra` '.-'), so a match starts nowhere but where a run starts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# a separator and the letter or digit after it, once, or twice in one word ('4o-mini', 'v1.2-beta')
SEPARATED = re.compile(r"[-_][a-z0-9.]")
SEPARATED_TWICE = re.compile(r"[-_.][A-Za-z0-9]++[-_.][A-Za-z0-9]")


def token_matches(
    rx: re.Pattern[str], text: str, anchor: re.Pattern[str], extra: str
) -> Iterator[re.Match[str]]:
    """`rx.finditer(text)`, tried only where a run of word characters and `extra` holding `anchor` starts."""
    done = last = -1
    for a in anchor.finditer(text):
        s = a.start()
        while s > 0 and ((c := text[s - 1]).isalnum() or c == "_" or c in extra):
            s -= 1  # back to where the run starts (re's \w: a letter or a digit of any script, or '_')
        if s == last or s < done:
            continue  # the run was tried, or a match took it
        last = s
        m = rx.match(text, s)
        if m is not None:
            done = m.end()
            yield m
