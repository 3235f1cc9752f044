"""Contradictions on shapes real pages give: a table that pads every figure to one decimal ('52.0'), against a
source that gives the same model's figure at its own precision.

Everything goes through a real warehouse (load, reconcile, the `contradictions` view); model names and figures
are invented.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.test_reconcile import article, load_items, score
from warehouse.agreement import Stated, agree, compared_decimals, parse_value, score_value
from warehouse.db import open_warehouse
from warehouse.reconcile import reconcile


@pytest.fixture()
def con(tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    with open_warehouse(tmp_path / "wh.duckdb") as c:
        yield c


def flagged(con: duckdb.DuckDBPyConnection) -> set[tuple[str, str]]:
    return {(s, a) for s, a in con.execute("SELECT subject, attribute FROM contradictions").fetchall()}


# --- a trailing zero is padding, not precision -------------------------------------------------------------


def test_a_padded_table_cell_agrees_with_a_figure_one_tenth_away(con: duckdb.DuckDBPyConnection) -> None:
    """A leaderboard prints every cell to one decimal ('| 14 | Pellow 3 72B | 52.0 |'); another board gives
    the same model 52.1. The padded 52.0 may be a whole-number 52, which 52.1 rounds to: no contradiction. A
    padded 52.0 against 53.4 still disagrees."""
    board_a = "| 14 | Pellow 3 72B | Orchard Labs | 52.0 |"
    board_b = "| 9 / 80 | Pellow 3 72B · 72.4B | 52.1% |"
    board_c = "Pellow 3 72B reaches 53.4 on GPQA Diamond in our own rerun."
    load_items(
        con,
        [
            article("board-a", [score("Pellow 3 72B", "GPQA Diamond", 52.0, text=board_a)]),
            article("board-b", [score("Pellow 3 72B", "GPQA Diamond", 52.1, text=board_b)]),
        ],
    )
    reconcile(con, "l1")
    assert flagged(con) == set()
    load_items(con, [article("rerun", [score("Pellow 3 72B", "GPQA Diamond", 53.4, text=board_c)])])
    reconcile(con, "l2")
    assert flagged(con) == {("Pellow 3 72B", "GPQA Diamond")}


def test_a_padded_whole_number_agrees_with_its_more_precise_source(con: duckdb.DuckDBPyConnection) -> None:
    """'Brindle 2 posts 71.0% on BrowseComp' (a whole-number vendor figure, padded) and a card's 70.7 agree;
    the displayed value keeps the source's own writing."""
    one = "In the German roundup, Brindle 2 posts 71.0% on BrowseComp."
    two = "| BrowseComp | 70.7 | 66.2 |"
    load_items(
        con,
        [
            article("roundup", [score("Brindle 2", "BrowseComp", 71.0, text=one)]),
            article("card", [score("Brindle 2", "BrowseComp", 70.7, text=two)]),
        ],
    )
    reconcile(con, "l1")
    assert flagged(con) == set()
    values = {v for (v,) in con.execute("SELECT value FROM reconciled_facts").fetchall()}
    assert values == {"71.0", "70.7"}


def test_padding_never_hides_a_difference_at_the_padded_precision() -> None:
    def s(t: str) -> Stated:
        v = parse_value("rounding", t)
        assert v is not None
        return v

    assert agree("rounding", s("49.0"), s("49.1"))
    assert agree("rounding", s("84.0"), s("83.7"))
    assert agree("rounding", s("49.10"), s("49.1"))
    assert not agree("rounding", s("70.0"), s("71.0"))  # both whole numbers, and different ones
    assert not agree("rounding", s("49.0"), s("49.6"))  # 49.6 rounds to 50
    assert not agree("rounding", s("49.10"), s("49.2"))  # "49.10" compares as 49.1
    assert compared_decimals(s("52.0")) == 0 and compared_decimals(s("52.50")) == 1
    assert compared_decimals(score_value(68.0, "reaches 68.0 on GPQA")) == 0
    assert score_value(68.0, "reaches 68.0 on GPQA").text == "68.0"  # the text stays as written


@given(st.integers(0, 10_000), st.integers(0, 3), st.integers(0, 3))
def test_a_figure_and_its_zero_padding_always_agree(n: int, d: int, pad: int) -> None:
    """A figure written with extra zeros ('52.1' as '52.100') agrees with itself, whatever the padding."""
    base = n / 10**d
    a = Stated(f"{base:.{d}f}", base, d)
    b = Stated(f"{base:.{d + pad}f}", base, d + pad)
    assert agree("rounding", a, b) and agree("rounding", b, a)
