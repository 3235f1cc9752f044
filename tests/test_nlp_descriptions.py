"""A model's description read like a pronoun ('this 41-billion-parameter model', 'le modèle'): which phrases
are descriptions, and the size one gives its model."""

from __future__ import annotations

import pytest

from extractors.facts.descriptions import description_re, description_size, is_description


@pytest.mark.parametrize(
    "text",
    [
        "Lab says this 41-billion-parameter model fits on two cards.",
        "Since launch, the new multimodal model reads long files.",
        "Selon Lab, le modèle lit de longs fichiers.",
        "Laut Lab bietet das Modell viel Kontext.",
        "据介绍，该模型支持长文本。",
    ],
)
def test_descriptions_found(text: str) -> None:
    assert description_re().search(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Analysts doubted the business model behind it.",  # another kind of model
        "Name 3 is the full reasoning model of the pair.",  # a predicate, not a subject
        "Lab shipped the new model Name 3 today.",  # a name follows: the name is the subject
        "It runs like a 7B model on phones.",  # indefinite: any model of that size
        "Le modèle Name 4 arrive demain.",
        "The AI model market doubled this year.",  # the head of another thing's name
        "The latest version of the chat app is out.",  # a version of something that is no model
        "The open model community grew.",  # the head of another thing's name
    ],
)
def test_not_descriptions(text: str) -> None:
    assert description_re().search(text) is None


def test_description_size_and_kind() -> None:
    assert description_size("this 41-billion-parameter model") == "41B"
    assert description_size("the flagship 7B variant") == "7B"
    assert description_size("le modèle") is None
    assert is_description("the open-weight model") and not is_description("it")
    assert not is_description("the new model")  # a pronoun word, read as before


def test_a_sized_description_no_member_answers_is_no_model_of_the_page() -> None:
    """'The 4B model' on a page whose members are 9B and 90B is some other model: its '4B' sizes no member,
    and what follows is no member's."""
    from extractors.facts.nlp import extract
    from schema.records import Article

    text = (
        "Drumlin 2 in two sizes\n\nOrlan AI released Drumlin 2 9B and Drumlin 2 90B.\n\n"
        "The 4B model from the spring had 4.3 billion parameters, the team recalled."
    )
    ex = extract(Article(url="https://t.example/drumlin", text=text, title="Drumlin 2 in two sizes"))
    assert not [a for a in ex.attributes if a.subject in ("Drumlin 2 9B", "Drumlin 2 90B")]


def test_a_group_of_other_things_opening_the_sentence_holds_no_figure_past_its_commas() -> None:
    """'Both labs, after …, agreed on a 128K window': the group is the labs, not the page's two models."""
    from extractors.facts.nlp import extract
    from schema.records import Article

    text = (
        "Tovik 4 and Brannel 2\n\nPelham Labs released Tovik 4 on Monday, and Osk answered with "
        "Brannel 2.\n\n"
        "Both labs, after months of talks, agreed on a shared 128K context window for partners."
    )
    ex = extract(Article(url="https://t.example/both-labs", text=text, title="Tovik 4 and Brannel 2"))
    assert not ex.attributes


def test_description_pattern_opens_on_literal_characters() -> None:
    """The word start and the copula are checked after a description's first character, so `re` skips to
    the positions that hold one; the matches are those of the words at a word start."""
    from extractors.facts.descriptions import description_re

    rx = description_re()
    assert rx.pattern.startswith("(?:T(?:(?<!")
    text = (
        "The new model leads. Kestrel is the new model here; as the new model does, this 9B model wins. "
        "Outhe new model, the new model Vireo 2, le modèle suit; dasle modèle; 该模型很快, "
        "the AI model market."
    )
    assert [m.group() for m in rx.finditer(text)] == [
        "The new model",
        "this 9B model",
        "le modèle",
        "该模型",
    ]
