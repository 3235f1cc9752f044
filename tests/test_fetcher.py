"""The fetcher against a real, misbehaving HTTP server on 127.0.0.1 (tests/fault_server.py)."""

from __future__ import annotations

import asyncio
import itertools
import socket
import time
from collections.abc import Iterator

import pytest

from extractors.web.article import extract_article
from extractors.web.fetcher import fetch_all, fetch_urls
from schema.records import FetchResult
from schema.settings import Settings
from tests.fault_server import FaultServer

FAST = Settings(
    retries=2, backoff_base=0.01, backoff_max=2.0, connect_timeout=1.0, read_timeout=1.0,
    total_timeout=5.0, max_bytes=1_000_000, delay_seconds=0.0, concurrency_per_host=1,
)  # fmt: skip


@pytest.fixture
def srv() -> Iterator[FaultServer]:
    with FaultServer() as server:
        yield server


def one(
    url: str, settings: Settings = FAST, validators: dict[str, tuple[str | None, str | None]] | None = None
) -> FetchResult:
    return fetch_urls([url], settings, validators=validators)[0]


def test_ok_page_has_body_status_type_encoding_and_honest_user_agent(srv: FaultServer) -> None:
    r = fetch_urls([srv.url("/page/hello")], FAST)[0]
    assert r.ok and r.status == 200 and r.error_class is None
    assert r.body is not None and b"hello" in r.body
    assert r.content_type == "text/html; charset=utf-8" and r.encoding == "utf-8"
    assert r.final_url == srv.url("/page/hello") and r.elapsed_ms >= 0
    page_headers = next(h for p, h, _ in srv.log if p == "/page/hello")
    assert page_headers["User-Agent"] == FAST.user_agent


def test_results_keep_input_order_and_one_bad_url_does_not_stop_the_others(srv: FaultServer) -> None:
    urls = [srv.url("/page/a"), "ftp://127.0.0.1/x", srv.url("/status/404"), "http://", srv.url("/page/b"),
            "not a url at all", srv.url("/page/a")]  # fmt: skip
    res = fetch_urls(urls, FAST)
    assert [r.url for r in res] == urls
    expected = [None, "bad_scheme", "http_status", "invalid_url", None, "bad_scheme", None]
    assert [r.error_class for r in res] == expected
    assert res[2].status == 404 and "404" in (res[2].message or "")
    assert all(r.message and (r.url in r.message or repr(r.url) in r.message) for r in res if r.error_class)
    assert srv.paths().count("/page/a") == 1  # duplicates are fetched once


def test_redirect_chain_is_followed_and_final_url_recorded(srv: FaultServer) -> None:
    r = one(srv.url("/redirect/3"))
    assert r.ok and r.final_url == srv.url("/page/end")


def test_too_many_redirects(srv: FaultServer) -> None:
    r = one(srv.url("/redirect/4"), FAST.replace(max_redirects=2))
    assert r.error_class == "too_many_redirects" and "2 redirects" in r.message


def test_redirect_loop(srv: FaultServer) -> None:
    r = one(srv.url("/loop/a"))
    assert r.error_class == "redirect_loop" and r.status == 301


def test_redirect_to_other_scheme_is_refused(srv: FaultServer) -> None:
    r = one(srv.url("/redirect-ftp"))
    assert r.error_class == "bad_scheme" and "ftp://" in r.message


def test_declared_oversize_body_is_refused_before_download(srv: FaultServer) -> None:
    r = one(srv.url("/big"))
    assert r.error_class == "too_large" and r.body is None and "Content-Length" in r.message


def test_endless_body_is_cut_at_max_bytes(srv: FaultServer) -> None:
    start = time.monotonic()
    r = one(srv.url("/endless"), FAST.replace(max_bytes=200_000))
    assert r.error_class == "too_large" and r.body is None
    assert time.monotonic() - start < 3


def test_gzip_bomb_is_cut_while_decompressing(srv: FaultServer) -> None:
    r = one(srv.url("/bomb"), FAST.replace(max_bytes=1_000_000))
    assert r.error_class == "too_large" and "decompressed" in r.message


def test_gzip_body_is_decompressed(srv: FaultServer) -> None:
    r = one(srv.url("/gzip-page"))
    assert r.ok and b"compressed" in r.body


def test_read_timeout(srv: FaultServer) -> None:
    r = one(srv.url("/slow?s=1.5"), FAST.replace(read_timeout=0.3, retries=0))
    assert r.error_class == "timeout" and r.status is None


def test_total_deadline_stops_a_trickling_body(srv: FaultServer) -> None:
    start = time.monotonic()
    r = one(srv.url("/trickle?n=20&s=0.1"), FAST.replace(total_timeout=0.5, read_timeout=1.0))
    assert r.error_class == "timeout" and "0.5" in r.message
    assert time.monotonic() - start < 1.5


def test_connection_refused_is_retried_then_reported() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens here once the socket closes
    r = one(f"http://127.0.0.1:{port}/x", FAST.replace(retries=2))
    assert r.error_class == "connection" and "after 3 attempts" in r.message


def test_dropped_connection_is_retried(srv: FaultServer) -> None:
    r = one(srv.url("/drop?times=2&key=d1"), FAST.replace(retries=3))
    assert r.ok and b"reconnected" in r.body
    assert srv.paths().count("/drop?times=2&key=d1") == 3


def test_429_honours_retry_after(srv: FaultServer) -> None:
    start = time.monotonic()
    r = one(srv.url("/status/429?times=1&retry_after=1&key=r1"))
    assert r.ok and b"recovered after 1" in r.body
    assert time.monotonic() - start >= 0.95


def test_503_with_backoff_then_gives_up_with_status(srv: FaultServer) -> None:
    r = one(srv.url("/status/503?key=r2"), FAST.replace(retries=2))
    assert r.error_class == "http_status" and r.status == 503
    assert srv.paths().count("/status/503?key=r2") == 3


def test_503_recovers_within_retries(srv: FaultServer) -> None:
    r = one(srv.url("/status/503?times=2&key=r3"), FAST.replace(retries=2))
    assert r.ok


def test_retry_after_beyond_the_bound_is_not_waited_for(srv: FaultServer) -> None:
    start = time.monotonic()
    r = one(srv.url("/status/429?retry_after=3600&key=r4"), FAST.replace(backoff_max=2.0))
    assert r.error_class == "http_status" and r.status == 429 and "3600" in r.message
    assert time.monotonic() - start < 1.0


def test_conditional_get_gives_not_modified(srv: FaultServer) -> None:
    first = one(srv.url("/etag"))
    assert first.ok and first.etag == '"v1-abc"' and first.last_modified
    again = one(srv.url("/etag"), validators={srv.url("/etag"): (first.etag, first.last_modified)})
    assert again.not_modified and again.status == 304 and not again.ok and again.error_class is None
    assert again.body is None and again.etag == '"v1-abc"'
    only_date = one(srv.url("/etag"), validators={srv.url("/etag"): (None, first.last_modified)})
    assert only_date.not_modified
    headers = [h for p, h, _ in srv.log if p == "/etag"]
    assert headers[1]["If-None-Match"] == '"v1-abc"' and "If-None-Match" not in headers[2]


@pytest.mark.parametrize(
    ("kind", "encoding", "needle"),
    [
        ("cp1252", "cp1252", "\u20ac2 per million tokens \u2014 na\u00efve"),
        ("latin1-meta", "cp1252", "r\u00e9sum\u00e9 of the se\u00f1or"),
        ("bom", "utf-8-sig", "\u201cquick\u201d"),
        ("none", None, "\u201cquick\u201d model costs \u20ac2"),
    ],
)
def test_charset_detection(srv: FaultServer, kind: str, encoding: str | None, needle: str) -> None:
    r = one(srv.url(f"/charset/{kind}"))
    assert r.ok and r.encoding and r.body is not None
    if encoding:
        assert r.encoding == encoding
    text = r.body.decode(r.encoding)
    assert needle in text
    art = extract_article(r.body, r.final_url, encoding=r.encoding)
    assert needle in art.text


def test_non_html_and_empty_bodies_come_back_as_results(srv: FaultServer) -> None:
    pdf, image, empty = fetch_urls([srv.url("/pdf"), srv.url("/image"), srv.url("/empty")], FAST)
    assert pdf.ok and pdf.content_type == "application/pdf" and pdf.encoding is None
    assert image.ok and image.content_type == "image/png"
    assert empty.ok and empty.body == b"" and empty.encoding is None


def test_robots_disallow_and_single_fetch_per_host() -> None:
    robots = "User-agent: *\nDisallow: /page/private\n"
    with FaultServer(robots=robots) as srv:
        urls = [srv.url(f"/page/p{i}") for i in range(4)] + [srv.url("/page/private")]
        res = fetch_urls(urls, FAST, concurrency=4)
        assert [r.error_class for r in res] == [None] * 4 + ["robots"]
        assert res[-1].status is None and "robots.txt" in (res[-1].message or "")
        assert srv.paths().count("/robots.txt") == 1
        assert "/page/private" not in srv.paths()


def test_robots_for_our_user_agent_only() -> None:
    robots = "User-agent: newskb\nDisallow: /\n\nUser-agent: *\nAllow: /\n"
    with FaultServer(robots=robots) as srv:
        assert one(srv.url("/page/x")).error_class == "robots"
        assert one(srv.url("/page/x"), FAST.replace(user_agent="otherbot/1.0")).ok
        assert one(srv.url("/page/x"), FAST.replace(respect_robots=False)).ok


def test_robots_server_error_means_disallow_all() -> None:
    with FaultServer(robots_status=503) as srv:
        r = one(srv.url("/page/x"), FAST.replace(retries=0))
        assert r.error_class == "robots" and "503" in r.message


def test_missing_robots_allows_all(srv: FaultServer) -> None:
    assert one(srv.url("/page/x")).ok
    assert "/robots.txt" in srv.paths()


def _page_starts(srv: FaultServer) -> list[float]:
    return [t for p, _, t in srv.log if p.startswith("/page/")]


def test_minimum_delay_between_requests_to_one_host() -> None:
    with FaultServer() as srv:
        fetch_urls([srv.url(f"/page/d{i}") for i in range(4)], FAST, delay=0.15, concurrency=4)
        starts = _page_starts(srv)
        gaps = [b - a for a, b in itertools.pairwise(starts)]
        assert len(gaps) == 3 and min(gaps) >= 0.13


def test_time_queued_for_a_host_does_not_count_against_the_deadline() -> None:
    with FaultServer() as srv:
        urls = [srv.url(f"/page/q{i}") for i in range(5)]
        res = fetch_urls(urls, FAST.replace(total_timeout=0.3), delay=0.12)
        assert all(r.ok for r in res), [r.message for r in res]


def test_crawl_delay_from_robots_is_honoured() -> None:
    with FaultServer(robots="User-agent: *\nCrawl-delay: 0.2\n") as srv:
        fetch_urls([srv.url(f"/page/c{i}") for i in range(3)], FAST, delay=0.0, concurrency=3)
        starts = _page_starts(srv)
        assert min(b - a for a, b in itertools.pairwise(starts)) >= 0.18


def test_delay_applies_per_host_not_globally() -> None:
    with FaultServer() as a, FaultServer() as b:
        start = time.monotonic()
        fetch_urls([a.url("/page/1"), b.url("/page/1"), a.url("/page/2"), b.url("/page/2")], FAST, delay=0.3)
        # two hosts in parallel: about one delay in total, not three
        assert time.monotonic() - start < 0.9


def test_per_host_concurrency_cap() -> None:
    with FaultServer() as srv:
        srv.set_page_delay(0.15)
        fetch_urls([srv.url(f"/page/k{i}") for i in range(4)], FAST, delay=0.0)
        assert srv.max_in_flight == 1
    with FaultServer() as srv:
        srv.set_page_delay(0.15)
        fetch_urls([srv.url(f"/page/k{i}") for i in range(6)], FAST, delay=0.0, concurrency=3)
        assert 2 <= srv.max_in_flight <= 3


def test_fetch_all_is_awaitable_and_fetch_urls_works_inside_a_running_loop(srv: FaultServer) -> None:
    async def main() -> tuple[bool, bool]:
        direct = await fetch_all([srv.url("/page/x")], FAST)
        nested = fetch_urls([srv.url("/page/y")], FAST)  # called from a coroutine: runs in a helper thread
        return direct[0].ok, nested[0].ok

    assert asyncio.run(main()) == (True, True)


def test_feed_with_invalid_xml_is_fetched_fine_and_left_to_the_parser(srv: FaultServer) -> None:
    r = one(srv.url("/feed-bad"))
    assert r.ok and r.content_type == "application/rss+xml"


def test_xml_declaration_gives_the_encoding(srv: FaultServer) -> None:
    body = '<?xml version="1.0" encoding="ISO-8859-15"?><rss version="2.0"><channel><title>Caf\u00e9</title>'
    url = srv.put("latin9.xml", "application/xml", (body + "</channel></rss>").encode("iso-8859-15"))
    r = one(url)
    assert r.encoding == "iso8859-15" and "Caf\u00e9" in r.body.decode(r.encoding)  # type: ignore[union-attr]
