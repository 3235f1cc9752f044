"""Docs are checked: every CLI verb and every public view column appears in the README."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from flows.cli import build_parser
from warehouse.db import connect

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
REQUIRED_VIEWS = ("articles", "scores", "attributes", "claims", "contradictions", "consensus")


def _views() -> list[str]:
    """Every view in a freshly migrated warehouse: all of them are public API."""
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        con = connect(Path(d) / "w.duckdb")
        try:
            rows = con.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_type = 'VIEW' ORDER BY 1"
            ).fetchall()
        finally:
            con.close()
    return [r[0] for r in rows]


PUBLIC_VIEWS = _views()


def test_the_required_views_exist() -> None:
    assert set(REQUIRED_VIEWS) <= set(PUBLIC_VIEWS)


def _subcommands(parser: object) -> dict[str, object]:
    for action in getattr(parser, "_actions", []):
        if action.__class__.__name__ == "_SubParsersAction":
            return dict(action.choices)
    return {}


def _all_commands() -> list[str]:
    out = []
    for verb, sub in _subcommands(build_parser()).items():
        out.append(f"newskb {verb}")
        out.extend(f"newskb {verb} {action}" for action in _subcommands(sub))
    return out


@pytest.mark.parametrize("command", _all_commands())
def test_every_cli_command_is_documented(command: str) -> None:
    assert f"`{command}" in README or f"| `{command}" in README, f"README does not document `{command}`"


def _section(view: str) -> str:
    m = re.search(rf"^### `{view}`\n(.*?)(?=^### |\Z)", README, re.S | re.M)
    assert m, f"README has no section '### `{view}`'"
    return m.group(1)


@pytest.mark.parametrize("view", PUBLIC_VIEWS)
def test_every_public_view_column_is_documented(view: str, tmp_path: Path) -> None:
    con = connect(tmp_path / "w.duckdb")
    try:
        cols = [r[0] for r in con.execute(f"DESCRIBE {view}").fetchall()]  # view names are our constants
    finally:
        con.close()
    section = _section(view)
    missing = [c for c in cols if f"| `{c}` |" not in section]
    assert not missing, f"README section for {view} lacks columns: {missing}"
