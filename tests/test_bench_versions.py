"""A benchmark's numbered edition is a benchmark of its own where we list it so (function-calling's third
edition, 'BFCL v3', is not its board as a whole); the bare name stays the board's."""

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
