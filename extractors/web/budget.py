"""Budgets for one ingestion run: a wall-clock deadline and a byte allowance, shared by the fetching threads.

A run gets `Budget.for_run(settings)`; each source narrows it with its own deadline (`for_source`), sharing
the run's byte counter. The fetcher asks `spent()` before every request, cuts a request's own timeout to
the time left, and charges every body chunk with `take()`. What a spent budget stops is not a failure: the
page is *deferred* (error class "deferred") and asked again on the next run.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

DEFERRED = "deferred"  # FetchResult.error_class of a page a spent budget left for the next run


@dataclass
class _Bytes:
    limit: int | None
    used: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


@dataclass(frozen=True)
class Budget:
    deadline: float | None = None  # time.monotonic() after which no request starts (None: no limit)
    bytes: _Bytes = field(default_factory=lambda: _Bytes(None))
    what: str = "run"  # "run" or the source's name, for the reason

    @classmethod
    def for_run(cls, seconds: float, max_bytes: int) -> Budget:
        """0 means no limit for either."""
        deadline = time.monotonic() + seconds if seconds > 0 else None
        return cls(deadline, _Bytes(max_bytes if max_bytes > 0 else None), "run")

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
        if b.limit is not None and b.used >= b.limit:
            return f"the run's byte budget ({b.limit} bytes) is spent"
        return None

    def take(self, n: int) -> bool:
        """Charge n downloaded bytes; False once the run's byte budget is exceeded."""
        b = self.bytes
        with b.lock:
            b.used += n
            return b.limit is None or b.used <= b.limit

    @property
    def bytes_used(self) -> int:
        return self.bytes.used
