"""A score set against another model's reads the same when the writer rounds the figures ('around 80%',
'~90%', 'approximately 71.5%') or gives a range ('80-82%') and glosses the benchmark in brackets. A range
that spans the other figure states no lead. Invented models and sentences of our own."""

from __future__ import annotations

import pytest

from tests.extracts import claims

_TITLE = "Notes from the bench"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Quoll 5 scores around 61% on GSM8K, compared to Marten-2 at approximately 67.5%.",
            ("Quoll 5", "behind", "Marten-2", "asserts", "GSM8K"),
        ),
        (
            "On HumanEval (writing small programs), Quoll 5 reaches roughly 70-72% versus Marten-2 at ~64%.",
            ("Quoll 5", "outperforms", "Marten-2", "asserts", "HumanEval"),
        ),
        (
            "Quoll 5 lands at 44.1% on GSM8K (grade-school sums), compared with about 52% for Marten-2.",
            ("Quoll 5", "behind", "Marten-2", "asserts", "GSM8K"),
        ),
    ],
)
def test_a_rounded_figure_is_still_set_against_the_other(line: str, expected: tuple[str, ...]) -> None:
    assert expected in claims(f"{_TITLE}\n{line}")


@pytest.mark.parametrize(
    "line",
    [
        # the range spans the other figure: neither is ahead
        "Quoll 5 scores around 60-70% on GSM8K, compared to Marten-2 at approximately 65%.",
        # a question states nothing
        "Does Quoll 5 at about 61% on GSM8K really trail Marten-2 at roughly 67%?",
        # a price is no score
        "Quoll 5 costs around $3 per million tokens, compared to Marten-2 at approximately $5.",
    ],
)
def test_a_spanning_range_a_question_or_a_price_asserts_no_lead(line: str) -> None:
    found = claims(f"{_TITLE}\n{line}")
    assert not {c for c in found if c[1] in ("outperforms", "behind") and c[3] == "asserts"}


def test_a_name_ending_in_a_number_before_a_dash_opens_no_range() -> None:
    # 'Brindle 7 – 63%': the 7 is the name's, not the low end of a range up to 63
    found = claims(f"{_TITLE}\nSide by side on GSM8K: Brindle 7 – 63% vs Marten-2 at 59%.")
    assert ("Brindle 7", "outperforms", "Marten-2", "asserts", "GSM8K") in found


@pytest.mark.parametrize(
    "line",
    [
        # each figure on a test of its own
        "Quoll 5 posts around 58% on GSM8K, compared to Marten-2 at approximately 66% on HumanEval.",
        "Quoll 5 posts around 58% on GSM8K (sums), compared to Marten-2 at about 52% on HumanEval (code).",
        # one run with tools, the other without
        "Quoll 5 posts around 77% on GSM8K with tools, compared to about 83% for Marten-2 without tools.",
        # the other figure is a share of the cost, no score
        "Quoll 5 posts 63% on GSM8K, compared to Marten-2 at roughly 45% of the cost.",
        # both rounded, and the gap is inside the rounding
        "Quoll 5 posts around 64% on GSM8K, compared to Quoll 4 at approximately 64.5% last spring.",
    ],
)
def test_figures_on_other_tests_settings_or_measures_are_not_set_against_each_other(line: str) -> None:
    found = claims(f"{_TITLE}\n{line}")
    assert not {c for c in found if c[1] in ("outperforms", "behind")}


def test_a_bracket_with_another_result_does_not_name_the_compared_test() -> None:
    line = "Quoll 5 posts 72.4% on GSM8K (and 38% on HumanEval), compared to Brindle 7 at approximately 66%."
    found = claims(f"{_TITLE}\n{line}")
    assert not {c for c in found if c[4] == "HumanEval"}
