"""The review items of a reconciliation: facts grouped into disputes (subject × attribute × qualifier) and
their keys (× setting), with the settings copies inherit and reviewers assign, and which facts are in dispute.

Pure functions over `Fact` objects (no database); warehouse.reconcile reads the facts and writes the rows, and
its module docstring states the rules (keys, agreement, what is in dispute).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from warehouse.agreement import Stated, agree, dispute_id, key_id, rule_for
from warehouse.agreement import norm_setting as _norm_setting
from warehouse.alias_keys import alias_key as _alias_key
from warehouse.self_conflicts import set_aside

# Names and settings repeat across many facts: normalise each once per process (pure functions).
alias_key = lru_cache(maxsize=1 << 16)(_alias_key)
norm_setting = lru_cache(maxsize=1 << 16)(_norm_setting)


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
    own_run: bool = False  # its evidence says the page measured it itself (warehouse.self_conflicts)


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


Choices = dict[str, dict[str, str | None]]  # dispute id -> value text -> the setting a reviewer gave it


def display_name(names: list[str | None]) -> str | None:
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
    # a value its own article contradicts, when another source confirms the article's other value, is set
    # aside: a misread figure of one page opens no contradiction (warehouse.self_conflicts)
    aside = set_aside(rule, facts, lambda f: norm_setting(f.setting))
    if aside:
        facts = [f for f in facts if f.fact_id not in aside]
    groups: dict[tuple[str | None, str], tuple[Stated, set[str], list[str]]] = {}
    for f in facts:
        gk = (norm_setting(f.setting), f.stated.text)
        g = groups.get(gk)
        if g is None:
            groups[gk] = (f.stated, {f.article_id}, [f.fact_id])
        else:
            g[1].add(f.article_id)
            g[2].append(f.fact_id)
    # a value is in dispute when some other value disagrees with it: one such partner settles it, so each
    # value stops at the first (a popular model's key can carry dozens of values: all pairs would be n²)
    items = list(groups.items())
    marked: set[int] = set()
    for i, ((sa, _), (va, arts_a, _ids)) in enumerate(items):
        if i in marked:
            continue
        for j, ((sb, _), (vb, arts_b, _)) in enumerate(items):
            if j != i and _compatible(sa, sb) and len(arts_a | arts_b) > 1 and not agree(rule, va, vb):
                marked.update((i, j))
                break
    return {fid for i in marked for fid in items[i][1][2]}


def build_disputes(facts: list[Fact], choices: Choices | None = None) -> list[Dispute]:
    """Group facts into review items and their keys (see warehouse.reconcile's module docstring)."""
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
        subject = display_name([f.subject for f in everyone]) or ""
        attribute = display_name([f.attribute for f in everyone]) or ""
        qualifier = display_name([f.qualifier for f in everyone])
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
            setting = display_name([f.setting for f in own])
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
