"""Parallel ingestion: page work (fetch → article → facts) on several workers, one loader.

The coordinator (this process) reads what the warehouse holds, discovers each source's pages (feeds and
sitemaps are read here; a folder is listed and its changed files chosen as in `collection.collect`) and
cuts them into shards (`flows.shards`: what a shard holds, how pages are cut, how a worker works one). Workers
run `work_shard`: fetch the pages (conditional GET, per-host politeness inside each worker), turn them into
articles and facts with the same `pipeline.process`, and write the result as one content-hashed Parquet
batch into the staging folder (`warehouse.staging`), which can be a local path or an fsspec URL. Workers
never open the warehouse, so they can run on other machines. The run's budgets travel with the shards: the
deadline as wall-clock time, and the byte budget as a ledger file in the staging folder that every worker
charges (`hand_out_bytes`), so what workers download together stays within `run_max_bytes`; per-host
politeness too: the workers book each host's request starts and in-flight slots in one `HostLedger`
(`share_hosts`), so N workers ask a host no more often than one process would.

The coordinator is the only writer: it merges each finished batch (in shard order, so the result does not
depend on which worker was faster) in one transaction, deletes the file after the commit, and at the end
groups copies and reconciles exactly like a single-process run. Leftover batches of a run that died are
merged at the start of the next one. A shard whose worker dies is reported as failed pages (asked again in
full next run); nothing else is lost.

Dispatchers: `in_process` (a run with few pages), `LocalProcesses` (a process pool on this machine:
`newskb ingest --workers N`, also inside the Prefect flow with `workers`) and `flows.page_work.
PrefectDeployment` (each shard a flow run of the `newskb-page-work` deployment on a work pool, served by
`prefect worker` processes on any machine that can reach the staging folder).
"""

from __future__ import annotations

import contextlib
import dataclasses
import importlib
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from extractors import EXTRACTOR_VERSION
from extractors.web.budget import Budget
from flows import collection, fork_server, pipeline
from flows.pipeline import Collected, Page, RunSummary, SourceSummary, State
from flows.shards import (
    LEDGER_PREFIX,
    SHARD_PAGES,
    Plan,
    Shard,
    add_summary,
    discover,
    hand_out_bytes,
    local_folder,
    make_shards,
    page_articles,
    share_hosts,
    staging_url,
    summary_of,
    work_shard,
)  # fmt: skip
from schema.records import FetchResult
from schema.settings import Settings, Source
from warehouse import load, staging
from warehouse.db import defer_checkpoint, open_warehouse

if TYPE_CHECKING:
    import duckdb
    import pyarrow as pa

PAGE_WORK_FLOW_NAME = "newskb-page-work"
MIN_PARALLEL_PAGES = 60  # below this many pages, starting worker processes costs more than it saves
# While shards finish, the coordinator opens the warehouse at most this often (seconds) and merges every
# finished batch at once: each opening costs CPU on the core the workers share, and more as the run goes on,
# since it replays the write-ahead log that the run's earlier loads left (0.02 s on a new warehouse, 0.1-0.2 s
# of CPU once a run has left 10-16 MB there); between openings the file stays free for a reviewer or `newskb
# sql`. 4 s rather than 2: replaying one run's 14 batches of real-sized pages, 12% less CPU for the loads
# (median of six, 2.62 s against 2.97 s on a loaded machine), the same rows. In the last TAIL_ROUNDS rounds
# of shards every finished batch loads at once instead, so that what is left to load once the last shard
# is done is that shard's batch, not up to LOAD_EVERY seconds of them.
LOAD_EVERY = 4.0
TAIL_ROUNDS = 2


def default_workers(settings: Settings | None = None) -> int:
    """settings.workers, else the cores this process may use."""
    if settings is not None and settings.workers > 0:
        return settings.workers
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


# --- dispatchers: who runs the shards ---------------------------------------------------------------------

Outcome = tuple[Shard, str | None]  # the shard and, if it did not finish, why


class Dispatcher(Protocol):
    def __call__(self, shards: Sequence[Shard]) -> Iterator[Outcome]: ...


def in_process(shards: Sequence[Shard]) -> Iterator[Outcome]:
    """Every shard here, one after the other (a small run: no process to start)."""
    for shard in shards:
        work_shard(shard)
        yield shard, None


WARM_PAGE = (
    Path(__file__).resolve().parent.parent.joinpath("sample", "articles", "03-agentic-benchmarks-table.html")
)


def warm_up() -> None:
    """Import what page work uses and work one page through it (fetcher, article, NLP with a table, batch
    tables, the Parquet writer): a process forked after this (from the fork server, which runs it as its
    preload) starts warm, so a worker's first shard costs what its others do."""
    from extractors.facts.nlp import extract
    from extractors.web import fetcher, host_ledger  # noqa: F401  (httpx, imported by every worker)
    from schema.records import Article

    extract(Article(url="file:///warm-up", text="Warm-1 scored 50.0 on GPQA Diamond."))
    with contextlib.suppress(Exception):  # a warm-up must never stop the fork server (tested on its own)
        warm_page()


def warm_page() -> int:
    """Work the sample page WARM_PAGE through `pipeline.process` and encode its batch (in memory); returns
    the score facts it gave (0 without the sample)."""
    if not WARM_PAGE.is_file():  # pragma: no cover - a checkout without the sample
        return 0
    tables = page_tables("warm-up", "http://warm-up.invalid/article", WARM_PAGE.read_bytes())
    staging.encode_batch(tables, {"load_id": "warm-up", "seq": 0})
    return tables["score_facts"].num_rows if "score_facts" in tables else 0


def page_tables(name: str, url: str, body: bytes) -> dict[str, pa.Table]:
    """One fetched HTML page's work (article, facts) through `pipeline.process`, as its batch's tables: what a
    worker does per page, without fetching or staging (the warm-up and `bench/shard_schedule.py` use it)."""
    result = FetchResult(url, url, 200, body, "text/html", "utf-8", None, None, 0)
    source = Source(name=name, kind="url", location=url)
    summary = SourceSummary(source.name, source.kind, source.location)
    fetch_rows = [collection.fetch_row(source.name, result)]
    collected = Collected(source, summary, [Page(url, body, result)], fetch_rows)
    processed = pipeline.process(collected, State({}, {}), Settings())
    return load.batch_tables(
        name, fetch_rows=processed.fetch_rows, raw_pages=processed.raw_pages, items=processed.items,
        extractor_version=EXTRACTOR_VERSION,
    )  # fmt: skip


# What the run's end imports (copy groups, reconciliation, and pyarrow.compute for its uncontested keys).
# `import_the_end` imports them in a thread while the pool's first forks wait for the fork server's preload,
# when this process has nothing else to do, instead of in the serial tail after the last page (~0.08 s of
# CPU; pyarrow.compute came with the first load before `staging.unpack` stopped using it).
END_MODULES = (
    "pyarrow.compute",
    "extractors.web.identity",
    "warehouse.entities",
    "warehouse.uncontested",
    "warehouse.reconcile",
)


def import_the_end() -> threading.Thread:
    def run() -> None:
        for name in END_MODULES:
            with contextlib.suppress(ImportError):  # the run's end reports a missing module itself
                importlib.import_module(name)

    thread = threading.Thread(target=run, name="newskb-import-end")
    thread.start()
    return thread


@dataclasses.dataclass(slots=True)
class LocalProcesses:
    """A pool of `workers` processes on this machine. They are forked from multiprocessing's fork server
    (flows.fork_server), which imports the extractors, builds the NLP pipeline and works one page through
    once (its preload, `warm_up`), so N workers pay that start-up once, not N times, and start warm; the
    server is a fresh interpreter, so nothing of this process (its threads, its warehouse connection) is
    forked. The pool starts once the shards are known (a run too small for it starts none); the server
    starts before, through `prepare`: a first ingest (the warehouse knows no page yet, so its pages will be
    many) as soon as the run opens, so that it preloads while the run reads the feeds; any other run as
    soon as discovery has found pages enough for the pool (`_start_when_enough`), so that it preloads while
    the coordinator stores the listings, reads the stored pages' articles and cuts the shards. A run that
    works in process, such as an unchanged re-run, never starts it and pays for no preload (about 1.7 s of
    CPU, which a loaded machine feels). A server that forked nothing in the run is stopped (`close`)."""

    workers: int
    _pool: ProcessPoolExecutor | None = None
    _forked: bool = False  # a pool was started from the fork server in this run

    def prepare(self) -> None:
        if self.workers > 0:
            fork_server.start()

    def warm(self) -> None:
        if self._pool is None and self.workers > 0:
            import_the_end()  # while the forks below wait for the preload
            fork_server.start()  # a no-op if `prepare` started it; else started here, off the working folder
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers, mp_context=fork_server.context(),
                initializer=fork_server.die_with_server, initargs=(fork_server.pid(),),
            )  # fmt: skip
            self._forked = True
            for _ in range(self.workers):
                self._pool.submit(warm_up)

    def close(self) -> None:
        """Stop the pool without waiting for its processes to exit (their interpreters' tear-down takes
        about a second, which the coordinator spends on copy grouping and reconciliation instead); a fork
        server that forked nothing in this run is stopped (it would finish its preload for nothing). The
        workers die with the server, so stopping it right after this (`cmd_ingest` does) leaves none behind,
        not even one the pool had not told to stop yet."""
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
        elif not self._forked:
            fork_server.stop()

    def __call__(self, shards: Sequence[Shard]) -> Iterator[Outcome]:
        if not shards:
            return
        self.warm()
        assert self._pool is not None
        try:
            futures = {self._pool.submit(work_shard, s): s for s in shards}
            for future in as_completed(futures):
                exc = future.exception()
                yield futures[future], (f"{type(exc).__name__}: {exc}" if exc else None)
        finally:
            self.close()


# --- the coordinator --------------------------------------------------------------------------------------


def _lost(shard: Shard, why: str) -> SourceSummary:
    src = shard["source"]
    s = SourceSummary(src["name"], src["kind"], src["location"])
    s.failed = len(shard["urls"])
    s.errors = [(u, f"worker lost: {why}") for u in shard["urls"]]
    return s


def _staged_names(stage: str, load_id: str) -> dict[int, str]:
    """seq → name of this load's batches waiting in the staging folder."""
    prefix = f"{staging.PREFIX}{load_id}-"
    out: dict[int, str] = {}
    for name in staging.list_batches(stage):
        if name.startswith(prefix):
            out[int(name[len(prefix) :].split("-", 1)[0])] = name
    return out


def drain(settings: Settings) -> staging.LoadReport:
    """Merge whatever batches wait in the staging folder (a run that died before loading them), and drop
    the byte ledgers such a run left."""
    folder = local_folder(staging_url(settings))
    if folder is not None and folder.is_dir():
        for old in folder.glob(f"{LEDGER_PREFIX}*"):
            shutil.rmtree(old) if old.is_dir() else old.unlink(missing_ok=True)
    wait = max(settings.busy_timeout, settings.review_busy_timeout)
    with open_warehouse(settings.db_path, busy_timeout=wait) as con:
        return staging.load_staged(con, staging_url(settings))


def run_parallel(
    settings: Settings,
    sources: Sequence[Source],
    *,
    dispatch: Dispatcher,
    workers: int,
    trigger: str = "cli",
    delay: float | None = None,
    concurrency: int | None = None,
    progress: pipeline.Progress | None = None,
    log: Callable[[str], None] = lambda _msg: None,
) -> RunSummary:
    """One ingestion of `sources` with the page work on `dispatch`'s workers; this process loads."""
    stage = staging_url(settings)
    leftovers = drain(settings)
    if leftovers.loaded:
        log(f"merged {len(leftovers.loaded)} batch(es) left in {stage} by an earlier run")
    for name, reason in leftovers.refused:
        log(f"left in place: {name}: {reason}")
    load_id, state = pipeline.begin_run(settings, trigger, f"ingest:{trigger}")
    # a first ingest: many pages to come, so start the fork server now; other runs start it once discovery
    # has found pages enough for the pool (see LocalProcesses)
    if not state.validators:
        getattr(dispatch, "prepare", lambda: None)()
    enabled = [s for s in sources if s.enabled]
    summaries: dict[str, SourceSummary] = {}
    budget = pipeline.run_budget(load_id, settings)
    ledger: Path | None = None
    hosts: Path | None = None
    try:
        found = _start_when_enough(getattr(dispatch, "prepare", None))
        plans = _discover_all(enabled, settings, state, delay, concurrency, budget, found)
        for plan in plans:
            summaries[plan.source.name] = plan.summary
            pipeline.write_batch(settings, load_id, plan.own)
        shards = make_shards(
            plans, state, page_articles(settings), load_id=load_id, settings=settings, workers=workers,
            delay=delay, concurrency=concurrency, per_shard=getattr(dispatch, "per_shard", SHARD_PAGES),
            rounds=getattr(dispatch, "rounds", 2), budget=budget,
        )  # fmt: skip
        ledger = hand_out_bytes(shards, budget, stage, load_id)
        hosts = share_hosts(shards, stage, load_id)
        if sum(len(s["urls"]) for s in shards) < MIN_PARALLEL_PAGES:
            getattr(dispatch, "close", lambda: None)()
            dispatch, workers = in_process, 1
        by_seq = {s["seq"]: s for s in shards}
        order = sorted(by_seq)
        done: dict[int, str | None] = {}
        next_i = 0
        started = loaded_at = time.monotonic()
        ready: list[tuple[Shard, str | None]] = []
        for shard, error in dispatch(shards):
            done[shard["seq"]] = error
            # load the finished prefix, in shard order (the result never depends on which worker won)
            while next_i < len(order) and order[next_i] in done:
                ready.append((by_seq[order[next_i]], done[order[next_i]]))
                next_i += 1
            # in the last rounds (each worker on its last shard or two) load what is ready at once, so that
            # no backlog of batches is left to load after the last shard; the last shard's batch (with what
            # is ready beside it) loads through the run's final opening below, not through one of its own
            ending = len(shards) - len(done) <= TAIL_ROUNDS * workers
            if ready and len(done) < len(shards) and (ending or time.monotonic() - loaded_at >= LOAD_EVERY):
                _load_ready(settings, stage, load_id, ready, summaries)
                ready, loaded_at = [], time.monotonic()
            if progress:
                progress("extracting", len(done), len(shards))
        # what finished since the last load, then what the dispatcher gave up on
        ready += [(by_seq[seq], done.get(seq, "not run")) for seq in order[next_i:]]
        # the last batches and the run's end (copy groups, reconciliation) through one opening of the
        # warehouse: its open and closing checkpoint are serial time at the end of every run
        with open_warehouse(settings.db_path, busy_timeout=_load_wait(settings)) as con:
            _load_ready(settings, stage, load_id, ready, summaries, con=con)
            log(f"{len(shards)} shard(s) on {workers} worker(s) in {time.monotonic() - started:.1f} s")
            result = pipeline.end_run(settings, load_id, list(summaries.values()), con=con)
    except BaseException as exc:
        getattr(dispatch, "close", lambda: None)()
        pipeline.close_abandoned(settings, load_id, list(summaries.values()), exc)
        raise
    finally:
        if ledger is not None:
            ledger.unlink(missing_ok=True)
        if hosts is not None:
            shutil.rmtree(hosts, ignore_errors=True)
    if progress:
        progress("done", len(enabled), len(enabled))
    return result


def _start_when_enough(prepare: Callable[[], None] | None) -> Callable[[int], None]:
    """What discovery calls with each source's page count as it is known: once they add up to
    MIN_PARALLEL_PAGES (the run will use the pool: its shards hold these pages), `prepare` (start the fork
    server) at once rather than when the shards are cut, so that its preload runs beside the coordinator's
    serial work in between (the listings' writes, the stored articles' read, the shards). Exact, not a
    guess: a run that works in process (fewer pages in all) never calls it. Thread-safe (sources are
    discovered side by side); calls `prepare` once."""
    lock = threading.Lock()
    pages = 0
    done = prepare is None

    def found(count: int) -> None:
        nonlocal pages, done
        with lock:
            pages += count
            if done or pages < MIN_PARALLEL_PAGES:
                return
            done = True
        assert prepare is not None
        prepare()

    return found


def _discover_all(
    enabled: Sequence[Source],
    settings: Settings,
    state: State,
    delay: float | None,
    concurrency: int | None,
    budget: Budget | None = None,
    found: Callable[[int], None] = lambda _pages: None,
) -> list[Plan]:
    """Discover every source side by side (politeness is per host, inside the fetcher); `found` hears each
    source's page count as soon as that source is done."""

    def one(source: Source) -> Plan:
        plan = discover(source, settings, state, delay=delay, concurrency=concurrency, budget=budget)
        found(len(plan.urls))
        return plan

    with ThreadPoolExecutor(max_workers=max(1, min(8, len(enabled)))) as pool:
        return list(pool.map(one, enabled))


def _load_wait(settings: Settings) -> float:
    return max(settings.busy_timeout, settings.review_busy_timeout)


def _load_ready(
    settings: Settings,
    stage: str,
    load_id: str,
    ready: Sequence[tuple[Shard, str | None]],
    summaries: dict[str, SourceSummary],
    *,
    con: duckdb.DuckDBPyConnection | None = None,
) -> None:
    """Merge the batches of finished shards (those their workers staged), in the order given, each in its
    own transaction but with one opening of the warehouse (or on `con`, an open connection); add their
    counts to their sources' summaries."""
    if not ready:
        return
    staged = _staged_names(stage, load_id)
    todo: list[tuple[Shard, str]] = []
    for shard, error in ready:
        name = staged.get(shard["seq"])
        if name is None:
            add_summary(summaries[shard["source"]["name"]], _lost(shard, error or "no batch was staged"))
        else:
            todo.append((shard, name))
    if not todo:
        return
    with contextlib.ExitStack() as stack:
        if con is None:
            con = stack.enter_context(open_warehouse(settings.db_path, busy_timeout=_load_wait(settings)))
            # a load in the middle of a run leaves its commits in the write-ahead log (durable, and read by
            # any connection opened meanwhile) rather than checkpointing them on closing: a checkpoint
            # rewrites the tables' indexes whole, 0.18 s of CPU per load on a 200,000-article warehouse,
            # on the core the workers share; the run's last opening checkpoints once for them all
            defer_checkpoint(con)
        for shard, name in todo:
            into = summaries[shard["source"]["name"]]
            report = staging.load_staged(con, stage, [name])
            if report.refused:
                add_summary(into, _lost(shard, report.refused[0][1]))
            elif report.loaded:
                add_summary(into, summary_of(report.loaded[0].meta["summary"]))
