"""Migration 0010: per-setting review items of an old warehouse become one item per subject × benchmark and
keep their decisions; reconciliation afterwards finds them by the same id (nothing reopened, nothing lost)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import duckdb

from tests.test_reconcile import load_items
from tests.test_review import corpus
from warehouse import review
from warehouse.agreement import dispute_id, key_id
from warehouse.db import open_warehouse
from warehouse.migrations import migrate
from warehouse.reconcile import reconcile

OLD = """INSERT INTO contradiction_items (contradiction_id, kind, subject, attribute, qualifier, setting,
    status, present, values_seen, resolved_value, decided_by, decided_at, note, opened_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?, ?, ?, ?, ?)"""
EVENT = """INSERT INTO contradiction_events (contradiction_id, event_at, who, action, old_status, new_status,
    value, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"""


def t(day: int) -> datetime:
    return datetime(2026, 4, day, 12, tzinfo=UTC)


def old_item(
    con: duckdb.DuckDBPyConnection, kind: str, subject: str, attribute: str, setting: str | None,
    status: str, seen: list[str], value: str | None = None, who: str | None = None, day: int = 1,
    qualifier: str | None = None,
) -> str:  # fmt: skip
    cid = key_id(kind, subject, attribute, qualifier, setting)
    decided = t(day) if status != "open" else None
    note = f"{who} decided" if who else None
    con.execute(
        OLD,
        [
            cid,
            kind,
            subject,
            attribute,
            qualifier,
            setting,
            status,
            seen,
            value,
            who,
            decided,
            note,
            t(1),
            t(day),
        ],
    )
    con.execute(EVENT, [cid, t(1), "reconcile", "opened", None, "open", None, "values"])
    if status != "open":
        con.execute(EVENT, [cid, decided, who, status, "open", status,
                            value, note])  # fmt: skip
    return cid


def test_per_setting_decisions_carry_over(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    migrate(con, target=4)  # the schema before one item per dispute
    items = corpus()
    load_items(con, items)
    hle_a = old_item(con, "score", "Muse Spark", "HLE", "Thinking; no tools", "resolved",
                     ["42.8", "50.2", "58"], "42.8", "ana", day=2)  # fmt: skip
    hle_b = old_item(con, "score", "Muse Spark", "HLE", None, "dismissed", ["50.2", "58"], who="bo", day=3)
    swe = old_item(con, "score", "Yunhai-2 Max", "SWE-bench Verified", None, "resolved", ["76.9", "79.6"],
                   "76.9", "cy", day=2)  # fmt: skip
    rank = old_item(con, "attribute", "Muse Spark", "leaderboard_rank", None, "open", ["4", "5"],
                    qualifier="AA Index")  # fmt: skip
    con.close()

    with open_warehouse(path) as con:  # upgrades the old warehouse
        merged = dict(con.execute("SELECT contradiction_id, merged_into FROM contradiction_items").fetchall())
        hle = dispute_id("score", "Muse Spark", "HLE", None)
        assert merged[hle_a] == merged[hle_b] == hle and merged[hle] is None
        assert merged[swe] == dispute_id("score", "Yunhai-2 Max", "SWE-bench Verified", None)
        res = reconcile(con, "after-upgrade")
        assert (res.opened, res.reopened) == (0, 0)  # every dispute found its carried-over item
        open_items = review.list_contradictions(con, status="open")
        assert [(i["subject"], i["attribute"]) for i in open_items] == [("Muse Spark", "leaderboard_rank")]
        detail = review.show(con, hle)
        assert (detail["status"], detail["decided_by"]) == ("dismissed", "bo")  # the latest decision
        actions = [(h["action"], h["merged_from"]) for h in detail["history"]]
        assert ("resolved", hle_a) in actions and ("dismissed", hle_b) in actions
        assert [a for a, _ in actions].count("merged") == 2
        s = review.show(con, swe)  # an old id still leads to its item
        assert (s["status"], s["resolved_value"]) == ("resolved", "76.9")
        assert [c["basis"] for c in s["consensus"]] == ["review"]
        assert review.show(con, rank)["status"] == "open"
