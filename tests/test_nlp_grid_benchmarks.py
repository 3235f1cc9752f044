"""Benchmarks a table names by its place (extractors/facts/grid_benchmarks.py): in a grid of figures whose
other axis holds models, the labels across from the models are benchmarks whatever they are called; measures
of a model, generic heads, categories and sections are not. Own words and invented names throughout."""

from __future__ import annotations

from extractors.facts.nlp import extract
from schema.records import Article


def _scores(page: str) -> set[tuple[str, str, float]]:
    ex = extract(Article(url="https://t.example/grid", text=page))
    return {(s.model, s.benchmark, s.value) for s in ex.scores}


def test_row_labels_across_from_model_columns_are_benchmarks() -> None:
    page = (
        "Halyard 3 launch notes\n\nThe lab compared Halyard 3 with two rivals on its own suites.\n\n"
        "| | Halyard 3 | Pennant-5 | Corvid 2.1 |\n|---|---|---|---|\n"
        "| Tarnline v2 | 61.2 | 58.0 | 49.5 |\n"
        "| OKAPI-Long (avg@8) | 72.4 | 70.3 | - |\n"
        "| Fennel Math 2026 | 88.1 | 84.9 | 80.2 |\n"
    )
    got = _scores(page)
    assert {
        ("Halyard 3", "Tarnline v2", 61.2),
        ("Pennant-5", "Tarnline v2", 58.0),
        ("Halyard 3", "OKAPI-Long", 72.4),
        ("Corvid 2.1", "Fennel Math 2026", 80.2),
    } <= got


def test_column_heads_over_model_rows_are_benchmarks_by_shape() -> None:
    page = (
        "Results\n\n| Model | Tarnline v2 (avg@4) | Kelpie v3 (pass@1) | Average |\n|---|---|---|---|\n"
        "| Halyard 3 | 61.2 | 72.4 | 66.8 |\n| Pennant-5 | 58.0 | 70.3 | 64.2 |\n"
    )
    got = _scores(page)
    assert {("Halyard 3", "Kelpie v3", 72.4), ("Pennant-5", "Tarnline v2", 58.0)} <= got
    assert not any(b == "Average" for _m, b, _v in got)


def test_a_label_column_headed_dataset_takes_plain_words() -> None:
    """A 'Dataset' head calls its plain-word labels benchmarks for every model column (before this round's
    grid reader only the last column's figures were read). A 'Benchmark' head was read so already (tables.py):
    kept here as a must-keep beside it."""
    for head in ("Dataset", "Benchmark"):
        page = (
            f"| {head} | Halyard 3 | Pennant-5 |\n|---|---|---|\n"
            "| Sorrelwood | 70.1 | 66.0 |\n| Brackenfield | 51.9 | 47.5 |\n"
        )
        got = _scores(page)
        assert {("Halyard 3", "Sorrelwood", 70.1), ("Pennant-5", "Brackenfield", 47.5)} <= got, head


def test_measures_generic_rows_and_categories_are_no_benchmarks() -> None:
    """Must not: prices, dates, context sizes, an 'Overall' row, a section row, a board's own categories and
    settings as column heads, and plain category words down the side."""
    page = (
        "| | Halyard 3 | Pennant-5 | Corvid 2.1 |\n|---|---|---|---|\n"
        "| Coding | | | |\n"
        "| Input price ($/1M) | $3.00 | $1.20 | $0.80 |\n"
        "| Release date | 2026-03-01 | 2026-01-15 | 2025-11-02 |\n"
        "| Context window | 256K | 128K | 64K |\n"
        "| Overall | 71.0 | 69.5 | 60.1 |\n"
        "| Reasoning | 66.2 | 61.0 | 58.3 |\n\n"
        "Scores on the board by area:\n\n| Model | Knowledge | With Tools | Planning |\n|---|---|---|---|\n"
        "| Halyard 3 | 48.5 | 67.4 | 36.5 |\n| Pennant-5 | 44.3 | 65.0 | 33.6 |\n"
    )
    benches = {b for _m, b, _v in _scores(page)}
    refused = {"Coding", "Input price", "Release date", "Context window", "Overall", "Reasoning", "Knowledge"}
    assert not benches & (refused | {"With Tools", "Planning"})


def test_models_across_under_a_model_corner_are_no_benchmarks() -> None:
    """Must not: a board turned on its side ('Model' in the corner, models across, its categories down the
    side) makes no benchmark of a model's name, known or not."""
    page = (
        "| Model | Halyard 3 | Tarn-V4-Max |\n|---|---|---|\n"
        "| Knowledge | 48.5 | 44.3 |\n| Planning | 36.5 | 33.6 |\n| Games | 39.3 | 39.1 |\n"
    )
    benches = {b for _m, b, _v in _scores(page)}
    assert not benches & {"Halyard 3", "Tarn-V4-Max", "Knowledge", "Planning", "Games"}


_COLS = "| | Halyard 3 | Pennant-5 | Corvid 2.1 |\n|---|---|---|---|\n"


def test_business_rows_and_sizes_under_model_columns_are_no_benchmarks() -> None:
    """Must not: revenue, users, audits, stars, downloads and latency rows; regions, quarters and context
    lengths as row labels; market figures and model sizes as column heads (a review's own invented text)."""
    pages = [
        _COLS + "| Q1 Revenue | 12 | 9 | 4 |\n| US Users | 30 | 22 | 8 |\n| SOC2 Audit | 1 | 1 | 0 |\n",
        _COLS + "| GitHub Stars | 12 | 9 | 4 |\n| HF Downloads (M) | 3.1 | 2.2 | 0.8 |\n"
        "| TTFT (ms) | 310 | 280 | 190 |\n",
        "| Region | Halyard 3 | Pennant-5 | Corvid 2.1 |\n|---|---|---|---|\n"
        "| US | 40 | 35 | 25 |\n| EU | 30 | 45 | 25 |\n| Asia | 20 | 50 | 30 |\n",
        _COLS + "| Q1 | 12 | 9 | 4 |\n| Q2 | 14 | 10 | 5 |\n",
        _COLS + "| 8K | 71.2 | 70.1 | 69.0 |\n| 32K | 66.4 | 64.0 | 60.2 |\n| 128K | 55.0 | 51.3 | 40.9 |\n",
        "| Tool | SWE-bench Verified | Market Share | Monthly Users |\n|---|---|---|---|\n"
        "| Halyard 3 | 61.2 | 30 | 12 |\n| Pennant-5 | 58.0 | 25 | 9 |\n",
        "| Size | 7B | 13B | 70B |\n|---|---|---|---|\n"
        "| Halyard 3 | 41.2 | 48.0 | 60.3 |\n| Pennant-5 | 38.0 | 45.1 | 58.2 |\n",
    ]
    bad = {"Q1 Revenue", "US Users", "SOC2 Audit", "GitHub Stars", "HF Downloads", "TTFT", "US", "EU"}
    bad |= {"Asia", "Q1", "Q2", "8K", "32K", "128K", "Market Share", "Monthly Users", "7B", "13B", "70B"}
    for page in pages:
        got = {b for _m, b, _v in _scores(page)}
        assert not got & bad, (page, got & bad)
