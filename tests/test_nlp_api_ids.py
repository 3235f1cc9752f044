"""A new model written as a lower-case id ('vale-3-5-quill-20250101', 'tarn-4o-mini') is read as a model where
the context says so (a figure right after it on a board); a word and a bare number ('covid-19',
'top-5'), a path's or a command's part, and an id with nothing of a model around it are not."""

from __future__ import annotations

from datetime import UTC, datetime

from extractors.facts.api_ids import id_shapes
from extractors.facts.nlp import extract
from schema.records import Article, Extraction


def _run(text: str) -> Extraction:
    title = text.split("\n", 1)[0]
    when = datetime(2026, 12, 3, tzinfo=UTC)
    return extract(Article(url="https://probe.example/i", title=title, text=text, published_at=when))


def _ids(text: str) -> list[str]:
    return [name for name, _s, _e, _b, _i in id_shapes(text)]


def test_id_shapes_take_a_version_and_one_more_part() -> None:
    text = "Runs: vale-3-5-quill-20250101 61.2, tarn-4o 58, tarn-4o-mini 44.1, orrin-2-pro: 39; covid-19 12"
    assert _ids(text) == ["vale-3-5-quill", "tarn-4o", "tarn-4o-mini", "orrin-2-pro"]


def test_a_path_or_a_command_is_no_id() -> None:
    assert _ids("Use acme/orrin-2-pro 3 or run --orrin-2-pro 4, see docs.example/orrin-2-pro 5.") == []


def test_an_id_with_no_figure_is_not_read() -> None:
    assert _ids("The branch feature-2-fix-login was merged; orrin-2-pro ships soon.") == []


def test_a_sibling_id_of_the_same_word_is_read_without_a_figure() -> None:
    assert _ids("tarn-4-1-fast costs less than tarn-4-20250709 for input.") == ["tarn-4-1-fast", "tarn-4"]


def test_a_flat_board_of_ids_gives_each_its_figure() -> None:
    text = (
        "Tool-use board\n\nSince spring we evaluated more models on GPQA Diamond. The board now reads: "
        "Model Pass Rate vale-3-5-quill-20250101 61.20% tarn-4o-mini 44.10% orrin-2-pro-preview 39.80%\n"
    )
    got = {(s.model, s.value) for s in _run(text).scores}
    assert ("vale-3-5-quill", 61.2) in got
    assert ("orrin-2-pro-preview", 39.8) in got


def test_an_id_with_nothing_of_a_model_around_it_is_no_model() -> None:
    text = (
        "Release notes\n\nThe branch feature-2-fix-login was merged, and release-4-rc-notes lists the "
        "changes.\n"
    )
    names = {c.name for c in _run(text).candidates if c.confidence >= 0.5} | {
        s.model for s in _run(text).scores
    }
    assert not names & {"feature-2-fix-login", "release-4-rc-notes"}
