"""The `runs` table: one row per ingestion run with per-source counts.

A run records the process (pid, host) that runs it. A run left `running` by a process that is gone (killed
with SIGKILL, a machine that lost power) is marked `interrupted` by the next run's start and by `status`.
"""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import duckdb

from warehouse.queries import query


def start_run(con: duckdb.DuckDBPyConnection, run_id: str, trigger: str) -> None:
    con.execute(query("runs_start"), [run_id, datetime.now(UTC), trigger, os.getpid(), socket.gethostname()])


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: it exists
        return True
    return True


def stale_runs(con: duckdb.DuckDBPyConnection, *, lock_free: bool) -> list[str]:
    """Runs marked `running` whose process is gone. `lock_free`: nobody holds the run lock now, so no run
    can be going on (every writer holds it); else only runs whose recorded process on this host is dead."""
    here = socket.gethostname()
    out = []
    for run_id, pid, host in con.execute(query("runs_running")).fetchall():
        mine = host is None or host == here
        if lock_free or (mine and pid is not None and pid != os.getpid() and not _alive(int(pid))):
            out.append(str(run_id))
    return out


def starting_stale_runs(con: duckdb.DuckDBPyConnection) -> list[str]:
    """At a run's start (the caller holds the run lock): every other `running` run is stale, unless its
    recorded process on this host is still alive (a run started without the lock, as tests do)."""
    here = socket.gethostname()
    out = []
    for run_id, pid, host in con.execute(query("runs_running")).fetchall():
        live = pid is not None and (host is None or host == here) and pid != os.getpid() and _alive(int(pid))
        if not live:
            out.append(str(run_id))
    return out


def mark_interrupted(con: duckdb.DuckDBPyConnection, run_ids: Sequence[str]) -> None:
    now = datetime.now(UTC)
    for run_id in run_ids:
        con.execute(query("runs_interrupt"), [now, run_id])
        con.execute(query("loads_interrupt"), [now, run_id])


def finish_run(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    status: str,
    per_source: Sequence[dict[str, Any]],
    contradictions_opened: int,
) -> None:
    keys = ("new", "updated", "unchanged", "failed", "deferred")
    totals = {k: sum(int(s.get(k, 0)) for s in per_source) for k in keys}
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
            totals["deferred"],
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
