"""The nightly maintenance flow: reconcile, CHECKPOINT, and export the public views to Parquet.

Steps (each a task, all under the warehouse's run lock so no ingestion writes meanwhile):
reconciliation over the whole warehouse (`warehouse.reconcile.reconcile`, when that module exists),
a DuckDB CHECKPOINT (folds the WAL into the file), and the export `newskb export` makes: one Parquet file
per public view and a manifest in `settings.export_dir` (`warehouse.export.export_views`: staged, then
moved over the previous export, so a failed export leaves the previous one intact). The run is recorded in
the `jobs` table with its Prefect flow run id. The plain functions do the work; the flow only wires them.
"""

from __future__ import annotations

import importlib
import inspect
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from flows.guard import RunInProgress, run_lock
from flows.prefect_server import quiet_env
from flows.schedule import MAINTENANCE_FLOW_NAME
from schema.settings import Settings
from warehouse.db import WarehouseError, open_warehouse
from warehouse.export import export_views
from warehouse.jobs import record_job

quiet_env()  # before Prefect is imported (its SDK telemetry starts at import time)

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.client.schemas.objects import State as PrefectState  # noqa: E402
from prefect.states import Completed  # noqa: E402

MAINTENANCE_LOCK_WAIT = 600.0  # nightly: wait for a running ingestion rather than skip


# --- library --------------------------------------------------------------------------------------


def reconcile_all(con: duckdb.DuckDBPyConnection) -> str:
    """Run `warehouse.reconcile.reconcile` if it exists; returns what happened, for the log."""
    try:
        module = importlib.import_module("warehouse.reconcile")
    except ModuleNotFoundError as exc:
        if exc.name != "warehouse.reconcile":
            raise
        return "skipped: warehouse.reconcile is not there yet"
    fn = module.reconcile
    if len(inspect.signature(fn).parameters) >= 2:  # reconcile(con, load_id)
        from extractors import EXTRACTOR_VERSION
        from warehouse import load

        load_id = load.start_load(con, "maintenance", EXTRACTOR_VERSION)
        result = fn(con, load_id)
        load.finish_load(con, load_id, "ok")
    else:
        result = fn(con)
    opened = getattr(result, "opened", None)
    return f"reconciled (contradictions opened: {opened})" if opened is not None else "reconciled"


# --- tasks and flow ---------------------------------------------------------------------------------


@task(name="reconcile", cache_policy=NO_CACHE)
def reconcile_task(settings: Settings) -> str:
    with open_warehouse(settings.db_path, busy_timeout=settings.busy_timeout) as con:
        return reconcile_all(con)


@task(name="checkpoint", cache_policy=NO_CACHE)
def checkpoint_task(settings: Settings) -> None:
    with open_warehouse(settings.db_path, busy_timeout=settings.busy_timeout) as con:
        con.execute("CHECKPOINT")


@task(name="export-parquet", cache_policy=NO_CACHE)
def export_task(settings: Settings) -> dict[str, int]:
    with open_warehouse(settings.db_path, read_only=True, busy_timeout=settings.busy_timeout) as con:
        return export_views(con, settings.export_dir, fmt="parquet").rows()


def record_maintenance(settings: Settings, started_at: datetime, status: str, detail: dict[str, Any]) -> None:
    """The run's row in `jobs`, with the Prefect flow run that ran it (best effort: logged if it fails)."""
    from prefect.context import FlowRunContext

    ctx = FlowRunContext.get()
    run = ctx.flow_run if ctx else None
    try:
        with open_warehouse(settings.db_path, busy_timeout=settings.busy_timeout) as con:
            record_job(
                con,
                "maintenance",
                trigger="schedule" if run and run.auto_scheduled else "prefect",
                started_at=started_at,
                status=status,
                detail=detail,
                prefect_run_id=str(run.id) if run else None,
            )
    except WarehouseError as exc:
        get_run_logger().warning("could not record the maintenance run in `jobs`: %s", exc)


@flow(name=MAINTENANCE_FLOW_NAME, log_prints=True)
def maintenance_flow(
    settings: dict[str, Any] | None = None, lock_wait: float = MAINTENANCE_LOCK_WAIT
) -> dict[str, Any] | PrefectState:
    """Nightly: reconcile, CHECKPOINT, export the public views to Parquet in settings.export_dir."""
    from flows.ingest import settings_from_params

    cfg = settings_from_params(settings)
    logger = get_run_logger()
    if not Path(cfg.db_path).exists():
        logger.warning("skipped: no warehouse at %s yet", cfg.db_path)
        return Completed(name="Skipped", message=f"no warehouse at {cfg.db_path}")
    started = datetime.now(UTC)
    try:
        with run_lock(cfg.db_path, trigger="maintenance", wait=lock_wait):
            what = reconcile_task(cfg)
            logger.info("reconciliation: %s", what)
            checkpoint_task(cfg)
            counts = export_task(cfg)
    except RunInProgress as exc:
        logger.warning("skipped: %s", exc)
        record_maintenance(cfg, started, "skipped", {"reason": str(exc)})
        return Completed(name="Skipped", message=f"skipped: {exc}")
    except Exception as exc:
        record_maintenance(cfg, started, "failed", {"error": f"{type(exc).__name__}: {exc}"})
        raise
    logger.info("exported to %s: %s", cfg.export_dir, ", ".join(f"{k}={v}" for k, v in counts.items()))
    result = {"reconcile": what, "exported": counts, "export_dir": str(cfg.export_dir)}
    record_maintenance(cfg, started, "ok", result)
    return result
