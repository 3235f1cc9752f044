"""Context windows written in other languages: the size next to the language's word for context, before or
after it, with its magnitude words. A score's setting, a size whose owner the sentence leaves open, a word
that only starts with the context word, and the context of training data are no window; sizes shared out
with a 'respectively' go to the models in the order named, or to none."""

from __future__ import annotations

import pytest

from tests.extracts import windows


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Vexa 4.5 hat 200K Kontext und kostet wenig.", "de", ("Vexa 4.5", "200000")),
        ("Quorra 7 hat ein Kontext-Fenster von 300K Token.", "de", ("Quorra 7", "300000")),
        (
            "Quorra 7 får et kontekstvindue på 400K tokens, mens svarene højst fylder 32K output-tokens.",
            "da",
            ("Quorra 7", "400000"),
        ),
        ("Vexa 3 Pro hadir dengan jendela konteks 1 juta token.", "id", ("Vexa 3 Pro", "1000000")),
        ("Vexa 3 Pro admite 128K de contexto.", "es", ("Vexa 3 Pro", "128000")),
        ("Quorra 7 は200万トークンのコンテキストに対応する。", "ja", ("Quorra 7", "2000000")),
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
        ("Quorra 7 når 64,5 % ved 1M kontekst i genfindingstesten.", "da"),
        ("Quorra 7 arbeitet mit einem Kontextfenster, das ganze Verträge fasst.", "de"),
        (
            "Orrin yakin Vexa 3 lampaui Quill 5.1 berkat penalaran, multimodalitas, dan jendela konteks "
            "1 juta token.",
            "id",
        ),
        ("Binnen einer Woche zählte Quorra 7 schon 1M Kontext-Abonnenten.", "de"),
        ("Quorra 7 の学習データは、100万トークンのコンテキストを含む長い文書から集めた。", "ja"),
    ],
)
def test_a_setting_or_an_open_owner_is_no_window(text: str, language: str) -> None:
    assert not any(v == "1000000" for _, v in windows(text, language))


@pytest.mark.parametrize(
    ("text", "language", "allowed"),
    [
        (
            "Quorra 7 y Brisa 2 alcanzan 256K de contexto y 2M de contexto, respectivamente, según Nimbus.",
            "es",
            {("Quorra 7", "256000"), ("Brisa 2", "2000000")},
        ),
        (
            "Quorra 7 und Brisa 2 bringen 256K Kontext beziehungsweise 2M Kontext mit.",
            "de",
            {("Quorra 7", "256000"), ("Brisa 2", "2000000")},
        ),
        (
            "Quorra 7, Brisa 2 y Lumo 3 alcanzan 256K de contexto y 2M de contexto respectivamente.",
            "es",
            set(),
        ),
    ],
)
def test_sizes_shared_out_respectively_pair_in_order_or_not_at_all(
    text: str, language: str, allowed: set[tuple[str, str]]
) -> None:
    assert windows(text, language) <= allowed
