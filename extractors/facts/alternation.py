"""Long lists of regex alternatives written so that `re` scans them fast, with the same matches.

`re` has no index over an alternation: at every position of a scan it tries each alternative in turn (one
that starts with a literal character other than the one there is rejected at once, but still visited). A
gate of a hundred words over a whole page pays a hundred checks per character. `by_first_char` groups the
alternatives by their first character ('than|tie|gap' -> 't(?:han|ie)|gap'), so a position costs one check
per distinct first character, and a top-level alternation of literal-first groups also lets `re` skip at
once to the positions whose character starts one of them.

The matches are exactly those of the plain alternation: alternatives that start with different characters
never match at the same position, and those that share one keep their order (so the leftmost-first choice,
and the order in which backtracking revisits them, are unchanged). `(?:a|b)X` is `aX|bX` for the same
reason: `distribute` writes a shared tail onto each alternative so that the words can be grouped.

The same rule for any pattern scanned over a whole text: `re` skips straight to the candidate positions only
when the pattern opens on literal characters or on one character class. A pattern that opens on `\\b` or a
lookbehind is tried at every position; written with its first character before the lookbehind
('[A-Z](?<![\\w-][A-Z])', `by_first_char(..., not_after=...)`) it is tried only where that character is.
Under re.I letters never count as literal (every word of an alternation is entered); there a lookahead of the
first characters (`guarded`, '(?=[abc])…') turns the other positions away in one step, and a pattern compiled
without re.I that opens on a class of every spelling of those letters (`folded_openings.folded_first_char`)
is not tried at those positions at all. Where a pattern cannot
open so (a gate with letters and \\d), each alternative costs a check per position: alternatives that open
on the same class ('\\dx|\\d y') open on it once ('\\d(?:x| y)'). A class of letters that are most of the
text ('[a-z](?<!…)') skips too little to pay for its lookbehind: measure before and after."""

from __future__ import annotations

from collections.abc import Iterable

_SPECIAL = set("\\()[]{}.^$|?*+")


def longest_first(words: Iterable[str]) -> list[str]:
    """`words` longest first (so that no alternative is cut short by another it starts with), words of one
    length in code-point order: an alternation built from a set then has the same text whatever the
    interpreter's hash seed (the fork server's pattern table keys on that text). Literal words of one length
    never match at one position with different spans, so the order among them changes no match."""
    return sorted(words, key=lambda w: (-len(w), w))


def by_first_char(
    *parts: str | Iterable[str],
    cased: bool = False,
    not_after: str | tuple[str, ...] = "",
    guarded: bool = False,
) -> str:
    """The alternatives of `parts`, in order, as one alternation grouped by first character (in a
    non-capturing group). A part is a list of regex alternatives or a string of plain words 'a|b|c'; each
    alternative starts with a literal character or an escaped one ('\\-'), in lower case unless `cased`
    (for a pattern compiled without re.I: under re.I two spellings of a letter would match alike).

    `not_after` (a character class, e.g. r"\\w" for the `\\b` before words): no match follows such a
    character. The lookbehind is written after each first character (`T(?<!\\w.)he`), not before the
    alternation, so that a pattern opening with the alternation opens with literal characters only: `re` then
    skips at once to the positions holding one of them instead of trying the pattern at every position.
    A tuple gives several such lookbehinds ('[A-Za-z]\\d': no match after a letter and a digit).

    `guarded`: the group behind a lookahead of its first characters ('(?=[ob])(?:o(?:…)|b(?:…))'). Under re.I
    `re` enters every group of an alternation to compare its letter; the lookahead turns a position whose
    character starts none of them away in one step."""
    groups: dict[str, list[str]] = {}
    for part in parts:
        for alt in part.split("|") if isinstance(part, str) else part:
            first = alt[:2] if alt[:1] == "\\" and alt[1:2] and not alt[1].isalnum() else alt[:1]
            if not first or first in _SPECIAL or first.isspace() or (first != first.lower() and not cased):
                raise ValueError(f"an alternative must start with a lower-case literal character: {alt!r}")
            groups.setdefault(first, []).append(alt[len(first) :])
    behind = "".join(f"(?<!{n}.)" for n in ((not_after,) if isinstance(not_after, str) else not_after) if n)
    out = []
    for first, tails in groups.items():
        head = first if first.isalnum() or len(first) == 2 else "\\" + first
        head += behind
        out.append(head if tails == [""] else head + "(?:" + "|".join(tails) + ")")
    alternation = "(?:" + "|".join(out) + ")"
    return f"(?=[{''.join(groups)}])" + alternation if guarded else alternation


def distribute(words: str | Iterable[str], tail: str = "") -> list[str]:
    """Each of `words` ('a|b|c' or a list) followed by `tail`: `(?:a|b|c)tail` as a list of alternatives."""
    items = words.split("|") if isinstance(words, str) else list(words)
    return [w + tail for w in items]
