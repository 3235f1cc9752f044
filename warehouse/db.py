"""Opening the warehouse: one DuckDB file, one writing process at a time.

DuckDB locks the whole file while a process has it open for writing; any other process (even a
read-only one) fails at once. `connect` retries with backoff for a bounded time and then raises
`WarehouseBusy`, naming the process that holds the lock, so callers can say so and exit cleanly.

The schema version is checked on every open: a warehouse behind this code is upgraded (a read-only open
upgrades it once through a short writing connection; migrations only add schema), one ahead of it is refused.
"""

from __future__ import annotations

import errno
import os
import random
import re
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
    a folder or device (`/proc/version`), a missing or read-only folder, a read-only file."""
    path = Path(path)
    if path.exists():
        if not path.is_file():
            raise WarehouseNotDuckDB(path)
        if not _looks_like_duckdb(path):  # /proc files say size 0 but have content: read, never trust st_size
            raise WarehouseNotDuckDB(path)
        _refuse_foreign_file(path)
        if not os.access(path, os.W_OK) or _read_only_mount(path.parent):
            raise WarehouseUnwritable(f"{path}: the warehouse file is not writable; nothing was changed")
        return
    folder = path.parent
    probe = folder
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


_DUCKDB_MAGIC = b"DUCK"  # bytes 8-11 of every DuckDB database file


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


def _looks_like_duckdb(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            head = fh.read(12)
    except OSError as exc:
        raise WarehouseError(f"{path}: cannot read the warehouse ({exc.strerror or exc})") from None
    return head[8:12] == _DUCKDB_MAGIC


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
            return duckdb.connect(str(path), read_only=read_only)
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


def _refuse_foreign_file(path: Path) -> None:
    """`_refuse_foreign` through a short read-only look (skipped while a writer holds the file: then it
    is being written by newskb or another program, and the writing open checks again)."""
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error:
        return
    try:
        if _recorded_versions(con) is None:
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


def _behind(recorded: set[int]) -> bool:
    return bool({m.version for m in available()} - recorded)


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
    `WarehouseNotDuckDB`, untouched.
    """
    path = Path(path)
    if not path.exists():
        if read_only or not create:
            raise WarehouseMissing(f"{path}: no warehouse here (run `newskb ingest` first, or pass --db)")
        path.parent.mkdir(parents=True, exist_ok=True)
    elif not path.is_file() or not _looks_like_duckdb(path):
        raise WarehouseNotDuckDB(path)
    deadline = time.monotonic() + busy_timeout
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
            raise WarehouseError(f"{path}: not a newskb warehouse (no _migrations table)")
        if not _behind(recorded):
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
