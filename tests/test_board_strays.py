"""A board's category columns where one category shares a known test's name (`board_strays.py`): every
category column is the board's, that one too; a table of tests, a table without a board above it, prices,
and rows of languages or chips are left alone. Every model and board name here is invented."""

from __future__ import annotations

import pytest

from tests.extracts import scores as _scores

_BOARD = "PageSieve-Bench"
_HEAD = (
    f"{_BOARD} Leaderboard\n\n"
    f"{_BOARD} is a benchmark of four hundred scanned pages that each system turns into plain text; a "
    "checker marks what it kept in reading order. Higher is better.\n\n"
)
# 'CharXiv' and 'Codeforces' are tests the lists know; here each is one more category of the board
_ROWS = [
    ("System", "Params", "Receipts", "Old Forms", "CharXiv", "Handwriting", "Footnotes", "Overall"),
    ("Vexa-OCR 2", "2B", "91.2", "77.4", "88.0", "61.5", "—", "79.5"),
    ("Murrel Parse 1.5", "—", "86.9", "80.1", "84.3", "58.2", "90.4", "80.0"),
    ("Doclin-3B", "3B", "84.0", "71.6", "82.7", "55.9", "87.1", "76.3"),
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
    got = _scores(_HEAD + _table(shape, _with_head(_ROWS, 4, stray)))
    pairs = {(m, b, v) for m, b, v, _s in got}
    # every category column is the board's, the one named like a test among them
    assert {("Vexa-OCR 2", _BOARD, 91.2), ("Vexa-OCR 2", _BOARD, 88.0), ("Vexa-OCR 2", _BOARD, 61.5)} <= pairs
    assert {("Murrel Parse 1.5", _BOARD, 90.4), ("Doclin-3B", _BOARD, 82.7)} <= pairs
    assert ("Vexa-OCR 2", _BOARD, 88.0, stray) in got
    # none of them is the other test's, and the size column holds no score
    assert not any(b != _BOARD for _m, b, _v in pairs)
    assert not any(v in (2.0, 3.0) for _m, _b, v in pairs)


def test_table_of_tests_stays_one() -> None:
    # two known tests among four figure columns: a table of benchmarks, not the board's categories
    rows = [
        ("Model", "MMLU", "GPQA", "Receipts", "Old Forms"),
        ("Vexa-OCR 2", "71.2", "40.5", "91.2", "77.4"),
        ("Murrel Parse 1.5", "69.8", "38.1", "86.9", "80.1"),
        ("Doclin-3B", "60.4", "30.9", "84.0", "71.6"),
    ]
    got = _scores(_HEAD + _table("pipes", rows))
    assert {("Vexa-OCR 2", "MMLU", 71.2), ("Doclin-3B", "GPQA Diamond", 30.9)} <= {
        (m, b, v) for m, b, v, _s in got
    }
    assert not any(b == _BOARD and v in (71.2, 40.5) for _m, b, v, _s in got)


def test_no_board_above_the_table() -> None:
    # no heading or title names a board: the known head stays its own test, the other columns nobody's
    text = "Spring roundup of document readers\n\nWe ran three readers on our own scans.\n\n" + _table(
        "pipes", _ROWS
    )
    got = _scores(text)
    assert not any(v in (91.2, 77.4, 61.5) for _m, _b, v, _s in got)


def test_prices_beside_a_stray_head() -> None:
    # a price list under the board's heading: prices are no categories, and one test column is no board
    rows = [
        ("Model", "Input price", "Output price", "CharXiv"),
        ("Vexa-OCR 2", "0.40", "1.60", "88.0"),
        ("Murrel Parse 1.5", "0.25", "1.00", "84.3"),
        ("Doclin-3B", "0.10", "0.30", "82.7"),
    ]
    got = _scores(_HEAD + _table("pipes", rows))
    assert not any(v in (0.4, 1.6, 0.25, 1.0, 0.1, 0.3) for _m, _b, v, _s in got)
    assert not any(b == _BOARD for _m, b, _v, _s in got)


@pytest.mark.parametrize("corner", ["Language", "GPU"])
def test_rows_that_are_no_models(corner: str) -> None:
    # rows of languages or of chips under the board: no model's scores
    labels = ["Portuguese", "Finnish", "Tagalog"] if corner == "Language" else ["H100", "A10G", "L40S"]
    rows = [(corner, "Receipts", "Old Forms", "CharXiv", "Handwriting")] + [
        (lb, "81.0", "72.5", "66.4", "58.8") for lb in labels
    ]
    got = _scores(_HEAD + _table("pipes", rows))
    assert not any(m in labels for m, _b, _v, _s in got)
