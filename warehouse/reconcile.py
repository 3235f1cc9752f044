"""Reconciling the figures sources give for one key: agreement up to stated precision, a reliability-weighted
consensus per key, ranks for every claim (never deleted) and contradictions with a durable history.

A key is (kind, subject, attribute, qualifier, setting) in canonical names: `attribute` is the benchmark of a
score or the attribute's name; `qualifier` is a rank's leaderboard. Facts with different stated settings
belong to different keys and never contradict each other. A fact whose setting is not stated (NULL) has its
own key for the consensus, and is also compared with every stated setting of its subject and attribute.

Agreement: two scores agree when one is the other rounded to its stated precision (58 ~ 58.4, 42.8 ~ 43,
76.5 !~ 77.1); the precision is read from the evidence text ("68.0" has one decimal), else from the double.
Attributes use a rule per attribute (`ATTRIBUTE_RULES`).

Votes: copies vote once (one vote per copy group, split among what its members say); a vote weighs
-ln(1 - reliability) of its source (TruthFinder-style), where reliability starts at a prior by source kind
and moves with reviewers' decisions (confirmed values raise it, rejected ones lower it). Decisions are the
only feedback: the vote never feeds itself.

A review item (a dispute) groups every fact of one subject × attribute (× leaderboard), whatever the settings:
it is open when two facts of different articles whose settings are not explicitly different (the same, or one
not stated) disagree beyond rounding (copies of one copy group that disagree count: a corrupted copy). Values
under explicitly different settings are shown in the item but are not in dispute. A reviewer can assign a
setting to a value inside the item (`dispute_value_settings`), which splits or merges values; reconciliation
applies it before comparing. The item's id is a short hash of subject × attribute (`dispute_id`), so
decisions survive re-ingestion; a resolved or dismissed item is reopened only by a disputed value not seen
before. Deciding an item decides every key (setting) of it that states the chosen value, and the key of values
whose setting is not stated.

A key's consensus is voted among its own facts; its confidence and basis count every value it is compared
with (an unstated setting's values for a stated key, every value for the unstated key), so a key is never
"uncontested" while a value it is in dispute with disagrees.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

import duckdb

from schema.pause_points import pause_point
from warehouse import uncontested
from warehouse.agreement import (
    Stated,
    agree,
    dispute_id,
    key_id,
    parse_value,
    rule_for,
    score_value,
)
from warehouse.agreement import (
    norm_setting as _norm_setting,
)
from warehouse.db import transaction
from warehouse.entities import alias_key as _alias_key
from warehouse.queries import query

PRIORS: dict[str, float] = {
    "vendor": 0.9,
    "evaluator": 0.8,
    "leaderboard": 0.8,
    "news": 0.65,
    "aggregator": 0.45,
}
DEFAULT_PRIOR = 0.6  # a source kind not in PRIORS (or none)
PRIOR_STRENGTH = 4.0  # the prior counts as this many decisions
RECONCILER = "reconcile"
# Names and settings repeat across many facts: normalise each once per process (pure functions).
alias_key = lru_cache(maxsize=1 << 16)(_alias_key)
norm_setting = lru_cache(maxsize=1 << 16)(_norm_setting)
_score_value = lru_cache(maxsize=1 << 16)(score_value)  # copies repeat a sentence and its figure


def reliability(prior: float, confirmed: int, rejected: int) -> float:
    return (PRIOR_STRENGTH * prior + confirmed) / (PRIOR_STRENGTH + confirmed + rejected)


def vote_weight(rel: float) -> float:
    return -math.log(1.0 - min(max(rel, 0.01), 0.99))


# --- the pass over the facts -----------------------------------------------------------------------------


@dataclass(slots=True)
class Fact:
    fact_id: str
    kind: str
    subject: str
    attribute: str
    qualifier: str | None
    setting: str | None  # the setting compared: as stated, else taken from its copies, else a reviewer's
    unit: str | None
    article_id: str
    vote_unit: str  # the copy group, else the article: copies vote once
    publisher: str  # whose reliability applies: the URL host, else the configured source
    source_kind: str
    stated: Stated
    stated_setting: str | None = None  # the setting the article states (None: not stated)
    setting_origin: str | None = None  # stated | copy | review (None: not stated)


@dataclass(slots=True)
class Key:
    kid: str
    kind: str
    rule: str
    subject: str
    attribute: str
    qualifier: str | None
    setting: str | None  # display form; None when not stated
    facts: list[Fact] = field(default_factory=list)
    members: list[Fact] = field(default_factory=list)  # the facts its own are compared with (incl. own)
    conflict: bool = False  # one of its own facts is in dispute
    did: str = ""


@dataclass(slots=True)
class Dispute:
    """Every fact of one subject × attribute (× qualifier): one review item, whatever the settings."""

    did: str
    kind: str
    rule: str
    subject: str
    attribute: str
    qualifier: str | None
    keys: list[Key]
    facts: list[Fact]
    disputed: set[str]  # fact ids in a disagreement (settings not explicitly different)

    @property
    def conflict(self) -> bool:
        return bool(self.disputed)


@dataclass(frozen=True, slots=True)
class ReconcileResult:
    opened: int  # contradictions opened for the first time
    reopened: int  # resolved or dismissed ones that a new value reopened
    keys: int  # keys (subject, attribute, qualifier, setting) seen
    facts: int = 0
    present: int = 0  # contradictions present in the data now (any status)
    gone: int = 0  # contradictions whose disagreement disappeared in this pass


Choices = dict[str, dict[str, str | None]]  # dispute id -> value text -> the setting a reviewer gave it


def _read_facts(con: duckdb.DuckDBPyConnection, scoped: bool = False) -> list[Fact]:
    """The facts to compare (reconcile_facts.sql): every fact, or with `scoped` those of the items an
    incremental pass recomputes (`touched` and `stored` registered by scope_changed until the pass ends). A
    fact ranked before whose article was not loaded again is read back as it was stored (no evidence to parse
    again; an attribute's stored value parses to itself)."""
    return _facts_of(_fact_table(con, scoped))


def _fact_table(con: duckdb.DuckDBPyConnection, scoped: bool = False) -> Any:
    """reconcile_facts.sql's rows (reconcile_facts_scoped.sql's with `scoped`) as an Arrow table."""
    if not scoped:
        return con.sql(query("reconcile_facts")).to_arrow_table()
    legacy = con.sql(query("reconcile_legacy_articles")).to_arrow_table()
    con.register("legacy", _fresh_facts(con, legacy))
    try:
        return con.sql(query("reconcile_facts_scoped")).to_arrow_table()
    finally:
        con.unregister("legacy")


def _fresh_facts(con: duckdb.DuckDBPyConnection, articles: Any) -> Any:
    """reconcile_fresh_facts.sql: the facts of `articles` (an Arrow table of article ids), from the views."""
    con.register("articles", articles)
    try:
        return con.sql(query("reconcile_fresh_facts")).to_arrow_table()
    finally:
        con.unregister("articles")


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
                     source_kind, stated, setting, origin)
            )  # fmt: skip
        elif dropped is not None:
            dropped.add(rn)
    return out


def _read_choices(con: duckdb.DuckDBPyConnection) -> Choices:
    out: Choices = defaultdict(dict)
    for did, value, setting in con.execute(query("reconcile_value_settings")).fetchall():
        out[did][value] = setting
    return out


def _display(names: list[str | None]) -> str | None:
    """The name most facts give (ties: the first in sort order); None when none gives one."""
    distinct = set(names)
    if len(distinct) == 1:
        return next(iter(distinct))
    counts = dict.fromkeys((n for n in distinct if n is not None), 0)
    for n in names:
        if n is not None:
            counts[n] += 1
    return min(counts, key=lambda n: (-counts[n], n)) if counts else None


def inherit_copy_settings(facts: list[Fact]) -> None:
    """A fact whose setting is not stated takes the setting its copy group states for the same value.

    Copies of one story (syndicated, reworded, machine-spun) report the same figures, but a rewrite often
    loses a qualifier ("without tools" spun into "absent tools"). When another fact of the same copy group
    (or article) gives the same subject, attribute and value up to rounding with exactly one stated
    setting, the unstated one is that setting too, instead of being compared with every other setting.
    """
    stated: dict[tuple[str, str, str, str, str], list[Fact]] = defaultdict(list)
    for f in facts:
        if f.setting is not None:
            g = (
                f.kind,
                alias_key(f.subject),
                alias_key(f.attribute),
                alias_key(f.qualifier or ""),
                f.vote_unit,
            )
            stated[g].append(f)
    if not stated:  # no setting stated anywhere: nothing to inherit
        return
    for f in facts:
        if f.setting is not None:
            continue
        g = (f.kind, alias_key(f.subject), alias_key(f.attribute), alias_key(f.qualifier or ""), f.vote_unit)
        others = stated.get(g)
        if not others:
            continue
        rule = rule_for(f.kind, f.attribute)
        settings = {norm_setting(o.setting): o.setting for o in others if agree(rule, f.stated, o.stated)}
        if len(settings) == 1:
            f.setting = next(iter(settings.values()))
            f.setting_origin = "copy"


def _apply_choices(did: str, facts: list[Fact], choices: Choices) -> None:
    """A reviewer's setting for a value of the item (split or merge) replaces what the sources said."""
    chosen = choices.get(did)
    if not chosen:
        return
    for f in facts:
        if f.stated.text in chosen:
            f.setting = chosen[f.stated.text]
            f.setting_origin = "review" if f.setting is not None else None


def _compatible(a: str | None, b: str | None) -> bool:
    """Settings that are not explicitly different: the same, or one of them not stated."""
    return a is None or b is None or a == b


def _disputed(rule: str, facts: list[Fact]) -> set[str]:
    """Facts that disagree beyond rounding with a fact of another article under a compatible setting."""
    if len({(f.setting, f.stated.text) for f in facts}) == 1:  # one value under one setting (most items)
        return set()
    groups: dict[tuple[str | None, str], tuple[Stated, set[str], list[str]]] = {}
    for f in facts:
        gk = (norm_setting(f.setting), f.stated.text)
        g = groups.get(gk)
        if g is None:
            groups[gk] = (f.stated, {f.article_id}, [f.fact_id])
        else:
            g[1].add(f.article_id)
            g[2].append(f.fact_id)
    out: set[str] = set()
    items = list(groups.items())
    for i, ((sa, _), (va, arts_a, ids_a)) in enumerate(items):
        for (sb, _), (vb, arts_b, ids_b) in items[i + 1 :]:
            if _compatible(sa, sb) and len(arts_a | arts_b) > 1 and not agree(rule, va, vb):
                out.update(ids_a)
                out.update(ids_b)
    return out


def build_disputes(facts: list[Fact], choices: Choices | None = None) -> list[Dispute]:
    """Group facts into review items and their keys (see the module docstring)."""
    inherit_copy_settings(facts)
    groups: dict[tuple[str, str, str, str], list[Fact]] = defaultdict(list)
    group_of: dict[tuple[str, str, str, str | None], tuple[str, str, str, str]] = {}  # names -> alias keys
    for f in facts:
        names = (f.kind, f.subject, f.attribute, f.qualifier)
        g = group_of.get(names)
        if g is None:
            g = (f.kind, alias_key(f.subject), alias_key(f.attribute), alias_key(f.qualifier or ""))
            group_of[names] = g
        groups[g].append(f)
    out: list[Dispute] = []
    for g in sorted(groups):
        everyone = groups[g]
        subject = _display([f.subject for f in everyone]) or ""
        attribute = _display([f.attribute for f in everyone]) or ""
        qualifier = _display([f.qualifier for f in everyone])
        rule = rule_for(g[0], attribute)
        did = dispute_id(g[0], subject, attribute, qualifier)
        _apply_choices(did, everyone, choices or {})
        by_setting: dict[str | None, list[Fact]] = defaultdict(list)
        for f in everyone:
            by_setting[norm_setting(f.setting)].append(f)
        unstated = by_setting.get(None, [])
        disputed = _disputed(rule, everyone)
        keys: list[Key] = []
        for s in sorted(by_setting, key=lambda s: s or ""):
            own = by_setting[s]
            setting = _display([f.setting for f in own])
            kid = key_id(g[0], subject, attribute, qualifier, setting)
            members = own + unstated if s is not None else everyone
            key = Key(kid, g[0], rule, subject, attribute, qualifier, setting, own, members, did=did)
            key.conflict = any(f.fact_id in disputed for f in own)
            keys.append(key)
        out.append(Dispute(did, g[0], rule, subject, attribute, qualifier, keys, everyone, disputed))
    return out


def build_keys(facts: list[Fact], choices: Choices | None = None) -> list[Key]:
    """Every key (subject × attribute × setting) of every review item."""
    return [k for d in build_disputes(facts, choices) for k in d.keys]


# --- consensus and ranks ---------------------------------------------------------------------------------


@dataclass(slots=True)
class Item:
    cid: str
    status: str
    present: bool
    values_seen: list[str]
    resolved_value: str | None
    decided_by: str | None
    decided_at: datetime | None
    note: str | None
    changed: bool = False
    new: bool = False
    reopened: bool = False
    kind: str = ""
    subject: str = ""
    attribute: str = ""
    qualifier: str | None = None


def _read_items(con: duckdb.DuckDBPyConnection) -> dict[str, Item]:
    return {
        r[0]: Item(r[0], r[1], bool(r[2]), list(r[3] or []), r[4], r[5], r[6], r[7])
        for r in con.execute(query("reconcile_items")).fetchall()
    }


def _parse_seen(rule: str, texts: Iterable[str]) -> list[Stated]:
    return [v for v in (parse_value(rule, t) for t in texts) if v is not None]


def _votes(facts: list[Fact], weights: dict[str, float]) -> dict[str, float]:
    """One vote per copy group, split among the articles of the group and the values each states."""
    units: dict[str, dict[str, set[str]]] = {}
    unit_weight: dict[str, float] = {}  # the highest weight among the unit's publishers (weights are > 0)
    for f in facts:
        w = weights[f.publisher]
        arts = units.get(f.vote_unit)
        if arts is None:
            units[f.vote_unit] = {f.article_id: {f.stated.text}}
            unit_weight[f.vote_unit] = w
            continue
        texts = arts.get(f.article_id)
        if texts is None:
            arts[f.article_id] = {f.stated.text}
        else:
            texts.add(f.stated.text)
        if w > unit_weight[f.vote_unit]:
            unit_weight[f.vote_unit] = w
    votes: dict[str, float] = {}
    for unit, arts in units.items():
        for texts in arts.values():
            for t in texts:
                votes[t] = votes.get(t, 0.0) + unit_weight[unit] / len(arts) / len(texts)
    return votes


def _decision(key: Key, item: Item | None) -> Stated | None:
    """The reviewer's value for this key: the item is resolved on a value that the key states under its own
    setting (for the key of values with no stated setting: any value it is compared with). A stated setting
    whose own values do not include it keeps its vote (the chosen value may belong to another setting)."""
    if item is None or item.status != "resolved" or not item.resolved_value:
        return None
    resolved = parse_value(key.rule, item.resolved_value)
    pool = key.members if key.setting is None else key.facts
    if resolved is None or not any(agree(key.rule, f.stated, resolved) for f in pool):
        return None
    return resolved


def _consensus(
    key: Key, weights: dict[str, float], item: Item | None, shown: dict[str, float] | None = None
) -> tuple[tuple[Any, ...], list[Any]]:
    """The key's consensus row and one rank row per fact (see fact_ranks); `shown` is each publisher's
    weight as stored (rounded), worked out once per pass by the caller.

    The value is voted among the key's own facts; confidence and basis count every value the key is
    compared with, so a key is "uncontested" only when all of them agree."""
    if shown is None:
        shown = {p: round(w, 6) for p, w in weights.items()}
    values = {f.stated.text: f.stated for f in key.facts}
    if len(values) == 1 and len(key.members) == len(key.facts):
        # one value, compared with nothing else (most keys): it wins with all the votes, if it agrees with
        # itself (it does unless its number is not a number)
        best = next(iter(values))
        compared = values
        uncontested = agree(key.rule, values[best], values[best])
        confidence = 1.0 if uncontested else 0.0
    else:
        compared = {f.stated.text: f.stated for f in key.members}
        votes = _votes(key.facts, weights)
        member_votes = votes if len(key.members) == len(key.facts) else _votes(key.members, weights)
        total = sum(member_votes.values()) or 1.0

        def support(t: str, pool: dict[str, float]) -> float:
            return sum(w for u, w in pool.items() if agree(key.rule, compared[t], compared[u]))

        own_support = {t: support(t, votes) for t in values}
        best = min(values, key=lambda t: (-round(own_support[t], 9), -values[t].decimals, -votes[t], t))
        confidence = round(min(1.0, support(best, member_votes) / total), 4)
        uncontested = all(agree(key.rule, values[best], v) for v in compared.values())
    resolved = _decision(key, item)
    basis = "review" if resolved else ("uncontested" if uncontested else "vote")
    n_units = len({f.vote_unit for f in key.members})
    unit = _display([f.unit for f in key.facts])
    row: tuple[Any, ...] = (key.kid, key.kind, key.subject, key.attribute, key.qualifier, key.setting)
    row += (resolved.text if resolved else best, unit, 1.0 if resolved else confidence)
    row += (n_units, len(compared), len(key.members), basis, key.did)
    ranks: list[tuple[Any, ...]] = []
    if resolved is None and uncontested:  # one rank for every fact (see _rank)
        rank, reason = _rank(key, values[best], values[best], confidence, None, item, True, n_units, {})
        for f in key.facts:
            st = f.stated
            ranks.append(
                (f.fact_id, f.kind, key.kid, st.text, st.num, st.decimals if f.kind == "score" else None,
                 f.unit, f.article_id, f.vote_unit, f.publisher, f.source_kind, shown[f.publisher], rank,
                 reason, f.subject, f.attribute, f.qualifier, f.stated_setting)
            )  # fmt: skip
        return row, ranks
    unit_values: dict[str, dict[str, Stated]] = defaultdict(dict)
    for f in key.facts:
        unit_values[f.vote_unit][f.stated.text] = f.stated
    unit_sig = {u: tuple(sorted(vs)) for u, vs in unit_values.items()}  # units that state the same values
    judged: dict[tuple[str, tuple[str, ...]], tuple[str, str]] = {}
    for f in key.facts:
        j = (f.stated.text, unit_sig[f.vote_unit])
        if j not in judged:
            args = (values[best], confidence, resolved, item, uncontested, n_units, unit_values[f.vote_unit])
            judged[j] = _rank(key, f.stated, *args)
        st = f.stated
        rank, reason = judged[j]
        ranks.append(
            (f.fact_id, f.kind, key.kid, st.text, st.num, st.decimals if f.kind == "score" else None, f.unit,
             f.article_id, f.vote_unit, f.publisher, f.source_kind, shown[f.publisher], rank, reason,
             f.subject, f.attribute, f.qualifier, f.stated_setting)
        )  # fmt: skip
    return row, ranks


def _rank(
    key: Key, stated: Stated, best: Stated, confidence: float, resolved: Stated | None, item: Item | None,
    uncontested: bool, n_units: int, unit_values: dict[str, Stated],
) -> tuple[str, str]:  # fmt: skip
    """Wikidata-style rank of a claim, with the reason: preferred, normal or deprecated."""
    if resolved is not None and item is not None:
        who = f"{item.decided_by or 'a reviewer'}"
        if agree(key.rule, stated, resolved):
            return "preferred", f"confirmed by review ({who}: {resolved.text})"
        return "deprecated", f"rejected by review ({who} resolved it to {resolved.text})"
    if uncontested:
        return "preferred", "sole source" if n_units == 1 else f"all {n_units} sources agree"
    if agree(key.rule, stated, best):
        return "preferred", f"consensus of the weighted vote (confidence {confidence:.2f})"
    if any(agree(key.rule, v, best) and not agree(key.rule, v, stated) for v in unit_values.values()):
        return "deprecated", f"disagrees with its own copies (a corrupted copy?); consensus is {best.text}"
    return "normal", f"outvoted: consensus is {best.text} (confidence {confidence:.2f})"


# --- the reconciliation ----------------------------------------------------------------------------------


def _feedback(disputes: list[Dispute], items: dict[str, Item]) -> tuple[dict[str, int], dict[str, int]]:
    """Per publisher: resolved items where its value was confirmed, and where it was rejected (a value
    under the same setting as a confirmed one: an unstated or other setting may simply be another setting)."""
    confirmed: dict[str, int] = defaultdict(int)
    rejected: dict[str, int] = defaultdict(int)
    for d in disputes:
        item = items.get(d.did)
        if item is None or item.status != "resolved" or not item.resolved_value:
            continue
        resolved = parse_value(d.rule, item.resolved_value)
        if resolved is None:
            continue
        good, bad = set(), set()
        for key in d.keys:
            if _decision(key, item) is None:
                continue
            own_good = any(agree(d.rule, f.stated, resolved) for f in key.facts)
            for f in key.members:
                if agree(d.rule, f.stated, resolved):
                    good.add(f.publisher)
            for f in key.facts:
                if own_good and not agree(d.rule, f.stated, resolved):
                    bad.add(f.publisher)
        for p in good:
            confirmed[p] += 1
        for p in bad - good:
            rejected[p] += 1
    return confirmed, rejected


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
    con.register("incoming", incoming)
    try:
        con.execute(query(sql_name))
    finally:
        con.unregister("incoming")


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
    con.register("ranks", ranks)
    try:
        con.register("matched", con.sql(query("reconcile_rank_matches")).to_arrow_table())
        con.execute(query("reconcile_merge_ranks"))
    finally:
        con.unregister("ranks")
        con.unregister("matched")


def _item_row(item: Item, load_id: str | None, at: datetime) -> tuple[Any, ...]:
    row: tuple[Any, ...] = (item.cid, item.status, item.present, item.values_seen, item.resolved_value)
    row += (item.decided_by, item.decided_at, item.note, at, load_id if item.new or item.reopened else None)
    return (*row, item.kind, item.subject, item.attribute, item.qualifier)


def _reliabilities(
    facts: list[Fact], disputes: list[Dispute], items: dict[str, Item]
) -> tuple[dict[str, float], list[tuple[Any, ...]]]:
    """Vote weight per publisher: its prior by source kind, moved by reviewers' decisions."""
    confirmed, rejected = _feedback(disputes, items)
    kinds: dict[str, str] = {}
    for f in facts:
        old = kinds.get(f.publisher)
        if old is None or PRIORS.get(f.source_kind, DEFAULT_PRIOR) > PRIORS.get(old, DEFAULT_PRIOR):
            kinds[f.publisher] = f.source_kind
    weights, rows = {}, []
    for pub in sorted(kinds):
        prior = PRIORS.get(kinds[pub], DEFAULT_PRIOR)
        rel = reliability(prior, confirmed[pub], rejected[pub])
        weights[pub] = vote_weight(rel)
        rows.append((pub, kinds[pub], prior, confirmed[pub], rejected[pub], round(rel, 6)))
    return weights, rows


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
    items = _read_items(con)
    judged = None if old is None else old[1] | {d.did for d in disputes}
    events, opened, reopened, gone = _transitions(disputes, items, load_id, at, judged)
    if old is None:
        weights, rel_rows = _reliabilities(facts, disputes, items)
    elif part is None:
        pairs = [(f.publisher, f.source_kind) for f in facts]
        weights, rel_rows = _stored_reliabilities(con, lambda _: pairs)
    else:
        simple = part
        weights, rel_rows = _stored_reliabilities(
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
            row, ranks = _consensus(key, weights, item, shown)
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
    present = sum(1 for i in items.values() if i.present)
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


# --- which keys an incremental pass recomputes (issue #13) -------------------------------------------------


def scope_changed(con: duckdb.DuckDBPyConnection, changed: Iterable[str]) -> tuple[set[str], set[str]]:
    """Register `touched` (articles), `fresh` (their facts, read once from the views), `old_keys` (the
    stored keys of their items, before and after) and `stored` (those keys' reconciled_facts rows with their
    rowid, read once) for reconcile_facts_scoped, reconcile_clear_scope and reconcile_merge_ranks; returns
    the old key ids and the old item ids."""
    import pyarrow as pa

    con.register("changed", pa.table({"article_id": pa.array(sorted(set(changed)), pa.string())}))
    try:
        touched = con.sql(query("reconcile_touched")).to_arrow_table()
    finally:
        con.unregister("changed")
    con.register("touched", touched)
    con.register("fresh", _fresh_facts(con, touched))
    con.register("scope", con.sql(query("reconcile_scope")).to_arrow_table())
    try:
        old_keys = con.sql(query("reconcile_scope_keys")).to_arrow_table()
    finally:
        con.unregister("scope")
    con.register("old_keys", old_keys)
    con.register("stored", con.sql(query("reconcile_stored_ranks")).to_arrow_table())
    keys = {str(k) for k in old_keys.column("key_id").to_pylist()}
    items = {str(d) for d in old_keys.column("dispute_id").to_pylist() if d is not None}
    return keys, items


def _forget_scope(con: duckdb.DuckDBPyConnection) -> None:
    """Unregister what scope_changed registered (once the pass has written its rows)."""
    for name in ("old_keys", "touched", "stored", "fresh"):
        con.unregister(name)


def _stored_reliabilities(
    con: duckdb.DuckDBPyConnection, publishers: Callable[[set[str]], Iterable[tuple[str, str]]]
) -> tuple[dict[str, float], list[tuple[Any, ...]]]:
    """Vote weights from source_reliability; a publisher not seen before starts at its kind's prior (the
    highest of its facts' source kinds; `publishers(stored)` gives each fact's publisher and kind in fact
    order, and may leave out the `stored` publishers)."""
    stored = {
        str(r[0]): float(r[1])
        for r in con.execute("SELECT publisher, reliability FROM source_reliability").fetchall()
    }
    weights = {p: vote_weight(r) for p, r in stored.items()}
    kinds: dict[str, str] = {}
    for publisher, source_kind in publishers(set(stored)):
        if publisher in stored:
            continue
        old = kinds.get(publisher)
        if old is None or PRIORS.get(source_kind, DEFAULT_PRIOR) > PRIORS.get(old, DEFAULT_PRIOR):
            kinds[publisher] = source_kind
    rows = []
    for pub in sorted(kinds):
        prior = PRIORS.get(kinds[pub], DEFAULT_PRIOR)
        weights[pub] = vote_weight(prior)
        rows.append((pub, kinds[pub], prior, 0, 0, round(prior, 6)))
    return weights, rows
