"""Regression tests for failure paths: failed pages are retried, interrupted runs are closed and
reconciled later, a page cannot take over another site's article, reprocess keys pages as ingest did,
and text output cannot drive the terminal."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from flows.pipeline import run_ingest
from schema.settings import Settings, Source
from tests.conftest import SAMPLE, StaticSite


def test_a_failed_page_is_tried_again_not_vouched_for(cli, tmp_path: Path, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "archive"
    folder.mkdir()
    shutil.copy(SAMPLE / "01-calder-3-pro-launch.html", folder)
    (folder / "broken.html").write_bytes(b"\x89PNG\r\n\x1a\n not a page")
    for _ in range(2):
        res = cli("--db", str(db_path), "ingest", "--path", str(folder), "--json")
        totals = json.loads(res.out)["totals"]
        assert res.code == 1 and totals["failed"] == 1  # still failing, still reported, never "unchanged"
    (folder / "broken.html").write_text((SAMPLE / "04-calder-3-pro-retest.html").read_text())
    res = cli("--db", str(db_path), "ingest", "--path", str(folder), "--json")
    assert res.code == 0 and json.loads(res.out)["totals"]["new"] == 1


def test_an_interrupted_run_is_closed_and_reconciled_by_the_next(tmp_path: Path) -> None:
    settings = Settings(db_path=tmp_path / "w.duckdb")
    calls = []

    def stop_after_first_source(stage: str, done: int, total: int) -> None:
        calls.append(stage)
        if len(calls) == 2:
            raise KeyboardInterrupt

    half = tmp_path / "half"
    half.mkdir()
    for name in ("01-calder-3-pro-launch.html", "04-calder-3-pro-retest.html"):
        shutil.copy(SAMPLE / name, half)
    sources = [
        Source(name="a", kind="path", location=str(half)),
        Source(name="b", kind="path", location=str(SAMPLE)),
    ]
    with pytest.raises(KeyboardInterrupt):
        run_ingest(settings, sources, progress=stop_after_first_source)
    con = duckdb.connect(str(settings.db_path), read_only=True)
    status = con.execute("SELECT status FROM runs").fetchall()
    grouped = con.execute("SELECT count(*) FROM article_rows WHERE copy_group IS NULL").fetchone()
    con.close()
    assert status == [("interrupted",)] and grouped == (2,)  # loaded, not yet grouped or reconciled
    summary = run_ingest(settings, sources[:1])  # nothing new in it, but the earlier run is pending
    assert summary.totals()["unchanged"] == 2
    con = duckdb.connect(str(settings.db_path), read_only=True)
    grouped = con.execute("SELECT count(*) FROM article_rows WHERE copy_group IS NULL").fetchone()
    flagged = con.execute("SELECT count(*) FROM contradictions").fetchone()
    con.close()
    assert grouped == (0,) and flagged is not None and flagged[0] >= 1  # 74.2 vs 69.8 on SWE-bench Verified


def test_a_page_cannot_take_over_another_sites_article(cli, static_site: StaticSite, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    original = SAMPLE / "01-calder-3-pro-launch.html"
    assert cli("--db", str(db_path), "ingest", "--path", str(SAMPLE)).code == 0
    forged = original.read_text().replace("74.2", "99.9")  # same canonical link, different figures
    (static_site.root / "forged.html").write_text(forged)
    res = cli("--db", str(db_path), "ingest", "--url", static_site.url("forged.html"), "--delay", "0")
    assert res.code == 0, res.out + res.err
    con = duckdb.connect(str(db_path), read_only=True)
    values = sorted(
        r[0]
        for r in con.execute(
            "SELECT value FROM scores WHERE model = 'Calder-3 Pro' AND benchmark = 'SWE-bench Verified'"
        ).fetchall()
    )
    n_articles = con.execute("SELECT count(*) FROM articles").fetchone()
    con.close()
    assert n_articles == (11,)  # the forged page is its own article
    assert 74.2 in values and 99.9 in values  # the original's facts survive; the two now disagree


def test_reprocess_keys_local_files_with_odd_names_as_ingest_did(cli, tmp_path: Path, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "odd names"
    folder.mkdir()
    shutil.copy(SAMPLE / "02-petrel-4-announced.html", folder / "a b.html")
    (folder / "é notes.md").write_text(
        "# Pellam-2 notes\n\nPellam-2 from Quarry Labs scored 61.5 on GPQA Diamond in our run, "
        "and 44.0 on SWE-bench Verified. " * 3
    )
    assert cli("--db", str(db_path), "ingest", "--path", str(folder)).code == 0
    res = cli("--db", str(db_path), "reprocess", "--json")
    assert res.code == 0 and json.loads(res.out)["totals"]["updated"] == 2
    con = duckdb.connect(str(db_path), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (2,)
    con.close()


def test_text_output_cannot_drive_the_terminal(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = (SAMPLE / "02-petrel-4-announced.html").read_text()
    start = page.index("<p>", page.index("<article")) + len("<p>")
    evil = tmp_path / "x.html"
    evil.write_text(page[:start] + "Hi\x1b]0;pwned\x07\x1b[31m there. " + page[start:])
    res = cli("extract", str(evil))
    assert res.code == 0 and "pwned" in res.out
    assert "\x1b" not in res.out and "\x07" not in res.out


def test_a_closed_pipe_is_not_an_error(db_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("--db", str(db_path), "ingest", "--path", str(SAMPLE)).code == 0
    exe = Path(sys.executable).parent / "newskb"
    proc = subprocess.run(
        f"'{exe}' --db '{db_path}' sql 'select * from range(200000)' | head -n 2",
        shell=True,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.stdout.splitlines()[0].strip() == "range" and "Traceback" not in proc.stderr
