"""A rival named in a fronted yardstick phrase ('Nine months after B, this release …', 'Unlike B, the new
model …') does not own the window or size the main clause states; the page's model does."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.facts.fronted_rivals import fronted_rival
from extractors.facts.nlp import extract
from schema.records import Article


def windows(text: str) -> set[tuple[str, str]]:
    title = text.split("\n", 1)[0]
    art = Article(
        url="https://t.example/f", title=title, text=text, published_at=datetime(2026, 7, 2, tzinfo=UTC)
    )
    return {(a.subject, a.value) for a in extract(art).attributes if a.attribute == "context_window_tokens"}


def test_yardstick_gives_no_window() -> None:
    text = (
        "Tallis 6 is here\n\nOriel released Tallis 6 on Tuesday. Two seasons after Tallis 5, this release "
        "brings a planning mode and reads up to 2 million tokens of context."
    )
    assert windows(text) == {("Tallis 6", "2000000")}


def test_named_subject_after_the_comma_keeps_it() -> None:
    text = (
        "Tallis 6 is here\n\nOriel released Tallis 6 on Tuesday. Nine months after Tallis 5, Tallis 6 reads "
        "a 2 million-token context window."
    )
    assert windows(text) == {("Tallis 6", "2000000")}


@pytest.mark.parametrize(
    ("sentence", "name", "expected"),
    [
        ("Two seasons after Tallis 5, this release reads 2M tokens.", "Tallis 5", True),
        ("Unlike Brevik 2, the new model reads 2M tokens.", "Brevik 2", True),
        ("Compared with Corvo 3, it takes 512K tokens of context.", "Corvo 3", True),
        # must not: the name is the clause's own subject, or the clause after the comma names a model
        ("Tallis 5, this lab's older model, reads 1M tokens.", "Tallis 5", False),
        ("After Tallis 5, Brevik 2 reads 1M tokens.", "Tallis 5", False),
        ("Brevik 2 reads 2M tokens after Tallis 5 shipped.", "Tallis 5", False),
    ],
)
def test_fronted_rival(sentence: str, name: str, expected: bool) -> None:
    s = sentence.index(name)
    assert fronted_rival(sentence, 0, s, s + len(name), len(sentence) - 1) is expected
