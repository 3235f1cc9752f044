"""The fork server that `newskb ingest --workers N` forks its page-work processes from (issue #13).

multiprocessing's fork server is a fresh interpreter that imports PRELOAD (the extractors, with the NLP
pipeline built and one page worked through) before it forks anything; every page-work process starts from
it warm. Its preload (about 1.3 s of CPU: importing the page-work modules 0.25 s, spaCy with its CLI
0.45 s, the extractors 0.25 s, the tokenizer and pattern index 0.15 s, one sample page 0.2 s) is serial work
in every parallel run, so `start` launches it without waiting, early in the run (`newskb ingest` on a new
warehouse: before the CLI imports DuckDB): it then preloads on the other core while this process imports
its own modules, merges leftover batches, opens the run and reads the feeds; `flows.parallel.
LocalProcesses` forks from it once the shards are known. This module imports nothing
heavy, so starting the server costs the caller a process spawn (a few ms). That early start is for a first
ingest (no warehouse yet, or one that knows no page), whose pages are many; other runs start the server as
soon as discovery has found pages enough for workers (`flows.parallel._start_when_enough`), so that it
preloads while the coordinator stores the listings and cuts the shards, and a run that works in process
(an unchanged re-run) never starts it and pays for no preload.

A run that turns out to be small (fewer pages than `flows.parallel.MIN_PARALLEL_PAGES`) works in process
and calls `stop`: a server started early is killed, whether it finished preloading or not. The workers die
with the server (`die_with_server`), so `stop` never leaves one behind.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
from multiprocessing import forkserver
from multiprocessing.context import ForkServerContext

PRELOAD = "flows.page_worker_preload"  # what the fork server imports: the extractors, with the NLP built
PR_SET_PDEATHSIG = 1  # prctl(2): the signal the kernel sends this process when its parent dies


def context() -> ForkServerContext:
    """The fork-server context with our preload (it applies when the server starts)."""
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload([PRELOAD])
    return ctx


def start() -> None:
    """Start the fork server now, without waiting for its preload (a no-op when it runs already).

    The server is a `python -c` interpreter, and Python 3.11 puts the working folder first on such an
    interpreter's path (its fork server ignores the path this process hands it): run from a folder that holds
    a `flows/` of its own (a Prefect project often does) or another checkout, the workers would import that
    code, not ours. PYTHONSAFEPATH (3.11+) keeps the folder off its path; the rest of the path (the install,
    PYTHONPATH) is what this process sees."""
    context()
    before = os.environ.get("PYTHONSAFEPATH")
    os.environ["PYTHONSAFEPATH"] = "1"  # read by the server's interpreter at its start, then restored here
    try:
        forkserver.ensure_running()
    finally:
        if before is None:
            del os.environ["PYTHONSAFEPATH"]
        else:
            os.environ["PYTHONSAFEPATH"] = before


def running() -> bool:
    return _server_pid() is not None


def pid() -> int | None:
    """The running server's process id (None when none runs)."""
    return _server_pid()


def die_with_server(server: int | None) -> None:
    """A pool worker's initializer (`server`: the pid of the fork server it was forked from): the kernel
    SIGKILLs this worker when the server dies (Linux; a no-op elsewhere). Without it a worker that was idle
    when `stop` killed the server waited forever, holding the caller's output open: the pool judges its
    workers alive through the server's pipe, which the kill closes, so once the server is gone it sends that
    worker no stop (a pool shut down without waiting, then `stop` right after, can leave it so)."""
    if server is None or not sys.platform.startswith("linux"):
        return
    import ctypes  # already imported in a worker (by the preload)

    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL) == 0 and os.getppid() != server:
        os._exit(1)  # the server died before the call above: nothing would stop this worker now


def stop() -> None:
    """Kill the fork server if it runs: after a run that forked no worker from it (it would finish its preload
    for nothing), and at the end of a command-line run (it would tear down its heap while holding our output
    open). The next `start` (or pool) starts a new one."""
    pid = _server_pid()
    if pid is None:
        return
    with contextlib.suppress(ProcessLookupError):  # it may have died by itself
        os.kill(pid, signal.SIGKILL)
    # then what multiprocessing does to stop it (CPython's ForkServer._stop, 3.8 and later): close the pipe
    # it watches, reap it, forget its address; without it, the killed server is reaped when this one exits
    finish = getattr(forkserver._forkserver, "_stop", None)
    if callable(finish):
        finish()


def _server_pid() -> int | None:
    pid = getattr(forkserver._forkserver, "_forkserver_pid", None)
    return pid if isinstance(pid, int) else None
