"""A benchmark's named part (a domain or split: 'retail', 'telecom', 'long videos') written right beside a
figure: the figure is that part's result, and the part is its setting (slot 'subset').

The part may stand as a label just before the figure ('telecom: 88.6%', '(airline) 0.479', 'in retail
= 81'), follow the benchmark's name just before it ('the τ2-bench telecom (97.2%)'), or follow the figure
('97.2% on telecom and 83.5% on retail', '70.3% (retail)', '70.3% on τ-bench (retail)'). It has to touch the
figure: in 'telecom and 83.5%' the word is the earlier figure's, and a part word elsewhere in the sentence
('a win for airline support bots') is no setting. A list of parts ('telecom/retail 64.8% and 59.1%',
'64.8% and 59.1% on telecom and retail') is read by no adjacency: which figure is which part is left unsaid.
The part words are data (patterns/test_parts.jsonl: `id` = the setting, `words` = its spellings, `tests` =
the benchmarks that have the part): on a test that has no such part ('57.3% on MathVista (telecom)', a model
named '… Airline') the word is no setting, and `named_parts` takes it off.

A table row or a list label may glue the part onto the benchmark's name ('τ2-bench Telecom', 'HLE-Full'): a
name the lists do not hold that is a benchmark they hold plus a part word is that benchmark, with the part as
its setting; a part that means the whole test ('full', `whole` in the data) adds no setting, and neither does
the version the new name already ends with ('BFCL v3 Full' read with a setting 'v3'). A name the lists hold
as it stands ('SWE-bench Full') is left alone. `named_parts(scores)` runs once per article over its facts,
after every reader.

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
from extractors.facts.own_versions import own_versions
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
def _tests() -> dict[str, frozenset[str]]:
    """Part -> the benchmarks (ids) that have it."""
    return {row["id"]: frozenset(row.get("tests", ())) for row in data_rows(_FILE, ("id", "words"))}


@cache
def _parts() -> tuple[dict[str, str], tuple[str, ...], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Spelling (lower case) -> part, the whole test's words left out (a figure beside 'full' is no part's);
    the first words of the spellings (the cheap test); the pattern of a part ending the text before a figure;
    the pattern of a part opening the text after it; the pattern of a part joined as a list to a next one or,
    searched up to a part's start, to the one before it (`$`)."""
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
    # 'telecom/retail', 'telecom and retail', 'airline, retail': which figure is which is not said by place
    joint = r"\s*(?:/|&|,|\band\b|\bor\b)\s*"
    listed = re.compile(rf"{part}{joint}(?:{part}|$)", re.I)  # `$`: at a later part's start (endpos)
    firsts = tuple(sorted({w.split()[0].split("-")[0] for w in spelled}))
    return spelled, firsts, before, after, listed


def _has_word(text: str, firsts: tuple[str, ...]) -> bool:
    low = text.lower()
    return any(f in low for f in firsts)


def part_beside(before: str, after: str) -> str | None:
    """The named part of a benchmark written touching a figure, given the text before it (from the clause's
    start) and after it (to the next figure); None when no part word touches it, or when the touching part is
    one of a list. Where both sides hold one, the part after the figure is taken: in 'airline: 40.2% on
    telecom' the figure is the telecom one."""
    spelled, firsts, before_rx, after_rx, listed = _parts()
    head, tail = before[-_REACH:], after[:_REACH]
    if not _has_word(head + " " + tail, firsts):
        return None
    m = after_rx.match(tail)
    if m is not None:
        g = next(i for i, x in enumerate(m.groups(), 1) if x)
        # (a '.' closes the tail, so that only a second part, not the tail's end, makes a list)
        if listed.match(tail.rstrip(" ,/&") + ".", m.start(g)):
            return None  # '% on telecom and retail': one of a list
    else:
        m = before_rx.search(head)
        if m is None:
            return None
        g = 1
        if listed.search(head, 0, m.start(g)):
            return None  # 'telecom/retail 64.8%': one of a list
    return spelled.get(re.sub(r"[\s-]+", " ", m.group(g).lower()))


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
    if word in whole:
        return found[0].canonical, None
    part = every.get(word)
    if part is None or found[0].canonical not in _tests().get(part, frozenset()):
        return None  # a part the test does not have ('GPQA Diamond Telecom' is some other name)
    return found[0].canonical, part


def _with_part(setting: str | None, part: str) -> str | None:
    """The fact's setting with the part added in the house order (conditions.join_settings)."""
    pieces = [p.strip() for p in (setting or "").split(";") if p.strip()]
    slots = [(next(iter(conditions_in(p)), "other"), p) for p in pieces]
    return join_settings([("subset", part), *slots])


def _unowned(setting: str, benchmark: str) -> str | None:
    """The setting without a part that `benchmark` does not have ('telecom' on MathVista); as it is else."""
    tests = _tests()
    pieces = setting.split("; ")
    kept = [p for p in pieces if p not in tests or not tests[p] or benchmark in tests[p]]
    return setting if len(kept) == len(pieces) else ("; ".join(kept) or None)


def named_parts(scores: Iterable[ScoreFact]) -> list[ScoreFact]:
    """Each fact whose benchmark is a listed benchmark with a part glued on, as that benchmark with the part
    as its setting (see the module docstring); a part its benchmark does not have taken off its setting; the
    version the new name ends with taken off too; the rest as they are."""
    out: list[ScoreFact] = []
    for s in scores:
        got = (
            _split(s.benchmark)
            if " " in s.benchmark or "-" in s.benchmark or "\u2011" in s.benchmark
            else None
        )
        if got is not None:
            bench, part = got
            s = replace(s, benchmark=bench, setting=_with_part(s.setting, part) if part else s.setting)
            if s.setting:
                s = own_versions([s])[0]
        if s.setting:
            s = replace(s, setting=_unowned(s.setting, s.benchmark))
        out.append(s)
    return out
