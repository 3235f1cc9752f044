"""Benchmarks a sentence names once, by the result written before them, with no list and no known benchmark
beside them: 'Halyard 3 reaches 61.2% on QuarryMath-2', 'it scored 48.5 percent on TallyVision', 'a new high
of 74% on Kiln-Verified'. run_benchmarks.py reads such names only in a run of two results or more; a news
page as often gives one result a sentence, or names one benchmark the lists do not know between known ones.

A lone result is a weaker sign than a run, so the name must be shaped as no ordinary word is (the shapes
run_benchmarks.py asks for), and a name shaped like a brand's or a platform's ('25% on OpenRouter', '12% on
NYSE') only with a figure carrying decimals, as results are written and shares of a market seldom are. Also
refused: a name after a word of change or of a market ('up 4% on …', 'a 3% discount on …'), a sentence about
money (business_figures.py), and every name run_benchmarks.py refuses (used by mentions.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.facts.business_figures import business
from extractors.facts.entities import Mention, Spans
from extractors.facts.run_benchmarks import ON_RESULT, WEAK_NAME, line_of, shaped_name

# what a result is written after: a verb or noun of scoring, a model's name or a comparison's opening; a
# change ('up 4% on', 'rose 3% on', 'a 10% discount on') is a market's figure
_CHANGE_BEFORE = re.compile(
    r"(?i)\b(?:up|down|rose|fell|gained|lost|dropped|jumped|climbed|slid|sank|surged|discount|off|saves?"
    r"|tax|fee|margin|growth|share|stake|interest|returns?)\s+(?:by\s+)?(?:about\s+|nearly\s+|some\s+)?$"
)


def lone_results(text: str, known: Sequence[Mention]) -> list[str]:
    """The names of lone results ('N% on Name', see the docstring) no mention covers."""
    if " on " not in text:
        return []
    covered = Spans([k for k in known if k.kind in ("benchmark", "model", "lab", "family")]).overlaps
    out: list[str] = []
    for m in ON_RESULT.finditer(text):
        name = m.group("on")
        if name in out or not shaped_name(name, covered(m.start("on"), m.end("on"))):
            continue
        if WEAK_NAME.fullmatch(name) and not re.search(r"[.,]\d", m.group("fig")):
            continue  # '25% on OpenRouter': a share of a platform's traffic as often as a result
        if _CHANGE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue
        if business(line_of(text, m)):
            continue
        out.append(name)
    return out
