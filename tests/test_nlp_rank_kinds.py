"""First place on a board named only by its kind ('leads the unofficial agentic leaderboard', 'tops the
weekly speed rankings'): the kind words name the board. Words that say which boards, not what kind
('several major leaderboards', 'its own chart'), name none; a first place denied or supposed, on a board of
no model's kind (sales, a hackathon, an app store) or held by some other subject gives none."""

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


@pytest.mark.parametrize(
    "sentence",
    [
        # denied or only supposed
        "Since the spring update Varro-3 no longer heads the multilingual leaderboard.",
        "If Varro-3 tops the vision leaderboard next week, Osk Labs will open the weights.",
        # a board of no model's kind
        "At Osk Labs, Varro-3 tops the internal revenue rankings for the second month.",
        "Pell-2 Mini heads the reader poll rankings on the Osk Labs forum.",
        # a name that is not the verb's subject
        "A student group working with Varro-3 leads the hackathon leaderboard in Ghent.",
        "Inkwell, built on Varro-3, leads the productivity app rankings this month.",
        "Osk Labs, maker of Varro-3, tops the startup funding leaderboard in Europe.",
        # an adjective that names no kind
        "Varro-3 tops the redesigned leaderboard, ahead of Pell-2 Mini.",
    ],
)
def test_no_first_place_denied_supposed_off_kind_or_of_another_subject(sentence: str) -> None:
    assert ranks("Board notes\n" + sentence) == set()
