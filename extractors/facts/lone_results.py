"""Benchmarks a sentence names once, by the result written before them, with no list and no known benchmark
beside them: 'Halyard 3 reaches 59.7% on PlankLogic-Hard', 'it scored 44.1 percent on DuneVision', 'a new
high of 76% on Loam-Verified' (tests/test_nlp_lone_results.py reads these). run_benchmarks.py reads such
names only in a run of two results or more; a news page as often gives one result a sentence, or names one
benchmark the lists do not know between known ones.

A lone result is a weaker sign than a run, so the name must be shaped as no ordinary word is (the shapes
run_benchmarks.py asks for, so never a model-shaped 'Name-2'), and the figure must read as a result: a word of
scoring earlier in its sentence ('scores', 'reaches', 'accuracy', 'a new high of': patterns/side_words.jsonl,
kind 'result_word') or another figure just before it ('71.5% vs 69.0% on …'), or a noun of the figure ('N%
accuracy on Name') before a name with a test's shape (run_benchmarks.test_shaped: '84% accuracy on ThinkPad'
measures on a laptop); an uptime, a share or a host's load ('99.9% on Region-East', 'runs at 60.5% on
Host-Edge') carries decimals as often as a result. A name shaped like a brand's or a platform's ('25% on
OpenRouter') also needs a figure with decimals. Also refused: a name a platform's noun follows within three
words ('on Ferry-Cloud credits', 'on Tamil-English mixed prompts'; kind 'usage_noun'), a source of data ('on
RX45 logs'; kind 'source_noun'), a pair of languages ('on Hindi-English'; kind 'people'), a name after a word
of change or of a market ('up 4% on …', 'a 3% discount on …'), a sentence about money (business_figures.py),
and every name run_benchmarks.py refuses (used by mentions.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.facts.business_figures import business
from extractors.facts.entities import Mention, Spans
from extractors.facts.patterns import side_alternation, side_words
from extractors.facts.run_benchmarks import (
    ON_RESULT,
    WEAK_NAME,
    from_source,
    line_of,
    shaped_name,
    test_shaped,
)

# what a result is written after: a verb or noun of scoring, a model's name or a comparison's opening; a
# change ('up 4% on', 'rose 3% on', 'a 10% discount on') is a market's figure
# (kind 'change_word' of patterns/side_words.jsonl)
_CHANGE_BEFORE = re.compile(
    rf"(?i)\b{side_alternation('change_word', longest_first=True)}\s+"
    r"(?:by\s+)?(?:about\s+|nearly\s+|some\s+)?$"
)

# what makes a figure a result: a word of scoring before it in its sentence ('it scored 44.1', 'accuracy of
# 80%', 'scores 67.1 on A-Q, 58.0 on …') or another figure just before it ('71.5% vs 69.0% on …')
_RESULT_BEFORE = re.compile(
    rf"(?i)(?:\b{side_alternation('result_word')}\b[^.;!?\n]{{0,70}}"
    r"|\d[ \t]?(?:%|percent)?[ \t]+(?:vs\.?|versus|to|and)[ \t]+(?:\S+[ \t]+)?)$"
)
# a platform's noun among the three words after the name ('on Ferry-Cloud credits', 'on Tamil-English mixed
# prompts'): the name qualifies what is counted
_USAGE_AFTER = re.compile(rf"(?:[ \t]+[a-z][\w-]*){{0,2}}[ \t]+{side_alternation('usage_noun')}\b")
_PEOPLE = frozenset(side_words("people"))


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
        if not _RESULT_BEFORE.search(text, max(0, m.start() - 90), m.start()) and not (
            m.group("noun") and test_shaped(name)
        ):
            continue  # 'its uptime was 99.95% on Region-East': no word of scoring ('N% accuracy on' is one
            # only before a name shaped as a test's: '84% accuracy on ThinkPad' measures on a laptop)
        if from_source(text, m):
            continue  # '88% accuracy on Tarn-4 outputs': a source of data
        if _USAGE_AFTER.match(text, m.end("on")) or _PEOPLE & set(name.split("-")):
            continue  # 'on Ferry-Cloud credits', 'on Tamil-English prompts', 'on Hindi-English'
        if business(line_of(text, m)):
            continue
        out.append(name)
    return out
