"""The `leaderboard` view and the alias-aware names (`names`, `model_is`, `benchmark_is`) on the sample."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest


@pytest.fixture
def con(sample_warehouse: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    c = duckdb.connect(str(sample_warehouse), read_only=True)
    yield c
    c.close()


def test_one_row_per_model_and_benchmark(con: duckdb.DuckDBPyConnection) -> None:
    pairs = con.execute(
        "SELECT count(DISTINCT (subject, attribute)) FROM consensus WHERE kind = 'score'"
    ).fetchone()
    rows = con.execute("SELECT count(*), count(DISTINCT (model, benchmark)) FROM leaderboard").fetchone()
    assert pairs is not None and rows == (pairs[0], pairs[0])


def test_the_best_supported_setting_is_quoted_and_named(con: duckdb.DuckDBPyConnection) -> None:
    # Petrel 4 has MMLU 0-shot and 5-shot (one source each); Orrin 2 has ARC-AGI-2 high and low
    for model, bench in (("Petrel 4", "MMLU"), ("Orrin 2", "ARC-AGI-2")):
        keys = con.execute(
            "SELECT setting, value, n_sources FROM consensus WHERE subject = ? AND attribute = ? "
            "ORDER BY n_sources DESC",
            [model, bench],
        ).fetchall()
        row = con.execute(
            "SELECT setting, value_text, n_settings, settings FROM leaderboard "
            "WHERE model = ? AND benchmark = ?",
            [model, bench],
        ).fetchone()
        assert row is not None and len(keys) > 1
        assert (row[0], row[1]) in {(s, v) for s, v, n in keys if n == keys[0][2]}
        assert row[2] == len(keys) and sorted(row[3]) == sorted(s or "(not stated)" for s, _, _ in keys)


def test_rank_orders_each_board_by_value(con: duckdb.DuckDBPyConnection) -> None:
    board = con.execute(
        "SELECT rank, value FROM leaderboard WHERE benchmark = 'Artificial Analysis Intelligence Index' "
        "ORDER BY rank"
    ).fetchall()
    assert [r for r, _ in board] == list(range(1, len(board) + 1))
    assert [v for _, v in board] == sorted((v for _, v in board), reverse=True)


def test_a_disputed_key_is_marked(con: duckdb.DuckDBPyConnection) -> None:
    row = con.execute(
        "SELECT dispute, contradiction_id FROM leaderboard WHERE model = 'Calder-3 Pro' "
        "AND benchmark = 'SWE-bench Verified'"
    ).fetchone()
    assert row is not None and row[0] == "disputed" and row[1]


def test_names_resolve_through_aliases_in_sql(con: duckdb.DuckDBPyConnection) -> None:
    assert con.execute("SELECT canonical_benchmark('h-l-e')").fetchone() == ("Humanity's Last Exam",)
    assert con.execute("SELECT canonical_model('Unknown Model 9')").fetchone() == ("Unknown Model 9",)
    n = con.execute(
        "SELECT count(*) FROM scores WHERE benchmark_is(benchmark, 'HLE') AND model_is(model, 'calder-3-pro')"
    ).fetchone()
    exact = con.execute(
        "SELECT count(*) FROM scores WHERE benchmark = 'Humanity''s Last Exam' AND model = 'Calder-3 Pro'"
    ).fetchone()
    assert n == exact and exact is not None and exact[0] > 0
    spellings = {
        r[0]
        for r in con.execute("SELECT name FROM names WHERE canonical = 'Humanity''s Last Exam'").fetchall()
    }
    assert {"HLE", "Humanity's Last Exam"} <= spellings
