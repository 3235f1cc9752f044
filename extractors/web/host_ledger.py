"""Per-host politeness shared by several processes: the workers of a parallel run fetch from the same hosts.

Inside one process the fetcher spaces requests to a host and caps those in flight (`fetcher._Host`). When
several processes fetch for one run, they share a `HostLedger`: a folder (the run's, in the staging folder)
holding, per host, a file with the earliest time the next request may start, and `concurrency` slot files.
A request first holds one of its host's slot files (an exclusive flock, so at most `concurrency` requests
are in flight to a host across every process), then books its start in the host's time file (under a lock:
each booking is at least `delay` after the one before, whichever process made it). A process that dies
releases its locks with its file descriptors; nothing needs cleaning up but the folder at the end of the run.
"""

from __future__ import annotations

import asyncio
import fcntl
import hashlib
import os
import struct
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

POLL_SECONDS = 0.02  # how often a request waiting for a host slot held by another process looks again


class HostLedger:
    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)

    def _file(self, origin: str, suffix: str) -> Path:
        return self.folder / f"{hashlib.sha256(origin.encode()).hexdigest()[:24]}.{suffix}"

    def book(self, origin: str, delay: float) -> float:
        """Book the next request start to `origin`, at least `delay` seconds after the last one any process
        booked; returns the seconds to wait until it."""
        fd = os.open(self._file(origin, "next"), os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            raw = os.pread(fd, 8, 0)
            booked = struct.unpack("<d", raw)[0] if len(raw) == 8 else 0.0
            now = time.time()
            start = max(now, booked)
            os.pwrite(fd, struct.pack("<d", start + max(0.0, delay)), 0)
            return start - now
        finally:
            os.close(fd)  # releases the lock

    def _try_slot(self, origin: str, concurrency: int) -> int | None:
        for i in range(max(1, concurrency)):
            fd = os.open(self._file(origin, f"slot{i}"), os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                continue
            return fd
        return None

    @asynccontextmanager
    async def slot(self, origin: str, concurrency: int) -> AsyncIterator[None]:
        """Hold one of `origin`'s `concurrency` slots (waiting while other processes hold them all)."""
        fd = self._try_slot(origin, concurrency)
        while fd is None:
            await asyncio.sleep(POLL_SECONDS)
            fd = self._try_slot(origin, concurrency)
        try:
            yield
        finally:
            os.close(fd)  # releases the lock
