"""The NLP stage: read an article's text and tables and write down every figure it states about AI models.

Public API:
    extract(article, *, candidate_threshold=0.75) -> Extraction   (pure, deterministic, no I/O)
    get_pipeline() -> spacy.Language                              (built once per process)
    alias_triples() -> list[(kind, canonical, alias)]             (to seed the warehouse's alias registry)
    load_patterns() -> list[PatternRecord]
"""

from __future__ import annotations

from spacy.language import Language

from extractors import attributes as attr_mod
from extractors import claims as claim_mod
from extractors.document import DocView, read_document
from extractors.entities import build_pipeline, run_pipeline
from extractors.patterns import PatternRecord
from extractors.patterns import alias_triples as _alias_triples
from extractors.patterns import load_patterns as _load_patterns
from extractors.scores import prose_scores
from extractors.segments import clean_text
from extractors.tables import table_facts
from schema.records import Article, AttributeFact, EntityCandidate, Extraction, ScoreFact

DEFAULT_THRESHOLD = 0.75


def get_pipeline() -> Language:
    """The spaCy pipeline (blank English, news segmenter, span ruler over the pattern files); cached."""
    return build_pipeline()


def load_patterns() -> list[PatternRecord]:
    return _load_patterns()


def alias_triples() -> list[tuple[str, str, str]]:
    return _alias_triples()


def _dedupe_scores(facts: list[ScoreFact]) -> list[ScoreFact]:
    best: dict[tuple[str, str, float, str | None], ScoreFact] = {}
    for f in facts:
        key = (f.model, f.benchmark, round(f.value, 4), f.setting)
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


def _dedupe_attrs(facts: list[AttributeFact]) -> list[AttributeFact]:
    best: dict[tuple[str, str, str, str | None], AttributeFact] = {}
    for f in facts:
        key = (f.subject, f.attribute, f.value, f.qualifier)
        if key not in best or f.confidence > best[key].confidence:
            best[key] = f
    return list(best.values())


def read(article: Article, candidate_threshold: float = DEFAULT_THRESHOLD) -> DocView:
    """The analysed document (for debugging and for the other stages' tests)."""
    clean = clean_text(article.text)
    doc = run_pipeline(clean.text)
    layout = doc.user_data["newskb_layout"]
    return read_document(article, doc, clean, layout, candidate_threshold)


def extract(article: Article, *, candidate_threshold: float = DEFAULT_THRESHOLD) -> Extraction:
    """Every score, attribute and comparative claim the article states, with evidence, and the names found
    from context (candidates at or above `candidate_threshold` are used as models meanwhile)."""
    view = read(article, candidate_threshold)
    t_scores, t_attrs = table_facts(view)  # first: marks the lines it reads as table rows
    scores = prose_scores(view)
    attrs = attr_mod.prose_attributes(view) + t_attrs
    claims = claim_mod.prose_claims(view)
    cands = tuple(
        EntityCandidate(c.name, c.kind, c.confidence, view.evidence(c.start, c.end))
        for c in sorted(view.candidates, key=lambda c: (-c.confidence, c.name))
    )
    return Extraction(
        scores=tuple(_dedupe_scores(t_scores + scores)),
        attributes=tuple(_dedupe_attrs(attrs)),
        claims=tuple(claims),
        candidates=cands,
        focus_model=view.focus,
    )
