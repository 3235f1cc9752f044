"""A model named without its lab is the one named with it: 'o9' and 'Acme o9', 'Q2.5' and 'Acme-Q2.5'.

Pages write a model with its maker's name in front or without it, and the extractor keeps the name as written,
so one model's figures can land under two names and never meet in a review item. `lab_aliases` maps each short
name to the full one when exactly one full name in the facts is a lab's name (patterns/lab_prefixes.jsonl)
then that short name; a short name that two full names share, or one with no digit ('Pro', 'Mini': a tier,
not a model), is left alone. The aliases join the derived size aliases (warehouse.entities
.derive_size_aliases): the reconciliation compares both names' figures, the public views keep the names.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from pathlib import Path

_FILE = Path(__file__).resolve().parent / "patterns" / "lab_prefixes.jsonl"
_KEY = re.compile(r"[\s\-_'’\"()\[\],:;!?/]")


def _key(name: str) -> str:
    return _KEY.sub("", name).lower()  # warehouse.entities.alias_key's key (not imported: no cycle)


@functools.cache
def _lab_prefix(path: Path = _FILE) -> re.Pattern[str]:
    words: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            words += [row["id"], *row.get("spellings", [])]
    alts = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    # the lab, then a blank, hyphen or slash, then the rest of the name
    return re.compile(rf"^(?:{alts})[\s/-]+(?P<tail>\S.*)$", re.I)


def lab_aliases(names: Iterable[str], path: Path = _FILE) -> dict[str, str]:
    """Short names -> full names: a name that another name is, after a lab's name, when exactly one full name
    has that tail and the tail holds a digit."""
    names = sorted(set(names))
    by_key = {_key(n): n for n in names}
    full: dict[str, set[str]] = {}
    prefix = _lab_prefix(path)
    for n in names:
        m = prefix.match(n)
        if m and re.search(r"\d", m.group("tail")):
            full.setdefault(_key(m.group("tail")), set()).add(n)
    out: dict[str, str] = {}
    for k, fs in full.items():
        short = by_key.get(k)
        if short is not None and len(fs) == 1 and short not in fs:
            out[short] = next(iter(fs))
    return out
