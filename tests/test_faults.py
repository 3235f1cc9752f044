"""The fault suite (issue #14): hostile servers, budgets (one process and several), kill -9 at each stage, a
paused reader, a full disk, bad paths, settings.

Run it alone with `pytest -m faults`. Every case that touches stored data ends by comparing the warehouse with
the one a clean run makes (`snapshot`): a fault may cost a run, never a fact. The sources are the ten sample
articles served over HTTP by a real server on 127.0.0.1 (tests/fault_server.py), listed by an RSS feed.
"""

from __future__ import annotations

import contextlib
import errno
import itertools
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest

from tests.conftest import REPO, SAMPLE, CliResult, run_newskb
from tests.fault_server import FaultServer

pytestmark = pytest.mark.faults
Cli = Callable[..., CliResult]


def snapshot(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """What a warehouse knows, without run ids and times: articles, facts, contradictions and decisions."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            name: con.execute(sql).fetchall()
            for name, sql in {
                "articles": "SELECT article_id, url, content_hash FROM articles ORDER BY 1",
                # which articles are copies of each other (the group's id depends on load order)
                "copies": "SELECT list(article_id ORDER BY article_id) AS g FROM articles "
                "GROUP BY copy_group HAVING count(*) > 1 ORDER BY g",
                "scores": "SELECT fact_id FROM score_facts ORDER BY 1",
                "attributes": "SELECT fact_id FROM attribute_facts ORDER BY 1",
                "claims": "SELECT fact_id FROM claim_facts ORDER BY 1",
                "contradictions": "SELECT contradiction_id, status FROM contradictions ORDER BY 1",
                "pages": "SELECT url, body_sha256 FROM raw_pages WHERE kind = 'page' ORDER BY ALL",
            }.items()
        }
    finally:
        con.close()


def _feed(items: list[str]) -> bytes:
    entries = "".join(f"<item><title>{i}</title><link>{u}</link></item>" for i, u in enumerate(items))
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{entries}</channel></rss>'.encode()
    )


class Site:
    """The sample articles at /content/a<N>, listed by /content/feed; extra routes may be added."""

    def __init__(self, srv: FaultServer) -> None:
        self.srv = srv
        self.pages = []
        for i, path in enumerate(sorted(SAMPLE.glob("*.html"))):
            srv.httpd.content[f"a{i}"] = ("text/html; charset=utf-8", path.read_bytes())
            self.pages.append(srv.url(f"/content/a{i}"))
        self.set_feed(self.pages)

    def set_feed(self, urls: list[str], key: str = "feed") -> str:
        self.srv.httpd.content[key] = ("application/rss+xml", _feed(urls))
        return self.srv.url(f"/content/{key}")

    @property
    def feed(self) -> str:
        return self.srv.url("/content/feed")


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    with FaultServer() as srv:
        yield Site(srv)


@pytest.fixture(scope="module")
def clean(site: Site, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple[Any, ...]]]:
    """The warehouse a clean run of the sample feed makes."""
    db = tmp_path_factory.mktemp("clean") / "w.duckdb"
    done = run_newskb("ingest", "--db", str(db), "--feed", site.feed, "--delay", "0")
    assert done.returncode == 0, done.stderr
    return snapshot(db)


def _ingest(cli: Cli, db: Path, *feeds: str) -> CliResult:
    args = [a for f in feeds for a in ("--feed", f)]
    return cli("ingest", "--db", str(db), *args, "--delay", "0")


# --- hostile servers --------------------------------------------------------------------------------------


def test_hostile_pages_and_feeds_cost_only_themselves(
    cli: Cli, site: Site, clean: Any, db_path: Path
) -> None:
    """XXE and billion-laughs feeds, a gzip bomb, a redirect loop, a page too big, a script that reads as a
    score: each fails (or is ignored) on its own, and the warehouse holds exactly the clean run's facts."""
    xxe = (
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b"<rss version='2.0'><channel><item><title>&x;</title><link>&x;</link></item></channel></rss>"
    )
    laughs = b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
    laughs += b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;">]>'
    laughs += b"<rss version='2.0'><channel><item><link>&d;</link></item></channel></rss>"
    site.srv.httpd.content["xxe"] = ("application/rss+xml", xxe)
    site.srv.httpd.content["laughs"] = ("application/rss+xml", laughs)
    hostile = (REPO / "tests" / "fixtures" / "faults_script_page.html").read_bytes()
    site.srv.httpd.content["script"] = ("text/html; charset=utf-8", hostile)
    bad = site.set_feed(
        [site.srv.url(p) for p in ("/bomb", "/loop/a", "/big", "/endless", "/content/script")], "badfeed"
    )
    res = run_newskb(
        "ingest", "--db", str(db_path), "--feed", site.feed, "--feed", bad, "--feed",
        site.srv.url("/content/xxe"), "--feed", site.srv.url("/content/laughs"), "--delay", "0",
    )  # fmt: skip
    assert res.returncode == 1, res.stderr  # partial: the hostile sources failed, one line each
    assert "Traceback" not in res.stdout + res.stderr
    got = snapshot(db_path)
    script_id = [a for a in got["articles"] if a[1].endswith("/content/script")]
    assert len(script_id) == 1  # the page itself is an article …
    con = duckdb.connect(str(db_path), read_only=True)
    try:  # … whose script, template and style text gave no figure
        assert con.execute(
            "SELECT count(*) FROM score_facts WHERE article_id = ? AND value <> 71.2", [script_id[0][0]]
        ).fetchone() == (0,)
        passwd = con.execute("SELECT count(*) FROM raw_pages WHERE url LIKE '%passwd%' OR url LIKE '%lol%'")
        assert passwd.fetchone() == (0,)
        ids = [
            r[0]
            for r in con.execute(
                "SELECT fact_id FROM score_facts WHERE article_id = ?", [script_id[0][0]]
            ).fetchall()
        ]
    finally:
        con.close()
    got["articles"] = [a for a in got["articles"] if a[0] != script_id[0][0]]
    got["pages"] = [p for p in got["pages"] if not p[0].endswith("/content/script")]
    got["scores"] = [s for s in got["scores"] if s[0] not in ids]
    assert got == clean


def test_a_slow_feed_ends_within_its_budget_and_names_the_rest(cli: Cli, site: Site, db_path: Path) -> None:
    """500 slowly dripping pages: the source's budget ends the fetching; every page left is deferred, counted
    and named in the summary and in `runs`; the run lock is free again well before the drip would end."""
    slow = [site.srv.url(f"/trickle?n=40&s=0.05&key={i}") for i in range(500)]
    feed = site.set_feed(slow, "slowfeed")
    os.environ["NEWSKB_SOURCE_BUDGET_SECONDS"] = "3"
    try:
        started = time.monotonic()
        res = cli("ingest", "--db", str(db_path), "--feed", feed, "--delay", "0", "--json")
        took = time.monotonic() - started
    finally:
        del os.environ["NEWSKB_SOURCE_BUDGET_SECONDS"]
    assert took < 15, took  # 500 pages x 2 s one at a time would be ~17 minutes
    summary = json.loads(res.out)
    src = summary["sources"][0]
    assert src["deferred"] >= 490 and src["deferred"] + src["failed"] + src["new"] <= 500
    assert len(src["deferred_items"]) == src["deferred"]
    assert all("budget" in d["reason"] for d in src["deferred_items"])
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        row = con.execute("SELECT articles_deferred, status FROM runs").fetchone()
    finally:
        con.close()
    assert row is not None and row[0] == src["deferred"]


def test_entries_over_the_page_cap_rotate_in_and_are_reported(
    cli: Cli, site: Site, clean: Any, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSKB_MAX_PAGES_PER_SOURCE", "4")
    asked: list[int] = []
    for _ in range(3):
        res = _ingest(cli, db_path, site.feed)
        assert "deferred" in res.out
        asked.append(len(snapshot(db_path)["articles"]))
    assert asked == [
        4,
        8,
        10,
    ]  # never-fetched entries first: the last ones are reached, not the first 4 again
    assert "over the per-source page cap" in res.out
    assert snapshot(db_path) == clean


def test_a_sitemap_index_past_50_files_defers_the_rest_by_name(cli: Cli, site: Site, db_path: Path) -> None:
    ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    child = f'<?xml version="1.0"?><urlset {ns}><url><loc>{site.pages[0]}</loc></url></urlset>'
    for i in range(60):
        site.srv.httpd.content[f"sm{i}"] = ("application/xml", child.encode())
    locs = "".join(f"<sitemap><loc>{site.srv.url(f'/content/sm{i}')}</loc></sitemap>" for i in range(60))
    site.srv.httpd.content["smindex"] = (
        "application/xml",
        f"<sitemapindex {ns}>{locs}</sitemapindex>".encode(),
    )
    res = cli("ingest", "--db", str(db_path), "--sitemap", site.srv.url("/content/smindex"), "--delay", "0",
              "--json")  # fmt: skip
    src = json.loads(res.out)["sources"][0]
    assert src["new"] == 1 and src["deferred"] == 11, src  # the index and 49 children read; 11 wait
    assert [d["url"] for d in src["deferred_items"]] == [
        site.srv.url(f"/content/sm{i}") for i in range(49, 60)
    ]
    assert all("over 50 sitemap files" in d["reason"] for d in src["deferred_items"])


def test_a_long_page_is_read_up_to_the_text_budget_and_says_so(
    cli: Cli, site: Site, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    para = "<p>Calder 3 Pro scored 71.2% on GPQA Diamond in the lab's own run, the report says again.</p>"
    site.srv.httpd.content["long"] = (
        "text/html; charset=utf-8",
        f"<html><body><article><h1>Long</h1>{para * 60}</article></body></html>".encode(),
    )
    monkeypatch.setenv("NEWSKB_MAX_TEXT_CHARS", "1000")
    res = _ingest(cli, db_path, site.set_feed([site.srv.url("/content/long")], "longfeed"))
    assert res.code == 0, res.err
    assert "truncated" in res.out and "of 5," in res.out, res.out
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        stored = con.execute("SELECT length(text) FROM articles").fetchone()
        run = con.execute("SELECT counts_json FROM runs").fetchone()
    finally:
        con.close()
    assert stored is not None and stored[0] > 5000  # the whole text is kept; only the NLP read is cut
    assert run is not None and json.loads(run[0])[0]["truncated"][0]["read"] <= 1000


# --- budgets across worker processes (`--workers 2`: the page work runs in other processes) --------------


def _many_pages(site: Site, n: int, key: str) -> list[str]:
    """n article pages (the sample bodies in turn) on the site: enough for a run to start worker processes."""
    bodies = [p.read_bytes() for p in sorted(SAMPLE.glob("*.html"))]
    for i in range(n):
        site.srv.httpd.content[f"{key}{i}"] = ("text/html; charset=utf-8", bodies[i % len(bodies)])
    return [site.srv.url(f"/content/{key}{i}") for i in range(n)]


def _run_row(db: Path) -> tuple[Any, ...]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        row = con.execute("SELECT articles_deferred, (SELECT sum(bytes) FROM fetch_log) FROM runs").fetchone()
    finally:
        con.close()
    assert row is not None
    return row


# (pages, workers): 40 pages stay in one process; 100 go to two worker processes
IN_ONE_AND_IN_TWO = pytest.mark.parametrize("n, workers", [(40, 1), (100, 2)], ids=["one", "two"])


@IN_ONE_AND_IN_TWO
def test_the_byte_budget_holds_in_one_process_and_across_workers(
    n: int, workers: int, site: Site, tmp_path: Path
) -> None:
    """A byte budget for about a third of the pages: in one process and on two worker processes (which
    charge one shared total) the run downloads no more than the budget; the rest is deferred, counted and
    named in the summary and in `runs`, and (in one process) the next run fetches it."""
    key = f"wb{n}-"
    feed = site.set_feed(_many_pages(site, n, key), f"bytesfeed{n}")
    limit = sum(len(site.srv.httpd.content[f"{key}{i}"][1]) for i in range(n)) // 3
    db = tmp_path / "w.duckdb"
    res = run_newskb(
        "ingest", "--db", str(db), "--feed", feed, "--delay", "0", "--workers", str(workers), "--json",
        env={"NEWSKB_RUN_MAX_BYTES": str(limit)},
    )  # fmt: skip
    assert res.returncode == 0, res.stderr
    src = json.loads(res.stdout)["sources"][0]
    assert n // 5 <= src["new"] <= n // 3 and src["new"] + src["deferred"] == n, src
    assert len(src["deferred_items"]) == src["deferred"]
    assert all("byte budget" in d["reason"] for d in src["deferred_items"])
    deferred, fetched = _run_row(db)
    assert deferred == src["deferred"] and fetched <= limit
    if workers > 1:
        return  # what follows is the same in one process, and cheaper
    # deferred, not dropped: the next run (no budget) asks exactly those, and ends where a clean run does
    args = ["ingest", "--feed", feed, "--delay", "0", "--workers", str(workers), "--json"]
    res = run_newskb("--db", str(db), *args)
    nxt = json.loads(res.stdout)["sources"][0]
    assert (nxt["new"], nxt["deferred"]) == (src["deferred"], 0), nxt
    assert run_newskb("--db", str(tmp_path / "clean.duckdb"), *args).returncode == 0
    got, want = snapshot(db), snapshot(tmp_path / "clean.duckdb")
    # every article, page and fact; not the copy groups (nor the contradictions they weigh): grouping is
    # incremental and stored groups stand, so with each body at 4 URLs, what counts as shared template
    # text differs between 13 articles first and all 40 at once (as for any feed that grows run by run)
    for part in ("copies", "contradictions"):
        del got[part], want[part]
    assert got == want


@IN_ONE_AND_IN_TWO
def test_the_time_budget_holds_in_one_process_and_across_workers(
    n: int, workers: int, site: Site, tmp_path: Path
) -> None:
    """Slowly dripping pages (4 s each) with a 5 s run budget, in one process and on two worker processes:
    fetching stops at the run's deadline; every page left is deferred and named in the summary and `runs`."""
    slow = [site.srv.url(f"/trickle?n=40&s=0.1&key=wt{n}-{i}") for i in range(n)]
    feed = site.set_feed(slow, f"slowworkers{n}")
    db = tmp_path / "w.duckdb"
    started = time.monotonic()
    res = run_newskb(
        "ingest", "--db", str(db), "--feed", feed, "--delay", "0", "--workers", str(workers), "--json",
        env={"NEWSKB_RUN_BUDGET_SECONDS": "5"},
    )  # fmt: skip
    took = time.monotonic() - started
    assert took < 30, took  # unbounded: 4 s a page, one at a time per host and worker: 160 s or more
    src = json.loads(res.stdout)["sources"][0]
    assert src["deferred"] >= n - 10 and len(src["deferred_items"]) == src["deferred"], src
    assert all("time budget" in d["reason"] for d in src["deferred_items"])
    assert _run_row(db)[0] == src["deferred"]


def test_per_host_politeness_holds_across_worker_processes(tmp_path: Path) -> None:
    """64 pages of one host on two worker processes, each answer taking 0.1 s, 0.08 s apart at least and one
    at a time: the workers book the host's turns and its in-flight slot together (a shared host ledger), so
    the host sees what one process would send, never two requests at once or closer than the delay."""
    with FaultServer() as srv:
        srv.set_page_delay(0.1)
        srv.httpd.content["feed"] = (
            "application/rss+xml",
            _feed([srv.url(f"/page/p{i}") for i in range(64)]),
        )
        db = tmp_path / "w.duckdb"
        res = run_newskb(
            "ingest", "--db", str(db), "--feed", srv.url("/content/feed"), "--delay", "0.08",
            "--concurrency", "1", "--workers", "2", "--json",
        )  # fmt: skip
        assert json.loads(res.stdout)["sources"][0]["deferred"] == 0, res.stderr
        starts = sorted(t for path, _, t in srv.httpd.log if path.startswith("/page/"))
        assert len(starts) == 64
        assert min(b - a for a, b in itertools.pairwise(starts)) >= 0.07
        assert srv.max_in_flight == 1


# --- kill -9 and stale runs -------------------------------------------------------------------------------


def test_kill_9_mid_run_leaves_an_interrupted_run_and_the_next_run_completes(
    site: Site, clean: Any, tmp_path: Path
) -> None:
    """Killed while one source is loaded and another still fetching: `status` says interrupted, nothing
    half-written is visible, and the next run makes the clean warehouse."""
    db = tmp_path / "w.duckdb"
    slow = site.set_feed([site.srv.url("/trickle?n=100&s=0.1&key=k9")], "killfeed")
    exe = Path(sys.executable).parent / "newskb"
    proc = subprocess.Popen(
        [str(exe), "ingest", "--db", str(db), "--feed", site.feed, "--feed", slow, "--delay", "0"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # wait until the fast source's batch is in
        time.sleep(0.3)
        if db.exists() and _articles_or_none(db):
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    status = run_newskb("status", "--db", str(db), "--json")
    assert status.returncode == 0, status.stderr
    assert [r["status"] for r in json.loads(status.stdout)["runs"]] == ["interrupted"]
    again = run_newskb("ingest", "--db", str(db), "--feed", site.feed, "--delay", "0")
    assert again.returncode == 0, again.stderr
    assert snapshot(db) == clean


@pytest.mark.parametrize("stage", ["article", "facts", "load", "reconcile"])
def test_kill_9_at_each_stage_then_a_rerun_makes_the_clean_warehouse(
    stage: str, site: Site, clean: Any, tmp_path: Path
) -> None:
    """kill -9 while a page's text is extracted, while an article's facts are, inside the load's transaction
    (old facts deleted, new ones not in) and inside reconciliation's: the run shows as interrupted and the
    next run makes the clean warehouse. The run pauses at the stage (NEWSKB_PAUSE_AT, schema/pause_points.py)
    so the kill lands at a known point."""
    import selectors

    db = tmp_path / "w.duckdb"
    exe = Path(sys.executable).parent / "newskb"
    proc = subprocess.Popen(
        [str(exe), "ingest", "--db", str(db), "--feed", site.feed, "--delay", "0"],
        env={**os.environ, "NEWSKB_PAUSE_AT": stage}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    assert proc.stderr is not None
    said: list[str] = []
    with selectors.DefaultSelector() as sel:
        sel.register(proc.stderr, selectors.EVENT_READ)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and sel.select(timeout=deadline - time.monotonic()):
            line = proc.stderr.readline()
            said.append(line)
            if not line or f"paused at {stage}" in line:
                break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stderr.close()
    assert said and f"paused at {stage}" in said[-1], said
    killed = snapshot(db)  # nothing half-written: no article before the load commits, all of them after
    assert killed["articles"] == ([] if stage != "reconcile" else clean["articles"])
    assert killed["scores"] == ([] if stage != "reconcile" else clean["scores"])
    again = run_newskb("ingest", "--db", str(db), "--feed", site.feed, "--delay", "0")
    assert again.returncode == 0, again.stderr
    assert snapshot(db) == clean
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT status FROM runs ORDER BY started_at").fetchall() == [
            ("interrupted",),
            ("ok",),
        ]
    finally:
        con.close()


def _articles_or_none(db: Path) -> int | None:
    try:
        con = duckdb.connect(str(db), read_only=True)
    except duckdb.Error:
        return None  # the writer holds it
    try:
        row = con.execute("SELECT count(*) FROM article_rows").fetchone()
        return int(row[0]) if row else None
    except duckdb.Error:
        return None
    finally:
        con.close()


# --- readers never block writers ------------------------------------------------------------------------


def test_a_paused_reader_does_not_block_an_ingest(site: Site, clean: Any, tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    assert run_newskb("ingest", "--db", str(db), "--feed", site.feed, "--delay", "0").returncode == 0
    exe = Path(sys.executable).parent / "newskb"
    reader = subprocess.Popen(  # its output fills the pipe nobody reads: `newskb sql … | less`, paused
        [str(exe), "sql", "--db", str(db), "SELECT range, 'padding padding padding' FROM range(300000)"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        time.sleep(2.0)
        assert reader.poll() is None  # still blocked on its output
        again = run_newskb("ingest", "--db", str(db), "--feed", site.feed, "--delay", "0", timeout=60)
        assert again.returncode == 0, again.stderr
    finally:
        reader.kill()
        reader.wait()
    assert snapshot(db) == clean


# --- bad paths, foreign files, settings ------------------------------------------------------------------


def test_bad_warehouse_paths_are_refused_in_one_line(cli: Cli, tmp_path: Path) -> None:
    site_dir = tmp_path / "pages"
    site_dir.mkdir()
    shutil.copy(sorted(SAMPLE.glob("*.html"))[0], site_dir)
    foreign = tmp_path / "other.duckdb"
    con = duckdb.connect(str(foreign))
    con.execute("CREATE TABLE mine (x INTEGER)")
    con.close()
    before = foreign.read_bytes()
    for db, words in (
        (foreign, "another program"),
        (Path("/proc/version"), "not a DuckDB database"),
        (tmp_path, "not a DuckDB database"),
        (tmp_path / "pages" / "01-calder-3-pro-launch.html" / "w.duckdb", "not a folder"),
    ):
        res = cli("ingest", "--db", str(db), "--path", str(site_dir))
        assert res.code == 2, (db, res.err)
        assert words in res.err and len(res.err.strip().splitlines()) == 1, res.err
    for args in (
        ("status",),
        ("review", "list"),
        ("sql", "SELECT 1"),
        ("export", "--to", str(tmp_path / "x")),
    ):
        res = cli("--db", str(foreign), *args)  # reading commands: never converted or written either
        assert res.code == 2 and "not a newskb warehouse" in res.err, (args, res.err)
        assert len(res.err.strip().splitlines()) == 1, res.err
    web = run_newskb("review", "--web", "--db", str(foreign), "--port", "9", timeout=30)
    assert web.returncode == 2 and "not a newskb warehouse" in web.stderr, web.stderr  # refused, not served
    from starlette.testclient import TestClient

    from flows.review_web import create_app
    from schema.settings import load_settings

    with TestClient(
        create_app(load_settings(env={}).replace(db_path=foreign)), base_url="http://127.0.0.1"
    ) as page:
        got = page.get("/")  # a page already serving when its file was swapped: a readable answer
    assert got.status_code == 503 and "not a newskb warehouse" in got.text, got.text
    assert foreign.read_bytes() == before
    assert sorted(p.name for p in tmp_path.glob("other.duckdb*")) == ["other.duckdb"]  # no backup, no log
    assert not list(tmp_path.glob("*.run.lock"))
    empty = tmp_path / "empty.duckdb"
    duckdb.connect(str(empty)).close()  # an empty DuckDB database becomes a warehouse
    assert cli("ingest", "--db", str(empty), "--path", str(site_dir)).code == 0


def test_bad_settings_are_refused_in_one_line(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    for args in (("--delay", "-3"), ("--concurrency", "0"), ("--delay", "nan")):
        res = cli("ingest", "--url", "http://127.0.0.1:9/x", *args)
        assert res.code == 2 and len(res.err.strip().splitlines()) == 1, res.err
    monkeypatch.setenv("NEWSKB_DELAY", "3")  # a typo of NEWSKB_DELAY_SECONDS
    res = cli("status")
    assert res.code == 2 and "NEWSKB_DELAY" in res.err and len(res.err.strip().splitlines()) == 1


# --- a full disk (a small tmpfs; needs root) and a read-only folder ---------------------------------------


@contextlib.contextmanager
def _tmpfs(where: Path, size: int, *, read_only: bool = False) -> Iterator[Path]:
    """A tmpfs of `size` bytes mounted at `where` (skips the test, with the reason, when it cannot)."""
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs root (and mount); the full-disk cases did not run")
    where.mkdir(parents=True, exist_ok=True)
    opts = f"size={size}" + (",ro" if read_only else "")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", opts, "tmpfs", str(where)], capture_output=True, text=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip()}); the full-disk cases did not run")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def _fill(folder: Path) -> None:
    """Use up every free byte of the file system holding `folder`."""
    with (folder / "filler").open("wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    with contextlib.suppress(OSError), (folder / "filler2").open("wb") as fh:
        while True:
            fh.write(b"\0" * 512)
            fh.flush()


def test_a_full_disk_at_load_changes_nothing_stored(site: Site, clean: Any, tmp_path: Path) -> None:
    """An ingest that runs out of disk while loading: one line, exit 1, the warehouse as it was; with room
    again the next run makes the clean warehouse."""
    seed = tmp_path / "seed.duckdb"
    three = site.set_feed(site.pages[:3], "three")
    assert run_newskb("ingest", "--db", str(seed), "--feed", three, "--delay", "0").returncode == 0
    with _tmpfs(tmp_path / "small", seed.stat().st_size + 1_000_000) as small:
        db = small / "w.duckdb"
        shutil.copy(seed, db)
        _fill(small)
        before = snapshot(db)
        res = run_newskb("ingest", "--db", str(db), "--feed", site.feed, "--delay", "0")
        assert res.returncode == 1 and "disk is full" in res.stderr, res.stderr
        assert len(res.stderr.strip().splitlines()) == 1 and "Traceback" not in res.stderr
        assert snapshot(db) == before
        shutil.copy(db, tmp_path / "after.duckdb")
        for extra in ("w.duckdb.wal",):
            if (small / extra).exists():
                shutil.copy(small / extra, tmp_path / "after.duckdb.wal")
    after = tmp_path / "after.duckdb"
    again = run_newskb("ingest", "--db", str(after), "--feed", site.feed, "--delay", "0")
    assert again.returncode == 0, again.stderr
    assert snapshot(after) == clean
    runs = json.loads(run_newskb("status", "--db", str(after), "--json").stdout)["runs"]
    assert "running" not in [r["status"] for r in runs]  # the run the disk stopped is not left running


def test_a_full_disk_at_review_changes_nothing_and_says_so(site: Site, clean: Any, tmp_path: Path) -> None:
    """A decision on a full disk, from the CLI and from the review page: one line (exit 1) or a readable
    page (503), and the contradiction as it was."""
    from starlette.testclient import TestClient

    from flows.review_web import create_app
    from schema.settings import load_settings

    seed = tmp_path / "seed.duckdb"
    assert run_newskb("ingest", "--db", str(seed), "--feed", site.feed, "--delay", "0").returncode == 0
    cid = clean["contradictions"][0][0]
    with _tmpfs(tmp_path / "small", seed.stat().st_size + 1_000_000) as small:
        db = small / "w.duckdb"
        shutil.copy(seed, db)
        _fill(small)
        before = snapshot(db)
        res = run_newskb("review", "dismiss", cid, "--note", "same run", "--db", str(db))
        assert res.returncode == 1 and "disk is full" in res.stderr, res.stderr
        assert len(res.stderr.strip().splitlines()) == 1 and "Traceback" not in res.stderr
        settings = load_settings(env={}).replace(db_path=db, review_busy_timeout=2.0)
        with TestClient(create_app(settings), base_url="http://127.0.0.1") as web:
            page = web.post(
                f"/c/{cid}/dismiss", data={"note": "same run", "who": "t"},
                headers={"Origin": "http://127.0.0.1"}, follow_redirects=False,
            )  # fmt: skip
        assert page.status_code == 503 and "NOT recorded" in page.text and "disk is full" in page.text
        assert snapshot(db) == before


def test_a_read_only_folder_is_refused_in_one_line(cli: Cli, tmp_path: Path) -> None:
    with _tmpfs(tmp_path / "ro", 1_000_000, read_only=True) as ro:
        res = cli("ingest", "--db", str(ro / "w.duckdb"), "--path", str(SAMPLE))
    assert res.code == 2 and "not writable" in res.err and len(res.err.strip().splitlines()) == 1, res.err
