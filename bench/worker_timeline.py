"""Where a parallel ingest's time goes (issue #13): one `newskb ingest --workers N` of a local site of
real-sized pages (bench/page_maker.py), as `bench_workers` runs it, with

- a phase timeline of the coordinator: wall and CPU seconds since the process started at each phase
  (leftover batches, run record, discovery, shards, pool start, each shard done, each load and warehouse
  opening with the write-ahead log it replayed, copy groups and reconciliation, exit);
- CPU seconds (user + sys) per process: coordinator, fork server, each worker (read from /proc every 50 ms,
  so a process's last 50 ms may be missed), and per second of the run, to see which share the two cores;
- the page workers' CPU and wall seconds per phase of their shards (fetch, process, tables, write) and
  their warm-up (bench/worker_phases.py, through a sitecustomize on the run's PYTHONPATH), to compare one
  worker's page work with two's phase by phase.

    python bench/worker_timeline.py --workers 2 [--tree PATH] [--pages 500] [--seeded] [--out FILE.json]

`--tree` runs another checkout's code (e.g. main's) through the same instrument, for old/new comparisons;
the CPU figures are the ones to compare on a shared machine, where the wall figures move with the load.
The instrument wraps functions by name as their modules load (nothing in the code under test changes)."""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
CLK = os.sysconf("SC_CLK_TCK")


# --- inside the traced coordinator (this file run as `worker_timeline.py --trace <newskb args>`) ----------


def _event(name: str, **kw: Any) -> None:
    line = {"t": round(time.time() - float(os.environ["WT_T0"]), 3), "cpu": round(time.process_time(), 3)}
    with open(os.environ["WT_TRACE"], "a", encoding="utf-8") as fh:
        fh.write(json.dumps({**line, "ev": name, **kw}) + "\n")


def _wrap(owner: Any, attr: str, label: str | None = None) -> None:
    f = getattr(owner, attr, None)
    if f is None:
        return

    @functools.wraps(f)
    def traced(*a: Any, **k: Any) -> Any:
        _event((label or attr) + ">")
        try:
            return f(*a, **k)
        finally:
            _event((label or attr) + "<")

    setattr(owner, attr, traced)


def _patch_parallel(m: Any) -> None:
    for name in ("drain", "_discover_all", "make_shards", "_load_ready"):
        _wrap(m, name)
    for name in ("begin_run", "end_run", "finalize"):
        _wrap(m.pipeline, name)
    _wrap(m.LocalProcesses, "warm", "pool start")
    dispatch = m.LocalProcesses.__call__

    def call(self: Any, shards: Any) -> Any:
        _event("dispatch", shards=len(shards))
        for i, out in enumerate(dispatch(self, shards)):
            _event("shard done", n=i + 1)
            yield out

    m.LocalProcesses.__call__ = call


def _patch_db(m: Any) -> None:
    opener = m._open

    def _open(path: Any, *a: Any, **k: Any) -> Any:
        wal = Path(str(path) + ".wal")
        size = wal.stat().st_size if wal.exists() else 0
        c = time.process_time()
        try:
            return opener(path, *a, **k)
        finally:
            _event("open", wal_mb=round(size / 1e6, 1), open_cpu=round(time.process_time() - c, 3))

    m._open = _open


def _patch_fork_server(m: Any) -> None:
    _wrap(m, "start", "fork server start")


_PATCH: dict[str, Callable[[Any], None]] = {
    "flows.parallel": _patch_parallel,
    "warehouse.db": _patch_db,
    "flows.fork_server": _patch_fork_server,
}


def _traced_cli(argv: list[str]) -> int:
    # bench/worker_phases.py, which the run's sitecustomize has loaded in every process of the run (this
    # checkout's, even when --tree names another); its PatchOnLoad wraps as the modules load
    phases = sys.modules["_wt_worker_phases"]
    sys.meta_path.insert(0, phases.PatchOnLoad(_PATCH))
    _event("interpreter up")
    from flows.cli import main

    try:
        code = main(argv)
    finally:
        _event("exit")
    try:  # end as the `newskb` script does (main, called with arguments, leaves it to its caller)
        from flows.leaving import leave
    except ImportError:  # a checkout from before flows.leaving: the interpreter's ordinary exit
        return code
    leave(code)


# --- the driver --------------------------------------------------------------------------------------------


def _stat(pid: int) -> tuple[int, float] | None:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    rest = text[text.rindex(")") + 2 :].split()
    return int(rest[1]), (int(rest[11]) + int(rest[12])) / CLK


def _sample(root: int, t0: float, seen: dict[int, dict[str, Any]], stop: threading.Event) -> None:
    """Every process descended from `root`: its role and its CPU seconds, and CPU per second of the run."""
    while not stop.is_set():
        t = time.time() - t0
        procs = {int(d): s for d in os.listdir("/proc") if d.isdigit() and (s := _stat(int(d)))}
        family, grew = {root}, True
        while grew:
            grew = False
            for pid, (ppid, _) in procs.items():
                if ppid in family and pid not in family:
                    family.add(pid)
                    grew = True
        for pid in family & procs.keys():
            ppid, cpu = procs[pid]
            cmd = b""
            if pid not in seen:
                with contextlib.suppress(OSError):
                    cmd = Path(f"/proc/{pid}/cmdline").read_bytes()
                role = (
                    "coordinator" if pid == root
                    else ("fork server" if b"forkserver" in cmd else "helper") if ppid == root
                    else "worker"
                )  # fmt: skip
                seen[pid] = {"role": role, "first": round(t, 2), "cpu": cpu, "per_s": {}}
            e = seen[pid]
            e["per_s"][int(t)] = e["per_s"].get(int(t), 0.0) + cpu - e["cpu"]
            e["cpu"], e["last"] = cpu, round(t, 2)
        time.sleep(0.05)


def _site(pages: int) -> tuple[http.server.ThreadingHTTPServer, str, Path]:
    sys.path.insert(0, str(REPO))
    from bench.run import _page_maker_site, _Quiet, _Site

    folder = Path(tempfile.mkdtemp(prefix="worker-timeline-"))
    server = _Site(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder / "site")))
    base = f"http://127.0.0.1:{server.server_address[1]}"
    _page_maker_site(folder / "site", base, pages)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, base, folder


def measure(workers: int, tree: Path, pages: int, seeded: bool = False) -> dict[str, Any]:
    server, base, folder = _site(pages)  # (puts this checkout on sys.path: not in the traced process)
    from bench import worker_phases

    try:
        if seeded:  # a later run: into a warehouse that knows one other page (bench/worker_ratio.py)
            from bench.worker_ratio import _seed

            seed = _seed(folder, base)
            for path in seed.parent.glob(f"{seed.name}*"):
                if path.is_file():
                    shutil.copyfile(path, folder / ("w.duckdb" + path.name[len(seed.name) :]))
        trace, phases, hook = folder / "trace.jsonl", folder / "phases.jsonl", folder / "hook"
        hook.mkdir()  # a sitecustomize that times the workers' phases (bench/worker_phases.py)
        (hook / "sitecustomize.py").write_text(worker_phases.SITECUSTOMIZE, encoding="utf-8")
        t0 = time.time()
        env = {
            **os.environ, "PYTHONPATH": f"{hook}{os.pathsep}{tree}", "NEWSKB_DATA_DIR": str(folder / "data"),
            "WT_TRACE": str(trace), "WT_T0": str(t0), "WT_PHASES": str(phases),
            "WT_PHASES_HOOK": str(Path(worker_phases.__file__).resolve()),
        }  # fmt: skip
        cmd = [
            sys.executable, __file__, "--trace", "--db", str(folder / "w.duckdb"), "ingest", "--feed",
            f"{base}/feed.xml", "--delay", "0", "--concurrency", "8", "--workers", str(workers), "--json",
        ]  # fmt: skip
        load = os.getloadavg()[0]
        # cwd: multiprocessing's fork server is a `python -c` whose sys.path starts with the working folder
        # (Python 3.11 does not pass it the coordinator's) unless it starts with PYTHONSAFEPATH, as
        # flows/fork_server.py has it do since ad3abdf: for a tree from before that, the workers would
        # otherwise import this folder's code, not the tree's
        proc = subprocess.Popen(
            cmd, env=env, cwd=tree, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        seen: dict[int, dict[str, Any]] = {}
        stop = threading.Event()
        sampler = threading.Thread(target=_sample, args=(proc.pid, t0, seen, stop), daemon=True)
        sampler.start()
        out, err = proc.communicate()
        wall = time.time() - t0
        stop.set()
        sampler.join()
        totals = json.loads(out)["totals"] if proc.returncode in (0, 1) else {"error": err[-500:]}
        cpu: dict[str, float] = {}
        for e in seen.values():
            cpu[e["role"]] = round(cpu.get(e["role"], 0.0) + e["cpu"], 2)
        timeline = [json.loads(x) for x in trace.read_text().splitlines()] if trace.exists() else []
        calls = [json.loads(x) for x in phases.read_text().splitlines()] if phases.exists() else []
        roles = {int(pid): e["role"] for pid, e in seen.items()}
        return {
            "workers": workers, "tree": str(tree), "wall": round(wall, 2), "load_before": round(load, 2),
            "load_after": round(os.getloadavg()[0], 2), "totals": totals, "cpu": cpu,
            "processes": seen, "timeline": timeline, "phases": worker_phases.summarize(calls, roles),
        }  # fmt: skip
    finally:
        server.shutdown()
        shutil.rmtree(folder, ignore_errors=True)


def show(res: dict[str, Any]) -> str:
    lines = [
        f"{res['workers']} worker(s), {res['tree']}: {res['wall']:.1f} s wall, load {res['load_before']}"
        f" -> {res['load_after']}; {res['totals']}",
        "CPU s per role: " + ", ".join(f"{k} {v:.2f}" for k, v in res["cpu"].items()),
    ]
    work = res.get("phases", {}).get("worker", {})
    if work:
        inside = sum(v[0] for v in work.values())
        lines.append(
            "workers' phases, CPU s / wall s (calls): "
            + ", ".join(f"{p} {v[0]:.2f} / {v[1]:.2f} ({v[2]})" for p, v in work.items())
            + f"; outside them {res['cpu'].get('worker', 0.0) - inside:.2f} s CPU (start-up, pool calls)"
        )
    for e in res["timeline"]:
        extra = {k: v for k, v in e.items() if k not in ("t", "cpu", "ev")}
        lines.append(f"  {e['t']:7.2f} s  cpu {e['cpu']:6.2f}  {e['ev']} {extra or ''}".rstrip())
    for pid, e in res["processes"].items():
        lines.append(f"  pid {pid} {e['role']}: {e['first']}-{e.get('last')} s, {e['cpu']:.2f} s CPU")
    return "\n".join(lines)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--trace":
        sys.exit(_traced_cli(sys.argv[2:]))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--tree", type=Path, default=REPO, help="the checkout whose code runs (default: this)")
    ap.add_argument("--pages", type=int, default=500)
    ap.add_argument("--out", type=Path, help="also write the whole result as JSON")
    ap.add_argument("--seeded", action="store_true", help="a later run, not a first ingest (worker_ratio's)")
    args = ap.parse_args()
    res = measure(args.workers, args.tree.resolve(), args.pages, args.seeded)
    if args.out:
        args.out.write_text(json.dumps(res, indent=1), encoding="utf-8")
    print(show(res))


if __name__ == "__main__":
    main()
