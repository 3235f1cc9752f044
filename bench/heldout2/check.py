#!/usr/bin/env python3
"""Sanity checks for the heldout2 set.

1. Every gold score value occurs literally in its article (as written, or as a fraction of 1 such as 0.694);
   required values must stand alone (not glued to other digits); optional ones may be glued.
2. Every gold attribute value occurs in one of its usual surface forms (121 billion / 121B / 262,144 / 1M /
   May 6, 2026 / No. 3 / third ...).
3. The model (or an alias) and the benchmark (or an alias) of every score occur in the article.
4. The scorer's own contradiction rules (../shared/eval/score.py) give exactly the designed conflict keys, and the
   designed setting-only and rounding-only keys are not flagged.
5. No 8-word sequence of the dev corpus or of the seed pages occurs in an article (originality).
"""
import importlib.util
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
SHARED = pathlib.Path("/work/shared")
spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)

EXPECTED_CONTRA = {("Halyard 2 Pro", "SWE-bench Verified"), ("Qingluan-5 Pro", "SWE-bench Verified"),
                   ("GPT-5.4", "GPQA Diamond")}
SETTING_ONLY = {("Halyard 2 Pro", "Terminal-Bench 2.0"), ("Halyard 2 Pro", "Humanity's Last Exam")}
ROUNDING_ONLY = {("Halyard 2 Pro", "GPQA Diamond"), ("Juniper-2", "LiveCodeBench")}

ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
       14: "14th"}
NAMEWORDS = {"gpt", "claude", "opus", "gemini", "pro", "grok", "and", "vs", "deepseek", "v3", "qwen3", "a22b",
             "235b", "llama", "muse", "spark", "the", "of", "on", "or"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def num_forms(v):
    v = float(v)
    out = set()
    for d in range(0, 3):
        s = f"{v:.{d}f}"
        if float(s) == v:
            out.add(s)
            if v >= 1000 and d == 0:
                out.add(f"{int(v):,}")
    frac = v / 100
    for d in range(2, 5):
        s = f"{frac:.{d}f}"
        if abs(float(s) - frac) < 1e-9:
            out.add(s)
    return out


def occurs(text, form, glued_ok):
    if glued_ok:
        return form in text
    return re.search(r"(?<![\d.,])" + re.escape(form) + r"(?![\d]|[.,]\d)", text) is not None


def attr_forms(attr, v):
    if attr == "release_date":
        y, m, d = v.split("-")
        mon = MONTHS[int(m) - 1]
        return {f"{mon} {int(d)}, {y}", f"{mon} {int(d)}", v}
    if attr == "leaderboard_rank":
        n = int(v)
        forms = {f"No. {n}", f"#{n}", f"{n}. ", ORD.get(n, f"{n}th"), f"{n}th", f"{n}st", f"{n}nd", f"{n}rd"}
        if n == 1:
            forms |= {"top", "leads", "first"}
        return forms
    n = int(v)
    forms = {f"{n:,}"}
    for unit, word, suf in [(10**12, "trillion", "T"), (10**9, "billion", "B"), (10**6, "million", "M"),
                            (10**3, "thousand", "K")]:
        if n >= unit:
            x = n / unit
            xs = f"{x:g}"
            forms |= {f"{xs} {word}", f"{xs}-{word}", f"{xs}{suf}"}
            break
    return forms


def main():
    bad = 0
    arts = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted((HERE / "corpus").glob("k*.json"))}
    scores = [json.loads(l) for l in (HERE / "gold" / "scores.jsonl").read_text(encoding="utf-8").splitlines() if l]
    attrs = [json.loads(l) for l in (HERE / "gold" / "attributes.jsonl").read_text(encoding="utf-8").splitlines() if l]
    for fid, a in arts.items():
        assert set(a) == {"url", "title", "language", "text"}, fid
        assert re.match(r"https://[a-z0-9-]+\.example/", a["url"]), fid
    for g in scores:
        text = arts[g["file"]]["text"]
        if not any(occurs(text, f, g["optional"]) for f in num_forms(g["value"])):
            print("VALUE NOT FOUND", g["file"], g["model"], g["benchmark"], g["value"]); bad += 1
        low = text.lower()
        if not any(x.lower() in low for x in [g["model"], *g["model_aliases"]]):
            print("MODEL NOT FOUND", g["file"], g["model"]); bad += 1
        if not any(x.lower() in low for x in [g["benchmark"], *g["benchmark_aliases"]]):
            print("BENCH NOT FOUND", g["file"], g["benchmark"]); bad += 1
    for g in attrs:
        text = arts[g["file"]]["text"]
        if not any(f in text for f in attr_forms(g["attribute"], g["value"])):
            print("ATTR VALUE NOT FOUND", g["file"], g["subject"], g["attribute"], g["value"]); bad += 1
        if not any(x.lower() in text.lower() for x in [g["subject"], *g["subject_aliases"]]):
            print("SUBJECT NOT FOUND", g["file"], g["subject"]); bad += 1
    # duplicates inside one file would be unmatchable (the scorer dedups system rows per file)
    seen = set()
    for g in scores:
        k = (g["file"], score.norm(g["model"]), score.norm(g["benchmark"]), g["value"])
        if k in seen:
            print("DUPLICATE", k); bad += 1
        seen.add(k)
    # contradictions
    n = score.norm
    got = score.gold_contradictions(scores, required_only=True)
    want = {(n(m), n(b)) for m, b in EXPECTED_CONTRA}
    if got != want:
        print("CONTRADICTIONS differ: extra", got - want, "missing", want - got); bad += 1
    for m, b in SETTING_ONLY | ROUNDING_ONLY:
        vals = {(g["value"], g["setting"]) for g in scores if n(g["model"]) == n(m) and n(g["benchmark"]) == n(b)}
        if len({v for v, _ in vals}) < 2:
            print("designed difference has a single value", m, b, vals); bad += 1
        if (n(m), n(b)) in score.gold_contradictions(scores, required_only=False):
            print("designed non-conflict is flagged", m, b); bad += 1
    # originality: 8-word shingles against dev corpus and seeds
    def shingles(t, k=8):
        w = re.findall(r"[a-z0-9]+", t.lower())
        out = set()
        for i in range(len(w) - k + 1):
            seq = w[i:i + k]
            # sequences made of model names and version digits are shared vocabulary, not copied prose
            if sum(x.isdigit() or x in NAMEWORDS for x in seq) >= 6:
                continue
            out.add(" ".join(seq))
        return out
    ref = set()
    for p in list((SHARED / "eval" / "dev-corpus").glob("*.json")):
        ref |= shingles(json.loads(p.read_text(encoding="utf-8"))["text"])
    for p in (SHARED / "seeds").glob("*.txt"):
        ref |= shingles(p.read_text(encoding="utf-8", errors="replace"))
    for fid, a in arts.items():
        common = shingles(a["text"]) & ref
        if common:
            print("OVERLAP", fid, sorted(common)[:3]); bad += 1
    req_s = sum(not g["optional"] for g in scores)
    req_a = sum(not g["optional"] for g in attrs)
    print(f"{len(arts)} articles; scores {len(scores)} ({req_s} required); attributes {len(attrs)} ({req_a} required); "
          f"contradiction keys {sorted(got)}")
    print("OK" if not bad else f"{bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
