"""Boards flattened to single spaces with word columns beside their figures (extractors/facts/flat_boards.py):
read by their layout, whatever the entries are called."""

from __future__ import annotations

from tests.extracts import pairs

# a maker column after the figures, places as ordinals, a '-' row for a reference line (no model's)
_MAKER_AFTER = """Brackwater Puzzle Leaderboard
Brackwater is a puzzle test on which untrained adults still beat every model we ran.
Standings
Rank Model Score (mean of 3) Organization
- Adult panel 88.0%
1st Vexil 7 (long) 71.5% Quarnworks
2nd Tolland 4 66.0% Fenmark
3rd Ostrel Mini 2 59.25% Quarnworks
4th Pelk-9b 41.0% Hollin Labs
"""

# a maker and an access column between the name and the score, a maker cell left empty
_MAKERS_BEFORE = """Sallow Voice Arena
The Sallow arena asks listeners to pick the better of two readings.
# Model Lab Access Score
01 Corvane v3 Tessel Closed 97.1
02 Drumlin Speech 2 Tessel Closed 91.4
03 Quillon TTS 1.5 Norrow Audio Open 88.0
04 Marl 6 Open 80.5
"""


def test_maker_column_after_the_figures() -> None:
    got = pairs(_MAKER_AFTER)
    assert {b for _m, b, _v in got} == {"Brackwater Puzzle"}
    assert {(m, v) for m, _b, v in got} == {
        ("Vexil 7", 71.5),
        ("Tolland 4", 66.0),
        ("Ostrel Mini 2", 59.25),
        ("Pelk-9b", 41.0),
    }


def test_word_columns_before_the_figures() -> None:
    got = pairs(_MAKERS_BEFORE)
    assert {m for m, _b, _v in got} >= {"Corvane v3", "Drumlin Speech 2", "Quillon TTS 1.5"}
    assert ("Corvane v3", "Sallow Voice Arena", 97.1) in got
    assert not any("Tessel" in m or "Norrow" in m for m, _b, _v in got)


def test_must_not_read_prices_hardware_or_task_rows() -> None:
    prices = """Hosting costs
# Model Provider Input Output
1 Vexil 7 Quarnworks $1.20 $4.00
2 Tolland 4 Fenmark $0.80 $2.10
3 Pelk-9b Hollin Labs $0.05 $0.10
"""
    gpus = """Rig notes
GPU Vendor Memory
Harl X9 Brightcore 80
Harl X7 Brightcore 48
Tamsin 3 Orwell Chips 24
"""
    tasks = """Brackwater by part
Task Owner Score
Sliding tiles Quarnworks 71.5
Word ladders Fenmark 66.0
Clock faces Quarnworks 59.0
"""
    assert pairs(prices) == set()
    assert pairs(gpus) == set()
    assert pairs(tasks) == set()


def test_word_cells_after_the_figures_may_hold_figures() -> None:
    # the lab column's cells end in numbers: they are the labs' names, never a score
    board = """FernBench Logic Board
FernBench asks for short proofs; the table is sorted by the mean of two graders.
Place Model Score Lab
1st Osprey 4 83.0% Unit 7
2nd Talon 2 77.5% Wrenfield (two graders)
3rd Merlin 1.5 70.25% Bay 12 Group
"""
    assert {(m, v) for m, _b, v in pairs(board)} == {
        ("Osprey 4", 83.0),
        ("Talon 2", 77.5),
        ("Merlin 1.5", 70.25),
    }


def test_an_entry_corner_opens_a_board() -> None:
    # 'Entry' is a corner the table readers take: such a header line reaches the board reader too
    board = """FernBench Logic Board
The latest FernBench figures.
Entry Lab Access FernBench
Osprey 4 Wrenfield Closed 83.0
Talon 2 Bayline Open 77.5
Osprey Lite Wrenfield Open 70.25
"""
    assert {(m, v) for m, _b, v in pairs(board)} == {
        ("Osprey 4", 83.0),
        ("Talon 2", 77.5),
        ("Osprey Lite", 70.25),
    }
