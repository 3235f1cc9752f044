"""A board left as lines that open on their place written as an ordinal ('1st Name 71.2%', '2e Name'), and
a board that lists one model twice, once with a date or setting after its name and once without: still one
board, each line its place."""

from __future__ import annotations

from tests.extracts import ranks

_ORDINAL_BOARD = """Quillmark Reasoning Board

Standings

Place Model Score Lab
1st Tarrow-9 (2031-02) 71.2% Nimbel
2nd Osk Prime 68.4% Halvard
3rd Tarrow-9 (thinking) 66.0% Nimbel
4th Brill 5 Mini 63.5% Copperline
5th Tarrow-9 02/11 61.8% Nimbel
6th Tarrow-9 59.9% Nimbel
"""


def test_a_board_whose_lines_open_on_an_ordinal_gives_each_line_its_place() -> None:
    got = ranks(_ORDINAL_BOARD)
    assert {("Osk Prime", "2"), ("Brill 5 Mini", "4")} <= got
    assert {v for s, v in got if s == "Tarrow-9"} >= {"1", "3", "5", "6"}


def test_french_ordinal_openings_read_the_same() -> None:
    text = (
        "Classement Quillmark\n\nPlace Modèle Score\n"
        "1er Osk Prime 71,2\n2e Brill 5 Mini 68,4\n3e Vantor-4 66,0\n"
    )
    assert {("Osk Prime", "1"), ("Brill 5 Mini", "2"), ("Vantor-4", "3")} <= ranks(text, "fr")


def test_ordinal_openings_of_other_lines_give_no_rank() -> None:
    text = (
        "Release notes for Osk Prime\n\nWhat changed\n\n1st change: the tokenizer was rebuilt.\n"
        "2nd change: longer context.\n3rd change: a smaller vocabulary.\n"
    )
    assert ranks(text) == set()
    dates = (
        "Osk Prime timeline\n\n1st March: Osk Prime preview.\n"
        "2nd March: Brill 5 Mini update.\n3rd March: Vantor-4 launch.\n"
    )
    assert ranks(dates) == set()
