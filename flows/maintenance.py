"""The nightly maintenance flow: reconcile, CHECKPOINT, and export the public views to Parquet.

Steps (each a task, all under the warehouse's run lock so no ingestion writes meanwhile):
reconciliation over the whole warehouse (`warehouse.reconcile.reconcile`, when that module exists),
a DuckDB CHECKPOINT (folds the WAL into the file), and one Parquet file per public view into
`settings.export_dir` (written to a temporary name, then renamed, so readers never see half a file).
The plain functions below do the work; the flow only wires them.
"""

from __future__ import annotations

import importlib
import inspect
import os
from pathlib import Path
from typing import Any

import duckdb

from flows.guard import RunInProgress, run_lock
from flows.prefect_server import quiet_env
from flows.schedule import MAINTENANCE_FLOW_NAME
from schema.settings import Settings
from warehouse.db import open_warehouse

quiet_env()  # before Prefect is imported (its SDK telemetry starts at import time)

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.client.schemas.objects import State as PrefectState  # noqa: E402
from prefect.states import Completed  # noqa: E402

PUBLIC_VIEWS = ("articles", "scores", "attributes", "claims", "contradictions", "consensus")
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


def existing_views(con: duckdb.DuckDBPyConnection, names: tuple[str, ...] = PUBLIC_VIEWS) -> list[str]:
    rows = con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' AND table_name IN "
        "(SELECT unnest(?::VARCHAR[]))",
        [list(names)],
    ).fetchall()
    present = {r[0] for r in rows}
    return [n for n in names if n in present]


def export_views(con: duckdb.DuckDBPyConnection, export_dir: Path) -> dict[str, int]:
    """COPY each existing public view to export_dir/<view>.parquet; returns rows per view."""
    export_dir = Path(export_dir)
    export_dir.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for view in existing_views(con):
        final = export_dir / f"{view}.parquet"
        tmp = export_dir / f".{view}.parquet.tmp"
        con.execute(
            f"COPY (SELECT * FROM \"{view}\") TO '{_sql_path(tmp)}' (FORMAT parquet, COMPRESSION zstd)"
        )
        os.replace(tmp, final)
        row = con.execute(f'SELECT count(*) FROM "{view}"').fetchone()
        counts[view] = int(row[0]) if row else 0
    return counts


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


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
        return export_views(con, settings.export_dir)


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
    try:
        with run_lock(cfg.db_path, trigger="maintenance", wait=lock_wait):
            what = reconcile_task(cfg)
            logger.info("reconciliation: %s", what)
            checkpoint_task(cfg)
            counts = export_task(cfg)
    except RunInProgress as exc:
        logger.warning("skipped: %s", exc)
        return Completed(name="Skipped", message=f"skipped: {exc}")
    logger.info("exported to %s: %s", cfg.export_dir, ", ".join(f"{k}={v}" for k, v in counts.items()))
    return {"reconcile": what, "exported": counts, "export_dir": str(cfg.export_dir)}
