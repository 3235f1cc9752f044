"""A benchmark's numbered edition is a benchmark of its own where we list it so (function-calling's third
edition, 'BFCL v3', is not its board as a whole); the bare name stays the board's. One rule for the
editions, however the page writes them: a major edition is its own id ('BFCL v3', 'BFCL v4'), a point
release folds into its major ('v3.1' is 'BFCL v3'), and a version read as a setting of the bare board
('BFCL (v3)', 'Berkeley Function Calling Leaderboard v3') is that edition, with no setting left."""

from __future__ import annotations

from extractors.facts.nlp import extract
from schema.records import Article


def _scores(text: str) -> set[tuple[str, str, float]]:
    ex = extract(Article(url="https://t.example/editions", text=text, title=text.split("\n")[0]))
    return {(s.model, s.benchmark, s.value) for s in ex.scores}


def test_a_numbered_edition_keeps_its_number() -> None:
    text = (
        "Tarn-4 evaluation\n\nWe ran Tarn-4 and Vale-3 on tool use and maths.\n\n"
        "| Benchmark | Tarn-4 | Vale-3 |\n|---|---|---|\n| BFCL v3 | 61.5% | 58.0% |\n"
        "| GSM8K | 90.2% | 88.1% |\n\nBoth models were run three times.\n"
    )
    got = _scores(text)
    assert ("Tarn-4", "BFCL v3", 61.5) in got
    assert ("Vale-3", "BFCL v3", 58.0) in got
    assert not any(b == "BFCL" for _m, b, _v in got)


def test_the_bare_name_stays_the_board() -> None:
    text = "Tarn-4 tool use\n\nTarn-4 scores 61.5% on BFCL, ahead of Vale-3.\n"
    assert ("Tarn-4", "BFCL", 61.5) in _scores(text)


def _settings(text: str) -> set[tuple[str, str, float, str | None]]:
    ex = extract(Article(url="https://t.example/editions", text=text, title=text.split("\n")[0]))
    return {(s.model, s.benchmark, s.value, s.setting) for s in ex.scores}


def test_every_spelling_of_an_edition_is_one_id() -> None:
    text = (
        "Tarn-4 tool use\n\nOn function calling, Tarn-4 reaches 59.4% on BFCL (v3). "
        "Vale-3 gets 57.2% on the Berkeley Function Calling Leaderboard v3. "
        "Wren-2 is listed at 55.8% on BFCL v3.1, and Tarn-4 at 48.6% on BFCL v4.\n"
    )
    assert _settings(text) == {
        ("Tarn-4", "BFCL v3", 59.4, None),
        ("Vale-3", "BFCL v3", 57.2, None),
        ("Wren-2", "BFCL v3", 55.8, None),
        ("Tarn-4", "BFCL v4", 48.6, None),
    }


def test_a_whole_test_word_after_an_edition_leaves_no_setting() -> None:
    text = (
        "Tarn-4 evaluation\n\nWe ran Tarn-4 and Vale-3 on tool use.\n\n"
        "| Benchmark | Tarn-4 | Vale-3 |\n|---|---|---|\n| BFCL v3 Full | 44.7 | 39.3 |\n"
    )
    assert _settings(text) == {("Tarn-4", "BFCL v3", 44.7, None), ("Vale-3", "BFCL v3", 39.3, None)}
