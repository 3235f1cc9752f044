"""One ingestion at a time per warehouse: an OS file lock next to the DuckDB file.

`run_lock(db_path, trigger=…, wait=…)` takes an exclusive `flock` on `<db>.run.lock` for the whole run
(fetching included, so two runs never interleave their writes or fetch the same pages twice). The
lock file holds who owns it (pid, host, trigger, since) so the loser can say why it waited or gave up.
The kernel drops the lock when the owner exits, even when it is killed, so a crash never leaves it
stuck. Readers (`newskb sql`, `status`, the review page) do not take it; DuckDB's own lock and the
bounded retries of `warehouse.db.connect` cover their short opens.

This protects every writer on one machine: the plain `newskb ingest`, `ingest --prefect`, a scheduled
run served by `newskb serve` and a process worker's run. It does not cross machines (see the README,
"Beyond one machine").
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import socket
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from warehouse.db import WarehouseBusy, WarehouseUnwritable, check_writable

log = logging.getLogger("newskb.guard")


@dataclass(frozen=True, slots=True)
class Holder:
    pid: int | None
    host: str | None
    trigger: str | None
    since: str | None

    def describe(self) -> str:
        if self.pid is None:
            return "another run"
        where = f" on {self.host}" if self.host and self.host != socket.gethostname() else ""
        what = f"{self.trigger} run" if self.trigger else "run"
        since = f" since {self.since}" if self.since else ""
        return f"a {what} (pid {self.pid}{where}){since}"


class RunInProgress(WarehouseBusy):
    """Another ingestion holds the warehouse's run lock; the CLI prints it and exits with code 1."""

    def __init__(self, path: Path, holder: Holder, waited: float) -> None:
        super().__init__(path, holder.describe())
        self.owner = holder
        self.waited = waited
        self.args = (self.reason,)

    @property
    def reason(self) -> str:
        waited = f" after waiting {self.waited:.0f} s" if self.waited >= 1 else ""
        return (
            f"{self.path}: another ingestion is running — {self.owner.describe()} holds "
            f"{lock_path(self.path).name}; giving up{waited}"
        )

    def __str__(self) -> str:
        return self.reason


def lock_path(db_path: Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".run.lock")


def read_holder(db_path: Path) -> Holder:
    try:
        data = json.loads(lock_path(db_path).read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        data = {}
    if not isinstance(data, dict):
        data = {}
    pid = data.get("pid")
    return Holder(
        pid if isinstance(pid, int) else None, data.get("host"), data.get("trigger"), data.get("since")
    )


def is_locked(db_path: Path) -> bool:
    """True when some process holds the run lock now (a probe: takes and drops it at once)."""
    path = lock_path(db_path)
    if not path.exists():
        return False
    try:
        fd = os.open(path, os.O_RDONLY)  # flock needs no write access: a reader may not have it
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # closing drops the probe's lock too
    return False


@contextlib.contextmanager
def run_lock(
    db_path: Path,
    *,
    trigger: str,
    wait: float = 0.0,
    poll: float = 0.5,
    on_wait: Callable[[Holder], None] | None = None,
) -> Iterator[None]:
    """Hold the warehouse's run lock for the block; wait up to `wait` seconds, then raise RunInProgress.

    `on_wait` is called once, with the current holder, when the lock is found taken (for a log line).
    """
    check_writable(Path(db_path))  # a bad path is refused before anything is created
    path = lock_path(db_path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        why = f"cannot create {path.name} ({exc.strerror}); nothing was changed"
        raise WarehouseUnwritable(f"{db_path}: {why}") from None
    start = time.monotonic()
    told = False
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                holder = read_holder(db_path)
                waited = time.monotonic() - start
                if waited >= wait:
                    raise RunInProgress(Path(db_path), holder, waited) from None
                if not told:
                    told = True
                    log.warning("waiting up to %.0f s: %s holds %s", wait, holder.describe(), path.name)
                    if on_wait:
                        on_wait(holder)
                time.sleep(min(poll, max(0.01, wait - waited)))
        record = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "trigger": trigger,
            "since": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(record).encode(), 0)
        try:
            yield
        finally:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)  # the next reader sees no stale owner
    finally:
        os.close(fd)  # releases the flock
