"""A leaderboard page's models-down grid (`board_grids.py`, read by model_rows): the makers a board prints
under each name and text extraction glues on are taken off the name column, a rank column beside the page's
metric columns leaves them the page's benchmark, and a column of decimals below 1 beside 0-100 scores keeps
its own scale. Every name and figure here is invented."""

from __future__ import annotations

from dataclasses import replace

from extractors.facts.board_grids import count_column, fraction_column, without_makers
from extractors.facts.grids import Grid
from tests.extracts import pairs as _pairs

_BOARD = (
    "PageSiftBench\n"
    "Release 2 of the page-reading board: nine hundred scanned forms, receipts and lecture notes. The first "
    "column blends the text, table and layout figures.\n"
    "Standings\n"
    "| # | Model | Overall | Char Error↓ | Table F1↑ | Layout↑ |\n|---|---|---|---|---|---|\n"
    "| 1 | Vellum Parse 2Alibaba | 87.4 | 0.064 | 85.2 | 90.1 |\n"
    "| 2 | Skrive OCR+Skrive | 85.0 | 0.071 | 80.3 | 88.7 |\n"
    "| 3 | Tarsus-9-VLMeta | 81.6 | 0.093 | 77.9 | 84.0 |\n"
    "| 4 | Pellan-7BMistral AI | 74.2 | 0.140 | 66.5 | 79.3 |\n"
)


def test_board_page_with_a_rank_column_reads_its_metric_columns() -> None:
    got = _pairs(_BOARD)
    assert ("Vellum Parse 2", "PageSiftBench", 87.4) in got
    assert ("Skrive OCR+", "PageSiftBench", 80.3) in got
    assert ("Pellan-7B", "PageSiftBench", 79.3) in got
    # the error column keeps its own scale: 0.093, never 9.3
    assert ("Tarsus-9-VL", "PageSiftBench", 0.093) in got
    assert not any(v == 9.3 for _m, _b, v in got)
    # no name keeps its maker glued on
    assert not any(m.endswith(("Alibaba", "Meta", "Mistral AI", "OCR+Skrive")) for m, _b, _v in got)


def _grid(names: list[str]) -> Grid:
    rows = tuple((str(i + 1), n, "50.0") for i, n in enumerate(names))
    return Grid(("#", "Model", "Score"), rows, (), None, "pipe_table")


def test_makers_come_off_a_column_that_carries_them() -> None:
    g = without_makers(_grid(["Orrin 3Google", "Dapple-2BOpenAI", "Skrive OCR+Skrive", "Lumo 4"]), 1)
    assert [r[1] for r in g.rows] == ["Orrin 3", "Dapple-2B", "Skrive OCR+", "Lumo 4"]


def test_makers_we_have_never_seen_come_off_by_their_repeats() -> None:
    # no maker here is one we know: two rows each share a tail, a row's own tail glued after a size goes too,
    # and a tail glued after a small letter on a row without a shared maker stays
    names = [
        "Orrin 3Velloway",
        "Orrin 3 LiteVelloway",
        "Dapple-2BQuarto AI",
        "Dapple-4BQuarto AI",
        "Skrive-11BTarnwell",
        "Lumo ProseMath",
    ]
    g = without_makers(_grid(names), 1)
    assert [r[1] for r in g.rows] == [
        "Orrin 3",
        "Orrin 3 Lite",
        "Dapple-2B",
        "Dapple-4B",
        "Skrive-11B",
        "Lumo ProseMath",
    ]


def test_makers_must_not() -> None:
    # names that share a glued word of their own, nothing left of them but one bare word: no makers
    kin = _grid(["CobaltMath", "StoneMath", "RiverCoder", "Lumo 4"])
    assert without_makers(kin, 1) == kin
    # a tier glued after a version is the name's own ('Orrin 3Pro', 'Dapple 2Pro')
    tiers = _grid(["Orrin 3Pro", "Dapple 2Pro", "Lumo 4Max"])
    assert without_makers(tiers, 1) == tiers
    # one glued maker in a column of plain names: nothing says the column carries makers
    plain = _grid(["Orrin 3Google", "Lumo 4", "Ferro Max", "Cadet 2"])
    assert without_makers(plain, 1) == plain
    # a maker set apart by a blank, and names that end in a capitalised word of their own
    apart = _grid(["Orrin 3 Google", "Dapple 2 OpenAI", "Ferro Lite", "Cadet Turbo"])
    assert without_makers(apart, 1) == apart
    # a capital run that runs into a maker written in capitals is no seam ('...XFAIR' could be one word)
    caps = _grid(["Orrin-XFAIR", "Dapple-QFAIR", "Lumo 4"])
    assert without_makers(caps, 1) == caps
    # no name column: nothing to do
    g = _grid(["Orrin 3Google", "Dapple-2BOpenAI"])
    assert without_makers(g, -1) == g
    assert without_makers(replace(g, rows=()), 1).rows == ()


def test_fraction_column_must_not() -> None:
    rows = [("A", "88.1", "0.09", "0.75"), ("B", "80.0", "0.12", "0.61")]
    assert fraction_column(rows, 2, [1, 2, 3])
    # decimals below 1 everywhere: a table of fractions, read as every other
    assert not fraction_column(rows, 2, [2, 3])
    # a column with a figure of 1 or more is no fraction column
    assert not fraction_column([("A", "88.1", "1.2"), ("B", "80.0", "0.12")], 2, [1, 2])


def test_board_page_must_not() -> None:
    # prices and sizes beside a rank column under a board's title are no scores of it
    prices = (
        "PageSiftBench\nWhat the entrants cost to run.\n"
        "| # | Model | Input price ($/M) | Output price ($/M) | Context |\n|---|---|---|---|---|\n"
        "| 1 | Vellum Parse 2 | 1.25 | 10.00 | 128K |\n| 2 | Skrive OCR+ | 0.40 | 1.60 | 64K |\n"
        "| 3 | Lumo 4 | 0.10 | 0.40 | 32K |\n"
    )
    assert not _pairs(prices)
    # a vector size beside a board's figures is no score of it; the figures are
    sizes = (
        "PageSiftBench\nThe retrieval half of the board, by embedding model.\n"
        "| Rank | Model | Overall | Recall | Dimensions |\n|---|---|---|---|---|\n"
        "| 1 | Vellum Embed 2 | 71.4 | 80.2 | 3072 |\n| 2 | Skrive Vec 1.5 | 66.0 | 74.9 | 1024 |\n"
        "| 3 | Lumo Embed 4 | 60.3 | 70.1 | 768 |\n"
    )
    got = _pairs(sizes)
    assert ("Vellum Embed 2", "PageSiftBench", 80.2) in got
    assert not any(v in (3072, 1024, 768) for _m, _b, v in got)
    assert count_column([("A", "88.1", "3072"), ("B", "80.0", "768")], 2, [1, 2])
    assert not count_column([("A", "1288", "3072"), ("B", "1190", "768")], 2, [1, 2])  # an Elo board's
    # a roundup's companies by funding, no board in sight
    firms = (
        "Who raised what this quarter\nThe biggest rounds among model makers.\n"
        "| # | Company | Raised ($B) | Staff |\n|---|---|---|---|\n"
        "| 1 | Borealis Labs | 4.2 | 310 |\n| 2 | Quill Works | 2.9 | 120 |\n| 3 | Fen AI | 1.1 | 85 |\n"
    )
    assert not _pairs(firms)
    # languages down the side of a board: the rows are no models
    langs = (
        "PageSiftBench\nHow Vellum Parse 2 fares per script.\n"
        "| # | Language | Overall | Table F1 |\n|---|---|---|---|\n"
        "| 1 | English | 91.2 | 88.0 |\n| 2 | German | 89.5 | 86.1 |\n| 3 | Thai | 70.3 | 61.0 |\n"
    )
    assert not any(m in ("English", "German", "Thai") for m, _b, _v in _pairs(langs))
