"""The coordinator's CPU of a parallel ingest, replayed (issue #13): its loads beside the workers and its
serial end (copy groups, reconciliation, contradictions), each step timed in CPU seconds of this process,
so that two checkouts can be compared on a shared machine where the run's wall and whole-process figures
move with other jobs.

    python bench/coordinator_replay.py snap DIR --feed URL     # one 1-worker ingest, kept for replays
    python bench/coordinator_replay.py loads DIR [--group 2] [--rounds 5] [--digest FILE]
    python bench/coordinator_replay.py finalize DIR [--rounds 5] [--digest FILE]

`snap` runs `newskb ingest --workers 1` of the feed in this process and keeps, in DIR, the warehouse just
before its first load (`before_loads.duckdb`), every batch the worker staged (`batches/`), and the warehouse
just before the run's end (`before_finalize.duckdb`, with `load_id`). `loads` merges those batches into a
copy of the first, `--group` batches per opening of the warehouse (2: as a 2-worker run's come), the
openings but the last leaving their commits in the write-ahead log as `flows.parallel` does; `finalize`
runs `pipeline.finalize` on a copy of the second. Each prints its steps' CPU per round and their medians;
`--digest` writes every table's row count and a hash of its rows (timestamps left out), to check that two
checkouts write the same warehouse. Run it with each checkout's interpreter path (`PYTHONPATH=TREE`) to
compare them: the snapshot is the same for both."""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import duckdb


def snap(out: Path, feed: str) -> None:
    from flows import parallel, pipeline
    from flows.cli import main
    from warehouse import staging

    (out / "batches").mkdir(parents=True, exist_ok=True)
    db = out / "x.duckdb"
    delete, load_ready, finalize = staging.delete_batch, parallel._load_ready, pipeline.finalize

    def keep_then_delete(stage: str, name: str) -> None:
        shutil.copy(f"{stage}/{name}", out / "batches" / name)
        delete(stage, name)

    def copy_then_load(*args: Any, **kwargs: Any) -> None:
        if not (out / "before_loads.duckdb").exists():  # no connection is open between loads
            for p in out.glob("x.duckdb*"):
                if p.is_file() and not p.name.endswith(".lock"):
                    shutil.copy(p, out / p.name.replace("x.duckdb", "before_loads.duckdb"))
        load_ready(*args, **kwargs)

    def copy_then_finalize(con: duckdb.DuckDBPyConnection, load_id: str) -> int:
        con.execute("CHECKPOINT")
        shutil.copy(db, out / "before_finalize.duckdb")
        (out / "load_id").write_text(load_id, encoding="utf-8")
        return finalize(con, load_id)

    staging.delete_batch, parallel._load_ready, pipeline.finalize = (
        keep_then_delete, copy_then_load, copy_then_finalize
    )  # fmt: skip
    cmd = ["--db", str(db), "ingest", "--feed", feed, "--delay", "0", "--concurrency", "8", "--workers", "1"]
    with suppress(SystemExit):  # its summary is printed; with its own arguments, `main` returns here
        main([*cmd, "--json"])


Steps = dict[str, float]
STEPS: Steps = {}  # this round's CPU seconds per step


@contextmanager
def timed(steps: Steps, name: str) -> Iterator[None]:
    start = time.process_time()
    try:
        yield
    finally:
        steps[name] = steps.get(name, 0.0) + time.process_time() - start


def wrap(owner: Any, name: str, *also: Any) -> None:
    """Time every call of owner.name (and the same function imported by name into `also`) into STEPS."""
    fn: Callable[..., Any] = getattr(owner, name)

    def timed_fn(*args: Any, **kwargs: Any) -> Any:
        with timed(STEPS, name):
            return fn(*args, **kwargs)

    for where in (owner, *also):
        setattr(where, name, timed_fn)


def digest(con: duckdb.DuckDBPyConnection) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    tables = (
        "SELECT table_name FROM information_schema.tables"
        " WHERE table_schema = 'main' AND table_type = 'BASE TABLE' ORDER BY 1"
    )
    for (table,) in con.execute(tables).fetchall():
        cols = [
            c
            for c, kind in con.execute(
                "SELECT column_name, data_type FROM information_schema.columns"
                " WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position",
                [table],
            ).fetchall()
            if "TIME" not in kind.upper() and "DATE" not in kind.upper()
        ]
        if cols:
            rows = sorted(
                repr(r) for r in con.execute(f'SELECT {", ".join(map(repr, cols))} FROM "{table}"').fetchall()
            )
            out[table] = [len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest()[:16]]
    return out


def instrument(what: str) -> None:
    import extractors.web.identity as identity
    import warehouse.consensus as consensus
    import warehouse.disputes as disputes
    import warehouse.reconcile as reconcile
    import warehouse.self_conflicts as self_conflicts
    from warehouse import load, staging

    if what == "loads":
        wrap(staging, "read_batch")
        wrap(load, "load_tables", staging)
    else:
        wrap(identity, "group_against")
        wrap(reconcile, "reconcile_in")
        wrap(disputes, "build_disputes", reconcile)
        wrap(self_conflicts, "set_aside", disputes)
        wrap(consensus, "key_consensus", reconcile)


def replay_loads(snapshot: Path, group: int, work: Path) -> duckdb.DuckDBPyConnection:
    from warehouse import staging
    from warehouse.db import connect, defer_checkpoint

    for p in snapshot.glob("before_loads.duckdb*"):
        shutil.copy(p, work / p.name.replace("before_loads", "x"))
    stage = work / "stage"
    shutil.copytree(snapshot / "batches", stage)
    names = sorted(os.listdir(stage))
    steps = STEPS
    for i in range(0, len(names), group):
        with timed(steps, "open"):
            con = connect(work / "x.duckdb")
        if i + group < len(names):
            defer_checkpoint(con)
        with timed(steps, "load_staged"):
            staging.load_staged(con, str(stage), names[i : i + group])
        with timed(steps, "close"):
            con.close()
    steps["all"] = sum(v for k, v in steps.items() if k in ("open", "load_staged", "close"))
    return connect(work / "x.duckdb")


def replay_finalize(snapshot: Path, work: Path) -> duckdb.DuckDBPyConnection:
    from flows import pipeline
    from warehouse.db import connect

    shutil.copy(snapshot / "before_finalize.duckdb", work / "x.duckdb")
    con = connect(work / "x.duckdb")
    with timed(STEPS, "all"):
        pipeline.finalize(con, (snapshot / "load_id").read_text(encoding="utf-8"))
    return con


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("what", choices=["snap", "loads", "finalize"])
    ap.add_argument("dir", type=Path)
    ap.add_argument("--feed", help="snap: the feed to ingest")
    ap.add_argument("--group", type=int, default=2, help="loads: batches per opening of the warehouse")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--digest", type=Path, help="write the warehouse's tables' digest (last round) here")
    args = ap.parse_args()
    if args.what == "snap":
        if not args.feed:
            ap.error("snap needs --feed")
        snap(args.dir, args.feed)
        return
    instrument(args.what)
    runs: list[Steps] = []
    for r in range(args.rounds):
        STEPS.clear()
        # each round in a fresh interpreter would time imports too; a replay reuses them, as a run's later
        # loads do, so the first round (with the imports and first-call costs) is printed but not counted
        with tempfile.TemporaryDirectory(prefix="coordinator-replay-") as tmp:
            if args.what == "loads":
                con = replay_loads(args.dir, args.group, Path(tmp))
            else:
                con = replay_finalize(args.dir, Path(tmp))
            if args.digest and r == args.rounds - 1:
                args.digest.write_text(json.dumps(digest(con), indent=0, sort_keys=True), encoding="utf-8")
            con.close()
        steps = dict(STEPS)
        print(f"round {r}: " + ", ".join(f"{k} {v:.3f}" for k, v in steps.items()), flush=True)
        if r or args.rounds == 1:
            runs.append(steps)
    keys = [k for k in runs[-1]]
    print(
        "median CPU s: "
        + ", ".join(f"{k} {statistics.median(s.get(k, 0.0) for s in runs):.3f}" for k in keys)
    )


if __name__ == "__main__":
    main()
