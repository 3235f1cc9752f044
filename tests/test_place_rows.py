"""The places of a board whose rows were glued or flattened to single spaces (`place_rows`): under a header
that opens on a place word and a model word, each row's place and the name after it, whatever columns come
between the name and the score (sizes, times, a maker), medals as the first three places, a model id written
as one token; a numbered list under no such header, a heading of prose words, and a name read cut short give
no place."""

from __future__ import annotations

from extractors.facts.nlp import extract
from schema.records import Article

_INTRO = (
    "Quarry Arena standings\n\n"
    "The Quarry Arena leaderboard ranks chat models by blind votes. Pellan-7, Tarsus 3 and Orvik-2 Mini "
    "hold the top three places this month.\n\n"
)
_WANT = {("Pellan-7", "1"), ("Tarsus 3", "2"), ("Orvik-2 Mini", "3")}


def _ranks(text: str, method: str = "") -> set[tuple[str, str]]:
    ex = extract(Article(url="https://t.example/quarry", text=text, title=text.split("\n")[0]))
    return {
        (a.subject, a.value)
        for a in ex.attributes
        if a.attribute == "leaderboard_rank" and a.method.startswith(method)
    }


def test_flattened_rows_with_sizes_and_times_before_the_score() -> None:
    rows = (
        "Rank Model Params Run Time Score\n1 Pellan-7 12B 2h 10m 1391\n2 Tarsus 3 8B 1h 55m 1377\n"
        "3 Orvik-2 Mini 3B 0h 40m 1350\n\n"
    )
    got = _ranks(_INTRO + rows + "Votes are counted weekly.\n", "glued_table")
    assert got == _WANT  # never 'Pellan-7 12B': the size column's figure is not the name's


def test_glued_rows_with_a_size_column_and_the_maker_last() -> None:
    rows = (
        "RankModelParamsScoreMaker\n1Pellan-712B1391Quill Labs\n2Tarsus 38B1377Fen AI\n"
        "3Orvik-2 Mini3B1350Orvik\n\n"
    )
    assert _ranks(_INTRO + rows + "Votes are counted weekly.\n") >= _WANT


def test_glued_rows_with_medals_and_a_size_column() -> None:
    rows = (
        "#ModelSizeMakerScore\n🥇Pellan-712BQuill Labs1391\n🥈Tarsus 38BFen AI1377\n"
        "🥉Orvik-2 Mini3BOrvik1350\n\n"
    )
    assert _ranks(_INTRO + rows + "Votes are counted weekly.\n") >= _WANT


def test_model_id_tokens_with_a_tag_and_times_on_flattened_rows() -> None:
    rows = (
        "Rank Model Name Time Score\n1 quill_pellan-7-chat (4bit) 2h 10m 1391\n"
        "2 fen_tarsus-3-chat 1h 55m 1377\n3 orvik_orvik-2-mini 0h 40m 1350\n\n"
    )
    got = _ranks(_INTRO + rows + "Votes are counted weekly.\n")
    assert ("quill_pellan-7-chat", "1") in got and ("orvik_orvik-2-mini", "3") in got


def test_no_place_from_a_numbered_list_or_a_prose_heading() -> None:
    roundup = (
        "This week in models\n\nPellan-7, Tarsus 3 and Orvik-2 Mini all shipped updates.\n\n"
        "No. Model Update\n1. Pellan-7 Longer context window\n2. Tarsus 3 Tool calls\n"
        "3. Orvik-2 Mini Lower price\n"
    )
    assert _ranks(roundup) == set()
    heading = (
        "This week in models\n\nPellan-7, Tarsus 3 and Orvik-2 Mini all shipped updates.\n\n"
        "# Models in this issue\n1 Pellan-7 Faster replies.\n2 Tarsus 3 Cheaper tokens.\n"
        "3 Orvik-2 Mini New tools.\n"
    )
    # (the lines are read as a ranked list under the page's title by `rank_lines`, a reader of its own)
    assert _ranks(heading, "glued_table") == set()


def test_no_place_for_a_name_read_cut_short() -> None:
    # 'Pellan' alone is a name the page gives, but the row's model is 'Pellan Arabic 9B': where the header
    # puts a size right after the name, a word there says the name went on
    text = (
        "Quarry Arena standings\n\nThe Quarry Arena leaderboard ranks Pellan by blind votes.\n\n"
        "RankModelParamsScore\n1Pellan Arabic 9B9B1391\n2Pellan Arabic 3B3B1377\n3Pellan Arabic 1B1B1350\n\n"
    )
    assert not any(name == "Pellan" for name, _ in _ranks(text))
