"""The alias registry: canonical entities, their aliases, merges and discovered candidates.

The public views resolve names through `entity_aliases` at query time, so an alias or a merge a
reviewer adds shows up at once, without re-extraction.
"""

from __future__ import annotations

import re
from typing import Any

import duckdb

from warehouse.db import InputError, transaction
from warehouse.queries import query

_KEY = re.compile(r"[\s\-_'’\"()\[\],:;!?/]")


def alias_key(name: str) -> str:
    """The same key as the SQL macro alias_key(): lower-case, spacing and punctuation dropped."""
    return _KEY.sub("", name).lower()


def _rows(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def list_entities(
    con: duckdb.DuckDBPyConnection, *, kind: str | None = None, like: str | None = None
) -> list[dict[str, Any]]:
    pattern = f"%{like}%" if like else None
    return _rows(con.execute(query("list_entities"), [kind, pattern]))


def list_candidates(con: duckdb.DuckDBPyConnection, *, status: str | None = None) -> list[dict[str, Any]]:
    return _rows(con.execute(query("list_candidates"), [status]))


def _canonical_of(con: duckdb.DuckDBPyConnection, name: str, kind: str) -> str | None:
    row = con.execute(
        "SELECT canonical FROM entity_aliases WHERE alias_key = ? AND kind = ?", [alias_key(name), kind]
    ).fetchone()
    if row:
        return str(row[0])
    row = con.execute(
        "SELECT canonical FROM entities WHERE canonical = ? AND kind = ?", [name, kind]
    ).fetchone()
    return str(row[0]) if row else None


def add_alias(con: duckdb.DuckDBPyConnection, alias: str, canonical: str, *, kind: str = "model") -> str:
    if not alias.strip() or not canonical.strip():
        raise InputError("alias and canonical name must not be empty")
    target = _canonical_of(con, canonical, kind) or canonical
    with transaction(con):
        con.execute(
            "INSERT INTO entities (canonical, kind, origin) VALUES (?, ?, 'review') ON CONFLICT DO NOTHING",
            [target, kind],
        )
        con.execute(query("upsert_alias"), [alias_key(alias), kind, alias, target])
        con.execute(query("upsert_alias"), [alias_key(target), kind, target, target])
    return f"{alias} → {target} ({kind})"


def merge(con: duckdb.DuckDBPyConnection, source: str, target: str, *, kind: str = "model") -> str:
    """Every alias of `source` (and `source` itself) now points at `target`'s canonical name."""
    src = _canonical_of(con, source, kind)
    if src is None:
        raise InputError(f"{source}: no {kind} entity or alias of that name")
    dst = _canonical_of(con, target, kind) or target
    if src == dst:
        return f"{source} is already {dst}"
    with transaction(con):
        con.execute(
            "INSERT INTO entities (canonical, kind, origin) VALUES (?, ?, 'review') ON CONFLICT DO NOTHING",
            [dst, kind],
        )
        con.execute(
            "UPDATE entity_aliases SET canonical = ?, origin = 'review' WHERE canonical = ? AND kind = ?",
            [dst, src, kind],
        )
        con.execute(query("upsert_alias"), [alias_key(src), kind, src, dst])
        con.execute(query("upsert_alias"), [alias_key(dst), kind, dst, dst])
        con.execute("DELETE FROM entities WHERE canonical = ? AND kind = ?", [src, kind])
    return f"merged {src} into {dst} ({kind})"


def decide_candidate(con: duckdb.DuckDBPyConnection, name: str, decision: str, *, kind: str = "model") -> str:
    status = {"accept": "accepted", "reject": "rejected"}.get(decision)
    if status is None:
        raise InputError(f"{decision}: expected accept or reject")
    row = con.execute(
        "SELECT name FROM entity_candidates WHERE name = ? AND kind = ?", [name, kind]
    ).fetchone()
    if row is None:
        raise InputError(f"{name}: no discovered {kind} candidate of that name")
    with transaction(con):
        con.execute(
            "UPDATE entity_candidates SET status = ? WHERE name = ? AND kind = ?", [status, name, kind]
        )
        if status == "accepted":
            con.execute(
                "INSERT INTO entities (canonical, kind, origin) VALUES (?, ?, 'discovered') "
                "ON CONFLICT DO NOTHING",
                [name, kind],
            )
            con.execute(query("upsert_alias"), [alias_key(name), kind, name, name])
    return f"{name}: {status}"
