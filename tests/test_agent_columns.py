"""An agent board's entry column read as the models its harnesses run (extractors/facts/agent_columns.py)."""

from __future__ import annotations

from tests.extracts import pairs

_BOARD = """Tidewater Shell Index
How far each coding harness gets on the Tidewater Shell Index.
| Rank | Agent / Harness | Pass rate | Cost / Task | Link |
|---|---|---|---|---|
| 1 | Shellrun - Vexil 5 (max)Vexil 5 (max) | 74% | $9.10 | Open |
| 2 | Pilot - Quarn 3.5 (high)Quarn 3.5 (high) | 69% | $4.20 | Open |
| 3 | Shellrun - Marrow 2 | 61% | $1.75 | Open |
"""


def test_harness_cells_give_their_models() -> None:
    got = pairs(_BOARD)
    assert {(m, v) for m, _b, v in got} == {("Vexil 5", 74.0), ("Quarn 3.5", 69.0), ("Marrow 2", 61.0)}
    assert {b for _m, b, _v in got} == {"Tidewater Shell Index"}


def test_must_not_read_agents_without_models() -> None:
    products = """Tidewater Shell Index
Which coding agents we tried.
| Rank | Agent | Pass rate | Price |
|---|---|---|---|
| 1 | Shellrun | 74% | $20 |
| 2 | Pilot Pro | 69% | $10 |
| 3 | Burrow - the open one | 61% | free |
"""
    assert pairs(products) == set()


def test_must_not_touch_a_table_with_a_model_column() -> None:
    both = """Tidewater Shell Index
The harness each run used is its own column.
| Agent | Model | Pass rate |
|---|---|---|
| Shellrun - nightly | Vexil 5 | 74% |
| Pilot - stable | Quarn 3.5 | 69% |
| Shellrun - nightly | Marrow 2 | 61% |
"""
    assert {(m, v) for m, _b, v in pairs(both)} == {
        ("Vexil 5", 74.0),
        ("Quarn 3.5", 69.0),
        ("Marrow 2", 61.0),
    }
