"""Dates written with slashes or dots, as Chinese, Japanese and Korean pages and READMEs' news lists write
them ('2026/03/02', '2026/3/2', '2026.03.02'), and a year and month with a slash in a table's release column
('2025/7'): read as the dates they are. A fraction or a season ('2025/26') stays no date."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.facts.nlp import extract
from schema.records import Article


def dates(text: str) -> set[tuple[str, str]]:
    ex = extract(
        Article(url="https://t.example/d", text=text, published_at=datetime(2026, 7, 2, 12, tzinfo=UTC))
    )
    return {(a.subject, a.value) for a in ex.attributes if a.attribute == "release_date"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Corvax Models\n\nChangelog\n- [2026/03/02] The team released Corvax-4-Base to the hub.\n"
            "- Corvax-4-Base scores 61.2 on Glimmer-Bench.\n",
            ("Corvax-4-Base", "2026-03-02"),
        ),
        (
            "Nimbus Lab released Corvax 4 on 2026.3.2, two months after its preview. Corvax 4 scores 61.2 on "
            "Glimmer-Bench.",
            ("Corvax 4", "2026-03-02"),
        ),
        (
            "Corvax News\n\nNews 2026.03.02: Nimbus Lab released Corvax 4. Corvax 4 scores 61.2 on "
            "Glimmer-Bench.",
            ("Corvax 4", "2026-03-02"),
        ),
        (
            "| モデル | 公開日 | メモ |\n|---|---|---|\n| Corvax 3 | 2025/7 | 小型 |\n"
            "| Corvax 4 | 2026/3 | 大型 |\n",
            ("Corvax 3", "2025-07"),
        ),
    ],
)
def test_a_slashed_or_dotted_date_is_read(text: str, expected: tuple[str, str]) -> None:
    assert expected in dates(text)


def test_a_season_is_no_date() -> None:
    text = (
        "Nimbus Lab released Corvax 4 for the 2025/26 season of its contest. Corvax 4 scores 61.2 on "
        "Glimmer-Bench."
    )
    assert not any(v.startswith("2025-") for _s, v in dates(text))


@pytest.mark.parametrize(
    "text",
    [
        # a calendar-numbered toolkit or runtime shipped with the model is a version, no date
        "Dunmere Labs shipped Corvane 3 together with toolkit 2026.5.3, which brings batching.",
        "Brinwood Systems launched Tessel Max on top of runtime 2025.11.4, served from a new region.",
        # unpadded dots with no date word before them: nothing says it is a day
        "Dunmere Labs shipped Corvane 3; the model card lists checkpoint 2024.2.7 and tokenizer 2025.3.",
        # padded, right after a capitalised product name and no date word: that product's build number
        "Corvane 3 ships inside Dunmere Workbench 2026.05.09, the lab's editor.",
    ],
)
def test_a_dotted_version_is_no_release_date(text: str) -> None:
    assert not any(v.startswith(("2024-02", "2025-11", "2026-05")) for _s, v in dates(text))
