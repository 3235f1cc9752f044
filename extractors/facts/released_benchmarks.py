"""A release word whose released thing is a benchmark, not a model: "the Forge-9 reasoning benchmark,
released in June 2026", "The benchmark, launched in early 2026, asks …", "the newly introduced Forge-9 test
suite (June 2026)", "On June 3 the foundation shipped Forge-9, a puzzle benchmark". News pages date a new
test in the same sentences as the models measured on it; the date is the test's, so no model's release date
is read from it.

The released thing is the benchmark the release word follows as an appositive or passive ("<benchmark>,
released in", "<benchmark> that was launched in"), or the benchmark it takes as its object with no model
between ("shipped Forge-9", "launched the Forge-9 benchmark (June 2026)"). A model named as the object
("released Zeta-4 on Forge-9's launch day") keeps its date.
"""

from __future__ import annotations

import re

from extractors.facts.document import SegView
from extractors.facts.patterns import release_words, word_alternation

# the head nouns that make a phrase a benchmark when no known benchmark name is in it
_BENCH_NOUN = r"(?:benchmarks?|leaderboards?|datasets?|test\s+(?:set|suite)s?|eval(?:uation)?\s+suites?)"
# a benchmark phrase ending right before the release word: an appositive participle ('…, released in'), a
# relative clause ('… that was launched in') or a passive with no comma ('… was introduced in'); not a main
# verb after a comma ('A, which leads the benchmark, was released in …': A's)
_BEFORE_WORD = re.compile(
    r"(?:^|(?<=[\s(]))"
    + _BENCH_NOUN
    + r"\s*(?:,\s*(?:(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+)?|"
    r"\s(?:(?:which|that)\s+)?(?:was|were|had\s+been|has\s+been)\s+|\s+)(?:(?:first|newly|recently|only|just)\s+)?$",
    re.I,
)
_AFTER_BENCH = re.compile(
    r"\s*,?\s*(?:(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+)?(?:(?:first|newly|recently|only|just)\s+)?$",
    re.I,
)
_ABOUT_MODEL = re.compile(r",\s*(?:the\s+[\w-]+\s+)?(?:that|which|who)\b[^,;]*,\s*$")
# determiners and adjectives between a release word and its object
_OBJECT_GAP = re.compile(r"\s*(?:" + word_alternation(release_words("benchmark_modifier")) + r"\s+)*", re.I)
# (a name before the noun is the benchmark's, 'the Forge-9 puzzle benchmark'; no preposition in between:
# 'released Zeta-4 with a benchmark' names a model)
_OBJECT_NOUN = re.compile(
    r"\s*(?:(?!(?:with|on|in|at|for|of|and|to|by|from|as|alongside)\b)[\w.+-]+\s+){0,3}?"
    + _BENCH_NOUN
    + r"\b",
    re.I,
)


def benchmark_released(text: str, sv: SegView, trig_start: int, trig_end: int, date_start: int) -> bool:
    """Whether the release word at [trig_start, trig_end) dates a benchmark rather than a model."""
    lo = max(sv.seg.start, trig_start - 80)
    models = [r for r in sv.models() if r.via not in ("pronoun", "implied")]
    # 'A, the model that leads the Forge-9 benchmark, launched in May': the comma closes a clause about A
    prior = [r for r in models if r.end <= trig_start]
    if prior and _ABOUT_MODEL.search(text, prior[-1].end, trig_start):
        return False
    # the thing before the release word: a benchmark name or noun right before it, no model after that
    if _BEFORE_WORD.search(text, lo, trig_start):
        return True
    for b in sv.benchmarks():
        if b.end <= trig_start and _AFTER_BENCH.fullmatch(text, b.end, trig_start):
            return not any(b.end <= r.start < trig_start for r in models)
    # the released object: a benchmark name or noun right after the release word, with no model before it
    gap = _OBJECT_GAP.match(text, trig_end, sv.seg.end)
    at = gap.end() if gap is not None else trig_end
    if trig_end <= date_start and _OBJECT_NOUN.match(text, at, date_start):
        return True
    if any(r.start < at + 1 and r.end > trig_end for r in models) or any(
        trig_end <= r.start <= at for r in models
    ):
        return False
    return any(b.start == at for b in sv.benchmarks())
