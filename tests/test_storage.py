"""The warehouse file opens in the DuckDB releases users have: the newest 1.x CLI on PyPI (installed as a
dev dependency, pinned in constraints.txt) reads it, and a file written in a newer storage format is
converted once, keeping the original as a backup."""

from __future__ import annotations

import csv
import io
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from warehouse.db import READABLE_FORMAT, connect

FIXTURE = Path(__file__).parent / "fixtures" / "warehouse_v1.duckdb"
DUCKDB_CLI = Path(sys.executable).parent / "duckdb"


def storage_format(path: Path) -> int:
    return int(struct.unpack("<Q", path.read_bytes()[12:20])[0])


def cli_query(db: Path, sql: str) -> list[list[str]]:
    """Rows (header first) that the DuckDB CLI prints for `sql` on a read-only open of `db`."""
    res = subprocess.run(
        [str(DUCKDB_CLI), "-readonly", "-csv", str(db), "-c", sql],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert res.returncode == 0, res.stderr
    return list(csv.reader(io.StringIO(res.stdout)))


@pytest.fixture(scope="module")
def cli_version() -> str:
    if not DUCKDB_CLI.exists():
        pytest.fail(f"{DUCKDB_CLI} missing: `make install` installs duckdb-cli (a dev dependency)")
    out = subprocess.run([str(DUCKDB_CLI), "--version"], capture_output=True, text=True, check=True).stdout
    assert out.startswith("v1."), out  # a release behind the Python package we pin
    return out.split()[0]


def test_the_duckdb_1x_cli_reads_the_sample_warehouse(sample_warehouse: Path, cli_version: str) -> None:
    assert storage_format(sample_warehouse) <= READABLE_FORMAT
    con = duckdb.connect(str(sample_warehouse), read_only=True)
    try:
        expected = con.execute("SELECT count(*), round(sum(value), 1) FROM scores").fetchone()
        board = con.execute("SELECT count(*) FROM leaderboard").fetchone()
    finally:
        con.close()
    rows = cli_query(sample_warehouse, "SELECT count(*) AS n, round(sum(value), 1) AS total FROM scores")
    assert rows[1] == [str(expected[0]), str(expected[1])] if expected else False
    # views, macros and comments made by DuckDB 2 work in the 1.x CLI too
    rows = cli_query(
        sample_warehouse,
        "SELECT (SELECT count(*) FROM leaderboard) AS board, "
        "(SELECT count(*) FROM scores WHERE benchmark_is(benchmark, 'hle')) AS hle, "
        "(SELECT comment FROM duckdb_columns() "
        " WHERE table_name = 'leaderboard' AND column_name = 'rank') AS c",
    )
    assert board is not None and rows[1][0] == str(board[0])
    assert int(rows[1][1]) > 0 and rows[1][2].startswith("place on the benchmark")


def test_a_newer_format_file_is_converted_once_with_a_backup(tmp_path: Path, cli_version: str) -> None:
    db = tmp_path / "old.duckdb"
    shutil.copy(FIXTURE, db)
    original = db.read_bytes()
    assert storage_format(db) > READABLE_FORMAT  # written by DuckDB 2.0's default format
    con = connect(db, read_only=True)  # even a read-only command converts (through a short write)
    try:
        assert con.execute("SELECT model, value FROM scores").fetchall() == [("Fenwick-1", 61.5)]
    finally:
        con.close()
    assert storage_format(db) <= READABLE_FORMAT
    backup = tmp_path / "old.duckdb.pre-v1.5-format.bak"
    assert backup.read_bytes() == original
    assert cli_query(db, "SELECT model, benchmark, value FROM scores")[1] == [
        "Fenwick-1",
        "GPQA Diamond",
        "61.5",
    ]
    connect(db).close()  # a second open finds nothing to convert
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.duckdb", "old.duckdb.pre-v1.5-format.bak"]
