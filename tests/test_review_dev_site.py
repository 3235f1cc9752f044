"""Done-when of issue #11 on the shared dev site: the dev corpus built as a news site
(../shared/eval/build_site.py), served on 127.0.0.1 and ingested; `newskb review list --json` then has exactly
one open item per disputed subject × benchmark, and no consensus row is "uncontested" while a value it is
compared with disagrees."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import duckdb
import pytest

from tests.conftest import StaticSite
from warehouse.agreement import agree, parse_value, rule_for

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
if not EVAL.is_dir():
    EVAL = Path("/work/shared/eval")
CORPUS, BUILD = EVAL / "dev-corpus", EVAL / "build_site.py"


def disputed_pairs(con: duckdb.DuckDBPyConnection) -> set[tuple[str, str]]:
    """Subject × benchmark pairs where two facts of different articles, with settings that are not explicitly
    different (as compared: a copy's setting may come from its copies), disagree beyond rounding."""
    facts: dict[tuple[str, str], list[tuple[str | None, str, str]]] = defaultdict(list)
    rows = con.execute(
        "SELECT subject, attribute, setting, value, article_id FROM fact_ranks WHERE kind = 'score'"
    ).fetchall()
    for subject, attribute, setting, value, article in rows:
        facts[(subject, attribute)].append((setting, value, article))
    out = set()
    for pair, fs in facts.items():
        for (sa, va, aa), (sb, vb, ab) in itertools.combinations(fs, 2):
            if aa == ab or (sa is not None and sb is not None and sa != sb):
                continue
            pa, pb = parse_value("rounding", va), parse_value("rounding", vb)
            if pa is not None and pb is not None and not agree("rounding", pa, pb):
                out.add(pair)
    return out


@pytest.mark.skipif(not CORPUS.is_dir() or not BUILD.exists(), reason="the shared dev corpus is not here")
def test_one_open_item_per_dispute_and_no_uncontested_disagreement(  # type: ignore[no-untyped-def]
    cli, static_site: StaticSite, db_path: Path
) -> None:
    subprocess.run(
        [sys.executable, str(BUILD), str(CORPUS), str(static_site.root), static_site.base],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    feed = static_site.url("feed.xml")
    res = cli("--db", str(db_path), "ingest", "--feed", feed, "--delay", "0", "--concurrency", "4")
    assert res.code == 0, res.err
    listed = cli("--db", str(db_path), "review", "list", "--json", "--status", "open")
    assert listed.code == 0, listed.err
    items = json.loads(listed.out)
    pairs = [(i["subject"], i["attribute"]) for i in items if i["kind"] == "score"]
    assert len(pairs) == len(set(pairs))  # exactly one item per subject × benchmark
    with duckdb.connect(str(db_path), read_only=True) as con:
        assert set(pairs) == disputed_pairs(con)
        cons = con.execute(
            "SELECT kind, subject, attribute, qualifier, setting FROM consensus WHERE basis = 'uncontested'"
        ).fetchall()
        values = defaultdict(list)
        for kind, subject, attribute, qualifier, setting, value in con.execute(
            "SELECT kind, subject, attribute, qualifier, setting, value FROM fact_ranks"
        ).fetchall():
            values[(kind, subject, attribute, qualifier)].append((setting, value))
    assert len(pairs) >= 15
    for kind, subject, attribute, qualifier, setting in cons:
        rule = rule_for(kind, attribute)
        compared = [
            v
            for s, v in values[(kind, subject, attribute, qualifier)]
            if setting is None or s is None or s == setting
        ]
        parsed = [p for p in (parse_value(rule, v) for v in compared) if p is not None]
        assert all(agree(rule, a, b) for a, b in itertools.combinations(parsed, 2)), (
            subject, attribute, setting, compared,
        )  # fmt: skip
