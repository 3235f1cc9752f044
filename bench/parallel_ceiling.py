"""How much two cores of this machine give the page work itself (issue #13's 1.7x goal, read against it).

`bench_workers` times `newskb ingest --workers N` end to end: start-up, fetching, the coordinator's loads
and the final reconciliation are in it. This measures the part that parallel ingestion cannot do better
than: the same page work (`pipeline.process` on real-sized pages from bench/page_maker.py: article text,
then facts), with no I/O, no staging and no coordinator, in one process and then split over two processes
running at once, both forked from one warm process. Its ratio is the ceiling the machine and the page
work set together for `--workers 2`: the end-to-end ratio can only come close to it, never pass it.

A control runs a loop that lives in the CPU's caches (integer arithmetic on a small dict) the same way:
on a machine whose cores share nothing it gives about 2x; where the page work's ratio falls well below
the control's, the two processes slow each other down through what the cores share (caches, memory
bandwidth, or, on a virtual machine, the host's sibling threads), not through anything in the code.

    python -m bench.parallel_ceiling [--pages 300] [--rounds 2]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def page_bodies(count: int, seed: int = 7) -> list[bytes]:
    """`count` real-sized pages, as bench_workers serves them (bench/page_maker.py), in memory."""
    from bench.page_maker import make_page

    rng = random.Random(seed)
    return [make_page(rng, i).encode("utf-8") for i in range(count)]


def work_pages(bodies: Sequence[bytes]) -> int:
    """The page work of one shard without its fetching and staging: each page through `pipeline.process`;
    returns the score facts found (so nothing can be skipped as unused)."""
    from flows import collection, pipeline
    from flows.pipeline import Collected, Page, SourceSummary, State
    from schema.records import FetchResult
    from schema.settings import Settings, Source

    settings = Settings()
    found = 0
    for i, body in enumerate(bodies):
        url = f"http://bench.invalid/a/{i}.html"
        result = FetchResult(url, url, 200, body, "text/html", "utf-8", None, None, 0)
        source = Source(name="bench", kind="url", location=url)
        summary = SourceSummary(source.name, source.kind, source.location)
        collected = Collected(
            source, summary, [Page(url, body, result)], [collection.fetch_row("bench", result)]
        )
        processed = pipeline.process(collected, State({}, {}), settings)
        found += sum(len(item.extraction.scores) for item in processed.items)
    return found


def cached_loop(n: int) -> int:
    """The control: arithmetic on a dict of 1,000 keys, which stays in a core's own caches."""
    acc, d = 0, {}
    for i in range(n):
        acc += i * i % 7
        d[i % 1000] = acc
    return acc


def _timed_in_children(jobs: Sequence[Callable[[], object]]) -> float:
    """Fork one child per job, start them together, wait for all; the wall seconds from start to the last."""
    start = time.perf_counter()
    pids = []
    for job in jobs:
        pid = os.fork()
        if pid == 0:  # the child: do the job, leave without the parent's clean-up
            code = 0
            try:
                job()
            except BaseException:  # a child reports by its exit code
                code = 1
            os._exit(code)
        pids.append(pid)
    failed = [pid for pid in pids if os.waitpid(pid, 0)[1] != 0]
    if failed:
        raise RuntimeError(f"{len(failed)} of {len(jobs)} bench processes failed")
    return time.perf_counter() - start


def ratio(
    one: Callable[[], object], halves: tuple[Callable[[], object], Callable[[], object]], rounds: int
) -> str:
    """Runs in the order 1, 2, 2, 1 (per round), so a drift of the machine's load weighs on both; the
    ratio is one process's total wall time over two processes' for the same work."""
    walls: dict[int, float] = {1: 0.0, 2: 0.0}
    for _ in range(rounds):
        for n in (1, 2, 2, 1):
            walls[n] += _timed_in_children([one] if n == 1 else list(halves))
    one_s, two_s = walls[1] / (2 * rounds), walls[2] / (2 * rounds)
    return f"{walls[1] / walls[2]:.2f}x (1 process {one_s:.1f} s, 2 processes {two_s:.1f} s)"


def measure(pages: int = 300, rounds: int = 2, loop: int = 12_000_000) -> list[str]:
    from flows.parallel import warm_up

    bodies = page_bodies(pages)
    warm_up()  # as the fork server does before it forks a worker
    work_pages(bodies[:2])
    half = len(bodies) // 2
    page_line = ratio(
        lambda: work_pages(bodies),
        (lambda: work_pages(bodies[:half]), lambda: work_pages(bodies[half:])),
        rounds,
    )
    loop_line = ratio(
        lambda: cached_loop(loop), (lambda: cached_loop(loop // 2), lambda: cached_loop(loop // 2)), rounds
    )
    load = os.getloadavg()[0]
    return [
        f"parallel ceiling: the page work of {pages} real-sized pages without I/O, staging or coordinator, "
        f"2 processes against 1: {page_line}; a cache-resident control loop: {loop_line}; load average "
        f"{load:.1f} after, on {os.cpu_count()} cores (the workers' end-to-end ratio cannot pass the first)"
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    sys.path.insert(0, str(REPO))
    for line in measure(args.pages, args.rounds):
        print(line)


if __name__ == "__main__":
    main()
