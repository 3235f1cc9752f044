"""The real-text development corpus: check the rebuilt texts against the recipe and lay out a part of it.

The texts are third-party prose and never committed; `recipe.jsonl` says how to find each one again (the
search query, its rank and URL, the text's sha256) and which part it belongs to (`dev`, or `unseen`: the
quarter kept out of sight until a final check). The gold labels in `gold/` are facts only.

usage:
  python bench/real/corpus.py check                # texts present and intact; how to rebuild the rest
  python bench/real/corpus.py layout PART OUT_DIR [--batch N]
                                                   # PART = dev | unseen | all: OUT_DIR/corpus, OUT_DIR/gold;
                                                   # --batch: only the articles of batch N (1, 2, ...)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "corpus"
GOLD = HERE / "gold"
RECIPE = HERE / "recipe.jsonl"
GOLD_FILES = ("scores.jsonl", "attributes.jsonl", "claims.jsonl")
REBUILD_HINT = (
    "the real corpus texts are missing or changed: rebuild them into bench/real/corpus/ as "
    "bench/real/README.md says (helpers re-run each recipe query with the search tool's pages corpus)"
)


def recipe() -> list[dict[str, object]]:
    return [json.loads(line) for line in RECIPE.read_text(encoding="utf-8").splitlines() if line.strip()]


def text_sha(path: Path) -> str:
    doc = json.loads(path.read_text(encoding="utf-8"))
    return hashlib.sha256(str(doc["text"]).encode("utf-8")).hexdigest()


def check() -> tuple[list[str], list[str], list[str]]:
    """(intact, missing, changed) file names of the recipe."""
    intact, missing, changed = [], [], []
    for entry in recipe():
        name = str(entry["file"])
        path = TEXTS / name
        if not path.exists():
            missing.append(name)
        elif text_sha(path) != entry["sha256"]:
            changed.append(name)
        else:
            intact.append(name)
    return intact, missing, changed


def layout(part: str, out: Path, batch: int | None = None) -> int:
    """Symlink the part's texts into OUT/corpus and write the part's gold to OUT/gold; the count laid out.
    Articles without a `batch` in the recipe belong to batch 1 (the first one gathered)."""
    entries = [
        e
        for e in recipe()
        if (part == "all" or e.get("split") == part) and (batch is None or e.get("batch", 1) == batch)
    ]
    names = {str(e["file"]) for e in entries if (TEXTS / str(e["file"])).exists()}
    (out / "corpus").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    for name in sorted(names):
        link = out / "corpus" / name
        if not link.exists():
            link.symlink_to(TEXTS / name)
    for gold_name in GOLD_FILES:
        src = GOLD / gold_name
        lines = src.read_text(encoding="utf-8").splitlines() if src.exists() else []
        keep = [ln for ln in lines if ln.strip() and json.loads(ln)["file"] in names]
        (out / "gold" / gold_name).write_text("".join(ln + "\n" for ln in keep), encoding="utf-8")
    return len(names)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("check")
    lay = sub.add_parser("layout")
    lay.add_argument("part", choices=["dev", "unseen", "all"])
    lay.add_argument("out", type=Path)
    lay.add_argument("--batch", type=int, default=None, help="only the articles of this batch")
    a = ap.parse_args(argv)
    if a.cmd == "check":
        intact, missing, changed = check()
        print(f"real corpus: {len(intact)} intact, {len(missing)} missing, {len(changed)} changed")
        for name in missing:
            print(f"missing: {name}")
        for name in changed:
            print(f"changed: {name} (sha256 differs from the recipe)")
        if missing or changed:
            print(REBUILD_HINT)
        return 0 if intact and not missing and not changed else 1
    n = layout(a.part, a.out, a.batch)
    if n == 0:
        print(REBUILD_HINT, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
