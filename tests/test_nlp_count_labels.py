"""A parameter count whose kind only its label says ('a total parameter count of N', 'an activated parameter
count of M', 'a parameter scale of N'), and the active count given as a ceiling ('with up to M active per
token'): the label's kind word decides total or active; a ceiling on sizes stays no count."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.facts.nlp import extract
from schema.records import Article


def params(text: str) -> set[tuple[str, str, str]]:
    ex = extract(
        Article(url="https://t.example/p", text=text, published_at=datetime(2026, 7, 2, 12, tzinfo=UTC))
    )
    return {(a.subject, a.attribute, a.value) for a in ex.attributes if a.attribute.startswith("parameters")}


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        (
            "Nimbus Lab open-sourced Corvax 3 on Friday. Corvax 3 at a glance: activated parameter count 24 "
            "billion; total parameter count 288 billion; a 256K window.",
            {
                ("Corvax 3", "parameters_total", "288000000000"),
                ("Corvax 3", "parameters_active", "24000000000"),
            },
            ("Corvax 3", "parameters_total", "24000000000"),
        ),
        (
            "Nimbus Lab open-sourced Corvax 3 on Friday. Corvax 3 reaches a parameter scale of 512 billion, "
            "the largest the lab has shipped.",
            {("Corvax 3", "parameters_total", "512000000000")},
            ("Corvax 3", "parameters_active", "512000000000"),
        ),
        (
            "Nimbus Lab open-sourced Corvax 3 on Friday. Corvax 3 spreads 480B total parameters over 96 "
            "experts, routing each token through up to 40B active.",
            {
                ("Corvax 3", "parameters_total", "480000000000"),
                ("Corvax 3", "parameters_active", "40000000000"),
            },
            ("Corvax 3", "parameters_total", "40000000000"),
        ),
    ],
)
def test_a_labelled_count_takes_its_labels_kind(
    text: str, expected: set[tuple[str, str, str]], forbidden: tuple[str, str, str]
) -> None:
    got = params(text)
    assert expected <= got
    assert forbidden not in got


@pytest.mark.parametrize(
    "text",
    [
        # a ceiling on the sizes a lab trains is no model's count
        "Nimbus Lab open-sourced Corvax 3 on Friday. The lab trains partner models of up to 70B parameters.",
        # a token count of training data is no parameter count
        "Nimbus Lab open-sourced Corvax 3 on Friday. Corvax 3 saw a token count of 18 trillion in training.",
    ],
)
def test_no_count_without_a_parameter_label(text: str) -> None:
    assert not any(v in ("70000000000", "18000000000000") for _s, _a, v in params(text))


@pytest.mark.parametrize(
    "text",
    [
        # users, not parameters: a ceiling of something else the product reaches
        "Dunmere Labs shipped Corvane Max, a chat app that now draws up to 3B active users each month.",
        # a card's memory for weights in a serving guide is no model's active count
        "Corvane 3 is an 80B model. Serving tips: a card holding up to 20B active weights in memory does the "
        "job after quantizing.",
        # a clause-final ceiling after a serving verb counts users or requests, whatever came before
        "Corvane 3 has 120B parameters, and its hosted tier serves up to 5B active.",
        "Corvane 3 has 120B parameters. The assistant on top of it peaks at up to 9M active, its maker says.",
    ],
)
def test_up_to_n_active_of_something_else_is_no_count(text: str) -> None:
    assert not any(a == "parameters_active" for _s, a, _v in params(text))


def test_up_to_n_active_weights_a_token_routes_through_is_the_active_count() -> None:
    text = "Corvane 3 sends every token through up to 11B active experts' weights, fewer than Corvane 2 did."
    assert ("Corvane 3", "parameters_active", "11000000000") in params(text)
