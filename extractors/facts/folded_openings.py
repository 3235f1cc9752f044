"""Case-blind word alternations that `re` can still skip to: `folded_first_char`.

A pattern compiled with re.I never opens on a literal for `re`: a letter under re.I is no literal, so a
search tries the pattern at every position of the text, even one whose alternatives all start with words
('\\b(?:follows|trails|next)\\b'); a lookahead of the first letters ('(?=[fnt])…', `by_first_char(...,
guarded=True)`) turns a position away in one step, but still one step per position. The same pattern
compiled WITHOUT re.I can open on one character class that holds every spelling of its first letters
('[FNTfnt]'), and then `re` skips straight to the positions holding one of them, in C, and tries the rest
there only. `folded_first_char` writes such an opening:

    '[FNTfnt](?<!\\w.)(?:(?<=[Ff])(?i:ollows)|(?<=[Tt])(?i:rails)|(?<=[Nn])(?i:ext))'

Each group of alternatives sharing a first letter is entered only when the letter just read is one of its
spellings (the lookbehind), and its tails are matched case-blind (`(?i:...)`), so the matches are exactly
those of the re.I alternation: the alternatives of one first letter keep their order, those of two never
match at one position. The class holds every character re.I matches to a first letter, including the few
outside ASCII ('K' the Kelvin sign for 'k', 'ſ' the long s for 's', 'İ' and 'ı' for 'i'; checked against
`re` itself in tests/test_folded_openings.py). The caller compiles the pattern without re.I and writes the
rest of it case-blind itself ('(?i:...)') where it holds letters.
"""

from __future__ import annotations

from collections.abc import Iterable

# the characters other than its own two cases that re.I matches to an ASCII letter
_MORE_CASES = {"i": "İı", "k": "\u212a", "s": "ſ"}
_CLASS_SPECIAL = set("\\]^-[")


def folds(first: str) -> str:
    """Every character re.I matches to `first` (one ASCII character), `first` itself first."""
    if len(first) != 1 or not first.isascii():
        raise ValueError(f"a first character must be one ASCII character: {first!r}")
    out = first + (first.upper() if first.islower() else "") + _MORE_CASES.get(first, "")
    return "".join("\\" + c if c in _CLASS_SPECIAL else c for c in out)


def folded_first_char(*parts: str | Iterable[str], not_after: str = "") -> str:
    """The alternatives of `parts` (as in `alternation.by_first_char`: a list of regex alternatives, or a
    string of plain words 'a|b|c', each starting with a lower-case ASCII letter, a digit or a punctuation
    mark other than regex syntax) as one case-blind alternation opening on one character class, for a
    pattern compiled without re.I. `not_after` (a character class such as r"\\w", the `\\b` before words):
    no match follows such a character."""
    groups: dict[str, list[str]] = {}
    for part in parts:
        for alt in part.split("|") if isinstance(part, str) else part:
            first = alt[:1]
            if not first or first in "\\()[]{}.^$|?*+" or first.isspace() or first != first.lower():
                raise ValueError(f"an alternative must start with a lower-case literal character: {alt!r}")
            groups.setdefault(first, []).append(alt[1:])
    behind = f"(?<!{not_after}.)" if not_after else ""
    opening = "[" + "".join(folds(first) for first in groups) + "]" + behind
    out = []
    for first, tails in groups.items():
        tail = "" if tails == [""] else "(?i:" + "|".join(tails) + ")"
        out.append(tail if len(groups) == 1 else f"(?<=[{folds(first)}]){tail}")
    return opening + (out[0] if len(out) == 1 else "(?:" + "|".join(out) + ")")
