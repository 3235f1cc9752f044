"""A board left as lines that open on their place written as an ordinal ('1st Name 71.2%', '2e Name'), and
a board that lists one model twice, once with a date or setting after its name and once without: still one
board, each line its place. Ordinal-opened lines under no board (picks, a digest, a guide's steps, a race's
times) give none, and a model whose two lines differ only by their figure holds its first place only."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(
    "text",
    [
        # an editor's picks under a score sentence: not that benchmark's board
        "Osk Prime in review\n\nOsk Prime reached 58% on QuillQA. What we would pick:\n\n"
        "1st Osk Prime for drafting\n2nd Brill 5 Mini for summaries\n3rd Vantor-4 for tutoring\n",
        # a news digest, a guide's steps, a hardware guide
        "Digest for the week\n\n1st Osk Prime gains tool use\n2nd Brill 5 Mini drops its price by a third\n"
        "3rd Vantor-4 slips to next spring\n",
        "Serving Osk Prime at home\n\n1st Osk Prime small 3B\n2nd Osk Prime medium 3B\n"
        "3rd Osk Prime large 3B\n",
        "Cards we like for Osk Prime\n\n1st Corvid V8 96GB 3.10\n2nd Corvid V6 64GB 1.70\n"
        "3rd Lorne 2 32GB 0.80\n",
        # a relay's results with clock times
        "Nimbel relay results\n\n1st Kara Venn 38:12\n2nd Osk Runners 39:47\n3rd Brill Squad 40:05\n",
    ],
)
def test_ordinal_lines_off_a_board_give_no_rank(text: str) -> None:
    assert ranks(text) == set()


def test_one_model_holds_one_place_of_a_board_whose_lines_differ_only_by_figure() -> None:
    text = (
        "Quillmark Arena table\n\n1st Vantor-4 1388\n2nd Osk Prime 1371\n3rd Vantor-4 1360\n"
        "4th Brill 5 Mini 1342\n"
    )
    assert ranks(text) == {("Vantor-4", "1"), ("Osk Prime", "2"), ("Brill 5 Mini", "4")}
