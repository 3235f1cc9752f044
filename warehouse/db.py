"""Opening the warehouse: one DuckDB file, one writing process at a time.

DuckDB locks the whole file while a process has it open for writing; any other process (even a
read-only one) fails at once. `connect` retries with backoff for a bounded time and then raises
`WarehouseBusy`, naming the process that holds the lock, so callers can say so and exit cleanly.

The schema version is checked on every open: a warehouse behind this code is upgraded (a read-only open
upgrades it once through a short writing connection; migrations only add schema), one ahead of it is refused.

The file is written in the storage format of DuckDB `STORAGE_VERSION` (1.5), not the newest one, so the
DuckDB releases users have (a 1.5 CLI, a notebook a release behind) can open it. A warehouse written in a
newer format is converted once, on its first open: copied into a new file in the older format, checked
table by table, swapped in; the original is kept beside it as `<name>.pre-v1.5-format.bak`.
"""

from __future__ import annotations

import errno
import os
import random
import re
import struct
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from warehouse.migrations import available, migrate


class WarehouseError(RuntimeError):
    """A warehouse problem with a message fit for the user."""


class InputError(ValueError):
    """Bad input to a warehouse operation (unknown id, a value that is not a number…): exit code 2."""


class WarehouseBusy(WarehouseError):
    """Another process holds the warehouse's write lock."""

    def __init__(self, path: Path, holder: str | None) -> None:
        who = f"process {holder}" if holder else "another process"
        super().__init__(f"{path}: the warehouse is busy (locked by {who}); try again when it finishes")
        self.path = path
        self.holder = holder


class WarehouseMissing(WarehouseError):
    pass


class WarehouseNotDuckDB(InputError):
    """The path names a file that is not a DuckDB database (it is left untouched): exit code 2."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path}: not a DuckDB database (wrong --db or NEWSKB_DB?); left untouched")
        self.path = path


class WarehouseForeign(InputError):
    """A DuckDB database that is not a newskb warehouse (another program's): refused, left untouched."""

    def __init__(self, path: Path, tables: int) -> None:
        super().__init__(
            f"{path}: a DuckDB database of another program ({tables} tables, no newskb schema); "
            "newskb writes only to its own warehouse or an empty file; left untouched"
        )
        self.path = path


class WarehouseNotNewskb(InputError):
    """A DuckDB database without newskb's schema given to a command that only reads: refused, untouched."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path}: not a newskb warehouse (no _migrations table); left untouched")
        self.path = path


class WarehouseUnwritable(InputError):
    """The warehouse (or its folder) cannot be written: a path or permission problem, exit code 2."""


def is_storage_full(exc: BaseException) -> bool:
    """Whether an error is the disk (or quota) running out of space."""
    text = str(exc)
    return (isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)) or (
        "No space left on device" in text or "Disk quota exceeded" in text
    )


def check_writable(path: Path) -> None:
    """Refuse, before anything is written, a warehouse path that cannot be a writable database file:
    a folder or device (`/proc/version`), another program's database, a missing or read-only folder."""
    path = Path(path)
    if path.exists():
        if not path.is_file():
            raise WarehouseNotDuckDB(path)
        if _storage_format(path) is None:  # /proc files say size 0 but have content: read them
            raise WarehouseNotDuckDB(path)
        _refuse_foreign_file(path)
        if not os.access(path, os.W_OK) or _read_only_mount(path.parent):
            raise WarehouseUnwritable(f"{path}: the warehouse file is not writable; nothing was changed")
        return
    probe = path.parent
    while not probe.exists():
        probe = probe.parent
    if not probe.is_dir():
        raise WarehouseUnwritable(f"{path}: {probe} is not a folder; nothing was changed")
    if not os.access(probe, os.W_OK | os.X_OK) or _read_only_mount(probe):
        raise WarehouseUnwritable(f"{path}: the folder {probe} is not writable; nothing was changed")


def _read_only_mount(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def _refuse_foreign_file(path: Path, *, reading: bool = False) -> None:
    """`_refuse_foreign` through a short read-only look (skipped while a writer holds the file: then it
    is being written by newskb or another program, and the writing open checks again). `reading`: for a
    command that only reads, an empty database is refused too (it holds nothing to read)."""
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error:
        return
    try:
        if _recorded_versions(con) is None:
            if reading:
                raise WarehouseNotNewskb(path)
            _refuse_foreign(path, con)
    finally:
        con.close()


def _refuse_foreign(path: Path, con: duckdb.DuckDBPyConnection) -> None:
    """A database without `_migrations` is made a warehouse only when it is empty."""
    row = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE NOT internal AND database_name = current_database()"
    ).fetchone()
    views = con.execute(
        "SELECT count(*) FROM duckdb_views() WHERE NOT internal AND database_name = current_database()"
    ).fetchone()
    n = (row[0] if row else 0) + (views[0] if views else 0)
    if n:
        raise WarehouseForeign(path, n)


_DUCKDB_MAGIC = b"DUCK"  # bytes 8-11 of every DuckDB database file; bytes 12-19: the storage format number

STORAGE_VERSION = "v1.5.0"  # the oldest DuckDB release that must be able to read the warehouse
READABLE_FORMAT = 68  # the newest storage format number DuckDB 1.5 reads (it reads 64-68)


_LOCK_RE = re.compile(r"(?:Conflicting lock is held in|lock on file).*?(?:PID|pid)\s*(\d+)", re.S)


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc)
    return "lock" in text.lower() and ("Conflicting" in text or "Could not set lock" in text)


def _holder(exc: Exception) -> str | None:
    text = str(exc)
    m = _LOCK_RE.search(text)
    if not m:
        return None
    exe = re.search(r"Conflicting lock is held in (\S+)", text)
    return f"{m.group(1)} ({exe.group(1)})" if exe else m.group(1)


def _storage_format(path: Path) -> int | None:
    """The file's storage format number, or None when it is not a DuckDB database."""
    try:
        with path.open("rb") as fh:
            head = fh.read(20)
    except OSError as exc:
        raise WarehouseError(f"{path}: cannot read the warehouse ({exc.strerror or exc})") from None
    if len(head) < 20 or head[8:12] != _DUCKDB_MAGIC:
        return None
    return int(struct.unpack("<Q", head[12:20])[0])


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def convert_storage(path: Path, deadline: float) -> Path:
    """Rewrite a warehouse stored in a newer format than `READABLE_FORMAT` in the `STORAGE_VERSION` format.

    Holds the file's write lock throughout: checkpoints it, copies every table, view, macro and sequence
    (with comments) into a new file, compares row counts table by table, then swaps the new file in and
    keeps the original as a backup, whose path is returned. Any failure leaves the original untouched.
    """
    tmp = path.with_name(path.name + ".convert.tmp")
    backup = path.with_name(path.name + ".pre-v1.5-format.bak")
    if backup.exists():
        backup = path.with_name(f"{path.name}.pre-v1.5-format.{int(time.time())}.bak")
    con = _open(path, False, deadline)
    try:
        if _recorded_versions(con) is None:
            _refuse_foreign(path, con)  # another program's database is never rewritten
        con.execute("CHECKPOINT")  # folds the WAL in, so the swap leaves no log behind
        for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
            leftover.unlink(missing_ok=True)
        row = con.execute("SELECT current_database()").fetchone()
        source = str(row[0]) if row else ""
        con.execute(f"ATTACH '{_sql_path(tmp)}' AS newskb_convert (STORAGE_VERSION '{STORAGE_VERSION}')")
        try:
            con.execute(f'COPY FROM DATABASE "{source}" TO newskb_convert')
            tables = con.execute(
                "SELECT table_name FROM duckdb_tables() WHERE database_name = ? AND schema_name = 'main'",
                [source],
            ).fetchall()
            for (table,) in tables:
                a = con.execute(f'SELECT count(*) FROM "{source}".main."{table}"').fetchone()
                b = con.execute(f'SELECT count(*) FROM newskb_convert.main."{table}"').fetchone()
                if a != b:
                    raise WarehouseError(f"{path}: converting the storage format lost rows of {table}")
            con.execute("CHECKPOINT newskb_convert")
        finally:
            con.execute("DETACH newskb_convert")
        if Path(str(path) + ".wal").exists():
            raise WarehouseError(f"{path}: a write-ahead log is left after CHECKPOINT; not converting")
        os.replace(path, backup)  # still locked by `con`: no other process writes in between
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        con.close()
    return backup


OnWait = Callable[[str | None, float], None]  # (holder, seconds it will wait at most)


def _open(
    path: Path, read_only: bool, deadline: float, on_wait: OnWait | None = None
) -> duckdb.DuckDBPyConnection:
    """One DuckDB connection, retried with backoff while another process holds the lock, until `deadline`.

    `on_wait` is told once, at the first refusal, who holds the file and how long this open will wait."""
    delay = 0.05
    told = on_wait is None
    while True:
        try:
            return duckdb.connect(
                str(path), read_only=read_only, config={"storage_compatibility_version": STORAGE_VERSION}
            )
        except duckdb.Error as exc:
            if "not a valid DuckDB database" in str(exc):
                raise WarehouseNotDuckDB(path) from None
            if not _is_lock_error(exc):
                raise WarehouseError(f"{path}: cannot open the warehouse ({exc})") from None
            if time.monotonic() >= deadline:
                raise WarehouseBusy(path, _holder(exc)) from None
            if not told and on_wait is not None:
                told = True
                on_wait(_holder(exc), max(0.0, deadline - time.monotonic()))
            time.sleep(min(delay, max(0.0, deadline - time.monotonic())) + random.uniform(0, 0.02))
            delay = min(delay * 2, 1.0)


def _recorded_versions(con: duckdb.DuckDBPyConnection) -> set[int] | None:
    """The migration versions recorded in the warehouse, or None when it has no `_migrations` table."""
    # A plain SELECT, not information_schema: the catalog view costs ~15 ms on every open.
    try:
        rows = con.execute("SELECT version FROM _migrations").fetchall()
    except duckdb.CatalogException:
        return None
    return {int(r[0]) for r in rows}


def _check_not_ahead(path: Path, recorded: set[int]) -> None:
    known = {m.version for m in available()}
    unknown = recorded - known
    if unknown:
        raise WarehouseError(
            f"{path}: warehouse schema v{max(recorded)} is newer than this newskb "
            f"(v{max(known, default=0)}); upgrade newskb"
        )


def _behind(con: duckdb.DuckDBPyConnection, recorded: set[int]) -> bool:
    """Migrations to apply, or view comments older than warehouse/catalog.toml."""
    from warehouse.catalog import catalog_hash, recorded_hash

    return bool({m.version for m in available()} - recorded) or recorded_hash(con) != catalog_hash()


def _migrate_rw(path: Path, deadline: float) -> None:
    """Upgrade the schema through a short writing connection (a read-only command's one write)."""
    con = _open(path, False, deadline)
    try:
        _check_not_ahead(path, _recorded_versions(con) or set())
        migrate(con)
    finally:
        con.close()


def connect(
    path: Path,
    *,
    read_only: bool = False,
    busy_timeout: float = 5.0,
    create: bool = True,
    on_wait: OnWait | None = None,
) -> duckdb.DuckDBPyConnection:
    """Open the warehouse, retrying while another process holds it; migrate it if its schema is behind.

    A read-only open of a warehouse whose migrations are behind upgrades it first through a short writing
    connection (bounded by `busy_timeout`), then opens it read-only. A warehouse whose schema is newer
    than this code is refused with `WarehouseError`; a file that is not a DuckDB database with
    `WarehouseNotDuckDB`, another program's non-empty database with `WarehouseForeign`, both untouched.
    """
    path = Path(path)
    if not path.exists():
        if read_only or not create:
            raise WarehouseMissing(f"{path}: no warehouse here (run `newskb ingest` first, or pass --db)")
        path.parent.mkdir(parents=True, exist_ok=True)
    elif not path.is_file():  # a folder, a device, a fifo
        raise WarehouseNotDuckDB(path)
    deadline = time.monotonic() + busy_timeout
    if path.exists():
        fmt = _storage_format(path)
        if fmt is None:
            raise WarehouseNotDuckDB(path)
        if fmt > READABLE_FORMAT:
            _refuse_foreign_file(
                path, reading=read_only
            )  # only a newskb warehouse (or empty file) is converted
            convert_storage(path, deadline)
    con = _open(path, read_only, deadline, on_wait)
    try:
        recorded = _recorded_versions(con)
        if recorded is not None:
            _check_not_ahead(path, recorded)
        if not read_only:
            if recorded is None:
                _refuse_foreign(path, con)
            migrate(con)
            return con
        if recorded is None:
            raise WarehouseNotNewskb(path)
        if not _behind(con, recorded):
            return con
    except BaseException:
        con.close()
        raise
    con.close()
    _migrate_rw(path, deadline)
    return _open(path, True, deadline)


@contextmanager
def open_warehouse(
    path: Path,
    *,
    read_only: bool = False,
    busy_timeout: float = 5.0,
    create: bool = True,
    on_wait: OnWait | None = None,
) -> Iterator[duckdb.DuckDBPyConnection]:
    con = connect(path, read_only=read_only, busy_timeout=busy_timeout, create=create, on_wait=on_wait)
    try:
        yield con
    finally:
        con.close()


def defer_checkpoint(con: duckdb.DuckDBPyConnection) -> None:
    """Close `con` without the checkpoint DuckDB makes on closing: what it committed stays in the
    write-ahead log, which is durable and which the next connection (read-only ones too) reads; the next
    writer that closes normally, or the log passing `checkpoint_threshold`, checkpoints it. For a writer
    that opens the warehouse briefly and often (the parallel run's loads), so the file is free between
    its openings without paying a checkpoint, which rewrites the tables' indexes whole, each time."""
    con.execute("PRAGMA disable_checkpoint_on_shutdown")


@contextmanager
def registered(con: duckdb.DuckDBPyConnection, **tables: object) -> Iterator[duckdb.DuckDBPyConnection]:
    """Arrow tables visible to SQL under their names for the block, unregistered after it (errors too)."""
    for name, table in tables.items():
        con.register(name, table)
    try:
        yield con
    finally:
        for name in tables:
            con.unregister(name)


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """BEGIN … COMMIT, rolled back on any error so nothing half-written is left."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")
