"""Benchmarks found by their slot (extractors/facts/bench_slots.py): names standing where known benchmarks
stand in a run of items are benchmarks; setting words, versions, ratios and cells run together are not."""

from __future__ import annotations

import re

from extractors.facts.bench_slots import slot_benchmarks

_KNOWN = re.compile(r"GPQA Diamond|MMLU-Pro|SWE-bench Verified")


def _slots(text: str) -> list[str]:
    spans = [(m.start(), m.end()) for m in _KNOWN.finditer(text)]

    def known(s: int, e: int) -> bool:
        return any(a < e and s < b for a, b in spans)

    return slot_benchmarks(text, known, known)


def test_names_in_runs_of_known_benchmarks() -> None:
    assert _slots("It posts 71.0 on MMLU-Pro, 40.2 on Sorrel-K and 66.1 on GPQA Diamond.") == ["Sorrel-K"]
    assert _slots("Agents: SWE-bench Verified = 58.0, Tansy Ops = 31.9; weaker elsewhere.") == ["Tansy Ops"]
    assert _slots("Mixed (70.3% GPQA Diamond, 48.8% Brindle-XL), the lab said.") == ["Brindle-XL"]


def test_setting_words_versions_ratios_and_glued_cells_are_none() -> None:
    assert _slots("Effort GPQA Diamond: 70.1 → Max: 75.4 → High: 73.0") == []
    assert _slots("It scored 71.0 on MMLU-Pro, up from 60.2 on V3 and 58.1 on 4.5.") == []
    assert _slots("SWE-bench Verified: 61.0 | Sparse Mixing: 3:1 interleaved layers") == []
    assert _slots("GPQA Diamond: 70.1, WrenLabs2025Closed1MQA: 64.0") == []
    assert _slots("It posts 71.0 on MMLU-Pro, 12.0 on Average and 5.5 on Context Window.") == []


def test_hardware_a_figure_was_measured_on_is_none() -> None:
    assert _slots("It posts 71.0 on MMLU-Pro, 40.2 on H100 and 66.1 on GPQA Diamond.") == []
    assert _slots("It posts 71.0 on MMLU-Pro, 40.2 on Nvidia Blackwell and 66.1 on GPQA Diamond.") == []
    assert _slots("It posts 71.0 on MMLU-Pro, 40.2 on RTX 4090 and 66.1 on Sorrel-K.") == ["Sorrel-K"]


def test_settings_plans_platforms_and_languages_are_none() -> None:
    assert _slots("- GPQA Diamond: 66.0%\n- Top-P: 0.95\n- Pro Plan: 20\n- Batch Size: 32") == []
    assert _slots("Scores: GPQA Diamond = 66.0, Top-K = 40, Max Length = 8192, Beam Width = 4.") == []
    assert _slots("It posts 71.0 on MMLU-Pro, 40.2 on Vertex AI and 66.1 on GPQA Diamond.") == []
    assert _slots("Mixed (70.3% GPQA Diamond, 48.8% JavaScript, 30.1% TypeScript), the lab said.") == []
    assert _slots("Mixed (70.3% GPQA Diamond, 48.8% Brindle-XL), the lab said.") == ["Brindle-XL"]
