"""A benchmark's named part (a domain or split: 'retail', 'telecom', 'long videos') written right beside a
figure: the figure is that part's result, and the part is its setting (slot 'subset').

Pages write one test's parts in a few shapes: a label right before the figure ('Retail 70.3%, Airline
51.8%', '(retail) 0.703', 'telecom: 97.2%'), the part right after the benchmark's name just before the figure
('the τ2-bench telecom (97.2%)'), or right after the figure ('97.2% on telecom and 83.5% on retail', '70.3%
(retail)', '70.3% on τ-bench (retail)'). Only a part touching the figure counts: 'telecom and 83.5%' belongs
to the figure before it, and a part word elsewhere in the sentence ('a win for airline support bots') is no
setting. The part words are data (patterns/test_parts.jsonl: `id` = the setting, `words` = its spellings).

A table row or a list label may glue the part onto the benchmark's name ('τ2-bench Telecom', 'HLE-Full'): a
name the lists do not hold that is a benchmark they hold plus a part word is that benchmark, with the part as
its setting; a part that means the whole test ('full', `whole` in the data) adds no setting. A name the lists
hold as it stands ('SWE-bench Full') is left alone. `named_parts(scores)` runs once per article over its
facts, after every reader.

`part_beside(before, after)` is called per figure on its clause's text before and after it (scores.py); a
cheap substring test on the lower-cased windows turns away the many figures that have no part word near them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from pathlib import Path

from extractors.facts.conditions import conditions_in, join_settings
from extractors.facts.entities import pattern_mentions
from extractors.facts.patterns import data_rows, word_alternation
from schema.records import ScoreFact

_FILE = Path(__file__).resolve().parent / "patterns" / "test_parts.jsonl"
_REACH = 60  # how much of the text before / after a figure is looked at


@cache
def _rows() -> tuple[dict[str, str], frozenset[str]]:
    """Spelling (lower case) -> part, for every part; and the spellings that mean the whole test."""
    spelled: dict[str, str] = {}
    whole: set[str] = set()
    for row in data_rows(_FILE, ("id", "words")):
        for w in row["words"]:
            spelled[w.lower()] = row["id"]
            if row.get("whole"):
                whole.add(w.lower())
    return spelled, frozenset(whole)


@cache
def _parts() -> tuple[dict[str, str], tuple[str, ...], re.Pattern[str], re.Pattern[str]]:
    """Spelling (lower case) -> part, the whole test's words left out (a figure beside 'full' is no part's);
    the first words of the spellings (the cheap test); the pattern of a part ending the text before a figure;
    the pattern of a part opening the text after it."""
    every, whole = _rows()
    spelled = {w: p for w, p in every.items() if w not in whole}
    words = word_alternation(spelled, spaces=r"[\s-]+", longest_first=True)
    part = rf"(?<![\w-])({words})(?![\w-])"
    # '… Retail ', '… (retail) ', '… telecom: ', '… τ2-bench telecom (': only marks between it and the figure
    before = re.compile(rf"(?:^|[\s(|,;/]){part}\)?\s*[:=|]?\s*\(?\s*$", re.I)
    # '% on telecom', '% in the retail', ' (retail)', '% on τ-bench (retail)' (no other figure in between)
    after = re.compile(
        rf"^\s*(?:%|percent|points?|pts)?\s*(?:\(\s*{part}\s*\)|(?:on|in|for)\s+(?:the\s+)?{part}"
        rf"|(?:on|in|for)\s+[^\d()%,;.]{{1,30}}?\(\s*{part}\s*\))",
        re.I,
    )
    firsts = tuple(sorted({w.split()[0].split("-")[0] for w in spelled}))
    return spelled, firsts, before, after


def _has_word(text: str, firsts: tuple[str, ...]) -> bool:
    low = text.lower()
    return any(f in low for f in firsts)


def part_beside(before: str, after: str) -> str | None:
    """The named part of a benchmark written touching a figure, given the text before it (from the clause's
    start) and after it (to the next figure); None when no part word touches it. A part after the figure
    wins over one before it ('… 97.2% on telecom' is telecom even after 'Retail 70.3%, ')."""
    spelled, firsts, before_rx, after_rx = _parts()
    head, tail = before[-_REACH:], after[:_REACH]
    if not _has_word(head + " " + tail, firsts):
        return None
    m = after_rx.match(tail) or before_rx.search(head)
    word = next((g for g in m.groups() if g), None) if m else None
    return spelled.get(re.sub(r"[\s-]+", " ", word.lower())) if word else None


@cache
def _glued() -> re.Pattern[str]:
    """A name ending in a part word, hyphenated or spaced on ('τ2-bench Telecom', 'HLE-Full')."""
    every, _ = _rows()
    words = word_alternation(every, spaces=r"[\s-]+", longest_first=True)
    return re.compile(rf"(?P<head>.+?)[\s\-\u2010\u2011]+(?P<part>{words})", re.I)


@cache
def _split(name: str) -> tuple[str, str | None] | None:
    """(benchmark, part or None for the whole test) when `name` is a listed benchmark plus a part word and is
    not listed itself; None otherwise."""
    m = _glued().fullmatch(name)
    if m is None:
        return None
    if any(x.kind == "benchmark" and x.start == 0 and x.end == len(name) for x in pattern_mentions(name)):
        return None  # a listed name as it stands ('SWE-bench Full')
    head = m.group("head")
    found = [
        x for x in pattern_mentions(head) if x.kind == "benchmark" and x.start == 0 and x.end == len(head)
    ]
    if len(found) != 1:
        return None
    every, whole = _rows()
    word = re.sub(r"[\s-]+", " ", m.group("part").lower())
    return found[0].canonical, (None if word in whole else every.get(word))


def _with_part(setting: str | None, part: str) -> str | None:
    """The fact's setting with the part added in the house order (conditions.join_settings)."""
    pieces = [p.strip() for p in (setting or "").split(";") if p.strip()]
    slots = [(next(iter(conditions_in(p)), "other"), p) for p in pieces]
    return join_settings([("subset", part), *slots])


def named_parts(scores: Iterable[ScoreFact]) -> list[ScoreFact]:
    """Each fact whose benchmark is a listed benchmark with a part glued on, as that benchmark with the part
    as its setting (see the module docstring); the rest as they are."""
    out: list[ScoreFact] = []
    for s in scores:
        got = (
            _split(s.benchmark)
            if " " in s.benchmark or "-" in s.benchmark or "\u2011" in s.benchmark
            else None
        )
        if got is None:
            out.append(s)
            continue
        bench, part = got
        out.append(replace(s, benchmark=bench, setting=_with_part(s.setting, part) if part else s.setting))
    return out
