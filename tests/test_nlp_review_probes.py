"""Texts where the places reader (claim_places) and the card head-line owner (label_rows._head_name) must not
fire: a release order or a week of release is no place, a rank such as '21位' is not '1位', and a page whose
head line is a section heading ('Frequently Asked Questions') owns no spec line."""

from __future__ import annotations

from datetime import UTC, datetime

from extractors.facts.nlp import extract
from schema.records import Article, Extraction


def _run(text: str) -> Extraction:
    title = text.split("\n", 1)[0]
    when = datetime(2026, 12, 3, tzinfo=UTC)
    art = Article(url="https://probe.example/x", title=title, text=text, published_at=when)
    return extract(art)


def _claims(text: str) -> set[tuple[str, str, str]]:
    return {(c.subject, c.relation, c.object or "") for c in _run(text).claims}


def test_first_announced_and_second_quarter_are_no_places() -> None:
    text = "Notes\n\nGPT-5 was first announced in March; Gemini 2.5 Pro arrived in the second quarter.\n"
    assert not _claims(text)


def test_second_week_of_release_is_no_place() -> None:
    text = "Charts\n\nGPT-5 tops the chart, while Llama 3 is in its second week of release.\n"
    assert not _claims(text)


def test_twenty_first_place_is_not_first() -> None:
    text = "順位\n\n最新の評価では、GPT-5は21位、Claude Opus 4.1は12位だった。\n"
    assert ("GPT-5", "outperforms", "Claude Opus 4.1") not in _claims(text)


def test_places_still_order_the_models() -> None:
    text = "Board\n\nOn GPQA Diamond, GPT-5 leads at 88%, Claude Opus 4.1 is second at 84%.\n"
    assert ("GPT-5", "outperforms", "Claude Opus 4.1") in _claims(text)


def test_a_section_heading_at_the_head_owns_no_spec_line() -> None:
    text = "Frequently Asked Questions\n\nHow long can prompts be?\nContext Window128K tokens\n\nSee below.\n"
    assert not _run(text).attributes


def test_a_claim_on_another_benchmark_is_not_the_headings_restatement() -> None:
    text = (
        "GPT-5 Beats Claude Opus 4.1\n\n"
        "GPT-5 outperforms Claude Opus 4.1 on SWE-bench Verified, the lab said. "
        "GPT-5 also outperforms Claude Opus 4.1 on GPQA Diamond by a wide margin.\n"
    )
    got = {(c.subject, c.object, c.benchmark) for c in _run(text).claims}
    assert ("GPT-5", "Claude Opus 4.1", "GPQA Diamond") in got
    assert len(got) == 2  # the heading and its lede are one claim


def test_a_second_magnitude_is_a_claim_of_its_own() -> None:
    text = (
        "Gemini 2.5 Flash Is Cheaper Than GPT-5\n\n"
        "Gemini 2.5 Flash is 10x cheaper than GPT-5 on input tokens. "
        "On output tokens Gemini 2.5 Flash is 4x cheaper than GPT-5.\n"
    )
    assert {c.magnitude for c in _run(text).claims} == {10.0, 4.0}


def test_places_in_sign_ups_or_by_price_are_no_outperforms() -> None:
    sales = "Sign-ups\n\nIn sign-ups, GPT-5 leads, Gemini 2.5 Pro is second and Claude Opus 4.1 is third.\n"
    price = "Prices\n\nBy price per token, DeepSeek V3 is first, Gemini 2.5 Flash is second.\n"
    assert not _claims(sales)
    assert not _claims(price)


def test_the_second_model_listed_is_no_place() -> None:
    assert not _claims(
        "Lineup\n\nGPT-5 leads the lineup page, and GPT-5 mini is the second model listed there.\n"
    )
