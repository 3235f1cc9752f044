"""flows.leaving: the command line ends as an ordinary exit would, less the interpreter's tear-down (#13)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _python(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "NEWSKB_DATA_DIR": str(tmp_path / "data")}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, env=env, cwd=tmp_path,
        timeout=120, check=False,
    )  # fmt: skip


def test_leave_keeps_what_an_ordinary_exit_does(tmp_path: Path) -> None:
    """Exit status, output still buffered, threads that are not daemons, exit handlers in their order."""
    marker = tmp_path / "thread.txt"
    res = _python(
        f"""
        import atexit, sys, threading, time
        from flows.leaving import leave

        def late():
            time.sleep(0.3)
            open({str(marker)!r}, "w").write("written")

        threading.Thread(target=late).start()
        atexit.register(print, "first registered, last run", file=sys.stderr)
        atexit.register(print, "last registered, first run", file=sys.stderr)
        sys.stdout.write("buffered line without its end")
        leave(3)
        print("not reached")
        """,
        tmp_path,
    )
    assert res.returncode == 3, res.stderr
    assert res.stdout == "buffered line without its end"
    assert res.stderr.splitlines() == ["last registered, first run", "first registered, last run"]
    assert marker.read_text() == "written"


def test_the_command_line_leaves_through_it(tmp_path: Path) -> None:
    """`main()` as the `newskb` script calls it: its output and exit status, and nothing after it runs."""
    db = tmp_path / "w.duckdb"
    res = _python(
        f"""
        import atexit, sys
        from pathlib import Path
        from flows.cli import main
        from warehouse.db import open_warehouse

        with open_warehouse(Path({str(db)!r}), busy_timeout=5):
            pass
        atexit.register(print, "handler ran", file=sys.stderr)
        sys.argv = ["newskb", "--db", {str(db)!r}, "sql", "select 40 + 2 as answer", "--json"]
        main()
        print("not reached")
        """,
        tmp_path,
    )
    assert res.returncode == 0, res.stderr
    assert "42" in res.stdout and "not reached" not in res.stdout
    assert res.stderr.strip().endswith("handler ran")


def test_a_usage_error_keeps_its_status(tmp_path: Path) -> None:
    missing = tmp_path / "none.duckdb"
    res = _python(
        f"""
        import sys
        from flows.cli import main

        sys.argv = ["newskb", "--db", {str(missing)!r}, "sql", "select 1"]
        main()
        """,
        tmp_path,
    )
    assert res.returncode == 2, res.stdout + res.stderr
    assert "no warehouse here" in res.stderr


@pytest.mark.parametrize("argv", [["sql", "select 7 as seven", "--json"], ["ingest", "--workers", "0"]])
def test_main_with_arguments_returns_to_its_caller(tmp_path: Path, argv: list[str]) -> None:
    """Code that calls `main` with its own arguments (tests, benches) gets the status back and goes on."""
    db = tmp_path / "w.duckdb"
    res = _python(
        f"""
        from pathlib import Path
        from flows.cli import main
        from warehouse.db import open_warehouse

        with open_warehouse(Path({str(db)!r}), busy_timeout=5):
            pass
        code = main(["--db", {str(db)!r}, *{argv!r}])
        print("returned", code)
        """,
        tmp_path,
    )
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip().splitlines()[-1] in ("returned 0", "returned 2")
