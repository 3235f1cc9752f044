"""A new member named by a version and then a proper word ('Talwyn 3.5 Quill') keeps the word where the page
writes the name once, with the subject's score after it; a title-case verb, a product word or a word the page
also writes small after a version is not part of the name."""

from __future__ import annotations

from datetime import UTC, datetime

from extractors.facts.nlp import extract
from schema.records import Article, Extraction


def _run(text: str) -> Extraction:
    title = text.split("\n", 1)[0]
    art = Article(
        url="https://probe.example/p", title=title, text=text, published_at=datetime(2026, 12, 3, tzinfo=UTC)
    )
    return extract(art)


def _scores(text: str) -> set[tuple[str, float]]:
    return {(s.model, s.value) for s in _run(text).scores}


def test_a_word_between_the_version_and_a_score_verb_is_the_names() -> None:
    text = (
        "Spring trial\n\nIn the spring trial Talwyn 3.5 Quill posted 12.6% on GPQA Diamond "
        "against 19% for Morrow 2.\n"
    )
    assert ("Talwyn 3.5 Quill", 12.6) in _scores(text)


def test_a_word_right_before_the_figure_is_the_names() -> None:
    text = (
        "Early results\n\nOn GPQA Diamond the leader then was Talwyn 3 Ember 61.2%, "
        "while Morrow 2 reached 58%.\n"
    )
    assert ("Talwyn 3 Ember", 61.2) in _scores(text)


def test_a_word_before_a_figure_that_ends_the_clause_is_the_names() -> None:
    text = (
        "Spring trial\n\nOur GPQA Diamond pick remains Talwyn 3.5 Quill, at an average of 47.3. "
        "No rival came near.\n"
    )
    assert ("Talwyn 3.5 Quill", 47.3) in _scores(text)


def test_a_known_familys_new_member_takes_the_word_too() -> None:
    text = (
        "Spring trial\n\nLast winter Claude 6.5 Quill logged 13.4% on GPQA Diamond, well short of experts.\n"
    )
    assert ("Claude 6.5 Quill", 13.4) in _scores(text)


def test_a_title_case_verb_is_not_part_of_the_name() -> None:
    text = "Early results\n\nIn our own runs Talwyn 3 Achieves 61% on GPQA Diamond, a jump from last year.\n"
    models = {m for m, _v in _scores(text)}
    assert "Talwyn 3 Achieves" not in models


def test_a_word_the_page_writes_small_is_not_part_of_the_name() -> None:
    text = (
        "Early results\n\nAfter launch Talwyn 3 Downloads rose 40% in a week, though downloads are no score; "
        "on GPQA Diamond it reached 61.2%.\n"
    )
    models = {m for m, _v in _scores(text)} | {c.name for c in _run(text).candidates}
    assert "Talwyn 3 Downloads" not in models


def test_a_word_with_no_score_after_it_is_not_part_of_the_name() -> None:
    text = (
        "Early results\n\nWe tried Talwyn 3 Quill mode for a week and then went back to Morrow 2 "
        "on GPQA Diamond.\n"
    )
    models = {c.name for c in _run(text).candidates}
    assert "Talwyn 3 Quill" not in models
