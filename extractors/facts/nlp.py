"""The NLP stage: read an article's text and tables and write down every figure it states about AI models.

Public API:
    extract(article, *, candidate_threshold=0.75) -> Extraction   (pure, deterministic, no I/O)
    get_pipeline() -> spacy.Language                              (built once per process)
    alias_triples() -> list[(kind, canonical, alias)]             (to seed the warehouse's alias registry)
    load_patterns() -> list[PatternRecord]

Speed (target >= 50,000 words/s on one core). Method: the dev corpus (39 articles, 12,795 words), best CPU
time (`time.process_time`) of 10 passes after one warm-up pass, via `python -m bench.evaluation ...
--repeat 10`; and bench/run.py's `bench_nlp` (wall time over 5 passes). Measured on the shared 2-core
machine under load; CPU time there swings by +-20% between runs, so old and new were run interleaved
(old = the 0.2.0 tree, 3 alternating runs each, best-of-10 CPU):
    0.2.0: 41,000 / 42,000 / 51,000 words/s     now: 47,000 / 55,000 / 62,000 words/s  (+14-30%)
    best single observations: 0.2.0 45,000; now 70,000 (evaluation --repeat 10, quieter moment)
    the spaCy part alone (tokenize + ruler + segmenter vs matcher + segment_text): 52-82 ms -> 36-39 ms/pass
The 50,000 target is met on a quiet core but NOT with margin on this loaded machine; the remaining time is
spread over many whole-text regex scans (gates ~35 ms/pass, discovery, numbers, scores), see the report.
Since then (extractor 0.14.0, 2026-12-02): more rules, and the regexes rewritten to give the same matches for
less work (word lists grouped by first letter, `alternation.py`; possessive runs; the number scan only where a
number can start). `make bench` on that round's slower machine: ~30,000 words/s; on round 6's machine
(extractor 0.15.0) 55,254 words/s, and 0.16.0 53,454 after gates for its new readers (README, "Quality and
speed").
What changed: the spaCy Doc is no longer built per article. `extractors.facts.matcher` tokenizes each distinct
whitespace-free chunk once with the pipeline's own tokenizer (spaCy tokenizes chunks independently) and runs
the ruler's phrase patterns over the token stream, skipping chunks with no pattern token; the layout comes
straight from `segment_text` (the segmenter component only set sentence starts nobody read). The output is
identical to the ruler's (checked in tests/test_nlp_patterns.py, and the full extraction of the dev corpus
and fixtures was diffed before/after). The long-lived pipeline and pattern tables are moved out of the
cyclic GC's reach once (`gc.freeze()`), which had cost ~10%. `get_pipeline()` still builds the spaCy
pipeline (the reference path).
Round 16 (pages each seen once): no pattern is compiled from a page's own names any more (word_mentions,
version_mentions and the weak names use a literal finder, `name_shapes.literal_matches`/`whole_word_spans`;
compiling was ~10% of a new page), and bench_folds works out what a run of words spells once per run text.
Per-pass interleaved CPU medians on the loaded 2-core machine, before -> after: pages each seen once
17,900 -> 21,200 words/s (+15%), real dev texts 15,000 -> 16,600 (+11%), steady 21,500 -> 22,800 (+6%).
The largest cost left on real pages is tokenizing new chunks (spaCy's affix regexes, ~13%).
Round 19: the comparison heads (`comparison_words.HEAD`, the largest single cost of the claims pass) are tried
only where a scan finds one of their possible starts (`head_starts`, read from the pattern itself), and the
segments that can give no score (no figure, or no benchmark named or inherited) or no claim (no head and no
digit) skip those passes. Instructions per steady pass over the shared set (callgrind, load-independent):
2,753M -> 2,595M (-5.7%). The per-sentence stages were already gated; what is left is spread over the
page-wide readers (names and benchmarks found from context ~35%, tables ~11%).
Round 20: work repeated per page or per position, removed with the output byte-identical: a pattern compiled
from a fact's subject only where its sentence holds a group noun (family_subjects) or a parenthesis
(sized_members); main_refs kept on its segment; a labelled-figure scan only over the lines holding a figure;
a quadratic pronoun check turned into a Spans search; and eleven whole-page patterns that opened on a
lookbehind (tried at every position) opening on their first character instead (alternation.py's rule).
Instructions per pass over the shared set (callgrind, 2 passes after warm-up): steady 2,713M -> 2,530M
(-6.8%), pages each seen once 2,793M -> 2,605M (-6.7%).
Round 21: the regex engine is ~62% of a pass's instructions (`sre_search` inclusive; page-wide `finditer`
scans 34%), spread over ~1,000 patterns, none above 2.5% of the regex time. Page-wide patterns that opened on
a lookbehind or a lookahead open on their first character (a word list to refuse asked from behind it), a
label pattern opening on line starts scans only the lines holding its ':' or '=' (`held_lines`), and
per-segment or per-line tests ask a cheap question first (a benchmark named, a separator held). Instructions
per pass (callgrind, as above): steady 2,861M -> 2,649M (-7.4%), pages each seen once 2,924M -> 2,729M
(-6.7%). 50,000 words/s needs fewer page-wide scans, not cheaper ones.
Round 23: patterns that `re` tried at every position open on one character class instead, with the same
matches: case-blind word lists compiled without re.I behind a class of every spelling of their first letters
(`folded_openings`: the claim gates for ties and places, a group-noun test, six windows before a figure or a
name), the date gate in two parts, word lists whose boundary moves after their first letter, and a list-item
pattern that opened on an optional run of blanks (alone 1.4%). Instructions per steady pass over the shared
set (callgrind, collected over 2 passes after 2 warm-up passes): 2,824M -> 2,707M (-4.1%), and after rebasing
onto the round's other changes 2,857M -> 2,764M (-3.3%); every fact of 1,613 texts identical. Tried and
dropped: a letter class before the lookbehind of the id and snapshot patterns (slower, as alternation.py
says).
Round 26: where a pass goes (CPU per steady pass over the shared set, wrapped timers): the mentions ~30% (name
discovery 9%, benchmark discovery 5%, the phrase matcher 4%), attributes 15%, claims 14%, tables 11%, scores
9%; page-wide regex scans are ~28% of a pass and the segment gates ~8%. Scans `re` tried at every position
open on a class instead (five patterns; three '(?m)^' gates as held_lines.LineOpening), and the id-shaped
scans are tried only at the words holding their anchor (`token_anchors`: a hyphen before a digit, two
separators).
Instructions per steady pass (callgrind, 2 passes after 2 warm-up passes): 2,851M -> 2,704M (-5.2%; -4.1%
to -5.9% over runs with other hash seeds); CPU time ~1-2% (the instructions saved are re's cheap skipping
loops); every fact of 1,596 texts identical."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from spacy.language import Language

from extractors.facts import attributes as attr_mod
from extractors.facts import claims as claim_mod
from extractors.facts.discovery import LABEL_NAME
from extractors.facts.document import DocView, fold
from extractors.facts.entities import TIERS, build_pipeline, knowledge
from extractors.facts.headed_runs import headed_benchmarks
from extractors.facts.own_versions import own_versions
from extractors.facts.patterns import PatternRecord
from extractors.facts.patterns import alias_triples as _alias_triples
from extractors.facts.patterns import load_patterns as _load_patterns
from extractors.facts.reader import read_document
from extractors.facts.scores import prose_scores
from extractors.facts.segments import clean_text, segment_text
from extractors.facts.sized_members import sized_members
from extractors.facts.sole_members import sole_member_attributes, sole_members
from extractors.facts.superseded_figures import superseded
from extractors.facts.tables import table_facts
from extractors.facts.test_parts import named_parts
from schema.records import Article, AttributeFact, EntityCandidate, Extraction, ScoreFact

DEFAULT_THRESHOLD = 0.5


def get_pipeline() -> Language:
    """The spaCy pipeline (blank English, news segmenter, span ruler over the pattern files); cached."""
    return build_pipeline()


def load_patterns() -> list[PatternRecord]:
    return _load_patterns()


def alias_triples() -> list[tuple[str, str, str]]:
    return _alias_triples()


_TIER_END, _VERSIONED_HEAD = re.compile(r"\s+(?:" + TIERS + r")$"), re.compile(r"(.+?)[ -]?[A-Z]?\d[\w.]*$")


def _named_mode(f: ScoreFact) -> ScoreFact:
    """A mode that a lab ships as a model of its own: 'Name 3 Pro' with the setting 'Deep Think' is the model
    'Name 3 Deep Think' when the family's pattern lists that mode (a table's 'heavy' row stays a setting)."""
    if not f.setting or ";" in f.setting:
        return f
    mode = " ".join(w[:1].upper() + w[1:] for w in f.setting.split())
    base = _TIER_END.sub("", f.model)
    head = _VERSIONED_HEAD.match(base)
    family = knowledge().family_alias.get(head.group(1)) if head else None
    if family is not None and mode in _family_modes().get(family, ()):
        return replace(f, model=f"{base} {mode}", setting=None)  # a family that names such a mode as a model
    return f


@cache
def _family_modes() -> dict[str, frozenset[str]]:
    """The modes each family ships as models of their own (families.jsonl `modes`: 'Name 3 Deep Think')."""
    fams = [r for r in knowledge().records if r.kind == "family" and r.modes]
    return {r.canonical: frozenset((r.modes or "").split("|")) for r in fams}


NORMALIZED = "normalized 0-100"


def _rescaled(f: ScoreFact) -> ScoreFact:
    """A rating board's figure on a 0-100 scale ('| GPT-5 | 95.3 |' on an Elo arena) is the page's
    normalised score, not a rating: a setting of its own, so it is never set against the board's ratings."""
    if f.unit != "elo" or f.value > 100 or NORMALIZED in (f.setting or ""):
        return f
    return replace(f, setting=f"{f.setting}; {NORMALIZED}" if f.setting else NORMALIZED)


def _dedupe_scores(facts: list[ScoreFact]) -> list[ScoreFact]:
    best: dict[tuple[str, str, float, str | None], ScoreFact] = {}
    for f in map(_rescaled, map(_named_mode, facts)):
        if (glued := _GLUED_LABEL.match(f.model)) is not None:
            f = replace(f, model=f.model[glued.end() :])
        if _QUANTITY_NAME.fullmatch(f.model.strip()):
            continue
        # one benchmark in two spellings (a table's row label 'Name-Val', the prose's 'NameVal') is one fact;
        # a '+' names another benchmark ('HumanEval+' is not 'HumanEval'), so it is kept
        key = (f.model, fold(f.benchmark) + "+" * f.benchmark.count("+"), round(f.value, 4), f.setting)
        cur = best.get(key)
        if cur is None or f.confidence > cur.confidence:
            best[key] = f
    # the same value for the same pair, once with and once without a setting: keep the one with the setting
    out = []
    for key, f in best.items():
        if key[3] is None and any(k[:3] == key[:3] and k[3] for k in best):
            continue
        out.append(f)
    return out


# a quantity is never a model's name ('128K', '1T', '32B'): a table cell read as a name
_QUANTITY_NAME = re.compile(r"[~≈]?\d[\d.,]*\s*(?:[KMBTkmbt]|tokens?)?")


# a spec sheet's label glued to the name it labels ('ModelMistral Small 3.1'): the name without it
_GLUED_LABEL = re.compile(r"(?:Model|Models|Name)(?=[A-Z][a-z])")


def _dedupe_attrs(facts: list[AttributeFact]) -> list[AttributeFact]:
    best: dict[tuple[str, str, str, str | None], AttributeFact] = {}
    for f in facts:
        if (glued := _GLUED_LABEL.match(f.subject)) is not None:
            f = replace(f, subject=f.subject[glued.end() :])
        if _QUANTITY_NAME.fullmatch(f.subject.strip()) or LABEL_NAME.match(f.subject):
            continue
        # one model spelt two ways ('Name-3-Base' in one table, 'Name-3 Base' in the next) is one subject;
        # fold keeps every script's letters, so two names in Chinese characters stay two
        key = (fold(f.subject), f.attribute, f.value, f.qualifier)
        if key not in best or f.confidence > best[key].confidence:
            best[key] = f
    return list(best.values())


def read(article: Article, candidate_threshold: float = DEFAULT_THRESHOLD) -> DocView:
    """The analysed document (for debugging and for the other stages' tests)."""
    clean = clean_text(article.text)
    return read_document(article, clean, segment_text(clean.text), candidate_threshold)


def extract(article: Article, *, candidate_threshold: float = DEFAULT_THRESHOLD) -> Extraction:
    """Every score, attribute and comparative claim the article states, with evidence, and the names found
    from context (candidates at or above `candidate_threshold` are used as models meanwhile)."""
    view = read(article, candidate_threshold)
    t_scores, t_attrs = table_facts(view)  # first: marks the lines it reads as table rows
    scores = prose_scores(view)
    attrs = attr_mod.prose_attributes(view) + sized_members(t_attrs, view.doc_models, view.text)
    claims = claim_mod.prose_claims(view)
    cands = tuple(
        EntityCandidate(c.name, c.kind, c.confidence, view.evidence(c.start, c.end))
        for c in sorted(view.candidates, key=lambda c: (-c.confidence, c.name))
    )
    return Extraction(
        scores=tuple(
            _dedupe_scores(
                named_parts(
                    own_versions(sole_members(headed_benchmarks(view, t_scores + scores), view.doc_models))
                )
            )
        ),
        attributes=tuple(_dedupe_attrs(superseded(sole_member_attributes(attrs, view.doc_models)))),
        claims=tuple(claims),
        candidates=cands,
        focus_model=view.focus,
    )
