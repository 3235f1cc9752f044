"""Benchmarks no list knows, named the way Chinese, Japanese and Korean pages name them: the frame
'on B' with a figure ('在 B 上取得 N%'), the word for a benchmark before or after the name ('基准测试 B',
'Bベンチマーク', 'B 벤치마크'), names joined by 'and' before that word, and a particle of place with
the figure right after it ('Bで N%', 'B에서 N점'). A model, a year, a price or a testing verb's
object is no benchmark; neither is a name the lists know."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.facts.cjk_benchmarks import cjk_benchmarks
from extractors.facts.nlp import extract
from schema.records import Article


def scores(text: str, language: str) -> set[tuple[str, str, float]]:
    ex = extract(
        Article(
            url="https://t.example/cjk-bench",
            text=text,
            published_at=datetime(2026, 7, 2, 12, tzinfo=UTC),
            language=language,
        )
    )
    return {(s.model, s.benchmark, s.value) for s in ex.scores}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Quorra-7 在 Tallow-Bench Lite 上取得了 58.4% 的成绩。",
            "zh",
            ("Quorra-7", "Tallow-Bench Lite", 58.4),
        ),
        ("Quorra-7 在 KelpQuest 上得分 61.2。", "zh", ("Quorra-7", "KelpQuest", 61.2)),
        ("Quorra-7 在 Tallow Hard 达到 47.5%，领先同级模型。", "zh", ("Quorra-7", "Tallow Hard", 47.5)),
        (
            "在新的代码基准测试 Marrow-Code Plus 中，Quorra-7 的通过率为 39.9%。",
            "zh",
            ("Quorra-7", "Marrow-Code Plus", 39.9),
        ),
        (
            "Quorra-7はTallow-Bench Liteで52%の正答率を記録した。",
            "ja",
            ("Quorra-7", "Tallow-Bench Lite", 52.0),
        ),
        ("Quorra-7はKelpQuestベンチマークで44.1%を記録した。", "ja", ("Quorra-7", "KelpQuest", 44.1)),
        ("Quorra-7는 Tallow-Bench Lite에서 73.6점을 받았다.", "ko", ("Quorra-7", "Tallow-Bench Lite", 73.6)),
    ],
)
def test_a_benchmark_named_in_a_cjk_frame_is_scored(
    text: str, language: str, expected: tuple[str, str, float]
) -> None:
    assert expected in scores(text, language)


def test_names_joined_before_the_word_for_a_benchmark_are_benchmarks() -> None:
    found = cjk_benchmarks("Quorra-7 在 Tallow-QA、KelpQuest 和 Marrow-Code 基准测试中表现突出。", [])
    assert {"Tallow-QA", "KelpQuest", "Marrow-Code"} <= set(found)


@pytest.mark.parametrize(
    "text",
    [
        "Quorra-7 的得分为 61.2%，比上一代高。",  # the model's own score: no frame names a benchmark
        "我们测试 Quorra-7 后发现它在 2025 上下文中很稳定。",  # a testing verb's object, a year
        "Quorra-7 在 Tarnwell 上售价 19.9 元。",  # a price in the frame
        "Quorra-7は2026年3月に公開され、価格は12.5円です。",
        "Quorra-7 在 API 上调用 3.5 次。",  # a word of the sentence, no name
        # a title over the model's results: the page writes the name as its sentences' subject
        "Quorra-7 벤치마크 요약\n\nQuorra-7은 새 모델로, 이전보다 두 배 빠르다.",
        "Quorra-7ベンチマーク速報\n\nQuorra-7は新しいモデルです。",
    ],
)
def test_a_model_a_price_or_a_year_is_no_benchmark(text: str) -> None:
    assert cjk_benchmarks(text, []) == []


def test_a_name_with_its_date_glued_before_a_colon_is_read() -> None:
    """'Name(2024/12):Bench で N%' in a timeline list: the name, the date and the colon are tokens of their
    own, so the known names on either side are found."""
    assert ("o3", "ARC-AGI", 81.5) in scores("- o3(2024/12):ARC-AGIで81.5%を記録\n", "ja")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a chip, a serving stack, a code host or a cloud is where a model runs or sells, and a speed-up,
        # a latency drop or a share is no score
        ("Brisa-4 在 Rook N5 加速卡上的吞吐提高 28%，超过旧版。", "zh"),
        ("Brisa-4 在 LanternRT 上部署后延迟下降 27%。", "zh"),
        ("Brisa-4 在 Ferro Cloud 上的份额增长到 12.6%。", "zh"),
        ("Brisa-4はRook N5で33%速く動く。", "ja"),
        ("Brisa-4はCodeHarborで21%のシェアを占める。", "ja"),
        ("Brisa-4는 Rook N5에서 33% 더 빠르게 돈다.", "ko"),
    ],
)
def test_a_speed_up_or_a_share_in_the_frame_is_no_score(text: str, language: str) -> None:
    assert scores(text, language) == set()


def test_a_score_and_a_speed_up_in_one_sentence() -> None:
    """The score's clause names a benchmark, the speed-up's clause a chip. (The prose reader also gives the
    benchmark the speed-up's figure: another module's, left as it was.)"""
    text = "Brisa-4 在 DuneMath 上得分 66.8%，在 Rook N5 上的速度提高 28%。"
    assert cjk_benchmarks(text, []) == ["DuneMath"]
    got = scores(text, "zh")
    assert ("Brisa-4", "DuneMath", 66.8) in got
    assert not any(b == "Rook N5" for _, b, _ in got)
