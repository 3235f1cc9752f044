"""Page work on a Prefect work pool: each shard of `flows.parallel` is one flow run of `newskb-page-work`.

Any `prefect worker` polling the pool (on this machine or another, with a checkout of newskb and write
access to the staging folder) runs the shard in a fresh process: fetch, article, facts, one Parquet batch
in the staging folder. The ingestion flow that dispatched the shards waits for them and is the only process
that opens the warehouse. A flow run that does not finish within `timeout` seconds (its worker's machine
died, or it was too slow) is cancelled and its pages are reported as failed; they are asked again on the next
run. A flow run that goes on past that moment stages nothing (`flows.shards.check_wanted`), so no batch of an
ended run turns up in the staging folder later.

`newskb serve --workers N` sets this up on one machine: a process work pool (`PAGE_POOL`), the page-work
deployment from this checkout, N `prefect worker` processes, and the scheduled ingestion dispatching to them.
"""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, suppress
from pathlib import Path
from typing import Any

from flows.parallel import PAGE_WORK_FLOW_NAME, Outcome
from flows.prefect_server import quiet_env
from flows.shards import Shard, work_shard

quiet_env()

from prefect import flow  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
PAGE_POOL = "newskb-pages"  # the process work pool `newskb serve --workers N` creates
PAGE_DEPLOYMENT = "pool"  # deployment name: the dispatcher runs "newskb-page-work/pool"
POLL_SECONDS = 1.0
GRACE_SECONDS = 30.0  # workers stop staging this long before the dispatcher gives up (see PrefectDeployment)


def grace(timeout: float) -> float:
    """How long before the dispatcher gives up its workers stop staging: a tenth of the timeout, at least 5 s
    (writing a batch takes seconds) but never more than half the timeout, and at most GRACE_SECONDS."""
    return min(GRACE_SECONDS, max(min(5.0, timeout / 2), timeout / 10))


@flow(name=PAGE_WORK_FLOW_NAME, log_prints=True)
def page_work_flow(shard: dict[str, Any]) -> dict[str, Any]:
    """Fetch, extract and stage one shard of an ingestion run (see flows.shards.work_shard)."""
    return work_shard(shard)


@dataclasses.dataclass(frozen=True, slots=True)
class PrefectDeployment:
    """Each shard a flow run of `deployment` ("newskb-page-work/<name>"), served by a work pool's workers."""

    deployment: str = f"{PAGE_WORK_FLOW_NAME}/{PAGE_DEPLOYMENT}"
    timeout: float = 3600.0  # seconds a shard may take, queueing included
    per_shard: int = 250  # a flow run costs a process start: bigger shards than a local pool's
    rounds: int = 1

    def __call__(self, shards: Sequence[Shard]) -> Iterator[Outcome]:
        from prefect.client.orchestration import get_client
        from prefect.client.schemas.objects import FlowRun
        from prefect.deployments import run_deployment
        from prefect.states import Cancelled

        pending: dict[Any, Shard] = {}
        # this dispatcher stops waiting at `deadline`; a flow run still going then (its worker slow, or queued
        # behind a dead worker) must not stage its batch afterwards (flows.shards.check_wanted). Workers stop
        # a grace period earlier (`grace`), so that a batch whose check passed has been written before the
        # dispatcher gives up; the clocks of the workers' machines are assumed to agree with this one's to
        # within that grace, as the run's deadline already assumes
        deadline = time.monotonic() + self.timeout
        give_up_at = time.time() + self.timeout - grace(self.timeout)
        for shard in shards:
            run = run_deployment(
                self.deployment,
                parameters={"shard": {**shard, "give_up_at": give_up_at}},
                timeout=0,
                as_subflow=False,
                flow_run_name=f"pages-{shard['source']['name']}-{shard['seq']}",
            )
            assert isinstance(run, FlowRun)  # the sync call
            pending[run.id] = shard
        with get_client(sync_client=True) as client:
            while pending and time.monotonic() < deadline:
                for run_id in list(pending):
                    state = client.read_flow_run(run_id).state
                    if state is not None and state.is_final():
                        shard = pending.pop(run_id)
                        yield shard, None if state.is_completed() else f"flow run {state.name}"
                if pending:
                    time.sleep(POLL_SECONDS)
            for run_id, shard in pending.items():
                client.set_flow_run_state(run_id, Cancelled(message="newskb: shard timed out"), force=True)
                yield shard, f"timed out after {self.timeout:.0f} s"


# --- a local pool for `newskb serve --workers N` ----------------------------------------------------------


def ensure_pool(pool: str = PAGE_POOL) -> None:
    """Create the process work pool unless it exists (with the default template: no registry look-up)."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import WorkPoolCreate
    from prefect.exceptions import ObjectAlreadyExists
    from prefect.workers.process import ProcessWorker

    with get_client(sync_client=True) as client, suppress(ObjectAlreadyExists):
        client.create_work_pool(
            WorkPoolCreate(
                name=pool, type="process", base_job_template=ProcessWorker.get_default_base_job_template()
            )
        )


def deploy_page_work(pool: str = PAGE_POOL, name: str = PAGE_DEPLOYMENT) -> str:
    """Register the page-work flow of this checkout on `pool`; returns "newskb-page-work/<name>"."""
    from prefect import Flow

    remote = flow.from_source(source=str(REPO), entrypoint="flows/page_work.py:page_work_flow")
    assert isinstance(remote, Flow)
    remote.deploy(
        name=name,
        work_pool_name=pool,
        build=False,
        push=False,
        print_next_steps=False,
        ignore_warnings=True,
    )
    return f"{PAGE_WORK_FLOW_NAME}/{name}"


def start_workers(
    stack: ExitStack, n: int, *, pool: str = PAGE_POOL, env: dict[str, str] | None = None, cwd: Path = REPO
) -> list[subprocess.Popen[bytes]]:
    """Start n `prefect worker` processes on `pool` (each runs one shard at a time); `stack` stops them."""
    child_env = {**os.environ, **(env or {})}
    quiet_env(child_env)
    procs: list[subprocess.Popen[bytes]] = []
    for _ in range(n):
        cmd = [sys.executable, "-m", "prefect", "worker", "start", "--pool", pool, "--type", "process"]
        cmd += ["--install-policy", "never", "--limit", "1"]
        proc = subprocess.Popen(
            cmd, cwd=cwd, env=child_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True,
        )  # fmt: skip
        procs.append(proc)
        stack.callback(_stop, proc)
    return procs


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
