"""Names a page defines as models by its sentence, whatever the name's shape (invented names and figures)."""

from __future__ import annotations

import pytest

from extractors.facts import nlp
from extractors.facts.defined_models import defined_models
from schema.records import Article


def _names(text: str) -> list[str]:
    return [n for n, _s, _e in defined_models(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("QOLT4 is a line of tiny speech models with open weights.", "QOLT4"),
        ("Lab X put out Brenna3-nano, a compact 1.5B model meant for phones.", "Brenna3-nano"),
        ("Saffrel is Dunmore AI's first open reasoning model.", "Saffrel"),
        ("Saffrel was Dunmore Labs' first LLM.", "Saffrel"),
        ("Introducing KD-2.4 — a translation model for ten languages", "KD-2.4"),
        ("## Introduction Corvane is our multimodal reasoning model.", "Corvane"),
        ("Meet Osk 12B\n\nIt reads charts.", "Osk 12B"),
        ("Meet Tovi-3, a compact vision language model.", "Tovi-3"),
        ("Harrowgate is a family of small speech models.", "Harrowgate"),
    ],
)
def test_a_name_of_any_shape_the_page_calls_a_model(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Halberd Retail is a text benchmark that evaluates models on refunds.",  # another kind's noun first
        "Pollen 5 14B Chat is a compact chat model.",  # the tail of a longer name
        "Curious, a small open model beat them all.",  # a sentence's opening word, no name's shape
        "Per Table 7, our tiny model tops every row.",  # a table's label and 'our'
        "Introducing Canvas: a new way to write.",  # a launch word and no model: a product
        "Qwen is a set of open-weight chat models.",  # a family we know
        "Quarry-Bench 2 is a suite of tasks for models.",  # a benchmark's word in the name
        "Tessellate is an open model hub for researchers.",  # a thing for models: a product
        "Quiver-2, a model router for small teams, picks the cheapest one.",
        # another thing is the phrase's head: a preposition or a relative word before the model noun
        "Brisket is a Rust toolkit for serving open models.",
        "Lanyard is a plugin that routes your prompts to LLMs.",
        "Pell Vasquez is an engineer who tunes small language models.",
        "Ormond is a way to run models on old laptops.",
        "Tamsin is a pipeline built on top of open models.",
        "Wicket is a reward model dataset.",  # the model noun modifies another thing's noun
        "Cobble is a model compression library.",
        "Fennel is an LLM-powered note app.",
        "Introducing Pallet 3: our new budgeting app.",  # an apposition whose head is not a model
        "Meet Ansel, our head of research on models.",
        "Oda Brandt is a model researcher at Fenwick.",  # a doer's noun after the model noun
        "Halyard is an open-source LLM inference server.",
    ],
)
def test_not_a_benchmark_a_tail_an_opening_word_a_label_or_a_product(text: str) -> None:
    assert _names(text) == []


def test_a_short_form_defined_on_a_page_naming_the_family_takes_the_full_name() -> None:
    # the family must be one the patterns know (here 'Hunyuan'); member, sentences and figures are invented
    text = (
        "Hunyuan T9 Reflect: first look\n\n"
        "T9 Reflect is a slow-thinking model from the lab, trained to check its own drafts first.\n\n"
        "On the team's chart it posts 48.2 on Humanity's Last Exam and 63.5 on BrowseComp.\n"
    )
    ex = nlp.extract(Article(url="file:///t9", text=text, title=text.split("\n")[0]))
    assert {(s.model, s.value) for s in ex.scores} == {
        ("Hunyuan T9 Reflect", 48.2),
        ("Hunyuan T9 Reflect", 63.5),
    }
