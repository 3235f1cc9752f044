"""Texts where the new-name shapes must not fire: a host's or a word's name before a family's model ('Groq
Qwen 7B', 'Chinese Qwen 7B': the page writes the word on its own too) is not a model named after the family,
a count after a product's upper-case suffix ('Acme-SDK 2B downloads') is no model's size, and a number with
a Chinese or Japanese unit after it ('Name-V 85分', 'Name-V 3倍') is no version."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.facts.entities import knowledge
from extractors.facts.members import snapshot_mentions
from extractors.facts.nlp import extract
from schema.records import Article, Extraction


def _run(text: str) -> Extraction:
    title = text.split("\n", 1)[0]
    when = datetime(2026, 12, 3, tzinfo=UTC)
    art = Article(url="https://probe.example/x", title=title, text=text, published_at=when)
    return extract(art)


def _models(text: str) -> set[str]:
    x = _run(text)
    return {s.model for s in x.scores} | {c.name for c in x.candidates}


def test_a_host_written_on_its_own_too_is_not_part_of_the_name() -> None:
    text = "Hosts\n\nWe served it on Pellworth, where Pellworth Qwen 7B scored 61.2 on MMLU.\n"
    assert "Pellworth Qwen 7B" not in _models(text)


def test_a_host_named_with_via_is_not_part_of_the_name() -> None:
    text = "Hosts\n\nWe reached it via Pellworth, and Pellworth Gemma 9B scored 61.2 on MMLU.\n"
    assert "Pellworth Gemma 9B" not in _models(text)


def test_a_short_form_of_the_new_name_keeps_it() -> None:
    text = "Notes\n\nThe team's Corvid Gemma 9B scored 66.1 on MMLU; Corvid is their first open model.\n"
    assert "Corvid Gemma 9B" in _models(text)


def test_a_people_word_alone_is_not_part_of_the_name() -> None:
    text = "Labs\n\nLast year, Phi-4 scored 80.4 on MMLU while the Japanese Gemma 7B got 60.1.\n"
    assert "Japanese Gemma 7B" not in _models(text)


def test_a_title_case_headings_verb_is_not_part_of_the_name() -> None:
    text = "Guides\n\n## How To Run Qwen 7B Locally\n\nThe quantised build scores 61.2 on MMLU.\n"
    assert "Run Qwen 7B" not in _models(text)


def test_a_name_of_its_own_before_the_family_is_still_a_model() -> None:
    text = "Boards\n\nOn the board, Marlowe's Finch Qwen 3.5B reaches 61.2 on MMLU.\n"
    assert "Finch Qwen 3.5B" in _models(text)


def test_a_count_after_a_products_suffix_is_no_size() -> None:
    text = "Launch\n\nThe Acme-SDK 2B downloads came in March. Its Relay-API 3B requests doubled.\n"
    assert not _models(text)


def test_a_kind_suffix_and_a_size_are_still_a_model() -> None:
    text = "Speech\n\nThe new Pelican-ASR 7B scores 61.2 on MMLU.\n"
    assert "Pelican-ASR 7B" in _models(text)


def test_a_figure_with_a_cjk_unit_is_no_version() -> None:
    text = "中文\n\nMMLU得分:Quorra-V 85分,GPT-5 88分。Quorra-V 3倍于GPT-5,Quorra-V 2个版本都已发布。\n"
    assert not {"Quorra-V 85", "Quorra-V 3", "Quorra-V 2"} & _models(text)


def test_a_version_glued_to_cjk_is_still_the_names() -> None:
    text = "中文\n\nQuorra-V 3.5的MMLU得分为71.2。\n"
    assert "Quorra-V 3.5" in _models(text)


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("claude-sonnet-4-9", "Claude Sonnet 4.9"),  # 4 and 4.6 known, 4.9 not: the id's version, not 4
        ("Claude-Opus-4-9-20270101", "Claude Opus 4.9"),
        ("gpt-5-8-mini", "GPT-5.8 mini"),
        ("gpt-5-2026-03", "GPT-5"),  # a dated snapshot, not a version
        ("grok-2-08-13", "Grok 2"),  # a month and day
        ("qwen3-30-a3b", "Qwen3"),  # a total size written without its unit before an active size
    ],
)
def test_an_id_keeps_the_minor_version_it_writes(surface: str, name: str) -> None:
    found = [m.canonical for m in snapshot_mentions(f"We ran {surface} today.", knowledge().model_parts)]
    assert found and found[0].lower() == name.lower()
