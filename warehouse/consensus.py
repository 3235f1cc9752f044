"""The consensus of a reconciliation: reliability-weighted votes per key, the reviewer's decision, and a
Wikidata-style rank with its reason for every claim; the publishers' reliabilities (a prior by source kind,
moved by reviewers' decisions) and their vote weights. See warehouse.reconcile for the rules.
"""

from __future__ import annotations

import bisect
import math
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import duckdb

from warehouse.agreement import (
    PARAMETER_TOLERANCE,
    Stated,
    agree,
    compared_decimals,
    parse_value,
    rounding_agree,
)
from warehouse.disputes import Dispute, Fact, Key, display_name

PRIORS: dict[str, float] = {
    "vendor": 0.9,
    "evaluator": 0.8,
    "leaderboard": 0.8,
    "news": 0.65,
    "aggregator": 0.45,
}
DEFAULT_PRIOR = 0.6  # a source kind not in PRIORS (or none)
PRIOR_STRENGTH = 4.0  # the prior counts as this many decisions


def reliability(prior: float, confirmed: int, rejected: int) -> float:
    return (PRIOR_STRENGTH * prior + confirmed) / (PRIOR_STRENGTH + confirmed + rejected)


def vote_weight(rel: float) -> float:
    return -math.log(1.0 - min(max(rel, 0.01), 0.99))


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


_NUMERIC_RULES = frozenset({"rounding", "relative", "integer", "cents"})


def _near_values(rule: str, values: dict[str, Stated]) -> Callable[[str], Iterable[str]]:
    """The values that may agree with a given one, found by bisection in the sorted numbers: under the
    rounding rule numbers within half a unit (a value agrees with another only when it is that value
    rounded), under the relative rule within the tolerance, under the exact rules (integer, cents) equal
    numbers; under other rules (dates, text), every value. A key with hundreds of values (a price every
    article states a little differently) then costs n log n comparisons, not n²."""
    if rule not in _NUMERIC_RULES or any(v.num is None for v in values.values()):
        everyone = list(values)
        return lambda _t: everyone
    ordered = sorted(values, key=lambda t: values[t].num or 0.0)
    nums = [values[t].num or 0.0 for t in ordered]
    widest = max((abs(n) for n in nums), default=0.0)

    def near(t: str) -> Iterable[str]:
        x = values[t].num or 0.0
        slack = 1e-9 * max(1.0, abs(x), widest) + 1e-12
        if rule == "rounding":
            reach = 0.5 + slack
        elif rule == "relative":  # |x - y| <= tol * max(|x|, |y|) <= tol * (|x| + |x - y|)
            reach = PARAMETER_TOLERANCE * abs(x) / (1 - PARAMETER_TOLERANCE) + slack
        else:
            reach = slack
        return ordered[bisect.bisect_left(nums, x - reach) : bisect.bisect_right(nums, x + reach)]

    return near


def _agreeing(rule: str, values: dict[str, Stated]) -> Callable[[str, str], bool]:
    """`agree(rule, values[t], values[u])` for two texts of a key's values. Under the rounding rule (scores)
    each value's number and compared decimals are worked out once per key rather than at every comparison:
    a key's vote compares each value with its near ones, twice (its own votes, then the members'), and a
    key stated many ways (a score every article rounds or pads its own way) makes thousands of comparisons."""
    if rule == "rounding":
        at = {t: (v.num, compared_decimals(v)) for t, v in values.items() if v.num is not None}
        if len(at) == len(values):

            def same(t: str, u: str) -> bool:
                (a, da), (b, db) = at[t], at[u]
                return rounding_agree(a, da, b, db)

            return same
    return lambda t, u: agree(rule, values[t], values[u])


def key_consensus(
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

        near = _near_values(key.rule, compared)
        same = _agreeing(key.rule, compared)

        def support(t: str, pool: dict[str, float]) -> float:
            return sum(pool.get(u, 0.0) for u in near(t) if same(t, u))

        own_support = {t: support(t, votes) for t in values}
        best = min(values, key=lambda t: (-round(own_support[t], 9), -values[t].decimals, -votes[t], t))
        confidence = round(min(1.0, support(best, member_votes) / total), 4)
        uncontested = all(agree(key.rule, values[best], v) for v in compared.values())
    resolved = _decision(key, item)
    basis = "review" if resolved else ("uncontested" if uncontested else "vote")
    n_units = len({f.vote_unit for f in key.members})
    unit = display_name([f.unit for f in key.facts])
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


# --- reliabilities and vote weights ----------------------------------------------------------------------


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


def reliabilities(
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


def stored_reliabilities(
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
