"""Context windows written in other languages: the size next to the language's word for context, before or
after it, with its magnitude words; a score's setting and a size whose owner the sentence leaves open are
no window."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.facts.nlp import extract
from schema.records import Article


def windows(text: str, language: str) -> set[tuple[str, str]]:
    ex = extract(
        Article(
            url="https://t.example/f",
            text=text,
            published_at=datetime(2026, 7, 2, 12, tzinfo=UTC),
            language=language,
        )
    )
    return {(a.subject, a.value) for a in ex.attributes if a.attribute == "context_window_tokens"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Vexa 4.5 hat 200K Kontext und kostet wenig.", "de", ("Vexa 4.5", "200000")),
        (
            "Vexa 4.5: annonceret 200K kontekstvindue og op til 64K output-tokens.",
            "da",
            ("Vexa 4.5", "200000"),
        ),
        ("Vexa 3 Pro hadir dengan jendela konteks 1 juta token.", "id", ("Vexa 3 Pro", "1000000")),
        ("Vexa 3 Pro admite 128K de contexto.", "es", ("Vexa 3 Pro", "128000")),
        (
            "### 순위\n**1위:** Vexa 3.5 Sonnet\n– 논리적 추론 강점\n**2위:** Zeta 1.5 Pro\n– 멀티모달 능력\n"
            "– 긴 컨텍스트 (1M 토큰)\n",
            "ko",
            ("Zeta 1.5 Pro", "1000000"),
        ),
    ],
)
def test_a_window_in_another_language_is_read(text: str, language: str, expected: tuple[str, str]) -> None:
    assert expected in windows(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Vexa 4.5 erreicht 78,2% i 1M kontekst auf dem Testset.", "da"),
        ("Vexa X4 ist ein Modell mit einem Kontextfenster für lange Texte.", "de"),
        (
            "Orrin yakin Vexa 3 lampaui Quill 5.1 berkat penalaran, multimodalitas, dan jendela konteks "
            "1 juta token.",
            "id",
        ),
    ],
)
def test_a_setting_or_an_open_owner_is_no_window(text: str, language: str) -> None:
    assert not any(v == "1000000" for _, v in windows(text, language))
