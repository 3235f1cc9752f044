"""Settings read wrongly off a table's surroundings: a word after a benchmark's name in a column head that
only says the column holds scores ('得分', 'Points', 'スコア') is no setting or subset of the test
(patterns/score_heads.jsonl), and an 'at max' / 'at low' naming how a model was served or priced ('at max
throughput', 'at low cost', patterns/serving_conditions.jsonl) is no effort of the table below it. Real
effort words, a real subset after the name and a tools setting in the head are kept."""

from __future__ import annotations

from datetime import UTC, datetime

from extractors.facts.conditions import conditions_in
from extractors.facts.nlp import extract
from schema.records import Article


def _settings(text: str) -> dict[tuple[str, float], str | None]:
    when = datetime(2026, 1, 2, tzinfo=UTC)
    art = Article(url="https://example.org/a", text=text, title="t", published_at=when)
    return {(s.model, s.value): s.setting for s in extract(art).scores}


def _table(head: str, intro: str = "比较如下:") -> str:
    return (
        f"Qorvane-7 是一个新模型。{intro}\n| 模型 | {head} |\n|---|---|\n"
        "| Qorvane-7 | 71.4 |\n| Brindle-3 | 66.2 |\n"
    )


def test_a_score_word_in_the_column_head_is_no_setting() -> None:
    for head in ("GPQA Diamond 得分", "GPQA Diamond Points", "GPQA Diamond スコア"):
        got = _settings(_table(head))
        assert got and set(got.values()) == {None}, (head, got)


def test_a_real_setting_in_the_head_is_kept() -> None:
    got = _settings(_table("GPQA Diamond (with tools)"))
    assert got and set(got.values()) == {"with tools"}, got


def test_a_serving_condition_before_the_table_is_no_effort() -> None:
    intro = "Qorvane-7 runs three times faster at max throughput on the benchmarks below:"
    text = f"{intro}\n| Model | GPQA Diamond |\n|---|---|\n| Qorvane-7 | 71.4 |\n| Brindle-3 | 66.2 |\n"
    got = _settings(text)
    assert got and set(got.values()) == {None}, got


def test_at_max_before_a_serving_word_is_no_effort() -> None:
    assert conditions_in("it answers at max throughput") == {}
    assert conditions_in("served at low cost per token") == {}
    assert conditions_in("at high concurrency the queue grows") == {}
    assert conditions_in("at max context length") == {}


def test_real_efforts_are_kept() -> None:
    assert conditions_in("Qorvane-7 scored 71.4 at max") == {"model": "max"}
    assert conditions_in("run at max effort") == {"model": "max"}
    assert conditions_in("at high, it reached 80") == {"model": "high"}
    assert conditions_in("at low reasoning effort") == {"model": "low"}
    assert conditions_in("Thinking mode, with tools, pass@1") == {
        "model": "Thinking",
        "tools": "with tools",
        "metric": "pass@1",
    }
