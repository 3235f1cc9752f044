"""Claims whose wording, not their structure, decides a side's name or the relation: a headline's genre word
after a model's name ('Name Review: …') is no part of the name, and a judging comparative whose measure is a
speed ('better throughput than B', '比 B 高出 30% 的吞吐量') is a claim of speed, not of quality. Invented
models, our own sentences; the must-nots keep a variant word and a quality measure as they were."""

from __future__ import annotations

import pytest

from extractors.facts.nlp import extract
from schema.records import Article, ClaimFact


def _claims(text: str) -> set[tuple[str, str, str | None, str]]:
    article = Article(url="https://claimdesk.example/w", text=text, title=text.split("\n")[0])
    return {(c.subject, c.relation, c.object, c.polarity) for c in extract(article).claims}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's genre word after the subject's name
        (
            "Velda-4 Review: Nine Times Cheaper Than Orrin-2, Tested Side by Side\n\nA week with Velda-4.",
            ("Velda-4", "cheaper_than", "Orrin-2", "asserts"),
        ),
        (
            "Velda-4 Flash Explained: Faster Than Orrin-2 Mini\n\nA short tour of Velda-4 Flash.",
            ("Velda-4 Flash", "faster_than", "Orrin-2 Mini", "asserts"),
        ),
        (
            "Velda-4 Guide: Velda-4 Outperforms Orrin-2 on Long Documents\n\nNotes from our desk.",
            ("Velda-4", "outperforms", "Orrin-2", "asserts"),
        ),
        # a speed judged 'better' or 'worse'
        (
            "Velda-4 notes\n\nVelda-4 delivers up to 5x better throughput than Orrin-2 on long agent runs.",
            ("Velda-4", "faster_than", "Orrin-2", "asserts"),
        ),
        (
            "Velda-4 notes\n\nIn our runs Velda-4 showed worse latency than Orrin-2.",
            ("Velda-4", "slower_than", "Orrin-2", "asserts"),
        ),
        (
            "Velda-4 笔记\n\nVelda-4 在保持小规模的同时,实现了比Orrin-2高出30%的推理吞吐量。",
            ("Velda-4", "faster_than", "Orrin-2", "asserts"),
        ),
        # must not: a variant word is part of the name; a quality measure stays a lead
        (
            "Velda-4 notes\n\nVelda-4 Verso beats Orrin-2 on every coding task we tried.",
            ("Velda-4 Verso", "outperforms", "Orrin-2", "asserts"),
        ),
        (
            "Velda-4 notes\n\nVelda-4 gives better answers than Orrin-2 on hard science questions.",
            ("Velda-4", "outperforms", "Orrin-2", "asserts"),
        ),
        (
            "Velda-4 notes\n\nVelda-4 is better than Orrin-2 at speed-reading quizzes.",
            ("Velda-4", "outperforms", "Orrin-2", "asserts"),
        ),
        (
            "Velda-4 notes\n\nVelda-4 gives better answers at speed than Orrin-2, its makers claim.",
            ("Velda-4", "outperforms", "Orrin-2", "asserts"),
        ),
        (
            "Velda-4 笔记\n\nVelda-4 比Orrin-2高出12%的准确率。",
            ("Velda-4", "outperforms", "Orrin-2", "asserts"),
        ),
        (
            "Velda-4 笔记\n\nVelda-4 的价格比Orrin-2低40%。",
            ("Velda-4", "cheaper_than", "Orrin-2", "asserts"),
        ),
    ],
)
def test_wording_sets_the_name_and_the_relation(
    text: str, expected: tuple[str, str, str | None, str]
) -> None:
    assert _claims(text) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Velda-4 notes\n\nVelda-4 tops the board, and Lumo Labs keeps testing ahead of the Orrin-2 launch.",
        "Velda-4 notes\n\nArena votes stay key for Velda-4 ahead of potential Orrin-2 previews.",
    ],
)
def test_ahead_of_an_event_is_a_time(text: str) -> None:
    assert not any(c.object == "Orrin-2" for c in _claims_of(text))


@pytest.mark.parametrize(
    ("text", "objects"),
    [
        ("Velda-4 notes\n\nVelda-4 sits ahead of Orrin-2 on the arena board.", {"Orrin-2"}),
        (
            "Velda-4 notes\n\nVelda-4 lands ahead of Orrin-2 Preview and Tarn-3 in coding.",
            {"Orrin-2 Preview", "Tarn-3"},
        ),
    ],
)
def test_ahead_of_a_model_is_still_a_lead(text: str, objects: set[str]) -> None:
    assert {c.object for c in _claims_of(text) if c.relation == "outperforms"} == objects


def _claims_of(text: str) -> list[ClaimFact]:
    return list(
        extract(Article(url="https://claimdesk.example/t", text=text, title=text.split("\n")[0])).claims
    )
