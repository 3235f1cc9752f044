"""`newskb export`: every public view to Parquet or CSV with a manifest, round-tripping every row; a failed
export leaves the previous one as it was."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest

from tests.conftest import CliResult
from warehouse.catalog import public_views


def _counts(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            v: int((con.execute(f'SELECT count(*) FROM "{v}"').fetchone() or (0,))[0]) for v in public_views()
        }
    finally:
        con.close()


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_export_round_trips_every_view(
    fmt: str, sample_copy: Path, tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    out = tmp_path / "export"
    res = cli("--db", str(sample_copy), "export", "--format", fmt, "--to", str(out), "--json")
    assert res.code == 0, res.err
    expected = _counts(sample_copy)
    manifest = json.loads((out / "manifest.json").read_text())
    assert json.loads(res.out)["views"] == manifest["views"]  # --json prints the manifest
    assert manifest["format"] == fmt and manifest["schema_version"] >= 20 and manifest["exported_at"]
    assert {v: m["rows"] for v, m in manifest["views"].items()} == expected
    assert expected["scores"] > 0 and expected["fact_ranks"] > 0 and expected["leaderboard"] > 0
    reader = "read_parquet" if fmt == "parquet" else "read_csv"
    con = duckdb.connect()
    for view, n in expected.items():
        path = out / f"{view}.{fmt}"
        got = con.execute(f"SELECT count(*) FROM {reader}('{path}')").fetchone()
        assert got == (n,), view
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [f"{v}.{fmt}" for v in expected] + ["manifest.json"]
    )
    status = json.loads(cli("--db", str(sample_copy), "status", "--json").out)
    (job,) = status["jobs"]
    assert (job["kind"], job["status"], job["trigger"]) == ("export", "ok", "cli")
    assert job["detail"]["views"]["scores"]["rows"] == expected["scores"]


def test_export_chosen_views_and_unknown_view(
    sample_copy: Path, tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    out = tmp_path / "x"
    res = cli(
        "--db", str(sample_copy), "export", "--to", str(out), "--view", "leaderboard", "--view", "names"
    )
    assert res.code == 0, res.err
    assert sorted(p.name for p in out.iterdir()) == ["leaderboard.parquet", "manifest.json", "names.parquet"]
    res = cli("--db", str(sample_copy), "export", "--to", str(out), "--view", "article_rows")
    assert res.code == 2 and "--view article_rows" in res.err and "leaderboard" in res.err


def test_a_failed_export_leaves_the_previous_one_intact(
    sample_copy: Path, tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    out = tmp_path / "export"
    assert cli("--db", str(sample_copy), "export", "--to", str(out)).code == 0
    # a folder where the last view's file goes: this export can write everything but not put it in place
    last = public_views()[-1]
    (out / f"{last}.parquet").unlink()
    (out / f"{last}.parquet").mkdir()

    def files() -> dict[str, tuple[int, bytes]]:  # the same inode: the very file, not a rewrite
        return {p.name: (p.stat().st_ino, p.read_bytes()) for p in out.iterdir() if p.is_file()}

    before = files()
    res = cli("--db", str(sample_copy), "export", "--to", str(out))
    assert res.code == 1 and "previous export there is unchanged" in res.err, res.err
    assert files() == before
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no staging left behind
