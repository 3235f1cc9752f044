"""Schema changes are numbered migrations; an old database upgrades in place and keeps its data."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from warehouse.db import connect
from warehouse.migrations import MigrationError, available, migrate

FIXTURE = Path(__file__).parent / "fixtures" / "warehouse_v1.duckdb"


def test_migrations_are_numbered_in_order() -> None:
    # Engineers working side by side take separate number ranges, so gaps are allowed; repeats are not.
    versions = [m.version for m in available()]
    assert versions[0] == 1 and versions == sorted(set(versions))


def test_upgrade_a_database_made_with_the_first_schema(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    shutil.copy(FIXTURE, db)
    con = connect(db)
    try:
        recorded = [r[0] for r in con.execute("SELECT version FROM _migrations ORDER BY version").fetchall()]
        assert recorded == [m.version for m in available()]
        row = con.execute("SELECT model, benchmark, value, article_url FROM scores").fetchone()
        assert row == ("Fenwick-1", "GPQA Diamond", 61.5, "https://old.example/story")
        assert migrate(con) == []  # nothing left to apply: idempotent
    finally:
        con.close()


def test_a_failing_migration_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import warehouse.migrations as mig

    bad_dir = tmp_path / "migrations"
    bad_dir.mkdir()
    for m in available():
        shutil.copy(m.path, bad_dir / m.path.name)
    nxt = max(m.version for m in available()) + 1
    (bad_dir / f"{nxt:04d}_broken.sql").write_text("CREATE TABLE half_done (x INTEGER);\nSELEC nonsense;\n")
    monkeypatch.setattr(mig, "MIGRATIONS_DIR", bad_dir)
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    with pytest.raises(MigrationError, match="broken"):
        migrate(con)
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert "half_done" not in tables
    assert nxt not in {r[0] for r in con.execute("SELECT version FROM _migrations").fetchall()}
