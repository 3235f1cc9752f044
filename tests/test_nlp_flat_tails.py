"""A table flattened to single spaces keeps two things of its cells that once stopped its rows being read: a
rating written with its unit in each cell ('1412 Elo 1398 Elo'), and a text column after the comparison
column that closes the header ('Benchmark A B Winner Why It Matters'), whose cells are words, not figures."""

from __future__ import annotations

from datetime import UTC, datetime

from extractors.facts.nlp import extract
from schema.records import Article


def _scores(text: str) -> set[tuple[str, str, float]]:
    title = text.split("\n", 1)[0]
    art = Article(
        url="https://probe.example/f", title=title, text=text, published_at=datetime(2026, 12, 4, tzinfo=UTC)
    )
    return {(s.model, s.benchmark, s.value) for s in extract(art).scores}


def _names(got: set[tuple[str, str, float]], bench: str, value: float) -> set[str]:
    return {m for m, b, v in got if b == bench and v == value}


def test_a_text_column_after_the_winner_column() -> None:
    text = (
        "Orrin K2.6 against Tarn-5.4\n\nOrrin K2.6 and Tarn-5.4 both shipped this month.\n\n"
        "Benchmark Orrin K2.6 Tarn-5.4 Winner Why It Matters\n"
        "GPQA Diamond 81.4% 84.0% Tarn Hard science questions\n"
        "SciCode 52.2% 49.9% Orrin Research code end to end\n"
        "\nBoth labs ran their own harness.\n"
    )
    got = _scores(text)
    assert "Orrin K2.6" in _names(got, "GPQA Diamond", 81.4)
    assert "Tarn-5.4" in _names(got, "SciCode", 49.9)


def test_ratings_with_their_unit_in_each_cell() -> None:
    text = (
        "Orrin K2.6 against Tarn-5.4\n\nOrrin K2.6 and Tarn-5.4 both shipped this month.\n\n"
        "Benchmark Orrin K2.6 Tarn-5.4 Winner\n"
        "GPQA Diamond 81.4% 84.0% Tarn-5.4\n"
        "LMArena Text 1412 Elo 1398 Elo Orrin K2.6\n"
        "\nBoth labs ran their own harness.\n"
    )
    got = _scores(text)
    assert "Orrin K2.6" in _names(got, "LMArena Text", 1412)
    assert "Tarn-5.4" in _names(got, "LMArena Text", 1398)
    assert not _names(got, "LMArena Text", 1412) - {"Orrin K2.6"}


def test_a_header_ending_in_a_sentence_is_no_table_header() -> None:
    # must not: words after the comparison column that run on with figures are prose, not a text column
    text = (
        "Orrin K2.6 against Tarn-5.4\n\n"
        "Benchmark Orrin K2.6 Tarn-5.4 Winner scored 12 of 40 runs\n"
        "GPQA Diamond 81.4% 84.0% Tarn\n"
    )
    got = _scores(text)
    assert not _names(got, "GPQA Diamond", 12)
