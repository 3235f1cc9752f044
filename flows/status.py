"""`newskb status`: the last runs from the warehouse and the next scheduled run (no Prefect import)."""

from __future__ import annotations

from typing import Any

from flows.guard import is_locked, read_holder
from schema.settings import Settings
from warehouse.db import WarehouseMissing, open_warehouse
from warehouse.queries import query
from warehouse.runs import last_runs, stale_runs


def _mark_interrupted(settings: Settings, stale: list[str]) -> list[str]:
    """Record that runs whose process is gone were interrupted (a short write; skipped when busy)."""
    from warehouse.db import WarehouseError, transaction
    from warehouse.runs import mark_interrupted

    try:
        with open_warehouse(settings.db_path, busy_timeout=settings.busy_timeout) as con, transaction(con):
            mark_interrupted(con, stale)
    except WarehouseError:
        pass  # shown as interrupted anyway; the next run's start records it
    return stale


def gather_status(settings: Settings) -> dict[str, Any]:
    info: dict[str, Any] = {
        "db": str(settings.db_path),
        "runs": [],
        "articles": 0,
        "scores": 0,
        "open_contradictions": 0,
    }
    stale: list[str] = []
    try:
        with open_warehouse(settings.db_path, read_only=True, busy_timeout=settings.busy_timeout) as con:
            stale = stale_runs(con, lock_free=not is_locked(settings.db_path))
            info["runs"] = last_runs(con, 10)
            counts = con.execute(query("status_counts")).fetchone()
            if counts:  # the open upgraded an old schema, so every table is there
                info["articles"], info["scores"], info["open_contradictions"] = (int(c) for c in counts)
    except WarehouseMissing:
        info["missing"] = True
        info["note"] = f"no warehouse at {settings.db_path} yet — run `newskb ingest`"
    if stale:
        info["interrupted"] = _mark_interrupted(settings, stale)
        for r in info["runs"]:
            if r["run_id"] in stale:
                r["status"] = "interrupted"
    from flows.schedule import next_scheduled_run

    found = next_scheduled_run(settings)
    if found:
        info["next_run"], info["schedule_source"] = found[0].isoformat(), found[1]
    if is_locked(settings.db_path):
        info["running"] = read_holder(settings.db_path).describe()
    return info
