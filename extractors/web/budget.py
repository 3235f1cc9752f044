"""Budgets for one ingestion run: a wall-clock deadline and a byte allowance, shared by the fetching threads
and, through a ledger file, by worker processes.

A run gets `Budget.for_run(settings)`; each source narrows it with its own deadline (`for_source`), sharing
the run's byte counter. The fetcher asks `spent()` before every request, cuts a request's own timeout to
the time left, and charges every body chunk with `take()`. What a spent budget stops is not a failure: the
page is *deferred* (error class "deferred") and asked again on the next run.

The byte counter lives in this process (`LocalBytes`: threads share it) or in a small file that several
processes share (`SharedBytes`: the workers of a parallel run, on this machine or on a shared file system),
so the run's total is one number however many processes fetch.
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
from dataclasses import dataclass, field

DEFERRED = "deferred"  # FetchResult.error_class of a page a spent budget left for the next run


@dataclass
class LocalBytes:
    """A byte counter in this process (the fetching threads of one run share it)."""

    limit: int | None
    used: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def charge(self, n: int) -> int:
        """Add n bytes; the new total."""
        with self.lock:
            self.used += n
            return self.used

    def total(self) -> int:
        return self.used


@dataclass(frozen=True)
class SharedBytes:
    """A byte counter in a file that several processes share: an 8-byte total read and rewritten under an
    exclusive lock (flock), so concurrent charges from any worker add up exactly."""

    path: str
    limit: int | None

    @classmethod
    def create(cls, path: str, limit: int | None, used: int = 0) -> SharedBytes:
        """A new ledger at `path` starting at `used` bytes (what the run fetched before its workers)."""
        tmp = f"{path}.tmp"
        with open(tmp, "wb") as fh:
            fh.write(used.to_bytes(8, "little"))
        os.replace(tmp, path)
        return cls(path, limit)

    def _update(self, n: int) -> int:
        fd = os.open(self.path, os.O_RDWR)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX if n else fcntl.LOCK_SH)
            total = int.from_bytes(os.pread(fd, 8, 0).ljust(8, b"\0"), "little") + n
            if n:
                os.pwrite(fd, total.to_bytes(8, "little"), 0)
            return total
        finally:
            os.close(fd)  # releases the lock

    def charge(self, n: int) -> int:
        return self._update(n)

    def total(self) -> int:
        return self._update(0)


ByteCounter = LocalBytes | SharedBytes


@dataclass(frozen=True)
class Budget:
    deadline: float | None = None  # time.monotonic() after which no request starts (None: no limit)
    bytes: ByteCounter = field(default_factory=lambda: LocalBytes(None))
    what: str = "run"  # "run" or the source's name, for the reason

    @classmethod
    def for_run(cls, seconds: float, max_bytes: int) -> Budget:
        """0 means no limit for either."""
        deadline = time.monotonic() + seconds if seconds > 0 else None
        return cls(deadline, LocalBytes(max_bytes if max_bytes > 0 else None), "run")

    def for_source(self, name: str, seconds: float) -> Budget:
        """This budget with a deadline no later than `seconds` from now (0: the run's), same byte counter."""
        if seconds <= 0:
            return self
        mine = time.monotonic() + seconds
        if self.deadline is not None and self.deadline <= mine:
            return self
        return Budget(mine, self.bytes, f"source {name!r}")

    def time_left(self) -> float | None:
        return None if self.deadline is None else self.deadline - time.monotonic()

    def spent(self) -> str | None:
        """Why nothing more may start (the time or the bytes are used up), else None."""
        left = self.time_left()
        if left is not None and left <= 0:
            return f"the {self.what}'s time budget is spent"
        b = self.bytes
        if b.limit is not None and b.total() >= b.limit:
            return f"the run's byte budget ({b.limit} bytes) is spent"
        return None

    def take(self, n: int) -> bool:
        """Charge n downloaded bytes; False once the run's byte budget is exceeded."""
        b = self.bytes
        total = b.charge(n)
        return b.limit is None or total <= b.limit

    @property
    def bytes_used(self) -> int:
        return self.bytes.total()
