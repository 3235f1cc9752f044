"""Pipe tables left one cell per line, each cell closed by its pipe, the separator row whole
(`closed_cells.py`): read as the same table written with whole rows. Rows broken at one pipe, prose with a
closing pipe and tables of whole rows are not this shape. Every name and figure here is invented."""

from __future__ import annotations

from extractors.facts.cell_lines import text_lines
from extractors.facts.closed_cells import closed_cell_rows
from extractors.facts.nlp import extract
from extractors.facts.segments import segment_text
from schema.records import Article

_ROWS = [
    ["Benchmark", "Tarvo 5 Large", "Pellin-9 70B", "Orsk 2"],
    ["KelpQA", "71.3", "64.0", "58.8"],
    ["Durnfield Math", "55.2", "49.9", ""],
    ["TorchCode", "38.4", "41.7", "33.0"],
]
_PRICES = [
    ["Model", "Input per 1M", "Output per 1M"],
    ["Tarvo 5 Large", "$0.80", "$2.40"],
    ["Orsk 2", "$0.15", "$0.60"],
]
_INTRO = "Tarvo 5 Large, out this week, is set against two open models on three of our tests.\n\n"


def _whole(rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows[1:]])


def _closed(rows: list[list[str]], whole_header: bool = False) -> str:
    head = ["| " + " | ".join(rows[0]) + " |"] if whole_header else [f"{c} |" for c in rows[0]]
    return "\n".join(head + ["|" + "---|" * len(rows[0])] + [f"{c} |".strip() for r in rows[1:] for c in r])


def _facts(text: str) -> tuple[set[tuple[str, str, float]], set[tuple[str, str, str]]]:
    ex = extract(Article(url="https://t.example/closed", text=text, title="Tarvo 5 Large against two rivals"))
    return {(s.model, s.benchmark, s.value) for s in ex.scores}, {
        (a.subject, a.attribute, a.value) for a in ex.attributes
    }


def test_closed_cells_read_as_the_whole_table() -> None:
    clean = _facts(_INTRO + _whole(_ROWS) + "\n\nPrices\n\n" + _whole(_PRICES) + "\n")
    assert ("Tarvo 5 Large", "KelpQA", 71.3) in clean[0] and len(clean[0]) == 8
    for whole_header in (False, True):
        text = _closed(_ROWS, whole_header) + "\n\nPrices\n\n" + _closed(_PRICES, whole_header) + "\n"
        assert _facts(_INTRO + text) == clean


def test_two_closed_tables_back_to_back() -> None:
    text = _INTRO + _closed(_ROWS) + "\n" + _closed(_PRICES) + "\n"
    tables = segment_text(text).tables
    assert [t.header for t in tables] == [tuple(_ROWS[0]), tuple(_PRICES[0])]
    assert [len(t.rows) for t in tables] == [3, 2]


def test_other_shapes_are_no_closed_table() -> None:
    def rows(text: str) -> object:
        return closed_cell_rows(text, [(s, e) for s, e in text_lines(text) if s < e])

    # a row broken at one pipe: the last cell on a line of its own
    broken = "Model | KelpQA | Note |\n---|---|---|\nTarvo 5 Large | 71.3 |\nnew |\nOrsk 2 | 58.8 |\nold |"
    assert rows(broken) is None
    assert rows(_whole(_ROWS)) is None  # whole rows
    # a body that does not fill whole rows and whose cells' kinds do not line up with the first row's
    shifted = "Model | KelpQA | Note |\n|---|---|---|\nTarvo 5 Large | 71.3 | new |\nOrsk 2 | old |\n58.8 |\n"
    assert rows(shifted + "Pellin-9 | 40.2 | new |\n") is None
    # figures only: no kind says where a row starts
    assert (
        rows("Run | KelpQA | Math |\n|---|---|---|\n1 | 71.3 | 40.0 |\n2 | 70.9 |\n3 | 69.0 | 41.2 |") is None
    )
    # prose lines that close with a pipe
    prose = "Model | KelpQA |\n|---|---|\nWe ran it twice |\nand kept the better run |\nof each |"
    assert rows(prose) is None


_RAGGED = [
    ["Model", "KelpQA", "Durnfield Math", "TorchCode"],
    ["Tarvo 5 Large", "71.3", "55.2", "38.4"],
    ["Pellin-9 70B", "64.0", "49.9"],  # no trailing cell
    ["Orsk 2", "58.8 / 60.1 †", "47.5", "33.0"],
    ["Quenby 3 Mini", "52.6", "41.0", "29.9"],
    ["Field average", "61.7"],  # a footer row of fewer cells
]


def test_rows_shorter_than_the_header_read_as_in_the_whole_table() -> None:
    ragged = "\n".join(
        ["| " + " | ".join(_RAGGED[0]) + " |", "|" + "---|" * 4]
        + ["| " + " | ".join(r) + " |" for r in _RAGGED[1:]]
    )
    closed = _closed(_RAGGED)
    assert [t.rows for t in segment_text(closed).tables] == [t.rows for t in segment_text(ragged).tables]
    assert [t.rows for t in segment_text(closed).tables] == [tuple(tuple(r) for r in _RAGGED[1:])]
    clean = _facts(_INTRO + ragged + "\n")
    assert ("Pellin-9 70B", "Durnfield Math", 49.9) in clean[0]
    assert _facts(_INTRO + closed + "\n") == clean


def test_ragged_rows_next_to_prose_and_a_caption() -> None:
    caption = "Table 2: scores on our three tests (higher is better)\n"
    text = caption + _closed(_RAGGED) + "\n\nWe ran each test twice | and kept the better run.\n"
    tables = segment_text(text).tables
    assert [t.header for t in tables] == [tuple(_RAGGED[0])]
    assert tables[0].rows[-1] == ("Field average", "61.7")


def test_a_ragged_closed_table_right_over_another() -> None:
    tables = segment_text(_closed(_RAGGED) + "\n" + _closed(_PRICES) + "\n").tables
    assert [t.header for t in tables] == [tuple(_RAGGED[0]), tuple(_PRICES[0])]
    assert [len(t.rows) for t in tables] == [5, 2]
