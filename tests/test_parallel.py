"""Parallel ingestion (flows/parallel.py, flows/page_work.py, warehouse/staging.py).

Fast: staged batches are content-hashed Parquet files on any fsspec store; a batch loaded twice changes
nothing; an altered file is refused and left in place.

Slow (`-m prefect`), on a generated site of 500 pages served on 127.0.0.1:
- two `prefect worker` processes on a process work pool of a real local Prefect server run the page work;
  the warehouse ends equal to a single-process run's (articles, facts, contradictions); with a byte budget
  the workers' downloads together stay within it and the rest is deferred;
- `newskb ingest --workers 2` with one worker process SIGKILLed mid-run, then run again, ends in the same
  state too; so does a run whose pool worker is SIGKILLed mid-shard, resumed with a worker started again.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pytest

from flows import parallel, shards
from flows.pipeline import run_ingest
from schema.settings import Settings, Source
from tests.news_site import write_site
from warehouse import staging
from warehouse.db import open_warehouse
from warehouse.load import ARTICLE_SCHEMA, FETCH_LOG_SCHEMA, now

PAGES = 500
NEWSKB = str(Path(sys.executable).parent / "newskb")


# --- staging: fast ------------------------------------------------------------------------------------


def _tables(load_id: str) -> dict[str, pa.Table]:
    t = now()
    fetch = [{"load_id": load_id, "source": "s", "url": "http://x/1", "status": 200, "bytes": 10, "ms": 1,
              "error_class": None, "message": None, "fetched_at": t}]  # fmt: skip
    art = {f.name: None for f in ARTICLE_SCHEMA}
    art.update(article_id="a1", url="http://x/1", source="s", text="t", content_hash="h", load_id=load_id,
               fetched_at=t, authors=[], signature=[1, 2])  # fmt: skip
    return {
        "fetch_log": pa.Table.from_pylist(fetch, schema=FETCH_LOG_SCHEMA),
        "articles": pa.Table.from_pylist([art], schema=ARTICLE_SCHEMA),
    }


def test_a_staged_batch_is_one_content_hashed_parquet_file_on_any_fsspec_store() -> None:
    url = f"memory://newskb-test-{os.getpid()}/staging"
    tables = _tables("L1")
    batch = staging.write_batch(url, tables, {"load_id": "L1", "seq": 3, "source": "s"})
    assert batch.name == f"batch-L1-000003-{batch.sha256}.parquet"
    assert staging.list_batches(url) == [batch.name]
    again, read = staging.read_batch(url, batch.name)
    assert again.meta == {"load_id": "L1", "seq": 3, "source": "s"}
    assert set(read) == {"fetch_log", "articles"}
    for part, table in tables.items():
        assert read[part].to_pylist() == table.to_pylist()
    staging.delete_batch(url, batch.name)
    assert staging.list_batches(url) == []


def test_a_batch_unpacks_to_each_parts_rows_in_file_order_even_interleaved() -> None:
    """unpack takes each part's rows as slices of the file's table; a file whose parts are not each in one
    run of rows (another writer's order) still gives every part its rows, in the file's order."""
    first, second = _tables("L1"), _tables("L2")
    mixed = pa.concat_tables(
        [staging.pack({"fetch_log": first["fetch_log"]}), staging.pack({"articles": first["articles"]}),
         staging.pack({"fetch_log": second["fetch_log"]}), staging.pack({"articles": second["articles"]})]
    )  # fmt: skip
    out = staging.unpack(mixed)
    assert set(out) == {"fetch_log", "articles"}
    for part in out:
        assert out[part].to_pylist() == first[part].to_pylist() + second[part].to_pylist()
    assert staging.unpack(staging.pack(first))["articles"].equals(first["articles"])
    assert staging.unpack(staging.STAGED_SCHEMA.empty_table()) == {}


def test_reading_a_staged_batch_does_not_import_pyarrow_compute(tmp_path: Path) -> None:
    """The coordinator reads every batch on the core the page workers share: reading one needs no
    pyarrow.compute (its import alone is ~0.2 s of CPU), in a fresh interpreter as the coordinator is."""
    stage = str(tmp_path / "staging")
    batch = staging.write_batch(stage, _tables("L1"), {"load_id": "L1", "seq": 0, "source": "s"})
    code = (
        "import sys; from warehouse import staging; "
        f"_, t = staging.read_batch({stage!r}, {batch.name!r}); "
        "assert set(t) == {'fetch_log', 'articles'}, t; print('pyarrow.compute' in sys.modules)"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert res.stdout.strip() == "False"


def test_a_batch_loaded_twice_changes_nothing_and_an_altered_one_is_refused(tmp_path: Path) -> None:
    stage = str(tmp_path / "staging")
    db = tmp_path / "w.duckdb"
    first = staging.write_batch(stage, _tables("L1"), {"load_id": "L1", "seq": 0, "source": "s"})
    data = (tmp_path / "staging" / first.name).read_bytes()
    with open_warehouse(db) as con:
        report = staging.load_staged(con, stage)
        assert [b.name for b in report.loaded] == [first.name] and not report.refused
        assert staging.list_batches(stage) == []  # deleted after the commit
        counts = con.execute(
            "SELECT (SELECT count(*) FROM fetch_log), (SELECT count(*) FROM articles)"
        ).fetchone()
        # the loader died between commit and delete: the same file comes back
        (tmp_path / "staging" / first.name).write_bytes(data)
        report = staging.load_staged(con, stage)
        assert report.skipped == [first.name] and not report.loaded
        assert (
            con.execute("SELECT (SELECT count(*) FROM fetch_log), (SELECT count(*) FROM articles)").fetchone()
            == counts
            == (1, 1)
        )
        # a truncated copy under a batch name is refused and left for a person to look at
        bad = f"batch-L2-000000-{'0' * 64}.parquet"
        (tmp_path / "staging" / bad).write_bytes(data[:-10])
        report = staging.load_staged(con, stage)
        assert [n for n, _ in report.refused] == [bad]
        assert staging.list_batches(stage) == [bad]


def _charge(ledger: str, times: int) -> None:
    from extractors.web.budget import SharedBytes

    counter = SharedBytes(ledger, None)
    for _ in range(times):
        counter.charge(7)


def test_the_byte_ledger_adds_up_charges_from_several_processes(tmp_path: Path) -> None:
    """Workers charge one ledger file: concurrent charges from several processes are never lost; on a remote
    staging store (no file lock) each shard gets an equal share of what discovery left instead."""
    import multiprocessing

    from extractors.web.budget import Budget, SharedBytes

    ledger = SharedBytes.create(str(tmp_path / "ledger"), 20_000, used=100)
    procs = [multiprocessing.get_context("fork").Process(target=_charge, args=(ledger.path, 500))
             for _ in range(3)]  # fmt: skip
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    assert ledger.total() == 100 + 3 * 500 * 7
    budget = Budget(None, ledger)
    assert budget.spent() is None and not budget.take(20_000 - ledger.total() + 1)
    assert budget.spent() == "the run's byte budget (20000 bytes) is spent"

    run = Budget.for_run(0, 1000)
    run.take(100)
    cut: list[dict[str, Any]] = [{"seq": i} for i in range(3)]
    assert shards.hand_out_bytes(cut, run, "memory://newskb-ledger/staging", "L1") is None
    assert [s["bytes"] for s in cut] == [{"ledger": None, "limit": 300}] * 3
    assert shards.hand_out_bytes(cut, run, str(tmp_path / "stage"), "L1") == tmp_path / "stage" / (
        "ledger-L1.bytes"
    )
    assert shards.shard_budget(cut[0]).bytes_used == 100


# --- a 500-page site, and the single-process run to compare with -------------------------------------


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("site")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(root)))
    sitemap = write_site(root, f"http://127.0.0.1:{server.server_address[1]}", PAGES)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield sitemap
    finally:
        server.shutdown()
        server.server_close()


def fingerprint(db: Path) -> dict[str, Any]:
    """What must be equal between runs: articles, their facts, and the contradictions."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        one = lambda sql: con.execute(sql).fetchall()  # noqa: E731
        return {
            "articles": one("SELECT article_id, content_hash FROM articles ORDER BY 1"),
            "scores": one("SELECT fact_id FROM scores ORDER BY 1"),
            "attributes": one("SELECT fact_id FROM attributes ORDER BY 1"),
            "claims": one("SELECT fact_id FROM claims ORDER BY 1"),
            "contradictions": one(
                "SELECT contradiction_id, status, n_values, n_sources, summary FROM contradictions ORDER BY 1"
            ),
            "consensus": one("SELECT key_id, value, n_sources FROM consensus ORDER BY 1"),
        }
    finally:
        con.close()


@pytest.fixture(scope="module")
def baseline(site: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("single")
    settings = Settings(db_path=tmp / "single.duckdb", data_dir=tmp, delay_seconds=0.0)
    summary = run_ingest(settings, [Source("site", "sitemap", site)], concurrency=8)
    assert summary.totals()["new"] == PAGES
    fp = fingerprint(settings.db_path)
    assert len(fp["articles"]) == PAGES and fp["contradictions"]  # the site has disagreements to find
    return fp


def _env(tmp: Path) -> dict[str, str]:
    keep = {"NEWSKB_PATTERN_CACHE"}  # the session's own table (tests/conftest.py), not ~/.cache's
    env = {k: v for k, v in os.environ.items() if k in keep or not k.startswith(("NEWSKB_", "PREFECT_"))}
    env.update(
        {
            "NEWSKB_DATA_DIR": str(tmp / "data"),
            "NEWSKB_DELAY_SECONDS": "0",
            "DO_NOT_TRACK": "1",
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        }
    )
    return env


# --- slow: a worker SIGKILLed mid-run, the run resumed ---------------------------------------------------


def _procs() -> dict[int, tuple[int, str]]:
    """pid -> (parent pid, command line) of every process."""
    out = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        out[int(entry.name)] = (int(stat.rsplit(")", 1)[1].split()[1]), cmdline)
    return out


def _pool_workers(pid: int) -> list[int]:
    """The page-work processes of a `newskb ingest --workers N`: those forked by its fork server (not the
    server itself, nor the resource tracker)."""
    procs = _procs()
    servers = {p for p, (ppid, cmd) in procs.items() if ppid == pid and "forkserver" in cmd}
    return sorted(p for p, (ppid, _) in procs.items() if ppid in servers)


@pytest.mark.prefect
def test_a_sigkilled_worker_then_a_resumed_run_ends_like_a_single_process_run(
    site: str, baseline: dict[str, Any], tmp_path: Path
) -> None:
    db = tmp_path / "killed.duckdb"
    cmd = [NEWSKB, "--db", str(db), "ingest", "--sitemap", site, "--concurrency", "8", "--workers", "2"]
    proc = subprocess.Popen(cmd, env=_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    stage = tmp_path / "killed.duckdb.staging"
    deadline = time.monotonic() + 120
    killed = None
    while time.monotonic() < deadline and proc.poll() is None:
        workers = _pool_workers(proc.pid)
        # mid-run: the workers are busy and at least one batch has been staged (and maybe loaded)
        if len(workers) == 2 and stage.is_dir() and any(stage.iterdir()):
            os.kill(workers[0], signal.SIGKILL)
            killed = workers[0]
            break
        time.sleep(0.05)
    out, _ = proc.communicate(timeout=180)
    text = out.decode(errors="replace")
    assert killed is not None, f"the run ended before a worker could be killed:\n{text[-2000:]}"
    assert proc.returncode == 1, text[-2000:]  # partial: the lost shards' pages failed
    assert "worker lost" in text
    assert fingerprint(db)["articles"] != baseline["articles"]
    # resumed: the next run asks again for what was lost, and nothing else is re-extracted
    res = subprocess.run([*cmd, "--json"], env=_env(tmp_path), capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stdout[-2000:] + res.stderr[-2000:]
    assert fingerprint(db) == baseline
    assert staging.list_batches(str(stage)) == []


# --- slow: `prefect worker` processes on a work pool of a real Prefect server --------------------------

OFFLINE = {"HTTP_PROXY": "http://127.0.0.1:9", "HTTPS_PROXY": "http://127.0.0.1:9", "NO_PROXY": "127.0.0.1"}


@pytest.fixture(scope="module")
def pool(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, str]]]:
    """One local Prefect server with the page-work deployment on a process pool, shared by the pool tests
    (a server start is the slow part); yields the deployment and the environment its workers need."""
    from contextlib import ExitStack

    from flows.prefect_server import local_prefect_server, quiet_env

    quiet_env()
    from prefect.settings import PREFECT_API_URL, PREFECT_HOME, temporary_settings

    from flows.page_work import deploy_page_work, ensure_pool

    tmp = tmp_path_factory.mktemp("pool")
    with ExitStack() as stack:
        server = stack.enter_context(local_prefect_server(tmp / "prefect", ui=False, extra_env=OFFLINE))
        saved = {k: os.environ.get(k) for k in server.env}
        os.environ.update(server.env)
        stack.callback(lambda: [os.environ.pop(k, None) if v is None else os.environ.__setitem__(k, v)
                                for k, v in saved.items()])  # fmt: skip
        stack.enter_context(
            temporary_settings(updates={PREFECT_API_URL: server.api_url, PREFECT_HOME: str(server.home)})
        )
        ensure_pool("newskb-test-pages")
        deployment = deploy_page_work("newskb-test-pages", "test")
        yield deployment, {**server.env, **OFFLINE, "PREFECT_WORKER_QUERY_SECONDS": "1"}


def _pool_ingest(site: str, settings: Settings, deployment: str, shard_timeout: float = 300.0) -> Any:
    from flows.ingest import ingest_flow
    from flows.shards import settings_dict

    return ingest_flow(
        sources=[{"name": "site", "kind": "sitemap", "location": site}],
        settings=settings_dict(settings),
        concurrency=8,
        trigger="prefect",
        lock_wait=0.0,
        on_busy="fail",
        workers=2,
        page_work=deployment,
        shard_timeout=shard_timeout,
    )


@pytest.mark.prefect
def test_two_prefect_pool_workers_load_what_a_single_process_run_loads(
    site: str, baseline: dict[str, Any], pool: tuple[str, dict[str, str]], tmp_path: Path
) -> None:
    from contextlib import ExitStack

    from flows.page_work import start_workers

    deployment, env = pool
    settings = Settings(db_path=tmp_path / "pool.duckdb", data_dir=tmp_path / "data", delay_seconds=0.0)
    with ExitStack() as stack:
        workers = start_workers(
            stack, 2, pool="newskb-test-pages", env={**_env(tmp_path), **env}, cwd=tmp_path
        )
        result = _pool_ingest(site, settings, deployment)
        assert isinstance(result, parallel.RunSummary) and result.totals()["new"] == PAGES, result
        # the run's byte budget holds across the pool's workers: a tenth of the site, the rest deferred
        limit = _fetched_bytes(settings.db_path) // 10
        small = settings.replace(db_path=tmp_path / "bytes.duckdb", run_max_bytes=limit)
        part = _pool_ingest(site, small, deployment)
        assert all(w.poll() is None for w in workers)
    assert fingerprint(settings.db_path) == baseline
    assert isinstance(part, parallel.RunSummary)
    totals = part.totals()
    assert 0 < totals["new"] < PAGES // 8 and totals["new"] + totals["deferred"] == PAGES, totals
    assert all("byte budget" in why for s in part.sources for _, why in s.deferrals)
    assert _fetched_bytes(small.db_path) <= limit


def _fetched_bytes(db: Path) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        row = con.execute("SELECT sum(bytes) FROM fetch_log").fetchone()
    finally:
        con.close()
    return int(row[0]) if row and row[0] else 0


def _children(pid: int) -> list[int]:
    return [p for p, (ppid, _) in _procs().items() if ppid == pid]


@pytest.mark.prefect
def test_a_sigkilled_pool_worker_then_a_resumed_run_ends_like_a_single_process_run(
    site: str, baseline: dict[str, Any], pool: tuple[str, dict[str, str]], tmp_path: Path
) -> None:
    """A `prefect worker` killed with SIGKILL mid-shard, with the flow run it was executing (its process
    group: the machine died). Nobody reports that run, so the dispatcher gives it up at the shard timeout
    and the run ends partial; with a worker started again, the next run asks again for what was lost."""
    from contextlib import ExitStack

    from flows.page_work import start_workers

    deployment, env = pool
    settings = Settings(db_path=tmp_path / "killed.duckdb", data_dir=tmp_path / "data", delay_seconds=0.0)
    killed: list[int] = []

    def kill_a_busy_worker(workers: list[Any], stop: threading.Event) -> None:
        busy_since: dict[int, float] = {}
        while not stop.wait(0.1):
            for w in workers:
                if _children(w.pid):
                    busy_since.setdefault(w.pid, time.monotonic())
                    if time.monotonic() - busy_since[w.pid] > 1.0:  # past start-up, into its pages
                        os.killpg(w.pid, signal.SIGKILL)
                        killed.append(w.pid)
                        return

    worker_env = {**_env(tmp_path), **env}
    with ExitStack() as stack:
        workers = start_workers(stack, 2, pool="newskb-test-pages", env=worker_env, cwd=tmp_path)
        stop = threading.Event()
        killer = threading.Thread(target=kill_a_busy_worker, args=(workers, stop), daemon=True)
        killer.start()
        first = _pool_ingest(site, settings, deployment, shard_timeout=30.0)
        stop.set()
        killer.join()
        assert killed, "the run ended before a worker could be killed"
        lost = [why for s in first.sources for _, why in s.errors]
        if first.exit_code == 0:
            # on an idle machine a shard can be reported done just before its worker dies: nothing was lost,
            # and the run already equals a single-process one
            assert not lost and fingerprint(settings.db_path) == baseline, first
        else:
            assert first.exit_code == 1 and lost and all("worker lost" in why for why in lost), first
            assert fingerprint(settings.db_path)["articles"] != baseline["articles"]
        # resumed: a worker started again in the dead one's place, and the run again
        start_workers(stack, 1, pool="newskb-test-pages", env=worker_env, cwd=tmp_path)
        second = _pool_ingest(site, settings, deployment)
    assert second.exit_code == 0, second
    assert fingerprint(settings.db_path) == baseline
    assert staging.list_batches(shards.staging_url(settings)) == []


# --- incremental reconciliation: fast ------------------------------------------------------------------


def _snapshot(con: duckdb.DuckDBPyConnection, names: bool = True) -> dict[str, Any]:
    one = lambda sql: con.execute(sql).fetchall()  # noqa: E731
    columns = "*" if names else "* EXCLUDE (subject, attribute, qualifier, stated_setting)"
    return {
        "consensus": one("SELECT * FROM consensus_values ORDER BY key_id"),
        "ranks": one(f"SELECT {columns} FROM reconciled_facts ORDER BY fact_id, key_id"),
        "members": one("SELECT * FROM contradiction_members ORDER BY ALL"),
        "items": one(
            "SELECT contradiction_id, status, present, values_seen FROM contradiction_items ORDER BY 1"
        ),
        "reliability": one("SELECT * FROM source_reliability ORDER BY publisher"),
    }


@pytest.mark.parametrize("names", [True, False], ids=["stored", "ranked-before-0080"])
def test_an_incremental_reconciliation_equals_a_full_one(tmp_path: Path, names: bool) -> None:
    """Two runs (the second adds half the sample and changes one article): what the runs' incremental
    passes left equals a full recomputation, and the second pass read only the groups it touched. The
    unchanged facts are read back from reconciled_facts, or from the views when their rows were ranked
    before they kept their names (0080)."""
    from warehouse.reconcile import reconcile

    sample = sorted((Path(__file__).parent.parent / "sample" / "articles").glob("*.html"))
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    for i, page in enumerate(sample):
        ((first if i % 2 else second) / page.name).write_bytes(page.read_bytes())
    settings = Settings(db_path=tmp_path / "w.duckdb", data_dir=tmp_path)
    run_ingest(settings, [Source("a", "path", str(first))])
    if not names:
        with open_warehouse(settings.db_path) as con:
            con.execute(
                "UPDATE reconciled_facts SET subject = NULL, attribute = NULL, qualifier = NULL,"
                " stated_setting = NULL"
            )
    changed = next(p for p in sorted(first.iterdir()) if re.search(rb"\d+\.\d%", p.read_bytes()))
    changed.write_bytes(re.sub(rb"(\d+)\.(\d)%", rb"\g<1>9.\g<2>%", changed.read_bytes(), count=1))
    run_ingest(settings, [Source("a", "path", str(first)), Source("b", "path", str(second))])
    with open_warehouse(settings.db_path) as con:
        incremental = _snapshot(con, names)
        assert incremental["consensus"] and incremental["items"]
        result = reconcile(con)
        assert (result.opened, result.reopened, result.gone) == (0, 0, 0)
        assert _snapshot(con, names) == incremental
        incremental = _snapshot(con)
        # nothing loaded since: an incremental pass reads no fact at all (nor any item), and counts the
        # contradictions present as the full pass does
        again = reconcile(con, changed=())
        assert again.facts == 0 and again.present == result.present > 0
        assert _snapshot(con) == incremental


def test_workers_must_be_a_positive_count(cli: Any, tmp_path: Path) -> None:
    res = cli("--db", str(tmp_path / "w.duckdb"), "ingest", "--path", str(tmp_path), "--workers", "0")
    assert res.code == 2 and "--workers 0: must be 1 or more" in res.err
    assert not (tmp_path / "w.duckdb").exists()


# --- the fork server: fast ---------------------------------------------------------------------------------


def test_a_run_too_small_for_workers_stops_the_fork_server_it_started_early(tmp_path: Path) -> None:
    """The fork server starts with the run (it preloads while the run reads the warehouse and the feeds);
    a run with too few pages for workers works in process and stops it rather than let it preload for
    nothing."""
    from flows import fork_server

    folder = tmp_path / "pages"
    folder.mkdir()
    for page in sorted((Path(__file__).parent.parent / "sample" / "articles").glob("*.html"))[:2]:
        (folder / page.name).write_bytes(page.read_bytes())
    dispatch = parallel.LocalProcesses(2)
    dispatch.prepare()
    pid = fork_server._server_pid()
    assert pid is not None and fork_server.running()
    settings = Settings(db_path=tmp_path / "w.duckdb", data_dir=tmp_path)
    sources = [Source("s", "path", str(folder))]
    summary = parallel.run_parallel(settings, sources, dispatch=dispatch, workers=2)
    assert summary.totals()["new"] == 2
    assert not fork_server.running()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # killed and reaped


class _Recording:
    """A dispatcher that works its shards in process and notes when the run asks it to get ready
    (`prepare`: LocalProcesses starts its fork server there) and when it is handed the shards."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def prepare(self) -> None:
        self.calls.append("prepare")

    def close(self) -> None:
        self.calls.append("close")

    def __call__(self, shards: Any) -> Iterator[parallel.Outcome]:
        self.calls.append("dispatch")
        yield from parallel.in_process(shards)


def _notes(folder: Path, first: int, count: int) -> None:
    for i in range(first, first + count):
        (folder / f"note-{i:03}.txt").write_text(f"Model Quill-{i} scored {40 + i % 50}.5 on GPQA Diamond.\n")


def test_a_later_run_gets_its_workers_ready_as_soon_as_discovery_finds_pages_enough(tmp_path: Path) -> None:
    """A run into a warehouse that knows pages (not a first ingest) starts its fork server once discovery
    has found pages enough for the pool, before the shards are cut and handed over, so that the preload
    runs beside the coordinator's serial work; a run with fewer pages, such as an unchanged re-run, never
    asks for it (no preload for nothing)."""
    folder = tmp_path / "pages"
    folder.mkdir()
    _notes(folder, 0, 1)
    settings = Settings(db_path=tmp_path / "w.duckdb", data_dir=tmp_path)
    sources = [Source("s", "path", str(folder))]
    first = _Recording()
    parallel.run_parallel(settings, sources, dispatch=first, workers=2)
    assert first.calls[0] == "prepare"  # a first ingest: as the run opens, as before
    _notes(folder, 1, parallel.MIN_PARALLEL_PAGES - 1)  # one page short of the pool
    short = _Recording()
    assert (
        parallel.run_parallel(settings, sources, dispatch=short, workers=2).totals()["new"]
        == parallel.MIN_PARALLEL_PAGES - 1
    )
    assert "prepare" not in short.calls
    _notes(folder, 100, parallel.MIN_PARALLEL_PAGES)
    later = _Recording()
    assert (
        parallel.run_parallel(settings, sources, dispatch=later, workers=2).totals()["new"]
        == parallel.MIN_PARALLEL_PAGES
    )
    assert later.calls[:2] == ["prepare", "dispatch"]
    again = _Recording()
    summary = parallel.run_parallel(settings, sources, dispatch=again, workers=2)
    assert summary.totals()["new"] == 0 and "prepare" not in again.calls


def test_the_runs_end_is_imported_while_the_pool_waits_for_the_preload() -> None:
    """Starting the pool (`warm`) imports what copy groups and reconciliation need, in a thread, while the
    forks wait for the fork server's preload, so the serial tail after the last page does not (a fresh
    interpreter, as the coordinator is)."""
    code = (
        "import sys, threading; from flows import parallel, fork_server; "
        "assert 'pyarrow.compute' not in sys.modules; "
        "p = parallel.LocalProcesses(1); p.warm(); "
        "[t.join() for t in threading.enumerate() if t.name == 'newskb-import-end']; "
        "print([m for m in parallel.END_MODULES if m not in sys.modules]); p.close(); fork_server.stop()"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert res.returncode == 0, res.stderr[-2000:]
    assert res.stdout.strip() == "[]"


# A coordinator that closes its pool and stops the fork server back to back (run_parallel's error path, then
# cmd_ingest's `finally`), with every worker idle, and the pool's manager thread reaching its step that sends
# the workers their stop only once the server is gone: a loaded machine can order it so (fault injection; the
# pool and the server are ours, unchanged).
_CLOSE_THEN_STOP = '''
import os, sys, threading, time
from flows import fork_server, parallel

def meet(folder, n):
    """Returns once n workers are in it together: each of them is past its warm-up, and idle after it."""
    open(os.path.join(folder, str(os.getpid())), "w").close()
    while len(os.listdir(folder)) < n:
        time.sleep(0.01)
    return os.getpid()

def late(frame, event, arg):
    if event == "call" and frame.f_code.co_name == "shutdown_workers":
        deadline = time.monotonic() + 10
        while fork_server.running() and time.monotonic() < deadline:
            time.sleep(0.01)

if __name__ == "__main__":
    folder, n = sys.argv[1], 2
    threading.settrace(late)  # threads started from now: the pool's manager thread
    p = parallel.LocalProcesses(n)
    p.warm()
    met = [p._pool.submit(meet, folder, n) for _ in range(n)]
    print(*sorted(f.result(timeout=120) for f in met), flush=True)
    p.close()
    fork_server.stop()
'''


def _running(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has exited (its reaper may never reap it)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_closing_the_pool_then_stopping_the_server_leaves_no_worker_behind(tmp_path: Path) -> None:
    """An idle worker whose stop the pool had not sent yet when the server was killed waited for it forever:
    the pool judges its workers alive through the server's pipe, which the kill closes, so it sent none; the
    worker held the coordinator's output open (a `$(newskb ingest)` or a test reading it hung)."""
    script = tmp_path / "close_then_stop.py"
    script.write_text(_CLOSE_THEN_STOP)
    (tmp_path / "met").mkdir()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    proc = subprocess.Popen([sys.executable, str(script), str(tmp_path / "met")], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    pids: list[int] = []
    try:
        assert proc.stdout is not None
        pids = [int(p) for p in proc.stdout.readline().split()]
        assert len(pids) == 2, proc.communicate(timeout=60)
        assert proc.wait(timeout=60) == 0
        deadline = time.monotonic() + 5
        while any(map(_running, pids)) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert [p for p in pids if _running(p)] == []
        _out, err = proc.communicate(timeout=5)  # nothing holds its output open any more
        assert "Traceback" not in err, err
    finally:
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        proc.kill()
        proc.communicate()


def test_the_fork_servers_warm_up_works_a_real_page_through() -> None:
    """The preload works a sample page through extraction, NLP and the batch encoder (so a worker's first
    shard is as fast as its others); its failure would be swallowed there, so it is checked here."""
    assert parallel.warm_page() > 0


def test_shards_are_of_one_size_and_a_multiple_of_the_workers() -> None:
    """The last round keeps every worker busy: no small leftover shard one worker works alone."""
    from flows.pipeline import SourceSummary, State

    source = Source("s", "feed", "http://x/feed")

    def sizes(pages: int, workers: int, per_shard: int = 40, rounds: int = 2) -> list[int]:
        plan = shards.Plan(source, SourceSummary("s", "feed", "x"), [f"http://x/{i}" for i in range(pages)],
                             {}, None)  # type: ignore[arg-type]  # fmt: skip
        cut = shards.make_shards(
            [plan], State({}, {}), {}, load_id="L", settings=Settings(), workers=workers, delay=0,
            concurrency=1, per_shard=per_shard, rounds=rounds,
        )  # fmt: skip
        assert [u for s in cut for u in s["urls"]] == plan.urls  # every page once, in order
        return [len(s["urls"]) for s in cut]

    assert sizes(500, 2) == [36] * 13 + [32]
    assert sizes(500, 1) == [39] * 12 + [32]
    assert sizes(60, 2) == [15] * 4
    assert sizes(500, 2, per_shard=250, rounds=1) == [250, 250]


def test_a_shard_its_run_gave_up_on_is_neither_worked_nor_staged(tmp_path: Path) -> None:
    """A flow run still going when its dispatcher gave up (a slow worker under load, or a run queued behind a
    dead worker) must not stage a batch after its run ended: the next run would find it after its start."""
    stage = tmp_path / "stage"
    stage.mkdir()
    shard = {
        "seq": 3,
        "load_id": "L1",
        "source": {"name": "s"},
        "staging": str(stage),
        "give_up_at": time.time() - 5,
    }
    with pytest.raises(shards.ShardAbandoned, match=r"shard 3 of run L1 \(s\).*nothing staged"):
        shards.work_shard(shard)
    assert staging.list_batches(str(stage)) == []
    shards.check_wanted({**shard, "give_up_at": time.time() + 60})  # still wanted: no error
    shards.check_wanted({k: v for k, v in shard.items() if k != "give_up_at"})  # no dispatcher deadline


def test_workers_stop_staging_a_grace_period_before_the_dispatcher_gives_up() -> None:
    from flows.page_work import GRACE_SECONDS, grace

    assert grace(3600) == GRACE_SECONDS and grace(100) == 10 and grace(30) == 5 and grace(4) == 2


def test_workers_import_our_code_whatever_folder_the_run_starts_in(tmp_path: Path) -> None:
    """A run started in a folder holding a `flows/` package of its own (a Prefect project's layout) still
    forks its workers from our code: the fork server's interpreter does not put the working folder first."""
    decoy = tmp_path / "flows"
    decoy.mkdir()
    (decoy / "__init__.py").write_text("")
    (decoy / "page_worker_preload.py").write_text("open('imported-the-decoy', 'w').close()\n")
    code = (
        "from flows import fork_server, parallel\n"
        "if __name__ == '__main__':\n"
        "    p = parallel.LocalProcesses(1)\n"
        "    p.warm()\n"
        "    print(p._pool.submit(eval, \"__import__('flows').__file__\").result())\n"
        "    p.close()\n"
        "    fork_server.stop()"
    )
    repo = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(repo)}
    env.pop("PYTHONSAFEPATH", None)
    script = tmp_path / "bin" / "run.py"  # started as a console script is: its own folder first, not ours
    script.parent.mkdir()
    script.write_text(code + "\n")
    res = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, cwd=tmp_path,
                         timeout=120)  # fmt: skip
    assert res.returncode == 0, res.stderr[-2000:]
    assert res.stdout.strip() == str(repo / "flows" / "__init__.py")
    assert not (tmp_path / "imported-the-decoy").exists()
