"""A board written out one cell per line, with rows of more than eight cells (`cell_lines._periodic_grids`):
the models' column, a column for each category of the board's test, a mean, and a size column. The
readers, checkpoints and the board are made up."""

from __future__ import annotations

from tests.extracts import scores as _scores

_BOARD = "Scrollmark-Bench"
_HEAD = (
    f"{_BOARD} Leaderboard\n\n"
    f"On {_BOARD} a reader gets whole bound ledgers and must give back their text in order; the figure is "
    "how many of the hidden checks it clears.\n\n"
)
_ROWS = [
    ("Model", "Invoices", "Stamps", "Ledger Scans", "Marginalia", "Carbon Copies", "Faded Ink",
     "Rotated Pages", "Mean", "Weights"),
    ("Quorra-Read 4", "83.4", "69.8", "74.1", "57.3", "88.6", "62.0", "71.7", "72.4", "7B"),
    ("Saltmark Lens 2.1", "79.0", "72.5", "70.9", "—", "85.2", "60.8", "69.3", "73.0", "—"),
    ("Bexley-1B", "76.8", "65.3", "68.4", "52.0", "80.7", "—", "66.2", "68.2", "1B"),
    ("Tessal-3-2B", "75.2", "64.1", "67.0", "50.6", "79.9", "56.3", "64.8", "65.4", "2B"),
    ("Tessal-3-2B-ft", "74.6", "63.5", "66.3", "49.9", "79.1", "55.7", "64.0", "64.7", "2B"),
    ("Tessal-3-2B-rl-mix", "72.0", "61.2", "63.8", "47.5", "76.4", "53.1", "61.7", "62.2", "2B"),
]  # fmt: skip


def _cells(rows: list[tuple[str, ...]]) -> str:
    return "\n".join(c for r in rows for c in r) + "\n"


def test_wide_board_one_cell_per_line() -> None:
    got = {(m, b, v) for m, b, v, _s in _scores(_HEAD + _cells(_ROWS))}
    assert {
        ("Quorra-Read 4", _BOARD, 83.4),
        ("Quorra-Read 4", _BOARD, 71.7),
        ("Quorra-Read 4", _BOARD, 72.4),
    } <= got
    assert {("Saltmark Lens 2.1", _BOARD, 85.2), ("Bexley-1B", _BOARD, 66.2)} <= got
    # sizes are no scores
    assert not any(v in (7.0, 1.0, 2.0) for _m, _b, v in got)


def test_wide_lines_that_are_no_board() -> None:
    # eleven words one per line after a 'Model' line, then a sentence: no rows of figures, nothing read
    words = [*_ROWS[0], "Remarks"]
    text = _HEAD + "\n".join(words) + "\nWe kept the better of 2 passes for every reader.\n"
    assert not any(v == 2.0 for _m, _b, v, _s in _scores(text))


def test_checkpoints_of_one_model_keep_their_ids() -> None:
    # a model's row and rows of its checkpoints ('-ft', '-rl-mix'): every row keeps the id it names
    got = {(m, v) for m, _b, v, _s in _scores(_HEAD + _cells(_ROWS))}
    assert {("Tessal-3-2B", 75.2), ("Tessal-3-2B-ft", 74.6), ("Tessal-3-2B-rl-mix", 72.0)} <= got
    assert ("Tessal-3-2B", 74.6) not in got
