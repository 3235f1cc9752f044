"""Evidence from a name's position (extractors/facts/name_evidence.py) and a family's
siblings written by their version alone (extractors/facts/sibling_versions.py); invented names throughout."""

from __future__ import annotations

from extractors.facts.discovery import discover
from extractors.facts.name_evidence import row_head
from extractors.facts.sibling_versions import sibling_versions


def _at(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


def test_a_name_heading_a_row_of_figures() -> None:
    text = "| 3 | Hollin 2 | Pewter | 84.0 |\nTamsin 3,-,no,49,51,48\n| | Brisk 4 | notes | 71.0 |\n"
    assert row_head(text, *_at(text, "Hollin 2"))  # after a rank cell, one figure is enough
    assert row_head(text, *_at(text, "Tamsin 3"))  # a CSV line with figures after it
    assert not row_head(text, *_at(text, "Brisk 4"))  # one figure without a rank: not enough
    prose = "We tried Hollin 2, 84.0 and 71.0 were its scores."
    assert not row_head(prose, *_at(prose, "Hollin 2"))


def test_a_row_head_raises_a_weak_name_over_the_threshold() -> None:
    text = (
        "Standings\n\n| Pos | Entry | Maker | Points |\n|---|---|---|---|\n| 1 | Hollin 2 | Pewter | 84 |\n"
    )
    conf = {c.name: c.confidence for c in discover(text, [])}
    assert conf["Hollin 2"] >= 0.5


def test_a_bare_version_names_the_page_familys_sibling() -> None:
    text = "DeepSeek-V9 is out.\n\nIt reaches 63.5%, while V8.5 had 49.8%. The older V8.5 stays online."
    got = [(m.canonical, m.surface) for m in sibling_versions(text, ["DeepSeek-V9"])]
    assert got == [("DeepSeek-V8.5", "V8.5"), ("DeepSeek-V8.5", "V8.5")]


def test_a_bare_version_that_names_no_sibling() -> None:
    # another name's version ('Pictor V8'), the family's line ('the V8 series'), a version of no family
    # lettered so on the page ('Q3'), and no lettered model on the page at all
    text = "DeepSeek-V9 beats Pictor V8, the whole V8 series and everything shipped in Q3."
    assert sibling_versions(text, ["DeepSeek-V9"]) == []
    assert sibling_versions("V8 was slower.", ["Hollin 2"]) == []


def test_a_bare_version_glued_to_chinese_with_its_snapshot() -> None:
    text = "DeepSeek-V9 发布。上一代V8.5-0612在测试中得分较低,V8比它更慢。"
    got = [m.canonical for m in sibling_versions(text, ["DeepSeek-V9"])]
    assert got == ["DeepSeek-V8.5-0612", "DeepSeek-V8"]


def test_a_bare_version_naming_a_device_or_a_product_is_no_sibling() -> None:
    # an engine, a chip, a laptop, a storage bucket written with the same letter and digit as the family
    text = (
        "DeepSeek-V9 runs on the V8 engine of a browser, on an M4 chip or an M3 MacBook, "
        "and its weights sit in an R2 bucket; V8.5 trailed it."
    )
    got = [m.surface for m in sibling_versions(text, ["DeepSeek-V9", "MiniMax-M9"])]
    assert got == ["V8.5"]


def test_a_bare_version_glued_to_a_chinese_device_word_or_with_a_year_is_no_sibling() -> None:
    # 'M4芯片' (an M4 chip), 'V8引擎' (the V8 engine); '-2024' is a year, not a snapshot's month and day
    text = "MiniMax-M9 可以在M4芯片上运行,比V8引擎更快,也胜过V8-2024版本;上一代M8.5-0612较慢。"
    got = [m.canonical for m in sibling_versions(text, ["MiniMax-M9", "DeepSeek-V9"])]
    assert got == ["MiniMax-M8.5-0612"]


def test_a_row_head_under_a_maker_or_benchmark_column_is_not_the_rows_model() -> None:
    # the board's first name cell is the maker's, the model sits in the next column; a results table with
    # models as columns heads each row with a benchmark
    board = "| # | Maker | Model | Elo |\n|---|---|---|---|\n| 2 | Hollow 3 | Tarn 4 | 1390 |\n"
    assert not row_head(board, *_at(board, "Hollow 3"))
    assert row_head(board.replace("Maker", "Entry"), *_at(board, "Hollow 3"))
    results = "| Benchmark | Tarn 4 | Brisk 7 |\n|---|---|---|\n| Quillset 4 | 61.5 | 59.0 |\n"
    assert not row_head(results, *_at(results, "Quillset 4"))


def test_a_bare_version_names_a_sibling_of_a_family_no_list_knows() -> None:
    # the page names 'Tarnfold-K4' (a family no list knows, lettered K): 'K3.5' and 'K3' alone are its
    # siblings; the line ('the K3 series'), a chip ('an M4 chip') and another name's version are not
    text = (
        "Tarnfold-K4 is out.\n\nIt reaches 63.5%, while K3.5 had 49.8% and K3 trailed both. The K3 series "
        "stays online; an M4 chip runs it. Pictor K2 is another lab's."
    )
    got = [(m.canonical, m.surface) for m in sibling_versions(text, ["Tarnfold-K4"])]
    assert got == [("Tarnfold-K3.5", "K3.5"), ("Tarnfold-K3", "K3")]
    assert [m.canonical for m in sibling_versions("Tarnfold K4 leads; K3.5 follows.", ["Tarnfold K4"])] == [
        "Tarnfold K3.5"
    ]


def test_a_bare_version_two_new_families_share_names_neither() -> None:
    text = "Tarnfold-K4 beat Ostrel-K3 and K2 on the quiz."
    assert sibling_versions(text, ["Tarnfold-K4", "Ostrel-K3"]) == []
    assert sibling_versions("Revenue rose in Q3; K3 was slow.", ["Tarnfold 4"]) == []
