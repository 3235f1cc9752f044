"""Settings other languages write ('ohne Tools', 'sin herramientas', '不使用工具', '思考模式') read as the
English setting (patterns/setting_words.jsonl), so the figures of one setting compare across pages."""

from __future__ import annotations

from pathlib import Path

from extractors.facts.conditions import conditions_in
from extractors.facts.nlp import extract
from tests.test_nlp_quality import load_fixture

FIXTURES = Path(__file__).parent / "fixtures" / "nlp"


def test_row_labels_in_german_and_spanish_state_the_tools_setting() -> None:
    article, gold = load_fixture(FIXTURES / "640_setting-words-in-other-languages.json")
    got = {(s.model, s.value): s.setting for s in extract(article).scores}
    want = {(g["model"], g["value"]): g.get("setting") for g in gold["scores"]}
    assert got == want


def test_setting_words_of_other_languages() -> None:
    assert conditions_in("Ergebnis ohne Tools") == {"tools": "no tools"}
    assert conditions_in("avec des outils") == {"tools": "with tools"}
    assert conditions_in("在不使用工具的情况下") == {"tools": "no tools"}  # the negated word wins
    assert conditions_in("使用工具时") == {"tools": "with tools"}
    assert conditions_in("非思考模式") == {"model": "non-reasoning"}
    assert conditions_in("思考模式") == {"model": "Thinking"}
    assert conditions_in("mitTools") == {}  # a word inside another is none
