"""Benchmarks named by their place, the page's title or a heading near its top, on a page about one benchmark
no list knows (extractors/facts/placed_benchmarks.py), and what must not be read so. Own words and invented
names."""

from __future__ import annotations

from extractors.facts.nlp import extract
from schema.records import Article

_ABOUT = (
    "Volunteers compare two hidden chatbots side by side and vote for the reply they like better; the votes "
    "become a rating for each entrant.\n\n"
)
_BOARD = "| # | Model | Score |\n|---|---|---|\n| 1 | GPT-4o | 1310 |\n| 2 | Claude 3.5 Sonnet | 1295 |\n"


def _scores(text: str) -> set[tuple[str, str, float]]:
    ex = extract(Article(url="https://t.example/board", text=text))
    return {(s.model, s.benchmark, s.value) for s in ex.scores}


def test_a_title_naming_the_board() -> None:
    got = _scores("Quillmark Arena XT\n" + _ABOUT + "Current standings\n" + _BOARD)
    want = {("GPT-4o", "Quillmark Arena XT", 1310.0), ("Claude 3.5 Sonnet", "Quillmark Arena XT", 1295.0)}
    assert want <= got


def test_a_heading_with_its_version_and_the_word_benchmark() -> None:
    got = _scores("Site menu\n\nTanselo (v3) Benchmark\n\n" + _ABOUT + _BOARD)
    assert ("GPT-4o", "Tanselo (v3)", 1310.0) in got


def test_a_heading_under_a_breadcrumb() -> None:
    got = _scores("Boards Directory\n/Boards\n/Bramblet-Verified\nBramblet-Verified\n\n" + _ABOUT + _BOARD)
    assert ("Claude 3.5 Sonnet", "Bramblet-Verified", 1295.0) in got


def test_headlines_and_plain_titles_name_no_benchmark() -> None:
    """Must not: a headline about a model (its version before more words, a verb in lower case, a sentence's
    end), a site's name without a benchmark's word."""
    for title in (
        "Halyard 3 Tops Kiln Arena\n",
        "Halyard overtakes Kiln Arena rivals\n",
        "Kiln Arena Results Are In.\n",
        "Boards Directory\n",
    ):
        got = _scores(title + _ABOUT + _BOARD)
        assert not {b for _m, b, _v in got} - {""}, (title, got)


def test_a_page_naming_a_known_benchmark_keeps_it() -> None:
    """Must not: a title with a benchmark's word does not take over a page that names a known benchmark."""
    got = _scores("Kiln Arena\n" + _ABOUT + "Standings on MMLU-Pro\n\n" + _BOARD.replace("1310", "81.2"))
    assert not any(b == "Kiln Arena" for _m, b, _v in got)


def test_an_earnings_title_is_no_benchmark() -> None:
    """Must not: a title of a firm's quarter over a board of figures (invented text)."""
    got = _scores("Q3 Earnings Index\n\n" + _ABOUT + _BOARD)
    assert not got
