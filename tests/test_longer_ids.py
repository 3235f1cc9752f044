"""A known family's member written as a longer hub id is read whole, as the same id of a family we do not
know is (extractors.facts.longer_ids): 'Qwen9-Lumen-70B-A5B' is one model, not 'Qwen9' with words after it.
Tiers, settings and compound adjectives after the member stay what the family's grammar makes of them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.facts.nlp import extract
from schema.records import Article


def _scored(text: str) -> set[tuple[str, str, float]]:
    when = datetime(2026, 12, 3, tzinfo=UTC)
    art = Article(url="https://probe.example/ids", title="Lab notes", text=text, published_at=when)
    return {(s.model, s.benchmark, s.value) for s in extract(art).scores}


@pytest.mark.parametrize(
    "name",
    [
        "Qwen9-Lumen-70B-A5B",  # a known family, a word it does not read, then sizes
        "DeepSeek-V9.2-Harbor",  # a lettered version, then a word
        "Qwen9-Coder-Lumen",  # a tier the family reads, then a word it does not
        "Qwen9-Coder-Lumen-MLX-8bit",  # a new word, then a build: the new member's build
        "Brightwell9-Lumen-70B-A5B",  # the same shape of a family we do not know: read whole already
    ],
)
def test_a_longer_hub_id_is_one_model(name: str) -> None:
    text = f"In our own runs, {name} scored 64.2 on MMMU, ahead of the older checkpoints.\n"
    assert _scored(text) == {(name, "MMMU", 64.2)}


@pytest.mark.parametrize(
    ("written", "model"),
    [
        ("Qwen9-Max", "Qwen9 Max"),  # a tier: the family's own member
        ("DeepSeek-V9-Thinking", "DeepSeek-V9"),  # a setting, not a new name
        ("GPT-9-Powered", "GPT-9"),  # a compound adjective of the page's
        ("GPT-9-Tuned", "GPT-9"),  # a participle
        ("GPT-9-Quality", "GPT-9"),  # compound adjectives: a kind of output, not a member
        ("GPT-9-Grade", "GPT-9"),
        ("Qwen9-Long-Context", "Qwen9"),  # a setting of the same model
        ("Qwen9-GPTQ", "Qwen9"),  # quantised builds of the same weights
        ("Qwen9-GGUF", "Qwen9"),
        ("Qwen9-Instruct-AWQ", "Qwen9 Instruct"),
    ],
)
def test_tiers_settings_and_compounds_stay_the_familys(written: str, model: str) -> None:
    text = f"In our own runs, {written} scored 64.2 on MMMU, ahead of the older checkpoints.\n"
    assert {m for m, _b, _v in _scored(text)} == {model}


def test_a_compound_adjective_in_prose_is_no_new_member() -> None:
    text = (
        "Bench diary\n\nPellor 6 writes GPT-9-Grade summaries for far less: Pellor 6 scored 58.5 on MMMU, "
        "while GPT-9-Grade text reached 61.3 on MMMU on the same prompts.\n"
    )
    assert {m for m, _b, _v in _scored(text)} == {"Pellor 6", "GPT-9"}
