"""A version setting that only repeats the version in the model's or the benchmark's own name ('Vantor-7B-v3'
scored on a test, 'RiverQA v2' with 'v2' read again off the same words) is no setting: the name already
tells that version apart, and a figure carrying it would not meet the same model's or test's figures from
pages that write the name without a setting. A version the names do not end with ('Bench v6' read off a
benchmark named 'Bench') is kept.

The facts do not say where a setting was read, so a version the model's name ends with is taken for the
test's own when the page uses it as one: another model carries it on the same test, or the same model is
scored on another version of the test (a table whose heads read 'Test (v2)' and 'Test (v1)')."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from schema.records import ScoreFact

_VERSION = re.compile(r"v\d+(?:\.\d+)?")


def _ends_with(name: str, version: str) -> bool:
    low = name.lower()
    return low.endswith(version) and (len(low) == len(version) or not low[-len(version) - 1].isalnum())


def _versions(f: ScoreFact) -> set[str]:
    return {p for p in (f.setting or "").split("; ") if _VERSION.fullmatch(p)}


def _test_versions(scores: list[ScoreFact]) -> set[tuple[str, str, str]]:
    """(benchmark, model, version) of every version the page uses as one of a test's: carried by a
    second model on that test, or one of two versions of it for the same model."""
    by_test: dict[str, list[tuple[str, set[str]]]] = {}
    for f in scores:
        by_test.setdefault(f.benchmark.lower(), []).append((f.model, _versions(f)))
    out = set()
    for bench, rows in by_test.items():
        for model, versions in rows:
            others = {v for m, vs in rows if m != model for v in vs}
            own = {v for m, vs in rows if m == model for v in vs}
            for v in versions:
                if v in others or len(own) > 1:
                    out.add((bench, model, v))
    return out


def own_versions(scores: Iterable[ScoreFact]) -> list[ScoreFact]:
    """The facts, each without a version setting its model's or benchmark's name ends with."""
    scores = list(scores)
    tests = _test_versions(scores)
    out = []
    for f in scores:
        if f.setting and "v" in f.setting:
            parts = f.setting.split("; ")
            kept = [
                p
                for p in parts
                if not (
                    _VERSION.fullmatch(p)
                    and (
                        _ends_with(f.benchmark, p)
                        or (_ends_with(f.model, p) and (f.benchmark.lower(), f.model, p) not in tests)
                    )
                )
            ]
            if len(kept) < len(parts):
                f = replace(f, setting="; ".join(kept) or None)
        out.append(f)
    return out
