"""`newskb status`: the last runs from the warehouse and the next scheduled run (no Prefect import)."""

from __future__ import annotations

from typing import Any

from schema.settings import Settings
from warehouse.db import WarehouseMissing, open_warehouse
from warehouse.queries import query


def gather_status(settings: Settings) -> dict[str, Any]:
    info: dict[str, Any] = {
        "db": str(settings.db_path),
        "runs": [],
        "articles": 0,
        "scores": 0,
        "open_contradictions": 0,
    }
    try:
        with open_warehouse(settings.db_path, read_only=True, busy_timeout=settings.busy_timeout) as con:
            from warehouse.runs import last_runs

            info["runs"] = last_runs(con, 10)
            counts = con.execute(query("status_counts")).fetchone()
            if counts:  # the open upgraded an old schema, so every table is there
                info["articles"], info["scores"], info["open_contradictions"] = (int(c) for c in counts)
    except WarehouseMissing:
        info["missing"] = True
        info["note"] = f"no warehouse at {settings.db_path} yet — run `newskb ingest`"
    from flows.guard import is_locked, read_holder
    from flows.schedule import next_scheduled_run

    found = next_scheduled_run(settings)
    if found:
        info["next_run"], info["schedule_source"] = found[0].isoformat(), found[1]
    if is_locked(settings.db_path):
        info["running"] = read_holder(settings.db_path).describe()
    return info
