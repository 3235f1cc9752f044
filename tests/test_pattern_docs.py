"""Every list the extractor reads is documented: a pattern file missing from patterns/README.md fails here."""

from __future__ import annotations

import re

from extractors.facts.patterns import PATTERN_DIR


def test_every_pattern_file_is_in_the_readme() -> None:
    readme = (PATTERN_DIR / "README.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `([a-z_]+\.jsonl)` \|", readme, flags=re.M))
    present = {p.name for p in PATTERN_DIR.glob("*.jsonl")}
    assert present - listed == set(), "pattern files not described in patterns/README.md"
    assert listed - present == set(), "patterns/README.md describes files that are gone"
