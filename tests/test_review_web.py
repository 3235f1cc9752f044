"""The review page: HTTP behaviour (same-origin POSTs, escaping, errors) and, in real headless Chromium, a
contradiction resolved through the page end to end."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
import uvicorn

from flows.review_web import create_app, safe_link
from schema.settings import Settings
from tests.test_reconcile import article, load_items, score
from tests.test_review import HOLDER
from warehouse import review
from warehouse.db import open_warehouse
from warehouse.reconcile import reconcile

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
EVIL = "<script>window.__pwned = 1</script>"


def make_db(path: Path) -> tuple[Settings, str]:
    text = f"Corvid-3 Ultra scores 74.8 on SWE-bench Verified. {EVIL} <img src=x onerror=alert(1)>"
    items = [
        article("blackwing", [score("Corvid-3 Ultra", "SWE-bench Verified", 78.4)], kind="vendor"),
        article(
            "evalhouse", [score("Corvid-3 Ultra", "SWE-bench Verified", 74.8, text=text)], kind="evaluator"
        ),
        article("weekly", [score("Corvid-3 Ultra", "SWE-bench Verified", 78.4)]),
    ]
    with open_warehouse(path) as con:
        load_items(con, items)
        con.execute("UPDATE article_rows SET title = ? WHERE url LIKE '%evalhouse%'", [f"Check {EVIL}"])
        reconcile(con, "web")
        (cid,) = [i["contradiction_id"] for i in review.list_contradictions(con, status="open", subject=None)]
    return Settings(db_path=path), cid


@pytest.fixture()
def site(tmp_path: Path) -> tuple[Settings, str]:
    return make_db(tmp_path / "wh.duckdb")


def status_of(settings: Settings, cid: str) -> str:
    with open_warehouse(settings.db_path, read_only=True) as con:
        return str(review.show(con, cid)["status"])


def test_pages_escape_article_text(served: tuple[str, Settings, str]) -> None:
    base, _settings, cid = served
    with httpx.Client(base_url=base) as c:
        listing = c.get("/")
        assert listing.status_code == 200 and cid in listing.text
        page = c.get(f"/c/{cid}")
        assert page.status_code == 200
        assert EVIL not in page.text and "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page.text
        assert "<img src=x" not in page.text
        csp = page.headers["content-security-policy"]
        assert "script-src 'self';" in csp and "<script>" not in page.text  # our own script file only
        assert c.get("/static/review.js").headers["content-type"].startswith("text/javascript")
        assert c.get("/c/ffffffffffff").status_code == 404


def test_post_must_be_same_origin(served: tuple[str, Settings, str]) -> None:
    base, settings, cid = served
    form = {"value": "78.4", "note": "vendor card", "who": "eve"}
    with httpx.Client(base_url=base) as c:
        evil = c.post(f"/c/{cid}/resolve", data=form, headers={"origin": "http://evil.example"})
        assert evil.status_code == 403
        assert c.post(f"/c/{cid}/resolve", data=form).status_code == 403  # no Origin, no Referer
        rebinding = c.get("/", headers={"host": "attacker.example"})
        assert rebinding.status_code == 400  # DNS rebinding: only loopback host names
        assert status_of(settings, cid) == "open"
        origin = {"origin": base}
        bad = c.post(f"/c/{cid}/resolve", data={**form, "value": "abc"}, headers=origin)
        assert bad.status_code == 400 and "is not a number" in bad.text and status_of(settings, cid) == "open"
        ok = c.post(f"/c/{cid}/resolve", data=form, headers=origin)
        assert ok.status_code == 303 and ok.headers["location"].startswith(f"/c/{cid}?done=resolved&t=")
    assert status_of(settings, cid) == "resolved"


def test_safe_link() -> None:
    assert safe_link("https://a.example/x") == "https://a.example/x"
    assert safe_link("javascript:alert(1)") is None
    assert safe_link("file:///tmp/a.html") is None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serve(settings: Settings) -> Iterator[str]:
    """The review app under uvicorn on a free 127.0.0.1 port, for the duration of the block."""
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture()
def served(site: tuple[Settings, str]) -> Iterator[tuple[str, Settings, str]]:
    settings, cid = site
    with serve(settings) as base:
        yield base, settings, cid


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (make browser)")
def test_resolve_through_the_page_in_chromium(served: tuple[str, Settings, str]) -> None:
    from playwright.sync_api import sync_playwright

    base, settings, cid = served
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.goto(base + "/")
            page.click(f"a.cid:has-text('{cid}')")
            page.wait_for_url(f"**/c/{cid}")
            # the article's script is shown as text, never run
            assert EVIL in page.inner_text("body")
            assert page.evaluate("typeof window.__pwned") == "undefined"
            assert page.locator("a[target=_blank]").count() == 3  # links to the articles
            page.select_option("#value", "78.4")
            page.fill("#resolve-note", "vendor model card and a second outlet")
            page.fill("form.decide input[name=who]", "playwright")
            page.click("#resolve")
            page.wait_for_url(f"**/c/{cid}?done=resolved*")
            assert page.inner_text("#status") == "resolved"
            assert "playwright" in page.inner_text("body")
        finally:
            browser.close()
    with open_warehouse(settings.db_path, read_only=True) as con:
        detail = review.show(con, cid)
        assert (detail["status"], detail["resolved_value"], detail["decided_by"]) == (
            "resolved",
            "78.4",
            "playwright",
        )
        ranks = {f["value"]: f["rank"] for f in detail["facts"]}
        assert ranks == {"78.4": "preferred", "74.8": "deprecated"}


def test_a_page_decision_waits_for_a_busy_warehouse(served: tuple[str, Settings, str]) -> None:
    base, settings, cid = served
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(settings.db_path), "1.2"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        form = {"value": "74.8", "note": "independent rerun", "who": "dee"}
        with httpx.Client(base_url=base, timeout=90) as c:
            done = c.post(f"/c/{cid}/resolve", data=form, headers={"origin": base})
    finally:
        holder.wait(timeout=30)
    assert done.status_code == 303
    assert status_of(settings, cid) == "resolved"


def test_settings_split_a_dispute_through_the_page(served: tuple[str, Settings, str]) -> None:
    base, settings, cid = served
    origin = {"origin": base}
    with httpx.Client(base_url=base) as c:
        for value, setting in (("78.4", "vendor harness"), ("74.8", "independent rerun")):
            form = {"value": value, "setting": setting, "note": "", "who": "ana", "ctx": "q=corvid"}
            done = c.post(f"/c/{cid}/setting", data=form, headers=origin)
            assert done.status_code == 303 and "done=setting" in done.headers["location"]
            assert "q=corvid" in done.headers["location"]  # the list's filters carry over
        page = c.get(done.headers["location"])
        assert "not in dispute" in page.text and "the sources no longer disagree" in page.text
        assert cid not in c.get("/").text  # nothing left to review
        assert c.get("/?subject=corvid&status=any").status_code == 200
    with open_warehouse(settings.db_path, read_only=True) as con:
        assert review.list_contradictions(con) == []
