"""`newskb serve`: scheduled ingestion with Prefect, on this machine.

Uses the Prefect API in PREFECT_API_URL when set; otherwise starts a local Prefect server on
127.0.0.1 (port PREFECT_SERVER_API_PORT if set, else a free one; state under data/prefect, or
PREFECT_HOME) and waits until /api/health answers. Then it serves, in this process, one ingestion
deployment per distinct schedule in sources.toml (each limited to one run at a time; a run that
would overlap the previous one is cancelled), the reprocess flow (run it from the UI) and the nightly
maintenance flow. Each scheduled run executes in a child process. Ctrl-C or SIGTERM stops the runner
and then everything this command started, the server included.
"""

from __future__ import annotations

import os
import signal
import sys
import warnings
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager, suppress
from pathlib import Path
from types import FrameType
from typing import Any

from flows.prefect_server import (
    LocalServer,
    is_healthy,
    local_prefect_server,
    prefect_home,
    quiet_env,
    running_server_url,
)
from flows.schedule import MAINTENANCE_CRON, ScheduleGroup, schedule_groups
from schema.settings import Settings, Source, load_sources

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def build_deployments(
    settings: Settings, groups: Sequence[ScheduleGroup], ingest_extra: dict[str, Any] | None = None
) -> list[Any]:
    """RunnerDeployments for the ingestion groups, reprocess (no schedule) and nightly maintenance."""
    from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy
    from prefect.types.entrypoint import EntrypointType

    from flows.ingest import ingest_flow, reprocess_flow
    from flows.maintenance import maintenance_flow
    from flows.shards import settings_dict

    params = settings_dict(settings)  # the runs use exactly the settings `serve` was started with
    one_at_a_time = ConcurrencyLimitConfig(limit=1, collision_strategy=ConcurrencyLimitStrategy.CANCEL_NEW)
    common: dict[str, Any] = {"tags": ["newskb"], "entrypoint_type": EntrypointType.MODULE_PATH}
    out = [
        ingest_flow.to_deployment(
            name=g.name,
            cron=g.cron,
            parameters={"source_names": list(g.source_names), "settings": params, **(ingest_extra or {})},
            concurrency_limit=one_at_a_time,
            description=f"Ingest {', '.join(g.source_names)} on cron {g.cron!r} (UTC).",
            **common,
        )
        for g in groups
    ]
    out.append(
        reprocess_flow.to_deployment(
            name="manual",
            parameters={"settings": params},
            concurrency_limit=1,
            description="Re-run extraction and NLP over the stored pages (no fetching).",
            **common,
        )
    )
    out.append(
        maintenance_flow.to_deployment(
            name="nightly",
            cron=MAINTENANCE_CRON,
            parameters={"settings": params},
            concurrency_limit=one_at_a_time,
            description="Reconcile, checkpoint and export the public views to Parquet.",
            **common,
        )
    )
    return out


def _raise_interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


@contextmanager
def _client_settings(api_url: str, home: Path | None) -> Iterator[None]:
    """Point this process (and the flow-run processes it starts) at `api_url`."""
    from prefect.settings import PREFECT_API_URL, PREFECT_HOME, temporary_settings

    os.environ["PREFECT_API_URL"] = api_url
    updates: dict[Any, Any] = {PREFECT_API_URL: api_url}
    if home is not None:
        os.environ["PREFECT_HOME"] = str(home)
        updates[PREFECT_HOME] = str(home)
    with temporary_settings(updates=updates):
        yield


def serve(settings: Settings, *, sources_file: Path | None, workers: int | None = None) -> int:
    """Serve the deployments until interrupted; 0 on a clean stop, 1 when Prefect is unavailable.

    workers=N: the ingestion's page work runs as flow runs on the `newskb-pages` process work pool, served
    by N `prefect worker` processes this command starts (and stops); see flows/page_work.py."""
    quiet_env()
    path = Path(sources_file or settings.sources_file)
    sources: Sequence[Source] = load_sources(path)  # ConfigError: the CLI prints it, exit code 2
    settings = settings.replace(sources_file=path.resolve())
    groups = schedule_groups(settings, sources)
    if not groups:
        print(f"newskb serve: {path}: no enabled source to schedule", file=sys.stderr)
        return EXIT_USAGE
    previous = signal.signal(signal.SIGTERM, _raise_interrupt)  # until the runner installs its own
    try:
        with ExitStack() as stack:
            api = os.environ.get("PREFECT_API_URL", "").rstrip("/")
            home: Path | None = None
            server: LocalServer | None = None
            if api:
                if not is_healthy(api, timeout=5.0):
                    print(f"newskb serve: no Prefect API answers at {api} (PREFECT_API_URL)", file=sys.stderr)
                    return EXIT_FAILED
            else:
                home = prefect_home(settings.data_dir)
                other = running_server_url(home)
                if other:
                    print(
                        f"newskb serve: already running with its server at {other} ({home})", file=sys.stderr
                    )
                    return EXIT_FAILED
                port = os.environ.get("PREFECT_SERVER_API_PORT")
                print(f"starting a local Prefect server (state in {home}) …", flush=True)
                server = stack.enter_context(local_prefect_server(home, port=int(port) if port else None))
                api = server.api_url
            stack.enter_context(_client_settings(api, home))
            extra: dict[str, Any] = {}
            if workers is not None:
                from flows.page_work import PAGE_POOL, deploy_page_work, ensure_pool, start_workers

                ensure_pool(PAGE_POOL)
                extra = {"page_work": deploy_page_work(PAGE_POOL), "workers": max(1, workers)}
                start_workers(stack, workers, pool=PAGE_POOL)
                print(f"page work: {workers} `prefect worker` process(es) on work pool {PAGE_POOL!r}")
            deployments = build_deployments(settings, groups, extra)
            print(f"Prefect UI: {api.removesuffix('/api')}  (runs, schedules, logs)")
            for g in groups:
                print(f"  ingest {g.name}: cron {g.cron!r} (UTC) → {', '.join(g.source_names)}")
            print(f"  maintenance nightly: cron {MAINTENANCE_CRON!r} (UTC); reprocess: on demand")
            print("Ctrl-C stops serving" + (" and the server." if server else "."), flush=True)
            from prefect import serve as prefect_serve

            # Prefect's runner calls its async stop() from its SIGTERM handler without awaiting it;
            # the shutdown still happens (it exits), only the warning is noise.
            warnings.filterwarnings("ignore", message="coroutine 'Runner.astop' was never awaited")

            # An external server keeps the schedules paused while nobody serves them; our own server
            # stops with us, so there is nothing to pause. The runner's SIGTERM handler exits
            # (SystemExit): we still stop what we started.
            with suppress(SystemExit):
                prefect_serve(*deployments, pause_on_shutdown=server is None, print_starting_message=False)
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
    print("newskb serve: stopped", flush=True)
    return EXIT_OK
