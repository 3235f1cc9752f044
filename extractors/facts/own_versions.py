"""A version setting that only repeats the version in the model's or the benchmark's own name ('Vantor-7B-v3'
scored on a test, 'RiverQA v2' with 'v2' read again off the same words) is no setting: the name already
tells that version apart, and a figure carrying it would not meet the same model's or test's figures from
pages that write the name without a setting. A version the names do not end with ('Bench v6' read off a
benchmark named 'Bench') is kept."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from schema.records import ScoreFact

_VERSION = re.compile(r"v\d+(?:\.\d+)?")


def _ends_with(name: str, version: str) -> bool:
    low = name.lower()
    return low.endswith(version) and (len(low) == len(version) or not low[-len(version) - 1].isalnum())


def own_versions(scores: Iterable[ScoreFact]) -> list[ScoreFact]:
    """The facts, each without a version setting its model's or benchmark's name ends with."""
    out = []
    for f in scores:
        if f.setting and "v" in f.setting:
            parts = f.setting.split("; ")
            kept = [
                p
                for p in parts
                if not (_VERSION.fullmatch(p) and (_ends_with(f.model, p) or _ends_with(f.benchmark, p)))
            ]
            if len(kept) < len(parts):
                f = replace(f, setting="; ".join(kept) or None)
        out.append(f)
    return out
