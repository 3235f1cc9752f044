"""A table header of new names whose cells text extraction glued ('Vale3.5-27BVale3.5-90B-A9B…') is cut into
the names by their shape alone (each cell holds its version), with no corner, a corner in another script or
a note in brackets; the rows under it give each name its figure. A camel-cased word is never cut, and a line
of words that are no names is no header."""

from __future__ import annotations

from datetime import UTC, datetime

from extractors.facts.glued_names import cut_names
from extractors.facts.nlp import extract
from schema.records import Article


def _scores(text: str) -> set[tuple[str, str, float]]:
    title = text.split("\n", 1)[0]
    art = Article(
        url="https://probe.example/g", title=title, text=text, published_at=datetime(2026, 12, 3, tzinfo=UTC)
    )
    return {(s.model, s.benchmark, s.value) for s in extract(art).scores}


def test_cells_are_cut_where_a_capital_follows_a_version() -> None:
    assert cut_names("Vale3.5-27BVale3.5-90B-A9BTarn4-12BOrrin 4.5 QuillVale3.6-20B") == [
        "Vale3.5-27B",
        "Vale3.5-90B-A9B",
        "Tarn4-12B",
        "Orrin 4.5 Quill",
        "Vale3.6-20B",
    ]


def test_a_camel_cased_word_before_its_version_stays_whole() -> None:
    assert cut_names("NovaCore M2.5BrightFjord-V3.2") == ["NovaCore M2.5", "BrightFjord-V3.2"]


def test_a_header_that_opens_on_a_name_over_spaced_rows() -> None:
    text = (
        "Coding results\n\nWe ran the open checkpoints ourselves.\n\n"
        "Vale3.5-27BVale3.5-90B-A9BTarn4-12BOrrin 4.5 Quill\n"
        "Agents\n"
        "SWE-bench Verified 70.1 72.4 48.3 79.0\n"
        "SWE-bench Pro 47.2 48.8 31.5 55.6\n"
    )
    got = _scores(text)
    assert ("Vale3.5-90B-A9B", "SWE-bench Verified", 72.4) in got
    assert ("Orrin 4.5 Quill", "SWE-bench Pro", 55.6) in got
    assert ("Tarn4-12B", "SWE-bench Pro", 31.5) in got


def test_a_corner_in_another_script_and_notes_in_brackets() -> None:
    text = (
        "评测结果\n\n下表为各模型的成绩。\n\n"
        "基准测试Orrin K2.6Tarn-5.4 (high)Vale 3.1 Pro (thinking)\n"
        "GPQA Diamond88.187.991.2\n"
        "BrowseComp83.482.185.0\n"
    )
    got = _scores(text)
    assert ("Orrin K2.6", "GPQA Diamond", 88.1) in got
    assert any(m.startswith("Vale 3.1 Pro") and b == "BrowseComp" and v == 85.0 for m, b, v in got)


def test_a_glued_line_of_plain_words_is_no_header() -> None:
    text = (
        "Coding results\n\nRelease NotesChangelog 2Roadmap 3\n"
        "SWE-bench Verified 70.1 72.4\n"
        "SWE-bench Pro 47.2 48.8\n"
    )
    models = {m for m, _b, _v in _scores(text)}
    assert not models & {"Release NotesChangelog 2", "Changelog 2", "Roadmap 3", "Notes"}
