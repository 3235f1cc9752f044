"""Table headers that name benchmarks we do not know, and columns that are not benchmarks at all."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from extractors.facts.claim_subjects import _own_noun_phrase
from extractors.facts.nlp import extract
from extractors.facts.table_columns import NEW_BENCH_HEAD
from schema.records import Article


def test_a_long_run_of_capitals_fails_at_once() -> None:
    # the nested repeat this pattern had backtracked exponentially: 24 capitals and a '!' took seconds
    assert NEW_BENCH_HEAD.fullmatch("A" * 60 + "!") is None
    assert NEW_BENCH_HEAD.fullmatch("A" * 60 + "(x") is None


@given(st.text(alphabet="AbZz09-.()! ", max_size=40))
def test_a_new_benchmark_head_is_one_word_with_a_second_capital_or_figure(word: str) -> None:
    m = NEW_BENCH_HEAD.fullmatch(word)
    if m is not None:
        name = m.group("name")
        assert name[0].isupper()
        assert any(c.isupper() or c.isdigit() for c in name.split("-")[0].split(".")[0][1:])


def test_size_price_and_speed_columns_are_no_benchmarks() -> None:
    text = (
        "Quillon-4 results\n\nThe Quillon-4 card lists its suites beside what it needs to run.\n\n"
        "| Model | MMLU | GPQA Diamond | AIME 2025 | VRAM | TPS |\n|---|---|---|---|---|---|\n"
        "| Quillon-4 | 81.2 | 60.5 | 70.1 | 140 | 35 |\n| Varda-2 | 78.0 | 55.3 | 61.9 | 96 | 52 |\n"
    )
    facts = extract(Article(url="https://fixtures.example/quillon", text=text, title="Quillon-4 results"))
    benchmarks = {s.benchmark for s in facts.scores}
    assert {"MMLU", "GPQA Diamond", "AIME 2025"} <= benchmarks
    assert not benchmarks & {"VRAM", "TPS"}


def test_a_clause_taking_the_model_up_again_is_no_subject_of_its_own() -> None:
    text = "Brann-2 trails Tessel-3, but the new model beats Cova 9B on coding."
    at = text.index("beats")
    assert not _own_noun_phrase(text, text.index(","), at)
    other = "Brann-2 trails Tessel-3, but the third row beats Cova 9B on coding."
    assert _own_noun_phrase(other, other.index(","), other.index("beats"))
