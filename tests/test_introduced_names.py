"""Names a page introduces as models without a version: found by a parameter count or by being called a
model, with invented names and figures."""

from __future__ import annotations

from extractors.facts import nlp
from extractors.facts.introduced_names import introduced_names
from schema.records import Article


def _names(text: str) -> list[str]:
    return [n for n, _s, _e in introduced_names(text)]


def test_parameter_count_introduces_a_name() -> None:
    assert _names("Orrin Mesa, a 9B parameter LLM, is out today.") == ["Orrin Mesa"]
    assert _names("Vantor is a 40 billion parameter mixture-of-experts model.") == ["Vantor"]


def test_called_and_apposed_names() -> None:
    assert _names("The lab trained an LLM called Vantor on web text.") == ["Vantor"]
    assert _names("Its new model, Kestrel-Large, scored 71 on a quiz.") == ["Kestrel-Large"]


def test_a_size_in_parentheses_introduces_a_name() -> None:
    text = "The line-up is Dask Mini (8 billion parameters), Dask Max (70B) and Pim (450M)."
    assert _names(text) == ["Dask Mini", "Dask Max", "Pim"]
    assert _names("The total (5B) and In 2024 (3B) are counts.") == []


def test_a_makers_possessive_and_a_score_verb_introduce_a_name() -> None:
    text = "Ostmark’s “Lintel” reached 22.4%, Rivet's “Q.V 3” posted 9.8% and its AI Scribe hit 51%."
    assert _names(text) == ["Lintel", "Q.V 3", "AI Scribe"]
    assert _names("Vendor's Gemini scored 40%.") == []  # a family's bare word: which member is unsaid
    assert _names("Tarn-5's Screen Use API scored 70%.") == []  # a model's product


def test_not_a_part_a_pronoun_a_list_or_a_tail() -> None:
    assert _names("The Glint, a 400-million-parameter vision encoder, reads images.") == []
    assert _names("It is a 7B parameter model.") == []
    assert _names("Serve the model, API, and weights together.") == []
    assert _names("Vendor-V4-Pro shipped. V4-Pro is a 1T parameter MoE model.") == []


def test_an_introduced_name_carries_its_attributes() -> None:
    text = (
        "Hollin Labs put out the weights of an LLM called Sedge on Monday.\n\n"
        "Sedge is a 27 billion parameter dense model trained mostly on code."
    )
    ex = nlp.extract(Article(url="file:///sedge", text=text))
    assert ("Sedge", "parameters_total", "27000000000") in {
        (a.subject, a.attribute, a.value) for a in ex.attributes
    }


def test_a_family_word_introduced_as_one_model_is_that_model() -> None:
    # the family must be one the patterns know (here 'Granite'); the sentence and figures are invented
    text = "Granite is a 31 billion parameter model for code.\n\nOn a toy quiz, Granite scored 64.5%."
    ex = nlp.extract(Article(url="file:///granite", text=text))
    assert ("Granite", "parameters_total", "31000000000") in {
        (a.subject, a.attribute, a.value) for a in ex.attributes
    }


def test_a_figure_in_parentheses_after_a_lab_or_a_place_is_no_model() -> None:
    assert _names("The startup raised money from Tarnbank (40B) and Vendorsoft (13B).") == []
    assert _names("Usage grew fastest in Norland (300M) last year.") == []
    assert _names("The lab hosts three models: - Kesto-Nano (8B) for phones.") == ["Kesto-Nano"]


def test_a_possessive_score_needs_a_score_figure_and_a_model() -> None:
    # a person, a user count, a market count and a multiple are not a model's score (invented sentences)
    assert _names("The college's Mira Holt scored 92% on the final paper.") == []
    assert _names("Tarnlab's Quillpad reached 100 million users in May.") == []
    assert _names("Vendor's Lumen Visor hit 3 markets this spring.") == []
    assert _names("Vendor's Forge Max reached 2 times the speed.") == []
    # a benchmark named after the figure still introduces the name
    assert _names("Tarnlab's Quillpad scored 41% on GPQA Diamond.") == ["Quillpad"]


def test_a_bare_model_apposition_is_not_a_name() -> None:
    assert _names("As the model, Figure 3, shows the loss falls.") == []
    assert _names("They kept testing the model, Petra Lind, who leads the team, said.") == []
    assert _names("Its latest model, Kestrel-Large, offers long context.") == ["Kestrel-Large"]


def test_a_time_word_is_no_part_of_a_name() -> None:
    assert _names("Today Vantor is a 40 billion parameter model.") == ["Vantor"]
    assert _names("Monday Orrin Mesa, a 9B parameter LLM, shipped.") == ["Orrin Mesa"]


def test_a_version_written_as_a_tail_is_found_without_a_pattern_per_name() -> None:
    assert _names("Vendor V4-Pro shipped. V4-Pro is a 1T parameter MoE model.") == []
    assert _names("Kesto-V4-Proto shipped. V4-Pro is a 1T parameter MoE model.") == ["V4-Pro"]
