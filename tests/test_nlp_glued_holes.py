"""A table whose cells text extraction glued loses its empty cells: a row with holes holds fewer figures than
the header has names, a hyphen that stood for an empty cell touches the next figure ('89.6-88.8'), and text
columns after the names glue into one run of words ('VerdictWhy It Matters'). None of these ends the table
or shifts its cells: the row that cannot be placed is skipped, the hyphen read as the empty cell the row's
width says it is, the text columns left out of the header."""

from __future__ import annotations

from datetime import UTC, datetime

from extractors.facts.nlp import extract
from schema.records import Article


def _scores(text: str) -> set[tuple[str, str, float]]:
    title = text.split("\n", 1)[0]
    art = Article(
        url="https://probe.example/h", title=title, text=text, published_at=datetime(2026, 12, 4, tzinfo=UTC)
    )
    return {(s.model, s.benchmark, s.value) for s in extract(art).scores}


def _names(got: set[tuple[str, str, float]], bench: str, value: float) -> set[str]:
    return {m for m, b, v in got if b == bench and v == value}


_HEAD = "评测结果\n\n下表为各模型的成绩。\n\n基准测试Orrin K2.6Tarn-5.4 (high)Vale 3.1 Pro (thinking)\n"


def test_a_row_with_holes_does_not_end_the_table() -> None:
    text = _HEAD + (
        "GPQA Diamond88.187.991.2\n"
        "BrowseComp (swarm)86.378.4\n"  # two of three cells: which ones cannot be told
        "SciCode52.256.651.9\n"
        "SWE-bench Verified79.377.080.1\n"
    )
    got = _scores(text)
    assert any(m.startswith("Orrin") for m in _names(got, "SciCode", 52.2))
    assert any(m.startswith("Vale 3.1 Pro") for m in _names(got, "SWE-bench Verified", 80.1))
    # the holed row's figures are placed nowhere
    assert not _names(got, "BrowseComp", 78.4)


def test_a_cell_of_two_figures_does_not_end_the_table() -> None:
    text = _HEAD + (
        "GPQA Diamond88.187.991.2\nTerminal-Bench 2.0 (harness A)55.1 / 59.8 †41.039.3\nSciCode52.256.651.9\n"
    )
    got = _scores(text)
    assert any(m.startswith("Tarn-5.4") for m in _names(got, "SciCode", 56.6))


def test_a_hyphen_between_figures_is_an_empty_cell() -> None:
    text = _HEAD + (
        "GPQA Diamond88.187.991.2\n"
        "LiveCodeBench89.6-88.8\n"  # Tarn's cell empty
        "OSWorld-Verified73.175.0-\n"
    )
    got = _scores(text)
    assert any(m.startswith("Orrin") for m in _names(got, "LiveCodeBench", 89.6))
    assert any(m.startswith("Vale 3.1 Pro") for m in _names(got, "LiveCodeBench", 88.8))
    assert not _names(got, "LiveCodeBench", -88.8)


def test_a_minus_in_a_change_column_stays_a_minus() -> None:
    # must not: under two names and a change column, '-6.2' is the change, not an empty cell
    text = (
        "Head to head\n\nOur own runs, same harness.\n\n"
        "BenchmarkOrrin K2.6Tarn-5.4Change\n"
        "GPQA Diamond74.6%68.4%-6.2\n"
        "SciCode55.0%52.1%-2.9\n"
    )
    got = _scores(text)
    assert any(m.startswith("Orrin") for m in _names(got, "GPQA Diamond", 74.6))
    assert any(m.startswith("Tarn-5.4") for m in _names(got, "GPQA Diamond", 68.4))
    assert not _names(got, "GPQA Diamond", 6.2) and not _names(got, "GPQA Diamond", -6.2)


def test_text_columns_glued_after_the_names_are_no_name() -> None:
    text = (
        "Which one for your team\n\nOrrin K2.6 and Tarn-5.4 both shipped this month; the scores as each lab "
        "reports them.\n\n"
        "BenchmarkOrrin K2.6Tarn-5.4VerdictWhy It Matters\n"
        "GPQA Diamond81.4%84.0%TarnHard science questions.\n"
        "SciCode52.2%49.9%OrrinResearch code, end to end.\n"
    )
    got = _scores(text)
    assert any(m.startswith("Orrin") for m in _names(got, "GPQA Diamond", 81.4))
    assert any(m.startswith("Tarn-5.4") for m in _names(got, "SciCode", 49.9))


def test_a_last_name_of_two_plain_words_is_still_a_name() -> None:
    # must not: a last column named by two capitalised words (no glued words inside) stays a model's
    text = (
        "Three-way check\n\nWe ran Orrin K2.6, Tarn-5.4 and Quill Nova five times each.\n\n"
        "BenchmarkOrrin K2.6Tarn-5.4Quill Nova\n"
        "GPQA Diamond81.4%84.0%77.5%\n"
        "SciCode52.2%49.9%47.0%\n"
    )
    got = _scores(text)
    assert "Quill Nova" in _names(got, "GPQA Diamond", 77.5)
