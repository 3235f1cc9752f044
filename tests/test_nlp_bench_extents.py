"""Introduced benchmark names cut at the right place: a sentence's first word is no benchmark, and a name the
page writes with a variant word after it is read with it (invented models, tests and figures)."""

from __future__ import annotations

from extractors.facts import nlp
from extractors.facts.bench_extents import checked_benchmarks, sentence_opener, variant_words
from schema.records import Article


def _scores(text: str) -> set[tuple[str, str, float]]:
    ex = nlp.extract(Article(url="https://example.test/a", text=text))
    return {(s.model, s.benchmark, s.value) for s in ex.scores}


def test_a_sentence_opener_is_no_benchmark() -> None:
    text = (
        "Three agents, one month.\n"
        "Enclosed is the monthly leaderboard for Pebblework 2, cheapest run first\n"
        "* Quill 2 Max by Marrow AI: 3.8% of tasks passed, $0.9K spent\n"
        "* Tessel-9 High by Corvid Labs: 5.3% of tasks passed, $2.4K spent\n"
    )
    assert not any(b == "Enclosed" for _m, b, _v in _scores(text))
    text = (
        "Vendors disagree on method. Frankly, the benchmark's cost makes reruns rare.\n"
        "Tessel-9 reached 63.5% in the vendor's own run."
    )
    assert not any(b == "Frankly" for _m, b, _v in _scores(text))
    assert sentence_opener("Alas, the benchmark was saturated. Alas is all we can say.", "Alas")
    assert sentence_opener("Notably, the suite has 300 tasks.", "Notably")


def test_a_name_also_written_inside_a_sentence_stays() -> None:
    text = "Quarry is a new benchmark of legal drafting. Tessel-9 scores 41% on Quarry."
    assert not sentence_opener(text, "Quarry")
    assert checked_benchmarks(text, {"Quarry": "Quarry"}) == {"Quarry": "Quarry"}
    assert not sentence_opener("Here: Quarry-Bench 2", "Quarry-Bench")  # not one plain word
    assert not sentence_opener("Lumen\n41.0 38.2", "Lumen")  # a line of its own, no prose after it


def test_a_variant_word_after_an_introduced_name() -> None:
    assert {"Verified", "Pro", "Hard"} <= variant_words()
    text = (
        "Tessel-9 posts 71.3% on Kilnwork-Bench Pro (hard repository tasks), versus Quill 2's 64.0%.\n"
        "Both labs skipped the older Kilnwork-Bench entirely."
    )
    found = _scores(text)
    assert ("Tessel-9", "Kilnwork-Bench Pro", 71.3) in found
    assert not any(b == "Kilnwork-Bench" for _m, b, _v in found)
    names = checked_benchmarks(text, {"Kilnwork-Bench": "Kilnwork-Bench"})
    assert names == {"Kilnwork-Bench": "Kilnwork-Bench", "Kilnwork-Bench Pro": "Kilnwork-Bench Pro"}


def test_no_variant_where_the_word_starts_a_longer_one() -> None:
    text = "Tessel-9 scored 50% on Kilnwork-Bench Professional and 44% on Kilnwork-Bench Hardware."
    names = {"Kilnwork-Bench": "Kilnwork-Bench"}
    assert checked_benchmarks(text, names) == names
