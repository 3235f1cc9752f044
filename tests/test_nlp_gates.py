"""Gates searched over whole pages, written for speed, match exactly where the patterns they stand for do."""

from __future__ import annotations

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
