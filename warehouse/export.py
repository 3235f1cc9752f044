"""Exporting the public views to files other tools read: one Parquet or CSV file per view and a manifest.

An export is written into a staging folder inside the target folder; only when every view is written are
the files moved over the previous ones (the manifest last), and if a move fails the previous files are put
back, so a failed export leaves the previous export intact. Files of views not exported this time are left
alone; the manifest names the files of this export.
"""

from __future__ import annotations

import json
import shutil
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from warehouse.catalog import public_views
from warehouse.db import InputError, WarehouseError

FORMATS = ("parquet", "csv")
MANIFEST = "manifest.json"
_COPY_OPTIONS = {"parquet": "FORMAT parquet, COMPRESSION zstd", "csv": "FORMAT csv, HEADER true"}


@dataclass(slots=True)
class ExportResult:
    folder: Path
    format: str
    exported_at: datetime
    schema_version: int
    views: dict[str, dict[str, Any]] = field(default_factory=dict)  # view -> {file, rows, columns}

    def manifest(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "exported_at": self.exported_at.isoformat(),
            "schema_version": self.schema_version,
            "views": self.views,
        }

    def rows(self) -> dict[str, int]:
        return {name: int(v["rows"]) for name, v in self.views.items()}


class ExportError(WarehouseError):
    """An export that could not be completed; the previous export is left as it was."""


def _swap_in(staging: Path, folder: Path, names: list[str]) -> None:
    """Move the staged files over the previous ones (the manifest last); if any move fails, put every
    previous file back, so the folder holds either the whole new export or the whole previous one."""
    backup = staging / "previous"
    backup.mkdir()
    kept: list[str] = []  # previous files moved aside
    placed: list[str] = []  # new files put in place
    try:
        for name in names:
            if (folder / name).is_file():
                (folder / name).replace(backup / name)
                kept.append(name)
            (staging / name).replace(folder / name)
            placed.append(name)
    except OSError:
        for name in placed:
            (folder / name).unlink(missing_ok=True)
        for name in kept:
            (backup / name).replace(folder / name)
        raise


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def choose_views(con: duckdb.DuckDBPyConnection, names: list[str] | None) -> list[str]:
    """The public views to export (all by default); an unknown name is an input error naming it."""
    present = {
        r[0]
        for r in con.execute(
            "SELECT view_name FROM duckdb_views() WHERE NOT internal AND database_name = current_database()"
        ).fetchall()
    }
    public = [v for v in public_views() if v in present]
    if not names:
        return public
    unknown = [n for n in names if n not in public]
    if unknown:
        raise InputError(f"--view {unknown[0]}: no such public view (one of: {', '.join(public)})")
    return list(dict.fromkeys(names))


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    row = con.execute("SELECT max(version) FROM _migrations").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def export_views(
    con: duckdb.DuckDBPyConnection, folder: Path, *, fmt: str = "parquet", views: list[str] | None = None
) -> ExportResult:
    """Write each view to folder/<view>.<fmt> and folder/manifest.json (row counts, schema version, time)."""
    if fmt not in FORMATS:
        raise InputError(f"--format {fmt}: one of {', '.join(FORMATS)}")
    chosen = choose_views(con, views)
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise InputError(f"--to {folder}: not a folder")
    folder.mkdir(parents=True, exist_ok=True)
    staging = folder / f".newskb-export-{uuid.uuid4().hex[:12]}"
    staging.mkdir()
    result = ExportResult(folder, fmt, datetime.now(UTC), schema_version(con))
    try:
        for view in chosen:
            name = f"{view}.{fmt}"
            target = _sql_path(staging / name)
            cur = con.execute(f"COPY (SELECT * FROM \"{view}\") TO '{target}' ({_COPY_OPTIONS[fmt]})")
            row = cur.fetchone()
            columns = [r[0] for r in con.execute(f'DESCRIBE "{view}"').fetchall()]
            result.views[view] = {"file": name, "rows": int(row[0]) if row else 0, "columns": columns}
        (staging / MANIFEST).write_text(json.dumps(result.manifest(), indent=2) + "\n", encoding="utf-8")
        _swap_in(staging, folder, [*(v["file"] for v in result.views.values()), MANIFEST])
    except (OSError, duckdb.Error) as exc:
        if isinstance(exc, OSError):
            why = f"{exc.strerror or exc}: {exc.filename}" if exc.filename else str(exc.strerror or exc)
        else:
            why = str(exc).splitlines()[0]
        raise ExportError(
            f"export to {folder} failed ({why}); the previous export there is unchanged"
        ) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return result
