"""Releases a table names by their version alone (`version_cells.py`): a card's columns headed 'v2.0 | v2.1'
beside the release the page is about, or a line's releases down the side ('R3', 'R4'), are the page line's
releases; version cells that prove no line of the page are left alone. Every name here is invented."""

from __future__ import annotations

from extractors.facts.grids import Grid
from extractors.facts.version_cells import version_cells
from tests.extracts import pairs

_CARD = (
    "Veyra Small 2.1: what changed since the last release\n"
    "Harrow Labs released Veyra Small 2.1 on Tuesday, a retune of the release before it. Veyra Small 2.1 "
    "keeps the same weights size and the same licence.\n"
    "How it compares\n"
    "| Benchmark | v2.0 | v2.1 | Note |\n|---|---|---|---|\n"
    "| GPQA Diamond | 41.2% | 46.8% | steadier reasoning |\n"
    "| MMLU-Pro | 60.5% | 63.9% | broader recall |\n"
    "| LiveCodeBench | 22.4% | 27.0% | fewer broken programs |\n"
)

_LINE = (
    "Tarnfold-R4 ships, and the R line keeps its size\n"
    "Tarnfold-R4 is the newest open model from Pell Works.\n"
    "| Model | Parameters | SWE-bench Verified |\n|---|---|---|\n"
    "| R3 | 120B | 51.0% |\n"
    "| R3.5 | 120B | 55.5% |\n"
    "| R4 | 120B | 60.2% |\n"
)


def test_version_columns_of_a_card_are_the_lines_releases() -> None:
    got = pairs(_CARD)
    assert ("Veyra Small 2.0", "GPQA Diamond", 41.2) in got
    assert ("Veyra Small 2.1", "GPQA Diamond", 46.8) in got
    assert ("Veyra Small 2.0", "LiveCodeBench", 22.4) in got
    assert ("Veyra Small 2.1", "MMLU-Pro", 63.9) in got
    assert not any(m in ("v2.0", "v2.1") for m, _b, _v in got)


def test_lettered_versions_across_are_the_lines_releases() -> None:
    g = _grid(("Benchmark", "R3", "R3.5", "R4"), ("SWE-bench Verified", "51.0", "55.5", "60.2"))
    got = version_cells(g, ["Tarnfold-R4", "Quill 2"], "Tarnfold-R4 against its predecessors:")[0].header
    assert got == ("Benchmark", "Tarnfold-R3", "Tarnfold-R3.5", "Tarnfold-R4")


def test_lettered_versions_down_the_side_are_the_lines_releases() -> None:
    got = pairs(_LINE)
    assert ("Tarnfold-R3", "SWE-bench Verified", 51.0) in got
    assert ("Tarnfold-R3.5", "SWE-bench Verified", 55.5) in got
    assert ("Tarnfold-R4", "SWE-bench Verified", 60.2) in got


def _grid(header: tuple[str, ...], *rows: tuple[str, ...]) -> Grid:
    return Grid(header, rows, (), None, "pipe_table")


def test_versions_that_prove_no_page_line_are_left_alone() -> None:
    page = ["Veyra Small 2.1"]
    untouched = [
        # a software's versions: none is the page model's own
        _grid(("Runtime", "3.0", "3.1"), ("Tokens per second", "210", "245")),
        _grid(("Runtime", "2.3", "2.4"), ("Tokens per second", "210", "245")),
        # one version column only: nothing to prove the cell is a release
        _grid(("Benchmark", "v2.1", "Rival"), ("GPQA Diamond", "46.8", "40.1")),
        # GPU names and sizes are no versions of the line
        _grid(("Card", "T4", "L4"), ("Price per hour", "$0.35", "$0.80")),
        _grid(("Benchmark", "7B", "13B"), ("MMLU-Pro", "51.0", "58.2")),
        # a bare decimal of another major number is another thing ('v2.1' page, '4.0 | 4.1' columns)
        _grid(("Plan", "4.0", "4.1"), ("Monthly price", "$20", "$25")),
        # a header that also writes a release with more after its version names them its own way
        _grid(("Benchmark", "v2.0", "v2.1", "2.1-0412"), ("GPQA Diamond", "41.2", "46.8", "47.0")),
    ]
    for g in untouched:
        assert version_cells(g, page) == (g, frozenset())


def test_two_lines_the_versions_could_belong_to_are_left_alone() -> None:
    g = _grid(("Benchmark", "v2.0", "v2.1"), ("GPQA Diamond", "41.2", "46.8"))
    assert version_cells(g, ["Veyra Small 2.1", "Brisk Mini 2.1"]) == (g, frozenset())
    got = version_cells(g, ["Veyra Small 2.1"], "Set beside the prior version:")[0].header
    assert got == ("Benchmark", "Veyra Small 2.0", "Veyra Small 2.1")


_INTRO = "Haldor 2.1 is here\nWe moved Haldor 2.1 to a quicker serving stack this month.\n"


def test_versions_of_something_else_give_no_releases() -> None:
    page = ["Haldor 2.1"]
    untouched = [
        # an SDK's, a runtime's or a driver's releases down the side
        _grid(("SDK", "2.0", "2.1"), ("2.0", "88.0", "210"), ("2.1", "88.4", "245")),
        _grid(("Driver", "v2.0", "v2.1"), ("GSM8K", "71.0", "72.5")),
        _grid(("Round", "2.0", "2.1"), ("2.0", "88.0"), ("2.1", "88.4")),
    ]
    for g in untouched:
        assert version_cells(g, page, _INTRO) == (g, frozenset())


def test_a_release_the_page_never_names_needs_words_of_an_earlier_one() -> None:
    text = (
        "Pember-Q2 is out\nThe graders scored Pember-Q2 round by round.\n"
        "| Benchmark | Q1 | Q2 | Q3 |\n|---|---|---|---|\n| ArcLight | 40.5% | 43.0% | 44.5% |\n"
    )
    got = pairs(text)
    assert not {m for m, _b, _v in got} & {"Pember-Q1", "Pember-Q3"}
    stack = (
        "Haldor 2.1 on Teskit Serve\nTwo Teskit Serve builds, side by side.\n"
        "| Metric | v2.0 | v2.1 |\n|---|---|---|\n| ArcLight | 40.5% | 43.0% |\n"
    )
    assert "Haldor 2.0" not in {m for m, _b, _v in pairs(stack)}
    sdk = (
        "Haldor 2.1 is here\nHaldor 2.1 comes with a leaner SDK; speed by SDK build:\n"
        "| SDK | ArcLight | Tokens/s |\n|---|---|---|\n| 2.0 | 80.5% | 190 |\n| 2.1 | 81.0% | 230 |\n"
    )
    assert "Haldor 2.0" not in {m for m, _b, _v in pairs(sdk)}


def test_an_unnamed_release_column_gives_neither_a_release_nor_a_bare_version() -> None:
    text = (
        "Haldor 2.1 launch notes\nHaldor 2.1 is available from today.\n"
        "| Test | v2.0 | v2.1 |\n|---|---|---|\n| ArcLight | 40.5 | 43.0 |\n| Fennet QA | 61.0 | 64.5 |\n"
    )
    got = pairs(text)
    assert ("Haldor 2.1", "ArcLight", 43.0) in got
    assert not {m for m, _b, _v in got} & {"Haldor 2.0", "v2.0", "v2.1"}
