"""A models-down results grid (`metric_columns.py`): the metric columns beside a board's overall score are
that board's values, each with its metric as the setting; and a grid that heads a column with a benchmark of
its own is never read as settings of a benchmark the prose names elsewhere. Every name here is invented."""

from __future__ import annotations

import pytest

from extractors.facts.metric_columns import metric_head, own_benchmark_head
from tests.extracts import pairs as _pairs
from tests.extracts import scores as _scores

_BOARD = (
    "BrevikEval, round four\n\n"
    "Each model boils a long meeting transcript down to five lines; three automatic metrics compare its "
    "summary with one a person wrote, and their mean comes first.\n\n"
    "| Model | Mean score | BLEURT | Maker | METEOR | BERTScore |\n|---|---|---|---|---|---|\n"
    "| Tarsus 3 | 52.7 | 44.1 | Fen AI | 36.9 | 77.2 |\n"
    "| Pellan-7 | 50.3 | 41.8 | Quill Labs | 35.0 | 74.1 |\n"
    "| Orvik-2 Mini | 47.5 | 39.6 | Orvik | 31.2 | 71.8 |\n"
)


def test_metric_columns_beside_the_overall_score_are_the_boards() -> None:
    got = _scores(_BOARD)
    pairs = {(m, b, v) for m, b, v, _s in got}
    assert ("Tarsus 3", "BrevikEval", 52.7) in pairs
    assert ("Tarsus 3", "BrevikEval", 77.2) in pairs
    assert ("Pellan-7", "BrevikEval", 35.0) in pairs
    assert ("Orvik-2 Mini", "BrevikEval", 39.6) in pairs
    # each column's metric tells its values apart
    settings = {s for m, _b, v, s in got if m == "Tarsus 3"}
    assert {"bleurt", "meteor", "bertscore"} <= {x.split("; ")[-1].lower() for x in settings if x}
    assert len(pairs) == 12


@pytest.mark.parametrize("shape", ["pipes", "tabs"])
def test_metric_columns_in_another_layout(shape: str) -> None:
    text = _BOARD
    if shape == "tabs":
        lines = []
        for line in text.split("\n"):
            if line.startswith("|---"):
                continue
            lines.append(
                "\t".join(c.strip() for c in line.strip("|").split("|")) if line.startswith("|") else line
            )
        text = "\n".join(lines)
    assert ("Pellan-7", "BrevikEval", 74.1) in _pairs(text)


def test_metric_columns_must_not() -> None:
    # no score column read as the page's benchmark beside them: whose metric it is, nothing says
    lone = (
        "Notes from a slow week\n\nThree models summed up our own stand-up calls.\n\n"
        "| Maker | METEOR | Model | BERTScore |\n|---|---|---|---|\n"
        "| Fen AI | 36.9 | Tarsus 3 | 77.2 |\n| Quill Labs | 35.0 | Pellan-7 | 74.1 |\n"
    )
    assert not any(v in (36.9, 77.2, 35.0, 74.1) for _m, _b, v in _pairs(lone))
    # a metric head over prices or words is no score column
    worded = (
        _BOARD.replace("| 44.1 |", "| good |").replace("| 41.8 |", "| - |").replace("| 39.6 |", "| fair |")
    )
    assert not any(v in (44.1, 41.8, 39.6) for _m, _b, v in _pairs(worded))


def test_metric_head() -> None:
    assert metric_head("chrF++") and metric_head("F1 (%)") and metric_head("COMET score")
    assert not metric_head("Overall Score") and not metric_head("Maker") and not metric_head("BLEUish")


_OWN_BOARD = (
    "Chart reading, December notes\n\n"
    "MathVista mixes charts with geometry and puzzles; TallowChartEval keeps to bar, line and pie charts "
    "cut from annual reports. Figures are per cent of questions answered right.\n\n"
    "| Model | Bar | Line | TallowChartEval | Pie | Latency (s) |\n|---|---|---|---|---|---|\n"
    "| Orvik-2 Mini | 81.0 | 77.5 | 76.4 | 70.8 | 2.1 |\n"
    "| Tarsus 3 | 79.2 | 74.0 | 73.9 | 68.6 | 3.4 |\n"
    "| Pellan-7 | 72.6 | 70.3 | 69.5 | 65.7 | 1.2 |\n"
)


def test_a_grid_heading_its_own_benchmark_is_not_the_prose_benchmarks() -> None:
    got = _pairs(_OWN_BOARD)
    assert not any(b == "MathVista" for _m, b, _v in got)
    # its benchmark's column is read; the breakdown heads beside it do not become benchmarks of their own
    # when the grid is also read turned over (turned_grids.read_either_way)
    assert ("Tarsus 3", "TallowChartEval", 73.9) in got
    assert {b for _m, b, _v in got} == {"TallowChartEval"}


def test_a_head_in_lower_case_with_capitals_inside_names_the_grids_benchmark() -> None:
    # 'tallowChartEval': a benchmark's closing word after a capital inside the word, whatever its first letter
    text = _OWN_BOARD.replace("TallowChartEval", "tallowChartEval")
    got = _pairs(text)
    assert not any(b == "MathVista" for _m, b, _v in got)
    assert {b for _m, b, _v in got} == {"tallowChartEval"}
    assert len(got) == 3


def test_a_benchmark_shaped_head_we_cannot_name_still_keeps_the_prose_benchmark_out() -> None:
    # a head in lower case alone ('tallowcharteval') is read as no benchmark, but its shape says the grid is
    # some benchmark's: its figures are not the settings of the one the prose names
    text = _OWN_BOARD.replace("TallowChartEval", "tallowcharteval")
    assert not any(b == "MathVista" for _m, b, _v in _pairs(text))


def test_a_lower_case_head_without_a_closing_word_is_no_benchmark() -> None:
    # must not: a metric's short name with a capital inside ('chrF') stays no benchmark of its own
    text = (
        "Summary notes\n\n| Model | chrF | Region A |\n|---|---|---|\n"
        "| Pellan-7 | 61.0 | 58.2 |\n| Tarsus 3 | 58.8 | 55.0 |\n"
    )
    assert not any(b in ("chrF", "Region A") for _m, b, _v in _pairs(text))


def test_own_benchmark_head() -> None:
    assert own_benchmark_head(("Model", "Bar", "TallowChartEval"), 0, "MathVista")
    # the page's own benchmark in a head, a generic head, plain setting heads: none
    assert not own_benchmark_head(("Model", "Bar", "MathVista (hard)"), 0, "MathVista")
    assert not own_benchmark_head(("Model", "Overall Index", "@2h", "@4h"), 0, "LoopBench")
    assert not own_benchmark_head(("Model", "@2h", "@4h"), 0, "LoopBench")


def test_settings_of_the_pages_benchmark_still_read() -> None:
    # must not: a benchmark's own page with setting columns keeps its reading
    text = (
        "LoopBench results\n\nLoopBench gives each agent a fixed budget of hours on every task.\n\n"
        "| Model | @1h | @3h | @5h |\n|---|---|---|---|\n"
        "| Pellan-7 | 20.5 | 31.4 | 36.0 |\n| Tarsus 3 | 18.2 | 27.9 | 33.3 |\n"
    )
    assert ("Pellan-7", "LoopBench", 31.4) in _pairs(text)


_BITS = (
    "VersoBench: which models carry meaning across languages?\n\n"
    "VersoBench checks models on six language pairs. Three models join this month.\n\n"
    "| Model | Overall Score | chrF++ | Precision | Context (K) |\n|---|---|---|---|---|\n"
    "| Corvane 3 | 66.4 | 51.9 | 16 | 512 |\n| Tessel-7 | 63.0 | 49.2 | 8 | 200 |\n"
    "| Brinwood 4 | 58.7 | 44.5 | 4 | 64 |\n"
)


def test_a_precision_column_of_bit_widths_is_no_metric() -> None:
    got = _scores(_BITS)
    assert ("Tessel-7", "VersoBench", 49.2, "chrf++") in got
    assert not any(v in (16.0, 8.0, 4.0) for _m, _b, v, _s in got)


def test_the_headline_score_keeps_no_setting_beside_its_metrics() -> None:
    # the overall figure is the board's score as prose would give it: no 'overall score' setting splits it
    got = _scores(_BITS)
    assert ("Corvane 3", "VersoBench", 66.4, None) in got
