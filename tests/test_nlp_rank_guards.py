"""Ranks read from prose only where a place is stated: a leader by its score, a place named before its holder,
the top place in Chinese. Sentences that share the wording but state no place give no rank."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.facts.nlp import extract
from schema.records import Article


def ranks(text: str) -> set[tuple[str, str]]:
    ex = extract(
        Article(url="https://t.example/r", text=text, published_at=datetime(2026, 6, 5, 12, tzinfo=UTC))
    )
    return {(a.subject, a.value) for a in ex.attributes if a.attribute == "leaderboard_rank"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("On OrchardBench, Varro-3 leads at 71.4.", {("Varro-3", "1")}),
        ("On OrchardBench, Varro-3 leads with 1402 Elo.", {("Varro-3", "1")}),
        ("On OrchardBench, Varro-3 leads at 1402, with Pell-2 at 1390.", {("Varro-3", "1")}),
        ("On OrchardBench, Varro-3 leads with 64%.", {("Varro-3", "1")}),
        (
            "For the OrchardBench long-file runs, Varro-3, leading with 1M tokens of context, is the pick.",
            set(),
        ),
        ("On OrchardBench, Varro-3 leads with 3 of 5 tasks solved.", set()),
        ("On OrchardBench, Varro-3 leads with 12 billion more parameters than its rival.", set()),
        ("The OrchardBench leaderboard is out.\n\nVarro-3 leads with 2 wins in 3 runs.", set()),
        ("On OrchardBench, Varro-3 leads with 2.5 billion fewer active weights.", set()),
    ],
)
def test_a_leader_is_read_from_a_score_not_a_count(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert ranks(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Corran arena list came out on Friday. In second place, Wexley-8 trails the leader.",
            {("Wexley-8", "2")},
        ),
        ("Why pick it at all? In the first place, Wexley-8 is simply cheaper to run.", set()),
        ("In the second place, Wexley-8 ships with an open licence.", set()),
    ],
)
def test_a_place_named_first_is_not_the_discourse_idiom(
    sentence: str, expected: set[tuple[str, str]]
) -> None:
    assert ranks(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("在另一项翻译测试中,Sorel-2 拿到了第一名。", {("Sorel-2", "1")}),
        ("在新的 Hollis 推理榜单上,Lunqi-4 位居首位,得分 77.2。", {("Lunqi-4", "1")}),
        ("Lunqi-4 在 Hollis 推理榜单上排名第二。", {("Lunqi-4", "2")}),
        ("团队说 Lunqi-4 已经达到了第一阶段的目标。", set()),
        ("记者为 Lunqi-4 的报道拿到了第一手资料。", set()),
        ("业内普遍认为 Lunqi-4 位列第一梯队。", set()),
    ],
)
def test_the_top_place_in_chinese_closes_its_clause(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert ranks(sentence) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pluperfect right before the place's verb (each of these fails without that guard)
        (
            "On OrchardBench Halden-6 lands at 82.6%, ahead of Brisk-4, which had held the top spot with "
            "74.1% since March.",
            set(),
        ),
        ("Pell-2 had topped the OrchardBench leaderboard until the spring update.", set()),
        ("Brisk-4 had briefly claimed first place on OrchardBench when Tolvi-2 stumbled.", set()),
        # a time earlier than the page's, after the place
        (
            "Halden-6, Brisk-4 and Tolvi-2 each took first place on OrchardBench at some point earlier in "
            "the year.",
            set(),
        ),
        ("Few boards move as fast as OrchardBench: Tolvi-2 ranked first there earlier this quarter.", set()),
        ("Pell-2 holds the top spot on the OrchardBench leaderboard.", {("Pell-2", "1")}),
        ("Pell-2 has held the top spot on the OrchardBench leaderboard since Monday.", {("Pell-2", "1")}),
    ],
)
def test_a_place_held_before_is_no_current_rank(text: str, expected: set[tuple[str, str]]) -> None:
    assert ranks(text) == expected
