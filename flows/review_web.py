"""`newskb review --web`: a small local review page (Starlette) over the same review API as the CLI.

- It lists review items (one per subject × benchmark in dispute) with search (any part of a name or alias),
  filters (model, benchmark, status, source), sorting and pagination; shows one item with its values side by
  side, a server-rendered SVG chart of the values by date and source, table rows with their column headers and
  copy groups by publisher; and resolves, dismisses or reopens it, or gives a value a setting (split/merge),
  through `warehouse.review` (the only writer), with a note and a reviewer name. After a decision the page
  says what changed (consensus per setting, source reliability) and links the next open item.
- Keyboard: /static/review.js (served from here, no CDN): j/k next/previous, Enter open, n next open item,
  r resolve, d dismiss, 1-9 pick a value, / search, ? help; every link also works without script.
- The warehouse is opened per request and closed before the response, so the page never holds the lock
  an ingest needs; a decision waits up to `settings.review_busy_timeout` for a busy warehouse.
- Article text is untrusted: templates autoescape everything, links are only made of http(s) URLs, and a
  Content-Security-Policy allows only this server's own script (no inline script). POSTs must come from the
  page itself (Origin, else Referer, must match the Host), and only loopback host names are accepted (no DNS
  rebinding).
"""

from __future__ import annotations

import getpass
import secrets
import threading
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlencode, urlsplit

import duckdb
import jinja2
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from flows.review_chart import values_chart
from schema.settings import Settings
from warehouse import review
from warehouse.db import InputError, WarehouseBusy, WarehouseError, is_storage_full, open_warehouse

TEMPLATES = Path(__file__).parent / "templates"
LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; "
    "form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}
ACTIONS = ("resolve", "dismiss", "reopen", "setting")
FILTERS = ("q", "model", "benchmark", "status", "source", "sort", "dir")
PER_PAGE = (25, 50, 100, 200)
KEEP_CHANGES = 64  # what the last decisions changed, shown once on the page after the redirect
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


def filters_of(params: Any) -> dict[str, str]:
    """The list's filters from a query string (or form): only the known names, blank ones dropped
    (`subject`, the older name of the model filter, still works)."""
    out = {k: str(params.get(k)).strip() for k in FILTERS if str(params.get(k) or "").strip()}
    if "model" not in out and str(params.get("subject") or "").strip():
        out["model"] = str(params.get("subject")).strip()
    return out


def list_args(f: dict[str, str]) -> dict[str, Any]:
    """`review.list_contradictions` keyword arguments for the page's filters (status defaults to open)."""
    status = f.get("status", "open")
    return {
        "status": None if status == "any" else status,
        "subject": f.get("model"),
        "benchmark": f.get("benchmark"),
        "search": f.get("q"),
        "source": f.get("source"),
        "sort": f.get("sort") or None,
        "descending": None if f.get("dir") not in ("asc", "desc") else f.get("dir") == "desc",
    }


def create_app(settings: Settings) -> Starlette:
    env = _env()
    env.globals["chart"] = values_chart
    lock = threading.Lock()  # one warehouse connection at a time in this process
    who_default = _login()
    recent: OrderedDict[str, dict[str, Any]] = OrderedDict()  # token -> what a decision changed

    @contextmanager
    def warehouse(*, write: bool, wait: float | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
        timeout = (
            wait if wait is not None else settings.review_busy_timeout if write else settings.busy_timeout
        )
        with (
            lock,
            open_warehouse(settings.db_path, read_only=not write, busy_timeout=timeout, create=False) as con,
        ):
            yield con

    def page(name: str, code: int = 200, **context: Any) -> HTMLResponse:
        html = env.get_template(name).render(**context)
        return HTMLResponse(html, status_code=code, headers=SECURITY_HEADERS)

    def detail_page(
        cid: str, filters: dict[str, str], *, status: int = 200, error: str | None = None,
        done: str | None = None, token: str | None = None, wait: float | None = None,
    ) -> Response:  # fmt: skip
        try:
            with warehouse(write=False, wait=wait) as con:
                detail = review.show(con, cid)
                cid = detail["contradiction_id"]
                ids = [it["contradiction_id"] for it in review.list_contradictions(con, **list_args(filters))]
                nxt = review.next_open(
                    con, cid, **{k: v for k, v in list_args(filters).items() if k != "status"}
                )
        except review.ReviewError as exc:
            return _plain(str(exc), 404 if "unknown" in str(exc) else 400)
        except WarehouseBusy as exc:
            return _plain(error or str(exc), 503)
        except (WarehouseError, InputError, duckdb.Error, OSError) as exc:  # not a warehouse, a failed disk
            return _plain(_unreadable(exc), 503)
        for f in detail["facts"]:
            f["link"] = safe_link(f.get("canonical_url")) or safe_link(f.get("url"))
        at = ids.index(cid) if cid in ids else None
        prev_id = ids[at - 1] if at is not None and at > 0 else None
        next_id = ids[at + 1] if at is not None and at + 1 < len(ids) else None
        changes = recent.get(token or "")
        return page(
            "review_detail.html", status, d=detail, error=error, done=done, who=who_default,
            ctx=urlencode(filters), prev_id=prev_id, next_id=next_id, next_open=nxt, changes=changes,
            position=(at + 1 if at is not None else None), total=len(ids),
        )  # fmt: skip

    def listing(filters: dict[str, str], page_no: int, per: int) -> Response:
        try:
            with warehouse(write=False) as con:
                items = review.list_contradictions(con, **list_args(filters))
        except review.ReviewError as exc:
            return _plain(str(exc), 400)
        except WarehouseBusy as exc:
            return _plain(str(exc), 503)
        except (WarehouseError, InputError, duckdb.Error, OSError) as exc:
            return _plain(_unreadable(exc), 503)
        pages = max(1, -(-len(items) // per))
        page_no = min(max(1, page_no), pages)
        shown = items[(page_no - 1) * per : page_no * per]

        def link(**changes: Any) -> str:
            q: dict[str, Any] = {**filters, "page": page_no, "per": per, **changes}
            return "/?" + urlencode({k: v for k, v in q.items() if v not in (None, "")})

        return page(
            "review_list.html", items=shown, total=len(items), f=filters,
            status=filters.get("status", "open"),
            page_no=page_no, pages=pages, per=per, per_choices=PER_PAGE, link=link, ctx=urlencode(filters),
            sorts=list(review.SORTS), first=(page_no - 1) * per,
        )  # fmt: skip

    def apply(action: str, cid: str, fields: dict[str, str]) -> Response:
        filters = filters_of(parse_qs_dict(fields.get("ctx", "")))
        try:
            with warehouse(write=True) as con:
                if action == "resolve":
                    out = review.resolve(
                        con, cid, value=fields["value"], note=fields["note"], who=fields["who"]
                    )
                elif action == "dismiss":
                    out = review.dismiss(con, cid, note=fields["note"], who=fields["who"])
                elif action == "setting":
                    out = review.set_setting(
                        con, cid, value=fields["value"], setting=fields["setting"], note=fields["note"],
                        who=fields["who"], as_stated=fields.get("as_stated") == "1",
                    )  # fmt: skip
                else:
                    out = review.reopen(con, cid, note=fields["note"], who=fields["who"])
        except InputError as exc:
            return detail_page(cid, filters, status=400, error=str(exc))
        except WarehouseBusy as exc:  # the decision waited its bound: say so now, without a second wait
            msg = f"the decision was NOT recorded: {exc}"
            return detail_page(cid, filters, status=503, error=msg, wait=0.0)
        except (WarehouseError, duckdb.Error, OSError) as exc:  # a full disk, a lost file: say so
            why = "the disk is full" if is_storage_full(exc) else str(exc).splitlines()[0]
            msg = f"the decision was NOT recorded ({why}); nothing stored changed — try again later"
            return detail_page(cid, filters, status=503, error=msg)
        token = secrets.token_urlsafe(8)
        recent[token] = {"action": action, **out}
        while len(recent) > KEEP_CHANGES:
            recent.popitem(last=False)
        done = out["status"] if action != "setting" else "setting"
        q = urlencode({"done": done, "t": token, **filters})
        target = f"/c/{quote(out['contradiction_id'])}?{q}"
        return RedirectResponse(target, status_code=303, headers=SECURITY_HEADERS)

    # the handlers are async; the warehouse work (which may wait for a lock) runs in the thread pool
    async def index(request: Request) -> Response:
        filters = filters_of(request.query_params)
        page_no = _int(request.query_params.get("page"), 1)
        per = _int(request.query_params.get("per"), 50)
        per = per if per in PER_PAGE else 50
        return await run_in_threadpool(listing, filters, page_no, per)

    async def detail(request: Request) -> Response:
        done = request.query_params.get("done")
        done = done if done in ("resolved", "dismissed", "open", "setting") else None
        filters = filters_of(request.query_params)
        token = request.query_params.get("t")
        return await run_in_threadpool(
            partial(detail_page, request.path_params["cid"], filters, done=done, token=token)
        )

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

    async def script(request: Request) -> Response:
        body = (TEMPLATES / "review.js").read_text(encoding="utf-8")
        return Response(body, media_type="text/javascript", headers=SECURITY_HEADERS)

    routes = [
        Route("/", index, methods=["GET"]),
        Route("/static/review.js", script, methods=["GET"]),
        Route("/c/{cid}", detail, methods=["GET"]),
        Route("/c/{cid}/{action}", decide, methods=["POST"]),
    ]
    hosts = ["127.0.0.1", "localhost", "[::1]", "::1"]
    return Starlette(routes=routes, middleware=[Middleware(TrustedHostMiddleware, allowed_hosts=hosts)])


def parse_qs_dict(text: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(text).items() if v}


def _int(text: str | None, default: int) -> int:
    try:
        return int(text or default)
    except ValueError:
        return default


async def _form(request: Request) -> dict[str, str] | None:
    """The page's small url-encoded forms (no multipart: nothing here uploads files)."""
    if request.headers.get("content-type", "").split(";")[0].strip() != "application/x-www-form-urlencoded":
        return None
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        return None
    parsed = parse_qs(body.decode("utf-8", errors="replace"), keep_blank_values=True)
    return {k: (parsed.get(k) or [""])[0] for k in ("value", "note", "who", "setting", "as_stated", "ctx")}


def _unreadable(exc: BaseException) -> str:
    why = "the disk is full" if is_storage_full(exc) else str(exc).splitlines()[0]
    return f"the warehouse cannot be read: {why}"


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
    try:  # refuse at once a file that is no newskb warehouse (one line, exit 2), not on every page
        with open_warehouse(settings.db_path, read_only=True, busy_timeout=0.5, create=False):
            pass
    except WarehouseBusy:
        pass  # an ingestion is writing: each page waits for it
    print(f"review page on http://{'127.0.0.1' if host == 'localhost' else host}:{port}/ (Ctrl-C to stop)")
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")
    return 0
