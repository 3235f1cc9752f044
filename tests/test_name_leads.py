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
    "Desk diary: a mid-size model against a tiny one\n"
    "{lead} Nerva 3 22B when answers matter more than speed; Tolvo 2 4B is the one to keep for phones.\n"
    "On our reading quiz Nerva 3 22B comes out ahead of Tolvo 2 4B, 47.3 against 39.8.\n"
)


@pytest.mark.parametrize("lead", ["Pick", "Choose", "Consider"])
def test_advice_before_a_new_name_is_not_part_of_it(lead: str) -> None:
    ex = _run(_PAGE.format(lead=lead))
    assert f"{lead} Nerva 3 22B" not in _names(ex)
    assert ("Nerva 3 22B", "outperforms", "Tolvo 2 4B") in {
        (c.subject, c.relation, c.object) for c in ex.claims
    }


def test_a_headline_verb_and_a_little_word_are_not_part_of_it() -> None:
    text = (
        "Notes from the week\n\n"
        "Outperforms Brisa 4 11B by a clear margin on the routing set we keep.\n\n"
        "Just Brisa 5 Mini is cheaper per call, at $0.20 against $0.90.\n"
    )
    names = _names(_run(text))
    assert "Outperforms Brisa 4 11B" not in names and "Just Brisa 5 Mini" not in names


def test_a_label_glued_before_a_new_name_is_not_part_of_it() -> None:
    text = "Spec sheet\n\nIntroduction Tolvo K4 weighs in at 620B parameters; a token wakes 18B of them.\n"
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
        "Pick Nerva 3 22B when answers matter more than speed.\n"
        "Kelvo 8 70B, a larger model we also ran, beats Tolvo 2 4B on every coding test.\n"
    )
    claims = {(c.subject, c.relation, c.object) for c in _run(text).claims}
    assert ("Kelvo 8 70B", "outperforms", "Tolvo 2 4B") in claims
    assert not any(s == "Nerva 3 22B" and o == "Tolvo 2 4B" for s, _, o in claims)


def _scores(ex: Extraction) -> set[tuple[str, str, float]]:
    return {(s.model, s.benchmark, s.value) for s in ex.scores}


@pytest.mark.parametrize(
    ("text", "variant", "base", "figure"),
    [
        # a variant word after the version is the variant's own, not a lead word to cut away
        (
            "Desk notes\n\nMarrow 5 Local runs offline on a notebook. On GPQA Diamond Marrow 5 Local gets "
            "48.5%, where Marrow 5 gets 66.3%.\n",
            "Marrow 5 Local",
            "Marrow 5",
            48.5,
        ),
        (
            "Desk notes\n\nFennick 7 Lightweight fits on a phone. Fennick 7 Lightweight reaches 37.9% on "
            "MMLU-Pro; Fennick 7 itself reaches 62.4%.\n",
            "Fennick 7 Lightweight",
            "Fennick 7",
            37.9,
        ),
    ],
)
def test_a_variant_word_after_the_version_stays_in_the_name(
    text: str, variant: str, base: str, figure: float
) -> None:
    found = _scores(_run(text))
    assert any(m == variant and v == figure for m, _, v in found)
    assert not any(m == base and v == figure for m, _, v in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a listed word inside a name, or right before its version, is the name's own
        ("Desk notes\n\nHollin Local 4 scored 57.5% on MMLU in our run.\n", "Hollin Local 4"),
        ("Desk notes\n\nSelect 6 Pro scored 44.1% on MMLU in our run.\n", "Select 6 Pro"),
        ("Desk notes\n\nLocal 8 Mini, built by the Pellam group, scored 50.5% on MMLU.\n", "Local 8 Mini"),
    ],
)
def test_a_listed_word_that_does_not_open_the_sentence_before_a_name_is_kept(text: str, name: str) -> None:
    assert name in _names(_run(text))
