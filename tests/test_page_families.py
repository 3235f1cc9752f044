"""A word that opens several versioned member names on a page is a family of the page's, so a new member it
names by a word alone is read as a known family's would be (extractors.facts.page_families): 'Vantor Zenith'
beside 'Vantor Crest 4.7' and 'Vantor Crest 4.8', as 'Claude Zenith' is. Months before days are no family,
and one versioned name alone shows none."""

from __future__ import annotations

from datetime import UTC, datetime

from extractors.facts.nlp import extract
from extractors.facts.page_families import page_families
from schema.records import Article


def _models(text: str) -> set[str]:
    when = datetime(2026, 12, 3, tzinfo=UTC)
    art = Article(url="https://probe.example/fam", title="Lab notes", text=text, published_at=when)
    return {s.model for s in extract(art).scores}


_PAGE = (
    "Release notes\n\nOn May 4 Orrin Labs opened a preview of Vantor Zenith, a model it keeps in-house. "
    "Vantor Zenith scores 88.4% on SWE-bench Verified, ahead of Vantor Crest 4.8 (79.1%) and Vantor Crest "
    "4.7 (76.3%).\n"
)


def test_a_word_member_of_a_page_family_is_a_model() -> None:
    assert _models(_PAGE) == {"Vantor Zenith", "Vantor Crest 4.8", "Vantor Crest 4.7"}


def test_the_same_page_with_a_known_family_agrees() -> None:
    known = _PAGE.replace("Vantor", "Claude")
    assert _models(known) == {"Claude Zenith", "Claude Crest 4.8", "Claude Crest 4.7"}


def test_page_families_need_two_members_and_no_month() -> None:
    assert page_families("Vantor Crest 4.7 and Vantor Crest 4.8 ship today.") == {"Vantor"}
    assert page_families("Vantor Crest 4.7 ships today; Vantor Zenith later.") == frozenset()
    assert page_families("Talks Begin April 7 and End June 9; Plans Change July 2.") == frozenset()


def test_one_versioned_name_makes_no_word_member() -> None:
    text = (
        "Release notes\n\nVantor Zenith scores 88.4% on SWE-bench Verified, above Vantor Crest 4.8 (79.1%).\n"
    )
    assert "Vantor Zenith" not in _models(text)


def test_days_rounds_and_events_make_no_family() -> None:
    # a numbered day, round or part of an event is no member version, and an event word opens no family
    assert page_families("Notes from Harvest Round 1, then Harvest Round 2 a week on.") == frozenset()
    assert page_families("Slides for Plenary Part 3 and Plenary Part 4 are online.") == frozenset()
    assert page_families("Expo Lumen 3 drew crowds, as Expo Garnet 4 had.") == frozenset()
    text = (
        "Meetup recap\n\nBetween Harvest Round 1 and Harvest Round 2 several teams demoed agents. Harvest "
        "Closer rated 3.9 on the crowd vote, while Pellor 6 reaches 58.5% on DuneQA.\n"
    )
    assert _models(text) == {"Pellor 6"}
