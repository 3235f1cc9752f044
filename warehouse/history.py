"""What `newskb status` reports about past work: ingestion runs (`runs`) and maintenance/export jobs
(`jobs`), as nested records: per-source outcomes parsed, failed sources counted and named, durations."""

from __future__ import annotations

import json
from typing import Any

import duckdb

from warehouse.jobs import last_jobs
from warehouse.queries import query


def _reason(source: dict[str, Any]) -> str | None:
    if source.get("source_error"):
        return str(source["source_error"])
    errors = source.get("errors") or []
    if errors and isinstance(errors[0], dict):
        return f"{errors[0].get('url')}: {errors[0].get('reason')}"
    return None


def recent_runs(con: duckdb.DuckDBPyConnection, limit: int = 10) -> list[dict[str, Any]]:
    """The last ingestion runs, newest first, each with `sources` (per-source outcomes) and
    `failed_sources` ({name, reason}) instead of the stored `counts_json` text."""
    cur = con.execute(query("status_runs"), [limit])
    cols = [d[0] for d in cur.description]
    out: list[dict[str, Any]] = []
    for row in cur.fetchall():
        run = dict(zip(cols, row, strict=True))
        try:
            sources = json.loads(run.pop("counts_json", None) or "[]")
        except ValueError:
            sources = []
        sources = [s for s in sources if isinstance(s, dict)]
        failed = [s for s in sources if s.get("status") == "failed"]
        run["sources"] = sources
        run["n_sources"] = len(sources)
        run["n_sources_failed"] = len(failed)
        run["failed_sources"] = [
            {"name": s.get("name") or s.get("source"), "reason": _reason(s)} for s in failed
        ]
        out.append(run)
    return out


def recent_jobs(con: duckdb.DuckDBPyConnection, limit: int = 10) -> list[dict[str, Any]]:
    """The last maintenance and export jobs, newest first, with their `detail` as an object."""
    return last_jobs(con, limit)
