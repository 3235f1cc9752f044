"""Reconciling the figures sources give for one key: agreement up to stated precision, a reliability-weighted
consensus per key, ranks for every claim (never deleted) and contradictions with a durable history.

A key is (kind, subject, attribute, qualifier, setting) in canonical names: `attribute` is the benchmark of a
score or the attribute's name; `qualifier` is a rank's leaderboard. Facts with different stated settings
belong to different keys and never contradict each other. A fact whose setting is not stated (NULL) has its
own key for the consensus, and is also compared with every stated setting of its subject and attribute.

Agreement: two scores agree when one is the other rounded to its stated precision (58 ~ 58.4, 42.8 ~ 43,
76.5 !~ 77.1); the precision is read from the evidence text, else from the double, and a trailing zero after
the point is padding ("49.0" compares as 49: 49.0 ~ 49.1).
Attributes use a rule per attribute (`ATTRIBUTE_RULES`).

Votes: copies vote once (one vote per copy group, split among what its members say); a vote weighs
-ln(1 - reliability) of its source (TruthFinder-style), where reliability starts at a prior by source kind
and moves with reviewers' decisions (confirmed values raise it, rejected ones lower it). Decisions are the
only feedback: the vote never feeds itself.

A review item (a dispute) groups every fact of one subject × attribute (× leaderboard), whatever the settings:
it is open when two facts of different articles whose settings are not explicitly different (the same, or one
not stated) disagree beyond rounding (copies of one copy group that disagree count: a corrupted copy); a
figure its own article contradicts, when another source confirms the article's other figure, is set aside (a
misread figure of one page: warehouse.self_conflicts). Values under explicitly different settings are shown in
the item but are not in dispute. A reviewer can assign a setting to a value inside the item
(`dispute_value_settings`), which splits or merges values; reconciliation applies it before comparing. The
item's id is a short hash of subject × attribute (`dispute_id`), so decisions survive re-ingestion; a resolved
or dismissed item is reopened only by a disputed value not seen before. Deciding an item decides every key
(setting) of it that states the chosen value, and the key of values whose setting is not stated.

A key's consensus is voted among its own facts; its confidence and basis count every value it is compared
with (an unstated setting's values for a stated key, every value for the unstated key), so a key is never
"uncontested" while a value it is in dispute with disagrees.

This module reads the facts (every one, or an incremental pass's scope), runs the pass and writes its rows and
the contradictions' history; warehouse.disputes groups the facts into review items and keys, and
warehouse.consensus votes, ranks and weighs the publishers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

import duckdb

from schema.pause_points import pause_point
from warehouse import uncontested
from warehouse.agreement import Stated, agree, parse_value, rule_for, score_value
from warehouse.consensus import (
    DEFAULT_PRIOR,
    PRIOR_STRENGTH,
    PRIORS,
    Item,
    key_consensus,
    reliabilities,
    reliability,
    stored_reliabilities,
    vote_weight,
)
from warehouse.db import registered, transaction
from warehouse.disputes import (
    Choices,
    Dispute,
    Fact,
    Key,
    alias_key,
    build_disputes,
    build_keys,
    inherit_copy_settings,
    norm_setting,
)
from warehouse.queries import query
from warehouse.self_conflicts import reports_own_run

# The module's public names from before it was split in three: callers keep importing them from here.
__all__ = [
    "DEFAULT_PRIOR",
    "PRIORS",
    "PRIOR_STRENGTH",
    "RECONCILER",
    "Choices",
    "Dispute",
    "Fact",
    "Item",
    "Key",
    "ReconcileResult",
    "alias_key",
    "build_disputes",
    "build_keys",
    "inherit_copy_settings",
    "norm_setting",
    "reconcile",
    "reconcile_in",
    "reliability",
    "scope_changed",
    "vote_weight",
    "write_rows",
]

RECONCILER = "reconcile"
_score_value = lru_cache(maxsize=1 << 16)(score_value)  # copies repeat a sentence and its figure


@dataclass(frozen=True, slots=True)
class ReconcileResult:
    opened: int  # contradictions opened for the first time
    reopened: int  # resolved or dismissed ones that a new value reopened
    keys: int  # keys (subject, attribute, qualifier, setting) seen
    facts: int = 0
    present: int = 0  # contradictions present in the data now (any status)
    gone: int = 0  # contradictions whose disagreement disappeared in this pass


# --- reading the facts and the items ---------------------------------------------------------------------


def _read_facts(con: duckdb.DuckDBPyConnection, scoped: bool = False) -> list[Fact]:
    """The facts to compare (reconcile_facts.sql): every fact, or with `scoped` those of the items an
    incremental pass recomputes (`touched` and `stored` registered by scope_changed until the pass ends). A
    fact ranked before whose article was not loaded again is read back as it was stored (no evidence to parse
    again; an attribute's stored value parses to itself)."""
    return _facts_of(_fact_table(con, scoped))


def _fact_table(con: duckdb.DuckDBPyConnection, scoped: bool = False) -> Any:
    """reconcile_facts.sql's rows (reconcile_facts_scoped.sql's with `scoped`) as an Arrow table."""
    if not scoped:
        return _fold_sizes(con, con.sql(query("reconcile_facts")).to_arrow_table())
    legacy = con.sql(query("reconcile_legacy_articles")).to_arrow_table()
    if legacy.num_rows:
        legacy_facts = _fresh_facts(con, legacy)
    else:  # the usual case: no row ranked before 0080 (reading the facts of no article still scans them)
        legacy_facts = con.sql("SELECT * FROM fresh LIMIT 0").to_arrow_table()
    with registered(con, legacy=legacy_facts):
        return con.sql(query("reconcile_facts_scoped")).to_arrow_table()


def _fresh_facts(con: duckdb.DuckDBPyConnection, articles: Any) -> Any:
    """reconcile_fresh_facts.sql: the facts of `articles` (an Arrow table of article ids), from the views."""
    with registered(con, articles=articles):
        return _fold_sizes(con, con.sql(query("reconcile_fresh_facts")).to_arrow_table())


def _fold_sizes(con: duckdb.DuckDBPyConnection, table: Any) -> Any:
    """Facts read from the views with the derived size aliases applied to their subjects (a model named by
    its total size alone is the one the facts also name with its active size: warehouse.entities
    .derive_size_aliases), so both names' figures are one review item; facts stored since keep the name."""
    fold = {str(k): str(c) for k, c in con.execute(query("size_alias_stored")).fetchall()}
    if not fold or not table.num_rows:
        return table
    subjects = table.column("subject").to_pylist()
    folded = [fold.get(alias_key(s), s) if s is not None else None for s in subjects]
    if folded == subjects:
        return table
    i = table.schema.get_field_index("subject")
    import pyarrow as pa

    return table.set_column(i, table.schema.field(i), pa.array(folded, table.schema.field(i).type))


_FACT_COLUMNS = [  # reconcile_facts.sql's, in order
    *("fact_id", "kind", "subject", "attribute", "qualifier", "setting", "unit", "article_id", "vote_unit"),
    *("publisher", "source_kind", "num", "text_value", "evidence", "stored_value", "stored_decimals"),
]


def _facts_of(table: Any, dropped: set[int] | None = None) -> list[Fact]:
    """Facts of reconcile_facts.sql's rows; with `dropped`, the table has a row number `rn` and the row
    numbers of the rows read as no fact (a value that parses to nothing) are added to `dropped`."""
    out: list[Fact] = []
    columns = [table.column(c).to_pylist() for c in _FACT_COLUMNS]
    numbers = table.column("rn").to_pylist() if dropped is not None else [None] * table.num_rows
    for (
        fid, kind, subject, attribute, qualifier, setting, unit, aid, vote_unit, publisher, source_kind,
        num, text, evidence, kept_text, kept_decimals, rn
    ) in zip(*columns, numbers, strict=True):  # fmt: skip
        if kind == "score":
            if kept_text is not None and kept_decimals is not None:
                stated: Stated | None = Stated(kept_text, num, kept_decimals)
            else:
                stated = _score_value(num, evidence)
        else:
            stated = parse_value(rule_for("attribute", attribute), text or "") or parse_value(
                "text", text or ""
            )
        if stated is not None:
            origin = None if setting is None else "stated"
            out.append(
                Fact(fid, kind, subject, attribute, qualifier, setting, unit, aid, vote_unit, publisher,
                     source_kind, stated, setting, origin, reports_own_run(evidence))
            )  # fmt: skip
        elif dropped is not None:
            dropped.add(rn)
    return out


def _read_choices(con: duckdb.DuckDBPyConnection) -> Choices:
    out: Choices = defaultdict(dict)
    for did, value, setting in con.execute(query("reconcile_value_settings")).fetchall():
        out[did][value] = setting
    return out


def _read_items(con: duckdb.DuckDBPyConnection, scope: set[str] | None = None) -> dict[str, Item]:
    """The durable review items: every one, or those whose id is in `scope`."""
    if scope is None:
        rows = con.execute(query("reconcile_items")).fetchall()
    else:
        import pyarrow as pa

        item_scope = pa.table({"contradiction_id": pa.array(sorted(scope), pa.string())})
        with registered(con, item_scope=item_scope):
            rows = con.execute(query("reconcile_items_scoped")).fetchall()
    return {r[0]: Item(r[0], r[1], bool(r[2]), list(r[3] or []), r[4], r[5], r[6], r[7]) for r in rows}


def _present_items(con: duckdb.DuckDBPyConnection) -> int:
    row = con.execute(query("reconcile_present_items")).fetchone()
    return int(row[0]) if row else 0


def _parse_seen(rule: str, texts: Iterable[str]) -> list[Stated]:
    return [v for v in (parse_value(rule, t) for t in texts) if v is not None]


# --- the reconciliation ----------------------------------------------------------------------------------


def _transitions(
    disputes: list[Dispute],
    items: dict[str, Item],
    load_id: str | None,
    at: datetime,
    judged: set[str] | None = None,
) -> tuple[list[tuple[Any, ...]], int, int, int]:
    """Open new contradictions, reopen settled ones that gained a new value, note gone/back ones."""
    events: list[tuple[Any, ...]] = []
    opened = reopened = gone = 0

    def event(item: Item, action: str, old: str | None, note: str) -> None:
        events.append((item.cid, at, RECONCILER, action, old, item.status, None, note, load_id))

    conflicting = {d.did: d for d in disputes if d.conflict}
    for did, d in conflicting.items():
        texts = sorted({f.stated.text for f in d.facts if f.fact_id in d.disputed})
        item = items.get(did)
        if item is None:
            items[did] = item = Item(did, "open", True, texts, None, None, None, None, True, True)
            item.kind, item.subject, item.attribute, item.qualifier = (
                d.kind,
                d.subject,
                d.attribute,
                d.qualifier,
            )
            opened += 1
            event(item, "opened", None, f"values {', '.join(texts)}")
            continue
        seen = _parse_seen(d.rule, item.values_seen)
        fresh = [v.text for v in _parse_seen(d.rule, texts) if not any(agree(d.rule, s, v) for s in seen)]
        if not item.present:
            item.present = item.changed = True
            event(item, "back", item.status, "the sources disagree again")
        if fresh:
            item.values_seen = sorted(set(item.values_seen) | set(fresh))
            item.changed = True
            if item.status in ("resolved", "dismissed"):
                old = item.status
                item.status, item.resolved_value, item.reopened = "open", None, True
                reopened += 1
                event(item, "reopened", old, f"new value(s) {', '.join(fresh)}")
    for item in items.values():  # an incremental pass judges only the items it recomputed (`judged`)
        if item.present and item.cid not in conflicting and (judged is None or item.cid in judged):
            item.present, item.changed = False, True
            gone += 1
            event(item, "gone", item.status, "the sources no longer disagree")
    return events, opened, reopened, gone


_COLUMNS = {  # column order of the tuples written to each table
    "reconciled_facts": "fact_id kind key_id value value_num decimals unit article_id vote_unit publisher"
    " source_kind weight rank reason subject attribute qualifier stated_setting",
    "consensus_values": "key_id kind subject attribute qualifier setting value unit confidence n_sources"
    " n_values n_facts basis dispute_id",
    "contradiction_members": "contradiction_id fact_id kind setting_stated in_dispute setting setting_origin",
    "source_reliability": "publisher source_kind prior confirmed rejected reliability",
    "contradiction_items": "contradiction_id status present values_seen resolved_value decided_by decided_at"
    " note updated_at load_id kind subject attribute qualifier",
    "contradiction_events": "contradiction_id event_at who action old_status new_status value note load_id",
}


def write_rows(
    con: duckdb.DuckDBPyConnection, sql_name: str, table: str, rows: Iterable[tuple[Any, ...]]
) -> None:
    """Run warehouse/sql/`sql_name`.sql over `rows` registered as `incoming` (columns as in _COLUMNS)."""
    incoming = _arrow_rows(con, table, rows)
    if incoming is None:
        return
    with registered(con, incoming=incoming):
        con.execute(query(sql_name))


def _arrow_rows(con: duckdb.DuckDBPyConnection, table: str, rows: Iterable[tuple[Any, ...]]) -> Any:
    """`rows` (columns as in _COLUMNS) as an Arrow table typed as `table`'s columns; None when empty."""
    import pyarrow as pa  # only writers need it: `newskb review list` stays light

    names = _COLUMNS[table].split()
    columns = list(zip(*rows, strict=True))
    if not columns:
        return None
    schema = con.sql(f"SELECT {', '.join(names)} FROM {table} LIMIT 0").to_arrow_table().schema  # our names
    arrays = [pa.array(col, type=schema.field(n).type) for n, col in zip(names, columns, strict=True)]
    return pa.Table.from_arrays(arrays, schema=schema)


def _merge_ranks(con: duckdb.DuckDBPyConnection, rank_rows: list[tuple[Any, ...]], simple: Any) -> None:
    """An incremental pass's rank rows (the Python pass's and the uncontested items' Arrow table) merged
    into reconciled_facts (reconcile_rank_matches.sql, reconcile_merge_ranks.sql: only changed rows are
    written)."""
    import pyarrow as pa

    names = _COLUMNS["reconciled_facts"].split()
    schema = con.sql(f"SELECT {', '.join(names)} FROM reconciled_facts LIMIT 0").to_arrow_table().schema
    parts = [t for t in (_arrow_rows(con, "reconciled_facts", rank_rows),) if t is not None]
    if simple is not None:
        parts.append(simple.cast(schema))
    ranks = pa.concat_tables(parts) if parts else schema.empty_table()
    ranks = ranks.append_column("nr", pa.array(range(ranks.num_rows), pa.int64()))
    with registered(con, ranks=ranks):
        matched = con.sql(query("reconcile_rank_matches")).to_arrow_table()
        with registered(con, matched=matched):
            con.execute(query("reconcile_merge_ranks"))


def _item_row(item: Item, load_id: str | None, at: datetime) -> tuple[Any, ...]:
    row: tuple[Any, ...] = (item.cid, item.status, item.present, item.values_seen, item.resolved_value)
    row += (item.decided_by, item.decided_at, item.note, at, load_id if item.new or item.reopened else None)
    return (*row, item.kind, item.subject, item.attribute, item.qualifier)


def reconcile_in(
    con: duckdb.DuckDBPyConnection,
    load_id: str | None = None,
    *,
    changed: Iterable[str] | None = None,
    set_based: bool = True,
) -> ReconcileResult:
    """`reconcile` without its own transaction, for callers that already hold one (review decisions).

    changed=None recomputes every key. Otherwise only the review items (subject × attribute × qualifier)
    touched since the last reconciliation are recomputed: those of articles loaded by loads not yet
    reconciled and of the `changed` article ids (copy group moved), before and after; every other key keeps
    its rows. Publishers keep their stored reliability (it moves only with review decisions, which
    recompute everything, as alias changes and the nightly pass do). In an incremental pass the items whose
    sources all state one value are reconciled in SQL (warehouse.uncontested; `set_based=False` keeps them
    in the Python pass, which writes the same rows).
    """
    try:
        return _reconcile_pass(con, load_id, changed, set_based)
    finally:
        if changed is not None:
            _forget_scope(con)


def _reconcile_pass(
    con: duckdb.DuckDBPyConnection, load_id: str | None, changed: Iterable[str] | None, set_based: bool
) -> ReconcileResult:
    at = datetime.now(UTC)
    old: tuple[set[str], set[str]] | None = None
    part: uncontested.Split | None = None
    choices = _read_choices(con)
    if changed is not None:
        old = scope_changed(con, changed)
        table = _fact_table(con, scoped=True)
        if set_based:
            part = uncontested.split(con, table, _score_value)
            dropped: set[int] = set()
            facts = _facts_of(part.rest, dropped)
            disputes = build_disputes(facts, choices)
            if part.simple_ids & {d.did for d in disputes}:
                part = None  # names that alias_key() and its SQL macro fold apart: all in Python
        if part is None:
            facts = _facts_of(table)
            disputes = build_disputes(facts, choices)
    else:
        facts = _read_facts(con)
        disputes = build_disputes(facts, choices)
    # an incremental pass reads and judges only the items it recomputes (those of its facts, before and
    # after); the others keep their rows, and only their number of present items is read
    judged = None if old is None else old[1] | {d.did for d in disputes}
    items = _read_items(con, judged)
    present_elsewhere = 0 if judged is None else _present_items(con) - sum(i.present for i in items.values())
    events, opened, reopened, gone = _transitions(disputes, items, load_id, at, judged)
    if old is None:
        weights, rel_rows = reliabilities(facts, disputes, items)
    elif part is None:
        pairs = [(f.publisher, f.source_kind) for f in facts]
        weights, rel_rows = stored_reliabilities(con, lambda _: pairs)
    else:
        simple = part
        weights, rel_rows = stored_reliabilities(
            con, lambda known: uncontested.publishers(simple, dropped, known)
        )
    cons_rows: list[tuple[Any, ...]] = []
    rank_rows: list[tuple[Any, ...]] = []
    member_rows: list[tuple[Any, ...]] = []
    n_keys = 0
    shown = {p: round(w, 6) for p, w in weights.items()}
    for d in disputes:
        item = items.get(d.did)
        for key in d.keys:
            n_keys += 1
            row, ranks = key_consensus(key, weights, item, shown)
            cons_rows.append(row)
            rank_rows.extend(ranks)
        if item is not None:
            member_rows.extend(
                (d.did, f.fact_id, f.kind, f.stated_setting is not None, f.fact_id in d.disputed, f.setting,
                 f.setting_origin)
                for f in d.facts
            )  # fmt: skip
    simple_keys = None
    if part is not None and part.simple_ids:
        simple_keys = uncontested.keys(con, part)
        n_keys += simple_keys.num_rows
    if old is None:
        con.execute(query("reconcile_clear_snapshot"))
    else:
        con.execute(query("reconcile_clear_scope"))
    write_rows(con, "reconcile_insert_source_reliability", "source_reliability", rel_rows)
    write_rows(con, "reconcile_insert_consensus_values", "consensus_values", cons_rows)
    if simple_keys is not None:
        uncontested.write_consensus(con, simple_keys)
    pause_point("reconcile")  # the fault suite's kill -9 point: half of the new results written
    if old is None:
        write_rows(con, "reconcile_insert_reconciled_facts", "reconciled_facts", rank_rows)
    else:
        simple_ranks = None
        if part is not None and simple_keys is not None:
            simple_ranks = uncontested.ranks(con, part, simple_keys, shown)
        _merge_ranks(con, rank_rows, simple_ranks)
    write_rows(con, "reconcile_insert_contradiction_members", "contradiction_members", member_rows)
    new = [_item_row(i, load_id, at) for i in items.values() if i.new]
    changed_items = [_item_row(i, load_id, at) for i in items.values() if i.changed and not i.new]
    write_rows(con, "reconcile_insert_items", "contradiction_items", new)
    write_rows(con, "reconcile_update_items", "contradiction_items", changed_items)
    write_rows(con, "reconcile_insert_events", "contradiction_events", events)
    present = present_elsewhere + sum(1 for i in items.values() if i.present)
    n_facts = len(facts) + (part.simple_facts if part is not None else 0)
    return ReconcileResult(opened, reopened, n_keys, n_facts, present, gone)


def reconcile(
    con: duckdb.DuckDBPyConnection,
    load_id: str | None = None,
    *,
    changed: Iterable[str] | None = None,
    set_based: bool = True,
) -> ReconcileResult:
    """Recompute keys, consensus and ranks (every key, or with `changed` only the items touched since the
    last reconciliation: see reconcile_in) and update contradictions, in one transaction. Idempotent: a
    second run over unchanged facts and decisions changes nothing."""
    with transaction(con):
        return reconcile_in(con, load_id, changed=changed, set_based=set_based)


# --- which keys an incremental pass recomputes (issue #13) -----------------------------------------------


def scope_changed(con: duckdb.DuckDBPyConnection, changed: Iterable[str]) -> tuple[set[str], set[str]]:
    """Register `touched` (articles), `fresh` (their facts, read once from the views), `old_keys` (the
    stored keys of their items, before and after) and `stored` (those keys' reconciled_facts rows with their
    rowid, read once) for reconcile_facts_scoped, reconcile_clear_scope and reconcile_merge_ranks; returns
    the old key ids and the old item ids."""
    import pyarrow as pa

    with registered(con, changed=pa.table({"article_id": pa.array(sorted(set(changed)), pa.string())})):
        touched = con.sql(query("reconcile_touched")).to_arrow_table()
    con.register("touched", touched)
    con.register("fresh", _fresh_facts(con, touched))
    with registered(con, scope=con.sql(query("reconcile_scope")).to_arrow_table()):
        old_keys = con.sql(query("reconcile_scope_keys")).to_arrow_table()
    con.register("old_keys", old_keys)
    con.register("stored", con.sql(query("reconcile_stored_ranks")).to_arrow_table())
    keys = {str(k) for k in old_keys.column("key_id").to_pylist()}
    items = {str(d) for d in old_keys.column("dispute_id").to_pylist() if d is not None}
    return keys, items


def _forget_scope(con: duckdb.DuckDBPyConnection) -> None:
    """Unregister what scope_changed registered (once the pass has written its rows)."""
    for name in ("old_keys", "touched", "stored", "fresh"):
        con.unregister(name)
