"""Printing query results for `newskb sql`: table, csv, json, jsonl and markdown, streamed in batches.

The table's column widths come from the first batch (at most `max_width` characters, 0 for no limit);
longer cells are cut with "..." or, with `wrap`, continued on the next lines of the row.
"""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import json
import textwrap
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

FORMATS = ("table", "csv", "json", "jsonl", "markdown")
DEFAULT_MAX_WIDTH = 60


def _json_default(value: object) -> object:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, Path):
        return str(value)
    return str(value)


def dumps(obj: object) -> str:
    return json.dumps(obj, default=_json_default, ensure_ascii=False)


def _cell(value: object) -> str:
    return ("" if value is None else str(value)).replace("\r", " ").replace("\n", " ")


def print_table(
    columns: Sequence[str],
    rows: Sequence[Sequence[object]],
    out: TextIO | Any,
    *,
    more: Iterable[Sequence[object]] = (),
    max_width: int = DEFAULT_MAX_WIDTH,
    wrap: bool = False,
) -> None:
    """An aligned text table; column widths come from `rows`, and `more` rows are streamed after them."""
    limit = max_width if max_width > 0 else None
    first = [[_cell(v) for v in r] for r in rows]
    widths = [len(c) for c in columns]
    for row in first:
        for i, v in enumerate(row):
            widths[i] = max(widths[i], len(v))
    if limit:
        widths = [max(1, min(w, limit)) for w in widths]

    def lines(row: list[str]) -> Iterator[str]:
        pairs = list(zip(row, widths, strict=True))
        if wrap:
            parts = [(textwrap.wrap(v, w) or [""], w) for v, w in pairs]
            for k in range(max(len(p) for p, _ in parts)):
                yield "  ".join((p[k] if k < len(p) else "").ljust(w) for p, w in parts)
            return
        yield "  ".join((v if len(v) <= w else v[: max(w - 3, 0)] + "...").ljust(w) for v, w in pairs)

    out.write("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in first:
        for ln in lines(row):
            out.write(ln.rstrip() + "\n")
    for raw in more:
        for ln in lines([_cell(v) for v in raw]):
            out.write(ln.rstrip() + "\n")


def _md(value: object) -> str:
    return _cell(value).replace("|", "\\|")


def write_result(
    fmt: str,
    columns: Sequence[str],
    batches: Iterator[list[Any]],
    out: TextIO | Any,
    *,
    max_width: int = DEFAULT_MAX_WIDTH,
    wrap: bool = False,
) -> None:
    """One statement's result in `fmt`, read batch by batch from `batches`."""
    if fmt == "json":  # one JSON array per statement
        out.write("[")
        first = True
        for batch in batches:
            for r in batch:
                out.write(("" if first else ",") + dumps(dict(zip(columns, r, strict=True))))
                first = False
        out.write("]\n")
    elif fmt == "jsonl":
        for batch in batches:
            for r in batch:
                out.write(dumps(dict(zip(columns, r, strict=True))) + "\n")
    elif fmt == "csv":
        w = csv.writer(out, lineterminator="\n")
        w.writerow(columns)
        for batch in batches:
            w.writerows(["" if v is None else v for v in r] for r in batch)
    elif fmt == "markdown":
        out.write("| " + " | ".join(_md(c) for c in columns) + " |\n")
        out.write("|" + "|".join(" --- " for _ in columns) + "|\n")
        for batch in batches:
            for r in batch:
                out.write("| " + " | ".join(_md(v) for v in r) + " |\n")
    else:  # widths come from the first batch; later rows are cut (or wrapped) to them
        head = next(batches, [])
        print_table(
            columns,
            head,
            out,
            more=(row for batch in batches for row in batch),
            max_width=max_width,
            wrap=wrap,
        )
