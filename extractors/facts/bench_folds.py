"""Benchmarks written in a spelling the lists do not hold: the same letters and digits spaced, hyphenated or
cased another way ('Live Code Bench', 'Sim-pleQA'), or one letter off in a long name ('Toolathon' for
Toolathlon). Each is read as the benchmark it spells, found by the name's folded form (its letters and
digits, lower-cased) rather than by a list of its spellings (used by mentions.py)."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from itertools import accumulate

from extractors.facts import entities as ent
from extractors.facts.document import fold

# a run of words a name may be made of: the first capitalised (or a digit), up to three more after it, each
# joined by one space or hyphen
_WORD = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9+.'’]*[A-Za-z0-9+])?")
_RUN = re.compile(r"[A-Z](?<![\w.+'’-][A-Z])[A-Za-z0-9+.'’]*(?:[ -][A-Za-z0-9][A-Za-z0-9+.'’]*){0,3}")
# one plain word ('Multiple', 'Ruler'): an ordinary word may spell a benchmark's letters by chance
_PLAIN_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+")
# a spelling the lists hold only with a word for what it is ('MATH benchmark'): its letters alone are no name
_GENERIC_TAIL = re.compile(r" (?:benchmark|test|leaderboard|eval|score)s?$")
_MIN_FOLD = 5  # shorter folds are acronyms a word can spell by chance ('ARC' in 'Arc')
_MIN_FUZZY = 8  # only a long name is still its benchmark with one letter off
# a word as the letters' case shows it ('Mile' and 'Bench' in 'MileBench'): one small letter off in a short
# one spells another word ('Camp' for 'Comp', 'Life' for 'Live', 'Mile' for 'MLE'), not a slip of the pen
_CASED_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+")
_SHORT_WORD = 4
_MARKS = str.maketrans("", "", "+.'’")  # the characters of a word (_WORD) a fold drops


@cache
def _index() -> tuple[dict[str, str], dict[str, set[str]], frozenset[str]]:
    """Folded spelling -> benchmark, for every benchmark spelling the patterns hold that needs no other
    word on the page; each long fold with one letter deleted -> the folds it comes from; and the spellings
    the lists hold as written (one not read where it stands was refused there for a reason)."""
    kb = ent.knowledge()
    folds: dict[str, set[str]] = {}
    for r in kb.records:
        if r.kind != "benchmark" or r.requires or _GENERIC_TAIL.search(r.alias):
            continue
        f = fold(r.alias)
        if len(f) >= _MIN_FOLD:
            folds.setdefault(f, set()).add(r.canonical)
    exact = {f: next(iter(c)) for f, c in folds.items() if len(c) == 1}
    written = frozenset(r.alias for r in kb.records if r.kind == "benchmark")
    deletes: dict[str, set[str]] = {}
    for f in exact:
        if len(f) >= _MIN_FUZZY and not any(ch.isdigit() for ch in f):
            for i in range(len(f)):
                deletes.setdefault(f[:i] + f[i + 1 :], set()).add(f)
    return exact, deletes, written


def _one_off(a: str, b: str) -> bool:
    """Whether two strings differ by one letter inserted, deleted or replaced."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _short_word_edit(surface: str, k: str) -> bool:
    """Whether the one letter by which the surface's fold differs from the fold `k` is a small letter in a
    short word of the surface ('Browse Camp', 'MileBench'); a letter added after k's end ('Frontier Maths',
    "Arena AI's") or a capital within an acronym ('LLM arena') is not."""
    f = fold(surface)
    p = next((i for i, (x, y) in enumerate(zip(f, k, strict=False)) if x != y), min(len(f), len(k)))
    if p >= len(k):
        return False
    at = [i for i, ch in enumerate(surface) if fold(ch)][min(p, len(f) - 1)]  # that letter in the surface
    word = next(m for m in _CASED_WORD.finditer(surface) if m.start() <= at < m.end())
    return surface[at].islower() and len(word.group()) <= _SHORT_WORD


@cache
def _ends() -> tuple[frozenset[str], frozenset[str]]:
    """The first and the last four letters of every fold the lists hold: a fold of 8 or more letters one
    letter off a held fold shares its first four or its last four (one edit cannot touch both ends), so a
    fold that shares neither with any is no near spelling (most of a page's runs of words)."""
    exact = _index()[0]
    return frozenset(k[:4] for k in exact), frozenset(k[-4:] for k in exact)


def _fuzzy(surface: str, exact: dict[str, str], deletes: dict[str, set[str]]) -> str | None:
    """The one benchmark whose long fold the surface's is one letter off, not a short word's small letter."""
    f = fold(surface)
    if len(f) < _MIN_FUZZY:
        return None
    heads, tails = _ends()
    if (f[:4] not in heads and f[-4:] not in tails) or any(ch.isdigit() for ch in f):
        return None
    near = set(deletes.get(f, ()))
    for i in range(len(f)):
        d = f[:i] + f[i + 1 :]
        if d in exact:
            near.add(d)
        near |= deletes.get(d, set())
    hits = {exact[k] for k in near if _one_off(f, k) and not _short_word_edit(surface, k)}
    return hits.pop() if len(hits) == 1 else None


@cache
def _halves() -> tuple[frozenset[str], frozenset[str]]:
    """Every prefix and every suffix of the folds a near spelling can be one letter off (no digit, 7 letters
    or more): a fold f one edit from such a fold k keeps f's first half as a prefix of k when the edit lies
    in its second half, else its second half as a suffix of k, so a fold whose halves are neither is no
    near spelling of any."""
    keys = [k for k in _index()[0] if len(k) >= _MIN_FUZZY - 1 and not any(ch.isdigit() for ch in k)]
    return (
        frozenset(k[:n] for k in keys for n in range(len(k) + 1)),
        frozenset(k[n:] for k in keys for n in range(len(k) + 1)),
    )


@lru_cache(maxsize=1 << 16)
def _run_names(run: str) -> dict[int, tuple[tuple[int, int, int, str], ...]]:
    """The names a run of words may spell, by the word they start from: (end word, start, end, benchmark),
    longest first, each a spelling the lists do not hold as written and no plain word. It depends on the
    run's letters only, so it is worked out once per run however often the pages write it ('OpenAI',
    'GPT-5', 'SWE-bench Verified'); most runs spell nothing."""
    exact, deletes, written = _index()
    prefixes, suffixes = _halves()
    words = _WORD.findall(run)
    # the fold of words i..j is their folds joined: what lies between two words of a run is spaces,
    # hyphens and marks a fold drops (a letter or a digit always starts a word)
    wfolds = "\0".join(words).lower().translate(_MARKS).split("\0")
    spans: list[tuple[int, int]] = []
    names: dict[int, tuple[tuple[int, int, int, str], ...]] = {}
    for i in range(len(words)):
        if not words[i][0].isupper():  # every name from this word starts with it
            continue
        folds = list(accumulate(wfolds[i:]))
        found = []
        for j in range(len(words) - 1, i - 1, -1):  # the longest name from this word wins
            f = folds[j - i]
            canon = exact.get(f)
            if canon is None:
                # _fuzzy's tests first (8 letters or more, no digit), then the halves
                h = len(f) // 2
                if (
                    len(f) < _MIN_FUZZY
                    or not f.isalpha()
                    or (f[:h] not in prefixes and f[h:] not in suffixes)
                ):
                    continue
            spans = spans or [m.span() for m in _WORD.finditer(run)]
            start, end = spans[i][0], spans[j][1]
            if canon is None and (canon := _fuzzy(run[start:end], exact, deletes)) is None:
                continue
            if run[start:end] not in written and not _PLAIN_WORD.fullmatch(run[start:end]):
                found.append((j, start, end, canon))
        if found:
            names[i] = tuple(found)
    return names


def folded_benchmarks(text: str, known: list[ent.Mention]) -> list[ent.Mention]:
    """Benchmarks written in another spelling of a name the patterns hold, where no known name is."""
    if not any(map(_run_names, _RUN.findall(text))):  # most pages spell no benchmark another way
        return []
    covered = ent.Spans(known).overlaps
    out: list[ent.Mention] = []
    for run in _RUN.finditer(text):
        names = _run_names(run.group())
        if not names:
            continue
        base, i, last = run.start(), 0, max(names)
        while i <= last:
            hit = next(
                (h for h in names.get(i, ()) if not covered(base + h[1], base + h[2])), None
            )  # the longest name from this word no known name overlaps
            if hit is None:
                i += 1
                continue
            j, start, end, canon = hit
            unit = ent.knowledge().bench_unit.get(canon)
            surface = run.group()[start:end]
            out.append(
                ent.Mention("benchmark", canon, base + start, base + end, surface, None, 0.8, "folded", unit)
            )
            i = j + 1
    return out
