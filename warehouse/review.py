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
from warehouse.alias_keys import alias_key
from warehouse.db import InputError, transaction
from warehouse.queries import query
from warehouse.reconcile import reconcile_in, vote_weight

STATUSES = ("open", "resolved", "dismissed")
NOT_STATED = "setting not stated"
SORTS = {  # --sort / ?sort= name -> (row key, reverse by default)
    "subject": ("subject", False),
    "benchmark": ("attribute", False),
    "values": ("n_values", True),
    "sources": ("n_sources", True),
    "opened": ("opened_at", True),
    "updated": ("updated_at", True),
}
MIN_PREFIX = 4
_ID = re.compile(r"^[0-9a-f]{1,40}$")
_CELL_NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


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
    """A review item by its id or a unique prefix of it (at least 4 characters); a per-setting item that a
    migration merged into another leads to that one."""
    key = (cid or "").strip().lower()
    found = (
        _rows(con.execute(query("review_item"), [key])) if _ID.match(key) and len(key) >= MIN_PREFIX else []
    )
    exact = [r for r in found if r["contradiction_id"] == key]
    live = exact or [r for r in found if r["merged_into"] is None]
    if len(live) > 1:
        ids = ", ".join(r["contradiction_id"] for r in live[:5])
        raise ReviewError(f"id prefix {cid!r} is ambiguous: {ids}{', …' if len(live) > 5 else ''}")
    if not live:
        if len(key) < MIN_PREFIX:
            raise ReviewError(f"unknown contradiction id {cid!r} (give at least {MIN_PREFIX} characters)")
        raise ReviewError(f"unknown contradiction id {cid!r} (see `newskb review list`)")
    item = live[0]
    if item["merged_into"]:
        return _item(con, item["merged_into"])
    return item


# --- reading ---------------------------------------------------------------------------------------------


def list_contradictions(
    con: duckdb.DuckDBPyConnection, *, status: str | None = None, subject: str | None = None,
    benchmark: str | None = None, search: str | None = None, source: str | None = None,
    sort: str | None = None, descending: bool | None = None,
) -> list[dict[str, Any]]:  # fmt: skip
    """Review items present in the data, open first (or by `sort`). `subject` (model), `benchmark`
    and `search` match a substring of the name or of any alias, case-insensitively; `source` matches a
    publisher or feed."""
    if status is not None and status not in STATUSES:
        raise ReviewError(f"unknown status {status!r}: use one of {', '.join(STATUSES)}")
    if sort is not None and sort not in SORTS:
        raise ReviewError(f"unknown sort {sort!r}: use one of {', '.join(SORTS)}")

    def text(v: str | None) -> str | None:
        return v.strip() or None if v else None

    params = [status, text(subject), text(benchmark), text(search), text(source)]
    items = _rows(con.execute(query("review_list"), params))
    for it in items:
        it["setting"] = it["setting"] or NOT_STATED
    if sort is not None:
        col, rev = SORTS[sort]
        rev = rev if descending is None else descending
        items.sort(key=lambda it: (it[col] is None, it[col] if it[col] is not None else 0), reverse=rev)
    return items


def page(items: list[dict[str, Any]], *, limit: int | None, offset: int = 0) -> list[dict[str, Any]]:
    if (limit is not None and limit < 0) or offset < 0:
        raise ReviewError("--limit and --offset take a number of items of 0 or more")
    return items[offset : None if limit is None else offset + limit]


def next_open(con: duckdb.DuckDBPyConnection, cid: str, **filters: Any) -> str | None:
    """The open item after `cid` in the list order (with the same filters), else the first open one."""
    ids = [it["contradiction_id"] for it in list_contradictions(con, **{**filters, "status": "open"})]
    if cid in ids:
        i = ids.index(cid)
        rest = ids[i + 1 :] + ids[:i]
    else:
        rest = ids
    return rest[0] if rest else None


def _cells(row: str) -> list[str]:
    return [c.strip() for c in " ".join(row.split()).strip().strip("|").split("|")]


def table_cell(
    evidence: str | None, article_text: str | None, value: float | None, subject: str | None = None
) -> dict[str, Any] | None:
    """For a fact read from a table row ("| GPQA Diamond | 73.9 | 78.4 |"): the row's label, the column
    header of the cell that holds the value (the subject's column when several do) and the header line, found
    in the article text."""
    ev = (evidence or "").strip()
    if not ev.startswith("|"):
        return None
    cells = _cells(ev)
    header: list[str] = []
    text = article_text or ""
    at = text.find(ev)
    if at >= 0:  # the table block: '|' lines up to the row (a flattened table has a line per cell)
        lines = text[:at].splitlines()
        j = len(lines)
        while j > 0 and "|" in lines[j - 1]:
            j -= 1
        rows: list[str] = []
        for line in lines[j:]:
            if line.lstrip().startswith("|") or not rows:
                rows.append(line)
            else:
                rows[-1] += " " + line
        rows = [r for r in rows if r.strip() and not set(r.strip()) <= set("|-: ")]
        header = _cells(rows[0]) if rows else []
    hits = []
    for k, c in enumerate(cells):
        nums = [float(n.replace(",", "")) for n in _CELL_NUMBER.findall(c)]
        if value is not None and any(abs(n - value) < 1e-6 or abs(n * 100 - value) < 1e-6 for n in nums):
            hits.append(k)
    if len(hits) > 1:
        hits = [k for k in hits if k > 0] or hits
    if len(hits) > 1 and subject:
        mine = [k for k in hits if k < len(header) and alias_key(subject) in alias_key(header[k])]
        hits = mine or hits
    column = header[hits[0]] if hits and hits[0] < len(header) else None
    return {"row": cells[0] if cells else "", "column": column, "header": " | ".join(header) or None}


def show(con: duckdb.DuckDBPyConnection, cid: str) -> dict[str, Any]:
    """One review item: its key, status, consensus per setting, every value with its sources and settings
    (in dispute or not), every fact, the copy groups by publisher, reviewers' settings and history."""
    item = _item(con, cid)
    cid = item["contradiction_id"]
    facts = _rows(con.execute(query("review_members"), [cid]))
    groups = sorted({f["copy_group"] for f in facts if f.get("copy_group")})
    names = dict(con.execute(query("review_copy_groups"), [groups]).fetchall()) if groups else {}
    by_value: dict[str, dict[str, Any]] = {}
    units: dict[str, set[str]] = defaultdict(set)
    for f in facts:
        f["setting"] = f["setting"] if f["setting"] is not None else NOT_STATED
        f["stated_setting"] = f["stated_setting"] if f["stated_setting"] is not None else NOT_STATED
        f["copy_group_publishers"] = list(names.get(f["copy_group"], [])) if f.get("copy_group") else []
        text = f.pop("article_text", None)
        f["table"] = table_cell(f.get("evidence"), text, f.get("value_num"), item["subject"])
        entry = by_value.setdefault(
            f["value"], {"value": f["value"], "sources": [], "settings": [], "in_dispute": False}
        )
        if f["source"] not in entry["sources"]:
            entry["sources"].append(f["source"])
        if f["setting"] not in entry["settings"]:
            entry["settings"].append(f["setting"])
        entry["in_dispute"] = entry["in_dispute"] or bool(f["in_dispute"])
        units[f["value"]].add(f["vote_unit"])
    for v, entry in by_value.items():
        entry["n_sources"] = len(units[v])
    consensus = _rows(con.execute(query("review_consensus"), [cid]))
    for c in consensus:
        c["setting"] = c["setting"] if c["setting"] is not None else NOT_STATED
    chosen = _rows(con.execute(query("review_value_settings"), [cid]))
    for c in chosen:
        c["setting"] = c["setting"] if c["setting"] is not None else NOT_STATED
    settings = sorted({f["setting"] for f in facts if f["in_dispute"]})
    return {
        **item,
        "setting": " | ".join(settings) or NOT_STATED,
        "settings": settings,
        "consensus": consensus,
        "values": sorted(by_value.values(), key=lambda e: (not e["in_dispute"], -e["n_sources"], e["value"])),
        "facts": facts,
        "value_settings": chosen,
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


def _snapshot(con: duckdb.DuckDBPyConnection, cid: str) -> tuple[dict[str, Any], dict[str, Any]]:
    cons = {c["setting"] or NOT_STATED: c for c in _rows(con.execute(query("review_consensus"), [cid]))}
    pubs = sorted({f["source"] for f in _rows(con.execute(query("review_members"), [cid]))})
    rel = {r["publisher"]: r for r in _rows(con.execute(query("review_reliability"), [pubs]))}
    return cons, rel


def _changes(before: tuple[dict[str, Any], dict[str, Any]], after: tuple[dict[str, Any], dict[str, Any]]
             ) -> dict[str, list[dict[str, Any]]]:  # fmt: skip
    """What a decision changed: the consensus of each setting of the item and the publishers' reliability."""
    cons: list[dict[str, Any]] = []
    for setting in sorted(set(before[0]) | set(after[0])):
        b, a = before[0].get(setting), after[0].get(setting)
        fields = ("value", "confidence", "basis")
        if b is None or a is None or any(b[k] != a[k] for k in fields):
            cons.append({"setting": setting, "before": {k: b[k] for k in fields} if b else None,
                         "after": {k: a[k] for k in fields} if a else None})  # fmt: skip
    sources: list[dict[str, Any]] = []
    for pub in sorted(set(before[1]) | set(after[1])):
        b, a = before[1].get(pub), after[1].get(pub)
        if b is None or a is None or b["reliability"] != a["reliability"]:
            sources.append({
                "publisher": pub,
                "before": b["reliability"] if b else None,
                "after": a["reliability"] if a else None,
                "weight_before": vote_weight(b["reliability"]) if b else None,
                "weight_after": vote_weight(a["reliability"]) if a else None,
            })  # fmt: skip
    return {"consensus": cons, "sources": sources}


def _decide(
    con: duckdb.DuckDBPyConnection, item: dict[str, Any], *, status: str, action: str, value: str | None,
    note: str, who: str,
) -> dict[str, Any]:  # fmt: skip
    at = datetime.now(UTC)
    cid = item["contradiction_id"]
    seen = sorted(set(item["values_seen"] or []) | set(_member_values(con, cid)))
    before = _snapshot(con, cid)
    with transaction(con):
        con.execute(query("review_decide"), [status, value, who, at, note, seen, at, cid])
        con.execute(query("review_event"), [cid, at, who, action, item["status"], status, value, note])
        reconcile_in(con)
    return {"contradiction_id": cid, "status": status, "value": value, "note": note, "who": who,
            "at": at.isoformat(), "previous_status": item["status"],
            "changes": _changes(before, _snapshot(con, cid))}  # fmt: skip


def resolve(con: duckdb.DuckDBPyConnection, cid: str, *, value: str, note: str, who: str) -> dict[str, Any]:
    """Settle an item on one of its values (up to rounding), for every setting whose values include it;
    the values that disagree with it there become deprecated."""
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


def set_setting(
    con: duckdb.DuckDBPyConnection, cid: str, *, value: str, setting: str | None, note: str, who: str,
    as_stated: bool = False,
) -> dict[str, Any]:  # fmt: skip
    """Give one value of an open item a setting (split it from values under another setting, or merge it
    with values under the same one); `setting` None means "not stated"; `as_stated` forgets an earlier
    choice. Values under explicitly different settings are no longer in dispute; reconciliation reruns."""
    item = _item(con, cid)
    cid = item["contradiction_id"]
    if item["status"] != "open":
        raise ReviewError(f"{cid} is {item['status']}; reopen it before changing settings")
    who = _require(who, "a reviewer name")
    seen = _member_values(con, cid)
    if value not in seen:
        raise ReviewError(f"value {value!r} is not one of the values of {cid}: {', '.join(seen)}")
    clean = (setting or "").strip() or None
    if clean is not None and clean.casefold() == NOT_STATED:
        clean = None
    at = datetime.now(UTC)
    before = _snapshot(con, cid)
    what = "as the sources state" if as_stated else (clean or NOT_STATED)
    with transaction(con):
        if as_stated:
            con.execute(query("review_clear_setting"), [cid, value])
        else:
            con.execute(query("review_set_setting"), [cid, value, clean, who, at, (note or "").strip()])
        event_note = f"value {value}: setting {what}" + (f" ({note.strip()})" if (note or "").strip() else "")
        con.execute(query("review_event"), [cid, at, who, "setting", "open", "open", value, event_note])
        reconcile_in(con)
    present = con.execute(query("review_item"), [cid]).fetchone()
    return {"contradiction_id": cid, "status": "open", "value": value, "setting": what, "who": who,
            "at": at.isoformat(), "in_dispute": bool(present and present[7]),
            "changes": _changes(before, _snapshot(con, cid))}  # fmt: skip


# --- text ------------------------------------------------------------------------------------------------


def _key_text(it: dict[str, Any]) -> str:
    qual = f" on {it['qualifier']}" if it.get("qualifier") else ""
    return f"{it['subject']} / {it['attribute']}{qual} [{it['setting']}]"


def format_list(items: list[dict[str, Any]], *, total: int | None = None, offset: int = 0) -> str:
    if not items:
        return "no contradictions"
    lines = []
    for it in items:
        lines.append(f"{it['contradiction_id']}  {it['status']:<9}  {_key_text(it)}")
        decided = f"  -> {it['resolved_value']}" if it.get("resolved_value") else ""
        lines.append(f"    {it['summary']}{decided}")
    open_n = sum(1 for it in items if it["status"] == "open")
    shown = f"{len(items)} contradiction(s), {open_n} open"
    if total is not None and total != len(items):
        shown += f" (items {offset + 1}-{offset + len(items)} of {total})"
    lines.append(shown)
    return "\n".join(lines)


def format_changes(changes: dict[str, list[dict[str, Any]]]) -> list[str]:
    out = []
    for c in changes.get("consensus", []):
        b, a = c["before"], c["after"]
        was = f"{b['value']} ({b['basis']}, {b['confidence']:.2f})" if b else "none"
        now = f"{a['value']} ({a['basis']}, {a['confidence']:.2f})" if a else "none"
        out.append(f"consensus [{c['setting']}]: {was} -> {now}")
    for s in changes.get("sources", []):
        was = f"{s['before']:.3f}" if s["before"] is not None else "none"
        now = f"{s['after']:.3f}" if s["after"] is not None else "none"
        out.append(f"reliability of {s['publisher']}: {was} -> {now}")
    return out or ["no consensus or source weight changed"]


def format_detail(detail: dict[str, Any]) -> str:
    d = detail
    out = [f"{d['contradiction_id']}  {d['status']}  {_key_text(d)}"]
    if not d.get("present"):
        out.append("(the sources no longer disagree)")
    if d.get("resolved_value"):
        out.append(
            f"resolved as {d['resolved_value']} by {d['decided_by']} at {d['decided_at']}: {d['note']}"
        )
    for c in d.get("consensus") or []:
        out.append(f"consensus [{c['setting']}]: {c['value']} (confidence {c['confidence']:.2f}, "
                   f"{c['basis']}, {c['n_sources']} independent source(s))")  # fmt: skip
    out.append("values:")
    for v in d["values"]:
        flag = "" if v["in_dispute"] else "  (not in dispute: another setting)"
        out.append(f"  {v['value']:>10}  [{'; '.join(v['settings'])}]  {v['n_sources']} source(s): "
                   f"{', '.join(v['sources'])}{flag}")  # fmt: skip
    for c in d.get("value_settings") or []:
        out.append(f"  reviewer setting: {c['value']} -> {c['setting']} ({c['who']})")
    out.append("evidence:")
    for f in d["facts"]:
        unit = f" {f['unit']}" if f.get("unit") else ""
        when = f", {str(f['published_at'])[:10]}" if f.get("published_at") else ""
        group = (
            f", copy of {', '.join(f['copy_group_publishers'])}"
            if len(f["copy_group_publishers"]) > 1
            else ""
        )
        out.append(f"  {f['value']}{unit}  [{f['setting']}]  {f['rank']}: {f['reason']}")
        out.append(f"      {f['source']} ({f['source_kind']}){when}{group}")
        if f.get("table"):
            t = f["table"]
            out.append(
                f"      table row {t['row']!r}, column {t['column'] or '?'!r}; header: {t['header'] or '?'}"
            )
        out.append(f'      "{(f.get("evidence") or "").strip()}"')
        out.append(f"      {f['url']}")
    out.append("history:")
    for h in d["history"]:
        what = f" {h['value']}" if h.get("value") else ""
        note = f": {h['note']}" if h.get("note") else ""
        src = f" (was {h['merged_from']})" if h.get("merged_from") else ""
        out.append(f"  {str(h['event_at'])[:19]}  {h['who']} {h['action']}{what}{note}{src}")
    return "\n".join(out)
