"""A real HTTP server on 127.0.0.1 that misbehaves on request, for the fetcher tests.

Each `FaultServer` is one host (its own port), so robots.txt and per-host politeness can differ between
servers in one test. Routes (all GET):

    /robots.txt            server.robots (text), or server.robots_status, or 404 when robots is None
    /page/<name>           a small HTML article (200, UTF-8 declared in the header)
    /slow?s=SECONDS        headers after a sleep (read timeout)
    /trickle?n=N&s=SEC     a body sent in N pieces, SEC apart (total deadline)
    /status/<code>?times=N&retry_after=V&key=K   <code> for the first N hits of key K, then 200
    /drop?times=N&key=K    close the connection without answering for the first N hits, then 200
    /redirect/<n>          a chain of n redirects ending at /page/end
    /loop/a, /loop/b       a redirect loop
    /redirect-ftp          a redirect to an ftp:// URL
    /big                   Content-Length larger than any test limit
    /endless               a body without Content-Length that never ends
    /bomb                  a gzip-encoded body that inflates to 20 MB of zeros
    /charset/<kind>        cp1252 (header), latin1-meta (meta only), bom (UTF-8 BOM), none (no declaration)
    /etag                  ETag + Last-Modified; 304 for a matching If-None-Match / If-Modified-Since
    /pdf, /image           non-HTML content types
    /empty                 200 with an empty body
    /feed-bad              invalid feed XML
    /content/<key>         whatever was put in server.content[key] = (content_type, body)

`server.log` records (path, headers, start time) per request; `server.max_in_flight` the peak number of
requests handled at once.
"""

from __future__ import annotations

import gzip
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from urllib.parse import parse_qs, urlsplit

PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>
<body><article><p>{title}</p><p>Orbitron Labs said its new model clears most reasoning suites.</p></article>
</body></html>"""

_BOMB = gzip.compress(b"\0" * (20 * 1024 * 1024), compresslevel=9)

_CP1252_TEXT = (
    "<html><head><title>Caf\u00e9 prices</title></head><body><p>The \u201cquick\u201d model costs "
    "\u20ac2 per million tokens \u2014 na\u00efve pricing, says the r\u00e9sum\u00e9 of the se\u00f1or "
    "analyst. D\u00e9j\u00e0 vu for the caf\u00e9 crowd: \u201cit is cheap\u201d.</p>" * 6 + "</body></html>"
)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        return

    def _send(self, status: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8",
              headers: dict[str, str] | None = None) -> None:  # fmt: skip
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)

    def do_GET(self) -> None:
        srv = self.server
        with srv.lock:
            srv.in_flight += 1
            srv.max_in_flight = max(srv.max_in_flight, srv.in_flight)
            srv.log.append((self.path, dict(self.headers.items()), time.monotonic()))
        try:
            self._route()
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            with srv.lock:
                srv.in_flight -= 1

    def _hits(self, key: str) -> int:
        with self.server.lock:
            self.server.hits[key] += 1
            return self.server.hits[key]

    def _route(self) -> None:
        srv = self.server
        parts = urlsplit(self.path)
        path, q = parts.path, {k: v[0] for k, v in parse_qs(parts.query).items()}
        if path == "/robots.txt":
            if srv.robots_status is not None:
                self._send(srv.robots_status, b"unavailable", "text/plain")
            elif srv.robots is None:
                self._send(404, b"not found", "text/plain")
            else:
                self._send(200, srv.robots.encode(), "text/plain")
        elif path.startswith("/page/"):
            if srv.page_delay:
                time.sleep(srv.page_delay)
            self._send(200, PAGE.format(title=path.rsplit("/", 1)[-1]).encode())
        elif path == "/slow":
            time.sleep(float(q.get("s", "2")))
            self._send(200, PAGE.format(title="slow").encode())
        elif path == "/trickle":
            n, pause = int(q.get("n", "10")), float(q.get("s", "0.2"))
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(n))
            self.end_headers()
            for _ in range(n):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(pause)
        elif path.startswith("/status/"):
            code = int(path.rsplit("/", 1)[-1])
            hit = self._hits(q.get("key", path))
            if hit <= int(q.get("times", "1000")):
                headers = {"Retry-After": q["retry_after"]} if "retry_after" in q else {}
                self._send(code, b"try later", "text/plain", headers)
            else:
                self._send(200, PAGE.format(title=f"recovered after {hit - 1}").encode())
        elif path == "/drop":
            hit = self._hits(q.get("key", path))
            if hit <= int(q.get("times", "1000")):
                self.close_connection = True
                self.connection.close()
                return
            self._send(200, PAGE.format(title="reconnected").encode())
        elif path.startswith("/redirect/"):
            n = int(path.rsplit("/", 1)[-1])
            target = f"/redirect/{n - 1}" if n > 1 else "/page/end"
            self._send(302, b"", "", {"Location": target})
        elif path == "/loop/a":
            self._send(301, b"", "", {"Location": "/loop/b"})
        elif path == "/loop/b":
            self._send(301, b"", "", {"Location": f"http://127.0.0.1:{srv.port}/loop/a"})
        elif path == "/redirect-ftp":
            self._send(302, b"", "", {"Location": "ftp://127.0.0.1/file.txt"})
        elif path == "/big":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(50 * 1024 * 1024))
            self.end_headers()
            self.wfile.write(b"<html>" + b"a" * 1024)
        elif path == "/endless":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            chunk = b"<p>more and more text</p>" * 400
            for _ in range(100_000):
                self.wfile.write(chunk)
        elif path == "/bomb":
            self._send(200, _BOMB, "text/html", {"Content-Encoding": "gzip"})
        elif path == "/gzip-page":
            body = gzip.compress(PAGE.format(title="compressed").encode())
            self._send(200, body, "text/html; charset=utf-8", {"Content-Encoding": "gzip"})
        elif path.startswith("/charset/"):
            kind = path.rsplit("/", 1)[-1]
            if kind == "cp1252":
                self._send(200, _CP1252_TEXT.encode("cp1252"), "text/html; charset=windows-1252")
            elif kind == "latin1-meta":
                html = _CP1252_TEXT.replace("<head>", '<head><meta charset="iso-8859-1">')
                html = html.replace("\u201c", '"').replace("\u201d", '"').replace("\u20ac", "EUR ")
                html = html.replace("\u2014", "-")
                self._send(200, html.encode("latin-1"), "text/html")
            elif kind == "bom":
                self._send(200, b"\xef\xbb\xbf" + _CP1252_TEXT.encode("utf-8"), "text/html")
            else:
                self._send(200, _CP1252_TEXT.encode("cp1252"), "text/html")
        elif path == "/etag":
            etag, modified = '"v1-abc"', "Wed, 22 Apr 2026 10:00:00 GMT"
            if self.headers.get("If-None-Match") == etag or self.headers.get("If-Modified-Since") == modified:
                self._send(304, b"", "", {"ETag": etag, "Last-Modified": modified})
            else:
                self._send(200, PAGE.format(title="etag").encode(), headers={"ETag": etag,
                           "Last-Modified": modified})  # fmt: skip
        elif path == "/pdf":
            self._send(200, b"%PDF-1.7\n%binary\n", "application/pdf")
        elif path == "/image":
            self._send(200, b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png")
        elif path == "/empty":
            self._send(200, b"", "text/html")
        elif path == "/feed-bad":
            self._send(200, b"<rss><channel><title>broken</ch", "application/rss+xml")
        elif path.startswith("/content/"):
            ctype, body = srv.content[path.split("/", 2)[2]]
            self._send(200, body, ctype)
        else:
            self._send(404, b"no such route", "text/plain")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.lock = threading.Lock()
        self.log: list[tuple[str, dict[str, str], float]] = []
        self.hits: Counter[str] = Counter()
        self.in_flight = 0
        self.max_in_flight = 0
        self.robots: str | None = None
        self.robots_status: int | None = None
        self.page_delay = 0.0
        self.content: dict[str, tuple[str, bytes]] = {}

    @property
    def port(self) -> int:
        return int(self.server_address[1])


class FaultServer:
    """Context manager: `with FaultServer(robots="...") as srv: srv.url("/page/x")`."""

    def __init__(self, robots: str | None = None, robots_status: int | None = None) -> None:
        self.httpd = _Server()
        self.httpd.robots = robots
        self.httpd.robots_status = robots_status
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)  # fmt: skip

    def __enter__(self) -> FaultServer:
        self.thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.port}"

    def url(self, path: str) -> str:
        return self.base + path

    @property
    def log(self) -> list[tuple[str, dict[str, str], float]]:
        return self.httpd.log

    def paths(self) -> list[str]:
        return [p for p, _, _ in self.httpd.log]

    @property
    def max_in_flight(self) -> int:
        return self.httpd.max_in_flight

    def set_page_delay(self, seconds: float) -> None:
        self.httpd.page_delay = seconds

    def put(self, key: str, content_type: str, body: bytes) -> str:
        self.httpd.content[key] = (content_type, body)
        return self.url(f"/content/{key}")
