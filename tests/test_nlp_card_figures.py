"""Benchmark cards (label, description, lone figure) give the page model's figures; columns of cells, a figure
whose next line names its owner, and figure-first stat tiles do not (extractors/facts/card_figures.py)."""

from __future__ import annotations

from datetime import UTC, datetime

from extractors.facts.nlp import extract
from schema.records import Article

_CARD = "MMLU\n5-shot, exact-match letter grading (our rerun)\n"


def _scores(body: str) -> set[tuple[str, str, float]]:
    text = (
        "Corvid-3 Pro\n\nCorvid-3 Pro is the middle tier of the Corvid-3 line.\n\nBenchmark Results\n\n"
        + body
    )
    art = Article(
        url="https://fixtures.example/cards",
        title="Corvid-3 Pro",
        text=text,
        published_at=datetime(2026, 12, 3, tzinfo=UTC),
    )
    return {(s.model, s.benchmark, s.value) for s in extract(art).scores}


def test_card_figure_is_the_page_models() -> None:
    assert ("Corvid-3 Pro", "MMLU", 83.4) in _scores(_CARD + "83.4%\n\nAbout this page\n")


def test_column_of_cells_under_a_label_is_not_the_page_models() -> None:
    got = _scores(_CARD + "83.4\n79.0\n~80\n\nAbout this page\n")
    assert not any(m == "Corvid-3 Pro" for m, _b, _v in got)


def test_owner_named_below_the_figure_keeps_it() -> None:
    got = _scores("Knowledge\nMMLU leader this month\n91%\nStoat-2 Ultra\nnear the ceiling\n")
    assert not any(m == "Corvid-3 Pro" for m, _b, _v in got)


def test_figure_first_tiles_do_not_shift_labels() -> None:
    lead = "The numbers that matter, in short, for readers skimming this page today.\n\n"
    body = lead + "76.3%\nMMLU (5-shot)\n41.5%\nGPQA Diamond\n"
    got = _scores(body)
    assert ("Corvid-3 Pro", "GPQA Diamond", 76.3) not in got
    assert ("Corvid-3 Pro", "MMLU", 41.5) not in got


def _board(body: str) -> set[tuple[str, str, float]]:
    text = "SimpleQA\n\nShort factual questions with one checkable answer each.\n\n" + body
    art = Article(url="https://fixtures.example/board", title="SimpleQA", text=text)
    return {(s.model, s.benchmark, s.value) for s in extract(art).scores}


def test_leader_glued_before_the_tile_label() -> None:
    tiles = "Stoat-2.6 from Stoat AI leads this board.\n\nLeader\nStoat-2.6Top score\n47.3%\nUpdated May\n"
    assert ("Stoat-2.6", "SimpleQA", 47.3) in _board(tiles)


def test_a_top_score_tile_naming_no_leader_gives_no_fact() -> None:
    assert not _board("Entries\n18\nTop score\n47.3\nRuns logged\n140\n")
