"""A table whose first column is a place ranks its models on a board even when the page names no benchmark we
know for it: the board is the one its section speaks of. A '#' column of row numbers in a table of features,
places that do not run down the rows, a table of prices, dates or roles, steps laid out in order, a board
named only by a heading's own word and a name read cut short from its cell give no rank."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.facts.nlp import extract
from extractors.facts.rank_tables import whole_name
from schema.records import Article


def ranks(text: str) -> set[tuple[str, str]]:
    ex = extract(
        Article(url="https://t.example/r", text=text, published_at=datetime(2026, 6, 5, 12, tzinfo=UTC))
    )
    return {(a.subject, a.value) for a in ex.attributes if a.attribute == "leaderboard_rank"}


_ROWS = "| 1 | Varro-3 | 41 |\n| 2 | Pell-2 Max | 37 |\n| 3 | Quill 5 | 30 |\n| 4 | Tamsin-9 | 22 |\n"


def test_a_rank_column_under_a_standings_heading_ranks_its_models() -> None:
    text = (
        "Lantern Cup results\n\nEight teams sent their coding agents to the puzzle night.\n\n"
        "Closing standings\n\nThe organisers posted the table on Sunday:\n"
        "| Rank | Model | Points |\n|---|---|---|\n" + _ROWS
    )
    got = ranks(text)
    assert {("Varro-3", "1"), ("Pell-2 Max", "2"), ("Quill 5", "3"), ("Tamsin-9", "4")} <= got


def test_a_rank_table_left_one_cell_per_line_ranks_its_models() -> None:
    cells = ["Rank", "Model", "Points", "1", "Varro-3", "41", "2", "Quill-5", "37", "3", "Tamsin-9", "30"]
    text = "Lantern Cup results\n\nEight agents played.\n\nClosing standings\n\n" + "\n".join(cells)
    assert {("Varro-3", "1"), ("Quill-5", "2"), ("Tamsin-9", "3")} <= ranks(text)


def test_a_place_word_in_another_language_heads_the_column() -> None:
    text = (
        "社区榜单\n\n本周的开源模型榜单如下:\n"
        "| 排名 | 模型名称 | 许可 |\n|---|---|---|\n"
        "| 1 | Varro-3 | MIT |\n| 2 | Pell-2 Max | Apache 2.0 |\n| 3 | Quill 5 | MIT |\n"
    )
    assert {("Varro-3", "1"), ("Pell-2 Max", "2"), ("Quill 5", "3")} <= ranks(text)


@pytest.mark.parametrize(
    "extra",
    [
        ("Cost per 1k calls", ["$0.80", "$2.10", "$0.35"]),
        ("First shipped", ["Mar 2026", "Nov 2025", "May 2026"]),
    ],
)
def test_a_leaderboard_with_a_price_or_date_beside_its_scores_still_ranks(
    extra: tuple[str, list[str]],
) -> None:
    # the rating column orders the board; the fee or the launch month is only told alongside it
    head, cells = extra
    lines = [
        f"| {p} | {m} | {r} | {c} |"
        for p, m, r, c in zip(
            ("1", "2", "3"), ("Varro-3", "Quill 5", "Tamsin-9"), ("1288", "1251", "1240"), cells, strict=True
        )
    ]
    text = (
        "Heronfield Arena, weekly\n\nVoters reshuffled the top of the Heronfield Arena again.\n\n"
        f"| Place | Model | Rating | {head} |\n|---|---|---|---|\n" + "\n".join(lines) + "\n"
    )
    assert {("Varro-3", "1"), ("Quill 5", "2"), ("Tamsin-9", "3")} <= ranks(text)


@pytest.mark.parametrize(
    "text",
    [
        # row numbers in a table of features: no ranking word over it
        "What each plan offers\n\nThe vendors list their plans:\n| # | Model | Context |\n|---|---|---|\n"
        + _ROWS,
        # places that do not run down the rows: a shuffled column is no board's order
        "Closing standings\n\n| Rank | Model | Points |\n|---|---|---|\n"
        "| 3 | Varro-3 | 41 |\n| 1 | Pell-2 Max | 37 |\n| 2 | Quill 5 | 30 |\n",
        # row numbers over fees, though a ranking is promised further on
        "Four assistants tried\n\nWhat they charge\n\nThe rankings follow after this list of fees:\n"
        "| # | Model | Fee per run | Monthly plan |\n|---|---|---|---|\n" + _ROWS,
        # a cheapest-first list is no leaderboard
        "Cost ranking: thrifty picks for agents\n\nThree vendors trimmed their rates this week.\n\n"
        "| Rank | Model | USD per million words |\n|---|---|---|\n" + _ROWS,
        # steps of a set-up under a heading that speaks of a ranking
        "A chain of three agents\n\nHow our favourite chain leads the ranking\n\n"
        "Wire the three agents together in this order:\n"
        "| No. | Model | Role |\n|---|---|---|\n| 1 | Varro-3 | sketches |\n| 2 | Quill 5 | builds |\n"
        "| 3 | Tamsin-9 | checks |\n",
        # launches by date
        "Launch diary\n\nShipping sequence\n\n| Position | Model | Shipped on |\n|---|---|---|\n"
        "| 1 | Varro-3 | 2 February 2026 |\n| 2 | Quill 5 | 9 April 2026 |\n| 3 | Tamsin-9 | 1 May 2026 |\n",
        # a board named by nothing but a heading word: 'Final' of 'Final standings'
        "Final standings\n\nSubscribers picked their favourites in a poll.\n\n"
        "| Rank | Model | Ballots |\n|---|---|---|\n" + _ROWS,
    ],
)
def test_a_column_that_orders_no_board_gives_no_rank(text: str) -> None:
    assert ranks(text) == set()


@pytest.mark.parametrize(
    ("cell", "surface", "whole"),
    [
        ("Pell 2 32b Instruct", "Pell 2", False),
        ("Varro 3.1 Other Ultra 253b v1", "Varro 3.1", False),
        ("Quill 5 27b it", "Quill 5 27b", True),
        ("Tamsin 4 Preview 06-05", "Tamsin 4", True),
        ("Tamsin 4 (high)", "Tamsin 4", True),
    ],
)
def test_a_name_read_cut_short_from_its_cell_is_told(cell: str, surface: str, whole: bool) -> None:
    assert whole_name(cell, surface) is whole
