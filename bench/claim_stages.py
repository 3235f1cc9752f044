"""Where the claim pipeline drops each missed gold claim: a debugging tool, not part of extraction.

usage: python -m bench.claim_stages CORPUS_DIR GOLD_DIR [--only PREFIX] [--stage STAGE]

It rewrites `extractors/facts/claims.py`'s source in memory (the committed module is never changed): before
every `continue` of `segment_claims` it records which line gave the comparison up, with the head's word, its
relation and the sides found so far, and it records every claim the loop writes and every segment the cheap
gate skips. Each required asserted gold claim the dev loop misses is then filed by its evidence span:

- `relation/direction`, `polarity`: a claim on the same two models was written there, with another relation
  or direction, or with the right key and another polarity;
- `other sides`: a claim was written there, on other models (a name resolved otherwise, a list cut short);
- `dropped@LINE`: a comparison word was read there and the line named gave it up (its source line shown);
- `gate`: the segment never reached `segment_claims`; `no models`: it names no model we find; `no head`:
  no comparison word was read.

Counts are by miss, with the number of articles and of sites (hosts) each stage holds; `--stage` lists that
stage's misses with the sentence and the trace.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
import types
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from bench.evaluation import Gold, alias_map, claim_key, load_corpus, load_gold, norm

Trace = list[dict[str, Any]]
TRACE: Trace = []


def _record(tag: object, m: re.Match[str], loc: dict[str, Any]) -> None:
    def names(refs: object) -> list[str]:
        return [getattr(r, "canonical", "") for r in refs or []]  # type: ignore[attr-defined]

    head = loc.get("head")
    TRACE.append(
        {
            "tag": tag,
            "at": (m.start(), m.end()),
            "word": m.group(0),
            "rel": getattr(head, "relation", None),
            "subj": names(loc.get("subj")),
            "objs": names(loc.get("objs")),
            "left": loc.get("left"),
            "right": loc.get("right"),
            "relation": loc.get("relation"),
            "how": loc.get("how"),
        }
    )


def instrumented() -> tuple[types.ModuleType, list[str]]:
    """A copy of the claims module whose `segment_claims` reports each stage to TRACE."""
    import extractors.facts.claims as claims

    lines = Path(claims.__file__).read_text(encoding="utf-8").split("\n")
    out: list[str] = []
    inside = False
    for i, line in enumerate(lines, 1):
        if line.startswith("def "):
            inside = line.startswith("def segment_claims")
        indent = line[: len(line) - len(line.lstrip())]
        if inside and line.strip().startswith("continue"):
            out.append(f"{indent}_stage({i}, m, locals())")
        out.append(line)
        if inside and line.strip() == "seen.add(key)":
            out.append(f'{indent}_stage("emit", m, locals())')
    src = "\n".join(out).replace(
        "claims = segment_claims(view, sv, subs, memo) if sv.index in allowed else []",
        "claims = segment_claims(view, sv, subs, memo) if sv.index in allowed else []\n"
        "        if sv.index not in allowed:\n"
        "            _TRACE.append({'tag': 'gate', 'at': (sv.seg.start, sv.seg.end)})",
    )
    src = src.replace(
        "    if not models:\n        return []",
        "    if not models:\n"
        "        _TRACE.append({'tag': 'no models', 'at': (seg_start, seg_end)})\n"
        "        return []",
    )
    mod = types.ModuleType("claims_traced")
    mod.__dict__.update({"_stage": _record, "_TRACE": TRACE, "__name__": "claims_traced"})
    exec(compile(src, claims.__file__, "exec"), mod.__dict__)
    return mod, lines


def file_misses(system: dict[str, Any], gold: list[Gold]) -> list[Gold]:
    """The required asserted gold claims the scorer's matching leaves unmatched (bench.evaluation's rules)."""
    names = alias_map(gold, "subject", "subject_aliases")
    names.update({k: v for k, v in alias_map(gold, "object", "object_aliases").items() if k not in names})
    by_file: dict[str, list[Gold]] = collections.defaultdict(list)
    for g in gold:
        if g.get("polarity", "asserts") == "asserts":
            by_file[g["file"]].append(g)
    missed = []
    for f, claims in system.items():
        remaining = list(by_file.get(f, []))
        facts = sorted(
            {
                (claim_key(names.get(norm(c[0]), norm(c[0])), c[1], names.get(norm(c[2]), norm(c[2]))), *c)
                for c in claims
                if c[3] == "asserts"
            },
            key=str,
        )
        for key, *_ in facts:
            hit = next((g for g in remaining if _key(g, names) == key), None)
            if hit is not None:
                remaining.remove(hit)
        missed += [g for g in remaining if not g.get("optional")]
    return missed


def _key(g: Gold, names: dict[str, str]) -> tuple[str, str, str]:
    return claim_key(
        names.get(norm(g["subject"]), norm(g["subject"])),
        g["relation"],
        names.get(norm(g["object"]), norm(g["object"])),
    )


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path)
    ap.add_argument("gold", type=Path)
    ap.add_argument("--only", default="")
    ap.add_argument("--stage", default="")
    a = ap.parse_args(argv)
    import extractors.facts.claims as claims
    from extractors.facts.nlp import extract, get_pipeline

    traced, lines = instrumented()
    claims.prose_claims = traced.prose_claims  # type: ignore[attr-defined]
    get_pipeline()
    runs: dict[str, tuple[str, str, Trace, list[tuple[Any, ...]]]] = {}
    for f, art in load_corpus(a.corpus):
        if not f.startswith(a.only):
            continue
        TRACE.clear()
        ex = extract(art)
        found = [
            (c.subject, c.relation, c.object, c.polarity, c.evidence.start, c.evidence.end) for c in ex.claims
        ]
        runs[f] = (art.text, art.url, list(TRACE), found)
    gold = [g for g in load_gold(a.gold / "claims.jsonl") if g["file"] in runs]
    names = alias_map(gold, "subject", "subject_aliases")
    names.update({k: v for k, v in alias_map(gold, "object", "object_aliases").items() if k not in names})

    def canon(x: object) -> str:
        return names.get(norm(x), norm(x))

    stages: dict[str, list[tuple[Gold, tuple[int, int] | None]]] = collections.defaultdict(list)
    for g in file_misses({f: r[3] for f, r in runs.items()}, gold):
        text, _url, trace, found = runs[g["file"]]
        ev = g.get("evidence")
        span: tuple[int, int] | None = None
        if isinstance(ev, list):
            span = (ev[0], ev[1])
        elif isinstance(ev, str) and text.find(ev[:60]) >= 0:
            span = (text.find(ev[:60]), text.find(ev[:60]) + len(ev))
        stages[_stage(g, span, trace, found, canon)].append((g, span))
    for stage, rows in sorted(stages.items(), key=lambda kv: -len(kv[1])):
        files = {g["file"] for g, _ in rows}
        sites = {urlparse(runs[f][1]).netloc for f in files}
        where = ""
        if stage.startswith("dropped@"):
            at = int(stage.split("@")[1]) - 1  # the condition before the `continue`, and its comment
            where = "  " + " / ".join(x.strip() for x in lines[at - 1 : at + 1])[:120]
        print(f"{len(rows):4d} misses {len(files):4d} articles {len(sites):4d} sites  {stage}{where}")
    for g, span in stages.get(a.stage, []):
        text, url, trace, _ = runs[g["file"]]
        lo, hi = span or (0, 0)
        print(f"== {g['file']} {urlparse(url).netloc} | {g['subject']} {g['relation']} {g['object']}")
        print("   ", text[lo:hi].replace("\n", " / ")[:300])
        for t in [t for t in trace if t["at"][0] < hi and t["at"][1] > lo][-4:]:
            print(
                "    >", t["tag"], repr(t.get("word")), t.get("rel"), "S=", t.get("subj"), "O=", t.get("objs")
            )


def _stage(
    g: Gold,
    span: tuple[int, int] | None,
    trace: Trace,
    found: list[tuple[Any, ...]],
    canon: Any,
) -> str:
    if span is None:
        return "no evidence span"
    lo, hi = span
    gk = claim_key(canon(g["subject"]), g["relation"], canon(g["object"]))
    here = [t for t in trace if t["at"][0] < hi and t["at"][1] > lo]
    heads = [t for t in here if t["tag"] not in ("gate", "no models")]
    written = [
        (claim_key(canon(t["left"]), t["relation"], canon(t["right"])), t["how"])
        for t in heads
        if t["tag"] == "emit"
    ] + [(claim_key(canon(c[0]), c[1], canon(c[2])), c[3]) for c in found if c[4] < hi and c[5] > lo]
    if any(k == gk and how == "asserts" for k, how in written):
        return "written (the gold repeats it elsewhere)"
    if any(k == gk for k, _ in written):
        return "polarity"
    if any({k[0], k[2]} == {gk[0], gk[2]} for k, _ in written):
        return "relation/direction"
    if written:
        return "other sides"
    if heads:
        return f"dropped@{heads[-1]['tag']}"
    for tag in ("gate", "no models"):
        if any(t["tag"] == tag for t in here):
            return tag
    return "no head"


if __name__ == "__main__":
    sys.exit(main())
