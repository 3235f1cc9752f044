"""Shared test fixtures: real DuckDB files in temporary folders, a real HTTP server on 127.0.0.1,
and the CLI run in-process or as a subprocess."""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from flows.cli import main

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "sample" / "articles"
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


@pytest.fixture(scope="session", autouse=True)
def pattern_table(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Compiled patterns (flows.pattern_cache) go to a file of this session's own, never the user's
    ~/.cache/newskb: the fork servers the tests start, and the subprocesses they run, read the variable."""
    table = tmp_path_factory.mktemp("pattern-cache") / "patterns.marshal"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("NEWSKB_PATTERN_CACHE", str(table))
        yield table


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@dataclass
class StaticSite:
    root: Path
    base: str

    def url(self, path: str) -> str:
        return f"{self.base}/{path.lstrip('/')}"


@pytest.fixture
def static_site(tmp_path: Path) -> Iterator[StaticSite]:
    """A real HTTP server on 127.0.0.1 serving tmp_path/site (write files there before fetching)."""
    root = tmp_path / "site"
    root.mkdir()
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield StaticSite(root, f"http://127.0.0.1:{server.server_address[1]}")
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "warehouse.duckdb"


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Callable[..., CliResult]:
    """Run `newskb ARGS…` in-process (fast); the settings file and env are isolated per test."""
    monkeypatch.chdir(tmp_path)
    for var in [v for v in os.environ if v.startswith("NEWSKB_") and v != "NEWSKB_PATTERN_CACHE"]:
        monkeypatch.delenv(var)

    def run(*args: str) -> CliResult:
        capsys.readouterr()
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse exits on --help and usage errors
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


def run_newskb(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run the installed console script in a real subprocess."""
    full_env = {**os.environ, **(env or {})}
    exe = Path(sys.executable).parent / "newskb"
    return subprocess.run(
        [str(exe), *args], cwd=cwd, env=full_env, capture_output=True, text=True, timeout=timeout, check=False
    )


@pytest.fixture(scope="session")
def sample_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled sample ingested once per session (tests that write to it use a copy)."""
    from flows.pipeline import run_ingest
    from schema.settings import Settings, Source

    db = tmp_path_factory.mktemp("sample") / "sample.duckdb"
    run_ingest(Settings(db_path=db), [Source(name="sample", kind="path", location=str(SAMPLE))])
    return db


@pytest.fixture
def sample_copy(sample_warehouse: Path, tmp_path: Path) -> Path:
    """A copy of the sample warehouse this test may write to."""
    import shutil

    target = tmp_path / "sample.duckdb"
    shutil.copy(sample_warehouse, target)
    return target
