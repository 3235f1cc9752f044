"""Prefect's cost per task run, measured against a real local server on 127.0.0.1.

    .venv/bin/python bench/prefect_overhead.py [--tasks 200]

Runs a flow of N no-op tasks called directly (how `process-load` runs), a flow of N tasks submitted to
the thread pool (how `collect` runs) and a flow of one task, and prints the extra seconds per task run.
The server is started here (its start-up time is printed too) and stopped at the end.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flows.prefect_server import local_prefect_server, quiet_env


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tasks", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    quiet_env()
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        with local_prefect_server(Path(tmp) / "prefect", ui=False) as server:
            started = time.perf_counter() - t0
            os.environ.update(server.env)
            from prefect import flow, task
            from prefect.cache_policies import NO_CACHE

            @task(cache_policy=NO_CACHE)
            def noop(i: int) -> int:
                return i

            @flow
            def direct(n: int) -> int:
                return sum(noop(i) for i in range(n))

            @flow
            def submitted(n: int) -> int:
                return sum(f.result() for f in [noop.submit(i) for i in range(n)])

            from prefect.events.worker import EventsWorker
            from prefect.logging.handlers import APILogWorker

            def drain() -> None:
                for worker in (APILogWorker, EventsWorker):
                    worker.drain_all(timeout=60)

            t = time.perf_counter()
            direct(1)  # warm-up: client, flow registration
            print(f"first flow run: {time.perf_counter() - t:.2f} s", flush=True)
            timings = {}
            for name, fn in (("direct", direct), ("submitted", submitted)):
                best = {}
                for n in (1, args.tasks):
                    samples = []
                    for _ in range(args.repeat):  # the best of a few: a flow run sometimes stalls ~5 s
                        t = time.perf_counter()
                        fn(n)
                        drain()  # task states travel as events in the background: count their delivery
                        samples.append(time.perf_counter() - t)
                    best[n] = min(samples)
                timings[name] = (best[1], (best[args.tasks] - best[1]) / (args.tasks - 1))
                print(
                    name, f"1 task {best[1]:.2f} s, {args.tasks} tasks {best[args.tasks]:.2f} s", flush=True
                )
            drain()  # send what is queued while the server is up
            t = time.perf_counter()
        print(f"server stop: {time.perf_counter() - t:.1f} s")
    print(f"local server start-up: {started:.1f} s")
    for name, (one, per) in timings.items():
        print(f"{name:9s}: flow with 1 task {one:.2f} s; each further task run +{per * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
