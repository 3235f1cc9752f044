"""The ingestion pipeline as plain functions; the Prefect flow and the one-off CLI wire the same ones.

Stages per source: `collect` (I/O: discover entries and fetch pages; flows/collection.py), `process`
(pure: page → article → facts), `load_batch` (warehouse write). After all sources, `finalize` clusters
copies, reconciles figures and records the run. The warehouse is opened only for the short writes, so a
reviewer or a `newskb sql` can get in between.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import duckdb

from extractors import EXTRACTOR_VERSION
from extractors.web.budget import Budget
from schema.pause_points import pause_point
from schema.records import Article, Extraction, FetchResult
from schema.settings import Settings, Source
from warehouse import load, runs
from warehouse.db import open_warehouse
from warehouse.queries import query

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
    deferred: int = 0  # pages (or sitemap files) left for the next run: page cap, time or byte budget
    errors: list[tuple[str, str]] = field(default_factory=list)  # (url or path, reason)
    deferrals: list[tuple[str, str]] = field(default_factory=list)  # (url or path, why it waits)
    truncated: list[tuple[str, int, int]] = field(default_factory=list)  # (url, chars read, chars in text)
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
            "deferred": self.deferred,
            "status": self.status,
            "source_error": self.source_error,
            "errors": [{"url": u, "reason": r} for u, r in self.errors],
            "deferred_items": [{"url": u, "reason": r} for u, r in self.deferrals],
            "truncated": [{"url": u, "read": n, "chars": t} for u, n, t in self.truncated],
        }

    def defer(self, url: str, reason: str) -> None:
        self.deferred += 1
        self.deferrals.append((url, reason))


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
        keys = ("new", "updated", "unchanged", "failed", "deferred")
        return {k: sum(int(getattr(s, k)) for s in self.sources) for k in keys}


# --- stage 0: state -------------------------------------------------------------------------------


def read_state(settings: Settings) -> State:
    with open_warehouse(settings.db_path, busy_timeout=settings.busy_timeout) as con:
        return stored_state(con)


# --- stage 2: process (pure, CPU) ------------------------------------------------------------------


def parse_page(page: Page) -> Article:
    """Raw bytes → Article; raises NotAnArticle with the reason."""
    from extractors.web.archive import read_local_bytes
    from extractors.web.article import extract_article

    if page.local_path is not None:
        return read_local_bytes(page.body, page.local_path)
    assert page.result is not None
    article = extract_article(
        page.body,
        page.result.final_url or page.url,
        encoding=page.result.encoding,
        content_type=page.result.content_type,
    )
    # article_url is the URL the feed listed (the one we asked for), not where redirects ended.
    return dataclasses.replace(article, url=page.url)


def with_publisher(article: Article, source_name: str) -> Article:
    """Every article has a publisher: the page's site name, else its host, else the source's name."""
    if article.site_name:
        return article
    from extractors.web.metadata import readable_host

    name = readable_host(article.url) or readable_host(article.canonical_url) or source_name
    return dataclasses.replace(article, site_name=name)


def _host(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


def identity_of(article: Article, fetched_from: str) -> str:
    """The article's id: its canonical URL when the page may speak for it, else the URL it came from.

    A page's rel=canonical is trusted only on the host it was fetched from (or for a local archive file),
    so a page elsewhere cannot take over another site's article and its facts by claiming its URL.
    """
    from extractors.web.identity import normalize_url

    url = article.url
    canonical = article.canonical_url
    if canonical and (fetched_from.startswith("file:") or _host(canonical) == _host(fetched_from)):
        url = canonical
    return load.article_id_for(normalize_url(url) if not url.startswith("file:") else url)


def text_budget(text: str, limit: int) -> int:
    """How much of an article's text the NLP stage reads: all of it up to `limit` characters, else up to
    the last paragraph break before the limit (or the limit itself when that would keep less than half)."""
    if len(text) <= limit:
        return len(text)
    cut = text.rfind("\n\n", 0, limit)
    return cut if cut >= limit // 2 else limit


def extract_facts(article: Article, settings: Settings) -> tuple[Extraction, int]:
    """The article's facts, and how many characters of its text were read (settings.max_text_chars)."""
    from extractors.facts.nlp import extract

    read = text_budget(article.text, settings.max_text_chars)
    if read < len(article.text):
        article = dataclasses.replace(article, text=article.text[:read])
    return extract(article, candidate_threshold=settings.candidate_threshold), read


def process(
    collected: Collected,
    state: State,
    settings: Settings,
    *,
    force: bool = False,
    budget: Budget | None = None,
) -> Processed:
    """Turn fetched pages into articles with facts; articles whose text is unchanged are skipped.

    Pages left when the run's time budget is spent are deferred (not stored, so asked again next run).
    An article longer than settings.max_text_chars is read up to it and listed in `summary.truncated`.

    Every page's raw body is kept with the article it produced, so `reprocess` can redo it; a page that
    fails is kept without one (and asked again in full next time) unless an earlier good copy is stored.
    """
    from extractors.web.article import NotAnArticle
    from extractors.web.identity import content_hash, signature

    summary, items, raws = collected.summary, [], []
    seen_ids: set[str] = set()

    def keep_raw(page: Page, article_id: str | None, refusal: str | None = None) -> None:
        if article_id is None and page.url in state.validators:
            return  # keep the good copy we have rather than the broken one
        res = page.result
        raws.append(
            load.RawPage(
                page.url, collected.source.name, page.body, res.status if res else None,
                res.content_type if res else None, res.encoding if res else None,
                res.etag if res else None, res.last_modified if res else None,
                article_id=article_id, final_url=res.final_url if res else None, refusal=refusal,
            )
        )  # fmt: skip

    def fail(page: Page, reason: str, refusal: str | None = None) -> None:
        summary.failed += 1
        summary.errors.append((page.url, reason))
        keep_raw(page, None, refusal)

    for page in collected.pages:
        spent = budget.spent() if budget is not None else None
        if spent and spent.endswith("time budget is spent"):
            summary.defer(page.url, f"fetched but not extracted: {spent}")
            continue
        try:
            article = with_publisher(parse_page(page), collected.source.name)
            pause_point("article")
        except NotAnArticle as exc:
            # Refused only on strong evidence (see extractors.web.page_kind); the page and the reason are
            # kept, so `newskb reprocess` tries it again after a rule change.
            fail(page, f"not an article: {exc}", exc.reason)
            continue
        except Exception as exc:  # a parser bug must not stop the other pages
            fail(page, f"extraction failed: {type(exc).__name__}: {exc}")
            continue
        aid = identity_of(article, page.url)
        chash = content_hash(article.text)
        known = state.articles.get(aid)
        if aid in seen_ids or (not force and known == (chash, EXTRACTOR_VERSION)):
            summary.unchanged += 1
            keep_raw(page, aid)
            continue
        try:
            extraction, read = extract_facts(article, settings)
            pause_point("facts")
        except Exception as exc:
            fail(page, f"NLP failed: {type(exc).__name__}: {exc}")
            continue
        seen_ids.add(aid)
        keep_raw(page, aid)
        if read < len(article.text):
            summary.truncated.append((page.url, read, len(article.text)))
        if known is None:
            summary.new += 1
        else:
            summary.updated += 1
        items.append(
            load.LoadedArticle(
                aid, article, page.url, collected.source.name, collected.source.reliability, chash,
                signature(article.text), extraction,
            )
        )  # fmt: skip
    return Processed(collected.source, summary, items, raws + collected.listings, collected.fetch_rows)


# --- stage 3: load --------------------------------------------------------------------------------


def load_batch(con: duckdb.DuckDBPyConnection, load_id: str, batch: Processed) -> None:
    load.load_batch(
        con, load_id, fetch_rows=batch.fetch_rows, raw_pages=batch.raw_pages, items=batch.items,
        extractor_version=EXTRACTOR_VERSION,
    )  # fmt: skip


def write_batch(settings: Settings, load_id: str, batch: Processed) -> None:
    """Open the warehouse for one short write; wait longer than a reader would (a reviewer may be in)."""
    wait = max(settings.busy_timeout, settings.review_busy_timeout)
    with open_warehouse(settings.db_path, busy_timeout=wait) as con:
        load_batch(con, load_id, batch)


def seed_registry(con: duckdb.DuckDBPyConnection) -> None:
    from extractors.facts.patterns import alias_triples

    load.seed_aliases(con, alias_triples())


def finalize(con: duckdb.DuckDBPyConnection, load_id: str) -> int:
    """Cluster copies across the whole warehouse, then reconcile; returns contradictions opened."""
    from extractors.web.identity import group_against
    from warehouse.db import transaction
    from warehouse.entities import derive_size_aliases
    from warehouse.reconcile import reconcile_in

    rows = con.execute(query("copy_group_candidates"), [load_id]).fetchall()
    fresh = {aid: sig for aid, sig, group, is_new in rows if is_new}
    stored = {aid: (sig, group) for aid, sig, group, is_new in rows if not is_new}
    groups = group_against(fresh, stored)
    load.update_copy_groups(con, groups)
    with transaction(con):
        # a name given by its total size alone ('X 397B') joins the one named with its active size too
        # ('X 397B A17B') in the reconciliation; the articles of a name that moved are recomputed as well
        renamed = derive_size_aliases(con)
        # only the keys this run's articles (and those renamed) touch
        opened = reconcile_in(con, load_id, changed=[*groups, *renamed]).opened
    con.execute(query("mark_reconciled"))
    return opened


def begin_run(settings: Settings, trigger: str, command: str) -> tuple[str, State]:
    """Seed the alias registry, read what is stored, and open the load and its `runs` row."""
    with open_warehouse(settings.db_path, busy_timeout=settings.busy_timeout) as con:
        seed_registry(con)
        runs.mark_interrupted(con, runs.starting_stale_runs(con))
        state = stored_state(con)
        load_id = load.start_load(con, command, EXTRACTOR_VERSION)
        runs.start_run(con, load_id, trigger)
    return load_id, state


def end_run(
    settings: Settings,
    load_id: str,
    summaries: Sequence[SourceSummary],
    *,
    status: str | None = None,
    con: duckdb.DuckDBPyConnection | None = None,
) -> RunSummary:
    """Group copies and reconcile (when this or an earlier, interrupted run loaded anything), close the run.

    `status` forces a final status (`interrupted`, `failed`); otherwise ok / partial / failed from the counts.
    `con`: an open warehouse connection to do it on (a caller that has just loaded through one saves an
    opening and its closing checkpoint); by default the warehouse is opened for it.
    """
    if con is None:
        wait = max(settings.busy_timeout, settings.review_busy_timeout)
        with open_warehouse(settings.db_path, busy_timeout=wait) as own:
            return end_run(settings, load_id, summaries, status=status, con=own)
    changed = any(x.new or x.updated for x in summaries)
    pending = con.execute(query("pending_reconcile"), [load_id]).fetchone()
    opened = 0
    if status is None and (changed or (pending and pending[0])):
        opened = finalize(con, load_id)
    elif status is None:
        con.execute(query("mark_reconciled"))
    summary = RunSummary(load_id, list(summaries), opened)
    if status is None:
        all_failed = bool(summaries) and all(s.status == "failed" for s in summaries)
        status = "failed" if all_failed else ("ok" if summary.exit_code == 0 else "partial")
    runs.finish_run(con, load_id, status, [s.as_dict() for s in summaries], opened)
    load.finish_load(con, load_id, status)
    _BUDGETS.pop(load_id, None)
    return summary


def close_abandoned(
    settings: Settings, load_id: str, summaries: Sequence[SourceSummary], exc: BaseException
) -> None:
    """Best effort: mark a run that stopped half-way, so it is not left `running` forever.

    The warehouse may be what failed; then the next run reconciles what this one loaded.
    """
    status = "interrupted" if isinstance(exc, KeyboardInterrupt) else "failed"
    with contextlib.suppress(Exception):
        end_run(settings, load_id, summaries, status=status)


_BUDGETS: dict[str, Budget] = {}


def run_budget(load_id: str, settings: Settings) -> Budget:
    """The time and byte budget of run `load_id` (settings.run_budget_seconds, run_max_bytes), made at its
    first use and shared by every source's fetch; the Prefect tasks find it by the run's id."""
    if load_id not in _BUDGETS:
        _BUDGETS[load_id] = Budget.for_run(settings.run_budget_seconds, settings.run_max_bytes)
    return _BUDGETS[load_id]


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
    from flows import collection  # stage 1 builds on this module's records

    load_id, state = begin_run(settings, trigger, f"ingest:{trigger}")
    summaries: list[SourceSummary] = []
    enabled = [s for s in sources if s.enabled]
    budget = run_budget(load_id, settings)
    try:
        # Sources are fetched side by side (politeness is per host, inside the fetcher); extraction and
        # loading then go one source at a time, in order.
        with ThreadPoolExecutor(max_workers=max(1, min(8, len(enabled)))) as pool:
            futures = [
                pool.submit(
                    collection.collect,
                    s,
                    settings,
                    state,
                    delay=delay,
                    concurrency=concurrency,
                    budget=budget,
                )
                for s in enabled
            ]
            for i, future in enumerate(futures):
                collected = future.result()
                if progress:
                    progress(f"extracting {collected.source.name}", i, len(enabled))
                processed = process(collected, state, settings, budget=budget)
                write_batch(settings, load_id, processed)
                summaries.append(processed.summary)
        summary = end_run(settings, load_id, summaries)
    except BaseException as exc:
        close_abandoned(settings, load_id, summaries, exc)
        raise
    if progress:
        progress("done", len(enabled), len(enabled))
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
