"""The alias registry: chained aliases are merges, merges survive re-seeding, reconciliation follows names."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import duckdb
import pytest

from tests.test_reconcile import article, load_items, rows, score
from warehouse import load
from warehouse.db import InputError, open_warehouse
from warehouse.entities import add_alias, decide_candidate, merge
from warehouse.reconcile import reconcile

PATTERNS: Sequence[tuple[str, str, str]] = (
    ("model", "Calder Three", "Calder Three"),
    ("model", "Calder Three", "Calder 3"),
    ("model", "Fenwick-1", "Fenwick-1"),
    ("model", "Fenwick-1", "Fenwick 1"),
    ("model", "Fenwick One", "Fenwick One"),
    ("model", "Tarn-14B", "Tarn-14B"),
)


@pytest.fixture()
def con(tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    with open_warehouse(tmp_path / "wh.duckdb") as c:
        load.seed_aliases(c, PATTERNS)  # what every ingest does first
        yield c


def means(con: duckdb.DuckDBPyConnection, *names: str) -> set[str | None]:
    """What each name resolves to in the registry (by alias key, as the views do)."""
    sql = "SELECT canonical FROM entity_aliases WHERE kind = 'model' AND alias_key = alias_key(?)"
    return {(lambda r: r[0] if r else None)(con.execute(sql, [n]).fetchone()) for n in names}


def entities(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {r[0] for r in con.execute("SELECT canonical FROM entities WHERE kind = 'model'").fetchall()}


def chained(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, str]]:
    """Aliases whose canonical name itself resolves elsewhere (the views resolve one step only)."""
    return [
        tuple(r)
        for r in con.execute(
            "SELECT a.alias, a.canonical, b.canonical FROM entity_aliases a JOIN entity_aliases b "
            "ON b.kind = a.kind AND b.alias_key = alias_key(a.canonical) WHERE b.canonical <> a.canonical"
        ).fetchall()
    ]


def test_alias_then_chained_alias_is_a_merge(con: duckdb.DuckDBPyConnection) -> None:
    load_items(con, [article("a", [score("CT", "GPQA Diamond", 61.5), score("Calder 3", "HLE", 20.0)])])
    assert add_alias(con, "CT", "calder three") == "CT → Calder Three (model)"
    assert means(con, "CT") == {"Calder Three"}
    out = add_alias(con, "Calder Three", "C3")
    assert "merged Calder Three into C3" in out
    assert means(con, "CT", "Calder 3", "Calder Three", "C3") == {"C3"}
    assert "Calder Three" not in entities(con) and "C3" in entities(con)
    assert chained(con) == []
    assert {r[0] for r in con.execute("SELECT DISTINCT model FROM scores").fetchall()} == {"C3"}
    # pointing back is no cycle: "Calder Three" already means C3
    add_alias(con, "C3", "Calder Three")
    assert chained(con) == [] and means(con, "C3", "Calder Three") == {"C3"}
    assert merge(con, "Calder 3", "C3") == "Calder 3 is already C3"


def test_an_alias_cycle_in_the_registry_is_refused(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        "INSERT INTO entity_aliases VALUES ('loopa', 'model', 'Loop A', 'Loop B', 'review'), "
        "('loopb', 'model', 'Loop B', 'Loop A', 'review')"
    )
    with pytest.raises(InputError, match="cycle"):
        add_alias(con, "Loopy", "Loop A")
    with pytest.raises(InputError, match="cycle"):
        merge(con, "Loop A", "Tarn-14B")


def test_merge_then_reseed_keeps_the_merge(con: duckdb.DuckDBPyConnection) -> None:
    assert merge(con, "Fenwick 1", "Fenwick One") == "merged Fenwick-1 into Fenwick One (model)"
    add_alias(con, "Calder Three", "Tarn-14B")  # an alias that is a merge
    for _ in range(2):  # the next ingests seed again, with a new pattern alias for each merged-away name
        load.seed_aliases(con, [*PATTERNS, ("model", "Fenwick-1", "FW1"), ("model", "Calder Three", "Cal3")])
        assert entities(con) == {"Fenwick One", "Tarn-14B"}
        assert means(con, "Fenwick-1", "FW1", "Fenwick One") == {"Fenwick One"}
        assert means(con, "Calder Three", "Calder 3", "Cal3", "Tarn-14B") == {"Tarn-14B"}
        assert chained(con) == []
    load.seed_aliases(con, [("model", "Brand New", "Brand New")])  # untouched names still seed
    assert "Brand New" in entities(con)


def test_consensus_follows_an_alias_at_once(con: duckdb.DuckDBPyConnection) -> None:
    a = article("vendorco", [score("Calder 3", "GPQA Diamond", 61.5)], kind="vendor")
    b = article("weekly", [score("C-Three", "GPQA Diamond", 64.0)])
    load_items(con, [a, b])
    reconcile(con)

    def subjects() -> set[str]:
        return {r["subject"] for r in rows(con, "SELECT subject FROM consensus")}

    assert subjects() == {"Calder Three", "C-Three"}
    assert rows(con, "SELECT * FROM contradictions") == []
    add_alias(con, "C-Three", "Calder 3")
    assert subjects() == {"Calder Three"}
    assert {r["subject"] for r in rows(con, "SELECT subject FROM fact_ranks")} == {"Calder Three"}
    opened = rows(con, "SELECT subject, status FROM contradictions")
    assert opened == [{"subject": "Calder Three", "status": "open"}]
    merge(con, "Calder Three", "Calder-3 Pro")
    assert subjects() == {"Calder-3 Pro"}
    assert [r["subject"] for r in rows(con, "SELECT subject FROM contradictions")] == ["Calder-3 Pro"]


def test_accepting_a_candidate_keeps_an_existing_canonical(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        "INSERT INTO entity_candidates (name, kind, confidence, status) VALUES "
        "('Orrin-2', 'model', 0.6, 'new'), ('Fenwick 1', 'model', 0.6, 'new')"
    )
    assert decide_candidate(con, "Orrin-2", "accept") == "Orrin-2: accepted"
    assert "Orrin-2" in entities(con) and means(con, "Orrin-2") == {"Orrin-2"}
    assert (
        decide_candidate(con, "Fenwick 1", "accept") == "Fenwick 1: accepted (already an alias of Fenwick-1)"
    )
    assert means(con, "Fenwick 1") == {"Fenwick-1"} and "Fenwick 1" not in entities(con)
    with pytest.raises(InputError, match="no discovered model candidate"):
        decide_candidate(con, "Nobody", "reject")
