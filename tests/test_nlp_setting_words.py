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


def test_a_description_column_and_a_thinking_level_state_settings() -> None:
    """A column describing each benchmark ('Competition maths (code execution)') gives its row the setting
    its words state, and nothing else it says; a header's thinking level ('(Medium Thinking Level)') is the
    effort its column ran at."""
    article, gold = load_fixture(FIXTURES / "641_description-column-and-thinking-level.json")
    got = {(s.model, s.benchmark): s.setting for s in extract(article).scores}
    want = {(g["model"], g["benchmark"]): g.get("setting") for g in gold["scores"]}
    assert got == want
    assert conditions_in("supports code execution") == {}  # the bare words are no setting
    assert conditions_in("without code execution") == {"tools": "no tools"}


def test_a_bare_without_after_a_value_negates_the_setting_before_it() -> None:
    """'41.2% with tools and 30.5% without': the second figure is the no-tools one, not a second with-tools
    figure; '(with parallel compute)' is a setting of its own."""
    article, gold = load_fixture(FIXTURES / "642_elliptic-without-after-a-value.json")
    got = {(s.benchmark, s.value): s.setting for s in extract(article).scores}
    want = {(g["benchmark"], g["value"]): g.get("setting") for g in gold["scores"]}
    assert got == want


def test_an_effort_after_a_name_and_a_rating_boards_normalized_scores_are_settings() -> None:
    """'GPT-5.4 High' in a row or before ' - ' ran at high effort; a rating board's figures on a 0-100 scale
    are the page's normalised scores, apart from the board's ratings."""
    article, gold = load_fixture(FIXTURES / "643_effort-after-a-name-and-a-normalized-board.json")
    got = {(s.model, s.benchmark): s.setting for s in extract(article).scores}
    want = {(g["model"], g["benchmark"]): g.get("setting") for g in gold["scores"]}
    assert got == want


def test_the_text_only_part_of_a_test_is_a_subset() -> None:
    """'HLE (Text-only)' and '(text-only subset)' are the text-only part of the exam, apart from the full
    exam's figures; 'a text-only model' describes a model, no setting."""
    article, gold = load_fixture(FIXTURES / "644_text-only-subset.json")
    got = {(s.model, s.value): s.setting for s in extract(article).scores}
    want = {(g["model"], g["value"]): g.get("setting") for g in gold["scores"]}
    assert got == want
    assert conditions_in("a text-only model") == {}


def test_a_preview_checkpoint_is_a_setting() -> None:
    """'Vesta-3 Pro Preview' is the model Vesta-3 Pro as a preview checkpoint: its figures are the preview's,
    apart from the released model's."""
    article, gold = load_fixture(FIXTURES / "645_preview-checkpoint-is-a-setting.json")
    got = {(s.model, s.value): s.setting for s in extract(article).scores}
    want = {(g["model"], g["value"]): g.get("setting") for g in gold["scores"]}
    assert got == want
