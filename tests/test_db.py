"""Opening the warehouse: schema versions behind or ahead of this code, and files that are not DuckDB."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest

from tests.conftest import CliResult
from warehouse.db import InputError, WarehouseBusy, WarehouseError, WarehouseNotDuckDB, connect
from warehouse.migrations import available

FIXTURE = Path(__file__).parent / "fixtures" / "warehouse_v1.duckdb"
LATEST = max(m.version for m in available())


def _versions(db: Path) -> list[int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return [r[0] for r in con.execute("SELECT version FROM _migrations ORDER BY version").fetchall()]
    finally:
        con.close()


@pytest.fixture
def v1(tmp_path: Path) -> Path:
    db = tmp_path / "old.duckdb"
    shutil.copy(FIXTURE, db)
    assert _versions(db) == [1]
    return db


def test_read_only_open_upgrades_an_old_warehouse_once(v1: Path) -> None:
    con = connect(v1, read_only=True)
    try:
        row = con.execute("SELECT model, benchmark, value, article_url FROM scores").fetchone()
        assert row == ("Fenwick-1", "GPQA Diamond", 61.5, "https://old.example/story")
        assert con.execute("SELECT count(*) FROM contradictions").fetchone() == (0,)
        with pytest.raises(duckdb.Error, match="read-only"):
            con.execute("CREATE TABLE t (x INTEGER)")
    finally:
        con.close()
    assert _versions(v1) == [m.version for m in available()]
    connect(v1, read_only=True).close()  # already current: nothing to do
    assert _versions(v1) == [m.version for m in available()]


def test_read_verbs_work_on_an_old_warehouse(v1: Path, cli: Callable[..., CliResult]) -> None:
    listed = cli("--db", str(v1), "review", "list", "--json")
    assert listed.code == 0, listed.err
    assert "Traceback" not in listed.err and "CatalogException" not in listed.err
    status = cli("--db", str(v1), "status", "--json")
    assert status.code == 0, status.err
    info = json.loads(status.out)
    assert (info["scores"], info["open_contradictions"]) == (1, 0)


def test_read_only_upgrade_waits_for_the_lock_then_gives_up(v1: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('ready', flush=True); "
            "sys.stdin.readline()",
            str(v1),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(WarehouseBusy):
            connect(v1, read_only=True, busy_timeout=0.3)
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=30)
    # the holder migrated nothing; the read-only open now upgrades
    connect(v1, read_only=True).close()
    assert _versions(v1)[-1] == LATEST


def test_a_warehouse_newer_than_this_code_is_refused(v1: Path, cli: Callable[..., CliResult]) -> None:
    con = connect(v1)
    con.execute("INSERT INTO _migrations (version, name) VALUES (?, 'from_the_future')", [LATEST + 6])
    con.close()
    want = f"warehouse schema v{LATEST + 6} is newer than this newskb \\(v{LATEST}\\); upgrade newskb"
    with pytest.raises(WarehouseError, match=want):
        connect(v1, read_only=True)
    with pytest.raises(WarehouseError, match=want):
        connect(v1)
    res = cli("--db", str(v1), "review", "list")
    assert res.code == 1
    assert len(res.err.strip().splitlines()) == 1 and "upgrade newskb" in res.err


@pytest.mark.parametrize("content", [b"not a database, just some text\n", b"", b"\x00" * 4096])
def test_a_file_that_is_not_duckdb_is_an_input_error_and_untouched(
    tmp_path: Path, cli: Callable[..., CliResult], content: bytes
) -> None:
    bogus = tmp_path / "notes.txt"
    bogus.write_bytes(content)
    before = bogus.stat().st_mtime_ns
    for read_only in (True, False):
        with pytest.raises(WarehouseNotDuckDB, match=r"notes\.txt: not a DuckDB database") as info:
            connect(bogus, read_only=read_only)
        assert isinstance(info.value, InputError)
    for args in (("sql", "select 1"), ("review", "list"), ("status",)):
        res = cli("--db", str(bogus), *args)
        assert res.code == 2, (args, res)
        assert len(res.err.strip().splitlines()) == 1 and str(bogus) in res.err
    assert bogus.read_bytes() == content and bogus.stat().st_mtime_ns == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_status_without_a_warehouse_says_what_to_do(tmp_path: Path, cli: Callable[..., CliResult]) -> None:
    missing = tmp_path / "nowhere" / "wh.duckdb"
    res = cli("--db", str(missing), "status", "--json")
    assert res.code == 0, res.err
    info = json.loads(res.out)
    assert info["missing"] is True
    assert info["note"] == f"no warehouse at {missing} yet — run `newskb ingest`"
    assert not missing.exists()


def test_runs_round_trip(tmp_path: Path) -> None:
    from warehouse.runs import finish_run, last_runs, start_run

    con = connect(tmp_path / "wh.duckdb")
    try:
        start_run(con, "r1", "manual")
        assert [(r["run_id"], r["status"]) for r in last_runs(con)] == [("r1", "running")]
        finish_run(
            con, "r1", "ok", [{"source": "a", "new": 2, "failed": 1}, {"source": "b", "unchanged": 3}], 4
        )
        (run,) = last_runs(con)
        got = (run["status"], run["articles_new"], run["articles_unchanged"], run["articles_failed"])
        assert got == ("ok", 2, 3, 1) and run["contradictions_opened"] == 4
        assert json.loads(run["counts_json"])[1]["source"] == "b"
    finally:
        con.close()
