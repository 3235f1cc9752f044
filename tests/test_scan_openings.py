"""Whole-page scans that `re` used to try at every position of a page (they opened on `\\b`, a lookbehind or a
lookahead) now open on a character class or a literal, so `re` skips straight to the characters that can
start a match; line gates opening on '(?m)^' are searched after the newlines (held_lines.LineOpening). Both
give exactly the matches the earlier forms gave (alternation.py's rule)."""

from __future__ import annotations

import re
import re._parser as sre  # the parsed pattern: what a scan opens on

import pytest

from extractors.facts import (
    board_leads,
    board_metrics,
    discovery,
    label_rows,
    name_templates,
    page_families,
    segments,
    unknown_bench,
)
from extractors.facts.alternation import by_first_char
from extractors.facts.entities import TIERS
from extractors.facts.held_lines import LineOpening
from extractors.facts.patterns import kind_words, release_words, word_alternation

# sentences, list lines and board rows of our own, with names we made up
_TEXTS = [
    "Vantor-7 Pro scored 61.2 on Quarry Bench, ahead of Brisk 2 Flash and the older Orrin Mesa 3.5.",
    "Kestrel Labs' Corvid Swift 4.1 and Corvid Swift 4.2 shipped; Corvid Drift 2 follows, not April 7.",
    "xVantor-7 and -Brisk 2 and _Orrin 3 are no names here; Wednesday 5 is a date and AI 3 no model.",
    "Plumb Inc's Lumen Pro tops the Sallow arena with 88%; Gale leads, heads and holds; misleads nothing.",
    "Quillon's team released ZR-7 Pro, and Tarnfold launched QX-2 with VR 4 Pro beside it.",
    "| Name-5API Tern Labs |\n| Name-R1Open Source Fable Works |\nQX-2 Proprietary Acme\nName API Lab |\n",
    "Model  Success Rate  Resolve Rate\nLLM ratings here Rates x Rates\n  Model note: Rate and Rates\n",
    "Most read\nShort headline one\nAnother short one\n\nA real paragraph follows here. It is long enough.",
    "param count: 7B\nContext: 128K tokens\n  * release date: 2026\nthe context here is no label\n",
    "Trending now:\n## Related stories\nText. More from Vesk Daily\n  Top stories  \nend",
]
_VARIANTS = [v for t in _TEXTS for v in (t, t.upper(), t.lower(), t.swapcase(), t.title())]


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


def _opens_on_a_class(rx: re.Pattern[str]) -> bool:
    """Whether `re` can skip to a pattern's first characters: it opens (inside its groups) on a literal, a
    class, or an alternation whose every branch opens on a literal."""
    op, av = sre.parse(rx.pattern, rx.flags)[0]
    while op is sre.SUBPATTERN:
        op, av = av[3][0]
    if op is sre.BRANCH:
        return all(branch and branch[0][0] is sre.LITERAL for branch in av[1])
    return op in (sre.LITERAL, sre.IN) and not rx.flags & re.IGNORECASE


_SCANS = [
    unknown_bench._MAKER,
    page_families._MEMBER,
    name_templates.NAME_RE,
    board_leads.GATE,
    discovery._TAGGED_LAB,
]


@pytest.mark.parametrize("rx", _SCANS, ids=lambda rx: rx.pattern[:24])
def test_the_page_wide_scans_open_on_a_class(rx: re.Pattern[str]) -> None:
    assert _opens_on_a_class(rx)
    assert not _opens_on_a_class(re.compile(r"\b" + rx.pattern))  # what they were: tried everywhere


def test_the_line_gates_are_searched_after_the_newlines() -> None:
    for gate in (label_rows._PAIR_GATE, board_metrics._FLAT_GATE, segments._CLUTTER_HEAD):
        assert isinstance(gate, LineOpening)


def _earlier_name_re() -> re.Pattern[str]:
    """NAME_RE as it was written before: the capital, and the tests at it, as a lookahead and a lookbehind."""
    opening = r"(?P<name>(?P<head>[A-Z](?<![A-Za-z0-9_-].)@HR@"
    assert name_templates._NAME_TPL.startswith(opening)
    tpl = r"(?=[A-Z])(?<![A-Za-z0-9_-])(?P<name>(?P<head>@HW@" + name_templates._NAME_TPL[len(opening) :]
    head = name_templates._HEAD_WORD.replace("@STOPS@", name_templates._STOPS)
    return re.compile(tpl.replace("@HW@", head).replace("@TIERS@", TIERS + "|Reasoning|Thinking"))


def _earlier_forms() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    maker = r"\b([A-Z][\w-]*)(?:['’]s\b|\s+" + word_alternation(release_words("maker_verb")) + r"\b)"
    member = (
        r"(?<![\w.-])(?P<fam>[A-Z][A-Za-z]{2,}) (?P<word>[A-Z][a-z]{2,}) "
        r"(?P<ver>\d{1,2}(?:\.\d{1,2})?)(?![\w%]|[.,]\d)"
    )
    lead = r"\b" + word_alternation(kind_words(board_leads._W, "lead_verb", "lead_participle", "place_verb"))
    tagged = (
        r"(?<=[\da-z])(?:API|Open Source|Open Weights?|Proprietary|Closed) "
        r"(?P<lab>[A-Z]\w+(?: [A-Z]\w+)?)[ \t]*(?:\||$)"
    )
    return [
        (re.compile(maker), unknown_bench._MAKER),
        (re.compile(member), page_families._MEMBER),
        (_earlier_name_re(), name_templates.NAME_RE),
        (re.compile(lead + r"\s"), board_leads.GATE),
        (re.compile(tagged, re.M), discovery._TAGGED_LAB),
    ]


def test_the_same_matches_as_the_earlier_forms() -> None:
    for old, new in _earlier_forms():
        assert old.pattern != new.pattern
        for text in _VARIANTS:
            assert _spans(new, text) == _spans(old, text), (new.pattern[:40], text)


def test_what_they_still_leave_alone() -> None:
    names = [m.group("name") for m in name_templates.NAME_RE.finditer(_TEXTS[2])]
    assert names == []  # glued to a letter, a hyphen or an underscore; a day and a number; 'AI 3'
    assert [m.group(1) for m in unknown_bench._MAKER.finditer("xQuillon's and Quillon's")] == ["Quillon"]
    assert page_families._MEMBER.search("a.Corvid Swift 4") is None
    assert board_leads.GATE.search("it misleads and overheads ") is None
    assert discovery._TAGGED_LAB.search("Name API Lab |") is None  # the tag glued to the name only
    assert by_first_char("leads", cased=True, not_after=r"\w").startswith("(?:l(?<!")


@pytest.mark.parametrize(
    ("gate", "rest", "flags"),
    [
        (label_rows._PAIR_GATE, label_rows._PAIR_GATE.first.pattern, re.I),
        (board_metrics._FLAT_GATE, board_metrics._FLAT_GATE.first.pattern, 0),
        (segments._CLUTTER_HEAD, segments._CLUTTER_HEAD.first.pattern, re.M | re.I),
    ],
)
def test_a_line_gate_finds_what_the_line_start_pattern_finds(
    gate: LineOpening, rest: str, flags: int
) -> None:
    whole = re.compile(r"(?m)^(?:" + rest + ")", flags)
    for text in [*_VARIANTS, "", "\n", "x"]:
        assert gate.in_text(text) == (whole.search(text) is not None)
        for pos in range(len(text) + 2):
            m = whole.search(text, pos)
            assert gate.search(text, pos) == (m.span() if m else None), (text, pos)


def test_a_line_gate_never_opens_inside_a_line() -> None:
    gate = LineOpening(r"[ \t]*Context:", re.I)
    assert gate.search("the Context: inside a line") is None
    assert gate.search("a line\n  context: 8K", 3) == (7, 17)
    assert gate.search("Context: 8K\nmore", 1) is None  # past the only line that opens on it
