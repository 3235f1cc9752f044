"""A models-down board whose value columns are rates of the one board named above it (`board_metrics.py`):
each rate column holds that board's values, its head the setting; a coverage rate, a length, a price and a
table under two boards are left alone. Every name here is invented."""

from __future__ import annotations

import pytest

from tests.extracts import pairs as _pairs
from tests.extracts import scores as _scores

_HEAD = (
    "Tarnwell Drift Leaderboard: March edition\n\n"
    "Three hundred shipping manifests went to each system; a grader marks any line of its digest that no "
    "manifest backs. Fresh entrants join in June.\n\n"
)
_ROWS = [
    ("Model", "Slip Rate", "Fabrication Rate", "Reply Rate", "Length (tokens)"),
    ("Tarsus 3", "1.8 %", "0.9 %", "99.6 %", "212"),
    ("Pellan-7", "2.4 %", "1.3 %", "98.2 %", "187"),
    ("Orvik-2 Mini", "3.7 %", "2.2 %", "97.5 %", "240"),
]


def _table(shape: str, rows: list[tuple[str, ...]] = _ROWS) -> str:
    if shape == "pipes":
        lines = ["| " + " | ".join(r) + " |" for r in rows]
        lines.insert(1, "|" + "---|" * len(rows[0]))
    elif shape == "tabs":
        lines = ["\t".join(r) for r in rows]
    elif shape == "flat":  # flattened to single spaces
        lines = [" ".join(r) for r in rows]
    else:  # aligned columns
        widths = [max(len(r[k]) for r in rows) for k in range(len(rows[0]))]
        lines = ["   ".join(c.ljust(widths[k]) for k, c in enumerate(r)).rstrip() for r in rows]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("shape", ["pipes", "tabs", "aligned", "flat"])
def test_rate_columns_are_the_boards(shape: str) -> None:
    got = _scores(_HEAD + _table(shape))
    pairs = {(m, b, v) for m, b, v, _s in got}
    board = "Tarnwell Drift Leaderboard"
    assert {("Tarsus 3", board, 1.8), ("Tarsus 3", board, 0.9)} <= pairs
    assert {("Pellan-7", board, 2.4), ("Orvik-2 Mini", board, 2.2)} <= pairs
    # each column's head tells its values apart
    tarsus = {s for m, _b, v, s in got if m == "Tarsus 3" and v in (1.8, 0.9)}
    assert tarsus == {"slip rate", "fabrication rate"}
    # how often the model answered at all, and how long it wrote, are no scores of the board
    assert not any(v in (99.6, 98.2, 97.5, 212, 187, 240) for _m, _b, v in pairs)


def test_rate_columns_beside_the_boards_score() -> None:
    # an accuracy column read as the board stands first: the rates beside it are the board's too
    accuracy = ["Accuracy", "88.0 %", "86.5 %", "84.1 %"]
    scored = [(r[0], accuracy[i], *r[1:]) for i, r in enumerate(_ROWS)]
    got = _scores(_HEAD + _table("pipes", scored))
    board = "Tarnwell Drift Leaderboard"
    assert {("Tarsus 3", board, 88.0, None), ("Tarsus 3", board, 1.8, "slip rate")} <= got
    assert not any(v in (99.6, 212) for _m, _b, v, _s in got)


def test_rate_rows_of_a_turned_board() -> None:
    # models across, one row per rate: the rate rows are the board's, the coverage and length rows nothing
    turned = list(zip(*_ROWS, strict=True))
    got = _scores(_HEAD + _table("pipes", turned))
    board = "Tarnwell Drift Leaderboard"
    assert {("Pellan-7", board, 2.4, "slip rate"), ("Orvik-2 Mini", board, 2.2, "fabrication rate")} <= got
    assert not any(v in (98.2, 97.5, 187, 240) for _m, _b, v, _s in got)


def test_flat_rate_board_cut_short() -> None:
    # the page stops inside its last row: the cells it has are read, and the lines after it are no rows
    text = _HEAD + _table("flat")[: -len(" 97.5 % 240\n")] + "\nMore boards next week, 7 of them.\n"
    pairs = _pairs(text)
    assert ("Orvik-2 Mini", "Tarnwell Drift Leaderboard", 2.2) in pairs
    assert not any(v == 7 for _m, _b, v in pairs)


def test_rate_columns_must_not() -> None:
    # two tests named above the table besides the board: whose rates these are, nothing says
    two = _HEAD.replace(
        "Fresh entrants", "Last year SimpleQA and MMLU were run on the same models. Fresh entrants"
    )
    assert not any(v in (1.8, 0.9, 2.4) for _m, _b, v in _pairs(two + _table("pipes")))
    # no board named above the table at all
    plain = "Notes from a slow week\n\nWe asked three models to condense our own memos.\n\n"
    assert not any(v in (1.8, 0.9, 2.4) for _m, _b, v in _pairs(plain + _table("pipes")))
    # a price or a speed written as a rate is no score
    priced = [
        ("Model", "Token Rate", "Cost Rate (USD)"),
        ("Tarsus 3", "41.5", "2.25"),
        ("Pellan-7", "38.0", "1.75"),
    ]
    assert not any(v in (41.5, 2.25, 38.0, 1.75) for _m, _b, v in _pairs(_HEAD + _table("pipes", priced)))
    # a column of a benchmark beside the rates: the rates are not read as the board's
    mixed = [(*r[:2], "Kelvo-QA" if i == 0 else "7" + str(i)) for i, r in enumerate(_ROWS)]
    got = _pairs(_HEAD + _table("pipes", mixed))
    assert not any(v in (1.8, 2.4, 3.7) for _m, b, v in got if "Tarnwell" in b)


_BOARD = "Tarnwell Drift Leaderboard"


@pytest.mark.parametrize(
    ("head", "cells"),
    [
        ("Sample Rate", ("22050", "11025", "44100")),
        ("Learning Rate", ("0.0003", "0.0001", "0.0005")),
        ("Frame Rate", ("30", "25", "60")),
        ("Uptake Rate", ("38 %", "27 %", "19 %")),
        ("Churn Rate", ("4.2 %", "6.8 %", "3.1 %")),
        ("Refusal Rate", ("0.4 %", "1.9 %", "0.7 %")),
    ],
)
@pytest.mark.parametrize("shape", ["pipes", "flat"])
def test_rates_that_say_nothing_of_the_board_stay_out(head: str, cells: tuple[str, ...], shape: str) -> None:
    # only a rate of how often a model errs or holds to its source is the board's: a sampling, a training, an
    # uptake or a refusal rate beside the slip column is not
    rows = [("Model", head, "Slip Rate")] + [(r[0], c, r[1]) for r, c in zip(_ROWS[1:], cells, strict=True)]
    got = _scores(_HEAD + _table(shape, rows))
    assert ("Tarsus 3", _BOARD, 1.8, "slip rate") in got
    assert not any(s == head.lower() for _m, _b, _v, s in got)


def test_a_short_last_row_keeps_a_dotted_version_in_its_name() -> None:
    # the flattened last row stops after its first rate; '1.5' closes the model's name, it is no cell
    rows = [_ROWS[0][:3], *(r[:3] for r in _ROWS[1:3])]
    text = _HEAD + _table("flat", rows) + "Quillon 1.5 4.8 %\n\nThe next refresh comes in the autumn.\n"
    got = _scores(text)
    assert ("Quillon 1.5", _BOARD, 4.8, "slip rate") in got
    assert not any(m == "Quillon 1.5" and v == 1.5 for m, _b, v, _s in got)


def test_count_lines_under_a_flat_board_are_no_models() -> None:
    rows = [_ROWS[0][:3], *(r[:3] for r in _ROWS[1:3])]
    text = _HEAD + _table("flat", rows) + "Systems entered this quarter 11 7\nMemos per system 400 400\n"
    got = _scores(text)
    assert ("Pellan-7", _BOARD, 2.4, "slip rate") in got
    assert not any(v in (11.0, 7.0, 400.0) for _m, _b, v, _s in got)
