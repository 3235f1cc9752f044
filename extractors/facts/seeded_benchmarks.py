"""A second look for benchmark names no list knows, seeded by the names the first look found.

The readers that find a benchmark by its place in a run ('N% on A, M% on B', 'A: N%, B: M%', 'A (N%) and
B (M%)') accept a name when a benchmark the lists know stands beside it the same way. On a page whose every
benchmark is new, no member of the run is known and the run is lost, although one of its members may have
been found by its own shape ('…Bench', '…Eval', 'the <Name> benchmark'). This module reads the runs again
with the names found so far counted as known, so one member found by its shape brings in its siblings.

A sibling so found must be no platform's, period's or model's name (a word and its version; a name and a
count such as '-500' or '8K' is no version): a seed found by its shape is weaker evidence than a known
benchmark, and a run of shares may mix a benchmark with clouds ('71% on KelpEval, 30% on AWS') or a rival
model ('Pennant-5 (58.2% vs 55.0%)'). Nor is it a word in the possessive ('Orrin's own set'), a weekday or a
month, a hosted service (side_words.jsonl kind 'platform') or a name ending like one ('<Word> Cloud', kind
'platform_end'), nor a name whose every figure follows a growth or uptake word in its clause ('usage grew
40% on Name'). And it must look like a benchmark's name itself: capitals inside it, a digit or a benchmark's
ending; plain capitalised words ('Refund Letters') beside a seed are an in-house task as often as a test
(used by mentions.py, after the first look)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.facts.business_figures import business, period_or_size
from extractors.facts.dates import MONTHS, WEEKDAYS
from extractors.facts.entities import Mention
from extractors.facts.patterns import side_alternation, side_words
from extractors.facts.run_benchmarks import run_benchmarks
from extractors.facts.unknown_bench import discover_benchmarks

# a name shaped like a model's: a word and a version of one or two digits that ends it or a word ('Pennant-5',
# 'Halyard 3 Pro', 'Tarn V4'); not a year ('KELP 2025') nor a count glued to a letter ('KELP8K')
_MODEL_SHAPED = re.compile(r"[A-Z][A-Za-z]*[- ]?[A-Z]?(?!(?:19|20)\d\d(?!\d))\d{1,2}(?:\.\d+)*(?![\w.])")
_PLATFORMS = frozenset(side_words("capitals"))
_CLOSING = re.compile(r"(?i)bench|eval|arena|index|qa\b")
_HOSTS = frozenset(side_words("platform"))
_HOST_ENDS = frozenset(side_words("platform_end"))
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)
# capitals inside the name, a digit or a benchmark's ending: what makes a new name look like a test's
_BENCH_LOOK = re.compile(r"[A-Z][^ ]*[A-Z]|[a-z][A-Z]|\d")
# a growth or uptake word earlier in the figure's clause ('adoption rose 45% on Name')
_UPTAKE = re.compile(r"(?i)\b" + side_alternation("growth", "uptake_word") + r"\b")


def _sibling(name: str) -> bool:
    """Whether a name found beside a seed may be a benchmark's (see the docstring): not a platform, a
    place or a unit the lists hold ('AWS', 'EU'), a hosted service or a name ending like one ('<Word>
    Cloud'), a possessive, a weekday or a month, a period or a business figure ('Q3', 'EMEA'), nor a name
    shaped like a model's (a word and its version: 'Pennant-5'), whatever else it is called; and it looks
    like a benchmark's name (capitals inside, a digit or a benchmark's ending)."""
    words = name.split()
    if any(w in _PLATFORMS or w.upper() in _PLATFORMS or w in _HOSTS for w in words):
        return False
    if words[-1] in _HOST_ENDS or re.search(r"['’]s?$", name) or name.lower() in _CALENDAR:
        return False
    if period_or_size(words[0]) or business(name):
        return False
    if not _BENCH_LOOK.search(name) and not _CLOSING.search(name):
        return False
    return not _MODEL_SHAPED.match(name) or bool(_CLOSING.search(name))


def _uptake_only(text: str, name: str) -> bool:
    """Whether every place the page writes `name` follows a growth or uptake word in its clause."""
    places = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)]
    for at in places:
        clause = max(text.rfind(c, 0, at) for c in ".;!?\n")
        if not _UPTAKE.search(text, clause + 1, at):
            return False
    return bool(places)


def seeded_benchmarks(text: str, known: Sequence[Mention], found: dict[str, str]) -> dict[str, str]:
    """Names the run readers accept once `known` holds the discovered benchmarks too (surface -> canonical),
    those `found` already holds left out."""
    out: dict[str, str] = {}
    for name, canon in discover_benchmarks(text, known).items():
        if name not in found and _sibling(name) and not _uptake_only(text, name):
            out[name] = canon
    for name in run_benchmarks(text, known):
        if name not in found and name not in out and _sibling(name) and not _uptake_only(text, name):
            out[name] = name
    return out
