"""A version setting that only repeats the version in the model's or benchmark's own name is dropped; one
the names do not end with, and every other setting, is kept (extractors/facts/own_versions.py)."""

from __future__ import annotations

from extractors.facts.own_versions import own_versions
from schema.records import Evidence, ScoreFact


def _fact(model: str, bench: str, setting: str | None) -> ScoreFact:
    return ScoreFact(
        model=model,
        benchmark=bench,
        value=61.5,
        unit="%",
        setting=setting,
        evidence=Evidence("e", 0, 1),
        confidence=0.9,
        method="table",
    )


def _setting(model: str, bench: str, setting: str | None) -> str | None:
    return own_versions([_fact(model, bench, setting)])[0].setting


def test_a_version_the_names_end_with_is_dropped() -> None:
    assert _setting("Vantor-7B-v3", "RiverQA", "v3") is None
    assert _setting("Vantor 7B", "RiverQA v2", "v2") is None
    assert _setting("Vantor 7B", "Lumen Needle v2", "64K; v2") == "64K"
    assert _setting("Vantor 7B", "RiverQA v2.1", "with tools; v2.1") == "with tools"


def test_other_versions_and_settings_are_kept() -> None:
    assert _setting("Vantor 7B", "RiverQA", "v6") == "v6"  # the test's name does not say it
    assert _setting("Vantor 7B", "RiverQA v2", "v3") == "v3"  # another version than the name's
    assert _setting("Vantor-7B-v3", "RiverQA", "max; pass@1") == "max; pass@1"
    assert _setting("Kv2", "RiverQA", "v2") == "v2"  # 'v2' inside a longer word is no version of the name
    assert _setting("Vantor 7B", "RiverQA", None) is None


def test_a_test_version_the_model_name_happens_to_end_with_is_kept() -> None:
    # a board of two versions of one test, its first row a model whose name ends in one of them
    facts = [
        _fact("Cobble v4", "Tallow-QA", "v4"),
        _fact("Cobble v4", "Tallow-QA", "v3"),
        _fact("Sprocket 8", "Tallow-QA", "v4"),
        _fact("Sprocket 8", "Tallow-QA", "v3"),
    ]
    assert [f.setting for f in own_versions(facts)] == ["v4", "v3", "v4", "v3"]
    # another model carrying the same version on the test is enough
    pair = [_fact("Cobble v4", "Tallow-QA", "v4"), _fact("Sprocket 8", "Tallow-QA", "v4")]
    assert [f.setting for f in own_versions(pair)] == ["v4", "v4"]
