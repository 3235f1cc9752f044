"""Lint the real corpus's gold names: no canonical name may be another canonical's alias.

usage: python bench/real/gold_lint.py [GOLD_DIR] [--recipe RECIPE]   (exit 1 when a clash exists)

The shared scorer (`shared/eval/score.py`) and `score_claims.py` build one corpus-wide alias map per field
with `setdefault`: every gold row's canonical name and aliases map to the first canonical that listed them.
A name that is one row's canonical (a bare family 'Qwen3', a board 'Chatbot Arena') and another row's alias
('Qwen3' of 'Qwen3-235B-A22B') is then mapped to whichever row came first in the part being scored, so a
right fact on the other page can never match. The check is independent of order and of the part (dev,
unseen, one batch): a canonical name N of any row clashes when any row with a different canonical lists N
among its aliases, names compared after the scorer's normalisation (`bench.evaluation.norm`, the same
one-line rule as `score.py`'s: NFKC, lower case, curly quotes straight, parenthesised parts and a leading
'the' dropped, non-alphanumerics dropped). Fields: scores' model and benchmark, attributes' subject, claims'
subject and object (one map, as `score_claims.py` merges them). Only names are read, never article text or
values, so unseen rows are included.

Two more faults of the same map: an alias listed under two or more different canonicals (the scorer maps it
to whichever row came first, so the other row's page can never match by it), and an alias that can name
nothing on its own: one that normalises to '' (non-Latin script: it would map every such name to one row)
or a pronoun / generic word ('it', 'model', 'the model', GENERIC).
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.evaluation import norm as _norm

norm = functools.lru_cache(maxsize=None)(_norm)  # the scorer's rule; names repeat thousands of times

# aliases that name no model on their own, after normalisation (the leading 'the' is already dropped)
GENERIC = frozenset(
    [
        "it",
        "its",
        "this",
        "that",
        "they",
        "them",
        "he",
        "she",
        "model",
        "models",
        "llm",
        "system",
        "ai",
        "new",
        "latest",
        "version",
        "variant",
    ]
)
GOLD = Path(__file__).resolve().parent / "gold"
# gold file -> name groups checked together (one alias map each): [(canonical key, aliases key), ...]
FIELDS: dict[str, dict[str, list[tuple[str, str]]]] = {
    "scores.jsonl": {
        "model": [("model", "model_aliases")],
        "benchmark": [("benchmark", "benchmark_aliases")],
    },
    "attributes.jsonl": {"subject": [("subject", "subject_aliases")]},
    "claims.jsonl": {"claim name": [("subject", "subject_aliases"), ("object", "object_aliases")]},
}


@dataclass(frozen=True, slots=True)
class Clash:
    kind: str  # model | benchmark | subject | claim name, with ' alias' (alias of two canonicals) or
    # ' empty alias' / ' generic alias' (an alias that names nothing)
    gold_file: str
    line: int  # 1-based line of the row whose canonical name is taken
    article: str  # that row's article file
    name: str  # that row's canonical name
    other_line: int  # a row that lists `name` as an alias of a different canonical
    other: str  # that row's canonical

    def __str__(self) -> str:
        if self.kind.endswith((" empty alias", " generic alias")):
            return (
                f"{self.gold_file}:{self.line} ({self.article}): {self.kind} '{self.name}' of '{self.other}'"
            )
        if self.kind.endswith(" alias"):
            return (
                f"{self.gold_file}:{self.line} ({self.article}): {self.kind} '{self.name}' of '{self.other}' "
                f"is also an alias of another canonical at {self.gold_file}:{self.other_line}"
            )
        return (
            f"{self.gold_file}:{self.line} ({self.article}): {self.kind} '{self.name}' "
            f"is an alias of '{self.other}' at {self.gold_file}:{self.other_line}"
        )


def lint_rows(gold_file: str, rows: list[dict[str, object]]) -> list[Clash]:
    out: list[Clash] = []
    for kind, keys in FIELDS[gold_file].items():
        # normalised alias -> first (line, canonical) that lists it with a canonical of another form
        aliased: dict[str, tuple[int, str]] = {}
        canonicals: list[tuple[int, str, str]] = []
        # normalised alias -> normalised canonical -> first (line, article, alias, canonical) listing it
        owners: dict[str, dict[str, tuple[int, str, str, str]]] = {}
        for i, row in enumerate(rows, 1):
            for name_key, alias_key in keys:
                canon = str(row[name_key])
                article = str(row.get("file", ""))
                canonicals.append((i, article, canon))
                aliases = row.get(alias_key) or []
                assert isinstance(aliases, list)
                for a in aliases:
                    n = norm(a)
                    if not n or n in GENERIC:
                        why = "empty" if not n else "generic"
                        out.append(Clash(f"{kind} {why} alias", gold_file, i, article, a, i, canon))
                    elif n != norm(canon):
                        aliased.setdefault(n, (i, canon))
                        owners.setdefault(n, {}).setdefault(norm(canon), (i, article, a, canon))
        seen: set[tuple[int, str]] = set()
        for i, article, canon in canonicals:
            hit = aliased.get(norm(canon))
            if hit is not None and (i, canon) not in seen:
                seen.add((i, canon))
                out.append(Clash(kind, gold_file, i, article, canon, hit[0], hit[1]))
        for by_canon in owners.values():
            if len(by_canon) > 1:
                (first, *_), *rest = by_canon.values()
                for i, article, a, canon in rest:
                    out.append(Clash(f"{kind} alias", gold_file, i, article, a, first, canon))
    return out


def lint(gold_dir: Path = GOLD, files: set[str] | None = None) -> list[Clash]:
    """Every clash in GOLD_DIR's three files; `files` keeps only rows of those articles (None: all)."""
    out: list[Clash] = []
    for gold_file in FIELDS:
        path = gold_dir / gold_file
        if not path.exists():
            continue
        rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        if files is not None:
            rows = [r for r in rows if r["file"] in files]
        out.extend(lint_rows(gold_file, rows))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold_dir", type=Path, nargs="?", default=GOLD)
    ap.add_argument(
        "--recipe", type=Path, help="check only the articles this recipe lists (dev and unseen alike)"
    )
    a = ap.parse_args(argv)
    files = None
    if a.recipe:
        lines = a.recipe.read_text(encoding="utf-8").splitlines()
        files = {json.loads(x)["file"] for x in lines if x.strip()}
    clashes = lint(a.gold_dir, files)
    for c in clashes:
        print(c)
    counts: dict[str, int] = defaultdict(int)
    for c in clashes:
        counts[c.kind] += 1
    print(f"{len(clashes)} clashes" + "".join(f", {k} {n}" for k, n in sorted(counts.items())))
    return 1 if clashes else 0


if __name__ == "__main__":
    sys.exit(main())
