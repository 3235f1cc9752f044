"""`newskb sql` as a SQL user meets it: several statements, a file or stdin, bound parameters, wide cells,
five output formats, alias-aware names; and `newskb --version`."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from tests.conftest import CliResult, run_newskb

NEWSKB = str(Path(sys.executable).parent / "newskb")


def test_every_statement_prints_its_result(sample_warehouse: Path, cli: Callable[..., CliResult]) -> None:
    script = "select 1 as a; create temp table t as select 2 as b; select b from t"
    res = cli("--db", str(sample_warehouse), "sql", script)
    assert res.code == 0, res.err
    assert res.out.split("\n\n") == ["a\n-\n1", "Count\n-----\n1", "b\n-\n2\n"]  # as the DuckDB CLI does
    res = cli("--db", str(sample_warehouse), "sql", "select 1 as a; select 2 as b", "--format", "json")
    assert [json.loads(line) for line in res.out.splitlines()] == [[{"a": 1}], [{"b": 2}]]


def test_a_failing_statement_is_named(sample_warehouse: Path, cli: Callable[..., CliResult]) -> None:
    res = cli("--db", str(sample_warehouse), "sql", "select 1 as a; select * from no_such_view")
    assert res.code == 2 and res.out.startswith("a\n-\n1")  # what ran before is printed
    assert "statement 2 of 2 (select * from no_such_view)" in res.err and "no_such_view" in res.err


def test_sql_from_a_file_and_from_stdin(
    sample_warehouse: Path, tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    script = tmp_path / "q.sql"
    script.write_text("-- how many?\nselect count(*) as n from articles;\n", encoding="utf-8")
    res = cli("--db", str(sample_warehouse), "sql", "-f", str(script), "--format", "csv")
    assert res.code == 0 and res.out == "n\n10\n", res.err
    res = cli("--db", str(sample_warehouse), "sql", "-f", str(tmp_path / "none.sql"))
    assert res.code == 2 and "none.sql" in res.err
    piped = subprocess.run(
        [NEWSKB, "--db", str(sample_warehouse), "sql", "--format", "jsonl"],
        input="select 7 as x; select 'y' as y",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout.splitlines() == ['{"x": 7}', '{"y": "y"}']


def test_bound_parameters_and_alias_aware_names(
    sample_warehouse: Path, cli: Callable[..., CliResult]
) -> None:
    query = (
        "select model, value from scores where model_is(model, $m) and benchmark_is(benchmark, $b) "
        "and value > $v order by value"
    )
    args = ("--db", str(sample_warehouse), "sql", query, "--format", "csv")
    res = cli(*args, "--param", "m=calder 3 PRO", "--param", "b=HLE", "--param", "v=40")
    assert res.code == 0, res.err
    assert res.out.splitlines() == ["model,value", "Calder-3 Pro,44.7"]
    res = cli(*args, "--param", "m=x")
    assert res.code == 2 and "$b" in res.err and "--param b=" in res.err
    res = cli(*args, "--param", "m=x", "--param", "b=y", "--param", "v=1", "--param", "extra=1")
    assert res.code == 2 and "--param extra" in res.err
    res = cli("--db", str(sample_warehouse), "sql", "select 1", "--param", "oops")
    assert res.code == 2 and "name=value" in res.err


def test_wide_cells_are_cut_widened_or_wrapped(sample_warehouse: Path, cli: Callable[..., CliResult]) -> None:
    long = "x" * 100
    base = ("--db", str(sample_warehouse), "sql", f"select '{long}' as t")
    assert cli(*base).out.splitlines()[2] == "x" * 57 + "..."
    assert cli(*base, "--max-width", "0").out.splitlines()[2] == long
    wrapped = cli(*base, "--max-width", "40", "--wrap").out.splitlines()[2:]
    assert wrapped == ["x" * 40, "x" * 40, "x" * 20]


def test_markdown_output(sample_warehouse: Path, cli: Callable[..., CliResult]) -> None:
    res = cli("--db", str(sample_warehouse), "sql", "select 'a|b' as x, 2 as y", "--format", "markdown")
    assert res.out.splitlines() == ["| x | y |", "| --- | --- |", "| a\\|b | 2 |"]


def test_version() -> None:
    res = run_newskb("--version")
    assert res.returncode == 0
    assert res.stdout.startswith("newskb ") and "warehouse schema v" in res.stdout and "DuckDB" in res.stdout
