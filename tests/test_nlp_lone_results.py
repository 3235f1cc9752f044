"""Benchmarks a sentence names once by the result before them (extractors/facts/lone_results.py), lists
flattened into one line and labels with a note before their figure (run_benchmarks.py), and what must not be
read so. Own words and invented names."""

from __future__ import annotations

from extractors.facts.nlp import extract
from schema.records import Article

_INTRO = "Vesk Labs released Halyard 3, its new open model, on Tuesday.\n\n"


def _scores(body: str) -> set[tuple[str, str, float]]:
    ex = extract(Article(url="https://t.example/lone", text=_INTRO + body))
    return {(s.model, s.benchmark, s.value) for s in ex.scores}


def test_a_lone_result_on_a_shaped_name() -> None:
    got = _scores("Vesk says Halyard 3 reaches 63.4% on TallyCode-Hard, a clear lead over last spring.\n")
    assert ("Halyard 3", "TallyCode-Hard", 63.4) in got


def test_a_lone_result_written_in_percent() -> None:
    got = _scores("On visual puzzles Halyard 3 did best: it scored 71.8 percent on KilnVision.\n")
    assert ("Halyard 3", "KilnVision", 71.8) in got


def test_a_list_flattened_into_one_line() -> None:
    got = _scores("Its key scores: - TARN-Long: 58.2% - Ridge-QX (long context): 44.9% - PLOVR: 70.1%\n")
    assert {("Halyard 3", "TARN-Long", 58.2), ("Halyard 3", "Ridge-QX", 44.9)} <= got


def test_lone_shares_and_changes_are_no_benchmarks() -> None:
    """Must not: a share of a platform in whole figures, a market's change, a sentence about money, a dash
    of prose before a capitalised word."""
    got = _scores(
        "Halyard 3 now serves 25% on OpenRouter, the team said.\n\n"
        "Vesk shares were up 4.5% on NASDAQ-listed peers' news.\n\n"
        "Revenue grew 12.5% on Halyard-X subscriptions in the quarter.\n\n"
        "It is fast - Speed: 90 tokens a second on one card.\n"
    )
    assert not {b for _m, b, _v in got} & {"OpenRouter", "NASDAQ-listed", "Halyard-X", "Speed"}
