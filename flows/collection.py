"""Stage 1 of a run, collect (I/O): discover a source's pages (feeds, sitemaps, page lists, folders) and
fetch them, with conditional requests, the run's budgets and per-host politeness. What it returns
(`flows.pipeline.Collected`) goes to the pure `pipeline.process`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from extractors.web.budget import DEFERRED, Budget
from flows.pipeline import Collected, Page, SourceSummary, State
from schema.records import FetchResult
from schema.settings import Settings, Source
from warehouse import load

LOCAL_SUFFIXES = (".html", ".htm", ".md", ".txt")
MAX_SITEMAPS = 50  # sitemap files (an index and its children) read per source and run


def collect(
    source: Source,
    settings: Settings,
    state: State,
    *,
    delay: float | None = None,
    concurrency: int | None = None,
    budget: Budget | None = None,
) -> Collected:
    """Discover a source's pages and fetch the ones that may have changed, within the run's budget.

    At most settings.max_pages_per_source pages are asked per run, never-fetched ones first, then those
    confirmed longest ago (so a long feed rotates through all its entries); the rest are deferred, like the
    pages the time or byte budget (`budget`, narrowed to settings.source_budget_seconds) leaves unfetched.
    """
    summary = SourceSummary(source.name, source.kind, source.location)
    if source.kind == "path":
        return _collect_local(source, summary, state, settings)
    budget = (budget or Budget()).for_source(source.name, settings.source_budget_seconds)
    fetch, fetch_rows = fetcher_for(source, settings, state, delay, concurrency, budget)
    listings: list[load.RawPage] = []
    if source.kind == "url":
        page_urls = [source.location]
    else:
        listed = listed_pages(source, fetch, state, settings, listings, summary)
        if listed is None:
            return Collected(source, summary, [], fetch_rows, listings)
        page_urls = listed
    pages: list[Page] = []
    for res in fetch(page_urls, True):
        if res.error_class == DEFERRED:
            summary.defer(res.url, res.message or "budget spent")
        elif res.not_modified:
            summary.unchanged += 1
        elif not res.ok or res.body is None:
            summary.failed += 1
            summary.errors.append((res.url, fetch_reason(res)))
        else:
            pages.append(Page(res.url, res.body, res))
    if source.kind == "url" and summary.failed:
        summary.source_error = summary.errors[0][1]
    return Collected(source, summary, pages, fetch_rows, listings)


Fetch = Callable[[Sequence[str], bool], list[FetchResult]]  # (urls, conditional) -> results


def fetcher_for(
    source: Source,
    settings: Settings,
    state: State,
    delay: float | None,
    concurrency: int | None,
    budget: Budget,
) -> tuple[Fetch, list[dict[str, object]]]:
    """A source's fetch (conditional on the stored validators, with its politeness and the run's budget) and
    the fetch log it fills."""
    from extractors.web.fetcher import fetch_urls  # httpx is only imported by commands that fetch

    eff_delay = delay if delay is not None else source.delay_seconds
    eff_conc = concurrency if concurrency is not None else source.concurrency
    fetch_rows: list[dict[str, object]] = []

    def fetch(urls: Sequence[str], conditional: bool) -> list[FetchResult]:
        validators = {u: state.validators[u][:2] for u in urls if conditional and u in state.validators}
        results = fetch_urls(
            list(urls), settings, validators=validators, delay=eff_delay, concurrency=eff_conc,
            budget=budget,
        )  # fmt: skip
        fetch_rows.extend(fetch_row(source.name, r) for r in results)
        return results

    return fetch, fetch_rows


def listed_pages(
    source: Source,
    fetch: Fetch,
    state: State,
    settings: Settings,
    listings: list[load.RawPage],
    summary: SourceSummary,
) -> list[str] | None:
    """The pages a feed or sitemap source lists that this run asks (None when the source itself could not
    be read: recorded in `summary`). A listing that answered 304 vouches for the known pages confirmed
    within recheck_hours; at most max_pages_per_source pages are asked (the rest rotate in later)."""
    try:
        page_urls, unchanged_listing = discover_urls(source, fetch, state, listings, summary)
    except DiscoveryError as exc:
        summary.source_error = str(exc)
        summary.errors.append((source.location, str(exc)))
        return None
    if unchanged_listing:
        fresh_after = datetime.now(UTC) - timedelta(hours=settings.recheck_hours)
        known = {
            u for u in page_urls
            if u in state.validators and (c := state.checked.get(u)) is not None and c >= fresh_after
        }  # fmt: skip
        summary.unchanged += len(known)
        page_urls = [u for u in page_urls if u not in known]
    return rotate(page_urls, state, settings.max_pages_per_source, summary)


class DiscoveryError(RuntimeError):
    pass


def rotate(urls: list[str], state: State, cap: int, summary: SourceSummary) -> list[str]:
    """The `cap` pages to ask this run: never fetched first (in listing order), then the ones confirmed
    longest ago; the others are deferred (so the same first `cap` entries are not taken every run)."""
    if len(urls) <= cap:
        return urls
    fresh = [u for u in urls if u not in state.validators]
    old = sorted(
        (u for u in urls if u in state.validators),
        key=lambda u: state.checked.get(u) or datetime.min.replace(tzinfo=UTC),
    )
    chosen = (fresh + old)[:cap]
    keep = set(chosen)
    for u in urls:
        if u not in keep:
            summary.defer(u, f"over the per-source page cap ({cap} a run); asked on a later run")
    return [u for u in urls if u in keep]


def discover_urls(
    source: Source,
    fetch: Fetch,
    state: State,
    listings: list[load.RawPage],
    summary: SourceSummary,
) -> tuple[list[str], bool]:
    """The page URLs a feed or sitemap lists, and whether every listing answered 304 (not modified).

    Sitemap files beyond MAX_SITEMAPS are deferred (named in the summary), never dropped silently."""
    from extractors.web.feeds import FeedError, parse_feed, parse_sitemap

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
        if res.error_class == DEFERRED:  # the budget ran out before the feed itself was read
            summary.defer(res.url, res.message or "budget spent")
            return [], False
        got = body_of(res, "feed")
        if got is None:
            raise DiscoveryError(f"feed {source.location} unreachable: {fetch_reason(res)}")
        try:
            entries = parse_feed(got[0], res.final_url or res.url)
        except FeedError as exc:
            raise DiscoveryError(str(exc)) from None
        return _unique([e.url for e in entries]), got[1]
    # sitemap: follow sitemap indexes breadth-first, bounded
    todo, seen, urls, all_unchanged = [source.location], set[str](), list[str](), True
    while todo and len(seen) < MAX_SITEMAPS:
        waiting = [u for u in dict.fromkeys(todo) if u not in seen]
        batch = waiting[: MAX_SITEMAPS - len(seen)]
        seen.update(batch)
        todo = waiting[len(batch) :]  # past the cap: kept, so they are deferred by name below
        for res in fetch(batch, True):
            if res.error_class == DEFERRED:
                summary.defer(res.url, res.message or "budget spent")
                all_unchanged = False
                continue
            got = body_of(res, "sitemap")
            if got is None:
                if res.url == source.location:
                    raise DiscoveryError(f"sitemap {source.location} unreachable: {fetch_reason(res)}")
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
    for u in dict.fromkeys(todo):
        if u not in seen:
            summary.defer(u, f"sitemap file not read: over {MAX_SITEMAPS} sitemap files a run")
            all_unchanged = False
    return _unique(urls), all_unchanged


def _unique(urls: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(urls))


def _collect_local(source: Source, summary: SourceSummary, state: State, settings: Settings) -> Collected:
    """Read a folder's changed files, at most settings.max_pages_per_source of them per run (the rest are
    deferred to the next run) and none larger than settings.max_bytes."""
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
        if len(pages) >= settings.max_pages_per_source:
            summary.defer(str(path), f"over the per-source page cap ({settings.max_pages_per_source} a run)")
            continue
        page = read_local_page(url, path, state.validators.get(url), settings, summary)
        if page is not None:
            pages.append(page)
    return Collected(source, summary, pages, [])


def read_local_page(
    url: str, path: Path, known: tuple[Any, ...] | None, settings: Settings, summary: SourceSummary
) -> Page | None:
    """A local archive file as a page, or None when it is too large, unreadable (both counted as failed, with
    the reason) or unchanged since its last load (`known`: its stored validators, content hash last)."""
    try:
        if path.stat().st_size > settings.max_bytes:
            summary.failed += 1
            summary.errors.append((str(path), f"too large: over {settings.max_bytes} bytes"))
            return None
        body = path.read_bytes()
    except OSError as exc:
        summary.failed += 1
        summary.errors.append((str(path), f"cannot read: {exc.strerror}"))
        return None
    if known and known[2] == hashlib.sha256(body).hexdigest():
        summary.unchanged += 1
        return None
    return Page(url, body, None, path)


def fetch_row(source: str, r: FetchResult) -> dict[str, object]:
    return {
        "source": source,
        "url": r.url,
        "status": r.status,
        "bytes": len(r.body) if r.body else 0,
        "ms": r.elapsed_ms,
        "error_class": r.error_class,
        "message": r.message,
    }


def fetch_reason(r: FetchResult) -> str:
    if r.error_class:
        return f"{r.error_class}: {r.message}" if r.message else r.error_class
    return f"HTTP {r.status}" if r.status else "no response"
