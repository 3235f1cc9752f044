"""The command line: help everywhere, one-line errors with documented exit codes, read-only SQL."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from flows.cli import COMMANDS, build_parser
from tests.conftest import run_newskb
from warehouse.db import connect

VERBS = sorted(build_parser()._subparsers._group_actions[0].choices)  # type: ignore[union-attr]


@pytest.fixture
def warehouse(db_path: Path) -> Path:
    con = connect(db_path)
    con.execute(
        "INSERT INTO article_rows (article_id, url, title, text, content_hash) "
        "VALUES ('a1', 'http://127.0.0.1/a1', 'One', 'text', 'h1')"
    )
    con.close()
    return db_path


def test_every_verb_of_the_grammar_runs_a_command() -> None:
    assert sorted(COMMANDS) == VERBS


@pytest.mark.parametrize("verb", VERBS)
def test_every_verb_has_help(cli, verb: str) -> None:  # type: ignore[no-untyped-def]
    res = cli(verb, "--help")
    assert res.code == 0 and "usage: newskb" in res.out


def test_unknown_option_is_a_one_line_usage_error() -> None:
    res = run_newskb("sql", "--colour", "red", "select 1")
    assert res.returncode == 2
    assert res.stderr.strip().count("\n") == 0 and "--colour" in res.stderr
    assert "Traceback" not in res.stderr


def test_missing_input_file(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    res = cli("extract", str(tmp_path / "nope.html"))
    assert res.code == 2 and "nope.html" in res.err and "no such file" in res.err


def test_malformed_sources_file(cli, tmp_path: Path, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.toml"
    bad.write_text("[[source]\n")
    res = cli("--db", str(db_path), "ingest", "--sources", str(bad))
    assert res.code == 2 and "bad.toml" in res.err and "TOML" in res.err
    assert not db_path.exists()  # nothing was created or changed


def test_sql_formats(cli, warehouse: Path) -> None:  # type: ignore[no-untyped-def]
    res = cli("--db", str(warehouse), "sql", "select article_id, title from articles", "--format", "json")
    assert res.code == 0 and json.loads(res.out) == [{"article_id": "a1", "title": "One"}]
    res = cli("--db", str(warehouse), "sql", "select article_id, title from articles", "--format", "csv")
    assert res.out.splitlines() == ["article_id,title", "a1,One"]
    res = cli("--db", str(warehouse), "sql", "select article_id, title from articles")
    assert "article_id" in res.out.splitlines()[0] and "a1" in res.out


def test_sql_is_read_only_and_bad_queries_are_usage_errors(cli, warehouse: Path) -> None:  # type: ignore[no-untyped-def]
    res = cli("--db", str(warehouse), "sql", "delete from article_rows")
    assert res.code == 2 and "query failed" in res.err
    res = cli("--db", str(warehouse), "sql", "selec 1")
    assert res.code == 2
    con = duckdb.connect(str(warehouse), read_only=True)
    assert con.execute("select count(*) from article_rows").fetchone() == (1,)
    con.close()


def test_sql_without_a_warehouse(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    res = cli("--db", str(tmp_path / "none.duckdb"), "sql", "select 1")
    assert res.code == 2 and "none.duckdb" in res.err
    assert not (tmp_path / "none.duckdb").exists()


def test_sql_on_a_busy_warehouse_names_the_holder(warehouse: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb, time; c = duckdb.connect({str(warehouse)!r}); "
            "print('ready', flush=True); time.sleep(8)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        res = run_newskb("--db", str(warehouse), "sql", "select 1", env={"NEWSKB_BUSY_TIMEOUT": "0.5"})
        assert res.returncode == 1
        assert "busy" in res.stderr and str(holder.pid) in res.stderr
        assert "Traceback" not in res.stderr
    finally:
        holder.kill()
        holder.wait()


@pytest.mark.parametrize(
    "argv",
    [["sql", "select 1"], ["status", "--json"], ["review", "list", "--json"], ["entities", "list", "--json"]],
)
def test_read_only_verbs_do_not_import_prefect_or_nlp(warehouse: Path, argv: list[str]) -> None:
    code = (
        "import sys, contextlib, io\n"
        "from flows.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    rc = main(['--db', {str(warehouse)!r}, *{argv!r}])\n"
        "heavy = sorted(m for m in sys.modules\n"
        "               if m.split('.')[0] in ('prefect', 'spacy', 'httpx', 'pyarrow'))\n"
        "print(rc, heavy)\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert res.stdout.strip() == "0 []", res.stdout + res.stderr
