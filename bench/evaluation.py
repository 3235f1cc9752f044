"""A fast dev loop: score extractions against gold jsonl with the matching rules of the shared scorer.

usage: python -m bench.evaluation CORPUS_DIR GOLD_DIR [-v] [--only PREFIX] [--by-method]

Names are compared after lower-casing, dropping parenthesised parts and non-alphanumerics and mapping the
gold's aliases to canonical names; score values agree within 0.05 (a fraction of 1 also matches a percentage);
optional gold facts are neither required nor counted against precision. Articles get the published_at the eval
site gives them (2026-04-20 12:00 UTC minus one hour per file, in file order).
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import time
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from schema.records import Article, Extraction

Gold = dict[str, Any]


def norm(s: object) -> str:
    if s is None:
        return ""
    t = unicodedata.normalize("NFKC", str(s)).lower().replace("’", "'").replace("‘", "'")
    t = re.sub(r"\([^)]*\)", " ", t)
    t = re.sub(r"^the\s+", "", t)
    return re.sub(r"[^a-z0-9]", "", t)


def close(sys_v: float, gold_v: float) -> bool:
    return abs(sys_v - gold_v) <= 0.051 or abs(sys_v * 100 - gold_v) <= 0.051


def same_attr_value(sys_v: object, gold_v: object) -> bool:
    if isinstance(gold_v, str):
        sv = str(sys_v).strip()
        return sv == gold_v or (len(gold_v) == 7 and sv.startswith(gold_v))
    try:
        x = float(str(sys_v).replace(",", ""))
    except ValueError:
        return False
    g = float(str(gold_v))
    return abs(x - g) <= max(0.5, 0.025 * abs(g))


def alias_map(gold: Iterable[Gold], name_key: str, alias_key: str) -> dict[str, str]:
    m: dict[str, str] = {}
    for g in gold:
        for a in [g[name_key], *g.get(alias_key, [])]:
            m.setdefault(norm(a), norm(g[name_key]))
    return m


@dataclass(slots=True)
class Result:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[tuple[str, ...]] = field(default_factory=list)
    false_hits: list[tuple[str, ...]] = field(default_factory=list)
    # (kind, "tp" | "fp") -> count, where kind is what `kind_of` says of a system fact (its method)
    by_kind: collections.Counter[tuple[str, str]] = field(default_factory=collections.Counter)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _score_files(
    system: Mapping[str, Extraction],
    gold: Sequence[Gold],
    facts_of: Callable[[Extraction], set[tuple[Any, ...]]],
    same: Callable[[tuple[Any, ...], Gold], bool],
    shown: Callable[[tuple[Any, ...]], tuple[str, str, str]],
    missed: Callable[[Gold], tuple[str, str, str]],
    kind_of: Callable[[str, tuple[Any, ...]], str] | None = None,
) -> Result:
    """score.py's matching, per file: each system fact takes the first unmatched gold fact it matches;
    matches to optional gold count neither way; unmatched required gold facts are misses."""
    res = Result()
    by_file: dict[str, list[Gold]] = collections.defaultdict(list)
    for g in gold:
        by_file[g["file"]].append(g)
    for f in sorted(system):
        remaining = list(by_file.get(f, []))
        for fact in sorted(facts_of(system[f])):
            hit = next((g for g in remaining if same(fact, g)), None)
            kind = kind_of(f, fact) if kind_of else ""
            if hit is None:
                res.fp += 1
                res.by_kind[kind, "fp"] += 1
                res.false_hits.append((f, *shown(fact), *([f"[{kind}]"] if kind else [])))
                continue
            remaining.remove(hit)
            res.tp += 0 if hit.get("optional") else 1
            res.by_kind[kind, "tp"] += 0 if hit.get("optional") else 1
        for g in remaining:
            if not g.get("optional"):
                res.fn += 1
                res.misses.append((f, *missed(g)))
    return res


def score_scores(system: Mapping[str, Extraction], gold: Sequence[Gold]) -> Result:
    mmap = alias_map(gold, "model", "model_aliases")
    bmap = alias_map(gold, "benchmark", "benchmark_aliases")
    method: dict[tuple[str, str, str, float], str] = {}
    for f, ex in system.items():
        for s in ex.scores:
            method.setdefault((f, s.model, s.benchmark, round(s.value, 4)), s.method)
    return _score_files(
        system,
        gold,
        lambda ex: {
            (
                mmap.get(norm(s.model), norm(s.model)),
                bmap.get(norm(s.benchmark), norm(s.benchmark)),
                round(s.value, 4),
                s.model,
                s.benchmark,
            )
            for s in ex.scores
        },
        lambda t, g: (
            norm(g["model"]) == t[0] and norm(g["benchmark"]) == t[1] and close(t[2], float(g["value"]))
        ),
        lambda t: (t[3], t[4], str(t[2])),
        lambda g: (g["model"], g["benchmark"], str(g["value"])),
        lambda f, t: method.get((f, t[3], t[4], t[2]), ""),
    )


def score_attributes(system: Mapping[str, Extraction], gold: Sequence[Gold]) -> Result:
    smap = alias_map(gold, "subject", "subject_aliases")
    return _score_files(
        system,
        gold,
        lambda ex: {
            (smap.get(norm(a.subject), norm(a.subject)), a.attribute.strip().lower(), a.value, a.subject)
            for a in ex.attributes
            if a.attribute in GOLD_ATTRIBUTES
        },
        lambda t, g: (
            norm(g["subject"]) == t[0] and g["attribute"] == t[1] and same_attr_value(t[2], g["value"])
        ),
        lambda t: (t[3], t[1], t[2]),
        lambda g: (g["subject"], g["attribute"], str(g["value"])),
    )


# claims: relations are compared in one direction (a converse relation is its partner with the sides swapped),
# `on_par_with` is symmetric, and names the extractor may use for the same relations are read as the gold's
CONVERSE = {
    "behind": "outperforms",
    "slower_than": "faster_than",
    "more_expensive_than": "cheaper_than",
    "more_compute_than": "less_compute_than",
    "larger_than": "smaller_than",
}
SYNONYMS = {"ahead_of": "outperforms", "beats": "outperforms", "trails": "behind", "matches": "on_par_with"}


def claim_key(subject: str, relation: str, obj: str) -> tuple[str, str, str]:
    rel = SYNONYMS.get(relation, relation)
    if rel in CONVERSE:
        return (obj, CONVERSE[rel], subject)
    if rel == "on_par_with":
        a, b = sorted((subject, obj))
        return (a, rel, b)
    return (subject, rel, obj)


def score_claims(
    system: Mapping[str, Extraction], gold: Sequence[Gold], asserted_only: bool = True
) -> Result:
    """score_claims.py's matching in process: a claim matches a gold claim of its article when both sides
    and the relation agree (converses flipped, `on_par_with` symmetric) and so does its polarity."""
    names = alias_map(gold, "subject", "subject_aliases")
    names.update({k: v for k, v in alias_map(gold, "object", "object_aliases").items() if k not in names})

    def canon(x: object) -> str:
        n = norm(x)
        return names.get(n, n)

    def polarity(g: Gold) -> str:
        return str(g.get("polarity", "asserts"))

    return _score_files(
        system,
        [g for g in gold if not asserted_only or polarity(g) == "asserts"],
        lambda ex: {
            (
                *claim_key(canon(c.subject), c.relation, canon(c.object)),
                c.polarity,
                c.subject,
                c.object,
                c.evidence.start,
                c.benchmark or "",
                c.magnitude or 0.0,
                c.relation,
            )
            for c in ex.claims
            if not asserted_only or c.polarity == "asserts"
        },
        lambda t, g: (
            claim_key(canon(g["subject"]), g["relation"], canon(g["object"])) == t[:3] and polarity(g) == t[3]
        ),
        lambda t: (f"{t[4]} {t[9]} {t[5]}", t[3], str(t[6])),
        lambda g: (
            f"{g['subject']} {g['relation']} {g['object']}",
            polarity(g),
            str(g.get("evidence", ""))[:120],
        ),
    )


GOLD_ATTRIBUTES = {
    "parameters_total",
    "parameters_active",
    "context_window_tokens",
    "release_date",
    "leaderboard_rank",
}


def load_gold(path: Path) -> list[Gold]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_corpus(corpus: Path) -> list[tuple[str, Article]]:
    start = datetime(2026, 4, 20, 12, 0, tzinfo=UTC)
    out = []
    for i, f in enumerate(sorted(corpus.glob("*.json"))):
        doc = json.loads(f.read_text(encoding="utf-8"))
        out.append(
            (
                f.name,
                Article(
                    url=doc["url"],
                    text=doc["text"],
                    title=doc.get("title"),
                    published_at=start - timedelta(hours=i),
                    language=doc.get("language"),
                ),
            )
        )
    return out


def run(
    corpus: Path, gold_dir: Path, only: str = "", repeat: int = 1
) -> tuple[Result, Result, dict[str, Extraction], float, int, Result]:
    """Extract every article (best CPU time of `repeat` passes) and score the result."""
    from extractors.facts.nlp import extract, get_pipeline

    get_pipeline()
    arts = [(f, a) for f, a in load_corpus(corpus) if f.startswith(only)]
    elapsed = float("inf")
    system: dict[str, Extraction] = {}
    for _ in range(max(1, repeat)):
        t0 = time.process_time()
        system = {f: extract(a) for f, a in arts}
        elapsed = min(elapsed, time.process_time() - t0)
    words = sum(len(a.text.split()) for _, a in arts)
    files = set(system)
    scores = score_scores(system, [g for g in load_gold(gold_dir / "scores.jsonl") if g["file"] in files])
    attrs = score_attributes(
        system, [g for g in load_gold(gold_dir / "attributes.jsonl") if g["file"] in files]
    )
    claims = score_claims(system, [g for g in load_gold(gold_dir / "claims.jsonl") if g["file"] in files])
    return scores, attrs, system, elapsed, words, claims


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path)
    ap.add_argument("gold", type=Path)
    ap.add_argument("-v", action="store_true")
    ap.add_argument("--only", default="")
    ap.add_argument("--by-method", action="store_true", help="score precision per extraction method")
    ap.add_argument("--repeat", type=int, default=1, help="passes; the speed line reports the best CPU time")
    a = ap.parse_args(argv)
    s, t, _system, elapsed, words, c = run(a.corpus, a.gold, a.only, a.repeat)
    if a.v:
        for x in s.misses:
            print("MISS", *x)
        for x in s.false_hits:
            print("FALSE", *x)
        for x in t.misses:
            print("ATTR-MISS", *x)
        for x in t.false_hits:
            print("ATTR-FALSE", *x)
        for x in c.misses:
            print("CLAIM-MISS", *x)
        for x in c.false_hits:
            print("CLAIM-FALSE", *x)
    if a.by_method:
        for kind in sorted({k for k, _ in s.by_kind}):
            tp, fp = s.by_kind[kind, "tp"], s.by_kind[kind, "fp"]
            print(f"method {kind or '?':<14} tp={tp:<4} fp={fp:<4} P={tp / max(tp + fp, 1):.3f}")
    print(f"{words} words in {elapsed:.3f} s CPU ({words / max(elapsed, 1e-9):,.0f} words/s)")
    print(
        f"scores P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f} (tp={s.tp} fp={s.fp} fn={s.fn})"
        f" | attributes P={t.precision:.3f} R={t.recall:.3f} F1={t.f1:.3f}"
        + (
            f" | claims(asserted) P={c.precision:.3f} R={c.recall:.3f} (tp={c.tp} fp={c.fp} fn={c.fn})"
            if c.tp + c.fn
            else ""
        )
    )


if __name__ == "__main__":
    main()
