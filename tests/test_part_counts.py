"""A count of parameters that sizes a part of the model (a decoding module, a draft model, one expert of
many) is not the model's size; the model's own counts in the same kind of sentence stay (model_parts)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.facts.model_parts import part_count
from extractors.facts.nlp import extract
from schema.records import Article


def sizes(text: str) -> set[tuple[str, str, str]]:
    ex = extract(
        Article(url="https://t.example/p", text=text, published_at=datetime(2026, 6, 5, 12, tzinfo=UTC))
    )
    return {(a.subject, a.attribute, a.value) for a in ex.attributes if a.attribute.startswith("parameters")}


def test_a_parts_size_is_not_the_models() -> None:
    text = (
        "Orla 7 arrives with sight and sound\n\n"
        "Brightfield released Orla 7 on Tuesday. To read pictures, Orla 7 pairs a 600M-parameter "
        "vision encoder with its language backbone. A two-layer prediction module speeds up decoding "
        "(140M params in the base checkpoint). The mixture has sixteen experts (each 5B parameters) and "
        "routes two per token.\n"
    )
    assert sizes(text) == set()


def test_the_models_own_counts_stay() -> None:
    text = (
        "Orla 7 arrives\n\n"
        "Brightfield released Orla 7 on Tuesday. Small enough for one laptop, Orla 7 carries 2.6 billion "
        "parameters. Pell-5 has 52B total parameters with 12B active per token.\n"
    )
    assert {
        ("Orla 7", "parameters_total", "2600000000"),
        ("Pell-5", "parameters_total", "52000000000"),
        ("Pell-5", "parameters_active", "12000000000"),
    } <= sizes(text)


def _at(sentence: str, count: str) -> bool:
    start = sentence.index(count)
    return part_count(sentence, 0, len(sentence), start, start + len(count))


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Its draft model, at 1.2B parameters, proposes tokens for Orla 7 to check.", "1.2B"),
        ("Orla 7 splits its layers into 32 experts of 2B parameters each.", "2B"),
        ("Orla 7 routes over sixty experts, each 900M in size.", "900M"),
        ("Orla 7 reads images through a 450M parameter vision transformer of its own.", "450M"),
        ("A small prediction module (210M params in all) speeds up decoding for Orla 7.", "210M"),
    ],
)
def test_part_counts(sentence: str, count: str) -> None:
    assert _at(sentence, count)


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Orla 7 has 270 million parameters, 170 million of them in its embeddings.", "270 million"),
        ("Orla 7 (30B parameters) keeps its vision encoder frozen.", "30B"),
        ("Pell-5 has 52B total parameters with 12B active per token.", "12B"),
        ("Each release grows: Orla 7 now has 30B parameters.", "30B"),
        ("Orla 7 routes over 64 experts with 11B active parameters per token.", "11B"),
        ("Rivals bolt on an image encoder, but Orla 7 (26B parameters) reads pixels itself.", "26B"),
        ("The update brings new planner modules and, to Orla 7 (9B parameters), more memory.", "9B"),
        ("Tessel shipped Orla 7 on Monday as a retrieval module (4B parameters) for its search app.", "4B"),
        ("Tessel shipped Orla 7, an image encoder (0.9B parameters) for photo search.", "0.9B"),
    ],
)
def test_model_counts_left_alone(sentence: str, count: str) -> None:
    assert not _at(sentence, count)


def test_the_model_sized_beside_a_part_keeps_its_count() -> None:
    text = (
        "Orla 7 and Pell-5 are out\n\n"
        "Brightfield launched Orla 7 this week, a speech encoder (1.4B parameters) for call-centre audio. "
        "Pell-5 sends every token to 96 experts with 17B active parameters each step, 380B in all. "
        "Older rivals keep a separate audio encoder, while Pell-5 (380B parameters) folds it in.\n"
    )
    got = sizes(text)
    assert {
        ("Orla 7", "parameters_total", "1400000000"),
        ("Pell-5", "parameters_active", "17000000000"),
        ("Pell-5", "parameters_total", "380000000000"),
    } <= got
