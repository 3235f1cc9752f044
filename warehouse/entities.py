"""The alias registry: canonical entities, their aliases, merges and discovered candidates.

The public views resolve names through `entity_aliases` at query time, so an alias or a merge a
reviewer adds shows up at once, without re-extraction.
"""

from __future__ import annotations

import re
from typing import Any

import duckdb

from warehouse.alias_keys import alias_key
from warehouse.db import InputError, registered, transaction
from warehouse.lab_aliases import lab_aliases
from warehouse.queries import query


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


_MAX_CHAIN = 32  # alias hops followed before a mapping is declared a cycle


def _canonical_of(con: duckdb.DuckDBPyConnection, name: str, kind: str) -> str | None:
    row = con.execute(query("entity_canonical_of"), [alias_key(name), kind, name, kind]).fetchone()
    return str(row[0]) if row else None


def _resolve(con: duckdb.DuckDBPyConnection, name: str, kind: str) -> str | None:
    """The final canonical name of `name`, following any chain of aliases; InputError on a cycle."""
    path = [name]
    current = _canonical_of(con, name, kind)
    if current is None:
        return None
    while len(path) <= _MAX_CHAIN:
        nxt = _canonical_of(con, current, kind)
        if nxt is None or alias_key(nxt) == alias_key(current):
            return current
        if nxt in path or nxt == current:
            break
        path.append(current)
        current = nxt
    raise InputError(f"{name}: the {kind} aliases form a cycle ({' → '.join([*path, current])}); fix by hand")


def _canonicals_named(con: duckdb.DuckDBPyConnection, name: str, kind: str) -> list[str]:
    """Canonical names that are spellings of `name` itself (same alias_key)."""
    key = alias_key(name)
    return [
        str(r[0]) for r in con.execute(query("entity_canonicals_by_key"), [kind, key, kind, key]).fetchall()
    ]


def _reconcile(con: duckdb.DuckDBPyConnection) -> None:
    """Recompute consensus, contradictions and ranks in the caller's transaction: names just changed."""
    from warehouse.reconcile import reconcile_in  # reconcile imports this module

    reconcile_in(con, None)


def _merge_in(con: duckdb.DuckDBPyConnection, src: str, dst: str, kind: str) -> None:
    """Inside a transaction: `src` and every alias pointing at it now resolve to `dst` in one step."""
    con.execute(query("entity_insert"), [dst, kind, "review"])
    con.execute(query("entity_merge_repoint"), [dst, src, kind])
    con.execute(query("upsert_alias"), [alias_key(src), kind, src, dst])
    con.execute(query("upsert_alias"), [alias_key(dst), kind, dst, dst])
    con.execute(query("entity_merge_drop"), [src, kind])


def add_alias(con: duckdb.DuckDBPyConnection, alias: str, canonical: str, *, kind: str = "model") -> str:
    """`alias` now means `canonical` (resolved to its own canonical name). When `alias` is itself a canonical
    name, this is a merge: every alias pointing at it is repointed too, so names resolve in one step."""
    if not alias.strip() or not canonical.strip():
        raise InputError("alias and canonical name must not be empty")
    target = _resolve(con, canonical, kind) or canonical
    merged = [c for c in _canonicals_named(con, alias, kind) if c != target]
    with transaction(con):
        con.execute(query("entity_insert"), [target, kind, "review"])
        for src in merged:
            _merge_in(con, src, target, kind)
        con.execute(query("upsert_alias"), [alias_key(alias), kind, alias, target])
        con.execute(query("upsert_alias"), [alias_key(target), kind, target, target])
        _reconcile(con)
    if merged:
        return f"{alias} → {target} ({kind}); merged {', '.join(merged)} into {target}"
    return f"{alias} → {target} ({kind})"


def merge(con: duckdb.DuckDBPyConnection, source: str, target: str, *, kind: str = "model") -> str:
    """Every alias of `source` (and `source` itself) now points at `target`'s canonical name."""
    src = _resolve(con, source, kind)
    if src is None:
        raise InputError(f"{source}: no {kind} entity or alias of that name")
    dst = _resolve(con, target, kind) or target
    if src == dst or alias_key(src) == alias_key(dst):
        return f"{source} is already {dst}"
    with transaction(con):
        _merge_in(con, src, dst, kind)
        _reconcile(con)
    return f"merged {src} into {dst} ({kind})"


def decide_candidate(con: duckdb.DuckDBPyConnection, name: str, decision: str, *, kind: str = "model") -> str:
    status = {"accept": "accepted", "reject": "rejected"}.get(decision)
    if status is None:
        raise InputError(f"{decision}: expected accept or reject")
    if con.execute(query("candidate_find"), [name, kind]).fetchone() is None:
        raise InputError(f"{name}: no discovered {kind} candidate of that name")
    known = _resolve(con, name, kind)
    with transaction(con):
        con.execute(query("candidate_decide"), [status, name, kind])
        if status == "accepted":
            if known is None or known == name:
                con.execute(query("entity_insert"), [name, kind, "discovered"])
                con.execute(query("upsert_alias"), [alias_key(name), kind, name, name])
            _reconcile(con)
    if status == "accepted" and known is not None and known != name:
        return f"{name}: {status} (already an alias of {known})"
    return f"{name}: {status}"


# --- derived aliases: a model named by its total size alone is the one named with its active size too ------

_ACTIVE_SIZE = re.compile(r"^(?P<total>.*?\d+(?:\.\d+)?B)[ -]A\d+(?:\.\d+)?B$")


def size_aliases(names: list[str]) -> dict[str, str]:
    """Short names -> full names: 'Qwen3.5 397B' is 'Qwen3.5 397B A17B' when the facts name exactly one model
    by that total size and an active size (a mixture of experts written with or without its active part).
    A short name two full names share ('X 30B A3B', 'X 30B A5B') is left alone."""
    by_key = {alias_key(n): n for n in sorted(names)}
    full: dict[str, set[str]] = {}
    for n in names:
        m = _ACTIVE_SIZE.match(n)
        if m:  # one full name however it is spelt ('X 30B A3B', 'X-30B-A3B')
            full.setdefault(alias_key(m.group("total")), set()).add(by_key[alias_key(n)])
    return {by_key[k]: next(iter(fs)) for k, fs in full.items() if len(fs) == 1 and k in by_key}


def derive_size_aliases(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Store the derived size aliases (size_aliases over every model name the facts give, and lab_aliases: a
    name without its lab's in front, warehouse.lab_aliases) and return the articles whose facts changed name
    with them, for the reconciliation to recompute their review items.

    They are the reconciliation's (kind 'model_size', read by warehouse.reconcile): a figure given for 'X
    397B' is compared with those given for 'X 397B A17B', while the public views keep the names as written."""
    import pyarrow as pa

    names = [str(r[0]) for r in con.execute(query("size_alias_names")).fetchall()]
    derived = {**lab_aliases(names), **size_aliases(names)}  # a size alias wins a name both give
    want = {alias_key(s): (s, f) for s, f in derived.items()}
    stored = {str(k): str(c) for k, c in con.execute(query("size_alias_stored")).fetchall()}
    moved = {k for k in want.keys() | stored.keys() if (want[k][1] if k in want else None) != stored.get(k)}
    if not moved:
        return []
    rows = sorted((k, s, f) for k, (s, f) in want.items())
    incoming = pa.table(
        {
            "alias_key": pa.array([r[0] for r in rows], pa.string()),
            "alias": pa.array([r[1] for r in rows], pa.string()),
            "canonical": pa.array([r[2] for r in rows], pa.string()),
        }
    )
    with registered(con, incoming=incoming):
        con.execute(query("size_alias_apply"))
    with registered(con, keys=pa.table({"k": pa.array(sorted(moved), pa.string())})):
        return [str(r[0]) for r in con.execute(query("size_alias_articles")).fetchall()]
