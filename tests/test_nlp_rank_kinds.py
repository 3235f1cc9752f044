"""First place on a board named only by its kind ('leads the unofficial agentic leaderboard', 'tops the
weekly speed rankings'): the kind words name the board. Words that say which boards, not what kind
('several major leaderboards', 'its own chart'), name none."""

from __future__ import annotations

import pytest

from tests.extracts import ranks


@pytest.mark.parametrize(
    "sentence",
    [
        "Varro-3 now leads the unofficial agentic leaderboard, two points clear of Pell-2 Mini.",
        "This week Varro-3 tops the weekly speed rankings, ahead of Pell-2 Mini.",
    ],
)
def test_a_board_named_by_its_kind_is_read(sentence: str) -> None:
    assert ranks("Board notes\n" + sentence) == {("Varro-3", "1")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Varro-3 has topped several major leaderboards since its spring launch.",
        "Varro-3 leads its own chart of favourite prompts.",
        "Varro-3 leads the product roadmap for the next quarter.",
        "Varro-3 also tops the reasoning charts (OrchardBench 71.5%) at half the price.",
    ],
)
def test_words_saying_which_boards_name_no_board(sentence: str) -> None:
    assert ranks("Board notes\n" + sentence) == set()
