"""Where a pattern can start, read from the pattern itself: a cheap scan for its possible first characters
finds the positions where the costly pattern is then tried, instead of trying it at every position.

`comparison_words.HEAD` (the comparison heads: some ten thousand characters of word lists, case-insensitive)
was the largest single cost of the claims pass: `re` tries it at every word's start, about 0.7 us per
character of a segment with a comparison word. Most word starts cannot open any of its words.
`starts(parsed, k)` walks the parsed pattern and collects the classes of the first k characters every match
can open on (a lookaround is read as holding everywhere, a class escape, a range, a letter or '.' as what
they may match: a superset of the real starts). `Starts` turns them into scans of the text as `fold_ascii`
writes it (ASCII lower-cased, every other character one stand-in, one character for one): for each ASCII
character the engine itself is asked whether the class matches it, under the pattern's flags and
case-insensitively, and the stand-in is admitted wherever a non-ASCII character may match ('k' matches the
Kelvin sign). A branch that opens on a one-character lookbehind (the word start) scans for a character
outside it followed by the start (a scan that opens on a negated class, which `re` skips through in C).
`Starts.finditer` tries the pattern at its `pos` and at every position a scan finds, in order, from the end
of the last match: the same matches, in the same order, as the pattern's own `finditer`.
"""

from __future__ import annotations

import functools
import heapq
import re
from collections.abc import Callable, Iterator
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any

ANY = "ANY"  # a position where any character may stand (a negated class, '.', or a pattern cut short)
Atom = str  # one character, a class escape ('\\d') or a range ('a-z'), written as inside a class
Prefix = tuple[frozenset[Atom] | str, ...]
Item = tuple[Any, Any]  # one parsed item of `re`: (op, argument)


def _atoms(items: list[Item]) -> frozenset[Atom] | str:
    out: set[Atom] = set()
    for op, av in items:
        if op is C.LITERAL:
            out.add(re.escape(chr(av)))
        elif op is C.RANGE:
            lo, hi = av
            out.add(re.escape(chr(lo)) + "-" + re.escape(chr(hi)))
        elif op is C.CATEGORY:
            esc = {
                C.CATEGORY_DIGIT: r"\d",
                C.CATEGORY_NOT_DIGIT: r"\D",
                C.CATEGORY_SPACE: r"\s",
                C.CATEGORY_NOT_SPACE: r"\S",
                C.CATEGORY_WORD: r"\w",
                C.CATEGORY_NOT_WORD: r"\W",
            }.get(av)
            if esc is None:
                return ANY
            out.add(esc)
        else:  # NEGATE and anything else: no bound on the character
            return ANY
    return frozenset(out)


def _concat(heads: set[Prefix], tails_of: Callable[[int], set[Prefix]], k: int) -> set[Prefix]:
    out: set[Prefix] = set()
    for h in heads:
        if len(h) >= k:
            out.add(h)
        else:
            out |= {h + t for t in tails_of(k - len(h))}
    return out


def _seq(items: list[Item], k: int) -> set[Prefix]:
    acc: set[Prefix] = {()}
    for item in items:
        acc = _concat(acc, functools.partial(_item, item), k)
    return acc


def _item(item: Item, k: int) -> set[Prefix]:
    """The prefixes (at most k characters) of what `item` matches; one shorter than k is a whole match."""
    op, av = item
    if op is C.LITERAL:
        return {(frozenset({re.escape(chr(av))}),)}
    if op is C.IN:
        return {(_atoms(av),)}
    if op in (C.NOT_LITERAL, C.ANY):
        return {(ANY,)}
    if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
        return {()}  # zero-width: read as holding everywhere
    if op is C.BRANCH:
        return set().union(*(_seq(list(b), k) for b in av[1]))
    if op is C.SUBPATTERN:
        return _seq(list(av[3]), k)
    if op is C.ATOMIC_GROUP:
        return _seq(list(av), k)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        one = _seq(list(sub), k)
        out: set[Prefix] = set()
        acc: set[Prefix] = {()}
        for j in range(k + 1):
            out |= {p for p in acc if len(p) >= k}  # already k characters long, whatever follows
            if lo <= j <= hi:
                out |= {p for p in acc if len(p) < k}  # j copies end the repeat
            if j == k or j >= hi:
                break
            acc = _concat(acc, lambda n: {p[:n] for p in one}, k)
        if hi > k or lo > k:  # more copies may follow a short run of copies that matched nothing
            out |= {p + (ANY,) * (k - len(p)) for p in acc if len(p) < k}
        return out
    # a back reference or a conditional group: no bound
    return {(ANY,) * k}


def starts(parsed: list[Item], k: int) -> set[Prefix]:
    """Every first k characters (as classes) a match of the parsed sequence can open on."""
    return _seq(parsed, k)


def _class(atoms: frozenset[Atom] | str) -> str | None:
    return None if atoms == ANY else "[" + "".join(sorted(atoms)) + "]"


_ASCII = [chr(i) for i in range(128)]


@functools.cache
def _ascii_lowered(atoms: frozenset[Atom] | str, flags: int) -> str | None:
    """The class as the folded text (`fold_ascii`) reads it: the lower-cased ASCII characters the class
    matches (the re engine is asked, character by character, under the pattern's flags), and the stand-in
    of every other character when the class may match one (a class escape, a range, a letter: 'k' matches
    the Kelvin sign); None for any character."""
    if atoms == ANY:
        return None
    cls = re.compile(str(_class(atoms)), flags | re.IGNORECASE)
    chars = sorted({c.lower() for c in _ASCII if cls.fullmatch(c)})
    if any(len(a) > 1 or not a.isascii() or a.isalpha() for a in atoms):
        chars.append(_OTHER)
    return "[" + "".join(map(re.escape, chars)) + "]" if chars else ""


_OTHER = "\x80"  # every character outside ASCII, in the folded text
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def fold_ascii(text: str) -> str:
    """The text as the scans read it, one character for one: ASCII lower-cased, every other character one
    stand-in (so that lower-casing never changes the length, and the scans' classes stay small)."""
    return _NOT_ASCII.sub(_OTHER, text).lower()


def _trie(prefixes: set[tuple[str | None, ...]]) -> str:
    """The prefixes (classes; None for any character) as one alternation grouped by their first class."""
    by_first: dict[str, set[tuple[str | None, ...]]] = {}
    for p in prefixes:
        if p[0] is None:
            return ""  # any character: nothing asked from here on
        by_first.setdefault(p[0], set()).add(p[1:])
    alts = []
    for first, rests in sorted(by_first.items()):
        rests = {r[: r.index(None)] if None in r else r for r in rests}  # nothing asked after an open place
        alts.append(first if () in rests else first + "(?:" + _trie(rests) + ")")
    return "|".join(alts)


def _lead(items: list[Item], flags: int) -> str | None:
    """The class of a leading negative lookbehind of one character ('(?<![\\w-])': at a word's start), when
    the folded text keeps it: an ASCII character and its lower case are both in it or both not, and the
    stand-in of the other characters is not (so a character the lookbehind lets pass, folded, passes)."""
    if not (items and items[0][0] is C.ASSERT_NOT and items[0][1][0] == -1):
        return None
    sub = list(items[0][1][1])
    cls = _class(_atoms(sub[0][1])) if len(sub) == 1 and sub[0][0] is C.IN else None
    if cls is None:
        return None
    rx = re.compile(cls, flags)
    if rx.fullmatch(_OTHER) or any(bool(rx.fullmatch(c)) != bool(rx.fullmatch(c.lower())) for c in _ASCII):
        return None
    return cls


class Starts:
    """`rx` searched through the positions of a cheap scan of its starts (see the module's docstring)."""

    def __init__(self, rx: re.Pattern[str], depth: int = 5) -> None:
        self.rx = rx
        parsed = list(P.parse(rx.pattern, rx.flags).data)
        first = starts(parsed, 1)
        if () in first or any(p[0] == ANY for p in first):
            raise ValueError("the pattern can open on any character or match nothing: nothing to scan for")
        branches = [parsed]
        if len(parsed) == 1 and parsed[0][0] is C.BRANCH:
            branches = [list(b) for b in parsed[0][1][1]]
        by_lead: dict[str | None, set[tuple[str | None, ...]]] = {}
        for items in branches:
            classes = {tuple(_ascii_lowered(a, rx.flags) for a in p) for p in starts(items, depth)}
            # a class no character of the folded text matches: the branch cannot start there
            by_lead.setdefault(_lead(items, rx.flags), set()).update(c for c in classes if "" not in c)
        self.scans: list[tuple[re.Pattern[str], int]] = []
        for lead, classes in sorted(by_lead.items(), key=lambda kv: str(kv[0])):
            if not classes:
                continue
            if lead is not None:
                # the character before a start (not of the lead's class), then the start's first characters:
                # a scan that opens on one (negated) class, which re skips through; the start is after it
                self.scans.append((re.compile("[^" + lead[1:] + "(?=" + _trie(classes) + ")"), 1))
            else:
                # the start's first character (one class, which re skips through), then each alternative
                # asks that it opened the alternative and that its rest follows
                firsts: dict[str, set[tuple[str | None, ...]]] = {}
                for c in classes:
                    firsts.setdefault(str(c[0]), set()).add(c[1:])
                union = "[" + "".join(f[1:-1] for f in sorted(firsts)) + "]"
                alts = "|".join(
                    f"(?<={f})" + (f"(?={_trie(rests)})" if () not in rests and _trie(rests) else "")
                    for f, rests in sorted(firsts.items())
                )
                self.scans.append((re.compile(union + "(?:" + alts + ")"), 0))

    def finditer(self, text: str, pos: int, endpos: int, folded: str) -> Iterator[re.Match[str]]:
        """`rx.finditer(text, pos, endpos)`, `rx` tried only at `pos` and where the scan of `folded` (the
        text's `fold_ascii`) finds a start."""
        match = self.rx.match
        nxt = pos
        m = match(text, pos, endpos)
        if m is not None:
            yield m
            nxt = m.end()
        found = [_starts(scan.finditer(folded, pos, endpos), shift) for scan, shift in self.scans]
        for p in found[0] if len(found) == 1 else heapq.merge(*found):
            if p < nxt:
                continue
            m = match(text, p, endpos)
            if m is not None:
                yield m
                nxt = m.end()


def _starts(found: Iterator[re.Match[str]], shift: int) -> Iterator[int]:
    return (s.start() + shift for s in found)
