"""Texts where the new-name shapes must not fire: a host's or a word's name before a family's model ('Groq
Qwen 7B', 'Chinese Qwen 7B': the page writes the word on its own too) is not a model named after the family,
and a count after a product's upper-case suffix ('Acme-SDK 2B downloads') is no model's size."""

from __future__ import annotations

from datetime import UTC, datetime

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


def test_a_people_word_the_page_uses_elsewhere_is_not_part_of_the_name() -> None:
    text = "Labs\n\nChinese labs are busy. The Chinese Qwen 7B scored 61.2 on MMLU.\n"
    assert "Chinese Qwen 7B" not in _models(text)


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
