"""Context windows as Chinese, Japanese and Korean pages write them: the size glued to the words
around it ('支持96K上下文'), a particle or a quoting phrase between the size and the word for context
('トークンの', '토큰의', 'という長い'), the measure and a verb between the word for context and the
size ('上下文长度：最长 64万 token', '컨텍스트 길이는 최대'), and thousands grouped with a comma
('262,144トークン'). A range of sizes, a count of training data, users or a price are no window."""

from __future__ import annotations

import pytest

from tests.extracts import windows


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Quorra-7是一款稀疏模型，推理很快，支持96K上下文窗口，已经开放下载。", "zh", ("Quorra-7", "96000")),
        ("Vexa-3 的规格一览。上下文长度：支持原生 640K tokens，速度也不错。", "zh", ("Vexa-3", "640000")),
        ("Vexa-3 的亮点在于长上下文：原生支持300万token，价格也降了。", "zh", ("Vexa-3", "3000000")),
        ("这次更新后，Quorra-7 全面支持192k token上下文。", "zh", ("Quorra-7", "192000")),
        ("Quorra-7は最大262,144トークンのコンテキストを扱える。", "ja", ("Quorra-7", "262144")),
        ("Quorra-7は640Kトークンという長いコンテキストウィンドウを持つ。", "ja", ("Quorra-7", "640000")),
        ("Vexa-3는 96K 토큰의 컨텍스트 윈도우를 갖췄다.", "ko", ("Vexa-3", "96000")),
        ("Vexa-3의 컨텍스트 길이는 최대 192K 토큰이다.", "ko", ("Vexa-3", "192000")),
    ],
)
def test_a_cjk_window_is_read(text: str, language: str, expected: tuple[str, str]) -> None:
    assert expected in windows(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("开源模型的现状：长上下文支持96K-192K，Quorra-7 的衰减很明显。", "zh"),
        ("Quorra-7 支持96K～192K的上下文，视版本而定。", "zh"),
        ("Quorra-7 的预训练用了 18万亿 token，发布于2026年3月5日，上下文处理很强。", "zh"),
        ("Quorra-7 每百万 token 的价格为 3 元，拥有 5000万 用户，上下文窗口很长。", "zh"),
        # a plan for a later version is no window yet
        ("Brisa-4 打算在下一代里把上下文提到2M。", "zh"),
        ("Brisa-4 预计明年支持4M上下文。", "zh"),
        # the bounds of a price tier
        ("Brisa-4 收费：上下文长度64K以内每百万 token 1 元，超出64K每百万 token 3 元。", "zh"),
        ("Brisa-4 的上下文长度在 16K 以下时免费。", "zh"),
    ],
)
def test_a_range_a_count_or_a_price_is_no_window(text: str, language: str) -> None:
    assert windows(text, language) == set()


def test_a_cjk_sentence_without_its_full_stop_is_read_as_prose() -> None:
    """A line of Chinese with two clause commas and no full stop is a sentence, not a heading: its figures
    are read."""
    text = "一、规格\n\nQuorra-7是一款2万亿参数的稀疏模型，每次激活480亿参数，支持96K上下文窗口\n\n二、价格\n"
    assert ("Quorra-7", "96000") in windows(text, "zh")
