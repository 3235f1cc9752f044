"""Mentions found by their shape rather than by the pattern index: words a page introduces as names of a kind
(discovered models and benchmarks, with their tiers), contest editions ('AIME 2026'), pronouns and
"<lab>'s model", names written without the version the page gives elsewhere, and what a name's tail adds
(a member's version, an effort, the size that is the sentence's count).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from extractors.facts.alternation import longest_first
from extractors.facts.descriptions import description_re
from extractors.facts.entities import (
    CHECKPOINT_WORDS,
    LABMODEL_RE,
    PRONOUN_RE,
    TIERS,
    Mention,
    Spans,
    attach_tail,
    knowledge,
    normalize_setting,
)
from extractors.facts.name_templates import _HEADLINE_VERB, _PRODUCT_WORDS, _SENTENCE, CJK_UNIT, STOP_HEADS
from extractors.facts.news_tokenizer import CJK

# a discovered name's tier words, and the words a checkpoint's published name carries ('Name 7B Instruct
# v0.3'); a snapshot date after it is an alias's ('Name Small 2506' is Name Small), not part of the name
_TIER_TAIL = (
    r"(?P<tier>(?:[ \t](?:"
    + CHECKPOINT_WORDS
    + "|"
    + TIERS.replace("|mini|", "|").replace("|nano|", "|")
    + r")(?![^\W"
    + CJK
    + r"]|-|\.\d))*)"  # Chinese or Japanese glued after a tier leaves it the name's ('Name-2 Pro的')
)


def _names_by_first_char(names: list[str], not_after: str) -> str:
    """`names` (in order) as an alternation grouped by first character, each group's first character before
    the lookbehind `(?<!not_after.)`: a pattern that opens on literal characters lets `re` skip straight to
    the positions holding one, where a lookbehind first is tried at every position. The same matches: names
    with different first characters never match at one position, and those sharing one keep their order."""
    if "" in names:
        return f"(?<!{not_after})(?:" + "|".join(re.escape(n) for n in names) + ")"
    groups: dict[str, list[str]] = {}
    for n in names:
        groups.setdefault(n[0], []).append(re.escape(n[1:]))
    behind = f"(?<!{not_after}(?s:.))"
    return "|".join(re.escape(c) + behind + "(?:" + "|".join(tails) + ")" for c, tails in groups.items())


_CJK_CHAR = re.compile(f"[{CJK}]")
_WORD_NOT_CJK = re.compile(f"[^\\W{CJK}]")
_WORD_OUTSIDE_CJK = f"(?:(?![{CJK}])\\w)"  # one character of [^\W<CJK>]


@lru_cache(maxsize=2)
def _word_class(text: str) -> str:
    """A class that holds the same characters of `text` as [^\\W<CJK>] (a word character, where CJK text
    glued to a name leaves it whole): the pattern made from it is new for each page, and each CJK range
    class costs re milliseconds to compile (it walks every code point of the ranges), once per
    first-character group. On a text with no CJK character that is plain \\w; otherwise the text's own
    word characters outside the ranges, listed (the lookarounds see only the text's characters, so the
    matches are the same)."""
    if not _CJK_CHAR.search(text):
        return r"\w"
    chars = _WORD_NOT_CJK.findall("".join(sorted(set(text))))
    return "[" + "".join(chars) + "]" if chars else r"[^\s\S]"


@lru_cache(maxsize=512)
def _compiled(pattern: str) -> re.Pattern[str]:
    """A name pattern, kept for the pages after: re's own cache drops its oldest pattern when full, and the
    patterns made for each page fill it, so the same names on another page ('GPT' and 'Opus' as short
    names; 20% of the compiles over the real dev texts) were compiled again."""
    return re.compile(pattern)


# after a name: a capitalised word glued after a version or a size is another cell's ('Name-6-27bLab')
_NAME_END = r"(?!-|\.\d)(?:(?!{word})|(?<=\d)(?=[A-Z][a-z]{{2}})|(?<=\d[bBmM])(?=[A-Z][a-z]{{2}}))"


def word_mentions(
    text: str, names: dict[str, str], kind: str, method: str, conf: float, tiers: bool = False
) -> list[Mention]:
    """Whole-word occurrences of surface -> canonical names. With `tiers`, a tier word written after the name
    is part of it ('Name-2 Lite' is a member of its own, not 'Name-2'; the longest name wins)."""
    if not names:
        return []
    word = _word_class(text)  # a name glued to Chinese or Japanese text is whole too
    if "" in names:
        return _regex_mentions(text, names, kind, method, conf, tiers, word)
    # the pattern `(?<!word|-)(?:name|...)<tier tail><end>`, names longest first, matched without compiling
    # the page's names; on a page with CJK text the class itself rather than the page's own word characters,
    # so that the two patterns are the same for every page and compiled once
    word = word if word == r"\w" else _WORD_OUTSIDE_CJK
    after = _compiled(f"(?:{word}|-)")
    rest = _compiled((_TIER_TAIL if tiers else "") + _NAME_END.format(word=word))
    out = []
    for at, n, m in literal_matches(text, sorted(names, key=len, reverse=True), after, rest):
        canon = names[n]
        tail = m.group("tier") if tiers else None
        if tail:
            canon += " " + " ".join(tail.split())
        out.append(Mention(kind, canon, at, m.end(), text[at : m.end()], confidence=conf, method=method))
    return out


def literal_matches(
    text: str, names: list[str], after: re.Pattern[str], rest: re.Pattern[str]
) -> Iterator[tuple[int, str, re.Match[str]]]:
    """The matches of the pattern `(?<!after)(?:name|...)rest` over `text` (names in the order given, none
    empty, `after` one character wide), as (start, name, the match of `rest` after it), found without
    compiling a pattern from the names (compiling one for each page's few names cost ~10% of a new page):
    at each place a name is written, left to right after the last match and not after a character `after`
    matches, the first name written there that `rest` matches after."""
    places = set()
    for n in names:
        at = text.find(n)
        while at >= 0:
            places.add(at)
            at = text.find(n, at + 1)
    pos = 0
    for at in sorted(places):
        if at < pos or (at and after.match(text, at - 1)):
            continue
        for n in names:
            if text.startswith(n, at) and (m := rest.match(text, at + len(n))):
                yield at, n, m
                pos = m.end()
                break


def _regex_mentions(
    text: str, names: dict[str, str], kind: str, method: str, conf: float, tiers: bool, word: str
) -> list[Mention]:
    """word_mentions by one pattern of the names (an empty name among them matches at any place)."""
    rx = _compiled(
        "(?P<name>"
        + _names_by_first_char(longest_first(names), f"(?:{word}|-)")
        + r")"
        + (_TIER_TAIL if tiers else "")
        + _NAME_END.format(word=word)
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


def _version_shaped(figure: str, known: str) -> bool:
    """A figure after a benchmark's name is a new version of it when written as the version we know is: one
    digit before the point and as many after it ('2.1' beside '2.0'); a score has two ('37.5')."""
    major, _, minor = figure.partition(".")
    return len(major) == 1 and len(minor) == len(known.partition(".")[2])


_DIGIT = re.compile(r"\d")


def resolve_unversioned(mentions: list[Mention], text: str) -> None:
    """'AIME' in an article that names 'AIME 2025' is AIME 2025; so is 'American Invitational Mathematics
    Examination (AIME) 2025', the year written after the short name's parenthesis."""
    benches = {m.canonical for m in mentions if m.kind == "benchmark"}
    ids = knowledge().bench_ids
    for m in mentions:
        if m.kind == "benchmark" and not any(c.isdigit() for c in m.surface):
            # 'Terminal-Bench 2.1' where we know 'Terminal-Bench 2.0': a new version of the benchmark, its
            # number part of the name, not a score
            # (a version of the known one's shape: 'Terminal-Bench 37.5' is the benchmark and a score on it)
            known = _DOTTED_VERSION.search(m.canonical)
            later = _BENCH_VERSION.match(text, m.end)
            if known and later and _version_shaped(later.group(1), known.group().strip()):
                m.canonical = f"{m.canonical[: known.start()]} {later.group(1)}"
                m.end = later.end()
                m.surface = text[m.start : m.end]
                continue
        if m.kind == "benchmark" and not _DIGIT.search(m.canonical):
            year = _YEAR_AFTER.match(text, m.end)
            if year and f"{m.canonical} {year.group(1)}" in ids:
                m.canonical = f"{m.canonical} {year.group(1)}"
                continue
            head = m.canonical + " "
            longer = [b for b in benches if b.startswith(head) and b[len(head) : len(head) + 1].isdigit()]
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
    # grouped by first character, the lookbehind after it: `re` skips to those characters
    alts = _names_by_first_char(longest_first(stems), r"[\w-]")
    rx = re.compile(r"(?P<stem>" + alts + r")\.?[ -](?P<year>20[1-3]\d)(?![\w]|\.\d)")
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
    taken = Spans(out).overlaps  # the pronouns (a search per description, not a scan of them all)
    for m in description_re().finditer(text):
        if not taken(m.start(), m.end()):
            out.append(Mention("pronoun", "", m.start(), m.end(), m.group(), method="pronoun"))
    for m in LABMODEL_RE.finditer(text):
        out.append(Mention("labmodel", m.group("lab"), m.start(), m.end(), m.group(), method="labmodel"))
    return out


# a version right after a name we know without one ('Magistral Medium 1.2', 'Muse Spark 2'): one digit and at
# most one decimal; a figure, a count, a span or a share after the name is no version ('… Medium 70.1%')
_MEMBER_VERSION = re.compile(
    r"[ \t](?P<v>[1-9](?:\.\d)?)"
    r"(?![A-Za-z0-9_.%]|\s*(?:%|percent|points?|pts|x\b|times|seconds|s\b|ms\b|[-–]\d|on\b|in\b|at\b|"
    + CJK_UNIT
    + r"))"
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


# a capitalised word right after a versioned name ('Name-5.6 Sol'); a hyphen, a digit or a letter after it
# makes it part of something else
_WORD_AFTER = re.compile(r"[ \t](?P<w>[A-Z][a-z]{2,})(?![\w-]|\.\d)")


def never_a_name_word(word: str) -> bool:
    return bool(
        word in STOP_HEADS
        or word in _PRODUCT_WORDS
        or re.fullmatch(r"(?:" + TIERS + r"|" + _SENTENCE + r")", word)
        or _HEADLINE_VERB.fullmatch(word)
        or normalize_setting(word) is not None
    )


def written_small(word: str, text: str) -> bool:
    """Whether the page also writes `word` in small letters as a word of its own ('Discover' where the page
    says 'discover'): a word of the sentence, capitalised where it opens one, not a proper name."""
    return next(whole_word_spans(text, word.lower()), None) is not None


_WORD_EDGE = re.compile(r"[\w-]")


def whole_word_spans(text: str, word: str) -> Iterator[tuple[int, int]]:
    """Where `word` is written with no word character or hyphen either side, left to right and not
    overlapping (the matches of the escaped word between those two lookarounds), found without
    compiling a pattern for the page's word."""
    if not word:
        yield from (m.span() for m in re.finditer(r"(?<![\w-])(?![\w-])", text))
        return
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and _WORD_EDGE.match(text, at - 1)) and not _WORD_EDGE.match(text, end):
            yield at, end
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)


_SMALL_WORD = re.compile(r"(?<![\w-])[a-z]{4,}(?![\w-])")


def in_prose(text: str, pos: int) -> bool:
    """Whether the line at `pos` is prose (two small-letter words of four letters or more), not a heading
    written in title case ('Why Name 4.7 Demands a Workflow Overhaul')."""
    start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    return len(_SMALL_WORD.findall(text, start, end if end >= 0 else len(text))) >= 2


def named_words(text: str, mentions: list[Mention], known: frozenset[str]) -> set[str]:
    """A new member the page writes twice or more (once in prose) with a proper name after its version
    ('Name-5.6 Sol …  Name-5.6 Sol Ultra leads'): the word is part of its name (a product line's member), not
    the next word of the sentence. Only a word the page never writes in small letters (a proper name, not a
    headline's 'Demands') and not a tier, a setting or a word a sentence opens with; known models keep
    their names. Returns the names so made (also those only a list spells, for their short forms)."""
    after: dict[tuple[str, str], list[Mention]] = {}
    named: set[str] = set()
    for m in mentions:
        if m.kind != "model" or m.canonical in known or not m.canonical[-1:].isdigit():
            continue
        wm = _WORD_AFTER.match(text, m.end)
        if wm is not None:
            after.setdefault((m.canonical, wm.group("w")), []).append(m)
    for (canonical, word), ms in after.items():
        if (
            len(ms) < 2
            or not any(in_prose(text, m.start) for m in ms)
            or never_a_name_word(word)
            or written_small(word, text)
        ):
            continue
        named.add(f"{canonical} {word}")
        for m in ms:
            at = m.end + 1 + len(word)
            if _LIST_AFTER.match(text, at):
                # 'Name-5.6 Sol, Terra, and Luna': the members listed, each read by `stem_members`; each
                # listed proper name is a member too, for its short form ('Terra')
                while (li := _LIST_AFTER.match(text, at)) is not None:
                    w = li.group().strip(" ,&\n\t").split()[-1]
                    if not never_a_name_word(w) and not written_small(w, text):
                        named.add(f"{canonical} {w}")
                    at = li.end()
                continue
            m.canonical, m.end = f"{canonical} {word}", m.end + 1 + len(word)
            m.surface = text[m.start : m.end]
    return named


_LIST_AFTER = re.compile(
    r",\s*(?:and\s+|&\s+)?[A-Z][a-z]{2,}(?![\w-])|\s+(?:and|&)\s+[A-Z][a-z]{2,}(?![\w-])"
)
