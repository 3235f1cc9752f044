"""Tables written as nested objects in code: Python dicts, JSON or JavaScript objects whose every entry maps a
row's name to an object of figures by column ("'GSM8K': {'Model-A': 85.2, 'Model-B': 83.1},"), on one line
or one entry a line. Each entry is a row, the inner keys the columns, in the order they are first seen; the
table reader then decides which side holds the models."""

from __future__ import annotations

import re

from extractors.facts.cell_lines import LineGrid
from extractors.facts.document import DocView

_KEY = r"""(?:"([^"\n]+)"|'([^'\n]+)'|([A-Za-z_][\w.-]*))"""
# an entry whose value is an object of plain values only (no nested object)
_ENTRY = re.compile(_KEY + r"\s*:\s*\{([^{}\n]*)\}")
_PAIR = re.compile(_KEY + r"\s*:\s*(-?\d+(?:\.\d+)?)\s*$")
# what may stand between two entries of one object: a comma, line breaks, spaces
_BETWEEN = re.compile(r"\s*,?\s*")


def _key(m: re.Match[str]) -> str:
    return next(g for g in m.groups()[:3] if g is not None).strip()


def _figures(body: str) -> list[tuple[str, str]] | None:
    """The object's entries as (key, figure) when every one of them is a figure."""
    items = [p for p in body.split(",") if p.strip()]
    pairs = [m for p in items if (m := _PAIR.fullmatch(p.strip())) is not None]
    if not items or len(pairs) != len(items):
        return None
    return [(_key(m), m.group(4)) for m in pairs]


def dict_row_grids(view: DocView) -> list[LineGrid]:
    """Runs of two or more such entries, one after another, each a table."""
    text = view.text
    out: list[LineGrid] = []
    if "{" not in text:  # most pages: no object at all (the entry pattern would try every word as a key)
        return out
    run: list[tuple[str, list[tuple[str, str]], int, int]] = []

    def close() -> None:
        if len(run) >= 2:
            cols = list(dict.fromkeys(k for _, pairs, _, _ in run for k, _ in pairs))
            rows = [(label, *(dict(pairs).get(c, "") for c in cols)) for label, pairs, _, _ in run]
            evs = [view.evidence(s, e) for _, _, s, e in run]
            out.append((("", *cols), rows, evs, run[0][2], run[-1][3], "dict_rows"))
        run.clear()

    for m in _ENTRY.finditer(text):
        pairs = _figures(m.group(4))
        if pairs is None:
            close()
            continue
        if run and not _BETWEEN.fullmatch(text[run[-1][3] : m.start()]):
            close()
        run.append((_key(m), pairs, m.start(), m.end()))
    close()
    return out
