"""A model named without its lab is the one named with it: 'o9' and 'Acme o9', 'Q2.5' and 'Acme-Q2.5'.

Pages write a model with its maker's name in front or without it, and the extractor keeps the name as written,
so one model's figures can land under two names and never meet in a review item. `lab_aliases` maps each short
name to the full one when exactly one full name in the facts is a lab's name (the extractor's labs.jsonl, with
the hub spellings of patterns/lab_prefixes.jsonl) then that short name; a short name that two full names
share, one with no digit ('Pro', 'Mini': a tier, not a model), one that is only a version ('3', '2.5': what is
left when a spelling of the lab holds the family name too), and one the name lists give another lab ('ChipCo
Name-3' when Name-3 is a different lab's: the chip maker's repackaging or its own product) are left alone. The
aliases join the derived size aliases (warehouse.entities.derive_size_aliases): the reconciliation compares
both names' figures, the public views keep the names.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from extractors.facts.alternation import longest_first
from extractors.facts.patterns import PATTERN_DIR, data_rows
from warehouse.alias_keys import alias_key as _key

# the labs and their spellings are the extractor's (extractors/facts/patterns/labs.jsonl); this file adds
# only the spellings a model hub's organisation names give ('deepseek-ai/…'), which the extractor tags no lab
_FILE = Path(__file__).resolve().parent / "patterns" / "lab_prefixes.jsonl"


@functools.cache
def _lab_prefix(path: Path = _FILE) -> tuple[re.Pattern[str], dict[str, str]]:
    """The pattern of a lab-prefixed name, and each spelling's key -> its lab's id: the labs of labs.jsonl
    (`pattern` a spelling of `id`) and the further spellings of `path`."""
    lab: dict[str, str] = {}
    words: set[str] = set()
    spellings = [(r["id"], r["pattern"]) for r in data_rows(PATTERN_DIR / "labs.jsonl", ("id", "pattern"))]
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            spellings += [(row["id"], w) for w in (row["id"], *row.get("spellings", []))]
    for lab_id, w in spellings:
        lab[_key(w)] = lab_id
        words.add(w)
    alts = "|".join(re.escape(w) for w in longest_first(words))
    # the lab, then a blank, hyphen or slash, then the rest of the name
    return re.compile(rf"^(?P<lab>{alts})[\s/-]+(?P<tail>\S.*)$", re.I), lab


def _known_lab(name: str) -> str | None:
    """The lab the extractor's name lists give a model name (None when they do not know it)."""
    from extractors.facts.entities import lab_of  # the name lists are the extractor's; loaded on first use

    return lab_of(name)


def lab_aliases(
    names: Iterable[str], path: Path = _FILE, owner: Callable[[str], str | None] = _known_lab
) -> dict[str, str]:
    """Short names -> full names: a name that another name is, after a lab's name, when exactly one full name
    has that tail, the tail holds a letter and a digit, and `owner` gives the short name no other lab."""
    names = sorted(set(names))
    by_key = {_key(n): n for n in names}
    full: dict[str, set[str]] = {}
    prefix, lab_id = _lab_prefix(path)
    labs: dict[str, str] = {}
    for n in names:
        m = prefix.match(n)
        tail = m.group("tail") if m else ""
        if m and re.search(r"\d", tail) and re.search(r"[^\W\d_]", tail):
            full.setdefault(_key(tail), set()).add(n)
            labs[n] = lab_id.get(_key(m.group("lab")), "")
    out: dict[str, str] = {}
    for k, fs in full.items():
        short = by_key.get(k)
        if short is None or len(fs) != 1 or short in fs:
            continue
        name = next(iter(fs))
        known = owner(short)
        if known is None or _key(known) == _key(labs[name]):
            out[short] = name
    return out
