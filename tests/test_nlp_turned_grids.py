"""A table reads the same whichever way round its author turned it (`turned_grids.read_either_way`): models
across with settings down the side, a leaderboard written one field per row; and turning finds nothing where
the table holds no scores or where the model is only the one the text before it names."""

from __future__ import annotations

from extractors.facts.nlp import extract
from schema.records import Article


def _scores(text: str) -> set[tuple[str, str, float, str | None]]:
    ex = extract(Article(url="https://t.example/turned", text=text, title=text.split("\n")[0]))
    return {(s.model, s.benchmark, s.value, s.setting) for s in ex.scores}


def test_settings_down_the_side_models_across() -> None:
    text = (
        "LoopBench results\n\nLoopBench gives each agent a fixed budget of hours on every task.\n\n"
        "| Model | Pellan-7 | Tarsus 3 | Orvik-2 Mini |\n|---|---|---|---|\n"
        "| @1h | 20.5 | 18.2 | 11.0 |\n| @3h | 31.4 | 27.9 | 16.6 |\n| @5h | 36.0 | 33.3 | 19.2 |\n\n"
        "Longer budgets help every model.\n"
    )
    got = _scores(text)
    assert ("Pellan-7", "LoopBench", 20.5, "@1h") in got
    assert ("Tarsus 3", "LoopBench", 33.3, "@5h") in got
    assert ("Orvik-2 Mini", "LoopBench", 16.6, "@3h") in got
    assert len(got) == 9


def test_leaderboard_one_field_per_row() -> None:
    text = (
        "Arena standings this week\n\nThe Chatbot Arena board moved again after the spring releases.\n\n"
        "| Place | 1 | 2 | 3 |\n|---|---|---|---|\n| Model | Pellan-7 | Tarsus 3 | Orvik-2 Mini |\n"
        "| Maker | Quill Labs | Fen AI | Orvik |\n| Rating | 1412 | 1398 | 1377 |\n\n"
        "The order may change next week.\n"
    )
    assert {(m, v) for m, _b, v, _s in _scores(text)} == {
        ("Pellan-7", 1412.0),
        ("Tarsus 3", 1398.0),
        ("Orvik-2 Mini", 1377.0),
    }


def test_turning_finds_no_scores_that_are_not_there() -> None:
    prices = (
        "Prices this month\n\nPellan-7 and Tarsus 3 cut their prices.\n\n| Plan | Pellan-7 | Tarsus 3 |\n"
        "|---|---|---|\n| Input | $1.20 | $0.90 |\n| Output | $4.80 | $3.60 |\n| Seats | 10 | 25 |\n"
    )
    assert _scores(prices) == set()
    # a header of benchmarks over rows of bare figures: whose they are only the text before says, and a turned
    # reading would make the first row's figures a header
    runs = (
        "Pellan-7 results\n\nPellan-7's scores:\n\n| MMLU-Pro | GPQA Diamond | HumanEval |\n|---|---|---|\n"
        "| 71.2 | 55.0 | 80.1 |\n| 70.8 | 54.2 | 79.9 |\n"
    )
    assert _scores(runs) == set()
    # a cell naming a model in prose ('near V1') gives no figure from the name's version
    prose = (
        "Kestrel family\n\n| Model | Release | SWE-bench Verified |\n|---|---|---|\n"
        "| V1 | Jan 2026 | 61.0% |\n| V1.5 | Mar 2026 | 63.5% |\n| V2-Lite | May 2026 | Near V1 |\n"
    )
    assert {v for _m, _b, v, _s in _scores(prose)} <= {61.0, 63.5}


def test_rows_of_years_or_versions_take_no_benchmark_from_prose() -> None:
    # turned over, a grid's header must name its benchmarks itself: rows of years or versions are no settings
    # of a benchmark the text before happens to name
    for labels in (("2024", "2025", "2026"), ("v1", "v2")):
        rows = "".join(f"| {lab} | 40.{k} | 38.{k} | 35.{k} |\n" for k, lab in enumerate(labels))
        text = (
            "Quarterly notes\n\nWe also ran GPQA Diamond last month.\n\n"
            "| Model | Halyard 3 | Pennant-5 | Corvid 2.1 |\n|---|---|---|---|\n" + rows + "\nMore soon.\n"
        )
        assert _scores(text) == set(), labels
