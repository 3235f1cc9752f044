"""Gates searched over whole pages, written for speed, match exactly where the patterns they stand for do."""

from __future__ import annotations

import re

from extractors.facts import document, ranks
from extractors.facts.claim_places import _PLACE, place_gate

# invented text: place words at word starts and inside words, across lines, in CJK, next to digits
_PLACE_TEXT = (
    "Kestrel-9 leads, Vireo tops the chart and Ardent topped it once; misled readers stopped.\n"
    "Quill ranks  first, Tern ranked first, Heron takes the top spot and Finch took top\nspot.\n"
    "In first place: Wren. Lark was first, Rook is first, Kite isfirst, Crane in first\nplace.\n"
    "Second: Gull, 2nd Owl, #2 Jay, #3x Emu, third Ibis, 3rd Moa, 33rd Rail, 2 位 Hawk, 12位 Kea, 3위 Tui, "
    "１位 Loon, 第一 第二 第三 首位 榜首 トップ, seconds, abled, ledger."
)


def test_place_gate_matches_as_the_place_pattern() -> None:
    gate = place_gate()
    assert [m.span() for m in gate.finditer(_PLACE_TEXT)] == [m.span() for m in _PLACE.finditer(_PLACE_TEXT)]
    for pos in range(len(_PLACE_TEXT)):
        a, b = gate.search(_PLACE_TEXT, pos), _PLACE.search(_PLACE_TEXT, pos)
        assert (a and a.span()) == (b and b.span()), pos
    assert len(list(gate.finditer(_PLACE_TEXT))) > 20
    # it opens on literal characters (no group, no \\b), so that `re` skips to the positions that can match
    assert gate.pattern.startswith("(?:l(?<!")


_RANK_TEXT = (
    "Kestrel-9 ranks 2nd on the board, Vireo is first among open models and tied with Quill; 3位 Heron, "
    "排名第二 Finch, 位居第一 Wren, no. 4 Lark, #5 Rook, the 21st entry, 1st-ish, ２位 Kite, holds third, "
    "Crane leads the pack and tops it, stopped, misranked, la tête, en tete, on top, the lead, 4th\nplace."
).lower()


def test_rank_hint_parts_match_as_the_hint() -> None:
    parts = document._PARTS[ranks.HINT.pattern]
    assert len(parts) == 2 and all(not p.flags & re.I for p in parts)
    cased = re.compile(ranks.HINT.pattern)
    search = document._leftmost(parts, _RANK_TEXT)
    hits = 0
    for pos in range(len(_RANK_TEXT)):
        a, b = search(pos), cased.search(_RANK_TEXT, pos)
        assert (a and a.span()) == (b and b.span()), pos
        hits += a is not None and a.start() == pos
    assert hits > 20


# invented text: comparison words at word starts and inside words, other languages' comparatives, the forms
# that open on a digit or a sign, other scripts
_COMPARE_TEXT = (
    "Kestrel-9 beats Vireo and is faster than Quill; Heron trails, Finch outperforms Wren by 3x, 1/4 of the "
    "cost, +2.1 points over Lark, 71 % contre 69 % pour Rook, 5x cheaper, besser als Kite, más rápido que "
    "Crane, дешевле, чем Ibis, Moa 超越 Tui, Emu より速い, Owl 보다 빠른, Jay से बेहतर, toppled, topping, "
    "11/12, 1x, +4 vs Gull, neck and neck, ahead\nof, leading, less, morel, more than Rail."
).lower()


def test_comparison_gate_parts_match_as_the_gate() -> None:
    from extractors.facts.comparison_words import GATE

    parts = document._PARTS[GATE.pattern]
    assert len(parts) == 4 and all(not p.flags & re.I for p in parts)
    cased = re.compile(GATE.pattern)
    search = document._leftmost(parts, _COMPARE_TEXT)
    hits = 0
    for pos in range(len(_COMPARE_TEXT)):
        a, b = search(pos), cased.search(_COMPARE_TEXT, pos)
        assert (a and a.span()) == (b and b.span()), pos
        # the parts open on disjoint characters: at most one matches at a position
        assert sum(p.match(_COMPARE_TEXT, pos) is not None for p in parts) <= 1
        hits += a is not None and a.start() == pos
    assert hits > 25
    # the words open on literal characters only, so that `re` skips to the positions that can start one
    assert not parts[0].pattern.startswith("(")


def test_family_pattern_opens_on_names_and_matches_as_at_a_word_start() -> None:
    """The family pattern checks the word start after a name's first letter (so that `re` skips to the
    positions holding one); it matches where the pattern with the lookbehinds in front does."""
    from extractors.facts.entities import knowledge

    kb = knowledge()
    reference = re.compile(r"(?<![A-Za-z_-])(?<![A-Za-z]\d)" + kb.family_core.pattern)
    text = (
        "Claude 9 beats Mistral 7 and xClaude 5; 80.1%Claude 6, a1Mistral 3, 7Mixtral 2, Claude-8 Opus, "
        "-Claude 4, _Gemma 3, Gemma 3n; OpenAIGPT-9 and Anthropic Claude 9."
    )
    spans = [m.span() for m in reference.finditer(text)]
    assert [m.span() for m in kb.family_re.finditer(text)] == spans and len(spans) >= 5
    for pos in range(len(text)):
        a, b = kb.family_re.match(text, pos), reference.match(text, pos)
        assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), pos
    assert kb.family_re.pattern.startswith("(?P<fam>(?:") and kb.family_re.pattern[11] not in "(\\"


# invented text: counts written in digits and in words, at word starts and inside words, other languages'
# millions and billions, numbers glued to words
_COUNT_TEXT = (
    "Orrin-4 reads two million tokens, Pell-2 a 128k-token window and 1m tokens; some one-million contexts, "
    "a million-token window, anyone million, Ten million users, 3 millones de tokens, 2 миллиона токенов, "
    "Tarn has seven billion parameters, 70B, 1.5 trillion params, twelve-billion, nineteen trillions, "
    "eleven billion, zone billion, 4 mil millones, 9 Milliarden Parameter, 400m-param, 8 млрд, 7 亿."
).lower()


def test_token_and_parameter_gates_are_searched_as_parts_matching_as_the_gate() -> None:
    from extractors.facts.attributes import _TOKEN_HINT
    from extractors.facts.parameters import PARAM_GATE

    for gate in (_TOKEN_HINT, PARAM_GATE):
        parts = document._PARTS[gate.pattern]
        assert len(parts) == 2 and all(not p.flags & re.I for p in parts)
        cased = re.compile(gate.pattern)
        search = document._leftmost(parts, _COUNT_TEXT)
        hits = 0
        for pos in range(len(_COUNT_TEXT) + 1):
            a, b = search(pos), cased.search(_COUNT_TEXT, pos)
            assert (a and a.span()) == (b and b.span()), pos
            assert sum(p.match(_COUNT_TEXT, pos) is not None for p in parts) <= 1
            hits += a is not None and a.start() == pos
        assert hits >= 4
        # each part opens on literal characters or one class: `re` skips to the positions that can match
        assert not any(p.pattern.startswith(("\\b", "(?<", "(?=")) for p in parts)


def test_same_setup_pattern_opens_on_its_first_letters() -> None:
    from extractors.facts.scores import _SAME_SETUP

    text = (
        "Orrin-4 ran on the same harness; Pell-2 with the same settings, Tarn using the same setup, anon the "
        "same harness, bewith the same setup, unusing the same setup, on the same stage."
    )
    plain = re.compile(
        r"\b(?:on|with|under|using) the same (?:harness|scaffold|setup|settings?|configuration)\b"
    )
    assert [m.span() for m in _SAME_SETUP.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(list(_SAME_SETUP.finditer(text))) == 3
    assert not _SAME_SETUP.pattern.startswith("\\b")
