"""Fast checks of the scheduling pieces that need no Prefect server: prefect.yaml stays in sync with
sources.toml, schedule groups, no promised run without a scheduler, and the run lock."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from flows.guard import RunInProgress, is_locked, lock_path, read_holder, run_lock
from flows.prefect_server import STATE_FILE, running_server_url
from flows.schedule import render_prefect_yaml, schedule_groups
from schema.settings import Settings, Source, load_sources

REPO = Path(__file__).resolve().parent.parent


def test_prefect_yaml_is_generated_from_sources_toml() -> None:
    expected = render_prefect_yaml(Settings(), load_sources(REPO / "sources.toml"))
    assert (REPO / "prefect.yaml").read_text(encoding="utf-8") == expected, (
        "prefect.yaml is stale: run `python -m flows.schedule sources.toml > prefect.yaml`"
    )


def test_prefect_yaml_parses_with_entrypoints_and_schedules() -> None:
    yaml = pytest.importorskip("yaml")
    data = yaml.safe_load((REPO / "prefect.yaml").read_text(encoding="utf-8"))
    by_name = {d["name"]: d for d in data["deployments"]}
    assert by_name["scheduled"]["entrypoint"] == "flows/ingest.py:ingest_flow"
    assert by_name["scheduled"]["schedules"] == [{"cron": "*/30 * * * *", "timezone": "UTC"}]
    assert by_name["scheduled"]["concurrency_limit"] == {"limit": 1, "collision_strategy": "CANCEL_NEW"}
    assert "schedules" not in by_name["manual"]
    assert by_name["nightly"]["entrypoint"] == "flows/maintenance.py:maintenance_flow"
    every = [n for d in data["deployments"] for n in d.get("parameters", {}).get("source_names", [])]
    enabled = [s.name for s in load_sources(REPO / "sources.toml") if s.enabled]
    assert sorted(every) == sorted(enabled)  # each enabled source on exactly one schedule


def test_schedule_groups_one_per_distinct_cron() -> None:
    settings = Settings(schedule_cron="*/30 * * * *")
    sources = [
        Source("a", "feed", "http://127.0.0.1/a"),
        Source("b", "feed", "http://127.0.0.1/b", schedule="0 * * * *"),
        Source("c", "feed", "http://127.0.0.1/c", schedule="*/30 * * * *"),
        Source("d", "feed", "http://127.0.0.1/d", schedule="0 * * * *"),
        Source("e", "feed", "http://127.0.0.1/e", enabled=False),
    ]
    groups = schedule_groups(settings, sources)
    assert [(g.name, g.cron, g.source_names) for g in groups] == [
        ("scheduled", "*/30 * * * *", ("a", "c")),
        ("sources-b-d", "0 * * * *", ("b", "d")),
    ]


def test_crons_without_a_serving_scheduler_promise_no_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from flows.schedule import scheduler_state

    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "prefect"))
    sources = tmp_path / "sources.toml"
    sources.write_text(
        textwrap.dedent("""
        [[source]]
        name = "often"
        kind = "feed"
        location = "http://127.0.0.1:9/feed"
        schedule = "* * * * *"
        """),
        encoding="utf-8",
    )
    state = scheduler_state(Settings(data_dir=tmp_path, sources_file=sources))
    assert state["serving"] is False and "next_run" not in state
    assert "no Prefect server is running" in str(state["reason"])


def test_stale_server_state_is_ignored(tmp_path: Path) -> None:
    (tmp_path / STATE_FILE).write_text('{"api_url": "http://127.0.0.1:9/api", "pid": 999999999}')
    assert running_server_url(tmp_path) is None


def test_run_lock_refuses_a_second_holder_and_names_the_first(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    with run_lock(db, trigger="schedule"):
        assert is_locked(db)
        assert read_holder(db).pid == os.getpid() and read_holder(db).trigger == "schedule"
        t = time.monotonic()
        with pytest.raises(RunInProgress) as err, run_lock(db, trigger="cli", wait=0.6, poll=0.1):
            pass
        assert time.monotonic() - t >= 0.5  # it waited, bounded
        assert "another ingestion is running" in str(err.value)
        assert f"a schedule run (pid {os.getpid()})" in str(err.value)
    assert not is_locked(db)
    assert lock_path(db).read_text() == ""  # no stale owner left behind


def test_run_lock_is_released_when_its_process_dies(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    code = (
        "import sys, time; from pathlib import Path; from flows.guard import run_lock\n"
        f"with run_lock(Path({str(db)!r}), trigger='cli'):\n"
        "    print('locked', flush=True); time.sleep(60)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, cwd=REPO)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
        assert is_locked(db)
        with pytest.raises(RunInProgress), run_lock(db, trigger="cli"):
            pass
    finally:
        proc.kill()
        proc.wait()
    with run_lock(db, trigger="cli", wait=2):
        assert read_holder(db).pid == os.getpid()
