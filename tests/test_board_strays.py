"""Category columns of a board where one category is spelled like a test we know (`board_strays.py`): the
board keeps every category column, that one too; a reference column of another test (an acronym's, or a
test the prose names beside the table) keeps its own test while the rest stay the board's; a table of
tests, a table under no board, prices, and rows of languages or chips are left alone. The readers, tests
and figures below are made up."""

from __future__ import annotations

import pytest

from tests.extracts import scores as _scores

_BOARD = "Stampwise-Bench"
_HEAD = (
    f"{_BOARD} Leaderboard\n\n"
    f"Each entry below is the share of unit checks a reader passes on 520 photographed invoices, stamps "
    f"and forms from {_BOARD}, so a larger figure means fewer broken pages.\n\n"
)
# 'CharXiv' and 'Codeforces' are tests the lists know; named nowhere else, each is a category here
_ROWS = [
    ("Reader", "Invoices", "Stamps", "CharXiv", "Ledger Scans", "Marginalia", "Mean", "Weights"),
    ("Quorra-Read 4", "83.4", "69.8", "74.1", "57.3", "88.6", "74.6", "7B"),
    ("Saltmark Lens 2.1", "79.0", "72.5", "70.9", "—", "85.2", "76.9", "—"),
    ("Bexley-1B", "76.8", "65.3", "68.4", "52.0", "—", "65.6", "1B"),
]


def _table(shape: str, rows: list[tuple[str, ...]]) -> str:
    if shape == "pipes":
        lines = ["| " + " | ".join(r) + " |" for r in rows]
        lines.insert(1, "|" + "---|" * len(rows[0]))
    elif shape == "tabs":
        lines = ["\t".join(r) for r in rows]
    else:  # aligned columns
        widths = [max(len(r[k]) for r in rows) for k in range(len(rows[0]))]
        lines = ["   ".join(c.ljust(widths[k]) for k, c in enumerate(r)).rstrip() for r in rows]
    return "\n".join(lines) + "\n"


def _with_head(rows: list[tuple[str, ...]], j: int, head: str) -> list[tuple[str, ...]]:
    return [(*r[:j], head, *r[j + 1 :]) if i == 0 else r for i, r in enumerate(rows)]


@pytest.mark.parametrize("shape", ["pipes", "tabs", "aligned"])
@pytest.mark.parametrize("stray", ["CharXiv", "Codeforces"])
def test_category_named_like_a_test_is_the_boards(shape: str, stray: str) -> None:
    got = _scores(_HEAD + _table(shape, _with_head(_ROWS, 3, stray)))
    pairs = {(m, b, v) for m, b, v, _s in got}
    # each category column is the board's, the one spelled like a test as well
    assert {
        ("Quorra-Read 4", _BOARD, 83.4),
        ("Quorra-Read 4", _BOARD, 74.1),
        ("Quorra-Read 4", _BOARD, 88.6),
    } <= pairs
    assert {("Saltmark Lens 2.1", _BOARD, 72.5), ("Bexley-1B", _BOARD, 68.4)} <= pairs
    assert ("Quorra-Read 4", _BOARD, 74.1, stray) in got
    # no figure goes to the other test, and the weights column scores nothing
    assert not any(b != _BOARD for _m, b, _v in pairs)
    assert not any(v in (7.0, 1.0) for _m, _b, v in pairs)


@pytest.mark.parametrize(
    ("head", "note"),
    [
        ("MMMU", ""),  # an acronym is a test's id, not a category word
        ("MMMU", " Next to the categories we copy each reader's MMMU result from its maker's report."),
        ("Codeforces", " The column before the mean repeats the Codeforces rating each maker publishes."),
    ],
)
def test_reference_column_keeps_its_test(head: str, note: str) -> None:
    text = _HEAD.replace("pages.\n", "pages." + note + "\n") + _table("pipes", _with_head(_ROWS, 3, head))
    got = {(m, b, v) for m, b, v, _s in _scores(text)}
    # the reference column is its own test's; the categories beside it are still the board's
    assert {("Quorra-Read 4", head, 74.1), ("Bexley-1B", head, 68.4)} <= got
    assert {("Quorra-Read 4", _BOARD, 83.4), ("Saltmark Lens 2.1", _BOARD, 76.9)} <= got
    assert not any(b == _BOARD and v in (74.1, 70.9, 68.4) for _m, b, v in got)


def test_acronym_beside_languages_keeps_its_test() -> None:
    # a board of languages with one more test's column: that column is no language of the board
    rows = [
        ("Reader", "Basque", "Welsh", "Swahili", "MGSM", "Mean"),
        ("Quorra-Read 4", "62.5", "58.0", "49.3", "66.1", "56.6"),
        ("Saltmark Lens 2.1", "60.2", "55.4", "47.7", "63.0", "54.4"),
        ("Bexley-1B", "51.9", "44.8", "40.1", "52.6", "45.6"),
    ]
    got = {(m, b, v) for m, b, v, _s in _scores(_HEAD + _table("pipes", rows))}
    assert {("Quorra-Read 4", "MGSM", 66.1), ("Bexley-1B", "MGSM", 52.6)} <= got
    assert not any(b == _BOARD and v in (66.1, 63.0, 52.6) for _m, b, v in got)


def test_table_of_tests_stays_one() -> None:
    # two known tests out of four figure columns: the grid lists benchmarks, not the board's categories
    rows = [
        ("Model", "Invoices", "MMLU", "Stamps", "GPQA"),
        ("Quorra-Read 4", "83.4", "70.6", "69.8", "42.3"),
        ("Saltmark Lens 2.1", "79.0", "68.2", "72.5", "39.9"),
        ("Bexley-1B", "76.8", "59.7", "65.3", "31.4"),
    ]
    got = _scores(_HEAD + _table("pipes", rows))
    assert {("Quorra-Read 4", "MMLU", 70.6), ("Bexley-1B", "GPQA Diamond", 31.4)} <= {
        (m, b, v) for m, b, v, _s in got
    }
    assert not any(b == _BOARD and v in (70.6, 42.3) for _m, b, v, _s in got)


def test_no_board_above_the_table() -> None:
    # nothing above the grid names a board: its known head stays that test's, the other columns nobody's
    text = "Three readers tried on our office scans\n\nWe fed each one the same folder.\n\n" + _table(
        "pipes", _ROWS
    )
    got = _scores(text)
    assert not any(v in (83.4, 69.8, 57.3) for _m, _b, v, _s in got)


def test_prices_beside_a_stray_head() -> None:
    # prices under the board's heading are no categories, and one test's column alone is no board
    rows = [
        ("Model", "CharXiv", "Cost in", "Cost out"),
        ("Quorra-Read 4", "74.1", "0.35", "1.40"),
        ("Saltmark Lens 2.1", "70.9", "0.20", "0.90"),
        ("Bexley-1B", "68.4", "0.05", "0.25"),
    ]
    got = _scores(_HEAD + _table("pipes", rows))
    assert not any(v in (0.35, 1.4, 0.2, 0.9, 0.05, 0.25) for _m, _b, v, _s in got)
    assert not any(b == _BOARD for _m, b, _v, _s in got)


@pytest.mark.parametrize("corner", ["Language", "GPU"])
def test_rows_that_are_no_models(corner: str) -> None:
    # a board's rows of languages or of chips: no model's scores
    labels = ["Icelandic", "Yoruba", "Khmer"] if corner == "Language" else ["A100", "T4", "RTX 4090"]
    rows = [(corner, "Invoices", "Stamps", "CharXiv", "Marginalia")] + [
        (lb, "77.0", "64.5", "59.2", "71.8") for lb in labels
    ]
    got = _scores(_HEAD + _table("pipes", rows))
    assert not any(m in labels for m, _b, _v, _s in got)
