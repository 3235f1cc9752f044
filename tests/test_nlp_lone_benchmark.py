"""A table does not take the benchmark named before it when a test the readers left unresolved is named in
between (invented models, tests and figures)."""

from __future__ import annotations

from extractors.facts import nlp
from extractors.facts.lone_benchmark import other_benchmark_shapes
from schema.records import Article


def _scores(text: str) -> set[tuple[str, str, float]]:
    ex = nlp.extract(Article(url="https://example.test/b", text=text))
    return {(s.model, s.benchmark, s.value) for s in ex.scores}


def test_a_table_under_an_unresolved_test_is_not_the_earlier_ones() -> None:
    text = (
        "Tessel-9 leads KilnBench at 61.2%, ahead of Quill 2 at 55.0%.\n\n"
        "### Marrow-bench Verified\n\n"
        "| Model | Score |\n|---|---|\n| Tessel-9 | 77.4% |\n| Quill 2 | 70.1% |\n"
    )
    found = _scores(text)
    assert ("Tessel-9", "KilnBench", 61.2) in found
    assert ("Tessel-9", "KilnBench", 77.4) not in found
    assert ("Quill 2", "KilnBench", 70.1) not in found


def test_what_counts_as_another_test() -> None:
    text = "Scores on KilnBench and Kiln-Bench Pro, then QXEval, Marrow-bench and the Tallow Arena."
    assert other_benchmark_shapes(text, [], "KilnBench") == ["QXEval", "Marrow-bench"]
    at = text.index("QXEval")
    # the found test's own spellings are no other test ('KilnBench' of 'Kiln-Bench Pro'), nor a resolved span
    assert other_benchmark_shapes(text, [(at, at + 6)], "Kiln-Bench Pro") == ["Marrow-bench"]
    # must not: ordinary words, a known reference's span, a version after a name
    assert other_benchmark_shapes("The bench press and evaluation QA team.", [], "KilnBench") == []
    assert other_benchmark_shapes("Tessel-9 on KilnBench 2.5 today.", [], "KilnBench 2.5") == []
