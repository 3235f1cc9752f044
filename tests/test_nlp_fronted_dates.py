"""A date opening its sentence dates the sentence's release, however far the release word stands, or the
release the next sentence reports with no date of its own."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.facts.nlp import extract
from schema.records import Article


def dates(text: str) -> set[tuple[str, str]]:
    ex = extract(
        Article(url="https://t.example/o", text=text, published_at=datetime(2026, 7, 2, 12, tzinfo=UTC))
    )
    return {(a.subject, a.value) for a in ex.attributes if a.attribute == "release_date"}


@pytest.mark.parametrize(
    "text",
    [
        "On June 3, 2026, Orrin Labs, the Zurich start-up behind a string of coding tools, open-sourced its "
        "latest multimodal language model, Vexa 4. The model is strong.",
        "On June 3, 2026, the open-model race changed for good. Orrin released Vexa 4, and rivals scrambled.",
        "On June 3, 2026, Orrin surprised rivals. It released Vexa 4, its last model under the old licence.",
        "On June 3, 2026, Dana Pell posted a short announcement that set off a wave of coverage: Vexa 4 had "
        "launched, with a record score.",
    ],
)
def test_a_fronted_date_dates_its_release(text: str) -> None:
    assert dates(text) == {("Vexa 4", "2026-06-03")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On June 3, 2026, Orrin posted a paper on scaling. It released Vexa 4 weeks later.", set()),
        ("On June 3, 2026, the race changed.\n\nOrrin released Vexa 4 in May 2026.", {("Vexa 4", "2026-05")}),
        ("On June 3, 2026, Orrin raised new funding. Vexa 4 is its flagship.", set()),
        ("On June 3, 2026, the lab held its yearly summit. It released Vexa 4 two weeks later.", set()),
    ],
)
def test_a_fronted_date_leaves_other_events_alone(text: str, expected: set[tuple[str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "On June 3, 2026, the race changed. Orrin released Vexa 4 yesterday.",
        "On June 3, 2026, the race changed. Orrin released Vexa 4 on Monday.",
        "On June 3, 2026, the race changed. Orrin had released Vexa 4 the previous spring.",
        "On June 3, 2026, Orrin's older model, Vexa 3, got a price cut. Orrin released Vexa 4 last year.",
        "On June 3, 2026, Orrin cut its prices. It shipped Vexa 4 today, its spokesperson said.",
        "On June 3, 2026, Orrin cut its prices. Vexa 4 launched on Friday evening.",
        "On June 3, 2026, Orrin cut its prices. It released Vexa 4 the prior week.",
    ],
)
def test_a_next_sentence_with_a_day_or_season_of_its_own_keeps_the_date(text: str) -> None:
    # a weekday may still be read against the page's own date; the fronted date is not the release's
    assert ("Vexa 4", "2026-06-03") not in dates(text)


@pytest.mark.parametrize(
    "text",
    [
        "On May 12, 2026, the league table shifted. Pradel Labs shipped Tarvik 2 back in February.",
        "On May 12, 2026, the league table shifted. Pradel Labs quietly shipped Tarvik 2 over the weekend.",
        "On May 12, 2026, the league table shifted. Pradel Labs shipped Tarvik 2 at the start of the year.",
        "On May 12, 2026, the league table shifted. Pradel Labs shipped Tarvik 2 after the conference.",
        "On May 12, 2026, the league table shifted. Pradel Labs shipped Tarvik 2 this afternoon.",
        "On May 12, 2026, the league table shifted. Pradel Labs had shipped Tarvik 2 as a preview.",
        "On May 12, 2026, the league table shifted. Tarvik 2 had been released to a few testers.",
    ],
)
def test_a_next_sentence_with_any_time_of_its_own_or_a_pluperfect_keeps_the_date(text: str) -> None:
    # a month, a period or event word after this/last/over the/at the start of/after the, or 'had shipped'
    # sets the release at a time of its own, not on the fronted date
    assert ("Tarvik 2", "2026-05-12") not in dates(text)


@pytest.mark.parametrize(
    "text",
    [
        "On May 12, 2026, the league table shifted. Pradel Labs shipped Tarvik 2 to paying users.",
        # a pluperfect of another verb later in the sentence is not the release's
        "On May 12, 2026, the league table shifted. Pradel Labs shipped Tarvik 2, and a lead its rivals had "
        "guarded for a year was gone.",
    ],
)
def test_a_next_sentence_without_a_time_of_its_own_still_takes_the_date(text: str) -> None:
    assert dates(text) == {("Tarvik 2", "2026-05-12")}
