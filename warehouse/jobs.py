"""The `jobs` table: maintenance and export runs (ingestion runs are in `runs`), for `newskb status`."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

import duckdb

from warehouse.queries import query


def new_job_id(kind: str) -> str:
    return f"{kind}-{datetime.now(UTC):%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}"


def record_job(
    con: duckdb.DuckDBPyConnection,
    kind: str,
    *,
    trigger: str,
    started_at: datetime,
    status: str,
    detail: dict[str, Any],
    prefect_run_id: str | None = None,
    job_id: str | None = None,
) -> str:
    """Insert one finished job (maintenance or export) with what it did."""
    job_id = job_id or new_job_id(kind)
    con.execute(
        query("jobs_record"),
        [
            job_id,
            kind,
            trigger,
            started_at,
            datetime.now(UTC),
            status,
            json.dumps(detail, default=str),
            prefect_run_id,
        ],
    )
    return job_id


def last_jobs(con: duckdb.DuckDBPyConnection, limit: int = 10) -> list[dict[str, Any]]:
    cur = con.execute(query("jobs_last"), [limit])
    cols = [d[0] for d in cur.description]
    out = []
    for row in cur.fetchall():
        job = dict(zip(cols, row, strict=True))
        raw = job.pop("detail_json", None)
        try:
            job["detail"] = json.loads(raw) if raw else {}
        except ValueError:
            job["detail"] = {"text": raw}
        out.append(job)
    return out
