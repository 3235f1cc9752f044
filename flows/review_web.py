"""`newskb review --web`: a small local review page (Starlette) over the same review API as the CLI.

- It lists contradictions, shows one with the values and their evidence side by side, and resolves,
  dismisses or reopens it through `warehouse.review` (the only writer), with a note and a reviewer name.
- The warehouse is opened per request and closed before the response, so the page never holds the lock
  an ingest needs; a decision waits up to `settings.review_busy_timeout` for a busy warehouse.
- Article text is untrusted: templates autoescape everything, links are only made of http(s) URLs, and a
  Content-Security-Policy forbids scripts. POSTs must come from the page itself (Origin, else Referer, must
  match the Host), and only loopback host names are accepted (no DNS rebinding).
"""

from __future__ import annotations

import getpass
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

import duckdb
import jinja2
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from schema.settings import Settings
from warehouse import review
from warehouse.db import InputError, WarehouseBusy, WarehouseError, is_storage_full, open_warehouse

TEMPLATES = Path(__file__).parent / "templates"
LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}
ACTIONS = ("resolve", "dismiss", "reopen")
MAX_FORM_BYTES = 64 * 1024


def _env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, undefined=jinja2.StrictUndefined
    )


def safe_link(url: str | None) -> str | None:
    """An article URL fit for href: http(s) only (never javascript: or data:)."""
    if not url:
        return None
    parts = urlsplit(url)
    return url if parts.scheme in ("http", "https") and parts.netloc else None


def same_origin(request: Request) -> bool:
    """A POST is accepted only from a page of this server: Origin (else Referer) must match Host."""
    host = request.headers.get("host", "")
    origin = request.headers.get("origin")
    if origin is not None:
        parts = urlsplit(origin)
        return parts.scheme == request.url.scheme and parts.netloc == host
    referer = request.headers.get("referer")
    if referer:
        parts = urlsplit(referer)
        return parts.scheme == request.url.scheme and parts.netloc == host
    return False


def create_app(settings: Settings) -> Starlette:
    env = _env()
    lock = threading.Lock()  # one warehouse connection at a time in this process
    who_default = _login()

    @contextmanager
    def warehouse(*, write: bool) -> Iterator[duckdb.DuckDBPyConnection]:
        timeout = settings.review_busy_timeout if write else settings.busy_timeout
        with (
            lock,
            open_warehouse(settings.db_path, read_only=not write, busy_timeout=timeout, create=False) as con,
        ):
            yield con

    def page(name: str, code: int = 200, **context: Any) -> HTMLResponse:
        html = env.get_template(name).render(**context)
        return HTMLResponse(html, status_code=code, headers=SECURITY_HEADERS)

    def detail_page(
        cid: str, *, status: int = 200, error: str | None = None, done: str | None = None
    ) -> Response:
        try:
            with warehouse(write=False) as con:
                detail = review.show(con, cid)
        except review.ReviewError as exc:
            return _plain(str(exc), 404)
        except WarehouseBusy as exc:
            return _plain(str(exc), 503)
        for f in detail["facts"]:
            f["link"] = safe_link(f.get("canonical_url")) or safe_link(f.get("url"))
        return page("review_detail.html", status, d=detail, error=error, done=done, who=who_default)

    def listing(status: str | None, subject: str | None) -> Response:
        try:
            with warehouse(write=False) as con:
                items = review.list_contradictions(con, status=status, subject=subject)
        except review.ReviewError as exc:
            return _plain(str(exc), 400)
        except WarehouseBusy as exc:
            return _plain(str(exc), 503)
        return page("review_list.html", items=items, status=status, subject=subject)

    def apply(action: str, cid: str, fields: dict[str, str]) -> Response:
        try:
            with warehouse(write=True) as con:
                if action == "resolve":
                    out = review.resolve(
                        con, cid, value=fields["value"], note=fields["note"], who=fields["who"]
                    )
                elif action == "dismiss":
                    out = review.dismiss(con, cid, note=fields["note"], who=fields["who"])
                else:
                    out = review.reopen(con, cid, note=fields["note"], who=fields["who"])
        except InputError as exc:
            return detail_page(cid, status=400, error=str(exc))
        except WarehouseBusy as exc:
            return detail_page(cid, status=503, error=str(exc))
        except (
            WarehouseError,
            duckdb.Error,
            OSError,
        ) as exc:  # a full disk, a lost file: say so, keep the page
            why = "the disk is full" if is_storage_full(exc) else str(exc).splitlines()[0]
            msg = f"the decision was NOT recorded ({why}); nothing stored changed — try again later"
            return detail_page(cid, status=503, error=msg)
        target = f"/c/{quote(out['contradiction_id'])}?done={quote(out['status'])}"
        return RedirectResponse(target, status_code=303, headers=SECURITY_HEADERS)

    # the handlers are async; the warehouse work (which may wait for a lock) runs in the thread pool
    async def index(request: Request) -> Response:
        status = request.query_params.get("status", "open") or None
        subject = request.query_params.get("subject") or None
        return await run_in_threadpool(listing, status, subject)

    async def detail(request: Request) -> Response:
        done = request.query_params.get("done")
        done = done if done in ("resolved", "dismissed", "open") else None
        return await run_in_threadpool(detail_page, request.path_params["cid"], done=done)

    async def decide(request: Request) -> Response:
        cid, action = request.path_params["cid"], request.path_params["action"]
        if action not in ACTIONS:
            return _plain("unknown action", 404)
        if not same_origin(request):
            return _plain("cross-origin request refused", 403)
        fields = await _form(request)
        if fields is None:
            return _plain("expected a form (application/x-www-form-urlencoded) under 64 KB", 400)
        return await run_in_threadpool(apply, action, cid, fields)

    routes = [
        Route("/", index, methods=["GET"]),
        Route("/c/{cid}", detail, methods=["GET"]),
        Route("/c/{cid}/{action}", decide, methods=["POST"]),
    ]
    hosts = ["127.0.0.1", "localhost", "[::1]", "::1"]
    return Starlette(routes=routes, middleware=[Middleware(TrustedHostMiddleware, allowed_hosts=hosts)])


async def _form(request: Request) -> dict[str, str] | None:
    """The page's small url-encoded forms (no multipart: nothing here uploads files)."""
    if request.headers.get("content-type", "").split(";")[0].strip() != "application/x-www-form-urlencoded":
        return None
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        return None
    parsed = parse_qs(body.decode("utf-8", errors="replace"), keep_blank_values=True)
    return {k: (parsed.get(k) or [""])[0] for k in ("value", "note", "who")}


def _plain(text: str, status: int) -> Response:
    return Response(text + "\n", status_code=status, media_type="text/plain", headers=SECURITY_HEADERS)


def _login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (some containers)
        return ""


def serve_review(settings: Settings, *, host: str, port: int) -> int:
    """Serve the review page until interrupted; only on a loopback address (it is a local tool)."""
    import uvicorn

    if host not in LOOPBACK:
        raise InputError(f"--host {host}: the review page is served on 127.0.0.1 (or localhost) only")
    if not Path(settings.db_path).exists():
        raise InputError(f"{settings.db_path}: no warehouse here (run `newskb ingest` first, or pass --db)")
    print(f"review page on http://{'127.0.0.1' if host == 'localhost' else host}:{port}/ (Ctrl-C to stop)")
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")
    return 0
