"""Numbered schema migrations (NNNN_name.sql), each applied in one transaction and recorded."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import duckdb

MIGRATIONS_DIR = Path(__file__).parent
_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    path: Path


class MigrationError(RuntimeError):
    pass


def available() -> list[Migration]:
    found: list[Migration] = []
    for path in sorted(MIGRATIONS_DIR.glob("*.sql")):
        m = _NAME.match(path.name)
        if not m:
            raise MigrationError(f"{path}: migration files are named NNNN_name.sql")
        found.append(Migration(int(m.group(1)), m.group(2), path))
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise MigrationError(f"{MIGRATIONS_DIR}: two migrations share a number")
    return found


def applied(con: duckdb.DuckDBPyConnection) -> set[int]:
    con.execute(
        "CREATE TABLE IF NOT EXISTS _migrations ("
        " version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ DEFAULT now())"
    )
    return {int(r[0]) for r in con.execute("SELECT version FROM _migrations").fetchall()}


def migrate(con: duckdb.DuckDBPyConnection, *, target: int | None = None) -> list[Migration]:
    """Apply every migration not yet recorded, in order, each in its own transaction; then the comments."""
    done = applied(con)
    newly: list[Migration] = []
    for mig in available():
        if mig.version in done or (target is not None and mig.version > target):
            continue
        sql = mig.path.read_text(encoding="utf-8")
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(sql)
            con.execute("INSERT INTO _migrations (version, name) VALUES (?, ?)", [mig.version, mig.name])
        except duckdb.Error as exc:
            con.execute("ROLLBACK")
            raise MigrationError(f"{mig.path.name}: {exc}") from None
        con.execute("COMMIT")
        newly.append(mig)
    from warehouse.catalog import sync_comments  # the views' comments, re-applied when they may be stale

    sync_comments(con, force=bool(newly))
    return newly
