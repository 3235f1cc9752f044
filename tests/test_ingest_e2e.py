"""End to end: a real HTTP server on 127.0.0.1, a feed, the sample archive, a real DuckDB file."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import duckdb
import pytest

from tests.conftest import SAMPLE, StaticSite


def build_feed(site: StaticSite, pages: list[Path]) -> str:
    (site.root / "a").mkdir(exist_ok=True)
    items = []
    for page in pages:
        shutil.copy(page, site.root / "a" / page.name)
        link = site.url(f"a/{page.name}")
        items.append(f"<item><title>{page.stem}</title><link>{link}</link><guid>{link}</guid></item>")
    feed = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title>'
        f"<link>{site.base}/</link><description>d</description>{''.join(items)}</channel></rss>"
    )
    (site.root / "feed.xml").write_text(feed, encoding="utf-8")
    return site.url("feed.xml")


def fingerprint(db: Path) -> str:
    con = duckdb.connect(str(db), read_only=True)
    try:
        parts = []
        for table, volatile in (
            ("article_rows", "load_id, fetched_at"),
            ("score_facts", "load_id"),
            ("attribute_facts", "load_id"),
            ("claim_facts", "load_id"),
        ):
            rows = con.execute(f"SELECT * EXCLUDE ({volatile}) FROM {table} ORDER BY ALL").fetchall()
            parts.append(repr(rows))
        return hashlib.sha256("".join(parts).encode()).hexdigest()
    finally:
        con.close()


def test_feed_ingest_is_idempotent(cli, static_site: StaticSite, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    pages = sorted(SAMPLE.glob("*.html"))
    feed = build_feed(static_site, pages)
    first = cli(
        "--db", str(db_path), "ingest", "--feed", feed, "--delay", "0", "--concurrency", "4", "--json"
    )
    assert first.code == 0, first.out + first.err
    summary = json.loads(first.out)
    assert summary["totals"]["new"] == len(pages) and summary["totals"]["failed"] == 0
    con = duckdb.connect(str(db_path), read_only=True)
    n_articles, n_scores = con.execute(
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM scores)"
    ).fetchone()  # type: ignore[misc]
    urls = {r[0] for r in con.execute("SELECT DISTINCT article_url FROM scores").fetchall()}
    lineage = con.execute(
        "SELECT count(*) FROM scores WHERE evidence IS NULL OR extractor_version IS NULL OR load_id IS NULL"
    ).fetchone()
    con.close()
    assert n_articles == len(pages) and n_scores > 20
    assert all(u.startswith(static_site.base) for u in urls)  # article_url is the feed's link
    assert lineage == (0,)
    before = fingerprint(db_path)
    second = cli("--db", str(db_path), "ingest", "--feed", feed, "--delay", "0", "--json")
    assert second.code == 0
    totals = json.loads(second.out)["totals"]
    assert totals["unchanged"] == len(pages) and totals["new"] == totals["updated"] == 0
    assert fingerprint(db_path) == before


def test_spun_copy_shares_a_copy_group(cli, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    res = cli("--db", str(db_path), "ingest", "--path", str(SAMPLE), "--json")
    assert res.code == 0, res.err
    con = duckdb.connect(str(db_path), read_only=True)
    groups = dict(con.execute("SELECT regexp_extract(url, '[^/]+$'), copy_group FROM articles").fetchall())
    con.close()
    by_group: dict[str, list[str]] = {}
    for name, group in groups.items():
        by_group.setdefault(group, []).append(name)
    merged = [sorted(v) for v in by_group.values() if len(v) > 1]
    expected = json.loads((SAMPLE.parent / "expected.json").read_text())["copy_groups"]
    assert len(merged) == len(expected)


def test_unreachable_feed_is_partial_and_the_sample_still_loads(
    cli, tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("NEWSKB_RETRIES", "0")
    sources = tmp_path / "sources.toml"
    sources.write_text(
        f'[[source]]\nname = "sample"\nkind = "path"\nlocation = "{SAMPLE}"\n'
        '[[source]]\nname = "dead-feed"\nkind = "feed"\nlocation = "http://127.0.0.1:9/feed.xml"\n'
    )
    res = cli("--db", str(db_path), "ingest", "--sources", str(sources))
    assert res.code == 1, res.out + res.err
    assert "dead-feed" in res.out and "unreachable" in res.out
    assert "sample [path] ok: new=10" in res.out
    listing = cli("--db", str(db_path), "review", "list", "--json")
    assert listing.code == 0 and len(json.loads(listing.out)) >= 1


def test_a_failed_page_changes_nothing_stored(
    cli, static_site: StaticSite, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("NEWSKB_RECHECK_HOURS", "0")  # re-ask known pages even though the feed is unchanged
    pages = sorted(SAMPLE.glob("*.html"))[:3]
    feed = build_feed(static_site, pages)
    assert cli("--db", str(db_path), "ingest", "--feed", feed, "--delay", "0").code == 0
    before = fingerprint(db_path)
    emptied = static_site.root / "a" / pages[0].name
    emptied.write_bytes(b"")  # the page now comes back empty
    later = emptied.stat().st_mtime + 10  # past the second the first fetch saw, so no 304
    os.utime(emptied, (later, later))
    (static_site.root / "a" / pages[1].name).unlink()  # and this one is gone (404)
    res = cli("--db", str(db_path), "ingest", "--feed", feed, "--delay", "0")
    assert res.code == 1 and "404" in res.out and "empty" in res.out
    assert fingerprint(db_path) == before


def test_reprocess_reextracts_without_fetching(cli, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("--db", str(db_path), "ingest", "--path", str(SAMPLE)).code == 0
    before = fingerprint(db_path)
    res = cli("--db", str(db_path), "reprocess", "--json")
    assert res.code == 0, res.err
    assert json.loads(res.out)["totals"]["updated"] == 10
    assert fingerprint(db_path) == before  # same rules, same facts


def test_an_unchanged_feed_skips_all_later_work(cli, static_site: StaticSite, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    pages = sorted(SAMPLE.glob("*.html"))
    feed = build_feed(static_site, pages[:4])
    assert cli("--db", str(db_path), "ingest", "--feed", feed, "--delay", "0").code == 0
    second = cli("--db", str(db_path), "ingest", "--feed", feed, "--delay", "0", "--json")
    assert json.loads(second.out)["totals"]["unchanged"] == 4
    con = duckdb.connect(str(db_path), read_only=True)
    last = con.execute("SELECT load_id FROM loads ORDER BY started_at DESC LIMIT 1").fetchone()
    fetched = con.execute("SELECT url, status FROM fetch_log WHERE load_id = ?", [last[0]]).fetchall()  # type: ignore[index]
    con.close()
    assert fetched == [(feed, 304)]  # one conditional request for the feed, none for its known entries
    # a new item in the feed: only it is fetched
    feed = build_feed(static_site, pages[:5])
    later = (static_site.root / "feed.xml").stat().st_mtime + 10
    os.utime(static_site.root / "feed.xml", (later, later))
    third = cli("--db", str(db_path), "ingest", "--feed", feed, "--delay", "0", "--json")
    totals = json.loads(third.out)["totals"]
    assert (totals["new"], totals["unchanged"]) == (1, 4)
