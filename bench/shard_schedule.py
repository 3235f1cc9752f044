"""How the cut of a run's pages into shards plays out on N workers (issue #13), without the noise of wall
clocks on a shared machine: the CPU seconds of each real-sized page's work (bench/page_maker.py pages,
`pipeline.process` and the batch tables, in this process after the fork server's warm-up) are measured
once, then the pool is simulated: each worker, when free, takes the next shard of the queue and spends its
pages' CPU, each page's times a lognormal factor (`--sigma`, drawn anew for every page and run), plus a
cost per shard (`--per-shard`, fetch and staging). When a shard ends, the coordinator's merge of its batch
takes 0 to 2 x `--steal` seconds from one worker still busy at that moment (none when all are done); each
`--steal` given is simulated in turn (default 0.09, the merge's own CPU, then 0.3 and 0.6 for other jobs on
the cores). Printed per cut: the mean time until the last worker is done, and the mean time the first one
done waits for it.

    python bench/shard_schedule.py [--pages 500] [--workers 2] [--costs FILE.json] [--cut 36x13,32 ...]
        [--sigma 0.15] [--per-shard 0.12] [--steal 0.09 --steal 0.3 ...] [--runs 2000]

The first run measures the page costs (about 20 s of CPU) and keeps them in --costs with the commit and
page count they were measured at; a later run reuses them only for the same commit and at least as many
pages, and says so. What the simulation assumes: slowness is independent per page (a 36-page shard
averages it away) and the only drift between workers is the start's jitter and the merges; a slowdown
that stays on one worker for seconds (another job on its core) is not modelled, and the per-page spread
`--sigma` 0.15 is a guess, not a measurement. Round 24 dropped a last round of half-size shards on its
reading at that sigma (see README, issue #13, eighth round); at sigma 1.0 the half-size round wins."""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def page_costs(pages: int) -> list[float]:
    """CPU seconds of each page's work, in the order a feed of bench/page_maker.py pages lists them."""
    sys.path.insert(0, str(REPO))
    from bench.page_maker import write_pages
    from flows import parallel

    parallel.warm_up()
    costs: list[float] = []
    with tempfile.TemporaryDirectory(prefix="shard-schedule-") as tmp:
        for path in write_pages(Path(tmp) / "a", pages):
            url = f"http://bench.invalid/a/{path.name}"
            body = path.read_bytes()
            start = time.process_time()
            parallel.page_tables("bench", url, body)
            costs.append(time.process_time() - start)
    return costs


def simulate(
    costs: Sequence[float],
    sizes: Sequence[int],
    *,
    workers: int = 2,
    runs: int = 2000,
    sigma: float = 0.15,
    per_shard: float = 0.12,
    steal: float = 0.09,
    seed: int = 1,
) -> tuple[float, float]:
    """Mean (time until every worker is done, time the first one done waits for the last) over `runs`
    simulated runs of shards of `sizes` pages (in queue order) over `costs`."""
    assert sum(sizes) == len(costs), (sum(sizes), len(costs))
    rng = random.Random(seed)
    ends: list[float] = []
    waits: list[float] = []
    for _ in range(runs):
        cost = [c * rng.lognormvariate(0, sigma) for c in costs]
        free = [rng.uniform(0, 0.1) for _ in range(workers)]  # the forks are not quite simultaneous
        start = 0
        for n in sizes:
            w = min(range(workers), key=free.__getitem__)
            free[w] += sum(cost[start : start + n]) + per_shard
            start += n
            # the merge runs as this shard ends and slows a worker busy then; an idle one has nothing to lose
            busy = [x for x in range(workers) if free[x] > free[w]]
            if busy:
                free[rng.choice(busy)] += steal * rng.uniform(0, 2)
        ends.append(max(free))
        waits.append(max(free) - min(free))
    return statistics.mean(ends), statistics.mean(waits)


def parse_cut(text: str) -> list[int]:
    """'36x13,32' -> thirteen shards of 36, then one of 32."""
    out: list[int] = []
    for part in text.split(","):
        size, _, times = part.partition("x")
        out += [int(size)] * int(times or 1)
    return out


def current_cut(pages: int, workers: int) -> list[int]:
    """The shard sizes `flows.shards.make_shards` cuts for a local pool."""
    sys.path.insert(0, str(REPO))
    from flows import shards
    from flows.pipeline import Processed, SourceSummary, State
    from schema.settings import Settings, Source

    source = Source("bench", "feed", "http://bench.invalid/feed")
    urls = [f"http://bench.invalid/{i}" for i in range(pages)]
    summary = SourceSummary("bench", "feed", source.location)
    plan = shards.Plan(source, summary, urls, {}, Processed(source, summary, [], [], []))
    cut = shards.make_shards(
        [plan], State({}, {}), {}, load_id="L", settings=Settings(), workers=workers, delay=0, concurrency=1
    )
    return [len(s["urls"]) for s in cut]


def _head() -> str:
    """The commit of this checkout (the code the page costs were measured with), '' outside git."""
    run = subprocess.run(["git", "-C", str(REPO), "rev-parse", "HEAD"], capture_output=True, text=True)
    return run.stdout.strip()


def cached_costs(path: Path, pages: int) -> list[float]:
    """The page costs kept in `path` when they were measured at this commit for at least `pages` pages,
    else measured now (and kept); says which."""
    head = _head()
    if path.exists():
        kept = json.loads(path.read_text())
        if isinstance(kept, dict) and kept.get("head") == head and len(kept.get("costs", [])) >= pages:
            print(f"page costs read from {path} (commit {head[:9]}, {len(kept['costs'])} pages)")
            return [float(c) for c in kept["costs"]][:pages]
        print(f"{path} holds costs of another commit or fewer pages: measuring again")
    costs = page_costs(pages)
    path.write_text(json.dumps({"head": head, "pages": pages, "costs": costs}))
    return costs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=500)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--costs", type=Path, default=Path(tempfile.gettempdir()) / "shard-schedule-costs.json")
    ap.add_argument("--cut", action="append", default=[], help="shard sizes in queue order, e.g. 39x12,16x2")
    ap.add_argument("--runs", type=int, default=2000)
    ap.add_argument("--sigma", type=float, default=0.15, help="spread of the lognormal factor per page")
    ap.add_argument("--per-shard", type=float, default=0.12, help="seconds each shard costs beside its pages")
    ap.add_argument("--steal", type=float, action="append", help="merge's mean seconds from a busy worker")
    args = ap.parse_args()
    costs = cached_costs(args.costs, args.pages)
    print(f"{len(costs)} pages, {sum(costs):.2f} s of CPU (page {min(costs):.3f}-{max(costs):.3f} s)")
    cuts = [("make_shards", current_cut(len(costs), args.workers))]
    cuts += [(c, parse_cut(c)) for c in args.cut]
    print(f"sigma {args.sigma} per page (assumed, independent), {args.per_shard} s per shard")
    for steal in args.steal or (0.09, 0.3, 0.6):
        for name, sizes in cuts:
            end, wait = simulate(
                costs, sizes, workers=args.workers, runs=args.runs, sigma=args.sigma,
                per_shard=args.per_shard, steal=steal,
            )  # fmt: skip
            shown = f"{name:24s} {len(sizes):3d} shards"
            print(f"steal {steal:4.2f}  {shown}: all done {end:6.2f} s, wait {wait:5.2f} s")


if __name__ == "__main__":
    main()
