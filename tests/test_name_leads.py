"""A word of advice, a headline verb or a little word opening a sentence in front of a name never seen
before is not the name's first word (extractors.facts.name_leads): the page keeps one model, and the
comparisons that weigh it against the page's other model find that model."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.facts.nlp import extract
from schema.records import Article, Extraction


def _run(text: str) -> Extraction:
    title = text.split("\n", 1)[0]
    art = Article(
        url="https://probe.example/leads",
        title=title,
        text=text,
        published_at=datetime(2026, 12, 5, tzinfo=UTC),
    )
    return extract(art)


def _names(ex: Extraction) -> set[str]:
    return (
        {s.model for s in ex.scores}
        | {c.name for c in ex.candidates}
        | {c.subject for c in ex.claims}
        | {c.object for c in ex.claims}
    )


_PAGE = (
    "Side by side: two small open models on our desk tests\n"
    "{lead} Nerva 3 27B if the stronger profile matters to you. Tolvo 2 3B only wins when the longer "
    "context window is what you need.\n"
    "Nerva 3 27B has the edge for knowledge tasks in this comparison, averaging 34.6 versus 24.5.\n"
)


@pytest.mark.parametrize("lead", ["Pick", "Choose", "Consider"])
def test_advice_before_a_new_name_is_not_part_of_it(lead: str) -> None:
    ex = _run(_PAGE.format(lead=lead))
    assert f"{lead} Nerva 3 27B" not in _names(ex)
    assert ("Nerva 3 27B", "outperforms", "Tolvo 2 3B") in {
        (c.subject, c.relation, c.object) for c in ex.claims
    }


def test_a_headline_verb_and_a_little_word_are_not_part_of_it() -> None:
    text = (
        "Notes from the week\n\n"
        "Outperforms Brisa 4 13B on our routing set by a clear margin.\n\n"
        "Just Brisa 5 Mini is cheaper per call, at $0.20 against $0.90.\n"
    )
    names = _names(_run(text))
    assert "Outperforms Brisa 4 13B" not in names and "Just Brisa 5 Mini" not in names


def test_a_label_glued_before_a_new_name_is_not_part_of_it() -> None:
    text = "Spec sheet\n\nIntroduction Tolvo K4 is a 1T-parameter model with 40B active parameters.\n"
    names = _names(_run(text))
    assert "Introduction Tolvo K4" not in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name that merely starts with the letters of a listed word keeps them
        ("Desk notes\n\nPickett 2 7B scored 61.2% on MMLU in our run.\n", "Pickett 2 7B"),
        ("Desk notes\n\nJustus 4 9B scored 58.0% on MMLU in our run.\n", "Justus 4 9B"),
        # an ordinary capitalised word we do not list still opens a new name
        ("Desk notes\n\nKelvo Strata 3 scored 70.4% on MMLU in our run.\n", "Kelvo Strata 3"),
    ],
)
def test_names_that_only_look_alike_are_kept(text: str, name: str) -> None:
    assert name in _names(_run(text))


def test_a_comparison_about_a_third_model_keeps_its_subject() -> None:
    text = (
        "Side by side: two small open models on our desk tests\n"
        "Pick Nerva 3 27B if the stronger profile matters to you.\n"
        "Kelvo 8 70B, a larger model we also ran, beats Tolvo 2 3B on every coding test.\n"
    )
    claims = {(c.subject, c.relation, c.object) for c in _run(text).claims}
    assert ("Kelvo 8 70B", "outperforms", "Tolvo 2 3B") in claims
    assert not any(s == "Nerva 3 27B" and o == "Tolvo 2 3B" for s, _, o in claims)
