"""A tie gives its one figure to each model it joins; a close race, a tie of places, a win rate and a row of
two figures do not (extractors/facts/tie_mates.py). Invented models and sentences of our own."""

from __future__ import annotations

from tests.extracts import pairs


def test_the_two_tied_on_a_benchmark_share_its_figure() -> None:
    got = pairs("Vell-7 vs Quor-2\nQuor-2 pulls ahead on GPQA Diamond. The two are tied on MMLU-Pro at 84.2.")
    assert {("Vell-7", "MMLU-Pro", 84.2), ("Quor-2", "MMLU-Pro", 84.2)} <= got


def test_a_result_that_was_a_tie_gives_the_paragraphs_pair_the_figure() -> None:
    text = (
        "Vell-7 against Quor-2\nWe lined up Vell-7 and Quor-2 on five tests. Quor-2 pulls ahead on GPQA"
        " Diamond by three points. The MMLU-Pro result was a tie at 84.2%. Vell-7 costs less."
    )
    assert {("Vell-7", "MMLU-Pro", 84.2), ("Quor-2", "MMLU-Pro", 84.2)} <= pairs(text)


def test_the_two_named_as_tied_share_the_figure() -> None:
    got = pairs("Roundup\nOn MMLU-Pro, Vell-7 and Quor-2 finish tied at 84.2%. Pell-3 trails at 80.1%.")
    assert {("Vell-7", "MMLU-Pro", 84.2), ("Quor-2", "MMLU-Pro", 84.2)} <= got
    assert ("Pell-3", "MMLU-Pro", 84.2) not in got


def test_a_figure_set_level_with_a_rival_stays_its_owners() -> None:
    text = (
        "Index update\nPell-3 lands at 51 on the Artificial Analysis Intelligence Index, level with Quor-2"
        " and three below Vell-7."
    )
    got = pairs(text)
    assert ("Pell-3", "Artificial Analysis Intelligence Index", 51.0) in got
    assert not any(m in ("Quor-2", "Vell-7") for m, _b, _v in got)


def test_a_tie_between_other_models_leaves_the_figure_with_its_owner() -> None:
    got = pairs("Roundup\nOn MMLU-Pro, Vell-7 reached 84.2%, while Quor-2 tied Pell-3 for second.")
    assert got == {("Vell-7", "MMLU-Pro", 84.2)}


def test_a_tie_of_places_shares_no_figure() -> None:
    got = pairs("Arena notes\nVell-7 sits on LMArena Text with 1390, tied for fourth place with Quor-2.")
    assert ("Quor-2", "LMArena Text", 1390.0) not in got


def test_a_close_race_keeps_each_sides_own_figure() -> None:
    got = pairs("Agents\nVell-7 and Quor-2 are in a near tie on WebArena, 61.0% against 60.8%.")
    assert ("Quor-2", "WebArena", 61.0) not in got and ("Vell-7", "WebArena", 60.8) not in got
    got = pairs("Arena notes\nOn LMArena Text, Vell-7 holds 1390, statistically tied with Quor-2.")
    assert ("Quor-2", "LMArena Text", 1390.0) not in got


def test_a_win_rate_and_a_verdict_row_share_nothing() -> None:
    got = pairs("Office work\nVell-7's win-or-tie rate against experts on GDPval is 52.1%, above Quor-2.")
    assert not any(m == "Quor-2" for m, _b, _v in got)
    table = (
        "Vell-7 vs Quor-2\n| Test | Vell-7 | Quor-2 | Call |\n|---|---|---|---|\n"
        "| WebArena | 61.0 | 60.8 | too close to call, a virtual tie |\n"
    )
    assert ("Quor-2", "WebArena", 61.0) not in pairs(table)


def test_no_tie_word_no_second_owner() -> None:
    got = pairs("Update\nOn MMLU-Pro, Vell-7 scores 84.2% while Quor-2 trails.")
    assert got == {("Vell-7", "MMLU-Pro", 84.2)}
