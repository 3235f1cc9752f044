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
The second is checked: `token_matches` reads the characters of `rx`'s opening lookbehind (`run_characters`)
and refuses a pattern whose lookbehind and `extra` tell two different runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

# a separator and the letter or digit after it, once, or twice in one word ('4o-mini', 'v1.2-beta')
SEPARATED = re.compile(r"[-_][a-z0-9.]")
SEPARATED_TWICE = re.compile(r"[-_.][A-Za-z0-9]++[-_.][A-Za-z0-9]")
# a pattern's opening lookbehind refusing word characters and a class of its own: '(?<![\w./@-])'
_LOOKBEHIND = re.compile(r"\(\?<!\[\\w((?:\\.|[^\]\\])*)\]\)")


@cache
def run_characters(rx: re.Pattern[str]) -> frozenset[str]:
    """The characters besides word characters that `rx`'s opening lookbehind refuses (a ValueError when it
    opens on none, or its class holds a range or an escape of a class, such as '\\s')."""
    m = _LOOKBEHIND.match(rx.pattern)
    if m is None:
        raise ValueError(f"no lookbehind refusing word characters opens {rx.pattern[:40]!r}")
    chars = m.group(1)
    if re.search(r"\\[A-Za-z]|(?<=.)-(?=.)", chars):
        raise ValueError(f"a lookbehind class token_matches cannot read: {chars!r}")
    return frozenset(re.sub(r"\\(.)", r"\1", chars))


def token_matches(
    rx: re.Pattern[str], text: str, anchor: re.Pattern[str], extra: str
) -> Iterator[re.Match[str]]:
    """`rx.finditer(text)`, tried only where a run of word characters and `extra` holding `anchor` starts."""
    if run_characters(rx) != set(extra):
        raise ValueError(f"the lookbehind of {rx.pattern[:40]!r} refuses other characters than {extra!r}")
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
