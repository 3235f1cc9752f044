"""A board flattened to lines, one model and its figure a line, takes the benchmark its own header line or
the heading right above names (extractors/facts/headed_runs.py), and what must keep today's reading. Own
words and invented names."""

from __future__ import annotations

from extractors.facts.nlp import extract
from schema.records import Article

_INTRO = (
    "Vesk Labs released Halyard 3, its new open model, on Tuesday. It scores 61.0% on QRX-Hard, 48.0% on "
    "TarnBench 2 and 80.0 on RidgeMath-Pro, and RidgeMath is where it began.\n\n"
)
_ROWS = "Halyard 3 71.2\nPennant-5 66.0\nOrrin Max 58.4\n"


def _rows(body: str) -> set[tuple[str, str, float]]:
    ex = extract(Article(url="https://t.example/board", text=_INTRO + body))
    return {(s.model, s.benchmark, s.value) for s in ex.scores if s.value in (71.2, 66.0, 58.4)}


def test_a_header_line_naming_the_benchmark_beats_the_prose_above() -> None:
    got = _rows(
        "RidgeMath-Pro is the harder cut of RidgeMath, and RidgeMath is the older test.\n\n"
        f"Model RidgeMath-Pro Score\n{_ROWS}"
    )
    assert {("Pennant-5", "RidgeMath-Pro", 66.0), ("Orrin Max", "RidgeMath-Pro", 58.4)} <= got
    assert not {b for _m, b, _v in got} - {"RidgeMath-Pro"}


def test_a_header_in_chinese_naming_the_benchmark() -> None:
    got = _rows(f"RidgeMath-Pro 是 RidgeMath 的改进版本。\n\n模型 RidgeMath-Pro 得分\n{_ROWS}")
    assert {("Pennant-5", "RidgeMath-Pro", 66.0), ("Orrin Max", "RidgeMath-Pro", 58.4)} <= got


def test_runs_with_no_benchmark_of_their_own_keep_todays_reading() -> None:
    """Must not: a heading naming no benchmark, a header naming two, a benchmark named only after the run."""
    assert not _rows(f"On QRX-Hard the field is close.\n\nOverall standings\n\nModel Score\n{_ROWS}")
    two = _rows(f"On QRX-Hard the field is close.\n\nModel TarnBench 2 QRX-Hard Score\n{_ROWS}")
    assert "TarnBench 2" not in {b for _m, b, _v in two}
    after = _rows(
        f"On RidgeMath the field is close.\n\nModel Score\n{_ROWS}\nThose are TarnBench 2 figures.\n"
    )
    assert "TarnBench 2" not in {b for _m, b, _v in after}


# Must-nots: a run of figures of another kind under a heading or header naming a benchmark is no board of
# scores on it; it neither gives scores nor moves the figures other readers took onto that benchmark.
_LEAD = (
    "Vesk Labs released Halyard 3, its new open model, on Tuesday. It scores 61.0% on GPQA Diamond and "
    "48.0% on MMLU-Pro.\n\n"
)


def _board(body: str, method: str = "") -> set[tuple[str, str, float]]:
    ex = extract(Article(url="https://t.example/runs", text=_LEAD + body))
    return {
        (s.model, s.benchmark, s.value)
        for s in ex.scores
        if s.value not in (61.0, 48.0) and s.method.startswith(method)
    }


_NOT_BOARDS = {
    "years under a header": "## GPQA Diamond: who got there first\n\nModel Year\n"
    "Halyard 3 2024\nPennant-5 2025\nOrrin Max 2026",
    "years under a timeline": "## GPQA Diamond timeline\n\nHalyard 3 2024\nPennant-5 2025\nOrrin Max 2026",
    "release years": "## MMLU-Pro\n\nModel Release\nHalyard 3 2024\nPennant-5 2025",
    "arena ratings": "## GPQA Diamond vs arena Elo\n\nModel Elo\n"
    "Halyard 3 1412\nPennant-5 1398\nOrrin Max 1350",
    "parameter counts": "## Models tested on GPQA Diamond\n\nHalyard 3 70\nPennant-5 405\nOrrin Max 8",
    "a parameters column": "Model GPQA Diamond Parameters (B)\nHalyard 3 70\nPennant-5 405\nOrrin Max 8",
    "entrants by size": "### GPQA Diamond entrants by size\n\nHalyard 3 70\nPennant-5 405\nOrrin Max 8",
    "prices in the heading": "## GPQA Diamond leaders and their prices\n\n"
    "Halyard 3 12.50\nPennant-5 8.00\nOrrin Max 3.25",
    "a price column": "Model GPQA Diamond Price\nHalyard 3 12.50\nPennant-5 8.00\nOrrin Max 3.25",
    "places": "## GPQA Diamond ranking\n\nModel Rank\nHalyard 3 1\nPennant-5 2\nOrrin Max 3",
    "places without a header": "## MMLU-Pro standings\n\nHalyard 3 1\nPennant-5 2\nOrrin Max 3",
    "years without a word": "## MMLU-Pro\n\nHalyard 3 2023\nPennant-5 2025",
    "counts past a percentage": "## MMLU-Pro\n\nHalyard 3 88\nPennant-5 140\nOrrin Max 12",
}


def test_runs_of_other_figures_give_no_scores_on_the_benchmark() -> None:
    """Other readers may still take a line as they did before this module; the run itself gives nothing."""
    for what, body in _NOT_BOARDS.items():
        assert not _board(body, "headed_run"), what
        named = {m for m, _b, _v in _board(body)}
        assert named <= {"Halyard 3", "Pennant-5", "Orrin Max"}, (what, named)
    # a price column over the rows moves no price of a line reader's onto the benchmark the header names
    assert ("Pennant-5", "GPQA Diamond", 8.0) not in _board(_NOT_BOARDS["a price column"])


def test_a_score_board_under_its_heading_names_each_model_without_its_figure() -> None:
    got = _board("## GPQA Diamond results\n\nHalyard 3 71.2\nPennant-5 66.0\nOrrin Max 5.5")
    assert {("Pennant-5", "GPQA Diamond", 66.0), ("Orrin Max", "GPQA Diamond", 5.5)} <= got
    assert not {m for m, _b, _v in got} - {"Halyard 3", "Pennant-5", "Orrin Max"}
    assert {b for _m, b, _v in got} == {"GPQA Diamond"}


def test_a_board_with_a_score_column_still_reads() -> None:
    got = _board("## MMLU-Pro\n\nModel Score\nHalyard 3 71.2\nPennant-5 66.0\nOrrin Max 58.4")
    assert {("Pennant-5", "MMLU-Pro", 66.0), ("Orrin Max", "MMLU-Pro", 58.4)} <= got


def test_an_arena_board_keeps_its_elo_words_and_ratings() -> None:
    """'Elo' names an arena's own unit, and a rating may look like a year: the board still reads."""
    got = _board(
        "## LMArena Elo ratings this week\n\nModel Score\nHalyard 3 1412\nPennant-5 1398\nOrrin Max 2003"
    )
    assert {("Pennant-5", "LMArena Text", 1398.0), ("Orrin Max", "LMArena Text", 2003.0)} <= got
