"""The staging folder between parallel workers and the one loader: immutable, content-hashed Parquet batches.

A worker turns its pages into a batch (the same Arrow tables `warehouse.load.batch_tables` builds) and
writes it as ONE Parquet file: one row per table row, a `part` column naming the table and one struct
column per part (null in the other parts' rows), so a batch is a single object on any store and stays
readable by other tools (`SELECT unnest(score_facts) FROM 'batch-….parquet' WHERE part = 'score_facts'`).
The file is written under a temporary dot-name and renamed once complete; its name carries the sha256 of
its bytes, so a half-written or altered file is recognised and never loaded.

The folder is a local path or any fsspec URL (`s3://bucket/newskb/staging`, `memory://…`, …): workers on
other machines only need write access to it. The loader (`load_staged`) merges each batch in a transaction
that also records its hash in `staged_batches`, and deletes the file only after the commit: a batch loaded
twice changes nothing, and a loader that dies between commit and delete just deletes it next time.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import duckdb
import fsspec
import pyarrow as pa
import pyarrow.parquet as pq

from warehouse.db import transaction
from warehouse.load import BATCH_PARTS, load_tables

PREFIX = "batch-"
SUFFIX = ".parquet"
META_KEY = b"newskb.batch"
STAGED_SCHEMA = pa.schema(
    [("part", pa.string())] + [(part, pa.struct(list(schema))) for part, schema in BATCH_PARTS.items()],
    metadata=None,
)


class StagingError(RuntimeError):
    """A staged file that cannot be used (its hash does not match its name, or it is not a batch)."""


@dataclass(frozen=True, slots=True)
class StagedBatch:
    name: str  # file name inside the staging folder
    sha256: str
    meta: dict[str, Any]  # what the worker said about it (load_id, source, seq, summary)


def _fs(url: str) -> tuple[Any, str]:
    fs, root = fsspec.core.url_to_fs(url)
    return fs, root.rstrip("/")


def pack(tables: dict[str, pa.Table]) -> pa.Table:
    """Several tables (parts of BATCH_PARTS) as one sparse table of STAGED_SCHEMA."""
    chunks: list[pa.Table] = []
    for part, table in tables.items():
        n = table.num_rows
        if not n:
            continue
        columns: list[pa.Array] = [pa.array([part] * n, pa.string())]
        for name in BATCH_PARTS:
            field_type = STAGED_SCHEMA.field(name).type
            if name == part:
                cast = table.cast(BATCH_PARTS[part])
                arrays = [c.combine_chunks() for c in cast.columns]
                columns.append(pa.StructArray.from_arrays(arrays, fields=list(field_type)))
            else:
                columns.append(pa.nulls(n, field_type))
        chunks.append(pa.Table.from_arrays(columns, schema=STAGED_SCHEMA))
    if not chunks:
        return STAGED_SCHEMA.empty_table()
    return pa.concat_tables(chunks)


def unpack(staged: pa.Table) -> dict[str, pa.Table]:
    """The inverse of `pack`: one table per part present, its rows in the file's order.

    A part's rows are taken as slices of the file's table (`pack` writes each part's rows together, so one
    slice each), not through a filter: a filter goes through pyarrow.compute, whose import alone costs the
    coordinator ~0.2 s of CPU on its first load, and copies every column of the batch once per part (~0.01 s
    a part), on the core that the page workers share (issue #13)."""
    out: dict[str, pa.Table] = {}
    parts = staged.column("part").to_pylist()
    runs: dict[str, list[pa.Table]] = {}
    start = 0
    for i in range(1, len(parts) + 1):
        if i == len(parts) or parts[i] != parts[start]:
            runs.setdefault(parts[start], []).append(staged.slice(start, i - start))
            start = i
    for part, schema in BATCH_PARTS.items():
        if part not in runs:
            continue
        rows = runs[part][0] if len(runs[part]) == 1 else pa.concat_tables(runs[part])
        struct = rows.column(part).combine_chunks()
        out[part] = pa.Table.from_arrays(struct.flatten(), schema=schema)
    return out


def batch_name(load_id: str, seq: int, sha256: str) -> str:
    """Sorted names load in the coordinator's order: by load, then by its sequence number."""
    return f"{PREFIX}{load_id}-{seq:06d}-{sha256}{SUFFIX}"


def encode_batch(tables: dict[str, pa.Table], meta: dict[str, Any]) -> bytes:
    """One batch as the bytes of its Parquet file (zstd), `meta` in the file's metadata."""
    table = pack(tables).replace_schema_metadata({META_KEY: json.dumps(meta, sort_keys=True).encode()})
    buf = io.BytesIO()
    pq.write_table(table, buf, compression="zstd")
    return buf.getvalue()


def write_batch(staging: str, tables: dict[str, pa.Table], meta: dict[str, Any]) -> StagedBatch:
    """Write one batch to the staging folder (temporary dot-name, then rename); returns its name."""
    data = encode_batch(tables, meta)
    sha = hashlib.sha256(data).hexdigest()
    fs, root = _fs(staging)
    fs.makedirs(root, exist_ok=True)
    name = batch_name(str(meta["load_id"]), int(meta["seq"]), sha)
    tmp = f"{root}/.tmp-{uuid.uuid4().hex}{SUFFIX}"
    with fs.open(tmp, "wb") as fh:
        fh.write(data)
    fs.mv(tmp, f"{root}/{name}")
    return StagedBatch(name, sha, meta)


def list_batches(staging: str) -> list[str]:
    """Names of the complete batches waiting in the folder, in load order (temporary files are skipped)."""
    fs, root = _fs(staging)
    if not fs.exists(root):
        return []
    names = [str(p).rsplit("/", 1)[-1] for p in fs.ls(root, detail=False)]
    return sorted(n for n in names if n.startswith(PREFIX) and n.endswith(SUFFIX))


def read_batch(staging: str, name: str) -> tuple[StagedBatch, dict[str, pa.Table]]:
    """Read and verify one batch: the sha256 of its bytes must be the one in its name."""
    fs, root = _fs(staging)
    with fs.open(f"{root}/{name}", "rb") as fh:
        data = fh.read()
    sha = hashlib.sha256(data).hexdigest()
    if not name.endswith(f"-{sha}{SUFFIX}"):
        raise StagingError(f"{staging}/{name}: content does not match its hash (incomplete or altered)")
    # one file's row groups as they are (`pq.read_table` goes through the datasets layer: an import of
    # pyarrow.dataset, 0.04 s of CPU, on the coordinator's first load, and more per batch)
    table = pq.ParquetFile(pa.BufferReader(data)).read()
    raw_meta = (table.schema.metadata or {}).get(META_KEY)
    meta = json.loads(raw_meta) if raw_meta else {}
    return StagedBatch(name, sha, meta), unpack(table)


def delete_batch(staging: str, name: str) -> None:
    fs, root = _fs(staging)
    with contextlib.suppress(FileNotFoundError):
        fs.rm(f"{root}/{name}")


@dataclass(slots=True)
class LoadReport:
    loaded: list[StagedBatch]
    skipped: list[str]  # already loaded before (only deleted now)
    refused: list[tuple[str, str]]  # (name, reason): left in place for a person to look at


def load_batch_file(con: duckdb.DuckDBPyConnection, staging: str, name: str) -> StagedBatch | None:
    """Merge one staged batch in one transaction with its record; None when it was loaded before."""
    batch, tables = read_batch(staging, name)
    with transaction(con):
        if con.execute("SELECT 1 FROM staged_batches WHERE batch_hash = ?", [batch.sha256]).fetchone():
            return None
        load_tables(con, tables)
        con.execute(
            "INSERT INTO staged_batches (batch_hash, name, load_id, source, n_rows, loaded_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                batch.sha256,
                name,
                batch.meta.get("load_id"),
                batch.meta.get("source"),
                sum(t.num_rows for t in tables.values()),
                datetime.now(UTC),
            ],
        )
    return batch


def load_staged(con: duckdb.DuckDBPyConnection, staging: str, names: list[str] | None = None) -> LoadReport:
    """Merge staged batches (default: every one waiting) in name order; delete each after its commit."""
    report = LoadReport([], [], [])
    for name in list_batches(staging) if names is None else sorted(names):
        try:
            batch = load_batch_file(con, staging, name)
        except (StagingError, OSError, pa.ArrowException) as exc:
            report.refused.append((name, str(exc)))
            continue
        if batch is None:
            report.skipped.append(name)
        else:
            report.loaded.append(batch)
        delete_batch(staging, name)
    return report
