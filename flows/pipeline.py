"""The ingestion pipeline as plain functions; the Prefect flow and the one-off CLI wire the same ones.

Stages per source: `collect` (I/O: discover entries and fetch pages), `process` (pure: page → article →
facts), `load_batch` (warehouse write). After all sources, `finalize` clusters copies, reconciles
figures and records the run. The warehouse is opened only for the short writes, so a reviewer or a
`newskb sql` can get in between.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb

from extractors import EXTRACTOR_VERSION
from schema.records import Article, Extraction, FetchResult
from schema.settings import Settings, Source
from warehouse import load, runs
from warehouse.db import open_warehouse
from warehouse.queries import query

LOCAL_SUFFIXES = (".html", ".htm", ".md", ".txt")
Progress = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass(slots=True)
class SourceSummary:
    name: str
    kind: str
    location: str
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)  # (url or path, reason)
    source_error: str | None = None  # the source itself could not be read

    @property
    def status(self) -> str:
        if self.source_error:
            return "failed"
        return "partial" if self.failed else "ok"

    def as_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "kind": self.kind,
            "location": self.location,
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "failed": self.failed,
            "status": self.status,
            "source_error": self.source_error,
            "errors": [{"url": u, "reason": r} for u, r in self.errors],
        }


@dataclass(slots=True)
class Page:
    """A fetched (or read) page body waiting for extraction."""

    url: str
    body: bytes
    result: FetchResult | None  # None for local files
    local_path: Path | None = None


@dataclass(slots=True)
class Collected:
    source: Source
    summary: SourceSummary
    pages: list[Page]
    fetch_rows: list[dict[str, object]]
    listings: list[load.RawPage] = field(default_factory=list)  # feed/sitemap bodies to keep


@dataclass(slots=True)
class Processed:
    source: Source
    summary: SourceSummary
    items: list[load.LoadedArticle]
    raw_pages: list[load.RawPage]
    fetch_rows: list[dict[str, object]]


@dataclass(slots=True)
class State:
    """What the warehouse already holds, read once at the start of a run."""

    validators: dict[str, tuple[str | None, str | None, str]]
    articles: dict[str, tuple[str, str]]
    listings: dict[str, bytes] = field(default_factory=dict)  # stored feed/sitemap bodies
    checked: dict[str, datetime] = field(default_factory=dict)  # URL → last 200/304 answer


def stored_state(con: duckdb.DuckDBPyConnection) -> State:
    return State(
        load.stored_validators(con), load.stored_articles(con), load.stored_listings(con),
        load.stored_checks(con),
    )  # fmt: skip


@dataclass(slots=True)
class RunSummary:
    run_id: str
    sources: list[SourceSummary]
    contradictions_opened: int = 0

    @property
    def exit_code(self) -> int:
        return 1 if any(s.status != "ok" for s in self.sources) else 0

    def totals(self) -> dict[str, int]:
        keys = ("new", "updated", "unchanged", "failed")
        return {k: sum(int(getattr(s, k)) for s in self.sources) for k in keys}


# --- stage 0: state -------------------------------------------------------------------------------


def read_state(settings: Settings) -> State:
    with open_warehouse(settings.db_path, busy_timeout=settings.busy_timeout) as con:
        return stored_state(con)


# --- stage 1: collect (I/O) ----------------------------------------------------------------------


def collect(
    source: Source,
    settings: Settings,
    state: State,
    *,
    delay: float | None = None,
    concurrency: int | None = None,
) -> Collected:
    """Discover a source's pages and fetch the ones that may have changed."""
    summary = SourceSummary(source.name, source.kind, source.location)
    if source.kind == "path":
        return _collect_local(source, summary, state)
    from extractors.fetcher import fetch_urls  # httpx is only imported by commands that fetch

    eff_delay = delay if delay is not None else source.delay_seconds
    eff_conc = concurrency if concurrency is not None else source.concurrency
    fetch_rows: list[dict[str, object]] = []

    def fetch(urls: Sequence[str], conditional: bool = True) -> list[FetchResult]:
        validators = {u: state.validators[u][:2] for u in urls if conditional and u in state.validators}
        results = fetch_urls(
            list(urls), settings, validators=validators, delay=eff_delay, concurrency=eff_conc
        )
        fetch_rows.extend(_fetch_row(source.name, r) for r in results)
        return results

    listings: list[load.RawPage] = []
    if source.kind == "url":
        page_urls = [source.location]
    else:
        try:
            page_urls, unchanged_listing = _discover(source, fetch, settings, state, listings)
        except DiscoveryError as exc:
            summary.source_error = str(exc)
            summary.errors.append((source.location, str(exc)))
            return Collected(source, summary, [], fetch_rows, listings)
        if unchanged_listing:
            # The feed (or sitemap) answered 304: what it lists and we already hold needs no request.
            # Known pages are re-asked once their last confirmation is older than recheck_hours.
            fresh_after = datetime.now(UTC) - timedelta(hours=settings.recheck_hours)
            known = {
                u for u in page_urls
                if u in state.validators and (c := state.checked.get(u)) is not None and c >= fresh_after
            }  # fmt: skip
            summary.unchanged += len(known)
            page_urls = [u for u in page_urls if u not in known]
    pages: list[Page] = []
    for res in fetch(page_urls):
        if res.not_modified:
            summary.unchanged += 1
        elif not res.ok or res.body is None:
            summary.failed += 1
            summary.errors.append((res.url, _reason(res)))
        else:
            pages.append(Page(res.url, res.body, res))
    if source.kind == "url" and summary.failed:
        summary.source_error = summary.errors[0][1]
    return Collected(source, summary, pages, fetch_rows, listings)


class DiscoveryError(RuntimeError):
    pass


def _discover(
    source: Source,
    fetch: Callable[[Sequence[str], bool], list[FetchResult]],
    settings: Settings,
    state: State,
    listings: list[load.RawPage],
) -> tuple[list[str], bool]:
    """The page URLs a feed or sitemap lists, and whether every listing answered 304 (not modified)."""
    from extractors.feeds import FeedError, parse_feed, parse_sitemap

    def body_of(res: FetchResult, what: str) -> tuple[bytes, bool] | None:
        if res.not_modified and res.url in state.listings:
            return state.listings[res.url], True
        if res.not_modified:  # 304 but nothing stored (an older warehouse): fetch it whole
            (res,) = fetch([res.url], False)
        if not res.ok or res.body is None:
            return None
        listings.append(
            load.RawPage(res.url, source.name, res.body, res.status, res.content_type, res.encoding,
                         res.etag, res.last_modified, kind=what)
        )  # fmt: skip
        return res.body, False

    if source.kind == "feed":
        (res,) = fetch([source.location], True)
        got = body_of(res, "feed")
        if got is None:
            raise DiscoveryError(f"feed {source.location} unreachable: {_reason(res)}")
        try:
            entries = parse_feed(got[0], res.final_url or res.url)
        except FeedError as exc:
            raise DiscoveryError(str(exc)) from None
        return _unique([e.url for e in entries])[: settings.max_pages_per_source], got[1]
    # sitemap: follow sitemap indexes breadth-first, bounded
    todo, seen, urls, all_unchanged = [source.location], set[str](), list[str](), True
    while todo and len(seen) < 50:
        batch = [u for u in todo if u not in seen]
        seen.update(batch)
        todo = []
        for res in fetch(batch, True):
            got = body_of(res, "sitemap")
            if got is None:
                if res.url == source.location:
                    raise DiscoveryError(f"sitemap {source.location} unreachable: {_reason(res)}")
                all_unchanged = False
                continue
            all_unchanged = all_unchanged and got[1]
            try:
                entries, children = parse_sitemap(got[0], res.final_url or res.url)
            except FeedError as exc:
                if res.url == source.location:
                    raise DiscoveryError(str(exc)) from None
                continue
            urls.extend(e.url for e in entries)
            todo.extend(children)
    return _unique(urls)[: settings.max_pages_per_source], all_unchanged


def _unique(urls: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(urls))


def _collect_local(source: Source, summary: SourceSummary, state: State) -> Collected:
    root = Path(source.location)
    if not root.exists():
        summary.source_error = f"folder {root} does not exist"
        summary.errors.append((str(root), summary.source_error))
        return Collected(source, summary, [], [])
    files = (
        [root]
        if root.is_file()
        else sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in LOCAL_SUFFIXES)
    )
    pages: list[Page] = []
    for path in files:
        url = path.resolve().as_uri()
        try:
            body = path.read_bytes()
        except OSError as exc:
            summary.failed += 1
            summary.errors.append((str(path), f"cannot read: {exc.strerror}"))
            continue
        known = state.validators.get(url)
        if known and known[2] == hashlib.sha256(body).hexdigest():
            summary.unchanged += 1
            continue
        pages.append(Page(url, body, None, path))
    return Collected(source, summary, pages, [])


def _fetch_row(source: str, r: FetchResult) -> dict[str, object]:
    return {
        "source": source,
        "url": r.url,
        "status": r.status,
        "bytes": len(r.body) if r.body else 0,
        "ms": r.elapsed_ms,
        "error_class": r.error_class,
        "message": r.message,
    }


def _reason(r: FetchResult) -> str:
    if r.error_class:
        return f"{r.error_class}: {r.message}" if r.message else r.error_class
    return f"HTTP {r.status}" if r.status else "no response"


# --- stage 2: process (pure, CPU) ------------------------------------------------------------------


def parse_page(page: Page) -> Article:
    """Raw bytes → Article; raises NotAnArticle with the reason."""
    from extractors.archive import read_local_bytes
    from extractors.article import extract_article

    if page.local_path is not None:
        return read_local_bytes(page.body, page.local_path)
    assert page.result is not None
    return extract_article(
        page.body,
        page.result.final_url or page.url,
        encoding=page.result.encoding,
        content_type=page.result.content_type,
    )


def identity_of(article: Article) -> str:
    from extractors.identity import normalize_url

    url = article.canonical_url or article.url
    return load.article_id_for(normalize_url(url) if not url.startswith("file:") else url)


def extract_facts(article: Article, settings: Settings) -> Extraction:
    from extractors.nlp import extract

    return extract(article, candidate_threshold=settings.candidate_threshold)


def process(collected: Collected, state: State, settings: Settings, *, force: bool = False) -> Processed:
    """Turn fetched pages into articles with facts; articles whose text is unchanged are skipped."""
    from extractors.article import NotAnArticle
    from extractors.identity import content_hash, signature

    summary, items, raws = collected.summary, [], []
    seen_ids: set[str] = set()
    for page in collected.pages:
        res = page.result
        raws.append(
            load.RawPage(
                page.url,
                collected.source.name,
                page.body,
                res.status if res else None,
                res.content_type if res else None,
                res.encoding if res else None,
                res.etag if res else None,
                res.last_modified if res else None,
            )
        )
        try:
            article = parse_page(page)
        except NotAnArticle as exc:
            summary.failed += 1
            summary.errors.append((page.url, f"not an article: {exc}"))
            continue
        except Exception as exc:  # a parser bug must not stop the other pages
            summary.failed += 1
            summary.errors.append((page.url, f"extraction failed: {type(exc).__name__}: {exc}"))
            continue
        aid = identity_of(article)
        if aid in seen_ids:
            summary.unchanged += 1
            continue
        seen_ids.add(aid)
        chash = content_hash(article.text)
        known = state.articles.get(aid)
        if not force and known == (chash, EXTRACTOR_VERSION):
            summary.unchanged += 1
            continue
        try:
            extraction = extract_facts(article, settings)
        except Exception as exc:
            summary.failed += 1
            summary.errors.append((page.url, f"NLP failed: {type(exc).__name__}: {exc}"))
            continue
        if known is None:
            summary.new += 1
        else:
            summary.updated += 1
        items.append(
            load.LoadedArticle(
                aid,
                article,
                page.url,
                collected.source.name,
                collected.source.reliability,
                chash,
                signature(article.text),
                extraction,
            )
        )
    return Processed(collected.source, summary, items, raws + collected.listings, collected.fetch_rows)


# --- stage 3: load --------------------------------------------------------------------------------


def load_batch(con: duckdb.DuckDBPyConnection, load_id: str, batch: Processed) -> None:
    load.log_fetches(con, load_id, batch.fetch_rows)
    load.save_raw_pages(con, load_id, batch.raw_pages)
    load.load_articles(con, load_id, batch.items, EXTRACTOR_VERSION)


def seed_registry(con: duckdb.DuckDBPyConnection) -> None:
    from extractors.patterns import alias_triples

    load.seed_aliases(con, alias_triples())


def finalize(con: duckdb.DuckDBPyConnection, load_id: str) -> int:
    """Cluster copies across the whole warehouse, then reconcile; returns contradictions opened."""
    from extractors.identity import group_against

    rows = con.execute(query("copy_group_candidates"), [load_id]).fetchall()
    fresh = {aid: sig for aid, sig, group, is_new in rows if is_new}
    stored = {aid: (sig, group) for aid, sig, group, is_new in rows if not is_new}
    load.update_copy_groups(con, group_against(fresh, stored))
    try:
        from warehouse.reconcile import reconcile
    except ImportError:  # reconciliation arrives in a later migration
        return 0
    return reconcile(con, load_id).opened


# --- the whole run --------------------------------------------------------------------------------


def run_ingest(
    settings: Settings,
    sources: Sequence[Source],
    *,
    trigger: str = "cli",
    delay: float | None = None,
    concurrency: int | None = None,
    progress: Progress | None = None,
) -> RunSummary:
    """One ingestion of `sources` into settings.db_path, without Prefect."""
    with open_warehouse(settings.db_path, busy_timeout=settings.busy_timeout) as con:
        seed_registry(con)
        state = stored_state(con)
        load_id = load.start_load(con, f"ingest:{trigger}", EXTRACTOR_VERSION)
        runs.start_run(con, load_id, trigger)
    summaries: list[SourceSummary] = []
    enabled = [s for s in sources if s.enabled]
    # Sources are fetched side by side (politeness is per host, inside the fetcher); extraction and
    # loading then go one source at a time, in order.
    with ThreadPoolExecutor(max_workers=max(1, min(8, len(enabled)))) as pool:
        futures = [
            pool.submit(collect, s, settings, state, delay=delay, concurrency=concurrency) for s in enabled
        ]
        for i, future in enumerate(futures):
            collected = future.result()
            if progress:
                progress(f"extracting {collected.source.name}", i, len(enabled))
            processed = process(collected, state, settings)
            with open_warehouse(settings.db_path, busy_timeout=settings.busy_timeout) as con:
                load_batch(con, load_id, processed)
            summaries.append(processed.summary)
    with open_warehouse(settings.db_path, busy_timeout=settings.busy_timeout) as con:
        changed = any(x.new or x.updated for x in summaries)
        opened = finalize(con, load_id) if changed else 0
        summary = RunSummary(load_id, summaries, opened)
        status = "ok" if summary.exit_code == 0 else "partial"
        runs.finish_run(con, load_id, status, [s.as_dict() for s in summaries], opened)
        load.finish_load(con, load_id, status)
    if progress:
        progress("done", len(sources), len(sources))
    return summary


def reprocess(settings: Settings, *, progress: Progress | None = None) -> RunSummary:
    """Re-run extraction and NLP over the stored raw pages, without fetching."""
    with open_warehouse(settings.db_path, busy_timeout=settings.busy_timeout) as con:
        seed_registry(con)
        rows = con.execute(
            "SELECT r.url, r.source, r.body_zlib, r.status, r.content_type, r.encoding, a.source_kind "
            "FROM raw_pages r JOIN article_rows a ON a.raw_url = r.url ORDER BY r.url"
        ).fetchall()
        state = State({}, load.stored_articles(con))
        load_id = load.start_load(con, "reprocess", EXTRACTOR_VERSION)
        runs.start_run(con, load_id, "reprocess")
    by_source: dict[str, list[Page]] = {}
    kinds: dict[str, str] = {}
    for url, src, blob, status, ctype, enc, kind in rows:
        body = load.raw_body(blob)
        local = Path(url.removeprefix("file://")) if url.startswith("file://") else None
        result = None if local else FetchResult(url, url, status, body, ctype, enc, None, None, 0)
        by_source.setdefault(src or "unknown", []).append(Page(url, body, result, local))
        kinds[src or "unknown"] = kind or "news"
    summaries = []
    for name, pages in by_source.items():
        source = Source(name=name, kind="path", location="", reliability=kinds[name])
        collected = Collected(source, SourceSummary(name, "stored", "warehouse"), pages, [])
        processed = process(collected, state, settings, force=True)
        processed.raw_pages = []
        with open_warehouse(settings.db_path, busy_timeout=settings.busy_timeout) as con:
            load_batch(con, load_id, processed)
        summaries.append(processed.summary)
    with open_warehouse(settings.db_path, busy_timeout=settings.busy_timeout) as con:
        opened = finalize(con, load_id)
        summary = RunSummary(load_id, summaries, opened)
        status = "ok" if summary.exit_code == 0 else "partial"
        runs.finish_run(con, load_id, status, [s.as_dict() for s in summaries], opened)
        load.finish_load(con, load_id, status)
    return summary


def summary_json(summary: RunSummary) -> str:
    return json.dumps(
        {
            "run_id": summary.run_id,
            "totals": summary.totals(),
            "contradictions_opened": summary.contradictions_opened,
            "sources": [s.as_dict() for s in summary.sources],
        },
        indent=None,
    )
