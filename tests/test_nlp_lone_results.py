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


def test_a_lone_figure_without_a_word_of_scoring_is_no_result() -> None:
    """Must not: a region's uptime, a host's share, a platform's credits, a language mix or a product's style
    of prompt read as a benchmark after 'N.N% on' (a figure with decimals but no scoring word before it, or a
    platform's noun just after the name)."""
    got = _scores(
        "Over the winter its availability stood at 99.8% on Brisk-North.\n\n"
        "By June Halyard 3 was running at 57.5% on Nimbus-Edge, a Vesk engineer wrote.\n\n"
        "Each job spends 41.3% on Ferry-Cloud credits, the audit shows.\n\n"
        "Halyard 3 took 14.6% on RouteHub in its first week.\n\n"
        "Halyard 3 scored 81.5% on Tamil-English mixed prompts in a pilot.\n\n"
        "Testers said it answered 70.2% on ChatBox-Pro style questions.\n"
    )
    names = {"Brisk-North", "Nimbus-Edge", "Ferry-Cloud", "RouteHub", "Tamil-English", "ChatBox-Pro"}
    assert not {b for _m, b, _v in got} & names


def test_a_one_line_list_of_markets_is_no_run_of_results() -> None:
    """Must not: a share per market flattened into one line, with decimals, read as benchmarks."""
    got = _scores("Halyard 3 calls per region - NORAM: 41.5% - MENA: 18.5% - ANZ: 7.5%\n")
    assert not {b for _m, b, _v in got} & {"NORAM", "MENA", "ANZ"}


def test_the_docstring_examples_are_read() -> None:
    got = _scores(
        "Halyard 3 reaches 59.7% on PlankLogic-Hard this spring.\n\n"
        "Asked about charts, it scored 44.1 percent on DuneVision.\n\n"
        "The lab also cites a new high of 76% on Loam-Verified.\n"
    )
    assert {
        ("Halyard 3", "PlankLogic-Hard", 59.7),
        ("Halyard 3", "DuneVision", 44.1),
        ("Halyard 3", "Loam-Verified", 76.0),
    } <= got


def test_a_noun_of_the_figure_before_on_is_a_sign_of_a_result() -> None:
    """'a N% score on Name', 'N% accuracy on Name': the noun after the figure says it is a result, with no
    verb of scoring before it."""
    got = _scores(
        "Vesk's headline claim was a 63.5% score on KELP-Agent, twice last year's.\n\n"
        "The smaller Halyard 3 Mini keeps 71.2% accuracy on TarnLogic-Hard while using fewer tokens.\n"
    )
    assert {("Halyard 3", "KELP-Agent", 63.5), ("Halyard 3 Mini", "TarnLogic-Hard", 71.2)} <= got


def test_a_noun_of_the_figure_does_not_make_a_platform_or_a_price_a_test() -> None:
    """Must not: a success rate on a cloud platform, a discount on a shaped product name."""
    got = _scores(
        "Halyard 3 jobs kept a 99.5% success rate on AWS through the month.\n\n"
        "Vesk offers a 12% discount on KelpCloud seats for Halyard 3 users.\n"
    )
    assert not {b for _m, b, _v in got} & {"AWS", "KelpCloud"}


def test_a_figure_dated_by_its_day_takes_no_earlier_test() -> None:
    """Must not: a later sentence's figure 'on Friday' or 'on March 3' is dated, not measured on the test a
    lone result named before it."""
    got = _scores(
        "Halyard 3 posts 95.5% accuracy on QuillMath-Pro.\n\n"
        "Halyard 3 was clocked at 58% on Friday.\n\n"
        "Its uptime stood at 97.5 on March 3 too.\n"
    )
    assert ("Halyard 3", "QuillMath-Pro", 95.5) in got
    assert not {v for _m, b, v in got if b == "QuillMath-Pro"} & {58.0, 97.5}
