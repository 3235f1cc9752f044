"""Opening the warehouse: one DuckDB file, one writing process at a time.

DuckDB locks the whole file while a process has it open for writing; any other process (even a
read-only one) fails at once. `connect` retries with backoff for a bounded time and then raises
`WarehouseBusy`, naming the process that holds the lock, so callers can say so and exit cleanly.
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from warehouse.migrations import migrate


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


def connect(
    path: Path, *, read_only: bool = False, busy_timeout: float = 5.0, create: bool = True
) -> duckdb.DuckDBPyConnection:
    """Open the warehouse, retrying while another process holds it; migrate it when opened for writing."""
    path = Path(path)
    if not path.exists():
        if read_only or not create:
            raise WarehouseMissing(f"{path}: no warehouse here (run `newskb ingest` first, or pass --db)")
        path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + busy_timeout
    delay = 0.05
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            break
        except duckdb.Error as exc:
            if not _is_lock_error(exc):
                raise WarehouseError(f"{path}: cannot open the warehouse ({exc})") from None
            if time.monotonic() >= deadline:
                raise WarehouseBusy(path, _holder(exc)) from None
            time.sleep(min(delay, max(0.0, deadline - time.monotonic())) + random.uniform(0, 0.02))
            delay = min(delay * 2, 1.0)
    if not read_only:
        try:
            migrate(con)
        except Exception:
            con.close()
            raise
    return con


@contextmanager
def open_warehouse(
    path: Path, *, read_only: bool = False, busy_timeout: float = 5.0, create: bool = True
) -> Iterator[duckdb.DuckDBPyConnection]:
    con = connect(path, read_only=read_only, busy_timeout=busy_timeout, create=create)
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
