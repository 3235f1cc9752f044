"""A version setting that only repeats the version in the model's or the benchmark's own name ('Vantor-7B-v3'
scored on a test, 'RiverQA v2' with 'v2' read again off the same words) is no setting: the name already
tells that version apart, and a figure carrying it would not meet the same model's or test's figures from
pages that write the name without a setting. A version the names do not end with ('Bench v6' read off a
benchmark named 'Bench') is kept.

The facts do not say where a setting was read, so a version the model's name ends with is taken for the
test's own when the page uses it as one: another model carries it on the same test, or the same model is
scored on another version of the test (a table whose heads read 'Test (v2)' and 'Test (v1)').

A version read as a setting of a board whose editions the lists hold as tests of their own ('BFCL (v3)', 'the
Berkeley Function Calling Leaderboard v3': the board 'BFCL' with a setting 'v3') is that edition, with no
setting left, so that every spelling of one edition meets under one id. The lists decide which editions
stand apart: a major edition is its own test ('BFCL v3', 'BFCL v4': their task sets differ, and figures of two
editions do not compare), a point release is its major's ('BFCL v3.1' is 'BFCL v3'), and where the lists keep
the editions under one id ('LiveCodeBench v6' is 'LiveCodeBench') the version stays a setting."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from extractors.facts.entities import pattern_mentions
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


def _edition(benchmark: str, version: str) -> str | None:
    """The listed test that is `benchmark`'s edition `version`, when the lists hold one apart from it."""
    name = f"{benchmark} {version}"
    for x in pattern_mentions(name):
        if x.kind == "benchmark" and x.start == 0 and x.end == len(name) and x.canonical != benchmark:
            return x.canonical
    return None


def _as_edition(f: ScoreFact) -> ScoreFact:
    """The fact on its board's edition when a version setting names one the lists hold apart (module doc)."""
    for v in sorted(_versions(f)):
        edition = _edition(f.benchmark, v)
        if edition is not None:
            kept = [p for p in (f.setting or "").split("; ") if p != v]
            return replace(f, benchmark=edition, setting="; ".join(kept) or None)
    return f


def own_versions(scores: Iterable[ScoreFact]) -> list[ScoreFact]:
    """The facts, each without a version setting its model's or benchmark's name ends with, and each on its
    board's edition where a version setting names one (module docstring)."""
    scores = [_as_edition(f) if f.setting and "v" in f.setting else f for f in scores]
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
                        # the test's own version ('RiverQA v2.1': 'v2.1'), or a point release of its edition
                        # ('BFCL v3' with 'v3.1')
                        _ends_with(f.benchmark, p)
                        or _ends_with(f.benchmark, p.split(".")[0])
                        or (_ends_with(f.model, p) and (f.benchmark.lower(), f.model, p) not in tests)
                    )
                )
            ]
            if len(kept) < len(parts):
                f = replace(f, setting="; ".join(kept) or None)
        out.append(f)
    return out
