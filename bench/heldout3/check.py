#!/usr/bin/env python3
"""Sanity checks for the heldout3 set.

1. every gold value occurs literally in its article (scores: the number as written, or as a fraction of 1;
   attributes: a written form such as 480B / 480 billion / 256K / 262,144 / May 6, 2026 / fourth / #4);
2. the scorer's contradiction keys (via /work/shared/eval/score.py), plus setting-only and rounding-only keys;
3. no 8-word sequence is shared with any text under /work/shared.
"""
import collections
import json
import pathlib
import re
import sys
sys.dont_write_bytecode = True

here = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
import score  # noqa: E402

corpus = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted((here / "corpus").glob("*.json"))}
scores = [json.loads(l) for l in (here / "gold/scores.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
attrs = [json.loads(l) for l in (here / "gold/attributes.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
problems = 0


def present(text, forms):
    for s in forms:
        if re.search(r"(?<![\d.])" + re.escape(s) + r"(?![\d])", text):
            return s
    return None


def num_forms(v):
    v = float(v)
    forms = {f"{v:g}", f"{v:.1f}"}
    fr = v / 100
    forms |= {f"{fr:.3f}".rstrip("0").rstrip("."), f"{fr:.2f}"}
    return sorted(forms, key=len, reverse=True)


ORD = "first second third fourth fifth sixth seventh eighth ninth tenth".split()
MONTHS = "January February March April May June July August September October November December".split()


def attr_forms(g):
    v = g["value"]
    if g["attribute"] == "release_date":
        y, m, d = v.split("-")
        mon = MONTHS[int(m) - 1]
        return [v, f"{y}.{m}.{d}", f"{mon} {int(d)}, {y}", f"{mon} {int(d)}", f"{int(d)}th"]
    if g["attribute"] == "leaderboard_rank":
        return [f"{v}. ", f"#{v}", f"No. {v}", ORD[v - 1], f"{v}th", "top"]
    forms = [f"{v:,}", str(v)]
    for div, sfx in ((10**12, [" trillion"]), (10**9, ["B", " billion", "-billion"]),
                     (10**6, ["M", " million", "-million"]), (10**3, ["K", ",000", " thousand"])):
        if v % div == 0 or (div == 10**3 and v % 1000 < 1000):
            q = v // div
            forms += [f"{q}{s}" for s in sfx]
    return forms


print("== values present in their article")
for g in scores:
    t = corpus[g["file"]]["title"] + "\n" + corpus[g["file"]]["text"]
    hit = present(t, num_forms(g["value"]))
    if not hit:
        problems += 1
        print("  SCORE VALUE NOT FOUND", g["file"], g["model"], g["benchmark"], g["value"])
    for name in [g["model"]] + g["model_aliases"]:
        pass
for g in attrs:
    t = corpus[g["file"]]["text"]
    hit = present(t, attr_forms(g))
    if not hit:
        problems += 1
        print("  ATTR VALUE NOT FOUND", g["file"], g["subject"], g["attribute"], g["value"])
# every gold model should be named (canonical or alias) in its article
for g in scores + attrs:
    t = corpus[g["file"]]["text"].lower()
    names = [g.get("model") or g.get("subject")] + (g.get("model_aliases") or g.get("subject_aliases"))
    if not any(n.lower() in t for n in names):
        problems += 1
        print("  NAME NOT FOUND", g["file"], names[0])
    if "benchmark" in g and not any(n.lower() in t for n in [g["benchmark"]] + g["benchmark_aliases"]):
        problems += 1
        print("  BENCHMARK NOT FOUND", g["file"], g["benchmark"])
# duplicates within a file
dup = collections.Counter((g["file"], g["model"], g["benchmark"], g["value"]) for g in scores)
for k, n in dup.items():
    if n > 1:
        problems += 1
        print("  DUPLICATE", k)

print("== contradiction keys (score.py rules)")
need = score.gold_contradictions(scores, required_only=True)
allowed = score.gold_contradictions(scores, required_only=False)
groups = collections.defaultdict(list)
for g in scores:
    groups[(score.norm(g["model"]), score.norm(g["benchmark"]))].append(g)


def show(k):
    return "; ".join(f"{g['value']} ({g['file'][:4]}{' [' + g['setting'] + ']' if g['setting'] else ''}"
                     f"{' opt' if g['optional'] else ''})" for g in groups[k])


for k in sorted(allowed):
    print(("  CONTRA " if k in need else "  CONTRA(optional-only) "), groups[k][0]["model"], "/",
          groups[k][0]["benchmark"], ":", show(k))
setting_only, rounding_only = [], []
for k, facts in groups.items():
    if k in allowed or len({g["value"] for g in facts}) < 2:
        continue
    differs_in_value = any(not score.same_value(float(a["value"]), float(b["value"]))
                           for i, a in enumerate(facts) for b in facts[i + 1:])
    (setting_only if differs_in_value else rounding_only).append(k)
print("== setting-only keys (values differ, settings explicitly differ)")
for k in sorted(setting_only):
    print("  ", groups[k][0]["model"], "/", groups[k][0]["benchmark"], ":", show(k))
print("== rounding-only keys")
for k in sorted(rounding_only):
    print("  ", groups[k][0]["model"], "/", groups[k][0]["benchmark"], ":", show(k))

print("== 8-word overlap with /work/shared")


def words(t):
    return re.findall(r"[a-z0-9]+", t.lower())


shared = set()
for p in pathlib.Path("/work/shared").rglob("*"):
    if not p.is_file() or p.suffix not in {".json", ".txt", ".md", ".jsonl", ".html"}:
        continue
    raw = p.read_text(encoding="utf-8", errors="replace")
    w = words(raw)
    shared |= {tuple(w[i:i + 8]) for i in range(len(w) - 7)}
overlaps = 0
for name, doc in corpus.items():
    w = words(doc["title"] + " " + doc["text"])
    seen = set()
    for i in range(len(w) - 7):
        g = tuple(w[i:i + 8])
        if g in shared and g not in seen:
            seen.add(g)
            overlaps += 1
            print("  SHARED", name, " ".join(g))
print(f"  {overlaps} shared 8-grams")
problems += overlaps

n_s = len(scores); n_so = sum(g["optional"] for g in scores)
n_a = len(attrs); n_ao = sum(g["optional"] for g in attrs)
print(f"== counts: {len(corpus)} articles; scores {n_s} ({n_s - n_so} required, {n_so} optional); "
      f"attributes {n_a} ({n_a - n_ao} required, {n_ao} optional); contradictions {len(need)} required")
print("OK" if not problems else f"{problems} problem(s)")
sys.exit(1 if problems else 0)
