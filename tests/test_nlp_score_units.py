"""Scores written as a fraction of a whole ('27/30', '35 out of 42'): the numerator is the score, out of its
whole; a slash or 'out of' that is a date, a share, two years, a rank or a count of benchmarks is none. Scores
in money: only a benchmark scored in money takes a currency figure, and it takes nothing else."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.facts.nlp import extract
from schema.records import Article


def scores(text: str) -> set[tuple[str, str, float, str | None]]:
    ex = extract(
        Article(url="https://t.example/f", text=text, published_at=datetime(2027, 3, 1, 12, tzinfo=UTC))
    )
    return {(s.model, s.benchmark, s.value, s.unit) for s in ex.scores}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Gemini 4.2 Pro cleared 58/89 on Terminal-Bench 2.0.",
            {("Gemini 4.2 Pro", "Terminal-Bench 2.0", 58.0, "/89")},
        ),
        ("GPT-5.9 scored 101 out of 120 on Putnam 2025.", {("GPT-5.9", "Putnam 2025", 101.0, "/120")}),
        # the whole written with blanks round the slash is no figure of its own
        (
            "Claude Opus 5.3 took 52 / 89 on Terminal-Bench 2.0.",
            {("Claude Opus 5.3", "Terminal-Bench 2.0", 52.0, "/89")},
        ),
    ],
)
def test_a_fraction_is_its_numerator_out_of_its_whole(
    sentence: str, expected: set[tuple[str, str, float, str | None]]
) -> None:
    assert scores(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Gemini 4.2 Pro solved 2/3 of Terminal-Bench 2.0 in the first hour.",  # a share
        "Gemini 4.2 Pro beats GPT-5.9 on 4 out of 7 benchmarks, Terminal-Bench 2.0 among them.",  # a count
        "Gemini 4.2 Pro was ranked 3/40 on Terminal-Bench 2.0 by the vendor.",  # a rank
        "Gemini 4.2 Pro was rated 8/10 by reviewers on Terminal-Bench 2.0.",  # a reviewer's rating
        "On Terminal-Bench 2.0, Gemini 4.2 Pro used 4/8 GPUs.",  # a count of hardware
        "Gemini 4.2 Pro was retrained on 3/4 for Terminal-Bench 2.0.",  # a date
        "Gemini 4.2 Pro was tuned on AIME 25/26 problems.",  # two years of one benchmark
        "Gemini 4.2 Pro ran 24/7 on Terminal-Bench 2.0 for a week.",  # more than the whole
        "Gemini 4.2 Pro took 12/2026 on Terminal-Bench 2.0 as its cut-off.",  # a month and a year
    ],
)
def test_a_slash_that_is_no_score_out_of_a_whole(sentence: str) -> None:
    assert not scores(sentence)


def test_a_slashed_fraction_needs_its_benchmark_in_its_own_sentence() -> None:
    """A composite out of 100 under a heading that lists the benchmarks it averages is no score of the last
    one listed."""
    page = (
        "Composite board\n\nAveraged over MMLU, HumanEval and MATH:\n\n"
        "  1. Gemini 4.2 Pro — 81.5/100\n  2. GPT-5.9 — 80.2/100\n"
    )
    assert not {s for s in scores(page) if s[1] == "MATH"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "On Vending-Bench 2, Gemini 4.2 Pro ended the year with $4,210.55.",
            {("Gemini 4.2 Pro", "Vending-Bench 2", 4210.55, "USD")},
        ),
        # a percentage on a benchmark scored in money is a change, not a balance
        ("On Vending-Bench 2, Gemini 4.2 Pro grew its balance by 61%.", set()),
        # money on a benchmark scored in percent is a price, not a score
        (
            "Gemini 4.2 Pro scored 80% on SWE-bench Verified at $3.10 per run.",
            {("Gemini 4.2 Pro", "SWE-bench Verified", 80.0, "%")},
        ),
    ],
)
def test_only_a_benchmark_scored_in_money_takes_money(
    sentence: str, expected: set[tuple[str, str, float, str | None]]
) -> None:
    assert scores(sentence) == expected


@pytest.mark.parametrize(
    "page",
    [
        "On Vending-Bench 2, Gemini 4.2 Pro ended with $4,210.55. Gemini 4.2 Pro costs $20 per month.",
        "Vending-Bench 2 results are out. GPT-5.9 is priced at $20 per month.",
        "On Vending-Bench 2, Gemini 4.2 Pro ended with $4,210.55; its plan is priced at $30 for teams.",
        "On Vending-Bench 2, Gemini 4.2 Pro ended with $4,210.55, and it charges $8/seat.",
    ],
)
def test_a_price_beside_a_benchmark_scored_in_money_is_no_balance(page: str) -> None:
    """A price by the period or seat, or said to be what something costs, is no final balance."""
    assert {s[2] for s in scores(page)} <= {4210.55}


@pytest.mark.parametrize(
    "page",
    [
        "On Vending-Bench 2, Gemini 6.1 Pro ended its run with {c}3,915.40.",
        "| Model | Vending-Bench 2 |\n|---|---|\n"
        "| Gemini 6.1 Pro | {c}3,915.40 |\n| Larkspur 3 | {c}2,108.05 |\n",
    ],
)
@pytest.mark.parametrize("currency", ["€", "£", "EUR "])
def test_money_in_another_currency_is_no_balance_of_a_dollar_benchmark(page: str, currency: str) -> None:
    """A benchmark scored in dollars takes dollar figures only: a figure in euros or pounds is some other
    amount (a price, a figure the page does not give as the balance), never the score with its own currency
    beside it; the same page in dollars gives the balance."""
    assert ("Gemini 6.1 Pro", "Vending-Bench 2", 3915.4, "USD") in scores(page.format(c="$"))
    assert scores(page.format(c=currency)) == set()


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # the unit after the second figure of an arrow pair is the first figure's too: a time is no score
        (
            "Tarrow 3 scores 71.0% on GPQA Diamond (latency 2.1 → 1.4 s).",
            {("Tarrow 3", "GPQA Diamond", 71.0, "%")},
        ),
        ("Tarrow 3 reached 64.5% on SWE-bench Verified (median 52 -> 37 seconds a task).", None),
        ("Tarrow 3 holds 38.2% on Terminal-Bench 2.0; each run took 9.5 ⇒ 6.0 minutes.", None),
        ("Tarrow 3 posts 80.4% on AIME 2025 (first token 640 → 410 ms).", None),
        # a pair with no unit after it keeps both figures
        (
            "Tarrow 3 vs Tarrow 2 on MMMU: 61.3 → 69.8.",
            {("Tarrow 3", "MMMU", 69.8, "%"), ("Tarrow 2", "MMMU", 61.3, "%")},
        ),
    ],
)
def test_a_unit_after_an_arrow_pair_is_both_figures_unit(
    page: str, expected: set[tuple[str, str, float, str | None]] | None
) -> None:
    got = scores(page)
    if expected is None:
        assert len(got) == 1, got  # only the percentage before the pair
    else:
        assert got == expected
