"""Reviewing contradictions: list them, show the values side by side, resolve, dismiss or reopen.

Every decision is stored with who, when and why (`contradiction_events`, append-only) and feeds back into
source reliability: reconciliation is rerun inside the same transaction, so consensus, ranks and
reliabilities reflect the decision at once. Bad input raises `ReviewError` before anything is written.

Decisions (documented for the CLI and the web page):
- `resolve` takes a number (or a date, or a whole number, as the key's attribute needs) that must be one of
  the values seen in the contradiction, up to rounding ("76.90" picks 76.9): a typo cannot settle a key on a
  value no source gave. When no value is right, dismiss with a note instead.
- A resolved or dismissed contradiction must be reopened before it is decided again.
- `resolve` and `dismiss` need a note (why) and a reviewer name.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import UTC, date, datetime
from typing import Any

import duckdb

from warehouse.agreement import agree, parse_value, rule_for
from warehouse.db import InputError, transaction
from warehouse.queries import query
from warehouse.reconcile import reconcile_in

STATUSES = ("open", "resolved", "dismissed")
NOT_STATED = "setting not stated"
_ID = re.compile(r"^[0-9a-f]{6,40}$")


class ReviewError(InputError):
    """A review request that cannot be carried out (unknown id, a value that is not a number, …)."""


def _plain(v: Any) -> Any:
    if isinstance(v, datetime | date):
        return v.isoformat()
    return v


def _rows(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    cols = [d[0] for d in cur.description]
    return [{c: _plain(v) for c, v in zip(cols, r, strict=True)} for r in cur.fetchall()]


def _item(con: duckdb.DuckDBPyConnection, cid: str) -> dict[str, Any]:
    key = (cid or "").strip().lower()
    found = _rows(con.execute(query("review_item"), [key])) if _ID.match(key) else []
    if not found:
        raise ReviewError(f"unknown contradiction id {cid!r} (see `newskb review list`)")
    return found[0]


# --- reading ---------------------------------------------------------------------------------------------


def list_contradictions(
    con: duckdb.DuckDBPyConnection, *, status: str | None = None, subject: str | None = None
) -> list[dict[str, Any]]:
    """Contradictions present in the data, open first; `subject` matches any alias of a model."""
    if status is not None and status not in STATUSES:
        raise ReviewError(f"unknown status {status!r}: use one of {', '.join(STATUSES)}")
    items = _rows(con.execute(query("review_list"), [status, subject.strip() if subject else None]))
    for it in items:
        it["setting"] = it["setting"] if it["setting"] is not None else NOT_STATED
    return items


def show(con: duckdb.DuckDBPyConnection, cid: str) -> dict[str, Any]:
    """One contradiction: its key, status, consensus, every value with its sources, every fact, history."""
    item = _item(con, cid)
    cid = item["contradiction_id"]
    facts = _rows(con.execute(query("review_members"), [cid]))
    by_value: dict[str, dict[str, Any]] = {}
    units: dict[str, set[str]] = defaultdict(set)
    for f in facts:
        f["setting"] = f["setting"] if f["setting"] is not None else NOT_STATED
        if item["setting"] is not None and not f["setting_stated"]:  # ranked within its own (unstated) key
            f["reason"] = f"{f['reason']} (among values with no stated setting)"
        entry = by_value.setdefault(f["value"], {"value": f["value"], "sources": [], "settings": []})
        if f["source"] not in entry["sources"]:
            entry["sources"].append(f["source"])
        if f["setting"] not in entry["settings"]:
            entry["settings"].append(f["setting"])
        units[f["value"]].add(f["vote_unit"])
    for v, entry in by_value.items():
        entry["n_sources"] = len(units[v])
    consensus = _rows(con.execute(query("review_consensus"), [cid]))
    return {
        **item,
        "setting": item["setting"] if item["setting"] is not None else NOT_STATED,
        "consensus": consensus[0] if consensus else None,
        "values": sorted(by_value.values(), key=lambda e: (-e["n_sources"], e["value"])),
        "facts": facts,
        "history": _rows(con.execute(query("review_history"), [cid])),
    }


# --- decisions -------------------------------------------------------------------------------------------


def _require(text: str | None, what: str) -> str:
    t = (text or "").strip()
    if not t:
        raise ReviewError(f"{what} is required")
    return t


def _member_values(con: duckdb.DuckDBPyConnection, cid: str) -> list[str]:
    return sorted({f["value"] for f in _rows(con.execute(query("review_members"), [cid]))})


def _decide(
    con: duckdb.DuckDBPyConnection, item: dict[str, Any], *, status: str, action: str, value: str | None,
    note: str, who: str,
) -> dict[str, Any]:  # fmt: skip
    at = datetime.now(UTC)
    cid = item["contradiction_id"]
    seen = sorted(set(item["values_seen"] or []) | set(_member_values(con, cid)))
    with transaction(con):
        con.execute(query("review_decide"), [status, value, who, at, note, seen, at, cid])
        con.execute(query("review_event"), [cid, at, who, action, item["status"], status, value, note])
        reconcile_in(con)
    return {"contradiction_id": cid, "status": status, "value": value, "note": note, "who": who,
            "at": at.isoformat(), "previous_status": item["status"]}  # fmt: skip


def resolve(con: duckdb.DuckDBPyConnection, cid: str, *, value: str, note: str, who: str) -> dict[str, Any]:
    """Settle a contradiction on one of its values (up to rounding); the other values become deprecated."""
    item = _item(con, cid)
    cid = item["contradiction_id"]
    if item["status"] == "dismissed":
        raise ReviewError(f"{cid} is dismissed; reopen it before resolving it")
    if item["status"] == "resolved":
        raise ReviewError(f"{cid} is already resolved as {item['resolved_value']}; reopen it to change that")
    rule = rule_for(item["kind"], item["attribute"])
    stated = parse_value(rule, value or "")
    if stated is None:
        need = {"date": "a date (YYYY, YYYY-MM or YYYY-MM-DD)", "integer": "a whole number"}.get(
            rule, "a number"
        )
        raise ReviewError(f"value {value!r} is not {need}")
    note, who = _require(note, "a note (why)"), _require(who, "a reviewer name")
    seen = _member_values(con, cid)
    matches = [v for v in seen if (p := parse_value(rule, v)) is not None and agree(rule, p, stated)]
    if not matches:
        raise ReviewError(
            f"value {value!r} is not one of the values seen for {cid}: {', '.join(seen)} "
            "(dismiss it with a note if none is right)"
        )
    chosen = stated.text if stated.text in matches else max(matches, key=lambda v: (len(v), v))
    return _decide(con, item, status="resolved", action="resolved", value=chosen, note=note, who=who)


def dismiss(con: duckdb.DuckDBPyConnection, cid: str, *, note: str, who: str) -> dict[str, Any]:
    """Not a real contradiction (different conditions, a change over time…): keep the values, close it."""
    item = _item(con, cid)
    if item["status"] != "open":
        raise ReviewError(f"{item['contradiction_id']} is {item['status']}; reopen it before dismissing it")
    note, who = _require(note, "a note (why)"), _require(who, "a reviewer name")
    return _decide(con, item, status="dismissed", action="dismissed", value=None, note=note, who=who)


def reopen(con: duckdb.DuckDBPyConnection, cid: str, *, note: str, who: str) -> dict[str, Any]:
    """Undo a resolution or dismissal; the decision stays in the history."""
    item = _item(con, cid)
    if item["status"] == "open":
        raise ReviewError(f"{item['contradiction_id']} is already open")
    who = _require(who, "a reviewer name")
    return _decide(
        con, item, status="open", action="reopened", value=None, note=(note or "").strip(), who=who
    )


# --- text ------------------------------------------------------------------------------------------------


def _key_text(it: dict[str, Any]) -> str:
    qual = f" on {it['qualifier']}" if it.get("qualifier") else ""
    return f"{it['subject']} / {it['attribute']}{qual} [{it['setting']}]"


def format_list(items: list[dict[str, Any]]) -> str:
    if not items:
        return "no contradictions"
    lines = []
    for it in items:
        lines.append(f"{it['contradiction_id']}  {it['status']:<9}  {_key_text(it)}")
        decided = f"  -> {it['resolved_value']}" if it.get("resolved_value") else ""
        lines.append(f"    {it['summary']}{decided}")
    open_n = sum(1 for it in items if it["status"] == "open")
    lines.append(f"{len(items)} contradiction(s), {open_n} open")
    return "\n".join(lines)


def format_detail(detail: dict[str, Any]) -> str:
    d = detail
    out = [f"{d['contradiction_id']}  {d['status']}  {_key_text(d)}"]
    if not d.get("present"):
        out.append("(the sources no longer disagree)")
    if d.get("resolved_value"):
        out.append(
            f"resolved as {d['resolved_value']} by {d['decided_by']} at {d['decided_at']}: {d['note']}"
        )
    c = d.get("consensus")
    if c:
        out.append(f"consensus: {c['value']} (confidence {c['confidence']:.2f}, {c['basis']}, "
                   f"{c['n_sources']} independent source(s))")  # fmt: skip
    out.append("values:")
    for v in d["values"]:
        out.append(f"  {v['value']:>10}  {v['n_sources']} source(s): {', '.join(v['sources'])}")
    out.append("evidence:")
    for f in d["facts"]:
        unit = f" {f['unit']}" if f.get("unit") else ""
        when = f", {str(f['published_at'])[:10]}" if f.get("published_at") else ""
        group = f", copy group {f['copy_group']}" if f.get("copy_group") else ""
        out.append(f"  {f['value']}{unit}  [{f['setting']}]  {f['rank']}: {f['reason']}")
        out.append(f"      {f['source']} ({f['source_kind']}){when}{group}")
        out.append(f'      "{(f.get("evidence") or "").strip()}"')
        out.append(f"      {f['url']}")
    out.append("history:")
    for h in d["history"]:
        what = f" {h['value']}" if h.get("value") else ""
        note = f": {h['note']}" if h.get("note") else ""
        out.append(f"  {str(h['event_at'])[:19]}  {h['who']} {h['action']}{what}{note}")
    return "\n".join(out)
