"""The tools that measure a parallel ingest's serial and contended time (issue #13)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def test_the_timeline_follows_a_real_two_worker_run_through_its_phases_and_processes() -> None:
    sys.path.insert(0, str(REPO))
    from bench.worker_timeline import measure, show

    res = measure(2, REPO, 80)  # a local site of 80 real-sized pages: enough for the pool (60 or more)
    assert res["totals"]["new"] == 80, res["totals"]
    events = [e["ev"] for e in res["timeline"]]
    for phase in ("drain>", "begin_run>", "_discover_all>", "dispatch", "pool start<", "_load_ready>",
                  "finalize>", "finalize<", "exit"):  # fmt: skip
        assert phase in events, (phase, events)
    assert events.count("shard done") == 4  # 80 pages on 2 workers: 4 shards of 20
    assert events.index("dispatch") < events.index("shard done") < events.index("finalize>")
    roles = sorted(p["role"] for p in res["processes"].values() if p["role"] != "helper")
    assert roles == ["coordinator", "fork server", "worker", "worker"], roles
    assert res["cpu"]["worker"] > 0 and res["cpu"]["coordinator"] > 0
    # the workers' own phases: each shard fetched, processed, tabled and written once, in a worker
    work = res["phases"]["worker"]
    assert {p: work[p][2] for p in ("fetch", "process", "tables", "write")} == dict.fromkeys(
        ("fetch", "process", "tables", "write"), 4
    ), work
    assert 0 < sum(v[0] for v in work.values()) <= res["cpu"]["worker"] + 0.2  # (the sampler's last 50 ms)
    assert work["warm-up"][2] == 2  # the pool's first task in each worker
    text = show(res)
    assert "finalize<" in text and "fork server" in text and "workers' phases" in text


def test_the_timeline_of_another_tree_runs_that_trees_page_workers(tmp_path: Path) -> None:
    # --tree compares checkouts: the workers (forked from a fork server started with `python -c`, whose
    # sys.path begins with the working folder) must run the tree's code too, whatever folder we are in
    sys.path.insert(0, str(REPO))
    from bench.worker_timeline import measure

    tree = tmp_path / "tree"
    for part in ("bench", "extractors", "flows", "sample", "schema", "warehouse"):
        shutil.copytree(REPO / part, tree / part, ignore=shutil.ignore_patterns("real", "__pycache__"))
    marks = tmp_path / "marks"
    with (tree / "flows" / "shards.py").open("a", encoding="utf-8") as fh:
        fh.write(
            "\n_work_shard = work_shard\n\n"
            "def work_shard(shard):\n"
            f"    open({str(marks)!r}, 'a').write('shard\\n')\n"
            "    return _work_shard(shard)\n"
        )
    res = measure(2, tree, 60)  # the fewest pages that start the pool
    assert res["totals"]["new"] == 60, res["totals"]
    assert marks.read_text().split() == ["shard"] * 4  # every shard ran in the tree's workers


@pytest.mark.skipif(shutil.which("make") is None, reason="no make")
def test_make_compiles_our_modules_before_a_run_or_the_bench(tmp_path: Path) -> None:
    # where PYTHONDONTWRITEBYTECODE is set every process would compile them from source again
    venv = tmp_path / "venv"  # a dry run (-n) names the commands without running any
    out = subprocess.run(
        ["make", "-n", "-C", str(REPO), "bench", "run", f"VENV={venv}"],
        capture_output=True, text=True, check=True,
    ).stdout.splitlines()  # fmt: skip
    compile_at = next(i for i, line in enumerate(out) if "-m compileall" in line)
    assert all(p in out[compile_at] for p in ("flows", "extractors", "warehouse", "schema"))
    assert compile_at < next(i for i, line in enumerate(out) if line.endswith("bench/run.py"))
    assert compile_at < next(i for i, line in enumerate(out) if line.endswith("newskb ingest"))


def test_the_run_script_compiles_our_modules_first_as_make_run_does() -> None:
    # ./run is the main job's entry (README); it calls make for the set-up, and that target must compile too
    setup = [line for line in (REPO / "run").read_text().splitlines() if line.startswith("make ")]
    assert setup and setup[0].split()[-1] == "bytecode", setup


def test_the_parallel_ceiling_times_the_same_page_work_in_one_and_two_processes() -> None:
    sys.path.insert(0, str(REPO))
    from bench.parallel_ceiling import measure, page_bodies, work_pages

    bodies = page_bodies(4)
    assert len(bodies) == 4 and all(len(b) > 20_000 for b in bodies)  # real-sized pages, in memory
    assert work_pages(bodies) > 0  # the page work finds facts in them, so nothing is skipped as unused
    (line,) = measure(pages=4, rounds=1, loop=200_000)
    assert line.startswith("parallel ceiling: the page work of 4 real-sized pages")
    assert line.count("x (1 process ") == 2, line  # the page work and the control loop, each with its ratio
