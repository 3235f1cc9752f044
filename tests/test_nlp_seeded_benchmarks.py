"""Benchmarks no list knows, found by their place in a run beside a name found by its own shape
(extractors/facts/seeded_benchmarks.py), and a value set against a rival's in parentheses
(unknown_bench._PAREN_VALUE); what must not be read so. Own words and invented names."""

from __future__ import annotations

from extractors.facts.nlp import extract
from schema.records import Article

_INTRO = "Vesk Labs released Halyard 3, its new open model, on Tuesday.\n\n"


def _scores(body: str) -> set[tuple[str, str, float]]:
    ex = extract(Article(url="https://t.example/seeded", text=_INTRO + body))
    return {(s.model, s.benchmark, s.value) for s in ex.scores}


def test_a_run_of_new_names_seeded_by_a_shaped_one() -> None:
    """'KelpEval' is a benchmark by its shape; a name scored the same way beside it is one too, and the
    run's last figure is its own, not the shaped name's."""
    got = _scores(
        "Halyard 3 scores about 80% on Quill-bench Verified, 74.8% on TORVEX Diamond, 95.1% on KelpEval, "
        "and 97.2% on MORLA-500.\n"
    )
    assert ("Halyard 3", "MORLA-500", 97.2) in got
    assert ("Halyard 3", "KelpEval", 97.2) not in got


def test_a_value_against_a_rival_in_parentheses() -> None:
    """'Name (N% vs M%)' beside a benchmark found by its shape: a benchmark too, for both sides."""
    got = _scores(
        "Halyard 3 beats Pennant-5 on KelpEval (81.4% vs 77.9%) and MORLA-Pro (62.3% vs 59.0%), "
        "its makers said.\n"
    )
    assert {("Halyard 3", "MORLA-Pro", 62.3), ("Pennant-5", "MORLA-Pro", 59.0)} <= got


def test_a_run_of_decimal_pairs() -> None:
    got = _scores(
        "Halyard 3 outperforms Pennant-5 on several tests such as TORVEX-Hard (76.01 vs. 71.5), "
        "KKEval (89.45 vs. 83.3), and RidgeBench (66.31).\n"
    )
    assert ("Pennant-5", "KKEval", 83.3) in got
    assert ("Pennant-5", "RidgeBench", 83.3) not in got


def test_platforms_periods_and_rival_models_beside_a_seed_stay_unread() -> None:
    """Must not: clouds, a period or a rival model written like the seed's siblings."""
    bodies = [
        "Halyard 3 took 71.5% on QuillBench, then 40% on AWS and 30% on GCP of the traffic.\n",
        "Halyard 3 beats Pennant-5 on KelpEval (81.4% vs 77.9%), and Pennant-5 (58.2% vs 55.0%) trails it.\n",
        "Halyard 3 reached 71.5% on RidgeBench in Q3 (40% vs 35%) as usage grew.\n",
    ]
    for body in bodies:
        got = {b for _m, b, _v in _scores(body)}
        assert not got & {"AWS", "GCP", "Q3", "Pennant-5", "Halyard 3"}, (body, got)


def test_an_appositive_names_the_whole_name_not_its_last_word() -> None:
    """'<Name> <Variant>, a hard benchmark': the name is both words, not the variant word alone."""
    got = _scores(
        "Halyard 3 leads on TORV Diamond, a hard benchmark of lab chemistry questions, with 71.2%.\n"
    )
    assert ("Halyard 3", "TORV Diamond", 71.2) in got
    assert not {b for _m, b, _v in got} & {"Diamond"}


def test_an_appositive_keeps_its_own_name_after_an_opener_or_a_repeat() -> None:
    """Must not: a sentence's opening verb or a heading run into the text joins the name."""
    got = _scores(
        "Introducing KelpQA, a benchmark of field questions. Halyard 3 scores 64.0% on KelpQA.\n\n"
        "RidgeQA RidgeQA is a benchmark of map questions. Halyard 3 scores 58.5% on RidgeQA.\n"
    )
    assert {("Halyard 3", "KelpQA", 64.0), ("Halyard 3", "RidgeQA", 58.5)} <= got
