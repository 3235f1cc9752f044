"""Ingestion as Prefect flows: the same stage functions as `flows.pipeline.run_ingest`, wired as tasks.

Per run: `begin` (seed the registry, read what the warehouse holds, open a `runs` row), then per
source a `collect` task (I/O; the only task with retries, for a source that could not be read) and a
`process-load` task (parse + NLP + one warehouse write for that source's batch), then `finalize`
(copy clusters, reconciliation, the `runs` row closed). Articles are not tasks. Prefect's cost,
measured by bench/prefect_overhead.py against a local server on this 2-CPU machine, counting the
delivery of the task-state events: about 3.5 ms per task run called directly and 7 ms per submitted
one, on top of about 1.1 s per flow run (and, for a served or worker run, a fresh Python process).
A four-source run has ~9 task runs (well under 0.1 s); one task per article would add 3–7 ms and a
burst of events per article for no gain (2,000 task runs in one flow made the local server answer 503).

The whole run holds the warehouse's run lock (`flows.guard`), so it never overlaps another ingestion:
a scheduled run that finds the lock taken waits up to `lock_wait` seconds, then ends as "Skipped"
with a log line naming the holder; `newskb ingest --prefect` fails at once with the same message.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from collections.abc import Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from flows import collection, pipeline
from flows.guard import RunInProgress, is_locked, read_holder, run_lock
from flows.pipeline import Collected, RunSummary, SourceSummary, State
from flows.prefect_server import prefect_home, quiet_env, running_server_url
from flows.schedule import INGEST_FLOW_NAME, REPROCESS_FLOW_NAME
from flows.shards import settings_dict, source_dict
from schema.settings import ConfigError, Settings, Source, load_settings, load_sources
from warehouse import runs
from warehouse.db import open_warehouse

quiet_env()  # Prefect starts its SDK telemetry when imported: switch it off first

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.client.schemas.objects import State as PrefectState  # noqa: E402
from prefect.context import FlowRunContext  # noqa: E402
from prefect.runtime import flow_run as flow_run_info  # noqa: E402
from prefect.runtime import task_run as task_run_info  # noqa: E402
from prefect.states import Completed  # noqa: E402
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner  # noqa: E402

COLLECT_RETRIES = 2
COLLECT_RETRY_DELAYS: list[float] = [10.0, 60.0]
SCHEDULED_LOCK_WAIT = 120.0  # a scheduled run waits this long for a running ingestion, then skips


class SourceUnreadable(RuntimeError):
    """A source's feed/sitemap/page could not be read: raised so that Prefect retries `collect`."""


def _logger() -> logging.Logger | logging.LoggerAdapter[logging.Logger]:
    try:
        return get_run_logger()
    except Exception:  # outside a run (unit tests of the helpers)
        return logging.getLogger("newskb.ingest")


# --- parameters <-> records -------------------------------------------------------------------------


def settings_from_params(overrides: dict[str, Any] | None) -> Settings:
    """load_settings() (defaults, newskb.toml, NEWSKB_* variables) with the given fields replaced."""
    base = load_settings()
    if not overrides:
        return base
    fields = {f.name: f for f in dataclasses.fields(base)}
    unknown = sorted(set(overrides) - set(fields))
    if unknown:
        raise ConfigError(f"flow parameter 'settings': unknown setting(s) {', '.join(unknown)}")
    coerced = {
        k: Path(v) if isinstance(getattr(base, k), Path) and v is not None else v
        for k, v in overrides.items()
    }
    return base.replace(**coerced)


def select_sources(
    settings: Settings, source_names: Sequence[str] | None, explicit: Sequence[dict[str, Any]] | None
) -> list[Source]:
    """Explicit records win; else the named sources of sources.toml; else those on the default schedule."""
    if explicit:
        return [Source(**{**d, "extra": dict(d.get("extra") or {})}) for d in explicit]
    configured = [s for s in load_sources(settings.sources_file) if s.enabled]
    if source_names is None:
        return [s for s in configured if s.schedule in (None, settings.schedule_cron)]
    by_name = {s.name: s for s in configured}
    missing = [n for n in source_names if n not in by_name]
    if missing:
        _logger().warning("not in %s (or disabled), skipped: %s", settings.sources_file, ", ".join(missing))
    chosen = [by_name[n] for n in source_names if n in by_name]
    if not chosen:
        raise ConfigError(f"{settings.sources_file}: none of the sources {list(source_names)} is enabled")
    return chosen


def _trigger(explicit: str | None) -> str:
    if explicit:
        return explicit
    ctx = FlowRunContext.get()
    return "schedule" if ctx and ctx.flow_run and ctx.flow_run.auto_scheduled else "prefect"


# --- tasks --------------------------------------------------------------------------------------------


@task(name="begin", cache_policy=NO_CACHE)
def begin_task(settings: Settings, trigger: str) -> tuple[State, str]:
    """Seed the entity registry, read the stored validators and hashes, open the load and `runs` row."""
    load_id, state = pipeline.begin_run(settings, trigger, f"ingest:{trigger}")
    if flow_run_info.id:  # so `newskb status` can point at the Prefect run
        with open_warehouse(settings.db_path, busy_timeout=settings.busy_timeout) as con:
            runs.link_prefect(con, load_id, str(flow_run_info.id))
    return state, load_id


@task(
    name="collect",
    task_run_name="collect-{source.name}",
    retries=COLLECT_RETRIES,
    retry_delay_seconds=COLLECT_RETRY_DELAYS,
    cache_policy=NO_CACHE,
)
def collect_task(
    source: Source,
    settings: Settings,
    state: State,
    delay: float | None,
    concurrency: int | None,
    load_id: str,
) -> Collected:
    """Fetch one source; when the source itself is unreadable, fail so Prefect retries (not the last try)."""
    budget = pipeline.run_budget(load_id, settings)
    collected = collection.collect(
        source, settings, state, delay=delay, concurrency=concurrency, budget=budget
    )
    attempt = int(task_run_info.run_count or 1)
    if collected.summary.source_error and source.kind != "path" and attempt <= COLLECT_RETRIES:
        raise SourceUnreadable(f"{source.name}: {collected.summary.source_error} (attempt {attempt})")
    return collected


@task(name="process-load", task_run_name="process-load-{collected.source.name}", cache_policy=NO_CACHE)
def process_load_task(collected: Collected, state: State, settings: Settings, load_id: str) -> SourceSummary:
    """Parse and extract one source's pages, then write the batch in one short warehouse open."""
    processed = pipeline.process(collected, state, settings, budget=pipeline.run_budget(load_id, settings))
    pipeline.write_batch(settings, load_id, processed)
    s = processed.summary
    _logger().info(
        "%s: new=%d updated=%d unchanged=%d failed=%d", s.name, s.new, s.updated, s.unchanged, s.failed
    )
    return s


@task(name="finalize", cache_policy=NO_CACHE)
def finalize_task(settings: Settings, load_id: str, summaries: list[SourceSummary]) -> RunSummary:
    """Cluster copies and reconcile across the warehouse, then close the load and the `runs` row."""
    return pipeline.end_run(settings, load_id, summaries)


def ingest_sources(
    settings: Settings,
    sources: Sequence[Source],
    *,
    trigger: str,
    delay: float | None = None,
    concurrency: int | None = None,
) -> RunSummary:
    """The body of `ingest_flow` (call it inside a flow): fetch all sources at once, load one by one."""
    state, load_id = begin_task(settings, trigger)
    enabled = [s for s in sources if s.enabled]
    futures = [collect_task.submit(s, settings, state, delay, concurrency, load_id) for s in enabled]
    summaries: list[SourceSummary] = []
    try:
        for source, future in zip(enabled, futures, strict=True):
            try:
                collected = future.result()
            except Exception as exc:  # retries exhausted in an unexpected way: report, go on
                summary = SourceSummary(source.name, source.kind, source.location)
                summary.source_error = f"{type(exc).__name__}: {exc}"
                summary.errors.append((source.location, summary.source_error))
                summaries.append(summary)
                continue
            summaries.append(process_load_task(collected, state, settings, load_id))
        result: RunSummary = finalize_task(settings, load_id, summaries)
    except BaseException as exc:
        pipeline.close_abandoned(settings, load_id, summaries, exc)
        raise
    return result


def _fetchers() -> TaskRunner[Any]:
    """Threads for the `collect` tasks: sources are fetched side by side (politeness is per host)."""
    runner: TaskRunner[Any] = ThreadPoolTaskRunner(max_workers=4)
    return runner


# --- flows ------------------------------------------------------------------------------------------


@flow(name=INGEST_FLOW_NAME, task_runner=_fetchers(), log_prints=True)
def ingest_flow(
    source_names: list[str] | None = None,
    sources: list[dict[str, Any]] | None = None,
    settings: dict[str, Any] | None = None,
    delay: float | None = None,
    concurrency: int | None = None,
    trigger: str | None = None,
    lock_wait: float = SCHEDULED_LOCK_WAIT,
    on_busy: str = "skip",
    workers: int | None = None,
    page_work: str | None = None,
    shard_timeout: float = 3600.0,
) -> RunSummary | PrefectState:
    """Ingest sources into the warehouse.

    source_names: sources of sources.toml to run (default: every enabled one on the default schedule).
    sources: explicit source records (used by `newskb ingest --prefect --feed …`); win over names.
    settings: setting fields to replace (e.g. db_path, sources_file) over newskb.toml / NEWSKB_*.
    trigger: written to `runs` (default: "schedule" for scheduled runs, else "prefect").
    lock_wait / on_busy: how long to wait for another ingestion, then "skip" (Completed/Skipped) or "fail".
    workers / page_work: page work on `workers` local processes, or as flow runs of the `page_work`
    deployment ("newskb-page-work/pool") on a work pool (flows.parallel; shard_timeout per shard).
    """
    cfg = settings_from_params(settings)
    chosen = select_sources(cfg, source_names, sources)
    trig = _trigger(trigger)
    logger = _logger()
    try:
        with run_lock(
            cfg.db_path,
            trigger=trig,
            wait=lock_wait,
            on_wait=lambda h: logger.warning("waiting up to %.0f s for %s", lock_wait, h.describe()),
        ):
            if page_work or (workers or 1) > 1:
                summary = _ingest_parallel(
                    cfg, chosen, trig, delay, concurrency, workers, page_work, shard_timeout
                )
            else:
                summary = ingest_sources(cfg, chosen, trigger=trig, delay=delay, concurrency=concurrency)
    except RunInProgress as exc:
        if on_busy != "skip":
            raise
        logger.warning("skipped: %s", exc)
        return Completed(name="Skipped", message=f"skipped: {exc}")
    t = summary.totals()
    logger.info(
        "run %s: new=%d updated=%d unchanged=%d failed=%d contradictions_opened=%d",
        summary.run_id,
        t["new"],
        t["updated"],
        t["unchanged"],
        t["failed"],
        summary.contradictions_opened,
    )
    return summary


def _ingest_parallel(
    cfg: Settings,
    chosen: Sequence[Source],
    trigger: str,
    delay: float | None,
    concurrency: int | None,
    workers: int | None,
    page_work: str | None,
    shard_timeout: float,
) -> RunSummary:
    """The run with its page work spread over processes or a work pool (flows.parallel)."""
    from flows.parallel import Dispatcher, LocalProcesses, default_workers, run_parallel

    n = workers or default_workers(cfg)
    dispatch: Dispatcher = LocalProcesses(n)
    if page_work:
        from flows.page_work import PrefectDeployment

        dispatch = PrefectDeployment(page_work, shard_timeout)
    logger = _logger()
    return run_parallel(
        cfg, chosen, dispatch=dispatch, workers=n, trigger=trigger, delay=delay, concurrency=concurrency,
        log=logger.info,
    )  # fmt: skip


@task(name="reprocess", cache_policy=NO_CACHE)
def reprocess_task(settings: Settings) -> RunSummary:
    from flows.reprocess import reprocess

    return reprocess(settings)


@flow(name=REPROCESS_FLOW_NAME, log_prints=True)
def reprocess_flow(
    settings: dict[str, Any] | None = None, lock_wait: float = SCHEDULED_LOCK_WAIT
) -> RunSummary:
    """Re-run extraction and NLP over the stored pages (after an extractor upgrade); no fetching."""
    cfg = settings_from_params(settings)
    with run_lock(cfg.db_path, trigger="reprocess", wait=lock_wait):
        summary: RunSummary = reprocess_task(cfg)
    return summary


# --- `newskb ingest --prefect` ----------------------------------------------------------------------


def api_environment(settings: Settings) -> dict[str, str]:
    """The Prefect settings for a run from the CLI: a known API, else a temporary one in data/prefect.

    PREFECT_API_URL wins; else the server of a running `newskb serve` for this data folder; else
    Prefect starts its temporary API (a subprocess, 10–30 s) with its database under data/prefect,
    so those runs also show in the UI of a later `newskb serve`.
    """
    if os.environ.get("PREFECT_API_URL"):
        return {}
    home = prefect_home(settings.data_dir)
    url = running_server_url(home)
    if url:
        return {"PREFECT_API_URL": url, "PREFECT_HOME": str(home)}
    home.mkdir(parents=True, exist_ok=True)
    return {"PREFECT_HOME": str(home)}


def run_with_prefect(
    settings: Settings,
    sources: Sequence[Source],
    *,
    delay: float | None = None,
    concurrency: int | None = None,
    workers: int | None = None,
) -> RunSummary:
    """Run `ingest_flow` in this process (trigger "prefect"); another ingestion running → RunInProgress."""
    from prefect.settings import temporary_settings

    if is_locked(settings.db_path):  # say so before paying for Prefect's start-up
        raise RunInProgress(settings.db_path, read_holder(settings.db_path), 0.0)
    env = api_environment(settings)
    with ExitStack() as stack:
        if env:
            from prefect.settings import PREFECT_API_URL, PREFECT_HOME

            updates: dict[Any, Any] = {PREFECT_HOME: env["PREFECT_HOME"]}
            if "PREFECT_API_URL" in env:
                updates[PREFECT_API_URL] = env["PREFECT_API_URL"]
            stack.enter_context(temporary_settings(updates=updates))
        result = ingest_flow(
            sources=[source_dict(s) for s in sources],
            settings=settings_dict(settings),
            delay=delay,
            concurrency=concurrency,
            trigger="prefect",
            lock_wait=0.0,
            on_busy="fail",
            workers=workers,
        )
    if not isinstance(result, RunSummary):  # pragma: no cover - on_busy="fail" never returns a state
        raise RuntimeError(f"the ingestion flow returned {result!r}")
    return result
