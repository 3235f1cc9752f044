"""Scheduled ingestion with a real Prefect server on 127.0.0.1 (slow: `pytest -m prefect`).

- `newskb serve` starts its own server, serves the ingestion on a one-minute cron, a scheduled run
  loads two invented articles from a local HTTP site, and SIGTERM leaves no process behind;
- the run lock: a second `newskb ingest --prefect` is refused while one runs; a scheduled run waits
  for the lock, or is skipped with a log line when it stays taken;
- the work-pool path: a process work pool, the ingest flow deployed to it from this checkout, one
  `prefect worker` subprocess, a triggered run that completes.

Nothing here connects outside the machine: every process gets the telemetry switches and a proxy
on a closed local port for anything that is not 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import http.server
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest

from flows.prefect_server import QUIET_ENV, LocalServer, local_prefect_server, quiet_env

OFFLINE_ENV = {
    "HTTP_PROXY": "http://127.0.0.1:9",
    "HTTPS_PROXY": "http://127.0.0.1:9",
    "NO_PROXY": "127.0.0.1,localhost",
}
quiet_env()
os.environ.update(OFFLINE_ENV)

from flows.guard import run_lock  # noqa: E402
from flows.ingest import ingest_flow  # noqa: E402
from flows.shards import settings_dict  # noqa: E402
from schema.settings import Settings, Source  # noqa: E402

pytestmark = pytest.mark.prefect
REPO = Path(__file__).resolve().parent.parent
NEWSKB = str(Path(sys.executable).parent / "newskb")

# --- a tiny news site on 127.0.0.1 -------------------------------------------------------------------

ARTICLES = {
    "zephyrine-3.html": (
        "Zephyrine-3 tops the reasoning charts",
        "2026-11-20T09:00:00Z",
        [
            "Brightwater Labs released Zephyrine-3 on Thursday, the third model in its Zephyrine family. The "
            "lab says the new model was trained with a longer curriculum of synthetic proofs and a larger "
            "share of scientific text than its predecessor.",
            "In the lab's own evaluation, Zephyrine-3 scored 71.2 on GPQA Diamond, up from 64.8 for "
            "Zephyrine-2. The company also reported 88.4% on MMLU-Pro, although it did not publish the "
            "prompts it used.",
            "Independent evaluators have not yet confirmed the figures. Brightwater says the model will be "
            "offered through its API from next week, with a context window of 256k tokens.",
        ],
    ),
    "quillfeather-7.html": (
        "Quillfeather-7 arrives with open weights",
        "2026-11-21T10:30:00Z",
        [
            "The Harrowgate Institute published the weights of Quillfeather-7, a 70-billion-parameter "
            "model, under a permissive licence on Friday. The release includes a technical report and the "
            "evaluation harness the institute used.",
            "According to the report, Quillfeather-7 scored 58.9 on GPQA Diamond and 79.3% on MMLU-Pro. "
            "The institute notes that Zephyrine-3 remains ahead on GPQA Diamond by about twelve points.",
            "Researchers said the open release should make it easier to reproduce the numbers, something "
            "closed labs rarely allow.",
        ],
    ),
}


def _page(title: str, published: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="article:published_time" content="{published}"></head><body>'
        f'<nav><a href="/">Home</a> | <a href="/about">About</a></nav><article><h1>{title}</h1>{body}'
        f"</article><footer>Copyright 2026 Example News.</footer></body></html>"
    ).encode()


class Site(http.server.ThreadingHTTPServer):
    delay = 0.0  # seconds before each article page is answered (to keep a run busy)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(http.server.BaseHTTPRequestHandler):
    server: Site

    def do_GET(self) -> None:
        name = self.path.lstrip("/")
        if name == "feed.xml":
            items = "".join(
                f"<item><title>{t}</title><link>{self.server.base}/{n}</link><pubDate>Fri, 20 Nov 2026 "
                f"09:00:00 GMT</pubDate></item>"
                for n, (t, _, _) in ARTICLES.items()
            )
            body = (
                f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Example News'
                f"</title><link>{self.server.base}/</link><description>AI news</description>{items}"
                "</channel></rss>"
            ).encode()
            ctype = "application/rss+xml"
        elif name in ARTICLES:
            time.sleep(self.server.delay)
            body, ctype = _page(*ARTICLES[name]), "text/html; charset=utf-8"
        else:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    server = Site(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def write_sources(path: Path, site: Site, **extra: str) -> Path:
    lines = [
        "[[source]]",
        'name = "example-news"',
        'kind = "feed"',
        f'location = "{site.base}/feed.xml"',
        'reliability = "news"',
        *[f'{k} = "{v}"' for k, v in extra.items()],
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def base_env(tmp: Path) -> dict[str, str]:
    """Environment for a newskb/Prefect child: isolated settings, telemetry off, offline."""
    keep = {"NEWSKB_PATTERN_CACHE"}  # the session's own table (tests/conftest.py), not ~/.cache's
    env = {k: v for k, v in os.environ.items() if k in keep or not k.startswith(("NEWSKB_", "PREFECT_"))}
    env.update(QUIET_ENV)
    env.update(OFFLINE_ENV)
    env.update(
        {
            "NEWSKB_DB": str(tmp / "data" / "newskb.duckdb"),
            "NEWSKB_DATA_DIR": str(tmp / "data"),
            "NEWSKB_EXPORT_DIR": str(tmp / "data" / "export"),
            "NEWSKB_DELAY_SECONDS": "0",
            "PREFECT_LOGGING_LEVEL": "INFO",
        }
    )
    return env


# --- helpers ------------------------------------------------------------------------------------------


def wait_for(
    check: Callable[[], Any],
    timeout: float,
    what: str,
    logs: Callable[[], str] = lambda: "",
    every: float = 1.0,
) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(every)
    pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}\n--- logs ---\n{logs()}")


def api_post(api: str, path: str, body: dict[str, Any]) -> Any:
    req = urllib.request.Request(
        f"{api}{path}",
        data=json.dumps(body).encode(),
        method="POST",
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.loads(resp.read())


def status_json(cwd: Path, env: dict[str, str]) -> dict[str, Any]:
    res = subprocess.run(
        [NEWSKB, "status", "--json"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert res.returncode == 0, res.stderr
    info: dict[str, Any] = json.loads(res.stdout)
    return info


def flow_runs(api: str, flow_name: str) -> list[dict[str, Any]]:
    runs: list[dict[str, Any]] = api_post(
        api,
        "/flow_runs/filter",
        {"flows": {"name": {"any_": [flow_name]}}, "sort": "EXPECTED_START_TIME_ASC", "limit": 50},
    )
    return runs


def descendants(pid: int) -> set[int]:
    """All live descendants of `pid`, from /proc (no psutil)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry.name))
    out: set[int] = set()
    todo = [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in out:
                out.add(child)
                todo.append(child)
    return out


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has exited; only its parent's reaping is pending


def warehouse_rows(db: Path, sql: str) -> list[tuple[Any, ...]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def prefect_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalServer]:
    """One real server for the in-process and worker tests (the serve test starts its own)."""
    home = tmp_path_factory.mktemp("prefect-home")
    with local_prefect_server(home, ui=False, extra_env=OFFLINE_ENV) as server:
        yield server
        drain_prefect_workers()  # else the log/event workers retry against the stopped server at exit


def drain_prefect_workers() -> None:
    """Send the logs and events this process still holds before the server goes away."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    for worker in (APILogWorker, EventsWorker):
        with contextlib.suppress(Exception):
            worker.drain_all(timeout=10)


@contextlib.contextmanager
def client_of(server: LocalServer) -> Iterator[None]:
    from prefect.settings import PREFECT_API_URL, PREFECT_HOME, temporary_settings

    saved = {k: os.environ.get(k) for k in server.env}
    os.environ.update(server.env)
    try:
        with temporary_settings(updates={PREFECT_API_URL: server.api_url, PREFECT_HOME: str(server.home)}):
            yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


# --- 1. newskb serve: a scheduled run on a one-minute cron ------------------------------------------


def test_serve_runs_the_cron_schedule_and_stops_cleanly(tmp_path: Path, site: Site) -> None:
    sources = write_sources(tmp_path / "sources.toml", site)
    env = base_env(tmp_path)
    env.update({"NEWSKB_SCHEDULE_CRON": "* * * * *", "PREFECT_RUNNER_POLL_FREQUENCY": "2"})
    log_path = tmp_path / "serve.log"
    home = tmp_path / "data" / "prefect"
    started = time.monotonic()
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [NEWSKB, "serve", "--sources", str(sources)],
            cwd=tmp_path,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def logs() -> str:
        text = log_path.read_text(errors="replace")[-6000:]
        server_log = home / "server.log"
        if server_log.exists():
            text += "\n--- server.log ---\n" + server_log.read_text(errors="replace")[-3000:]
        return text

    spawned: set[int] = set()
    try:
        state = wait_for(
            lambda: (home / "server.json").exists() and json.loads((home / "server.json").read_text()),
            90,
            "the local Prefect server of `newskb serve`",
            logs,
        )
        api = state["api_url"]

        def finished() -> dict[str, Any] | None:
            assert proc.poll() is None, f"newskb serve exited with {proc.returncode}\n{logs()}"
            spawned.update(descendants(proc.pid))
            for run in flow_runs(api, "newskb-ingest"):
                kind = run["state"]["type"] if run.get("state") else None
                assert kind not in ("FAILED", "CRASHED"), f"run {run['name']} {kind}\n{logs()}"
                if kind == "COMPLETED":
                    return run
            return None

        run = wait_for(finished, 150, "a scheduled ingestion run to complete", logs, every=2)
        elapsed = time.monotonic() - started
        assert run["auto_scheduled"] is True
        print(f"scheduled run completed {elapsed:.0f} s after `newskb serve` started")
        serving = status_json(tmp_path, env)  # while `newskb serve` serves: the next run, the Prefect run
        assert serving["scheduler"]["serving"] is True, serving["scheduler"]
        assert "scheduled" in serving["scheduler"]["deployments"] and serving["scheduler"].get("next_run")
        linked = [r["prefect"] for r in serving["runs"] if r["prefect"]]
        assert {"run_id": run["id"], "url": f"{api[: -len('/api')]}/runs/flow-run/{run['id']}"} in linked
    finally:
        spawned.update(descendants(proc.pid))
        proc.send_signal(signal.SIGTERM)
        try:
            code = proc.wait(timeout=45)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            for pid in spawned:
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)
            pytest.fail(f"newskb serve did not stop within 45 s of SIGTERM\n{logs()}")
    assert code == 0, logs()
    server_pid = state["pid"]
    assert server_pid in spawned
    leftovers = wait_for(
        lambda: not any(alive(p) for p in spawned) or None,
        15,
        "every process `newskb serve` started to exit",
        logs,
    )
    assert leftovers
    assert not (home / "server.json").exists()
    stopped = status_json(tmp_path, env)  # serving stopped: no next run is promised
    assert stopped["scheduler"]["serving"] is False and "next_run" not in stopped["scheduler"]

    db = tmp_path / "data" / "newskb.duckdb"
    rows = warehouse_rows(db, "SELECT status, trigger, articles_new FROM runs")
    assert rows == [("ok", "schedule", 2)], rows
    scores = warehouse_rows(db, "SELECT model, benchmark, value FROM scores ORDER BY model")
    assert ("Zephyrine-3", "GPQA Diamond", 71.2) in {(m, b, float(v)) for m, b, v in scores}, scores


# --- 2. the run lock ---------------------------------------------------------------------------------


def test_second_ingest_is_refused_while_one_runs(
    tmp_path: Path, site: Site, prefect_api: LocalServer
) -> None:
    sources = write_sources(tmp_path / "sources.toml", site)
    env = {**base_env(tmp_path), **prefect_api.env}
    db = tmp_path / "data" / "newskb.duckdb"
    site.delay = 3.0  # the first run stays busy fetching
    try:
        first = subprocess.Popen(
            [NEWSKB, "ingest", "--prefect", "--sources", str(sources)],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        from flows.guard import is_locked

        wait_for(lambda: is_locked(db) or first.poll() is not None, 60, "the first run to take the lock")
        assert first.poll() is None, first.communicate()[0]
        second = subprocess.run(
            [NEWSKB, "ingest", "--prefect", "--sources", str(sources)],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        out, _ = first.communicate(timeout=120)
    finally:
        site.delay = 0.0
    assert second.returncode == 1, second.stderr
    assert "another ingestion is running" in second.stderr and "prefect run" in second.stderr, second.stderr
    assert first.returncode == 0, out
    assert warehouse_rows(db, "SELECT status, trigger, articles_new FROM runs") == [("ok", "prefect", 2)]


def test_scheduled_run_waits_for_the_lock_or_is_skipped(
    tmp_path: Path, site: Site, prefect_api: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    settings = Settings(
        db_path=tmp_path / "w.duckdb",
        data_dir=tmp_path,
        delay_seconds=0.0,
        sources_file=write_sources(tmp_path / "sources.toml", site),
    )
    params: dict[str, Any] = {
        "settings": settings_dict(settings),
        "source_names": ["example-news"],
        "trigger": "schedule",
    }
    with client_of(prefect_api):
        # held for good: the scheduled run gives up after lock_wait and ends Skipped, saying why
        with run_lock(settings.db_path, trigger="cli"):
            state = ingest_flow(**params, lock_wait=1.0, return_state=True)
        assert state.is_completed() and state.name == "Skipped", state
        assert "another ingestion is running" in (state.message or "") and "cli run" in (state.message or "")
        assert any("skipped:" in r.getMessage() for r in caplog.records)
        assert not settings.db_path.exists()  # it never touched the warehouse

        # held for two seconds: the run waits, then goes ahead
        release = threading.Event()

        def hold() -> None:
            with run_lock(settings.db_path, trigger="cli"):
                release.set()
                time.sleep(2.0)

        holder = threading.Thread(target=hold)
        holder.start()
        release.wait(5)
        t = time.monotonic()
        summary = ingest_flow(**params, lock_wait=30.0)
        holder.join()
    assert time.monotonic() - t >= 1.5
    assert summary.totals()["new"] == 2
    assert any("waiting up to" in r.getMessage() for r in caplog.records)
    assert warehouse_rows(settings.db_path, "SELECT status, trigger FROM runs") == [("ok", "schedule")]


# --- 3. work pool + one process worker -----------------------------------------------------------------


def test_process_worker_runs_the_deployed_flow(tmp_path: Path, site: Site, prefect_api: LocalServer) -> None:
    from prefect import Flow, flow
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import WorkPoolCreate
    from prefect.client.schemas.objects import FlowRun
    from prefect.deployments import run_deployment
    from prefect.workers.process import ProcessWorker

    settings = Settings(
        db_path=tmp_path / "w.duckdb",
        data_dir=tmp_path,
        delay_seconds=0.0,
        sources_file=write_sources(tmp_path / "sources.toml", site),
    )
    log_path = tmp_path / "worker.log"
    with client_of(prefect_api):
        with get_client(sync_client=True) as client:
            # the template is given, so the server never asks the (remote) collection registry for it
            client.create_work_pool(
                WorkPoolCreate(
                    name="newskb-local",
                    type="process",
                    base_job_template=ProcessWorker.get_default_base_job_template(),
                )
            )
        remote = flow.from_source(source=str(REPO), entrypoint="flows/ingest.py:ingest_flow")
        assert isinstance(remote, Flow)
        remote.deploy(
            name="worker-test",
            work_pool_name="newskb-local",
            build=False,
            push=False,
            parameters={"settings": settings_dict(settings)},
            print_next_steps=False,
            ignore_warnings=True,
        )
        env = {**base_env(tmp_path), **prefect_api.env, "PREFECT_WORKER_QUERY_SECONDS": "1"}
        with open(log_path, "wb") as log:
            worker = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "prefect",
                    "worker",
                    "start",
                    "--pool",
                    "newskb-local",
                    "--type",
                    "process",
                    "--install-policy",
                    "never",
                    "--limit",
                    "1",
                ],
                cwd=tmp_path,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        try:
            run = run_deployment("newskb-ingest/worker-test", timeout=120, poll_interval=1)
            assert isinstance(run, FlowRun)
        finally:
            worker.send_signal(signal.SIGTERM)
            try:
                worker.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(worker.pid, signal.SIGKILL)
    logs = log_path.read_text(errors="replace")[-5000:]
    assert run.state is not None and run.state.is_completed(), (
        f"{run.state}\n{logs}\n{prefect_api.log_tail()}"
    )
    assert warehouse_rows(settings.db_path, "SELECT status, trigger, articles_new FROM runs") == [
        ("ok", "prefect", 2)
    ]


def test_prefect_yaml_deploys_to_a_work_pool(prefect_api: LocalServer) -> None:
    """`prefect deploy --all` accepts prefect.yaml (no run is started: the pool has no worker)."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import WorkPoolCreate
    from prefect.workers.process import ProcessWorker

    with client_of(prefect_api):
        with get_client(sync_client=True) as client:
            client.create_work_pool(
                WorkPoolCreate(
                    name="newskb",
                    type="process",
                    base_job_template=ProcessWorker.get_default_base_job_template(),
                )
            )
        env = {**base_env(REPO), **prefect_api.env, "PWD": str(REPO)}
        done = subprocess.run(
            [sys.executable, "-m", "prefect", "--no-prompt", "deploy", "--all"],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
        with get_client(sync_client=True) as client:
            # pause them at once: nothing may ever fetch the real feeds of sources.toml from a test
            deployments = {d.name: d for d in client.read_deployments()}
            for d in deployments.values():
                if d.work_pool_name == "newskb":
                    client.pause_deployment(d.id)
    assert {"scheduled", "manual", "nightly"} <= set(deployments)
    assert deployments["scheduled"].entrypoint == "flows/ingest.py:ingest_flow"
    assert deployments["scheduled"].pull_steps == [
        {"prefect.deployments.steps.set_working_directory": {"directory": str(REPO)}}
    ]


def test_maintenance_flow_exports_the_public_views(tmp_path: Path, prefect_api: LocalServer) -> None:
    from flows.maintenance import maintenance_flow

    settings = Settings(db_path=tmp_path / "w.duckdb", data_dir=tmp_path, export_dir=tmp_path / "export")
    from flows.pipeline import run_ingest

    run_ingest(settings, [Source(name="sample", kind="path", location=str(REPO / "sample" / "articles"))])
    with client_of(prefect_api):
        result = maintenance_flow(settings=settings_dict(settings))
    assert isinstance(result, dict), result
    exported = result["exported"]
    assert {"articles", "scores", "attributes", "claims"} <= set(exported)
    assert exported["articles"] >= 10
    con = duckdb.connect()
    n = con.execute(
        f"SELECT count(*) FROM read_parquet('{tmp_path / 'export' / 'articles.parquet'}')"
    ).fetchone()
    assert n is not None and n[0] == exported["articles"]
    assert not list((tmp_path / "export").glob(".*"))  # no staging folder left
    manifest = json.loads((tmp_path / "export" / "manifest.json").read_text())  # as `newskb export` writes
    assert {v: m["rows"] for v, m in manifest["views"].items()} == exported
    assert {"fact_ranks", "leaderboard", "names"} <= set(exported)
    (job,) = warehouse_rows(settings.db_path, "SELECT kind, status, prefect_run_id FROM jobs")
    assert job[:2] == ("maintenance", "ok") and job[2]  # the Prefect flow run that did it
