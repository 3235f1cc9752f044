"""The `runs` table: one row per ingestion run with per-source counts."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import duckdb

from warehouse.queries import query


def start_run(con: duckdb.DuckDBPyConnection, run_id: str, trigger: str) -> None:
    con.execute(query("runs_start"), [run_id, datetime.now(UTC), trigger])


def finish_run(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    status: str,
    per_source: Sequence[dict[str, Any]],
    contradictions_opened: int,
) -> None:
    totals = {k: sum(int(s.get(k, 0)) for s in per_source) for k in ("new", "updated", "unchanged", "failed")}
    con.execute(
        query("runs_finish"),
        [
            datetime.now(UTC),
            status,
            json.dumps(list(per_source)),
            totals["new"],
            totals["updated"],
            totals["unchanged"],
            totals["failed"],
            contradictions_opened,
            run_id,
        ],
    )


def last_runs(con: duckdb.DuckDBPyConnection, limit: int = 10) -> list[dict[str, Any]]:
    cur = con.execute(query("runs_last"), [limit])
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]


def link_prefect(con: duckdb.DuckDBPyConnection, run_id: str, prefect_run_id: str) -> None:
    """Record the Prefect flow run behind an ingestion run."""
    con.execute(query("runs_link_prefect"), [prefect_run_id, run_id])
