"""Leaderboard rows glued together or flattened to single spaces under a header of column words
(`glued_records.glued_record_grids`): place, name and score cut by the header, a maker's prefix and a trailing
date left out; a header with a column of sizes or speeds before the score gives nothing."""

from __future__ import annotations

from extractors.facts.nlp import extract
from schema.records import Article

_INTRO = (
    "DrillBoard standings\n\nOn the DrillBoard benchmark, Pellan-7, Tarsus 3 and Orvik-2 Mini now lead.\n\n"
)
_WANT = {
    ("Pellan-7", "DrillBoard", 71.4),
    ("Tarsus 3", "DrillBoard", 69.0),
    ("Orvik-2 Mini", "DrillBoard", 64.2),
}


def _scores(text: str) -> set[tuple[str, str, float]]:
    ex = extract(Article(url="https://t.example/board", text=text, title=text.split("\n")[0]))
    return {(s.model, s.benchmark, s.value) for s in ex.scores}


def test_glued_rows_under_glued_column_words() -> None:
    # 'Pellan-71412'-like glue: the name the page gives ends the name, the figure follows
    rows = "#ModelMakerScore\n1Pellan-7Quill Labs71.4\n2Tarsus 3Fen AI69.0\n3Orvik-2 MiniOrvik64.2\n\n"
    assert _scores(_INTRO + rows + "The board updates weekly.\n") == _WANT


def test_flattened_rows_with_maker_prefix_and_date() -> None:
    rows = (
        "Rank Model Score Checked\n1 Quill: Pellan-7 71.4 verified run 2026-05-02\n"
        "2 Fen: Tarsus 3 69.0 verified run 2026-05-01\n"
        "3 Orvik: Orvik-2 Mini 64.2 self-reported 2026-04-28\n\n"
    )
    assert _scores(_INTRO + rows + "The board updates weekly.\n") == _WANT


def test_no_score_where_figures_of_other_columns_come_first() -> None:
    rows = "Model Params Speed Score\nPellan-7 12B 40 71.4\nTarsus 3 8B 55 69.0\nOrvik-2 Mini 3B 90 64.2\n"
    assert _scores(_INTRO + rows) == set()
    # prose that happens to open with column words is no header
    prose = "Model Maker Score\nPellan-7 is made by Quill Labs and scored well.\nTarsus 3 is Fen AI's.\n"
    assert _scores(_INTRO + prose) == set()


_POLL = "Reader poll\n\nWe asked readers which model they trust most on GPQA Diamond style questions.\n\n"


def test_a_rating_under_an_intro_is_no_benchmark_score() -> None:
    # a glued board takes its benchmark from its own header or the title line right above it, never from
    # prose further up; and a 1-5 rating is no score on any benchmark
    rows = "Rank Model Rating\n1 GPT-4o 4.5\n2 Claude 3.5 Sonnet 4.3\n3 Gemini 1.5 Pro 4.1\n\nThanks.\n"
    ex = extract(Article(url="https://t.example/poll", text=_POLL + rows, title="Reader poll"))
    assert [s for s in ex.scores if s.benchmark == "GPQA Diamond"] == []
    assert [a for a in ex.attributes if a.qualifier == "GPQA Diamond"] == []
    glued = "#ModelScore\n1GPT-4o4.5\n2Claude 3.5 Sonnet4.3\n3Gemini 1.5 Pro4.1\n\nThanks for voting.\n"
    ex = extract(Article(url="https://t.example/poll", text=_POLL + glued, title="Reader poll"))
    assert [s for s in ex.scores if s.benchmark == "GPQA Diamond"] == []
    assert [a for a in ex.attributes if a.qualifier == "GPQA Diamond"] == []


def test_a_member_glued_to_its_score_is_ranked_as_itself_not_its_family() -> None:
    # 'Gemini 3 Pro47…': the ranked lines read the member with the figure set apart, not the family 'Gemini 3'
    text = (
        "DrillBoard standings\n\nDrillBoard index (May)\n\n#ModelScoreNotes\n1GPT-5.250Fast\n"
        "2Claude Opus 4.549Careful\n3Gemini 3 Pro47Broad\n4Grok 4.143Cheap\n\nThe board updates weekly.\n"
    )
    ex = extract(Article(url="https://t.example/board", text=text, title="DrillBoard standings"))
    ranks = {(a.subject, a.value) for a in ex.attributes if a.attribute == "leaderboard_rank"}
    assert ("Gemini 3", "3") not in ranks
    assert ("Gemini 3 Pro", "3") in ranks
