"""Case-blind alternations that open on one character class (folded_openings) match exactly what the re.I
alternation matches; and the gates written with them, or split into parts, keep their matches."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from extractors.facts import claim_successors, claim_ties
from extractors.facts.dates import DATE_GATE
from extractors.facts.document import _PARTS, _cased, _leftmost
from extractors.facts.folded_openings import folded_first_char, folds

_FIRSTS = "abcdefghijklmnopqrstuvwxyz0123456789-"
# every character that re.I matches to one of them (one scan of every code point)
_FOLDED = re.findall("[" + re.escape(_FIRSTS) + "]", "".join(map(chr, range(0x110000))), re.I)

# sentences of our own, in several casings, with the letters re.I folds from outside ASCII
_TEXTS = [
    "Quillon-7 trails at 61.2% while Brisk 2 comes NEXT with 58, and the third entry lags.",
    "TRAILS and Trails and tRaIlS; subtrails, nextgen, Thirdly, seconds and Second place.",
    "The long s in \u017fecond place, the Kelvin sign in \u212aelvin,",
    "a dotted \u0130 and a dotless \u0131tem.",
    "Panels of annotators and crowd workers set the bar; any model that clears it is rare.",
    "Both rivals share the crown; it is a dead heat, not a tie-in, and Ties are rare. SHARED THE LEAD",
]
_VARIANTS = [v for t in _TEXTS for v in (t, t.upper(), t.lower(), t.swapcase(), t.title())]


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


def test_folds_are_every_character_re_folds_together() -> None:
    for first in _FIRSTS:
        told = set(re.sub(r"\\(.)", r"\1", folds(first)))
        assert told == {c for c in _FOLDED if re.fullmatch(re.escape(first), c, re.I)}, first


@pytest.mark.parametrize(
    ("words", "after", "tail"),
    [
        ("follows|trails|next|second|third", r"\w", r"\b"),
        ("kelvin|item|sec", r"\w", ""),
        (["annotators", "any model", r"crowd\s+workers?", "a", "clears?"], r"\w", r"\s+(?:it|the)\b"),
        ("famil|series|line", "", ""),
    ],
)
def test_same_matches_as_the_case_blind_alternation(words: str | list[str], after: str, tail: str) -> None:
    alts = words.split("|") if isinstance(words, str) else words
    old = re.compile((r"\b" if after else "") + "(?:" + "|".join(alts) + ")" + tail, re.I)
    new = re.compile(folded_first_char(words, not_after=after) + (f"(?i:{tail})" if tail else ""))
    assert new.pattern.startswith("[") and not new.flags & re.I
    for text in _VARIANTS:
        assert _spans(new, text) == _spans(old, text), text


def test_what_it_leaves_alone() -> None:
    rx = re.compile(folded_first_char("trails|next", not_after=r"\w") + r"\b")
    assert rx.search("subtrails nextgen contexts") is None  # inside a word, or running on
    assert rx.search("FoLLows") is None
    assert [m.group() for m in rx.finditer("NeXt, TRAILS")] == ["NeXt", "TRAILS"]
    for bad in ("Trails|next", "énorme", r"\bword", "(?:a|b)"):
        with pytest.raises(ValueError):
            folded_first_char(bad)


def test_the_claim_gates_match_as_they_did() -> None:
    successors = re.compile(r"\b(?:follows|trails|next|second|third)\b", re.I)
    ties = re.compile(
        r"(?=[dts])(?:dead[- ]heat|\btie\b|\bshare[sd]?\s+(?:the\s+)?(?:crown|top|first|lead))", re.I
    )
    for text in _VARIANTS:
        assert _spans(claim_successors._GATE, text) == _spans(successors, text)
        assert _spans(claim_ties._GATE, text) == _spans(ties, text)


def test_the_date_gate_in_parts_finds_what_it_finds_whole() -> None:
    lines = [
        "Shipped on 3rd of March 2026, or 12 de marzo, or 4 июня 2026; not x12 june or 123 may.",
        "Dated 2026-02-17 and 2026年; not a2026-02-17, nor 12026-02-17. Wednesday, Junebug, tomorrow, today.",
        "Also 2026/3 and 2026.04.09 and 2026/11; not x2026/3 nor 2026/ alone. Then 5 dec.",
        "Sept. 9 and sep 2026 and mid-dec 2025 and 7th nov; julienne 4 is no date, but jul 4 is.",
    ]
    whole, parts = _cased(DATE_GATE), _PARTS[DATE_GATE.pattern]
    for text in [line.lower() for line in lines]:
        search, a, b, pos = _leftmost(parts, text), [], [], 0
        while (m := whole.search(text, pos)) is not None:
            a.append(m.span())
            pos = max(m.end(), m.start() + 1)
        pos = 0
        while (m := search(pos)) is not None:
            b.append(m.span())
            pos = max(m.end(), m.start() + 1)
        assert a == b and len(a) >= 3, text


def _opens_on_characters(rx: re.Pattern[str]) -> bool:
    """Whether `re` can skip to the positions where a match may start (a literal or one class first)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(rx.pattern, rx.flags)
    flags = parsed.state.flags
    return bool(
        _compiler._get_literal_prefix(parsed, flags)[0] or _compiler._get_charset_prefix(parsed, flags)
    )


def test_the_gates_and_windows_open_on_characters() -> None:
    from extractors.facts import (
        board_leads,
        claim_sides,
        discovery,
        family_mentions,
        introduced_names,
        item_benchmarks,
        label_rows,
        run_benchmarks,
        score_gates,
        score_markers,
        score_models,
        unknown_bench,
    )

    rxs = [
        claim_successors._GATE,
        claim_ties._GATE,
        claim_sides._HEAD_BEFORE,
        discovery._LAUNCH_BEFORE,
        family_mentions._GROUP_NOUN,
        introduced_names._MAKER_SCORED,
        introduced_names._CALLED,
        introduced_names._APPOSED,
        board_leads._BENCH_GATE,
        score_gates._HUMAN_SUBJECT,
        score_gates._HUMAN_SCORES,
        score_gates._PRICE_CHANGE_BEFORE,
        score_markers.REFERENCE_BEFORE,
        score_models._COMPARE_BEFORE,
        item_benchmarks._ITEM,
        run_benchmarks._FRAME,
        run_benchmarks._LABEL,
        label_rows._SPEC_GATE.after,
        unknown_bench._LED_LABEL,
        unknown_bench._EQUALLED,
        *_PARTS[DATE_GATE.pattern],
    ]
    assert [rx.pattern[:40] for rx in rxs if not _opens_on_characters(rx)] == []


@pytest.mark.parametrize(
    ("module", "name", "opening", "was"),
    [
        ("introduced_names", "_MAKER_SCORED", "(?:'s|’s|i(?<!\\w.)ts)", "(?=['’i])(?:['’]s|\\bits)"),
        (
            "introduced_names",
            "_CALLED",
            "(?:m(?<!\\w.)odels?|L(?<!\\w.)LMs?|V(?<!\\w.)LMs?)",
            "(?=[mLV])\\b(?:models?|LLMs?|VLMs?)",
        ),
        (
            "introduced_names",
            "_APPOSED",
            "(?:m(?<!\\w.)odel|L(?<!\\w.)LM|f(?<!\\w.)lagship)",
            "(?=[mLf])\\b(?:model|LLM|flagship)",
        ),
        (
            "item_benchmarks",
            "_ITEM",
            "[ \\t\\-•*·\\d](?:(?<=[ \\t])[ \\t]*(?:[-•*·]|\\d{1,2}[.)])|(?<=[-•*·])|(?<=\\d)\\d?[.)])",
            "[ \\t]*(?:[-•*·]|\\d{1,2}[.)])",
        ),
        (
            "run_benchmarks",
            "_FRAME",
            "[ \\tOI](?<![^.!?\\n].)(?:(?<=[ \\t])[ \\t]*[OI]n|(?<=[OI])n)",
            "(?:^|(?<=[.!?\\n]))[ \\t]*(?:On|In)",
        ),
    ],
)
def test_an_opening_written_first_matches_as_the_old_opening_did(
    module: str, name: str, opening: str, was: str
) -> None:
    import importlib

    rx = getattr(importlib.import_module("extractors.facts." + module), name)
    assert rx.pattern.startswith(opening)
    old = re.compile(was + rx.pattern[len(opening) :], rx.flags)
    texts = [
        "Orvane's Quill-3 scored 61.5% on the test; its Quill Mini posts 40 points.",
        "The lab’s “Tern 2” hit 7 out of 9, and Veldt's Aster scored 12 pts.",
        "A new open model called Brindle-7 arrived, and an LLM (sparse, 30B) named Corvette X followed.",
        "Its latest flagship, Halden 5, leads; the supermodel called Nobody and someLLM named Zed do not.",
        "Our model, Pellucid-2, which ships today; the LLM, Quorra 4, has weights; a flagship, Ivo, is out.",
        "Results:\n  - Quill-3: 61.5% on TallyMath\n\t• **Aster 2**: 70.1\n",
        "12) Tern: 44\n123. Veldt: 9\nx- no: item\n1.  Orvane：3",
        "On Quarry-Math, Tern 2 posts 61%. In the Kiln Suite, Aster 3 gets 7.",
        "Join Orvane, 40%.\n\tOn Veldt, 12",
        "In Tally-QA, 55% went. Won Fennel, 3%! On the Ridge 2, 9",
    ]
    for text in texts:
        assert _spans(rx, text) == _spans(old, text)
    assert any(rx.search(t) for t in texts)


def test_run_labels_match_as_the_one_pattern_did() -> None:
    from extractors.facts import run_benchmarks
    from extractors.facts.held_lines import finditer_in

    was = re.compile(
        r"(?:(?m:^)[ \t]*(?:[-*•·▪–][ \t]*|\d{1,2}[.)][ \t]+)?(?:\*\*)?|[,;][ \t]*|\band[ \t]+"
        r"|(?<=[\w%:)])[ \t]+[-•▪–][ \t]+(?:\*\*)?)" + run_benchmarks._LABEL_TAIL
    )
    texts = [
        "- **Tern 2**: 61%\n**Aster**: 7\n* Veldt: 3%\n12. Ridge-2: 40",
        "  3) Kiln = 9, Quill: 5% and Orvane: 6\n",
        "scores: - KELP: 71.0% - Ridge-2: 64.5%\n\tAnd Foo: 3\nband Bar: 4; Baz:5 ▪ Qux: 1",
        "Halden: 12.5%\n• Corvid-3 (long context): 44.1\n123. Ember: 8\n–Fennel: 2",
    ]
    for text in texts:
        assert _spans_of(run_benchmarks._labels(text)) == _spans_of(finditer_in(was, text, ":="))
    assert len(list(run_benchmarks._labels(texts[0]))) >= 4


@pytest.mark.parametrize(
    ("module", "name"),
    [
        ("label_rows", "_SPEC_GATE"),
        ("attributes", "_RANK_LINE"),
        ("attributes", "_FIRST_PLACE"),
        ("cell_lines", "_FIRST_RANK"),
        ("label_rows", "_UNIT_LINE"),
        ("rank_lines", "_CARD_RANK_GATE"),
    ],
)
def test_a_line_opening_gate_answers_as_the_line_start_anchor_did(module: str, name: str) -> None:
    import importlib

    gate = getattr(importlib.import_module("extractors.facts." + module), name)
    old = re.compile("^(?:" + gate.first.pattern + ")", gate.first.flags | re.M)
    assert _opens_on_characters(gate.after)
    texts = [
        "Context window: 128K tokens",
        "Tern 3 card\n- **Active parameters**: 12B\nTotal params 80B",
        "Our notes say the context window: 32K and\nparameters ~7B",
        "no label here\n  * CONTEXT LENGTH 1M",
        "the parameters: 9B are inline, not a line's opening",
        "1. Quill-3\n2. Aster",
        "Board\n#1\n  1 \nTern",
        "Board\n| 1 | Tern |\n• 12 Veldt\n**3.** Kiln",
        "a run #4 mid-line, 1 in prose\n#12",
        "Window\n  tokens \nmore tokens",
        "  #7 Text\nx",
        "",
    ]
    answers = [gate.in_text(text) for text in texts]
    assert answers == [old.search(text) is not None for text in texts]
    assert any(answers) and not all(answers)


def test_unknown_labels_in_parts_match_as_the_one_pattern_did() -> None:
    from extractors.facts import unknown_bench as ub

    name, fig = ub._LABEL_NAME, ub._LABEL_FIG
    was = re.compile(
        rf"(?:(?:(?m:^)[ \t]*(?:[-*•·▪–][ \t]*)?|[,;][ \t]*|\band[ \t]+)(?P<name>{name})[ \t]*:"
        rf"|(?<![\w-])(?P<ename>{name})[ \t]*=){fig}"
        rf"|\([ \t]*\d+(?:\.\d+)?[ \t]?%[ \t]+(?P<pname>{name})[ \t]*\)"
    )
    texts = [
        "- Tern 2: 61%\nAster: 7\n* Veldt: 3%; Kiln: 4 and Quill: 5",
        "Halden = 12, Corvid-3 = 40.5\nHalden: x = 5\n(3% Ab)Cd = 2, Ef: 9; (7 % Gh)",
        "\t• Orvane: 2.5% band Bar: 4 (40% Tern Mini) Wren-X = 4",
    ]
    for text in texts:
        now = [(m.span(), {k: v for k, v in m.groupdict().items() if v}) for m in ub._labelled(text)]
        old = [
            (m.span(), {k: v for k, v in m.groupdict().items() if v})
            for line in re.finditer(r"[^\n]*\n?", text)  # no match spans a line end
            for m in was.finditer(text, line.start(), line.end())
        ]
        assert now == old and len(now) >= 3, text


def _spans_of(ms: Iterator[re.Match[str]]) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in ms]


def test_reference_words_and_lead_words_still_keep_to_whole_words() -> None:
    from extractors.facts import board_leads
    from extractors.facts.score_markers import REFERENCE_BEFORE

    assert REFERENCE_BEFORE.search("as shown in Table ") and REFERENCE_BEFORE.search("(Q")
    assert not REFERENCE_BEFORE.search("the Timetable ") and not REFERENCE_BEFORE.search("FAQ")
    gate = board_leads._BENCH_GATE
    assert gate.search("Quill-3 topped the board") and gate.search("heads the list")
    assert not gate.search("a forehead, the firsthand leadsheet") and not gate.search("Tops")
