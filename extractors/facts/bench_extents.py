"""Where a benchmark name the page introduces begins and ends, checked once all readers have proposed theirs.

Names found from context (`unknown_bench`, grid headers, runs of figures) are cut by the shape of the phrase
that introduced them, so two mistakes recur on every kind of page:

- a sentence's first word taken for the name: 'Here is the current leaderboard for …' or 'Additionally, the
  benchmark …' define 'Here' and 'Additionally'. One plain capitalised word that the page only ever writes
  where a prose sentence opens is capitalised because the sentence starts there, not because it is a name
  (a real one-word name is written mid-sentence too: 'scores 40% on Quarry');
- the name cut before its variant word: a page about 'Quarry-Bench Pro' is read as 'Quarry-Bench', and its
  figures filed under the base test. The words that name a variant are those our known benchmarks put after
  another known benchmark's name ('Verified', 'Pro', 'Hard', 'Diamond', …: derived from the pattern list, no
  list of its own); a name the page writes with one after it is proposed with it too (the longest name is
  matched first, so the bare name still stands where the page writes it bare).
"""

from __future__ import annotations

import re
from functools import cache

from extractors.facts.alternation import longest_first
from extractors.facts.entities import knowledge

_PLAIN_WORD = re.compile(r"[A-Z][a-z]+")
# what stands before a word that opens a sentence: the text's start, a line's start with any list or heading
# mark, or a sentence's end ('.', '!', '?', maybe a closing quote or bracket) and a blank
_OPENS_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-*•>#]+[ \t]*|\d{1,3}[.)][ \t]*)?$|[.!?][\"'”’)\]]*[ \t]+$")
# and after it, the sentence going on in prose: maybe a comma, then a word in lower case
_PROSE_AFTER = re.compile(r",?[ \t]+[a-z]")


def _opens_sentence(text: str, start: int, end: int) -> bool:
    return bool(_OPENS_BEFORE.search(text, max(0, start - 12), start)) and bool(_PROSE_AFTER.match(text, end))


def sentence_opener(text: str, name: str) -> bool:
    """Whether `name` is one plain capitalised word ('Here', 'Additionally') that `text` writes only where a
    prose sentence opens: the sentence's capital, not a name's."""
    if not _PLAIN_WORD.fullmatch(name):
        return False
    places = [m for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)]
    return bool(places) and all(_opens_sentence(text, m.start(), m.end()) for m in places)


@cache
def variant_words() -> frozenset[str]:
    """The words a known benchmark's name adds after another known benchmark's name ('SWE-bench' ->
    'SWE-bench Verified'): what names a variant of a test. Words of one letter are left out (a roman 'I'
    would take the pronoun after a name)."""
    recs = [r for r in knowledge().records if r.kind == "benchmark"]
    names = {n.lower() for r in recs for n in (r.canonical, r.alias)}
    out = set()
    for r in recs:
        for n in (r.canonical, r.alias):
            head, _sp, last = n.rpartition(" ")
            if head.lower() in names and len(last) > 1 and last.isalpha() and last[0].isupper():
                out.add(last)
    return frozenset(out)


@cache
def _variant_after() -> re.Pattern[str]:
    words = "|".join(longest_first(variant_words()))
    return re.compile(r"[ \t](" + words + r")(?![\w-])")


def checked_benchmarks(text: str, names: dict[str, str]) -> dict[str, str]:
    """The page's introduced benchmark names (surface -> canonical) without sentence openers, and with each
    name's variants the page writes ('Quarry-Bench Pro' beside 'Quarry-Bench')."""
    out = {s: c for s, c in names.items() if not sentence_opener(text, s)}
    after = _variant_after()
    for surface, canonical in list(out.items()):
        at = text.find(surface)
        while at >= 0:
            m = after.match(text, at + len(surface))
            if m is not None and (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "-")):
                out.setdefault(f"{surface} {m.group(1)}", f"{canonical} {m.group(1)}")
            at = text.find(surface, at + 1)
    return out
