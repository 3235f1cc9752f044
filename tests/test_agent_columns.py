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


def _agents(title: str, *cells: str) -> str:
    """A small pass-rate table of `cells` under an 'Agent' head, ranked in order."""
    rows = "".join(f"| {i} | {c} | {80 - 7 * i}% |\n" for i, c in enumerate(cells, 1))
    return f"{title}\nHow each runner fared this month.\n| Rank | Agent | Pass rate |\n|---|---|---|\n{rows}"


def test_must_not_read_a_harness_tag_as_a_model() -> None:
    for cells in (
        ("Gullwing - v3.1", "Tern - Release 5", "Skiff - Beta 4"),  # the harness's own versions
        ("Gullwing - Crew 2", "Tern - Squad 8", "Skiff - Build 17"),  # who ran it
        ("Gullwing - Debian 12", "Tern - Windows 10", "Skiff - Python 3.11"),  # where it ran
        ("Gullwing - June 2026", "Tern - Default", "Skiff - Go 1.22"),
        ("Gullwing - Brel K40", "Tern - Brel K20", "Skiff - Brel K40"),  # a host's chip
    ):
        assert pairs(_agents("Saltmarsh Terminal Suite", *cells)) == set(), cells


def test_a_bare_cell_needs_a_model_shape() -> None:
    got = pairs(_agents("Saltmarsh Terminal Suite", "Gullwing - Corra 6", "Tern - Lisk 2.5", "Skiff Plus"))
    assert {(m, v) for m, _b, v in got} == {("Corra 6", 73.0), ("Lisk 2.5", 66.0)}


def test_must_not_read_a_model_tag_as_the_model() -> None:
    # the model first, then its snapshot, a version of the run or a window: never the tag
    got = pairs(_agents("Saltmarsh Terminal Suite", "Corra 6 - 2026-02", "Lisk-4 - v3", "Doran 2 - 64K"))
    assert not {m for m, _b, _v in got} & {"v3", "64K", "2026-02"}
