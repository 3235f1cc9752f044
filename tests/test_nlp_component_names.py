"""Names a page uses only as parts of an architecture ('Strata-3 layers', 'a hybrid Strata-3 design',
'Strata2+MoE', 'Strata-3/Transformer') are no models, so they take no window or size: the window goes to the
model the passage is about."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.facts.nlp import extract
from schema.records import Article


def attrs(text: str, title: str | None = None) -> set[tuple[str, str, str]]:
    ex = extract(
        Article(
            url="https://t.example/s",
            title=title,
            text=text,
            published_at=datetime(2026, 7, 2, 12, tzinfo=UTC),
        )
    )
    return {(a.subject, a.attribute, a.value) for a in ex.attributes}


@pytest.mark.parametrize(
    ("text", "owned", "component"),
    [
        (
            "Nimbus Lab's Quillon 4 holds about 300 billion parameters in all. Most of its depth is "
            "Strata-3 layers, and thanks to them the design reaches a one-million-token context window.",
            ("Quillon 4", "context_window_tokens", "1000000"),
            "Strata-3",
        ),
        (
            "Quillon 4 Nano\n\nBuilt as a Strata2+MoE stack, the small model weighs 28.4B total "
            "parameters and 2.9B active.",
            None,
            "Strata2",
        ),
    ],
)
def test_an_architecture_part_is_no_model(
    text: str, owned: tuple[str, str, str] | None, component: str
) -> None:
    got = attrs(text)
    assert not any(s == component for s, _a, _v in got)
    assert owned is None or owned in got


def scores(text: str) -> set[tuple[str, str, float]]:
    ex = extract(
        Article(url="https://t.example/s", text=text, published_at=datetime(2026, 7, 2, 12, tzinfo=UTC))
    )
    return {(s.model, s.benchmark, s.value) for s in ex.scores}


@pytest.mark.parametrize(
    ("text", "own", "taken"),
    [
        # 'layers' as the name's verb, with an object after it: the name is the sentence's model
        (
            "Roundup\n\nTessel-7 gets 68.9% on GraphQA. Corvane-3 layers a search stage over its encoder and "
            "gets 59.4% on GraphQA.",
            ("Corvane-3", "GraphQA", 59.4),
            ("Tessel-7", "GraphQA", 59.4),
        ),
        # 'state-space model' after the name says what kind of model the name is
        (
            "Roundup\n\nTessel-7 gets 68.9% on GraphQA. The Corvane-3 state-space model built by Dunmere "
            "Labs gets 57.5% on GraphQA on one phone chip.",
            ("Corvane-3", "GraphQA", 57.5),
            ("Tessel-7", "GraphQA", 57.5),
        ),
        # 'hybrid' before a name that 'model' closes: the model's own kind, no part of another design
        (
            "Roundup\n\nDunmere Labs' hybrid Corvane-3 model gets 59.4% on GraphQA. Tessel-7 gets 68.9% on "
            "GraphQA and tops the list.",
            ("Corvane-3", "GraphQA", 59.4),
            ("Tessel-7", "GraphQA", 59.4),
        ),
    ],
)
def test_a_model_described_by_its_architecture_stays_a_model(
    text: str, own: tuple[str, str, float], taken: tuple[str, str, float]
) -> None:
    got = scores(text)
    assert own in got
    assert taken not in got
