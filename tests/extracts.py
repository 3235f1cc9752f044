"""What extract() gives for a text of a test, in the shapes the tests compare: the context windows of a page
in a language, and a board's scores with or without their settings (one helper for the test files that
read the same facts)."""

from __future__ import annotations

from datetime import UTC, datetime

from extractors.facts.nlp import extract
from schema.records import Article

Fact = tuple[str, str, float, str | None]


def windows(text: str, language: str) -> set[tuple[str, str]]:
    """(subject, value) of each context window a text in `language` gives."""
    ex = extract(
        Article(
            url="https://t.example/windows",
            text=text,
            published_at=datetime(2026, 7, 2, 12, tzinfo=UTC),
            language=language,
        )
    )
    return {(a.subject, a.value) for a in ex.attributes if a.attribute == "context_window_tokens"}


def scores(text: str) -> set[Fact]:
    """(model, benchmark, value, setting) of each score of a text whose first line is its title."""
    ex = extract(Article(url="https://t.example/board", text=text, title=text.split("\n")[0]))
    return {(s.model, s.benchmark, s.value, s.setting) for s in ex.scores}


def pairs(text: str) -> set[tuple[str, str, float]]:
    """`scores` without the settings."""
    return {(m, b, v) for m, b, v, _s in scores(text)}


Claim = tuple[str, str, str, str, str | None]


def claims(text: str) -> set[Claim]:
    """(subject, relation, object, polarity, benchmark) of each claim of a text whose first line is its
    title."""
    ex = extract(Article(url="https://t.example/claims", text=text, title=text.split("\n")[0]))
    return {(c.subject, c.relation, c.object or "", c.polarity, c.benchmark) for c in ex.claims}


def ranks(text: str, language: str = "en") -> set[tuple[str, str]]:
    """(subject, place) of each leaderboard rank a text whose first line is its title gives."""
    ex = extract(
        Article(url="https://t.example/ranks", text=text, title=text.split("\n")[0], language=language)
    )
    return {(a.subject, a.value) for a in ex.attributes if a.attribute == "leaderboard_rank"}


def attributes(text: str, language: str = "en") -> set[tuple[str, str, str]]:
    """(subject, attribute, value) of each attribute a text in `language` gives."""
    title = text.split("\n")[0]
    ex = extract(Article(url="https://t.example/specs", text=text, title=title, language=language))
    return {(a.subject, a.attribute, a.value) for a in ex.attributes}
