"""Parameter counts written in other languages: Japanese and Korean counts in their own magnitude words, the
active adjective after a European word for parameters, the whole of a part-of-whole pair, the Italian 'di
parametri', and a count set against a named rival. A difference between two models, a name the count is
likened to, and the English-shaped counts are left alone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

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
            "Quorra 7 n'active que 12 milliards de paramètres actifs sur 210 milliards au total, contre 90 "
            "milliards pour Vexa 3 Pro.",
            "fr",
            {
                ("Quorra 7", A, "12000000000"),
                ("Quorra 7", T, "210000000000"),
                ("Vexa 3 Pro", T, "90000000000"),
            },
        ),
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
