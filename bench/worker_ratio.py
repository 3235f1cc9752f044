"""The workers' speed-up with a spread you can read (issue #13): `newskb ingest --workers N` of one site of
real-sized pages (bench/page_maker.py, as `bench_workers` builds it), 1 and 2 workers alternately
(1, 2, 2, 1, 1, 2, ...), each into a fresh warehouse, timed from process start to exit; per run its wall
time and the CPU seconds of the coordinator, the fork server and the workers (from /proc, following the
run's process tree every 0.2 s: a process's last 0.2 s may be missed). Reports each count's median, the
ratio of the medians and of each 1/2 pair that ran side by side.

    python bench/worker_ratio.py [--rounds 3] [--pages 500] [--tree PATH]...

With several `--tree`s (other checkouts, e.g. main's) every round runs each tree's pair in turn, so the
trees see the same machine load. On a shared machine the CPU figures are the ones to compare; the wall
figures are medians of alternating runs. Each tree's modules are compiled to bytecode first, as `make bench`
does (`make bytecode`): where PYTHONDONTWRITEBYTECODE is set nothing else caches them, and every process of
every run (the fork server's preload first) would compile what changed since from source."""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
CLK = os.sysconf("SC_CLK_TCK")


def _cpu(pid: int) -> float | None:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    rest = text[text.rindex(")") + 2 :].split()
    return (int(rest[11]) + int(rest[12])) / CLK


def _children(pid: int) -> list[int]:
    out: list[int] = []
    with contextlib.suppress(OSError):
        for task in os.listdir(f"/proc/{pid}/task"):
            with contextlib.suppress(OSError):
                out += [int(x) for x in Path(f"/proc/{pid}/task/{task}/children").read_text().split()]
    return out


def _follow(root: int, seen: dict[int, list[Any]], stop: threading.Event, start: float) -> None:
    """pid → [role, CPU seconds, seconds from the run's start to when it was first seen] for the run's
    process tree (coordinator, fork server, workers)."""
    while not stop.is_set():
        todo, level = [(root, 0)], {root: 0}
        while todo:
            pid, depth = todo.pop()
            for child in _children(pid):
                if child not in level:
                    level[child] = depth + 1
                    todo.append((child, depth + 1))
        for pid, depth in level.items():
            cpu = _cpu(pid)
            if cpu is None:
                continue
            if pid not in seen:
                role = "coordinator" if depth == 0 else "worker" if depth >= 2 else "helper"
                if depth == 1:
                    with contextlib.suppress(OSError):
                        if b"forkserver" in Path(f"/proc/{pid}/cmdline").read_bytes():
                            role = "fork server"
                seen[pid] = [role, cpu, time.perf_counter() - start]
            seen[pid][1] = cpu
        time.sleep(0.1)


def run_once(
    tree: Path, folder: Path, feed: str, workers: int, tag: str, seed: Path | None = None
) -> dict[str, Any]:
    from bench.run import _ingest_cmd

    db = folder / f"{tag}.duckdb"
    if seed is not None:  # a warehouse that knows a page already: the run is not a first ingest
        for path in seed.parent.glob(f"{seed.name}*"):
            if path.is_file():
                shutil.copyfile(path, folder / (db.name + path.name[len(seed.name) :]))
    env = {**os.environ, "PYTHONPATH": str(tree), "NEWSKB_DATA_DIR": str(folder / f"data-{tag}")}
    cmd = _ingest_cmd(db, feed, "--workers", str(workers), "--json")
    load = os.getloadavg()[0]
    seen: dict[int, list[Any]] = {}
    stop = threading.Event()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    follower = threading.Thread(target=_follow, args=(proc.pid, seen, stop, start), daemon=True)
    follower.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    stop.set()
    follower.join()
    cpu: dict[str, float] = {}
    first: dict[str, float] = {}  # role → when its first process was seen (s from the start, ±0.1 s)
    for role, sec, at in seen.values():
        cpu[role] = round(cpu.get(role, 0.0) + sec, 2)
        first[role] = round(min(first.get(role, at), at), 2)
    new = json.loads(out)["totals"]["new"] if proc.returncode in (0, 1) else None
    for path in folder.glob(f"{tag}.duckdb*"):
        shutil.rmtree(path) if path.is_dir() else path.unlink()
    shutil.rmtree(folder / f"data-{tag}", ignore_errors=True)
    return {"workers": workers, "wall": round(wall, 2), "new": new, "cpu": cpu, "load": round(load, 2),
            "server_at": first.get("fork server"), "worker_at": first.get("worker"),
            "error": None if new is not None else err.decode()[-400:]}  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=3, help="pairs of runs (1 and 2 workers) per tree")
    ap.add_argument("--pages", type=int, default=500)
    ap.add_argument("--tree", type=Path, action="append", help="checkout(s) whose code runs (default: this)")
    ap.add_argument("--out", type=Path, help="also write every run as JSON")
    ap.add_argument(
        "--seeded", action="store_true",
        help="each run into a copy of a warehouse that knows one other page (a later run, not a first one)",
    )  # fmt: skip
    args = ap.parse_args()
    trees = [t.resolve() for t in args.tree or [REPO]]
    for tree in trees:
        compile_all = [sys.executable, "-m", "compileall", "-q", "flows", "extractors", "warehouse", "schema"]
        subprocess.run(compile_all, cwd=tree, check=True, stdout=subprocess.DEVNULL)
        if (tree / "flows" / "pattern_cache.py").is_file():  # its patterns too, as a run after a change would
            fill = [sys.executable, "-m", "flows.pattern_cache"]
            subprocess.run(fill, cwd=tree, check=True, stdout=subprocess.DEVNULL)
    sys.path.insert(0, str(REPO))
    from bench.run import _page_maker_site, _Quiet, _Site

    folder = Path(tempfile.mkdtemp(prefix="worker-ratio-"))
    server = _Site(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder / "site")))
    base = f"http://127.0.0.1:{server.server_address[1]}"
    _page_maker_site(folder / "site", base, args.pages)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    seed = _seed(folder, base) if args.seeded else None
    runs: dict[Path, list[dict[str, Any]]] = {t: [] for t in trees}
    try:
        for r in range(args.rounds):
            for tree in trees:
                for workers in (1, 2) if r % 2 == 0 else (2, 1):
                    res = run_once(tree, folder, f"{base}/feed.xml", workers, f"r{r}-w{workers}", seed)
                    runs[tree].append(res)
                    cpu = ", ".join(f"{k} {v:.2f}" for k, v in res["cpu"].items())
                    err = f" {res['error']}" if res["error"] else ""
                    at = f"fork server seen at {res['server_at']} s, first worker at {res['worker_at']} s"
                    print(f"{tree.name} round {r} {workers}w: {res['wall']:.2f} s wall, pages {res['new']}, "
                          f"load {res['load']}; CPU s: {cpu}; {at}{err}", flush=True)  # fmt: skip
    finally:
        server.shutdown()
        shutil.rmtree(folder, ignore_errors=True)
    for tree, rs in runs.items():
        walls = {w: [x["wall"] for x in rs if x["workers"] == w] for w in (1, 2)}
        med = {w: statistics.median(v) for w, v in walls.items()}
        # each pair's one-worker wall over its two-worker wall (the pair ran side by side, in either order)
        wall_of = [{x["workers"]: x["wall"] for x in pair} for pair in zip(rs[0::2], rs[1::2], strict=False)]
        pairs = [w[1] / w[2] for w in wall_of]
        roles = sorted({k for x in rs for k in x["cpu"]})
        med_cpu = {
            w: {k: statistics.median(x["cpu"].get(k, 0.0) for x in rs if x["workers"] == w) for k in roles}
            for w in (1, 2)
        }
        paired = ", ".join(f"{p:.2f}x" for p in pairs)
        print(f"{tree}: 1 worker median {med[1]:.2f} s {walls[1]}, 2 workers median {med[2]:.2f} s "
              f"{walls[2]}: {med[1] / med[2]:.2f}x; pairs {paired}")  # fmt: skip
        for w in (1, 2):
            print(f"  {w}w median CPU s: " + ", ".join(f"{k} {v:.2f}" for k, v in med_cpu[w].items()))
            ats = [x["worker_at"] for x in rs if x["workers"] == w and x["worker_at"] is not None]
            if ats:
                print(f"  {w}w median s from start to the first worker: {statistics.median(ats):.2f} {ats}")
    if args.out:
        args.out.write_text(json.dumps({str(t): rs for t, rs in runs.items()}, indent=1), encoding="utf-8")


def _seed(folder: Path, base: str) -> Path:
    """A warehouse that knows one page, not in the bench's feed (one of its pages copied under another
    name, in a feed of its own): a run into a copy of it is a later run (the fork server is not started
    as a first ingest's is), whose 500 pages are all new."""
    from bench.run import _ingest_cmd

    site = folder / "site"
    (site / "seed").mkdir()
    shutil.copyfile(next(iter(sorted((site / "a").iterdir()))), site / "seed" / "one.html")
    (site / "seed.xml").write_text(
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Seed</title>'
        f"<link>{base}/</link><description>seed</description><item><title>One</title>"
        f"<link>{base}/seed/one.html</link><guid>{base}/seed/one.html</guid></item></channel></rss>",
        encoding="utf-8",
    )
    seed = folder / "seed" / "seed.duckdb"
    seed.parent.mkdir()
    env = {**os.environ, "NEWSKB_DATA_DIR": str(folder / "data-seed")}
    subprocess.run(_ingest_cmd(seed, f"{base}/seed.xml", "--json"), env=env, check=True, capture_output=True)
    return seed


if __name__ == "__main__":
    main()
