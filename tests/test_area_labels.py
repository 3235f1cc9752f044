"""Subject-area rows and columns of a results table (`area_labels.py`): a label that names only an area
('Coding', 'Math', 'Common Sense', 'Multilingual', 'Knowledge & Reasoning') is a section or that area's
average, not a benchmark, wherever the table puts it; tests named after an area keep their own shape. Every
name and figure here is invented."""

from __future__ import annotations

from extractors.facts.area_labels import area_label
from extractors.facts.nlp import extract
from schema.records import Article

_INTRO = "Brannock 4 Base, out this week, is set against two open base models.\n\n"


def _scores(text: str) -> set[tuple[str, str, float]]:
    title = "Brannock 4 Base against two rivals"
    ex = extract(Article(url="https://t.example/areas", text=text, title=title))
    return {(s.model, s.benchmark, s.value) for s in ex.scores}


def _table(rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows[1:]]) + "\n"


_AREAS_DOWN = [
    ["Benchmark", "Brannock 4 Base", "Quellan-7 40B", "Ostrig 3"],
    ["VolterQA", "71.3", "64.0", "58.8"],
    ["Hemlark-Pro", "55.2", "49.9", "47.0"],
    ["Coding", "62.5", "58.1", "57.4"],
    ["Math", "80.4", "70.2", "74.9"],
    ["Common Sense", "77.0", "76.3", "78.1"],
    ["Multilingual", "81.6", "79.9", "80.0"],
]


def test_area_rows_under_a_benchmark_corner_are_no_benchmarks() -> None:
    got = _scores(_INTRO + _table(_AREAS_DOWN))
    assert {("Brannock 4 Base", "VolterQA", 71.3), ("Ostrig 3", "Hemlark-Pro", 47.0)} <= got
    benches = {b for _m, b, _v in got}
    assert not benches & {"Coding", "Math", "Common Sense", "Multilingual"}, benches


def test_area_columns_beside_named_benchmarks_are_no_benchmarks() -> None:
    rows = [
        ["Model", "VolterQA", "Hemlark-Pro", "Reasoning", "Knowledge & Math"],
        ["Brannock 4 Base", "71.3", "55.2", "66.0", "70.1"],
        ["Quellan-7 40B", "64.0", "49.9", "61.2", "65.5"],
        ["Ostrig 3", "58.8", "47.0", "60.3", "63.9"],
    ]
    got = _scores(_INTRO + _table(rows))
    assert ("Quellan-7 40B", "Hemlark-Pro", 49.9) in got
    assert not {b for _m, b, _v in got} & {"Reasoning", "Knowledge & Math"}


def test_tests_named_after_an_area_stay_benchmarks() -> None:
    rows = [
        ["Benchmark", "Brannock 4 Base", "Quellan-7 40B", "Ostrig 3"],
        ["VolterQA", "71.3", "64.0", "58.8"],
        ["MathVolt-500", "62.5", "58.1", "57.4"],
        ["Common Sense Drill", "77.0", "76.3", "78.1"],
        ["CodeKiln", "44.6", "40.2", "39.9"],
    ]
    got = _scores(_INTRO + _table(rows))
    assert {
        ("Brannock 4 Base", "MathVolt-500", 62.5),
        ("Quellan-7 40B", "Common Sense Drill", 76.3),
        ("Ostrig 3", "CodeKiln", 39.9),
    } <= got


def test_area_label_words() -> None:
    for name in ("Code", "Math", "Common Sense", "commonsense", "Multilingual", "Coding & Math", "STEM"):
        assert area_label(name), name
    for name in ("MATH", "MATH-500", "Math Arena", "LiveCodeBench", "Common Sense QA", "CodeKiln", "2 Math"):
        assert not area_label(name), name
