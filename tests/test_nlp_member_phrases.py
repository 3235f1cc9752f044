"""A member a sentence describes instead of naming ('the Pro version', 'a Mini mixture-of-experts model', 'a
dense 4B parameter model' beside another member, 'the largest Name 3 model') owns the figures of its clause:
they go to that member ('Name 3 Pro', 'Name 3 4B'), not to the family the reader found. A phrase said of the
name itself, a stage word ('the Base version'), a lone sized phrase, a 'flagship',
and a figure a named model stands between keep the family's subject."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.facts.nlp import extract
from schema.records import Article

T, A, W = "parameters_total", "parameters_active", "context_window_tokens"


def facts(text: str) -> set[tuple[str, str, str]]:
    ex = extract(
        Article(url="https://t.example/m", text=text, published_at=datetime(2026, 7, 2, 12, tzinfo=UTC))
    )
    return {(a.subject, a.attribute, a.value) for a in ex.attributes if a.attribute in (T, A, W)}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Corvane Labs split Tessel-V3 into tiers this spring. Everyday chat runs on the Base version, "
            "which keeps 180B parameters in total. Its Ultra edition, aimed at long agent runs, carries 2.4T "
            "total parameters and switches on 61B active parameters for each token.",
            {("Tessel-V3 Ultra", T, "2400000000000"), ("Tessel-V3 Ultra", A, "61000000000")},
            {("Tessel-V3", T, "2400000000000"), ("Tessel-V3", A, "61000000000")},
        ),
        (
            "Ostara AI offers Brill 5 in two shapes: a Nano variant for phones that runs 2 billion active "
            "parameters out of 7 billion total, and a dense 22B parameter model for workstations.",
            {
                ("Brill 5 Nano", A, "2000000000"),
                ("Brill 5 Nano", T, "7000000000"),
                ("Brill 5 22B", T, "22000000000"),
            },
            {("Brill 5", T, "7000000000"), ("Brill 5", A, "2000000000"), ("Brill 5", T, "22000000000")},
        ),
        (
            "Weldon Research opened several Quarrow 3 checkpoints. Among them, the biggest Quarrow 3 model "
            "weighs in at 310 billion parameters and needs eight GPUs.",
            {("Quarrow 3 310B", T, "310000000000")},
            {("Quarrow 3", T, "310000000000")},
        ),
    ],
)
def test_member_phrase_owns_its_figures(
    text: str, expected: set[tuple[str, str, str]], absent: set[tuple[str, str, str]]
) -> None:
    got = facts(text)
    assert expected <= got
    assert not (absent & got)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # said of the name itself: the model is the phrase
        ("Tessel-V3 is a 640B parameter MoE model with 31B active parameters per token.", ("Tessel-V3", T)),
        # a stage word is the family itself
        ("The Base version of Tessel-V3 holds 180B parameters in total.", ("Tessel-V3", T)),
        # one sized phrase alone describes the page's model, no member
        (
            "Quarrow 3 arrives next week. A 52B parameter dense model, it targets single servers.",
            ("Quarrow 3", T),
        ),
        # a flagship is the page's model, no member by size
        (
            "Today the flagship Quarrow 3 model with 310 billion parameters leads the open charts.",
            ("Quarrow 3", T),
        ),
    ],
)
def test_phrases_that_keep_the_subject(text: str, kept: tuple[str, str]) -> None:
    got = facts(text)
    assert any((s, a) == kept for s, a, _ in got), got
    assert not any(s.startswith(kept[0] + " ") and a == kept[1] for s, a, _ in got), got


def test_a_named_model_between_breaks_the_phrase() -> None:
    got = facts(
        "Brill 5 ships in two sizes. The Pro version, unlike Garnet 2 Ultra with 70B parameters, stays "
        "private."
    )
    assert ("Brill 5 Pro", T, "70000000000") not in got
