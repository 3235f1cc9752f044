"""Parallel ingestion: page work (fetch → article → facts) on several workers, one loader.

The coordinator (this process) reads what the warehouse holds, discovers each source's pages (feeds and
sitemaps are read here; a folder is listed and its changed files chosen as in `pipeline.collect`) and
cuts them into shards. A shard is a plain JSON-able dict: the source, its page URLs (or file paths), the
stored validators and article hashes of those pages, the settings and where to stage. Workers run
`work_shard`: fetch the pages (conditional GET, per-host politeness inside each worker), turn them into
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
import math
import os
import shutil
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from extractors import EXTRACTOR_VERSION
from extractors.web.budget import DEFERRED, Budget, ByteCounter, LocalBytes, SharedBytes
from flows import fork_server, pipeline
from flows.pipeline import Collected, Page, Processed, RunSummary, SourceSummary, State, read_local_page
from schema.records import FetchResult
from schema.settings import Settings, Source
from warehouse import load, staging
from warehouse.db import open_warehouse
from warehouse.queries import query

if TYPE_CHECKING:
    import duckdb

Shard = dict[str, Any]  # JSON-able: see make_shards
PAGE_WORK_FLOW_NAME = "newskb-page-work"
SHARD_PAGES = 40  # pages per shard at most: a killed worker loses at most this much work
MIN_PARALLEL_PAGES = 60  # below this many pages, starting worker processes costs more than it saves
# While shards finish, the coordinator opens the warehouse at most this often (seconds) and merges every
# finished batch at once: an open and its closing checkpoint cost ~0.2 s of the core the workers share, and
# between openings the file stays free for a reviewer or `newskb sql`. In the last TAIL_ROUNDS rounds of
# shards every finished batch loads at once instead, so that what is left to load once the last shard is
# done is that shard's batch, not up to LOAD_EVERY seconds of them (8 batches, 0.3-0.5 s, on 2 workers).
LOAD_EVERY = 2.0
TAIL_ROUNDS = 2


def default_workers(settings: Settings | None = None) -> int:
    """settings.workers, else the cores this process may use."""
    if settings is not None and settings.workers > 0:
        return settings.workers
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def staging_url(settings: Settings) -> str:
    """The staging folder: settings.staging (a path or an fsspec URL), else `<warehouse file>.staging` next
    to the warehouse (one folder per warehouse: a run merges every batch it finds there)."""
    if settings.staging:
        return settings.staging
    db = settings.db_path.resolve()
    return str(db.with_name(db.name + ".staging"))


# --- settings and sources as JSON (shards travel through Prefect parameters) -----------------------------


def settings_dict(settings: Settings) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in dataclasses.fields(settings):
        value = getattr(settings, f.name)
        out[f.name] = str(Path(value).resolve()) if isinstance(value, Path) else value
    return out


def settings_of(data: dict[str, Any]) -> Settings:
    base = Settings()
    coerced = {
        k: Path(v) if isinstance(getattr(base, k), Path) and v is not None else v
        for k, v in data.items()
        if hasattr(base, k)
    }
    return base.replace(**coerced)


def source_dict(source: Source) -> dict[str, Any]:
    data = dataclasses.asdict(source)
    data["extra"] = dict(source.extra)
    return data


def source_of(data: dict[str, Any]) -> Source:
    return Source(**{**data, "extra": dict(data.get("extra") or {})})


def summary_of(data: dict[str, Any]) -> SourceSummary:
    s = SourceSummary(str(data["name"]), str(data["kind"]), str(data["location"]))
    for k in ("new", "updated", "unchanged", "failed", "deferred"):
        setattr(s, k, int(data.get(k) or 0))
    s.errors = [(str(e["url"]), str(e["reason"])) for e in data.get("errors") or []]
    s.deferrals = [(str(e["url"]), str(e["reason"])) for e in data.get("deferred_items") or []]
    s.truncated = [(str(e["url"]), int(e["read"]), int(e["chars"])) for e in data.get("truncated") or []]
    s.source_error = data.get("source_error")
    return s


def add_summary(into: SourceSummary, part: SourceSummary) -> None:
    for k in ("new", "updated", "unchanged", "failed", "deferred"):
        setattr(into, k, getattr(into, k) + getattr(part, k))
    into.errors.extend(part.errors)
    into.deferrals.extend(part.deferrals)
    into.truncated.extend(part.truncated)
    into.source_error = into.source_error or part.source_error


# --- the coordinator's side: discovery and shards ---------------------------------------------------------


@dataclasses.dataclass(slots=True)
class Plan:
    source: Source
    summary: SourceSummary  # discovery's counts (unchanged listings, deferred files, unreadable source)
    urls: list[str]  # pages for the workers (URLs, or file URIs of a folder source)
    local: dict[str, str]  # file URI → path, for a folder source
    own: Processed  # what the coordinator itself loads: listings and discovery's fetch log
    budget: Budget = dataclasses.field(
        default_factory=Budget
    )  # the source's time budget (its shards keep it)


def discover(
    source: Source,
    settings: Settings,
    state: State,
    *,
    delay: float | None = None,
    concurrency: int | None = None,
    budget: Budget | None = None,
) -> Plan:
    """A source's pages to work on, decided exactly as `pipeline.collect` decides them, without fetching
    the pages themselves (a folder's files are read to compare their hashes, as collect does): listings
    within the run's budget, at most settings.max_pages_per_source pages (the rest rotate in later)."""
    summary = SourceSummary(source.name, source.kind, source.location)
    budget = (budget or Budget()).for_source(source.name, settings.source_budget_seconds)
    if source.kind == "path":
        collected = pipeline.collect(source, settings, state)
        local = {p.url: str(p.local_path) for p in collected.pages if p.local_path is not None}
        own = Processed(source, collected.summary, [], [], [])
        return Plan(source, collected.summary, list(local), local, own)
    if source.kind == "url":
        return Plan(source, summary, [source.location], {}, Processed(source, summary, [], [], []), budget)
    from extractors.web.fetcher import fetch_urls

    eff_delay = delay if delay is not None else source.delay_seconds
    eff_conc = concurrency if concurrency is not None else source.concurrency
    fetch_rows: list[dict[str, object]] = []
    listings: list[load.RawPage] = []

    def fetch(urls: Sequence[str], conditional: bool = True) -> list[FetchResult]:
        validators = {u: state.validators[u][:2] for u in urls if conditional and u in state.validators}
        results = fetch_urls(
            list(urls), settings, validators=validators, delay=eff_delay, concurrency=eff_conc,
            budget=budget,
        )  # fmt: skip
        fetch_rows.extend(pipeline._fetch_row(source.name, r) for r in results)
        return results

    try:
        urls, unchanged_listing = pipeline._discover(source, fetch, state, listings, summary)
    except pipeline.DiscoveryError as exc:
        summary.source_error = str(exc)
        summary.errors.append((source.location, str(exc)))
        return Plan(source, summary, [], {}, Processed(source, summary, [], listings, fetch_rows))
    if unchanged_listing:  # the same rule as pipeline.collect: a 304 listing vouches for fresh known pages
        fresh_after = datetime.now(UTC) - timedelta(hours=settings.recheck_hours)
        known = {
            u for u in urls
            if u in state.validators and (c := state.checked.get(u)) is not None and c >= fresh_after
        }  # fmt: skip
        summary.unchanged += len(known)
        urls = [u for u in urls if u not in known]
    urls = pipeline._rotate(urls, state, settings.max_pages_per_source, summary)
    return Plan(source, summary, urls, {}, Processed(source, summary, [], listings, fetch_rows), budget)


def page_articles(settings: Settings) -> dict[str, str]:
    """Fetch URL → the article its stored copy produced (what a worker must know to skip unchanged text)."""
    with open_warehouse(settings.db_path, busy_timeout=settings.busy_timeout) as con:
        return {str(u): str(a) for u, a in con.execute(query("stored_page_articles")).fetchall()}


def make_shards(
    plans: Sequence[Plan],
    state: State,
    made_by: dict[str, str],
    *,
    load_id: str,
    settings: Settings,
    workers: int,
    delay: float | None,
    concurrency: int | None,
    per_shard: int = SHARD_PAGES,
    rounds: int = 2,
    budget: Budget | None = None,
) -> list[Shard]:
    """Cut every source's pages into shards of at most `per_shard` pages, and at least `rounds` per worker
    (several rounds balance the load; a flow-run worker pays a process start per shard: it asks for one).
    The shards are of one size and their number a multiple of `workers`, so the last round keeps every
    worker busy (500 pages on 2 workers: 14 shards of 36, not 12 of 40 and one of 20 that one worker works
    alone)."""
    total = sum(len(p.urls) for p in plans)
    size = 1
    if total:
        count = max(rounds * workers, math.ceil(total / per_shard))
        count = math.ceil(count / max(1, workers)) * max(1, workers)
        size = max(1, math.ceil(total / count))
    stage, cfg = staging_url(settings), settings_dict(settings)
    shards: list[Shard] = []
    for i, plan in enumerate(plans):
        # the source's (else the run's) budget end as wall-clock epoch seconds, kept by a worker anywhere
        timed = plan.budget if plan.budget.deadline is not None or budget is None else budget
        left = timed.time_left()
        deadline = None if left is None else time.time() + left
        for j in range(0, len(plan.urls), size):
            urls = plan.urls[j : j + size]
            aids = {made_by[u] for u in urls if u in made_by}
            shards.append(
                {
                    "load_id": load_id,
                    "seq": i * 10_000 + j // size,
                    "source": source_dict(plan.source),
                    "urls": urls,
                    "paths": {u: plan.local[u] for u in urls if u in plan.local},
                    "validators": {u: list(state.validators[u]) for u in urls if u in state.validators},
                    "known": {a: list(state.articles[a]) for a in aids if a in state.articles},
                    "staging": stage,
                    "settings": cfg,
                    "delay": delay,
                    "concurrency": concurrency,
                    "deadline": deadline,
                    "budget_what": timed.what,
                    "bytes": None,  # the run's byte budget, set by hand_out_bytes
                    "hosts": None,  # the run's shared per-host politeness, set by share_hosts
                }
            )
    return shards


# --- the worker's side ------------------------------------------------------------------------------------


def _read_files(shard: Shard, settings: Settings, summary: SourceSummary) -> list[Page]:
    pages: list[Page] = []
    for url in shard["urls"]:
        page = read_local_page(
            url, Path(shard["paths"][url]), shard["validators"].get(url), settings, summary
        )
        if page is not None:
            pages.append(page)
    return pages


def _fetch_pages(
    shard: Shard, source: Source, settings: Settings, summary: SourceSummary, budget: Budget
) -> tuple[list[Page], list[dict[str, object]]]:
    from extractors.web.fetcher import fetch_urls
    from extractors.web.host_ledger import HostLedger

    delay = shard.get("delay")
    conc = shard.get("concurrency")
    validators = {u: (v[0], v[1]) for u, v in shard["validators"].items()}
    results = fetch_urls(
        list(shard["urls"]),
        settings,
        validators=validators,
        delay=delay if delay is not None else source.delay_seconds,
        concurrency=conc if conc is not None else source.concurrency,
        budget=budget,
        shared_hosts=HostLedger(shard["hosts"]) if shard.get("hosts") else None,
    )
    pages: list[Page] = []
    for res in results:
        if res.error_class == DEFERRED:
            summary.defer(res.url, res.message or "budget spent")
        elif res.not_modified:
            summary.unchanged += 1
        elif not res.ok or res.body is None:
            summary.failed += 1
            summary.errors.append((res.url, pipeline._reason(res)))
        else:
            pages.append(Page(res.url, res.body, res))
    if source.kind == "url" and summary.failed:
        summary.source_error = summary.errors[0][1]
    return pages, [pipeline._fetch_row(source.name, r) for r in results]


def shard_budget(shard: Shard) -> Budget:
    """The run's budget as this worker sees it: the time budget's end (epoch seconds) and the run's byte
    counter (a ledger file every worker charges, or this shard's share of the bytes left)."""
    deadline = shard.get("deadline")
    spec = shard.get("bytes") or {}
    limit = spec.get("limit")
    counter: ByteCounter = (
        SharedBytes(str(spec["ledger"]), limit) if spec.get("ledger") else LocalBytes(limit)
    )
    at = None if deadline is None else time.monotonic() + (float(deadline) - time.time())
    return Budget(at, counter, str(shard.get("budget_what") or "run"))


LEDGER_PREFIX = "ledger-"


def _local_folder(url: str) -> Path | None:
    """The staging folder as a local path, or None for a remote fsspec store."""
    if url.startswith("file://"):
        return Path(url.removeprefix("file://"))
    return None if "://" in url else Path(url)


def share_hosts(shards: Sequence[Shard], stage: str, load_id: str) -> Path | None:
    """Let every shard's worker keep the per-host delay and concurrency with the others: a `HostLedger`
    folder for the run in a local staging folder (workers on other machines with a remote store keep them
    each on their own). Returns the folder to delete at the end of the run."""
    folder = _local_folder(stage)
    if folder is None or not shards:
        return None
    hosts = (folder / f"{LEDGER_PREFIX}{load_id}.hosts").resolve()
    hosts.mkdir(parents=True, exist_ok=True)
    for shard in shards:
        shard["hosts"] = str(hosts)
    return hosts


def hand_out_bytes(shards: Sequence[Shard], budget: Budget, stage: str, load_id: str) -> Path | None:
    """Give every shard the run's byte budget: the bytes discovery left, in a ledger file in the staging
    folder that all workers charge (so the run's total holds however many processes fetch), or, on a
    remote staging store that cannot hold a lock, an equal share each. Returns the ledger to delete."""
    limit = budget.bytes.limit
    if limit is None or not shards:
        return None
    folder = _local_folder(stage)
    if folder is None:
        share = max(0, limit - budget.bytes_used) // len(shards)
        for shard in shards:
            shard["bytes"] = {"ledger": None, "limit": share}
        return None
    folder.mkdir(parents=True, exist_ok=True)
    ledger = (folder / f"{LEDGER_PREFIX}{load_id}.bytes").resolve()
    SharedBytes.create(str(ledger), limit, budget.bytes_used)
    for shard in shards:
        shard["bytes"] = {"ledger": str(ledger), "limit": limit}
    return ledger


def work_shard(shard: Shard) -> dict[str, Any]:
    """Fetch (or read) a shard's pages, extract articles and facts, stage the batch; returns its name and
    summary. Touches no warehouse: everything it needs is in the shard."""
    settings = settings_of(shard["settings"])
    source = source_of(shard["source"])
    summary = SourceSummary(source.name, source.kind, source.location)
    budget = shard_budget(shard)
    if shard["paths"]:
        pages, fetch_rows = _read_files(shard, settings, summary), list[dict[str, object]]()
    else:
        pages, fetch_rows = _fetch_pages(shard, source, settings, summary, budget)
    validators = {u: (v[0], v[1], v[2]) for u, v in shard["validators"].items()}
    state = State(validators, {a: (v[0], v[1]) for a, v in shard["known"].items()})
    processed = pipeline.process(
        Collected(source, summary, pages, fetch_rows), state, settings, budget=budget
    )
    tables = load.batch_tables(
        shard["load_id"],
        fetch_rows=processed.fetch_rows,
        raw_pages=processed.raw_pages,
        items=processed.items,
        extractor_version=EXTRACTOR_VERSION,
    )
    meta = {
        "load_id": shard["load_id"],
        "seq": shard["seq"],
        "source": source.name,
        "pages": len(shard["urls"]),
        "summary": summary.as_dict(),
    }
    staged = staging.write_batch(shard["staging"], tables, meta)
    return {"name": staged.name, "seq": shard["seq"], "summary": summary.as_dict()}


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
    url = "http://warm-up.invalid/article"
    body = WARM_PAGE.read_bytes()
    result = FetchResult(url, url, 200, body, "text/html", "utf-8", None, None, 0)
    source = Source(name="warm-up", kind="url", location=url)
    summary = SourceSummary(source.name, source.kind, source.location)
    fetch_rows = [pipeline._fetch_row(source.name, result)]
    collected = Collected(source, summary, [Page(url, body, result)], fetch_rows)
    processed = pipeline.process(collected, State({}, {}), Settings())
    tables = load.batch_tables(
        "warm-up", fetch_rows=processed.fetch_rows, raw_pages=processed.raw_pages, items=processed.items,
        extractor_version=EXTRACTOR_VERSION,
    )  # fmt: skip
    staging.encode_batch(tables, {"load_id": "warm-up", "seq": 0})
    return tables["score_facts"].num_rows if "score_facts" in tables else 0


@dataclasses.dataclass(slots=True)
class LocalProcesses:
    """A pool of `workers` processes on this machine. They are forked from multiprocessing's fork server
    (flows.fork_server), which imports the extractors, builds the NLP pipeline and works one page through
    once (its preload, `warm_up`), so N workers pay that start-up once, not N times, and start warm; the
    server is a fresh interpreter, so nothing of this process (its threads, its warehouse connection) is
    forked. The pool starts once the shards are known (a run too small for it starts none); the server
    starts then too, unless `prepare` started it before: a first ingest (the warehouse knows no page yet,
    so its pages will be many) starts it as soon as the run opens, so that it preloads while the run reads
    the feeds. Any other run, often an unchanged re-run that works in process, does not pay for a preload
    it may not use (about 1.3 s of CPU, which a loaded machine feels). A server that forked nothing in the
    run is stopped (`close`)."""

    workers: int
    _pool: ProcessPoolExecutor | None = None
    _forked: bool = False  # a pool was started from the fork server in this run

    def prepare(self) -> None:
        if self.workers > 0:
            fork_server.start()

    def warm(self) -> None:
        if self._pool is None and self.workers > 0:
            self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=fork_server.context())
            self._forked = True
            for _ in range(self.workers):
                self._pool.submit(warm_up)

    def close(self) -> None:
        """Stop the pool without waiting for its processes to exit (their interpreters' tear-down takes
        about a second, which the coordinator spends on copy grouping and reconciliation instead); a fork
        server that forked nothing in this run is stopped (it would finish its preload for nothing)."""
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
    folder = _local_folder(staging_url(settings))
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
    if not state.validators:  # a first ingest: many pages to come, so start the fork server now (see warm)
        getattr(dispatch, "prepare", lambda: None)()
    enabled = [s for s in sources if s.enabled]
    summaries: dict[str, SourceSummary] = {}
    budget = pipeline.run_budget(load_id, settings)
    ledger: Path | None = None
    hosts: Path | None = None
    try:
        plans = _discover_all(enabled, settings, state, delay, concurrency, budget)
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
            # no backlog of batches is left to load after the last shard
            ending = len(shards) - len(done) <= TAIL_ROUNDS * workers
            if ready and (ending or time.monotonic() - loaded_at >= LOAD_EVERY):
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


def _discover_all(
    enabled: Sequence[Source],
    settings: Settings,
    state: State,
    delay: float | None,
    concurrency: int | None,
    budget: Budget | None = None,
) -> list[Plan]:
    """Discover every source side by side (politeness is per host, inside the fetcher)."""
    with ThreadPoolExecutor(max_workers=max(1, min(8, len(enabled)))) as pool:
        return list(
            pool.map(
                lambda s: discover(s, settings, state, delay=delay, concurrency=concurrency, budget=budget),
                enabled,
            )
        )


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
        for shard, name in todo:
            into = summaries[shard["source"]["name"]]
            report = staging.load_staged(con, stage, [name])
            if report.refused:
                add_summary(into, _lost(shard, report.refused[0][1]))
            elif report.loaded:
                add_summary(into, summary_of(report.loaded[0].meta["summary"]))
