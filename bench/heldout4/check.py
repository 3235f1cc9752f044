#!/usr/bin/env python3
"""Verify the heldout4 set.

1. every gold score value occurs as a number in its article; every attribute value occurs in one of its usual
   written forms (236B / 236 billion / 1.1 trillion / 256K / 262,144 / March 24, 2026 / fourth / No. 4 ...);
2. the scorer's contradiction rule (shared/eval/score.py) yields exactly the designed conflict keys, and the
   designed setting-only and rounding-only keys are not flagged;
3. no 8-word sequence of an article is shared with any text under /work/shared (case-insensitive,
   whitespace-normalised, also with punctuation dropped).
"""
import collections
import datetime
import importlib.util
import json
import pathlib
import re
import sys
import types

HERE = pathlib.Path(__file__).resolve().parent
SHARED = pathlib.Path("/work/shared")

if "duckdb" not in sys.modules:
    try:
        import duckdb  # noqa: F401
    except ImportError:
        sys.modules["duckdb"] = types.ModuleType("duckdb")
spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)

DESIGNED_CONTRA = {("Kairo-3 Pro", "SWE-bench Verified"), ("Quillon 7", "SWE-bench Verified"),
                   ("Zhurong-V2", "GPQA Diamond")}
DESIGNED_SETTING_ONLY = {("Kairo-3 Pro", "Humanity's Last Exam")}
DESIGNED_ROUNDING_ONLY = {("Brisa-2 236B", "LiveCodeBench")}

ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
       9: "ninth", 10: "tenth"}


def load(p):
    return [json.loads(x) for x in p.read_text(encoding="utf-8").splitlines() if x.strip()]


def numbers(text):
    return {float(m.replace(",", "")) for m in re.findall(r"(?<![\w.])\d+(?:,\d{3})*(?:\.\d+)?", text)}


def attr_forms(attr, v):
    if attr == "release_date":
        d = datetime.date.fromisoformat(v) if len(v) == 10 else None
        if d is None:
            y, m = v.split("-")
            return [datetime.date(int(y), int(m), 1).strftime("%B %Y")]
        return [v, f"{d:%B} {d.day}, {d.year}", f"{d.day} {d:%B} {d.year}", f"{d:%B} {d.day}"]
    if attr == "leaderboard_rank":
        return [ORD.get(v, "?"), f"No. {v}", f"#{v}", f"{v}. ", f"{v}th", f"{v}st", f"{v}nd", f"{v}rd"]
    forms = [f"{v:,}", str(v)]
    for div, sfx in [(10**12, [" trillion"]), (10**9, ["B", " billion", "-billion"]), (10**6, [" million", "M"]),
                     (1000, ["K"])]:
        if v % (div // 10) == 0 and v >= div:
            n = v / div
            n = str(int(n)) if n == int(n) else str(n)
            forms += [n + x for x in sfx]
    if attr == "context_window_tokens" and v % 1024 == 0:
        forms.append(f"{v // 1024}K")
    return forms


def words(t, drop_punct):
    t = t.lower()
    if drop_punct:
        t = re.sub(r"[^\w\s]", " ", t)
    return t.split()


def grams(ws, n=8):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def main():
    ok = True
    docs = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted((HERE / "corpus").glob("*.json"))}
    scores = load(HERE / "gold" / "scores.jsonl")
    attrs = load(HERE / "gold" / "attributes.jsonl")
    # 1. values
    for g in scores:
        if g["file"] not in docs:
            print("unknown file", g["file"]); ok = False; continue
        if float(g["value"]) not in numbers(docs[g["file"]]["text"]):
            print("score value not in text:", g["file"], g["model"], g["benchmark"], g["value"]); ok = False
    for g in attrs:
        text = docs[g["file"]]["text"]
        if not any(f in text for f in attr_forms(g["attribute"], g["value"])):
            print("attribute value not in text:", g["file"], g["subject"], g["attribute"], g["value"]); ok = False
    # 2. contradictions
    N = lambda k: (score.norm(k[0]), score.norm(k[1]))
    contra = score.gold_contradictions(scores, required_only=False)
    contra_req = score.gold_contradictions(scores, required_only=True)
    want = {N(k) for k in DESIGNED_CONTRA}
    if contra != want or contra_req != want:
        print("contradictions differ from design:", sorted(contra ^ want), sorted(contra_req ^ want)); ok = False
    groups = collections.defaultdict(list)
    for g in scores:
        groups[(g["model"], g["benchmark"])].append(g)
    setting_only, rounding_only = [], []
    for k, fs in sorted(groups.items()):
        if N(k) in contra:
            continue
        vals = {float(f["value"]) for f in fs}
        if len(vals) < 2:
            continue
        pairs = [(a, b) for i, a in enumerate(fs) for b in fs[i + 1:] if float(a["value"]) != float(b["value"])]
        if all(score.same_value(float(a["value"]), float(b["value"])) for a, b in pairs):
            rounding_only.append(k)
        else:
            setting_only.append(k)
    for k in DESIGNED_SETTING_ONLY - set(setting_only):
        print("designed setting-only key missing:", k); ok = False
    for k in DESIGNED_ROUNDING_ONLY - set(rounding_only):
        print("designed rounding-only key missing:", k); ok = False
    print("contradiction keys:", sorted(contra))
    print("setting-only keys:", setting_only)
    print("rounding-only keys:", rounding_only)
    # 3. originality
    shared = {True: set(), False: set()}
    for p in SHARED.rglob("*"):
        if not p.is_file() or p.suffix not in {".txt", ".json", ".jsonl", ".md", ".py", ".html"}:
            continue
        raw = p.read_text(encoding="utf-8", errors="replace")
        texts = [raw]
        if p.suffix == ".json":
            try:
                d = json.loads(raw)
                texts = [d.get("title") or "", d.get("text") or ""]
            except Exception:
                pass
        for t in texts:
            for dp in (True, False):
                shared[dp] |= grams(words(t, dp))
    for name, d in docs.items():
        for dp in (True, False):
            hit = grams(words(d["title"] + "\n" + d["text"], dp)) & shared[dp]
            if hit:
                print("8-gram shared with /work/shared:", name, [" ".join(x) for x in sorted(hit)[:5]]); ok = False
    print(f"{len(docs)} articles, {len(scores)} score facts ({sum(not g['optional'] for g in scores)} required), "
          f"{len(attrs)} attribute facts ({sum(not g['optional'] for g in attrs)} required)")
    print("OK" if ok else "FAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
