"""The public views described once: warehouse/catalog.toml holds what every view and column means.

From it come the `COMMENT ON` texts the warehouse carries (so any DuckDB client can read them with
`duckdb_views()` / `duckdb_columns()`), and the README's view tables (`python -m warehouse.catalog
--write-readme`). Comments are re-applied after any migration and whenever the catalog's text changes (its
hash is kept in `_catalog`), because a view that a migration re-creates loses them.
"""

from __future__ import annotations

import hashlib
import sys
import tomllib
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import duckdb

CATALOG_FILE = Path(__file__).parent / "catalog.toml"
README_BEGIN = "<!-- views: generated from warehouse/catalog.toml by python -m warehouse.catalog -->"
README_END = "<!-- end of generated views -->"


@dataclass(frozen=True, slots=True)
class ViewDoc:
    name: str
    description: str
    columns: tuple[tuple[str, str], ...]  # (column, meaning) in the view's order


@cache
def _text() -> str:
    return CATALOG_FILE.read_text(encoding="utf-8")


@cache
def catalog() -> tuple[ViewDoc, ...]:
    data = tomllib.loads(_text())
    return tuple(
        ViewDoc(name, str(body.get("description", "")).strip(), tuple(body.get("columns", {}).items()))
        for name, body in data.items()
    )


def public_views() -> list[str]:
    """Every public view, in the catalog's order."""
    return [v.name for v in catalog()]


def catalog_hash() -> str:
    return hashlib.sha256(_text().encode()).hexdigest()[:16]


def _literal(text: str) -> str:
    # COMMENT ON takes a literal, not a parameter; the text is our own catalog's, quoted here.
    return "'" + " ".join(text.split()).replace("'", "''") + "'"


def comment_statements(con: duckdb.DuckDBPyConnection) -> list[str]:
    """COMMENT ON statements for the catalog's views and columns that exist in this warehouse."""
    present: dict[str, set[str]] = {}
    for view, column in con.execute(
        "SELECT table_name, column_name FROM duckdb_columns() "
        "WHERE schema_name = 'main' AND database_name = current_database()"
    ).fetchall():
        present.setdefault(view, set()).add(column)
    out: list[str] = []
    for doc in catalog():
        if doc.name not in present:
            continue
        out.append(f'COMMENT ON VIEW "{doc.name}" IS {_literal(doc.description)}')
        out.extend(
            f'COMMENT ON COLUMN "{doc.name}"."{col}" IS {_literal(meaning)}'
            for col, meaning in doc.columns
            if col in present[doc.name]
        )
    return out


def recorded_hash(con: duckdb.DuckDBPyConnection) -> str | None:
    try:
        row = con.execute("SELECT hash FROM _catalog ORDER BY applied_at DESC LIMIT 1").fetchone()
    except duckdb.CatalogException:
        return None
    return str(row[0]) if row else ""


def sync_comments(con: duckdb.DuckDBPyConnection, *, force: bool = False) -> bool:
    """Apply the catalog's comments when they may be stale; False when there is no `_catalog` table yet."""
    recorded = recorded_hash(con)
    if recorded is None:
        return False
    if not force and recorded == catalog_hash():
        return True
    con.execute("BEGIN TRANSACTION")
    try:
        for stmt in comment_statements(con):
            con.execute(stmt)
        con.execute("DELETE FROM _catalog")
        con.execute("INSERT INTO _catalog VALUES (?, ?)", [catalog_hash(), datetime.now(UTC)])
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")
    return True


# --- the README's view tables -----------------------------------------------------------------------


def render_markdown() -> str:
    parts: list[str] = []
    for doc in catalog():
        parts.append(f"### `{doc.name}`\n")
        if doc.description:
            parts.append(f"{doc.description}\n")
        rows = "".join(f"| `{col}` | {meaning} |\n" for col, meaning in doc.columns)
        parts.append(f"| column | meaning |\n| --- | --- |\n{rows}")
    return "\n".join(parts)


def readme_block() -> str:
    return f"{README_BEGIN}\n\n{render_markdown()}\n{README_END}"


def replace_in_readme(readme: str) -> str:
    start, end = readme.index(README_BEGIN), readme.index(README_END) + len(README_END)
    return readme[:start] + readme_block() + readme[end:]


if __name__ == "__main__":  # python -m warehouse.catalog [--write-readme [README.md]]
    if len(sys.argv) > 1 and sys.argv[1] == "--write-readme":
        path = Path(sys.argv[2] if len(sys.argv) > 2 else "README.md")
        path.write_text(replace_in_readme(path.read_text(encoding="utf-8")), encoding="utf-8")
    else:
        sys.stdout.write(render_markdown())
