"""How a `newskb` command's process ends (issue #13): as the interpreter's own exit does, less the tear-down.

When a Python program returns, the interpreter first does what a program can rely on: it joins the threads
that are not daemons and runs threading's exit hooks (concurrent.futures' among them), then the `atexit`
handlers (multiprocessing's finalizers, which remove its temporary folders; logging's flush; ...), then
flushes stdout and stderr. Then it tears down what the program built: every module's globals, the cyclic
collector over the whole heap, extension types' finalizers. Nothing of that last part reaches a file, a
pipe or another process, and after an ingest it is 0.15-0.2 s of CPU (an unchanged re-run of 100 pages,
six alternating runs: 0.91 -> 0.74 s of CPU for the whole command): serial time at the end of every run,
beside no page work, so a run with 2 workers pays it as fully as a run with one.

`leave` does the first part in the same order, then ends the process with `os._exit`. The two steps it calls
are CPython's own (`threading._shutdown`, `atexit._run_exitfuncs`, both there since 3.x's first releases);
where either is missing it exits the ordinary way (`sys.exit`), so the only thing it can change is the
time taken. Only the command line calls it (`flows.cli.main` without arguments, as the `newskb` script and
`python -m flows.cli` call it); code that calls `main` with its own arguments gets the exit code back and
goes on.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import sys
import threading
from typing import NoReturn


def leave(code: int) -> NoReturn:
    """End this process with exit status `code` (0-255): threads joined, exit handlers run, output
    flushed, as at an ordinary exit; the interpreter's tear-down of its heap skipped."""
    join_threads = getattr(threading, "_shutdown", None)
    run_handlers = getattr(atexit, "_run_exitfuncs", None)
    if not callable(join_threads) or not callable(run_handlers):  # pragma: no cover - another interpreter
        sys.exit(code)
    _flush()
    join_threads()
    run_handlers()
    _flush()
    os._exit(code)


def _flush() -> None:
    for stream in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):  # the originals, if replaced
        if stream is not None:  # None: the process was started without it
            # a reader that left (`newskb sql … | head`) or a closed stream: nothing more can reach it
            with contextlib.suppress(OSError, ValueError):
                stream.flush()
