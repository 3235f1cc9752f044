"""Mentions found by their shape rather than by the pattern index: words a page introduces as names of a kind
(discovered models and benchmarks, with their tiers), contest editions ('AIME 2026'), pronouns and
"<lab>'s model", names written without the version the page gives elsewhere, and what a name's tail adds
(a member's version, an effort, the size that is the sentence's count).
"""

from __future__ import annotations

import re
from functools import cache

from extractors.facts.entities import (
    CHECKPOINT_WORDS,
    CJK,
    LABMODEL_RE,
    PRONOUN_RE,
    TIERS,
    Mention,
    attach_tail,
    knowledge,
)

# a discovered name's tier words, and the words a checkpoint's published name carries ('Name 7B Instruct
# v0.3'); a snapshot date after it is an alias's ('Name Small 2506' is Name Small), not part of the name
_TIER_TAIL = (
    r"(?P<tier>(?:[ \t](?:"
    + CHECKPOINT_WORDS
    + "|"
    + TIERS.replace("|mini|", "|").replace("|nano|", "|")
    + r")(?![\w-]|\.\d))*)"
)


def word_mentions(
    text: str, names: dict[str, str], kind: str, method: str, conf: float, tiers: bool = False
) -> list[Mention]:
    """Whole-word occurrences of surface -> canonical names. With `tiers`, a tier word written after the name
    is part of it ('Name-2 Lite' is a member of its own, not 'Name-2'; the longest name wins)."""
    if not names:
        return []
    rx = re.compile(
        f"(?<![^\\W{CJK}]|-)(?P<name>"  # a name glued to Chinese or Japanese text is whole too
        + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        + r")"
        + (_TIER_TAIL if tiers else "")
        # a capitalised word glued after a version or a size is another cell's ('Name-6-27bLab')
        + f"(?!-|\\.\\d)(?:(?![^\\W{CJK}])|(?<=\\d)(?=[A-Z][a-z]{{2}})|(?<=\\d[bBmM])(?=[A-Z][a-z]{{2}}))"
    )
    out = []
    for m in rx.finditer(text):
        canon = names[m.group("name")]
        tail = m.group("tier") if tiers else None
        if tail:
            canon += " " + " ".join(tail.split())
        out.append(Mention(kind, canon, m.start(), m.end(), m.group(), confidence=conf, method=method))
    return out


_YEAR_AFTER = re.compile(r"\)\s+((?:19|20)\d\d)\b")
_DOTTED_VERSION = re.compile(r"\s\d{1,2}\.\d{1,2}$")
_BENCH_VERSION = re.compile(r"[ \t]v?(\d{1,2}\.\d{1,2})(?![\d.%]|\s?%|\s?(?:points?|pts)\b)")


def resolve_unversioned(mentions: list[Mention], text: str) -> None:
    """'AIME' in an article that names 'AIME 2025' is AIME 2025; so is 'American Invitational Mathematics
    Examination (AIME) 2025', the year written after the short name's parenthesis."""
    benches = {m.canonical for m in mentions if m.kind == "benchmark"}
    ids = knowledge().bench_ids
    for m in mentions:
        if m.kind == "benchmark" and not any(c.isdigit() for c in m.surface):
            # 'Terminal-Bench 2.1' where we know 'Terminal-Bench 2.0': a new version of the benchmark, its
            # number part of the name, not a score
            known = _DOTTED_VERSION.search(m.canonical)
            later = _BENCH_VERSION.match(text, m.end)
            if known and later:
                m.canonical = f"{m.canonical[: known.start()]} {later.group(1)}"
                m.end = later.end()
                m.surface = text[m.start : m.end]
                continue
        if m.kind == "benchmark" and not re.search(r"\d", m.canonical):
            year = _YEAR_AFTER.match(text, m.end)
            if year and f"{m.canonical} {year.group(1)}" in ids:
                m.canonical = f"{m.canonical} {year.group(1)}"
                continue
            longer = [b for b in benches if re.match(re.escape(m.canonical) + r" \d", b)]
            if len(longer) == 1:
                m.canonical = longer[0]


@cache
def _editions() -> tuple[re.Pattern[str], dict[str, str]] | None:
    """Contests we know one year of ('AIME 2025', 'HMMT February 2025'): a pattern for the same contest in
    any year, and each way of writing the contest to its name ('HMMT Feb' -> 'HMMT February')."""
    stems: dict[str, str] = {}
    for b in knowledge().bench_ids:
        m = _EDITION_ID.fullmatch(b)
        if m:
            stems[m.group(1)] = m.group(1)
            head, _sp, month = m.group(1).partition(" ")
            if month:
                stems[f"{head} {month[:3]}"] = m.group(1)  # 'HMMT Feb 2024'
    if not stems:
        return None
    alts = "|".join(re.escape(s) for s in sorted(stems, key=len, reverse=True))
    rx = re.compile(r"(?<![\w-])(?P<stem>" + alts + r")\.?[ -](?P<year>20[1-3]\d)(?![\w]|\.\d)")
    return rx, stems


_EDITION_ID = re.compile(r"([A-Z][A-Za-z-]*[A-Z](?: [A-Z][a-z]+)?) 20\d\d")


def edition_mentions(text: str) -> list[Mention]:
    """'AIME 2023', 'HMMT Feb 2024': an edition of a contest we know in another year is a benchmark of its
    own (the year is part of the name), not the contest with a setting."""
    editions = _editions()
    if editions is None:
        return []
    rx, stems = editions
    return [
        Mention(
            "benchmark",
            f"{stems[m.group('stem')]} {m.group('year')}",
            m.start(),
            m.end(),
            m.group(),
            unit="%",
            method="pattern",
        )
        for m in rx.finditer(text)
    ]


def extra_mentions(text: str) -> list[Mention]:
    out = [
        Mention("pronoun", "", m.start(), m.end(), m.group(), method="pronoun")
        for m in PRONOUN_RE.finditer(text)
    ]
    for m in LABMODEL_RE.finditer(text):
        out.append(Mention("labmodel", m.group("lab"), m.start(), m.end(), m.group(), method="labmodel"))
    return out


# a version right after a name we know without one ('Magistral Medium 1.2', 'Muse Spark 2'): one digit and at
# most one decimal; a figure, a count, a span or a share after the name is no version ('… Medium 70.1%')
_MEMBER_VERSION = re.compile(
    r"[ \t](?P<v>[1-9](?:\.\d)?)"
    r"(?![\w.%]|\s*(?:%|percent|points?|pts|x\b|times|seconds|s\b|ms\b|[-–]\d|on\b|in\b|at\b))"
)


# a size the name seemed to end on that is the sentence's count ('Name 3 Super 120B total / 12B active')
_COUNT_AFTER_SIZE = re.compile(r"\s+(?:total|active|activated|param(?:eter)?s?\b|in\s+total)", re.I)
_SIZE_END = re.compile(r"\s+\d+(?:\.\d+)?[BT]$")


# 'Max' after another tier is the reasoning effort the tier ran at ('V4-Pro-Max', 'Name 4 Flash Max'), not a
# model of its own
_EFFORT_MAX = re.compile(r" (?:Pro|Flash|Flash-Lite|Lite|Ultra|Plus|Turbo|Fast|Air|Mini|mini) Max$")


def attach_tails(text: str, mentions: list[Mention]) -> None:
    for m in mentions:
        if m.kind == "model" and _EFFORT_MAX.search(m.canonical) and m.canonical not in knowledge().model_ids:
            m.canonical, m.setting = m.canonical[: -len(" Max")], "max"
        if m.kind == "model" and _COUNT_AFTER_SIZE.match(text, m.end):
            sm = _SIZE_END.search(m.canonical)
            cut = _SIZE_END.search(text, m.start, m.end)
            if sm is not None and cut is not None and cut.end() == m.end and cut.start() > m.start:
                m.canonical = m.canonical[: sm.start()]
                m.end = cut.start()
                m.surface = text[m.start : m.end]
        if m.kind == "model":
            if m.method == "pattern" and not any(c.isdigit() for c in m.canonical):
                vm = _MEMBER_VERSION.match(text, m.end)
                if vm is not None:  # a newer member named after a model we know: its own name
                    m.canonical, m.end = f"{m.canonical} {vm.group('v')}", vm.end()
                    m.surface = text[m.start : m.end]
            attach_tail(text, m)
