"""Counts of parameters in pages not written in English: Korean and Japanese magnitude signs (alone, or a
larger one followed by a smaller), European thousands points and decimal commas, the active adjective, an
active part's whole, and a rival's figure, which counts what the count right before it counts. Gaps between
two models, likenesses, and a figure of money or documents before a rival's yield nothing."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.facts.foreign_counts import figure
from extractors.facts.nlp import extract
from schema.records import Article


def counts(text: str, language: str) -> set[tuple[str, str, str]]:
    ex = extract(
        Article(
            url="https://t.example/c",
            text=text,
            published_at=datetime(2026, 7, 2, 12, tzinfo=UTC),
            language=language,
        )
    )
    return {(a.subject, a.attribute, a.value) for a in ex.attributes if a.attribute.startswith("parameters")}


T, A = "parameters_total", "parameters_active"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Tavrin 4 totalise 340 milliards de paramètres, dont 22 milliards de paramètres actifs à chaque "
            "jeton.",
            "fr",
            {("Tavrin 4", T, "340000000000"), ("Tavrin 4", A, "22000000000")},
        ),
        (
            "Selon ses auteurs, Tavrin 4 mobilise 22 milliards de paramètres actifs sur 340 milliards.",
            "fr",
            {("Tavrin 4", A, "22000000000"), ("Tavrin 4", T, "340000000000")},
        ),
        (
            "Tavrin 4 pèse 340 milliards de paramètres, contre 150 milliards pour Melko 2 Pro.",
            "fr",
            {("Tavrin 4", T, "340000000000"), ("Melko 2 Pro", T, "150000000000")},
        ),
        # a rival's count set against an active count is its active count
        (
            "Tavrin 4 sollicite 18 miliardi di parametri attivi, contro 41 miliardi per Melko 2 Pro.",
            "it",
            {("Tavrin 4", A, "18000000000"), ("Melko 2 Pro", A, "41000000000")},
        ),
        # thousands separators before a magnitude, and a count in two magnitudes
        (
            "Tavrin 4の概要\n\nTavrin 4のパラメータ数は2,380億とされる。",
            "ja",
            {("Tavrin 4", T, "238000000000")},
        ),
        ("Tavrin 4 arriva a 1.600 miliardi di parametri.", "it", {("Tavrin 4", T, "1600000000000")}),
        ("Tavrin 4 compte 2,5 milliards de paramètres.", "fr", {("Tavrin 4", T, "2500000000")}),
        (
            "Tavrin 4の概要\n\nTavrin 4のパラメータ数は3兆4500億に達する。",
            "ja",
            {("Tavrin 4", T, "3450000000000")},
        ),
        ("Tavrin 4 모델의 파라미터는 3조 4500억 개에 이른다.", "ko", {("Tavrin 4", T, "3450000000000")}),
        (
            "Con appena 9,5 miliardi di parametri, Quorra 7 regge il confronto con modelli molto più grandi.",
            "it",
            {("Quorra 7", T, "9500000000")},
        ),
        ("Quorra 7 conta 6 miliardi di parametri attivi.", "it", {("Quorra 7", A, "6000000000")}),
        (
            "新モデル「Quorra 7」は460億という大きなパラメータ数を持つ。"
            "一方、小型の「Vexa 3 Pro」は95億のパラメータを備える。",
            "ja",
            {("Quorra 7", T, "46000000000"), ("Vexa 3 Pro", T, "9500000000")},
        ),
        (
            "보레알리스가 공개한 Vexa 3 Pro 모델은 매개변수 240억 개를 갖췄다.",
            "ko",
            {("Vexa 3 Pro", T, "24000000000")},
        ),
    ],
)
def test_foreign_counts_are_read(text: str, language: str, expected: set[tuple[str, str, str]]) -> None:
    assert counts(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a difference between two models, not a count
        ("Quorra 7 tem cerca de 40 bilhões de parâmetros menos que Vexa 3 Pro.", "pt"),
        # the count is likened to a named model's; whose it is, the sentence does not say
        ("업계에서는 Vexa 3 Pro와 유사하게 약 300억 개의 파라미터를 갖춘 모델일 것으로 본다.", "ko"),
        ("分析筋は、Vexa 3 Proと同様に約300億のパラメータを持つと見ている。", "ja"),
    ],
)
def test_differences_and_likenesses_are_no_count(text: str, language: str) -> None:
    assert counts(text, language) == set()


# after 'contre', a figure of pages, euros or experts stands between the count and the rival's figure
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Tavrin 4 a 340 milliards de paramètres et fut nourri de 6 milliards de pages, contre 2 "
            "milliards pour Melko 2 Pro.",
            "fr",
            {("Tavrin 4", T, "340000000000")},
        ),
        (
            "Tavrin 4 a 340 milliards de paramètres, et son entraînement a coûté 3 milliards d'euros, contre "
            "7 milliards pour Melko 2 Pro.",
            "fr",
            {("Tavrin 4", T, "340000000000")},
        ),
        (
            "Tavrin 4 sollicite 18 miliardi di parametri attivi su 16 esperti, contro 41 miliardi per "
            "Melko 2 Pro.",
            "it",
            {("Tavrin 4", A, "18000000000")},
        ),
    ],
)
def test_a_rival_figure_after_another_figure_is_no_count(
    text: str, language: str, expected: set[tuple[str, str, str]]
) -> None:
    assert counts(text, language) == expected


@given(st.integers(1, 999), st.integers(0, 999), st.sampled_from(["億", "억", "miliardi", "Milliarden"]))
def test_a_point_before_three_digits_groups_thousands(high: int, low: int, mag: str) -> None:
    unit = 1e8 if len(mag) == 1 else 1e9
    assert figure(f"{high}.{low:03d}", mag) == pytest.approx((high * 1000 + low) * unit)


@given(st.integers(0, 999), st.integers(1, 99), st.sampled_from(["milliards", "bilhões", "B"]))
def test_a_comma_before_a_word_or_a_letter_is_the_decimal_mark(whole: int, frac: int, mag: str) -> None:
    assert figure(f"{whole},{frac}", mag) == pytest.approx(float(f"{whole}.{frac}") * 1e9)


@given(st.integers(1, 999), st.integers(0, 999))
def test_a_comma_before_a_sign_groups_thousands(high: int, low: int) -> None:
    assert figure(f"{high},{low:03d}", "억") == pytest.approx((high * 1000 + low) * 1e8)
