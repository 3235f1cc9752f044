"""Shards: a run's pages cut into pieces that any worker can work on its own.

A shard is a plain JSON-able dict (it travels through Prefect parameters): the source, its page URLs (or
file paths), the stored validators and article hashes of those pages, the settings, the run's budgets and
where to stage. The coordinator (`flows.parallel`) discovers each source's pages (`discover`) and cuts them
(`make_shards`); a worker runs `work_shard`: fetch the pages (conditional GET, per-host politeness shared
through a `HostLedger`), turn them into articles and facts with `pipeline.process`, and write the result as
one content-hashed Parquet batch into the staging folder (`warehouse.staging`). Workers never open the
warehouse, so they can run on other machines.
"""

from __future__ import annotations

import dataclasses
import math
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from extractors import EXTRACTOR_VERSION
from extractors.web.budget import DEFERRED, Budget, ByteCounter, LocalBytes, SharedBytes
from flows import collection, pipeline
from flows.collection import read_local_page
from flows.pipeline import Collected, Page, Processed, SourceSummary, State
from schema.settings import Settings, Source
from warehouse import load, staging
from warehouse.db import open_warehouse
from warehouse.queries import query

Shard = dict[str, Any]  # JSON-able: see make_shards
SHARD_PAGES = 40  # pages per shard at most: a killed worker loses at most this much work


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
    """A source's pages to work on, decided exactly as `collection.collect` decides them, without fetching
    the pages themselves (a folder's files are read to compare their hashes, as collect does): listings
    within the run's budget, at most settings.max_pages_per_source pages (the rest rotate in later)."""
    summary = SourceSummary(source.name, source.kind, source.location)
    budget = (budget or Budget()).for_source(source.name, settings.source_budget_seconds)
    if source.kind == "path":
        collected = collection.collect(source, settings, state)
        local = {p.url: str(p.local_path) for p in collected.pages if p.local_path is not None}
        own = Processed(source, collected.summary, [], [], [])
        return Plan(source, collected.summary, list(local), local, own)
    if source.kind == "url":
        return Plan(source, summary, [source.location], {}, Processed(source, summary, [], [], []), budget)
    fetch, fetch_rows = collection.fetcher_for(source, settings, state, delay, concurrency, budget)
    listings: list[load.RawPage] = []
    urls = collection.listed_pages(source, fetch, state, settings, listings, summary)
    if urls is None:
        return Plan(source, summary, [], {}, Processed(source, summary, [], listings, fetch_rows))
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
            summary.errors.append((res.url, collection.fetch_reason(res)))
        else:
            pages.append(Page(res.url, res.body, res))
    if source.kind == "url" and summary.failed:
        summary.source_error = summary.errors[0][1]
    return pages, [collection.fetch_row(source.name, r) for r in results]


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


def local_folder(url: str) -> Path | None:
    """The staging folder as a local path, or None for a remote fsspec store."""
    if url.startswith("file://"):
        return Path(url.removeprefix("file://"))
    return None if "://" in url else Path(url)


def share_hosts(shards: Sequence[Shard], stage: str, load_id: str) -> Path | None:
    """Let every shard's worker keep the per-host delay and concurrency with the others: a `HostLedger`
    folder for the run in a local staging folder (workers on other machines with a remote store keep them
    each on their own). Returns the folder to delete at the end of the run."""
    folder = local_folder(stage)
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
    folder = local_folder(stage)
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


class ShardAbandoned(RuntimeError):
    """The coordinator stopped waiting for this shard (its `give_up_at` passed): staging it now would leave a
    batch behind the run, to be merged by a later one after that run had already asked for its pages again."""


def check_wanted(shard: Shard) -> None:
    """Raise ShardAbandoned once the shard's `give_up_at` (epoch seconds, set by a dispatcher that gives up on
    slow shards) has passed."""
    at = shard.get("give_up_at")
    if at is not None and time.time() >= float(at):
        raise ShardAbandoned(
            f"shard {shard['seq']} of run {shard['load_id']} ({shard['source']['name']}): the run gave up "
            f"on it {time.time() - float(at):.0f} s ago; nothing staged"
        )


def work_shard(shard: Shard) -> dict[str, Any]:
    """Fetch (or read) a shard's pages, extract articles and facts, stage the batch; returns its name and
    summary. Touches no warehouse: everything it needs is in the shard. A shard its run gave up on (see
    `check_wanted`) is neither worked nor staged: a worker that was slow, or queued behind a dead one, must
    not stage a batch after its run has ended."""
    check_wanted(shard)
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
    check_wanted(shard)
    staged = staging.write_batch(shard["staging"], tables, meta)
    return {"name": staged.name, "seq": shard["seq"], "summary": summary.as_dict()}
