"""The page workers' side of bench/worker_timeline.py: CPU and wall seconds of each phase of every shard a
worker works (fetch, process, tables, write), to see where a worker's CPU goes and what a second worker
adds to it. Loaded by the `sitecustomize` worker_timeline puts first on the traced run's PYTHONPATH, so
that every process of the run (the fork server the workers are forked from, and so the workers) installs
it before importing anything of ours; it wraps functions by name as their modules load, and writes one
JSON line per call to the file named by WT_PHASES. Nothing in the code under test changes."""

from __future__ import annotations

import functools
import importlib.abc
import importlib.util
import json
import os
import sys
import time
from collections.abc import Callable
from typing import Any

# module → (function, phase): what `flows.shards.work_shard` calls for each phase of a shard, and the
# warm-up (`flows.parallel.warm_up`: the fork server's preload runs it, and the pool sends it to each worker
# as its first task). A call inside another timed one (the warm-up works a page through `process`) counts
# only in the outer one.
PHASES: dict[str, tuple[str, str]] = {
    "flows.shards": ("_fetch_pages", "fetch"),
    "flows.pipeline": ("process", "process"),
    "warehouse.load": ("batch_tables", "tables"),
    "warehouse.staging": ("write_batch", "write"),
    "flows.parallel": ("warm_up", "warm-up"),
}
_inside = [0]  # timed calls under way in this process (page work is one thread)

SITECUSTOMIZE = """import os
import sys
if os.environ.get("WT_PHASES"):
    import importlib.util
    spec = importlib.util.spec_from_file_location("_wt_worker_phases", os.environ["WT_PHASES_HOOK"])
    module = importlib.util.module_from_spec(spec)
    sys.modules["_wt_worker_phases"] = module
    spec.loader.exec_module(module)
    module.install()
"""


def _record(phase: str, cpu: float, wall: float) -> None:
    line = json.dumps({"pid": os.getpid(), "phase": phase, "cpu": round(cpu, 4), "wall": round(wall, 4)})
    fd = os.open(os.environ["WT_PHASES"], os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, (line + "\n").encode())  # one short appended write: whole lines from every process
    finally:
        os.close(fd)


def _timed(module: Any, attr: str, phase: str) -> None:
    f = getattr(module, attr, None)
    if f is None:
        return

    @functools.wraps(f)
    def timed(*a: Any, **k: Any) -> Any:
        cpu, wall = time.process_time(), time.perf_counter()
        _inside[0] += 1
        try:
            return f(*a, **k)
        finally:
            _inside[0] -= 1
            if not _inside[0]:
                _record(phase, time.process_time() - cpu, time.perf_counter() - wall)

    setattr(module, attr, timed)


class PatchOnLoad(importlib.abc.MetaPathFinder):
    """Calls `patches[name](module)` as each named module finishes loading, so that a run's own import order
    stays as it is (the coordinator's tracer in worker_timeline uses it too)."""

    def __init__(self, patches: dict[str, Callable[[Any], None]]) -> None:
        self.patches = patches

    def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
        if name not in self.patches:
            return None
        sys.meta_path.remove(self)
        try:
            spec = importlib.util.find_spec(name)
        finally:
            sys.meta_path.insert(0, self)
        if spec is None or spec.loader is None:
            return spec
        run = spec.loader.exec_module

        def exec_module(module: Any) -> None:
            run(module)
            self.patches[name](module)

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def install() -> None:
    patches = {
        name: functools.partial(_timed, attr=attr, phase=phase) for name, (attr, phase) in PHASES.items()
    }
    sys.meta_path.insert(0, PatchOnLoad(patches))


def summarize(lines: list[dict[str, Any]], roles: dict[int, str]) -> dict[str, dict[str, list[float]]]:
    """role → phase → [CPU s, wall s, calls]."""
    out: dict[str, dict[str, list[float]]] = {}
    for e in lines:
        acc = out.setdefault(roles.get(int(e["pid"]), "other"), {}).setdefault(e["phase"], [0.0, 0.0, 0])
        acc[0] += e["cpu"]
        acc[1] += e["wall"]
        acc[2] += 1
    return {
        role: {p: [round(v[0], 2), round(v[1], 2), int(v[2])] for p, v in phases.items()}
        for role, phases in out.items()
    }
