"""A board left one cell per line whose rows run wider than eight cells (`cell_lines._periodic_grids`): a
column per category of the board's test set beside a model column, a size and an overall score. Every model
and board name here is invented."""

from __future__ import annotations

from tests.extracts import scores as _scores

_BOARD = "FolioCheck-Bench"
_HEAD = (
    f"{_BOARD} Leaderboard\n\n"
    f"{_BOARD} is a benchmark of scanned booklets that each reader turns into plain text; a checker counts "
    "the passages it kept whole. Higher is better.\n\n"
)
_ROWS = [
    ("Model", "Size", "Ledgers", "Receipts", "Old Forms", "Maps", "Footnotes", "Handwriting", "Tiny Print",
     "Overall"),
    ("Vexa-OCR 2", "2B", "91.2", "77.4", "88.0", "61.5", "—", "70.3", "81.9", "79.5"),
    ("Murrel Parse 1.5", "—", "86.9", "80.1", "84.3", "58.2", "90.4", "66.8", "79.0", "80.0"),
    ("Doclin-3B", "3B", "84.0", "71.6", "82.7", "55.9", "87.1", "63.2", "75.5", "76.3"),
    ("Tollan-2-4B", "4B", "83.1", "70.2", "80.9", "54.4", "85.0", "62.7", "74.1", "75.0"),
    ("Tollan-2-4B-soup", "4B", "82.5", "69.9", "80.1", "53.6", "84.8", "61.9", "73.7", "74.4"),
    ("Tollan-2-4B-grid-base", "4B", "79.8", "66.0", "77.3", "50.2", "82.2", "59.4", "70.6", "71.2"),
]  # fmt: skip


def _cells(rows: list[tuple[str, ...]]) -> str:
    return "\n".join(c for r in rows for c in r) + "\n"


def test_wide_board_one_cell_per_line() -> None:
    got = {(m, b, v) for m, b, v, _s in _scores(_HEAD + _cells(_ROWS))}
    assert {("Vexa-OCR 2", _BOARD, 91.2), ("Vexa-OCR 2", _BOARD, 81.9), ("Vexa-OCR 2", _BOARD, 79.5)} <= got
    assert {("Murrel Parse 1.5", _BOARD, 90.4), ("Doclin-3B", _BOARD, 75.5)} <= got
    # the size column holds no score
    assert not any(v in (2.0, 3.0) for _m, _b, v in got)


def test_wide_lines_that_are_no_board() -> None:
    # a list of eleven words after a 'Model' line, then prose: no rows of figures, nothing read
    words = [*_ROWS[0], "Notes"]
    text = _HEAD + "\n".join(words) + "\nEach reader ran twice and we kept the better run of 2 tries.\n"
    assert not any(v == 2.0 for _m, _b, v, _s in _scores(text))


def test_checkpoints_of_one_model_keep_their_ids() -> None:
    # rows naming a model and its checkpoints ('-soup', '-grid-base'): each row is its own id's
    got = {(m, v) for m, _b, v, _s in _scores(_HEAD + _cells(_ROWS))}
    assert {("Tollan-2-4B", 83.1), ("Tollan-2-4B-soup", 82.5), ("Tollan-2-4B-grid-base", 79.8)} <= got
    assert ("Tollan-2-4B", 82.5) not in got
