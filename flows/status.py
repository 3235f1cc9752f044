"""`newskb status`: the last runs from the warehouse and the next scheduled run (no Prefect import)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from schema.settings import Settings
from warehouse.db import WarehouseMissing, open_warehouse


def next_cron(expr: str, after: datetime | None = None) -> datetime | None:
    """The next time a five-field cron expression fires (cronsim ships with Prefect)."""
    try:
        from cronsim import CronSim
    except ImportError:  # pragma: no cover - cronsim is a Prefect dependency
        return None
    start = after or datetime.now(UTC)
    nxt: datetime = next(CronSim(expr, start))
    return nxt


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
    nxt = next_cron(settings.schedule_cron)
    if nxt:
        info["next_run"] = nxt.isoformat()
        info["schedule_source"] = f"cron {settings.schedule_cron}"
    return info
