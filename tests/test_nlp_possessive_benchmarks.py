"""Benchmarks no list knows named with a possessive ("<Owner>'s <Name> Exam")
(extractors/facts/possessive_benchmarks.py), and what must not be read so. Own words and invented names."""

from __future__ import annotations

from extractors.facts.nlp import extract
from extractors.facts.possessive_benchmarks import possessive_benchmarks
from schema.records import Article


def _scores(text: str) -> set[tuple[str, str, float]]:
    ex = extract(Article(url="https://t.example/exam", text=text))
    return {(s.model, s.benchmark, s.value) for s in ex.scores}


def test_a_possessive_exam_scored_in_prose() -> None:
    got = _scores(
        "Varno Labs shipped Halyard 3 this week.\n\n"
        "On Tanselo's Final Exam, Halyard 3 reached 31.5%, while GPT-4o stayed at 4.2%.\n"
    )
    assert {("Halyard 3", "Tanselo's Final Exam", 31.5), ("GPT-4o", "Tanselo's Final Exam", 4.2)} <= got


def test_a_possessive_index_in_a_list_with_a_curly_apostrophe() -> None:
    got = _scores(
        "Varno Labs released Halyard 3, its new open model, on Tuesday.\n\n"
        "Halyard 3 results:\n- Brennick’s Reasoning Index: 57.0\n- Tarn Math: 80.1%\n"
    )
    assert ("Halyard 3", "Brennick's Reasoning Index", 57.0) in got


def test_an_opening_word_is_no_part_of_the_owner() -> None:
    assert possessive_benchmarks("On Tanselo's Final Exam, it led.", []) == ["Tanselo's Final Exam"]


def test_times_openers_and_bare_heads_are_no_names() -> None:
    """Must not: a time as owner, a head without a name of its own, a possessive ending in no benchmark's
    word."""
    text = (
        "Today's Hard Test was easy. Last Year's Final Exam was harder. Tanselo's Benchmark is new. "
        "Varno's Flagship Model won. It's Final Exam season."
    )
    assert possessive_benchmarks(text, []) == []


def test_a_finance_index_of_a_firm_is_no_benchmark() -> None:
    """Must not: a firm's equity or credit index, and an index a figure of growth rose on (invented text)."""
    got = _scores(
        "Varno Labs shipped Halyard 3 this week.\n\n"
        "Halyard 3 stood at 71% on Morgan Stanley's Global Equity Index and 64% on Moody's Credit Risk "
        "Index.\n\n"
        "Halyard 3 rose 12% on Stanford's AI Index this year, while Pennant-5 rose 8%.\n"
    )
    assert not got
