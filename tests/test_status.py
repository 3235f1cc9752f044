"""`newskb status` tells the truth: no next run unless a scheduler serves, failed sources counted and
named, durations, maintenance/export jobs, the Prefect run, and nested JSON. (With a serving scheduler:
tests/test_scheduling.py.)"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import CliResult
from warehouse import runs
from warehouse.db import connect
from warehouse.jobs import record_job


def _source(name: str, status: str, error: str | None = None) -> dict[str, object]:
    return {"name": name, "kind": "feed", "new": 0, "updated": 0, "unchanged": 0, "failed": 0,
            "deferred": 0, "status": status, "source_error": error, "errors": []}  # fmt: skip


@pytest.fixture
def history(db_path: Path) -> Path:
    con = connect(db_path)
    try:
        runs.start_run(con, "r1", "cli")
        per_source = [_source(f"feed-{i}", "failed", f"connection refused ({i})") for i in range(6)]
        runs.finish_run(con, "r1", "failed", per_source, 0)
        runs.start_run(con, "r2", "prefect")
        runs.link_prefect(con, "r2", "0b5c2f6e-0000-4000-8000-000000000001")
        runs.finish_run(
            con, "r2", "partial", [_source("feed-0", "failed", "HTTP 503"), _source("b", "ok")], 1
        )
        record_job(
            con,
            "maintenance",
            trigger="schedule",
            started_at=datetime.now(UTC),
            status="ok",
            detail={"exported": {"scores": 3, "articles": 2}, "export_dir": "data/export"},
            prefect_run_id="0b5c2f6e-0000-4000-8000-000000000002",
        )
    finally:
        con.close()
    return db_path


def test_status_json_is_nested_and_names_failed_sources(
    history: Path, cli: Callable[..., CliResult], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "prefect"))  # no server was started here
    res = cli("--db", str(history), "status", "--json")
    assert res.code == 0, res.err
    info = json.loads(res.out)
    assert info["scheduler"]["serving"] is False and "next_run" not in info["scheduler"]
    by_id = {r["run_id"]: r for r in info["runs"]}
    all_failed = by_id["r1"]
    assert (all_failed["status"], all_failed["n_sources"], all_failed["n_sources_failed"]) == ("failed", 6, 6)
    assert all_failed["failed_sources"][0] == {"name": "feed-0", "reason": "connection refused (0)"}
    assert isinstance(all_failed["sources"], list) and "counts_json" not in all_failed
    assert all_failed["duration_s"] is not None and all_failed["duration_s"] >= 0
    assert by_id["r2"]["prefect"] == {"run_id": "0b5c2f6e-0000-4000-8000-000000000001", "url": None}
    (job,) = info["jobs"]
    assert job["kind"] == "maintenance" and job["detail"]["exported"] == {"scores": 3, "articles": 2}
    assert job["prefect"]["run_id"].endswith("0002")


def test_status_text_without_a_scheduler(
    history: Path, cli: Callable[..., CliResult], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "prefect"))
    (tmp_path / "sources.toml").write_text(  # crons are configured, but nothing serves them
        '[[source]]\nname = "a"\nkind = "feed"\nlocation = "http://127.0.0.1:9/f"\nschedule = "* * * * *"\n'
    )
    out = cli("--db", str(history), "status").out
    assert "scheduler: not serving, so no run is scheduled" in out and "next run" not in out
    assert "6 of 6" in out and "r1: source feed-5 failed: connection refused (5)" in out
    assert "r2: source feed-0 failed: HTTP 503" in out
    assert "maintenance" in out and "2 views, 5 rows -> data/export" in out


def test_a_prefect_api_that_does_not_answer_is_not_a_scheduler(
    history: Path, cli: Callable[..., CliResult], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:9/api")
    info = json.loads(cli("--db", str(history), "status", "--json").out)
    assert info["scheduler"]["serving"] is False and "does not answer" in info["scheduler"]["reason"]
    (r2,) = [r for r in info["runs"] if r["run_id"] == "r2"]
    assert r2["prefect"]["url"] == "http://127.0.0.1:9/runs/flow-run/0b5c2f6e-0000-4000-8000-000000000001"
