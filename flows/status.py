"""`newskb status`: the last runs from the warehouse and the next scheduled run (no Prefect import)."""

from __future__ import annotations

from typing import Any

from schema.settings import Settings
from warehouse.db import WarehouseMissing, open_warehouse


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
            info["articles"] = con.execute("SELECT count(*) FROM article_rows").fetchone()[0]  # type: ignore[index]
            info["scores"] = con.execute("SELECT count(*) FROM score_facts").fetchone()[0]  # type: ignore[index]
            has = con.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = 'contradictions'"
            ).fetchone()
            if has and has[0]:
                info["open_contradictions"] = con.execute(
                    "SELECT count(*) FROM contradictions WHERE status = 'open'"
                ).fetchone()[0]  # type: ignore[index]
    except WarehouseMissing:
        info["missing"] = True
    from flows.guard import is_locked, read_holder
    from flows.schedule import next_scheduled_run

    found = next_scheduled_run(settings)
    if found:
        info["next_run"], info["schedule_source"] = found[0].isoformat(), found[1]
    if is_locked(settings.db_path):
        info["running"] = read_holder(settings.db_path).describe()
    return info
