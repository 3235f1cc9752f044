"""`newskb status`: the last runs and jobs from the warehouse, and whether a scheduler is serving (no
Prefect import: the Prefect API is asked over plain HTTP)."""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

from flows.sql_output import print_table
from schema.settings import Settings
from warehouse.db import WarehouseMissing, open_warehouse
from warehouse.queries import query


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


def _prefect_link(run_id: object, ui: str | None) -> dict[str, Any] | None:
    if not run_id:
        return None
    return {"run_id": str(run_id), "url": f"{ui}/runs/flow-run/{run_id}" if ui else None}


def gather_status(settings: Settings) -> dict[str, Any]:
    info: dict[str, Any] = {
        "db": str(settings.db_path),
        "runs": [],
        "jobs": [],
        "articles": 0,
        "scores": 0,
        "open_contradictions": 0,
    }
    from flows.guard import is_locked, read_holder

    stale: list[str] = []
    try:
        with open_warehouse(settings.db_path, read_only=True, busy_timeout=settings.busy_timeout) as con:
            from warehouse.history import recent_jobs, recent_runs
            from warehouse.runs import stale_runs

            # a run left `running` by a process that is gone (kill -9) is reported and recorded interrupted
            stale = stale_runs(con, lock_free=not is_locked(settings.db_path))
            info["runs"] = recent_runs(con, 10)
            info["jobs"] = recent_jobs(con, 5)
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
    from flows.schedule import scheduler_state

    scheduler = scheduler_state(settings)
    info["scheduler"] = scheduler
    ui = str(scheduler["ui_url"]) if scheduler.get("ui_url") else None
    for item in (*info["runs"], *info["jobs"]):
        item["prefect"] = _prefect_link(item.pop("prefect_run_id", None), ui)
    if is_locked(settings.db_path):
        info["running"] = read_holder(settings.db_path).describe()
    return info


# --- text -------------------------------------------------------------------------------------------


def _duration(seconds: object) -> str:
    if seconds is None:
        return ""
    total = float(str(seconds))
    return f"{total:.1f}s" if total < 60 else f"{int(total // 60)}m{int(total % 60):02d}s"


def _when(value: object) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S") if isinstance(value, datetime) else str(value or "")


def _job_what(job: dict[str, Any]) -> str:
    detail = job.get("detail") or {}
    views = detail.get("views") or detail.get("exported")
    if isinstance(views, dict):
        rows = sum(int(v["rows"]) if isinstance(v, dict) else int(v) for v in views.values())
        where = detail.get("folder") or detail.get("export_dir") or ""
        return f"{len(views)} views, {rows} rows -> {where}"
    return str(detail.get("reason") or detail.get("error") or "")


def format_status(info: dict[str, Any]) -> str:
    """`newskb status` as text: the warehouse, the scheduler, the runs (failed sources named), the jobs."""
    out = io.StringIO()
    if info.get("note"):
        out.write(f"{info['note']}\n")
    if info.get("missing"):
        return out.getvalue()
    out.write(
        f"warehouse: {info['db']} ({info['articles']} articles, {info['scores']} scores, "
        f"{info['open_contradictions']} open contradictions)\n"
    )
    if info.get("running"):
        out.write(f"running now: {info['running']}\n")
    sched = info["scheduler"]
    if sched.get("serving"):
        nxt = sched.get("next_run")
        when = f"next run {nxt['at']} ({nxt['deployment']})" if nxt else "no run scheduled yet"
        out.write(f"scheduler: serving {', '.join(sched['deployments'])} at {sched['ui_url']}; {when}\n")
    else:
        out.write(f"scheduler: not serving, so no run is scheduled: {sched.get('reason')}\n")
    runs = info["runs"]
    if not runs:
        out.write("no runs yet\n")
    else:
        cols = ["run_id", "started (UTC)", "took", "status", "trigger", "new", "updated", "unchanged"]
        cols += ["failed", "deferred", "sources failed", "opened", "prefect run"]
        rows = [
            [
                r["run_id"],
                _when(r["started_at"]),
                _duration(r["duration_s"]),
                r["status"],
                r["trigger"],
                r["articles_new"],
                r["articles_updated"],
                r["articles_unchanged"],
                r["articles_failed"],
                r.get("articles_deferred") or 0,
                f"{r['n_sources_failed']} of {r['n_sources']}",
                r["contradictions_opened"],
                (r["prefect"] or {}).get("run_id", ""),
            ]
            for r in runs
        ]
        print_table(cols, rows, out, max_width=40)
        for r in runs:
            for f in r["failed_sources"]:
                reason = f["reason"] or "no reason recorded"
                out.write(f"  {r['run_id']}: source {f['name']} failed: {reason}\n")
            if r["prefect"] and r["prefect"].get("url"):
                out.write(f"  {r['run_id']}: {r['prefect']['url']}\n")
    if info["jobs"]:
        out.write("\n")
        cols = ["job_id", "kind", "started (UTC)", "took", "status", "trigger", "what", "prefect run"]
        rows = [
            [
                j["job_id"],
                j["kind"],
                _when(j["started_at"]),
                _duration(j["duration_s"]),
                j["status"],
                j["trigger"],
                _job_what(j),
                (j["prefect"] or {}).get("run_id", ""),
            ]
            for j in info["jobs"]
        ]
        print_table(cols, rows, out)
    return out.getvalue()
