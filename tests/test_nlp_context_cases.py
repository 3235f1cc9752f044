"""Fixture articles whose every gold score must come out exactly, with nothing else (invented names)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.facts.nlp import extract
from tests.test_nlp_quality import load_fixture

FIXTURES = Path(__file__).parent / "fixtures" / "nlp"
EXACT = [
    "39_quillmark-index-prose.json",  # a benchmark introduced in prose becomes the current one
    "40_gorse-3-interview-suite.json",  # 'our internal <Name> Tasks suite' in an interview answer
    "42_larkspur-3-lite-tier.json",  # a tier after the family name is part of the model's name
    "43_moorhen-5-pro-rival-it.json",  # "It" after a comparison is its subject, not the rival
    "41_bramble-retest-fractions.json",  # fractions of a re-test under a benchmark heading line
    "44_sorrel-2-tier-sections.json",  # "The Lite model" heading; a weakly named "Name-2 Max" in prose
    "45_unresolved-index-prose.json",  # a name we cannot resolve takes no values; nor does its tail
    "46_index-intro-new-paragraph.json",  # the introduced name holds for the section, under a heading
]


@pytest.mark.parametrize("name", EXACT)
def test_scores_exact(name: str) -> None:
    article, gold = load_fixture(FIXTURES / name)
    got = sorted((s.model, s.benchmark, round(s.value, 1)) for s in extract(article).scores)
    want = sorted((g["model"], g["benchmark"], round(float(g["value"]), 1)) for g in gold["scores"])
    assert got == want


def test_named_index_has_no_unit() -> None:
    article, _ = load_fixture(FIXTURES / "39_quillmark-index-prose.json")
    units = {s.unit for s in extract(article).scores if s.benchmark == "Quillmark Agentic Index"}
    assert units == {None}


def test_same_harness_carries_the_paragraphs_setting() -> None:
    article, _ = load_fixture(FIXTURES / "41_bramble-retest-fractions.json")
    settings = {s.model: s.setting for s in extract(article).scores if s.value != 74.0}
    assert settings["GPT-5.4"] == settings["Bramble 2 Ultra"]
    assert settings["GPT-5.4"] and "Tarn harness" in settings["GPT-5.4"]
