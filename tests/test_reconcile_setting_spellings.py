"""One setting written two ways ('w/ tools' and 'with tools', 'Non-thinking' and 'non-reasoning') is one
setting when reconciliation compares figures: their values are compared, and differing ones disputed."""

from __future__ import annotations

from pathlib import Path

import pytest

from warehouse.agreement import key_id, norm_setting, score_value, setting_spellings
from warehouse.reconcile import Fact, build_keys


def _fact(fid: str, value: float, setting: str | None) -> Fact:
    return Fact(fid, "score", "Quell-2", "Humanity's Last Exam", None, setting, "%", fid, fid,
                f"{fid}.example", "news", score_value(value, None))  # fmt: skip


def test_two_spellings_of_one_setting_are_compared() -> None:
    keys = build_keys([_fact("a", 44.0, "w/ tools"), _fact("b", 51.0, "With tools")])
    assert len(keys) == 1 and keys[0].conflict  # one setting, two values beyond rounding
    keys = build_keys(
        [_fact("c", 30.2, "Thinking; Non-thinking"), _fact("d", 30.2, "thinking; non-reasoning")]
    )
    assert len(keys) == 1 and not keys[0].conflict


def test_explicitly_different_settings_stay_apart() -> None:
    keys = build_keys([_fact("a", 44.0, "w/ tools"), _fact("b", 31.0, "w/o tools")])
    assert len(keys) == 2 and not any(k.conflict for k in keys)


def test_a_setting_in_one_spelling_keeps_its_key() -> None:
    assert norm_setting("high; no tools") == "highnotools"  # the key it always had
    assert key_id("score", "Quell-2", "HLE", None, "w/ python") == key_id(
        "score", "Quell-2", "HLE", None, "with Python"
    )


def test_the_spellings_are_data_and_a_bad_row_names_its_file(tmp_path: Path) -> None:
    spellings = setting_spellings()
    assert spellings["wotools"] == "notools" and spellings["fiveshot"] == "5shot"
    bad = tmp_path / "setting_spellings.jsonl"
    bad.write_text('{"id": "with tools", "spellings": ["w/ tools"]}\n{"id": "no tools"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"setting_spellings\.jsonl:2"):
        setting_spellings(bad)
    bad.write_text('{"id": "no tools", "spellings": "w/o tools"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"setting_spellings\.jsonl:1: .*not a list"):
        setting_spellings(bad)
