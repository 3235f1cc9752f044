"""A claim's side written as a family's bare name (our own sentences, invented names): a family no pattern
knows, listed beside a model as what a comparison is made against, is a side as written; it stands for the
page's one member of that family when the page names exactly one, and stays the family when it names
several; a lab, a noun the family qualifies or a weekday is never a side."""

from __future__ import annotations

from datetime import UTC, datetime

from extractors.facts.nlp import extract
from schema.records import Article

_OPEN = "Kestory released Tessera M2 today. "
_ONE = "Velor Nimbus 2.1 scores 71.2% on GPQA Diamond. "
_TWO = "Velor Nimbus 2.1 scores 71.2% on GPQA Diamond and Velor Strato 2.4 scores 74.0%. "


def _claims(text: str) -> set[tuple[str, str, str]]:
    article = Article(
        url="http://127.0.0.1/family-sides",
        text=text,
        published_at=datetime(2026, 3, 2, tzinfo=UTC),
        language="en",
    )
    return {(c.subject, c.relation, c.object) for c in extract(article).claims if c.polarity == "asserts"}


def test_family_opening_the_object_list() -> None:
    got = _claims(_OPEN + "Tessera M2 beats Velor and Quarro 3 on long tasks.")
    assert ("Tessera M2", "outperforms", "Velor") in got
    assert ("Tessera M2", "outperforms", "Quarro 3") in got


def test_family_closing_the_object_list() -> None:
    got = _claims(_OPEN + "On long tasks Tessera M2 edges past Quarro 3, Velor, and all other open models.")
    assert ("Tessera M2", "outperforms", "Velor") in got


def test_family_word_in_another_language_list() -> None:
    got = _claims("Tessera M2 supera Velor e Quarro 3 em tarefas longas.")
    assert ("Tessera M2", "outperforms", "Velor") in got


def test_family_with_one_member_named_is_that_member() -> None:
    got = _claims(_OPEN + _ONE + "Tessera M2 beats Velor and Quarro 3 on long tasks.")
    assert ("Tessera M2", "outperforms", "Velor Nimbus 2.1") in got
    assert ("Tessera M2", "outperforms", "Velor") not in got


def test_family_with_two_members_named_stays_the_family() -> None:
    got = _claims(_OPEN + _TWO + "Tessera M2 beats Velor and Quarro 3 on long tasks.")
    assert ("Tessera M2", "outperforms", "Velor") in got
    assert not {c for c in got if c[2] in ("Velor Nimbus 2.1", "Velor Strato 2.4")}


def test_must_not_take_a_lab_a_qualified_family_or_a_weekday() -> None:
    for said in (
        "Tessera M2 beats OpenAI and Quarro 3 on long tasks.",  # a lab we know
        "Tessera M2 beats the Velor models and Quarro 3 on long tasks.",  # the family's models, not a side
        "Tessera M2 beats Quarro 3 and Monday in tests.",  # a day
        "Tessera M2 beats Quarro 3 and Python on long tasks.",  # a language
    ):
        got = _claims(_OPEN + said)
        assert {c[2] for c in got} <= {"Quarro 3"}, said
