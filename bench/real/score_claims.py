"""Score the warehouse's `claims` view against gold claims (beside the shared scorer, same name matching).

usage: score_claims.py WAREHOUSE.duckdb MANIFEST.json GOLD_DIR [-v]

A claim is (subject, relation, object) of one article. Relations are compared in one direction: `behind`,
`slower_than`, `more_expensive_than`, `more_compute_than` and `larger_than` are their converses with the
sides swapped; `on_par_with` is symmetric. A system claim matches a gold claim of the same article when both
sides and the relation agree after that, and its polarity (`asserts`, `hedged`, `negated`; `asserts` when
the view has no polarity column) is the gold's. Optional gold claims are neither required nor counted
against precision. Prints `claims(asserted) P= R= …` and the same over every polarity; magnitudes are
reported, not required. A system claim beyond the gold's count of its key in an article is a false hit;
how many false hits are such repeats of a claim already matched there (a title and its lede saying the
same thing, which the gold labels once) is printed beside them, not subtracted. The matching is
`bench.evaluation.claim_key`, shared with the in-process loop.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path
from typing import Any

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.evaluation import alias_map, claim_key, norm

key = claim_key  # one matching for this scorer and the in-process loop (bench/evaluation.py)


def url_to_file(manifest: dict[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    for served, info in manifest.items():
        out[served] = info["file"]
        out[info["original_url"]] = info["file"]
    return out


def score(
    con: duckdb.DuckDBPyConnection, gold: list[dict[str, Any]], u2f: dict[str, str], verbose: bool
) -> str:
    cols = {
        r[0]
        for r in con.execute(
            "select column_name from information_schema.columns where table_name='claims'"
        ).fetchall()
    }
    pol = "polarity" if "polarity" in cols else "'asserts'"
    rows = con.execute(
        f"select subject, relation, object, {pol}, magnitude, article_url, evidence from claims"
    ).fetchall()
    names = alias_map(gold, "subject", "subject_aliases")
    names.update({k: v for k, v in alias_map(gold, "object", "object_aliases").items() if k not in names})

    def canon(x: object) -> str:
        n = norm(x)
        return names.get(n, n)

    files = set(u2f.values())
    gold_by_file: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for g in gold:
        if g["file"] in files:
            gold_by_file[g["file"]].append(g)
    sys_by_file: dict[str, list[tuple[Any, ...]]] = collections.defaultdict(list)
    for subj, rel, obj, polarity, mag, url, evidence in rows:
        f = u2f.get(url)
        if f is not None:
            sys_by_file[f].append(
                (key(canon(subj), str(rel), canon(obj)), polarity or "asserts", mag, evidence)
            )
    lines = []
    for label, only_asserted in (("claims(asserted)", True), ("claims(all)", False)):
        tp = fp = fn = mag_ok = repeats = 0
        for f in sorted(set(gold_by_file) | set(sys_by_file)):
            matched: set[tuple[Any, ...]] = set()
            remaining = [
                g
                for g in gold_by_file.get(f, [])
                if not only_asserted or g.get("polarity", "asserts") == "asserts"
            ]
            for k, polarity, mag, evidence in sys_by_file.get(f, []):
                if only_asserted and polarity != "asserts":
                    continue
                hit = next(
                    (
                        g
                        for g in remaining
                        if key(canon(g["subject"]), g["relation"], canon(g["object"])) == k
                        and g.get("polarity", "asserts") == polarity
                    ),
                    None,
                )
                if hit is None:
                    fp += 1
                    repeats += (k, polarity) in matched
                    if verbose and only_asserted:
                        print("CLAIM-FALSE", f, *k, polarity, "|", str(evidence)[:140])
                    continue
                remaining.remove(hit)
                matched.add((k, polarity))
                if not hit.get("optional"):
                    tp += 1
                    gm = hit.get("magnitude")
                    mag_ok += int(gm is None or (mag is not None and abs(float(mag) - float(gm)) < 0.051))
            for g in remaining:
                if not g.get("optional"):
                    fn += 1
                    if verbose and only_asserted:
                        print(
                            "CLAIM-MISS",
                            f,
                            g["subject"],
                            g["relation"],
                            g["object"],
                            g.get("polarity"),
                            "|",
                            str(g.get("evidence", ""))[:140],
                        )
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        lines.append(
            f"{label} P={p:.3f} R={r:.3f} (tp={tp} fp={fp} fn={fn}, magnitude right {mag_ok}/{tp}, "
            f"{repeats} of the fp repeat a claim matched in the same article)"
        )
    return " | ".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("warehouse")
    ap.add_argument("manifest", type=Path)
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args(argv)
    path = a.gold_dir / "claims.jsonl"
    gold = (
        [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        if path.exists()
        else []
    )
    u2f = url_to_file(json.loads(a.manifest.read_text(encoding="utf-8")))
    con = duckdb.connect(a.warehouse, read_only=True)
    print(score(con, gold, u2f, a.v))
    return 0


if __name__ == "__main__":
    sys.exit(main())
