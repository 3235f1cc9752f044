"""Polite, incremental HTTP fetching: the only I/O of the extractors package.

`fetch_all` fetches many URLs concurrently with httpx (HTTP/2 when the server offers it) and returns one
`FetchResult` per input URL, in input order. Per URL problems never raise; they come back as results
with an `error_class`:

    invalid_url, bad_scheme, robots, timeout, connection, too_large, redirect_loop, too_many_redirects,
    http_status, decoding, internal

Politeness: at most `concurrency` requests in flight per host, request starts to one host at least
`delay` seconds apart (or the robots.txt Crawl-delay when larger), robots.txt fetched once per host per
run (missing = allow all, 5xx = disallow all, per RFC 9309), an honest User-Agent, conditional GET with
ETag / Last-Modified, and bounded retries with exponential backoff and jitter on connection errors, 429
and 5xx (Retry-After honoured up to `settings.backoff_max`).

Safety: http and https only, redirects followed by hand (loops and chains longer than
`settings.max_redirects` stop), bodies capped at `settings.max_bytes` *after* decompression, counted while
streaming (so a gzip bomb stops at the cap), connect/read timeouts plus a total deadline per URL.
"""

from __future__ import annotations

import asyncio
import random
import ssl
import threading
import time
import zlib
from collections.abc import Mapping, Sequence
from contextlib import AbstractAsyncContextManager, nullcontext
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from functools import cache
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx
from protego import Protego

from extractors.web.budget import DEFERRED, Budget
from extractors.web.charset import detect_encoding
from extractors.web.host_ledger import HostLedger
from schema.records import FetchResult
from schema.settings import Settings

__all__ = ["ROBOTS_MAX_BYTES", "fetch_all", "fetch_urls"]

ROBOTS_MAX_BYTES = 512 * 1024  # RFC 9309 asks parsers to read at least 500 KiB
MAX_CRAWL_DELAY = 60.0  # a robots.txt Crawl-delay above this is capped
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
_TEXT_TYPES = ("text/", "application/xhtml", "application/xml", "application/rss", "application/atom",
               "application/rdf", "application/json", "application/ld+json")  # fmt: skip


class _Failure(Exception):
    """A per-URL failure carrying its error class (never escapes this module)."""

    def __init__(
        self, error_class: str, message: str, status: int | None = None, *, retryable: bool = False
    ) -> None:
        super().__init__(message)
        self.error_class = error_class
        self.message = message
        self.status = status
        self.retryable = retryable


@dataclass
class _Host:
    semaphore: asyncio.Semaphore
    delay: float
    next_start: float = 0.0
    spacing: asyncio.Lock = field(default_factory=asyncio.Lock)
    robots_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    robots_done: bool = False
    robots: Protego | None = None
    robots_disallow_all: str | None = None  # reason, when robots.txt could not be read (5xx)

    async def turn(self, shared: HostLedger | None = None, origin: str = "") -> None:
        """Wait until this host may receive the next request, then book the slot after it (in `shared` too,
        when other processes fetch from the same hosts for this run)."""
        async with self.spacing:
            now = time.monotonic()
            wait = self.next_start - now
            if shared is not None:
                wait = max(wait, shared.book(origin, self.delay))
            if wait > 0:
                await asyncio.sleep(wait)
                now = time.monotonic()
            self.next_start = now + self.delay


@dataclass
class _Run:
    settings: Settings
    client: httpx.AsyncClient
    delay: float
    concurrency: int
    total: asyncio.Semaphore
    budget: Budget = field(default_factory=Budget)
    shared: HostLedger | None = None  # per-host politeness shared with other processes of the run
    hosts: dict[str, _Host] = field(default_factory=dict)
    rng: random.Random = field(default_factory=random.Random)

    def host(self, url: str) -> _Host:
        key = _origin(url)
        if key not in self.hosts:
            self.hosts[key] = _Host(semaphore=asyncio.Semaphore(self.concurrency), delay=self.delay)
        return self.hosts[key]


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


@dataclass
class _Response:
    url: str
    status: int
    headers: httpx.Headers
    body: bytes


# ---------------------------------------------------------------------------------------------------------
# Bodies: bounded streaming with our own decompression
# ---------------------------------------------------------------------------------------------------------


class _Decoder:
    """Incremental gzip/deflate decoding that never produces more than `limit` bytes in total."""

    def __init__(self, encoding: str, limit: int, url: str) -> None:
        enc = encoding.strip().lower()
        self.url = url
        self.limit = limit
        self.size = 0
        self.deflate_raw_fallback = False
        if enc in ("", "identity"):
            self.obj: zlib._Decompress | None = None
        elif enc in ("gzip", "x-gzip"):
            self.obj = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif enc == "deflate":
            self.obj = zlib.decompressobj(zlib.MAX_WBITS)
            self.deflate_raw_fallback = True
        else:
            raise _Failure("decoding", f"{url}: unsupported Content-Encoding {encoding!r}")

    def _count(self, n: int) -> None:
        self.size += n
        if self.size > self.limit:
            kind = "decompressed body" if self.obj is not None else "body"
            raise _Failure("too_large", f"{self.url}: {kind} exceeds the {self.limit}-byte limit")

    def feed(self, chunk: bytes) -> bytes:
        if self.obj is None:
            self._count(len(chunk))
            return chunk
        out = bytearray()
        data = chunk
        while data:
            try:
                piece = self.obj.decompress(data, 256 * 1024)
            except zlib.error as exc:
                if self.deflate_raw_fallback and self.size == 0 and not out:
                    # "deflate" servers often send raw deflate without the zlib header
                    self.obj = zlib.decompressobj(-zlib.MAX_WBITS)
                    self.deflate_raw_fallback = False
                    continue
                raise _Failure("decoding", f"{self.url}: corrupt compressed body ({exc})") from None
            self._count(len(piece))
            out += piece
            data = self.obj.unconsumed_tail
            if not piece and not data:
                break
        return bytes(out)

    def flush(self) -> bytes:
        if self.obj is None:
            return b""
        tail = self.obj.flush()
        self._count(len(tail))
        return tail


async def _request(run: _Run, url: str, headers: Mapping[str, str], max_bytes: int) -> _Response:
    """One GET without redirects, spaced and capped per host; body read within the byte limit."""
    host = run.host(url)
    # host slots first (this process's, then the run's across processes), then a global slot: a task queued
    # behind a slow host must not hold a global slot
    origin = _origin(url)
    async with host.semaphore, _shared_slot(run, origin), run.total:
        await host.turn(run.shared, origin)
        spent = run.budget.spent()
        if spent:
            raise _Failure(DEFERRED, f"{url}: not fetched, {spent}")
        limit, cut = run.settings.total_timeout, False
        left = run.budget.time_left()
        if left is not None and left < limit:
            limit, cut = left, True
        try:
            async with asyncio.timeout(limit):
                return await _stream(run, url, headers, max_bytes)
        except TimeoutError:
            if cut:
                msg = f"{url}: not fetched, the {run.budget.what}'s time budget ended while reading"
                raise _Failure(DEFERRED, msg) from None
            deadline = run.settings.total_timeout
            raise _Failure("timeout", f"{url}: no complete answer within {deadline:g} s") from None
        except httpx.ConnectTimeout as exc:
            msg = f"{url}: connect timeout ({exc.__class__.__name__})"
            raise _Failure("timeout", msg, retryable=True) from None
        except httpx.TimeoutException as exc:
            raise _Failure("timeout", f"{url}: {exc.__class__.__name__} while reading") from None
        except httpx.TransportError as exc:
            detail = str(exc) or "connection failed"
            msg = f"{url}: {exc.__class__.__name__}: {detail}"
            raise _Failure("connection", msg, retryable=True) from None
        except httpx.InvalidURL as exc:
            raise _Failure("invalid_url", f"{url}: {exc}") from None


def _shared_slot(run: _Run, origin: str) -> AbstractAsyncContextManager[None]:
    if run.shared is None:
        return nullcontext()
    return run.shared.slot(origin, run.concurrency)


async def _stream(run: _Run, url: str, headers: Mapping[str, str], max_bytes: int) -> _Response:
    async with run.client.stream("GET", url, headers=dict(headers)) as resp:
        if resp.status_code in _REDIRECTS or resp.status_code == 304:
            return _Response(str(resp.url), resp.status_code, resp.headers, b"")
        declared = resp.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            msg = f"{url}: Content-Length {declared} exceeds the {max_bytes}-byte limit"
            raise _Failure("too_large", msg, resp.status_code)
        decoder = _Decoder(resp.headers.get("content-encoding", ""), max_bytes, url)
        parts: list[bytes] = []
        try:
            async for chunk in resp.aiter_raw():
                if not run.budget.take(len(chunk)):
                    raise _Failure(DEFERRED, f"{url}: not fetched, {run.budget.spent()}")
                parts.append(decoder.feed(chunk))
            parts.append(decoder.flush())
        except _Failure as exc:
            exc.status = resp.status_code
            raise
        return _Response(str(resp.url), resp.status_code, resp.headers, b"".join(parts))


# ---------------------------------------------------------------------------------------------------------
# Retries
# ---------------------------------------------------------------------------------------------------------


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - time.time())


async def _with_retries(run: _Run, url: str, headers: Mapping[str, str], max_bytes: int) -> _Response:
    s = run.settings
    attempt = 0
    while True:
        try:
            resp = await _request(run, url, headers, max_bytes)
        except _Failure as exc:
            if not exc.retryable:
                raise
            if attempt >= s.retries:
                raise _Failure(exc.error_class, f"{exc.message} (after {attempt + 1} attempts)") from None
            wait = min(s.backoff_max, s.backoff_base * (2**attempt))
            await asyncio.sleep(wait + run.rng.uniform(0, wait))
            attempt += 1
            continue
        if resp.status not in _RETRY_STATUS or attempt >= s.retries:
            return resp
        hinted = _retry_after(resp.headers.get("retry-after"))
        if hinted is not None and hinted > s.backoff_max:
            return resp  # the server asks for a longer pause than we wait inside one run
        backoff = min(s.backoff_max, s.backoff_base * (2**attempt))
        wait = hinted if hinted is not None else backoff + run.rng.uniform(0, backoff)
        await asyncio.sleep(min(wait, s.backoff_max))
        attempt += 1


# ---------------------------------------------------------------------------------------------------------
# robots.txt
# ---------------------------------------------------------------------------------------------------------


async def _load_robots(run: _Run, url: str, host: _Host) -> None:
    origin = _origin(url)
    robots_url = origin + "/robots.txt"
    headers = {"User-Agent": run.settings.user_agent, "Accept-Encoding": "gzip, deflate"}
    target = robots_url
    for _ in range(5):  # RFC 9309: follow at least five redirects
        try:
            resp = await _with_retries(run, target, headers, ROBOTS_MAX_BYTES)
        except _Failure as exc:
            if exc.error_class == "too_large":
                return  # unreasonably large robots.txt: treat as unavailable (allow all)
            return  # unreachable robots.txt: the page fetch will report the real problem
        if resp.status in _REDIRECTS and resp.headers.get("location"):
            target = urljoin(target, resp.headers["location"])
            if urlsplit(target).scheme not in ("http", "https"):
                return
            continue
        break
    else:
        return
    if 200 <= resp.status < 300:
        text = resp.body.decode("utf-8", errors="replace")
        try:
            host.robots = Protego.parse(text)
        except Exception:  # a broken robots.txt: allow all
            host.robots = None
            return
        crawl = host.robots.crawl_delay(run.settings.user_agent)
        if crawl:
            host.delay = max(host.delay, min(float(crawl), MAX_CRAWL_DELAY))
    elif resp.status >= 500:
        host.robots_disallow_all = f"robots.txt answered {resp.status}; assuming disallow all (RFC 9309)"
    # 4xx: no robots.txt, everything allowed


async def _allowed(run: _Run, url: str) -> str | None:
    """None when robots.txt allows the URL, else the reason it does not."""
    if not run.settings.respect_robots:
        return None
    host = run.host(url)
    async with host.robots_lock:
        if not host.robots_done:
            await _load_robots(run, url, host)
            host.robots_done = True
    if host.robots_disallow_all:
        return host.robots_disallow_all
    if host.robots is not None and not host.robots.can_fetch(url, run.settings.user_agent):
        return "disallowed by robots.txt"
    return None


# ---------------------------------------------------------------------------------------------------------
# One URL
# ---------------------------------------------------------------------------------------------------------


def _check_url(url: str) -> str:
    try:
        parts = urlsplit(url.strip())
    except ValueError as exc:
        raise _Failure("invalid_url", f"{url!r}: not a URL ({exc})") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise _Failure("bad_scheme", f"{url!r}: only http and https URLs are fetched")
    if not parts.hostname:
        raise _Failure("invalid_url", f"{url!r}: no host name")
    try:
        _ = parts.port
    except ValueError:
        raise _Failure("invalid_url", f"{url!r}: bad port") from None
    return urlunsplit((parts.scheme.lower(), parts.netloc, parts.path or "/", parts.query, ""))


def _encoding(body: bytes, content_type: str | None) -> str | None:
    ctype = (content_type or "").lower()
    if ctype and not ctype.startswith(_TEXT_TYPES) and "xml" not in ctype:
        return None
    if not body:
        return None
    return detect_encoding(body, content_type)


async def _fetch_one(run: _Run, url: str, validators: tuple[str | None, str | None] | None) -> FetchResult:
    started = time.monotonic()
    s = run.settings
    final = url
    status: int | None = None

    def elapsed() -> int:
        return int((time.monotonic() - started) * 1000)

    def failure(exc: _Failure) -> FetchResult:
        return FetchResult(
            url=url, final_url=final, status=exc.status if exc.status is not None else status, body=None,
            content_type=None, encoding=None, etag=None, last_modified=None, elapsed_ms=elapsed(),
            error_class=exc.error_class, message=exc.message,
        )  # fmt: skip

    headers = {
        "User-Agent": s.user_agent,
        "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
        "Accept-Encoding": "gzip, deflate",
    }
    if validators:
        etag, modified = validators
        if etag:
            headers["If-None-Match"] = etag
        if modified:
            headers["If-Modified-Since"] = modified
    try:
        final = _check_url(url)
        # the total deadline applies to each request (see _request), not to time queued for a host
        seen = {final}
        hops = 0
        while True:
            reason = await _allowed(run, final)
            if reason is not None:
                raise _Failure("robots", f"{final}: {reason}")
            resp = await _with_retries(run, final, headers, s.max_bytes)
            status = resp.status
            if resp.status not in _REDIRECTS:
                break
            location = resp.headers.get("location")
            if not location:
                msg = f"{final}: redirect {resp.status} without a Location"
                raise _Failure("http_status", msg, status)
            target = urljoin(final, location.strip())
            if urlsplit(target).scheme.lower() not in ("http", "https"):
                raise _Failure("bad_scheme", f"{final}: redirect to non-http URL {target!r}", status)
            target = _check_url(target)
            if target in seen:
                raise _Failure("redirect_loop", f"{url}: redirect loop back to {target}", status)
            hops += 1
            if hops > s.max_redirects:
                raise _Failure("too_many_redirects", f"{url}: more than {s.max_redirects} redirects", status)
            seen.add(target)
            final = target
    except _Failure as exc:
        return failure(exc)
    except Exception as exc:  # a bug or a library surprise must not stop the other URLs
        return failure(_Failure("internal", f"{url}: {type(exc).__name__}: {exc}"))
    ctype = resp.headers.get("content-type")
    etag = resp.headers.get("etag")
    modified = resp.headers.get("last-modified")
    if resp.status == 304:
        return FetchResult(
            url=url, final_url=final, status=304, body=None, content_type=ctype, encoding=None,
            etag=etag or (validators[0] if validators else None),
            last_modified=modified or (validators[1] if validators else None),
            elapsed_ms=elapsed(), not_modified=True,
        )  # fmt: skip
    if not 200 <= resp.status < 300:
        hint = resp.headers.get("retry-after")
        extra = f" (Retry-After {hint})" if hint else ""
        return FetchResult(
            url=url, final_url=final, status=resp.status, body=None, content_type=ctype, encoding=None,
            etag=etag, last_modified=modified, elapsed_ms=elapsed(), error_class="http_status",
            message=f"{final}: HTTP {resp.status} {resp.headers.get('reason', '')}".rstrip() + extra,
        )  # fmt: skip
    return FetchResult(
        url=url, final_url=final, status=resp.status, body=resp.body, content_type=ctype,
        encoding=_encoding(resp.body, ctype), etag=etag, last_modified=modified, elapsed_ms=elapsed(),
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------------------


async def fetch_all(
    urls: Sequence[str],
    settings: Settings,
    *,
    validators: Mapping[str, tuple[str | None, str | None]] | None = None,
    delay: float | None = None,
    concurrency: int | None = None,
    budget: Budget | None = None,
    shared_hosts: HostLedger | None = None,
) -> list[FetchResult]:
    """Fetch every URL politely; one FetchResult per input URL, in input order (duplicates fetched once).

    validators: url → (etag, last_modified) from an earlier fetch, for a conditional GET (304 gives
    `not_modified=True`). delay / concurrency override the per-host settings for this run. With a `budget`,
    URLs it has no time or bytes left for come back with error_class "deferred" (not fetched). With
    `shared_hosts`, the per-host delay and concurrency hold across every process fetching for the run.
    """
    validators = validators or {}
    gap = settings.delay_seconds if delay is None else max(0.0, delay)
    per_host = max(1, settings.concurrency_per_host if concurrency is None else concurrency)
    total = max(settings.concurrency_total, per_host)
    timeout = httpx.Timeout(
        connect=settings.connect_timeout, read=settings.read_timeout, write=settings.read_timeout,
        pool=settings.total_timeout,
    )  # fmt: skip
    limits = httpx.Limits(max_connections=total, max_keepalive_connections=total)
    async with httpx.AsyncClient(
        http2=True, follow_redirects=False, timeout=timeout, limits=limits, trust_env=False,
        headers={"User-Agent": settings.user_agent}, verify=_tls(),
    ) as client:  # fmt: skip
        run = _Run(
            settings, client, gap, per_host, asyncio.Semaphore(total), budget or Budget(), shared_hosts
        )
        unique = list(dict.fromkeys(urls))
        results = await asyncio.gather(*(_fetch_one(run, u, validators.get(u)) for u in unique))
    by_url = dict(zip(unique, results, strict=True))
    return [by_url[u] for u in urls]


@cache
def _tls() -> ssl.SSLContext:
    """The TLS settings of every client this process makes: httpx's defaults with trust_env off (certifi's CA
    bundle), built once. A client built its own, loading the ~150 CA certificates again: ~17 ms of CPU per
    `fetch_urls` call, that is per shard of a parallel ingest (0.24 s of page work for 500 pages)."""
    return httpx.create_ssl_context(trust_env=False)


def fetch_urls(
    urls: Sequence[str],
    settings: Settings,
    *,
    validators: Mapping[str, tuple[str | None, str | None]] | None = None,
    delay: float | None = None,
    concurrency: int | None = None,
    budget: Budget | None = None,
    shared_hosts: HostLedger | None = None,
) -> list[FetchResult]:
    """Synchronous wrapper of fetch_all (runs its own event loop; works inside a running loop too)."""

    def go() -> list[FetchResult]:
        return asyncio.run(
            fetch_all(
                urls,
                settings,
                validators=validators,
                delay=delay,
                concurrency=concurrency,
                budget=budget,
                shared_hosts=shared_hosts,
            )
        )

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return go()
    box: list[list[FetchResult]] = []
    errors: list[BaseException] = []

    def runner() -> None:
        try:
            box.append(go())
        except BaseException as exc:  # re-raised in the caller's thread
            errors.append(exc)

    thread = threading.Thread(target=runner, name="newskb-fetch", daemon=True)
    thread.start()
    thread.join()
    if errors:
        raise errors[0]
    return box[0]
