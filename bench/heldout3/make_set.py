#!/usr/bin/env python3
"""Write corpus/*.json and gold/*.jsonl from articles.py and gold_src.py."""
import json
import pathlib
import sys
sys.dont_write_bytecode = True

here = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(here))
from articles import A as ARTICLES  # noqa: E402
import gold_src as G  # noqa: E402

files = {}
(here / "corpus").mkdir(exist_ok=True)
(here / "gold").mkdir(exist_ok=True)
for stem, art in ARTICLES.items():
    name = stem + ".json"
    files[stem[:4]] = name
    doc = {"url": art["url"], "title": art["title"], "language": "en", "text": art["text"]}
    (here / "corpus" / name).write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

with open(here / "gold" / "scores.jsonl", "w", encoding="utf-8") as out:
    for f, model, bench, value, unit, setting, opt in G.S:
        out.write(json.dumps({"file": files[f], "model": model, "model_aliases": G.MODEL_ALIASES[model],
                              "benchmark": bench, "benchmark_aliases": G.BENCH_ALIASES[bench], "value": value,
                              "unit": unit, "setting": setting, "optional": bool(opt), "why_optional": opt},
                             ensure_ascii=False) + "\n")
with open(here / "gold" / "attributes.jsonl", "w", encoding="utf-8") as out:
    for f, subj, attr, qual, value, opt in G.A:
        out.write(json.dumps({"file": files[f], "subject": subj, "subject_aliases": G.MODEL_ALIASES[subj],
                              "attribute": attr, "qualifier": qual, "value": value, "optional": bool(opt),
                              "why_optional": opt}, ensure_ascii=False) + "\n")
print(f"{len(ARTICLES)} articles, {len(G.S)} score facts, {len(G.A)} attribute facts")
