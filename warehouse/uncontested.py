"""The uncontested review items of an incremental reconciliation, reconciled set-based in SQL (issue #13).

Most items an incremental pass recomputes are a score that every source states alike: one value, no stated
setting, no review history. warehouse.reconcile would build a Python object per fact and per key to find
that out and to write "preferred, all N sources agree" for each of them; here the split, the keys, their
consensus rows and the facts' rank rows are a few SQL statements over the fact rows (an Arrow table), and
only the other items (disagreeing values, settings, attributes, reviewed or disputed items, names outside
printable ASCII) go through the Python pass. The rows written are the ones the Python pass writes for such
an item (tests/test_parallel.py compares the two on a varied warehouse).

    reconcile_uncontested_split.sql          which items are uncontested (and every row's stated value)
    reconcile_uncontested_keys.sql           their key: names, key id, value, sources, facts
    reconcile_insert_uncontested_consensus.sql   their consensus_values rows
    reconcile_uncontested_ranks.sql          their facts' reconciled_facts rows
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import duckdb

from warehouse.agreement import score_value
from warehouse.db import registered
from warehouse.queries import query


@dataclass(frozen=True, slots=True)
class Split:
    table: Any  # pyarrow.Table: the fact rows with rn, stated_text, stated_decimals, dispute_id, simple
    rest: Any  # pyarrow.Table: the rows of the other items (reconcile_facts.sql's columns and rn)
    simple_ids: frozenset[str]  # the uncontested items' dispute ids
    simple_facts: int


def split(con: duckdb.DuckDBPyConnection, table: Any, parse: Any = score_value) -> Split:
    """Split reconcile_facts.sql's rows (`table`, Arrow) into uncontested items and the rest; `parse` is
    warehouse.agreement.score_value (or a cached copy of it) for the score rows that keep no stored value."""
    import pyarrow as pa
    import pyarrow.compute as pc

    table = table.append_column("rn", pa.array(range(table.num_rows), pa.int64()))
    unstored = pc.or_(pc.is_null(table.column("stored_value")), pc.is_null(table.column("stored_decimals")))
    need = table.filter(pc.and_(pc.equal(table.column("kind"), "score"), unstored))
    texts, decimals = [], []
    nums, evidences = need.column("num").to_pylist(), need.column("evidence").to_pylist()
    for num, evidence in zip(nums, evidences, strict=True):
        stated = parse(num, evidence)
        texts.append(stated.text)
        decimals.append(stated.decimals)
    parsed = pa.table(
        {
            "rn": need.column("rn"),
            "text": pa.array(texts, pa.string()),
            "decimals": pa.array(decimals, pa.int32()),
        }
    )
    with registered(con, facts=table, parsed=parsed):
        marks = con.sql(query("reconcile_uncontested_split")).to_arrow_table()
    if marks.num_rows != table.num_rows:  # pragma: no cover - one row per fact, in row order
        raise AssertionError("reconcile_uncontested_split lost rows")
    out = table
    for name in ("stated_text", "stated_decimals", "dispute_id", "simple"):
        out = out.append_column(name, marks.column(name))
    simple = out.column("simple")
    chosen = out.filter(simple)
    rest = out.filter(pc.invert(simple)).select(table.column_names)
    ids = frozenset(str(d) for d in pc.unique(chosen.column("dispute_id")).to_pylist())
    return Split(out, rest, ids, chosen.num_rows)


def publishers(part: Split, dropped: set[int], known: set[str]) -> list[tuple[str, str]]:
    """(publisher, source kind) of every row that is a fact of the pass, in row order, leaving out the rows
    in `dropped` (rows of the other items the Python pass read no fact from) and the `known` publishers."""
    import pyarrow as pa
    import pyarrow.compute as pc

    t = part.table
    keep = pc.invert(pc.is_in(t.column("publisher"), value_set=pa.array(sorted(known), pa.string())))
    if dropped:
        gone = pc.is_in(t.column("rn"), value_set=pa.array(sorted(dropped), pa.int64()))
        keep = pc.and_(keep, pc.invert(gone))
    t = t.filter(keep)
    return list(zip(t.column("publisher").to_pylist(), t.column("source_kind").to_pylist(), strict=True))


def keys(con: duckdb.DuckDBPyConnection, part: Split) -> Any:
    """The uncontested items' keys (reconcile_uncontested_keys.sql), an Arrow table."""
    with registered(con, split=part.table):
        return con.sql(query("reconcile_uncontested_keys")).to_arrow_table()


def write_consensus(con: duckdb.DuckDBPyConnection, simple_keys: Any) -> None:
    with registered(con, simple_keys=simple_keys):
        con.execute(query("reconcile_insert_uncontested_consensus"))


def ranks(con: duckdb.DuckDBPyConnection, part: Split, simple_keys: Any, shown: dict[str, float]) -> Any:
    """One rank row per fact of the uncontested items (an Arrow table with reconciled_facts' columns);
    `shown` is each publisher's weight as stored."""
    import pyarrow as pa

    weights = pa.table(
        {
            "publisher": pa.array(list(shown), pa.string()),
            "weight": pa.array(list(shown.values()), pa.float64()),
        }
    )
    with registered(con, split=part.table, simple_keys=simple_keys, weights=weights):
        return con.sql(query("reconcile_uncontested_ranks")).to_arrow_table()
