"""Models-down grids of a leaderboard page (`board_grids.py`, read by model_rows). Three things are checked:
maker names that text extraction glues to the end of a name cell come off the name column; the figure columns
beside a rank column are read as the page's benchmark, except tallies, costs and times; and a column of
decimals below 1 set among 0-100 figures keeps its own scale. The model names, makers, boards and figures
below are made up for these tests; only the known-makers case borrows two names from our labs list."""

from __future__ import annotations

from dataclasses import replace

from extractors.facts.board_grids import count_column, fraction_column, without_makers
from extractors.facts.grids import Grid
from tests.extracts import pairs as _pairs

# a board of five document readers; a maker's name is glued to each reader's name, as happens when small
# type under a name loses its line break
_BOARD = (
    "LedgerReadBench\n"
    "We ran five readers over 1,350 invoices, ledgers and hand-filled forms during May.\n"
    "Results\n"
    "| Rank | Model | Forms | Receipts | Edit distance | All |\n|---|---|---|---|---|---|\n"
    "| 1 | Quillon Read 3Corvane | 90.4 | 86.1 | 0.047 | 88.6 |\n"
    "| 2 | Ostrel Parse+Ostrel | 87.9 | 82.2 | 0.058 | 85.3 |\n"
    "| 3 | Quillon Read 2Corvane | 84.0 | 79.7 | 0.069 | 81.5 |\n"
    "| 4 | Ferrit-12BTamsin Labs | 76.8 | 71.0 | 0.121 | 73.2 |\n"
)


def test_board_page_with_a_rank_column_reads_its_metric_columns() -> None:
    got = _pairs(_BOARD)
    assert ("Quillon Read 3", "LedgerReadBench", 88.6) in got
    assert ("Ostrel Parse+", "LedgerReadBench", 82.2) in got
    assert ("Ferrit-12B", "LedgerReadBench", 76.8) in got
    # the edit distances stay as written: 0.069, never 6.9
    assert ("Quillon Read 2", "LedgerReadBench", 0.069) in got
    assert not any(v == 6.9 for _m, _b, v in got)
    # every glued maker is gone from the names
    assert not any(m.endswith(("Corvane", "Labs", "Parse+Ostrel")) for m, _b, _v in got)


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


def test_shared_variant_words_are_no_makers() -> None:
    # a variant word glued inside a CamelCase name ('SwiftPlan', 'DeepSurvey') that several rows share is the
    # names' own: no row may end mid-word
    swift = _grid(["Wendle 4 SwiftPlan", "Marrow-8 SwiftPlan", "Ibsen Grand", "Cotter-21"])
    assert without_makers(swift, 1) == swift
    deep = _grid(["Wendle-4-DeepSurvey", "Marrow-8-DeepSurvey", "Ibsen Grand"])
    assert without_makers(deep, 1) == deep
    page = (
        "Field agents board\nThe autumn refresh of the Kestrel agent board; each entry ran one harness.\n"
        "Results\n| # | Model | Score |\n|---|---|---|\n"
        "| 1 | Wendle 4 SwiftPlan | 47.3 |\n| 2 | Marrow-8 SwiftPlan | 44.9 |\n| 3 | Ibsen Grand | 40.2 |\n"
    )
    got = _pairs(page)
    assert not any(m.endswith(" Swift") for m, _b, _v in got)


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
    # beside a rank column, a tally of tool calls is no score; the headline column is
    tools = (
        "LedgerReadBench\nThe autumn refresh of the board.\nResults\n"
        "| # | Model | All | Tools used |\n|---|---|---|---|\n"
        "| 1 | Quillon Read 3 | 77.4 | 15 |\n| 2 | Ostrel Parse | 72.8 | 7 |\n| 3 | Ferrit-12B | 69.1 | 3 |\n"
    )
    got = _pairs(tools)
    assert not any(v in (15, 7, 3) for _m, _b, v in got)
    assert ("Ostrel Parse", "LedgerReadBench", 72.8) in got
    # ('with tools' / 'without tools' heads are settings of the scores, no tallies)
    settings = tools.replace("| All | Tools used |", "| No tools | With tools |").replace(" 15 |", " 81.0 |")
    settings = settings.replace(" 7 |", " 75.5 |").replace(" 3 |", " 70.2 |")
    assert ("Ostrel Parse", "LedgerReadBench", 75.5) in _pairs(settings)
    # a cost per task in dollars is no score either, with or without a rank column
    dollars = (
        "LedgerReadBench\nThe autumn refresh of the board.\nResults\n"
        "| Model | All | Hard | $ per task |\n|---|---|---|---|\n"
        "| Quillon Read 3 | 77.4 | 64.2 | 0.38 |\n| Ostrel Parse | 72.8 | 60.5 | 0.29 |\n"
        "| Ferrit-12B | 69.1 | 52.6 | 0.17 |\n"
    )
    got = _pairs(dollars)
    assert ("Quillon Read 3", "LedgerReadBench", 64.2) in got
    assert not any(v in (0.38, 38.0, 0.29, 29.0) for _m, _b, v in got)
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
