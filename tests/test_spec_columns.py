"""Spec sheets with their models across the header (spec_columns.py): the rows name a size or a window in
the page's language, the header's cells are the models compared even when no list knows them, counts carry a
language's magnitude word or a lower-case unit, and a context cell may give an extended window after a word
that says so. Rows of other figures (output limits, training tokens, memory, prices, vocabulary) give
nothing, and no spec row's label is read as a benchmark."""

from __future__ import annotations

import pytest

from extractors.facts.spec_columns import row_attribute, spec_header, spec_value
from tests.extracts import attributes, scores

_EN = """Tarvo against Ossel: the spec sheet

Two small open models came out this spring, and here is how they line up.

| Spec | Tarvo 18B-A2B | Ossel 9b |
|---|---|---|
| Total parameters | 18.2b | 9.4b |
| Active parameters | 2.1b | 1.2b |
| Context window | 40,960 (ext 163,840) | 96,000 |
| Layers | 36 | 28 |

Both run on one workstation card.
"""

_ES = """Mirla y Dunik, cara a cara

Dos modelos abiertos nuevos; esta es su ficha.

| Dato | Mirla 14B | Dunik-6B |
|---|---|---|
| Contexto máximo | 40.960 de base (hasta 163.840) | 65.536 |
| Parámetros en total | 14,6 mil millones | 6 mil millones |
| Parámetros activos | 2,6 mil millones | 1,1 mil millones |

Dunik-6B cabe en un portátil.
"""

_PT = """Dunik e Mirla: a ficha técnica

| Característica | Dunik-6B | Mirla 14B |
|---|---|---|
| Parâmetros ativos | 1,1 bilhão | 2,6 bilhões |
| Comprimento máximo do contexto | 65.536 | 40.960; estendida: 163.840 |
| Parâmetros no total | 6 bilhões | 14,6 bilhões |
"""


def test_an_english_spec_sheet_of_unknown_models_is_read() -> None:
    got = attributes(_EN)
    assert {
        ("Tarvo 18B-A2B", "parameters_total", "18200000000"),
        ("Ossel 9b", "parameters_total", "9400000000"),
        ("Tarvo 18B-A2B", "parameters_active", "2100000000"),
        ("Ossel 9b", "parameters_active", "1200000000"),
        ("Tarvo 18B-A2B", "context_window_tokens", "40960"),
        ("Tarvo 18B-A2B", "context_window_tokens", "163840"),
        ("Ossel 9b", "context_window_tokens", "96000"),
    } <= got


@pytest.mark.parametrize(("text", "language"), [(_ES, "es"), (_PT, "pt")])
def test_a_spec_sheet_in_another_language_is_read(text: str, language: str) -> None:
    got = attributes(text, language)
    assert {
        ("Mirla 14B", "parameters_total", "14600000000"),
        ("Dunik-6B", "parameters_total", "6000000000"),
        ("Mirla 14B", "parameters_active", "2600000000"),
        ("Dunik-6B", "parameters_active", "1100000000"),
        ("Mirla 14B", "context_window_tokens", "40960"),
        ("Mirla 14B", "context_window_tokens", "163840"),
        ("Dunik-6B", "context_window_tokens", "65536"),
    } <= got


@pytest.mark.parametrize(("text", "language"), [(_ES, "es"), (_PT, "pt")])
def test_a_spec_row_is_no_benchmark(text: str, language: str) -> None:
    assert not scores(text)


_OTHER_ROWS = """Tarvo against Ossel: the spec sheet

| Spec | Tarvo 18B-A2B | Ossel 9b |
|---|---|---|
| Total parameters | 18.2b | 9.4b |
| Output tokens | 32K | 16K |
| Training tokens | 18T | 9T |
| VRAM | 24 GB | 12 GB |
| Price per 1M tokens | $0.40 | $0.20 |
| Vocabulary size | ~200K | 151,000 |
| Parameters per expert | 0.4b | 0.3b |
| Context window | 32K / 64K | 96K |
"""


def test_a_spec_sheets_other_rows_give_no_size_or_window() -> None:
    got = attributes(_OTHER_ROWS)
    sizes = {(s, a, v) for s, a, v in got if a.startswith("parameters") or a == "context_window_tokens"}
    assert sizes == {
        ("Tarvo 18B-A2B", "parameters_total", "18200000000"),
        ("Ossel 9b", "parameters_total", "9400000000"),
        ("Tarvo 18B-A2B", "context_window_tokens", "32000"),
        ("Ossel 9b", "context_window_tokens", "96000"),
    }


@pytest.mark.parametrize(
    ("label", "attr"),
    [
        ("Total parameters", "parameters_total"),
        ("Activated params", "parameters_active"),
        ("Parámetros Totales", "parameters_total"),
        ("Parâmetros Ativados", "parameters_active"),
        ("Общее количество параметров", "parameters_total"),
        ("Активированные параметры", "parameters_active"),
        ("Окно контекста", "context_window_tokens"),
        ("Ventana de Contexto", "context_window_tokens"),
        ("Contexto máximo", "context_window_tokens"),
        ("# Params", "parameters_total"),
        ("Parameters per expert", None),
        ("Total and active parameters", None),
        ("Context price", None),
        ("Long context surcharge", None),
        ("Output tokens", None),
        ("Layers", None),
    ],
)
def test_a_row_label_names_its_attribute(label: str, attr: str | None) -> None:
    assert row_attribute(label) == attr


@pytest.mark.parametrize(
    ("cell", "attr", "expected"),
    [
        ("9 миллиардов", "parameters_total", [("9000000000", None)]),
        ("350m", "parameters_total", [("350000000", None)]),
        ("1.2T", "parameters_total", [("1200000000000", None)]),
        ("128,000", "parameters_total", []),  # no count of parameters without its magnitude
        ("12k", "parameters_total", []),
        ("24 GB", "parameters_total", []),
        ("64K (ext 256K)", "context_window_tokens", [("64000", "native"), ("256000", "extended")]),
        ("32K / 64K", "context_window_tokens", [("32000", None)]),
        ("$0.40", "context_window_tokens", []),
    ],
)
def test_a_spec_cell_gives_its_values(cell: str, attr: str, expected: list[tuple[str, str | None]]) -> None:
    assert spec_value(cell, attr) == expected


def test_a_header_keeps_a_variant_tail_after_a_known_name() -> None:
    found = ("Lumen 3", None, "Lumen 3")
    assert spec_header("Acme Lumen 3-x-small", found) == ("Lumen 3-x-small", None, "Lumen 3-x-small")
    assert spec_header("Lumen 3 Pro", found) == found  # a capitalised word after it: the usual reading
    assert spec_header("Acme Lumen 3-x-small", None) is None


_CORNER_LAST = """Two tiers of Tarvo 5

Corvane ships Tarvo 5 in a quick tier and a deep tier.

| Tarvo-5-Quick | Tarvo-5-Deep | |
|---|---|---|
| Total parameters | 190 billion | 1.1 trillion |
| Active parameters | 9 billion | 41 billion |
| Built for | Volume | Hard problems |
"""

_EXACT_COUNTS = """Wren checkpoints at a glance

| Detail | Wren 190M | Wren 1.4B |
|---|---|---|
| Max context | 16,384 | 65,536 tokens |
| Total params | 187,204,608 | 1,402,519,552 |
"""


def test_a_spec_sheet_whose_corner_cell_is_written_last_is_read() -> None:
    got = attributes(_CORNER_LAST)
    assert {
        ("Tarvo-5-Quick", "parameters_total", "190000000000"),
        ("Tarvo-5-Deep", "parameters_total", "1100000000000"),
        ("Tarvo-5-Quick", "parameters_active", "9000000000"),
        ("Tarvo-5-Deep", "parameters_active", "41000000000"),
    } <= got


def test_a_model_cards_exact_counts_are_read() -> None:
    got = attributes(_EXACT_COUNTS)
    sizes = {(s, a, v) for s, a, v in got if a != "leaderboard_rank"}
    assert sizes == {
        ("Wren 190M", "parameters_total", "187204608"),
        ("Wren 1.4B", "parameters_total", "1402519552"),
        ("Wren 190M", "context_window_tokens", "16384"),
        ("Wren 1.4B", "context_window_tokens", "65536"),
    }


_SHEET_INTRO = "Corvel 5 plans and specs\n\nNarrowgate released Corvel 5, its new open model, last week.\n\n"


@pytest.mark.parametrize(
    ("table", "language"),
    [
        # devices a model runs on, not models
        (
            "Corvel 5 on a handset:\n\n| Spec | Pixel 10 | iPhone 17 |\n|---|---|---|\n"
            "| Parameters | 2B | 2B |\n| Context window | 16K | 8K |\n",
            "en",
        ),
        (
            "| Характеристика | Galaxy S26 | Pixel 10 |\n|---|---|---|\n| Параметры | 2 млрд | 2 млрд |\n"
            "| Длина контекста | 16K | 8K |\n",
            "ru",
        ),
        # bare versions are no names
        (
            "| Spec | v3 | v4 |\n|---|---|---|\n| Parameters | 40B | 90B |\n"
            "| Context window | 64K | 512K |\n",
            "en",
        ),
        # a plan's limits: a tier per column, windows but no parameter row
        (
            "| Limit | Tier 2 | Tier 3 |\n|---|---|---|\n| Context window | 16K | 64K |\n"
            "| Max context length | 16,000 | 64,000 |\n| Requests per minute | 50 | 500 |\n",
            "en",
        ),
    ],
)
def test_a_header_cell_that_is_no_model_gives_nothing(table: str, language: str) -> None:
    got = attributes(_SHEET_INTRO + table, language)
    assert not {(s, a, v) for s, a, v in got if s != "Corvel 5"}


_PAGES = """Brisk 2 Lite and Brisk 2 Max side by side

| Spec | Brisk 2 Lite | Brisk 2 Max |
|---|---|---|
| Total parameters | 11B | 70B |
| Context window | roughly 1,900 pages | roughly 2,400 pages |
| Max context | 3 hours of speech | 6 hours of speech |
"""


def test_a_context_counted_in_pages_is_no_window() -> None:
    got = attributes(_PAGES)
    assert ("Brisk 2 Lite", "parameters_total", "11000000000") in got
    assert not {(s, a, v) for s, a, v in got if a == "context_window_tokens"}


@pytest.mark.parametrize(
    ("cell", "attr"),
    [
        ("2.2B – 2.8B", "parameters_active"),
        ("6b-9b", "parameters_total"),
        ("about 1,700 pages", "context_window_tokens"),
        ("30,000 words", "context_window_tokens"),
        ("20K - 40K", "context_window_tokens"),
    ],
)
def test_a_range_or_another_unit_gives_no_value(cell: str, attr: str) -> None:
    assert spec_value(cell, attr) == []


def test_a_context_in_tokens_with_pages_after_it_is_read() -> None:
    assert spec_value("96K tokens (some 250 pages)", "context_window_tokens") == [("96000", None)]


def test_a_range_cell_gives_no_count() -> None:
    text = (
        "Brisk 2 Lite and Tamsin-6\n\n| Spec | Brisk 2 Lite | Tamsin-6 |\n|---|---|---|\n"
        "| Total parameters | 11B | 6B |\n| Active parameters | 2.2B – 2.8B | 1B |\n"
    )
    got = attributes(text)
    assert ("Tamsin-6", "parameters_active", "1000000000") in got
    assert not {(s, a, v) for s, a, v in got if s == "Brisk 2 Lite" and a == "parameters_active"}
