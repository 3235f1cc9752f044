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
