"""The issue's "measure both": ordered rules alone against the rules followed by a learned candidate scorer.

Every score fact the rules write on the real dev corpus becomes a candidate with features of its structure
(the rule that bound it, whether its model and benchmark are named in the evidence, distance between them and
the value, a percent sign, comparison cue words, how many numbers and models share the sentence, ...). A
logistic regression learned on four fifths of the articles scores the candidates of the other fifth (5 folds,
split by article, so no article is scored by a model that saw it); a threshold then drops the low ones. The
script prints precision/recall at several thresholds; threshold 0 is the rules alone.

usage: python bench/real/gate_cv.py CORPUS_DIR GOLD_DIR    (e.g. a `corpus.py layout dev` output)

A plain numpy logistic regression (a few lines, numpy is already installed) keeps this one measurement from
adding scikit-learn to the project's dependencies.
"""

from __future__ import annotations

import json
import math
import random
import re
import sys
from pathlib import Path

import numpy as np

from bench import evaluation as ev
from extractors.facts.nlp import extract, get_pipeline, load_patterns
from schema.records import Extraction, ScoreFact

_CUE = re.compile(
    r"\b(?:than|vs\.?|versus|compared|ahead|behind|beat|beats|beating|trail\w*|outperform\w*|surpass\w*|"
    r"against|while|whereas)\b",
    re.I,
)
_NUM = re.compile(r"\d+(?:[.,]\d+)?")
_METHODS = (
    *("adjacent", "flat_table", "implied", "label_list", "list", "paren", "pipe_table", "possessive"),
    *("pronoun", "prose", "ranked_lines", "glued_table"),
)


def features(s: ScoreFact, ex: Extraction, text: str, models: set[str], benches: set[str]) -> list[float]:
    evd = s.evidence.text
    vs = f"{s.value:g}"
    vpos, mpos = evd.find(vs), evd.find(s.model_surface) if s.model_surface else -1
    bpos = evd.find(s.benchmark_surface) if s.benchmark_surface else -1
    head = text[:2000]
    out = [float(s.method == m) for m in _METHODS]
    out += [
        float(mpos >= 0),
        float(bpos >= 0),
        float(vpos >= 0),
        math.log1p(abs(mpos - vpos)) if mpos >= 0 and vpos >= 0 else 0.0,
        math.log1p(abs(bpos - vpos)) if bpos >= 0 and vpos >= 0 else 0.0,
        float(s.model in models),
        float(s.benchmark in benches),
        math.log1p(len(_NUM.findall(evd))),
        math.log1p(len({o.model_surface for o in ex.scores if o.model_surface and o.model_surface in evd})),
        float(bool(_CUE.search(evd))),
        float(vpos >= 0 and re.match(r"\s*%", evd[vpos + len(vs) :]) is not None),
        float(s.value > 100),
        float(s.value < 5),
        float(float(s.value).is_integer()),
        float(bool(s.setting)),
        math.log1p(len(evd)),
        sum(ord(c) > 127 for c in head) / max(1, len(head)),
        math.log1p(len(ex.scores)),
    ]
    return out


def candidates(corpus: Path, gold_dir: Path) -> tuple[list[str], np.ndarray, np.ndarray, int]:
    """(article per candidate, features, label 1 = right / 0 = wrong, required gold count)."""
    get_pipeline()
    pats = load_patterns()
    models = {p.canonical for p in pats if p.kind == "model"}
    benches = {p.canonical for p in pats if p.kind == "benchmark"}
    arts = ev.load_corpus(corpus)
    system = {f: extract(a) for f, a in arts}
    texts = {f: a.text for f, a in arts}
    gold = ev.load_gold(gold_dir / "scores.jsonl")
    gold = [g for g in gold if g["file"] in system]
    mmap, bmap = (
        ev.alias_map(gold, "model", "model_aliases"),
        ev.alias_map(gold, "benchmark", "benchmark_aliases"),
    )
    facts: dict[tuple[str, str, str, float], ScoreFact] = {}
    for f, ex in system.items():
        for s in ex.scores:
            facts.setdefault((f, s.model, s.benchmark, round(s.value, 4)), s)
    res = ev._score_files(
        system,
        gold,
        lambda x: {
            (
                mmap.get(ev.norm(s.model), ev.norm(s.model)),
                bmap.get(ev.norm(s.benchmark), ev.norm(s.benchmark)),
                round(s.value, 4),
                s.model,
                s.benchmark,
            )
            for s in x.scores
        },
        lambda t, g: (
            ev.norm(g["model"]) == t[0] and ev.norm(g["benchmark"]) == t[1] and ev.close(t[2], g["value"])
        ),
        lambda t: (t[3], t[4], str(t[2])),
        lambda g: (g["model"], g["benchmark"], str(g["value"])),
        lambda f, t: json.dumps([f, t[3], t[4], t[2]]),
    )
    files, rows, labels = [], [], []
    for (key, verdict), n in res.by_kind.items():
        if verdict == "tp" and n == 0:
            continue  # matched an optional gold fact: neither right nor wrong
        f, m, b, v = json.loads(key)
        s = facts[(f, m, b, v)]
        files.append(f)
        rows.append(features(s, system[f], texts[f], models, benches))
        labels.append(1.0 if verdict == "tp" else 0.0)
    return files, np.array(rows), np.array(labels), res.tp + res.fn


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 3000, lr: float = 0.1) -> np.ndarray:
    """Class-balanced L2 logistic regression by gradient descent; returns weights (bias last)."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    pos = max(y.sum(), 1.0)
    weight = np.where(y == 1, len(y) / (2 * pos), len(y) / (2 * max(len(y) - pos, 1.0)))
    for _ in range(steps):
        p = 1 / (1 + np.exp(-xb @ w))
        grad = xb.T @ ((p - y) * weight) / len(y) + l2 * np.r_[w[:-1], 0] / len(y)
        w -= lr * grad
    return w


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    files, x, y, required = candidates(Path(argv[0]), Path(argv[1]))
    mu, sd = x.mean(axis=0), x.std(axis=0) + 1e-9
    x = (x - mu) / sd
    arts = sorted(set(files))
    random.Random(1).shuffle(arts)
    fold = {f: i % 5 for i, f in enumerate(arts)}
    score = np.zeros(len(y))
    for k in range(5):
        test = np.array([fold[f] == k for f in files])
        w = fit(x[~test], y[~test])
        score[test] = 1 / (1 + np.exp(-np.hstack([x[test], np.ones((test.sum(), 1))]) @ w))
    print(
        f"{len(y)} candidates from {len(arts)} articles, {int(y.sum())} right; {required} required gold facts"
    )
    for th in (0.0, 0.2, 0.3, 0.4, 0.5, 0.6):
        keep = score >= th
        tp, fp = int((keep & (y == 1)).sum()), int((keep & (y == 0)).sum())
        p, r = tp / max(tp + fp, 1), tp / max(required, 1)
        label = "rules alone" if th == 0 else "rules + learned scorer"
        print(f"threshold {th:.1f}: P={p:.3f} R={r:.3f} F1={2 * p * r / max(p + r, 1e-9):.3f}  ({label})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
