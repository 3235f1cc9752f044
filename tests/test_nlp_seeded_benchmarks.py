"""Benchmarks no list knows, found by their place in a run beside a name found by its own shape
(extractors/facts/seeded_benchmarks.py), and a value set against a rival's in parentheses
(unknown_bench._PAREN_VALUE); what must not be read so. Own words and invented names."""

from __future__ import annotations

from extractors.facts.nlp import extract
from extractors.facts.seeded_benchmarks import _sibling
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


def test_owners_days_and_hosted_services_beside_a_seed_stay_unread() -> None:
    """Must not: a word in the possessive, a weekday or a month, a cloud service or any '<Word> Cloud' read as
    a benchmark because a figure and 'on' put it beside a benchmark found by its shape."""
    cases = [
        (
            "Halyard 3 posts 66.4% on DrillBench, then 58.1% on Sorrel Quay's private set and 33% on "
            "Monday's open trial.\n",
            {"Sorrel Quay's", "Monday's", "Sorrel Quay", "Monday"},
        ),
        (
            "Halyard 3 got 70.3% on DrillBench and 35% on Pomeroy Cloud, where it is in preview.\n",
            {"Pomeroy Cloud"},
        ),
        (
            "Halyard 3 lands at 69.0% on DrillEval, while adoption rose 45% on Azure, 20% on Bedrock and 10% "
            "on Vertex.\n",
            {"Azure", "Bedrock", "Vertex"},
        ),
        (
            "On DrillEval Halyard 3 has 69.0%; its share climbed 31% on Fennick Hub and 12% on Lodestar.\n",
            {"Fennick Hub", "Lodestar"},
        ),
    ]
    for body, never in cases:
        got = _scores(body)
        names = {b for _m, b, _v in got}
        assert not names & never, (body, got)
        assert any(b in {"DrillBench", "DrillEval"} for b in names), (body, got)


def test_a_sibling_of_a_shaped_seed_must_look_like_a_benchmark() -> None:
    """Must not: two plain capitalised words scored beside a shaped name are an in-house task, not a named
    test; a sibling with capitals inside, a digit or a benchmark's ending still counts."""
    got = _scores(
        "Halyard 3 took DrillBench (70.4% vs 67.7%) and Refund Letters (41% vs 50%) in our trial.\n"
    )
    assert not {b for _m, b, _v in got} & {"Refund Letters"}, got
    kept = _scores("Halyard 3 took DrillBench (70.4% vs 67.7%) and PELLOR-Long (41% vs 50%) in our trial.\n")
    assert ("Halyard 3", "PELLOR-Long", 41.0) in kept, kept


def test_an_appositive_head_is_found_on_a_long_page_in_linear_time() -> None:
    """The word before an appositive's name is read from that word alone, not from a copy of the rest of the
    page: a page of many appositives costs time in step with its length."""
    import time

    line = "Halyard 3 scored {n}.5% on Wend Quartz{n}, a tough benchmark of tile puzzles, last week.\n"
    small = "".join(line.format(n=i % 90) for i in range(400))
    big = small * 4
    from extractors.facts.unknown_bench import discover_benchmarks

    t0 = time.process_time()
    discover_benchmarks(small, [])
    t1 = time.process_time()
    discover_benchmarks(big, [])
    t2 = time.process_time()
    assert "Wend Quartz7" in discover_benchmarks(small, [])
    assert (t2 - t1) < 8 * max(t1 - t0, 0.01), (t1 - t0, t2 - t1)


def test_a_calendar_word_is_no_sibling() -> None:
    """Must not: a weekday or a month (any case, short or long) stands for a benchmark beside a seed."""
    for word in ("Thursday", "SEPT", "Oct", "December"):
        assert not _sibling(word), word
    assert _sibling("TORQ-Mini")


def test_an_appositive_head_is_no_maker_the_page_names_on_its_own() -> None:
    """Must not: a word the page writes as a maker elsewhere ('Brindle published …', 'Brindle's team') joins
    the benchmark named after it in an appositive; the name is the word after it."""
    got = _scores(
        "Brindle published Halyard 3 this week. Brindle's team lists 61.5% for Halyard 3 on Brindle Osprey, "
        "a benchmark of map questions it wrote itself.\n"
    )
    names = {b for _m, b, _v in got}
    assert "Brindle Osprey" not in names, got
    assert ("Halyard 3", "Osprey", 61.5) in got, got
