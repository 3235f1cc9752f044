"""A table row flattened into a plain line: a line of model names, then lines that open with an attribute
label and carry one value per model ("Context window 64K 128K 256K", "Parameters (total) 12B 70B 480B").

Lines the layout already reads as an aligned or pipe table are left to `tables.py`; this reads the ones it
could not split (single spaces between cells, names with spaces in them), pairing values with the models of
the header line in order.
"""

from __future__ import annotations

import re

from extractors.facts.document import DocView, Ref, SegView
from extractors.facts.numbers import MAGNITUDES, decimal_text, integer_text
from extractors.facts.subjects import Subjects, fact
from schema.records import AttributeFact

_LABELS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?i)active\s+param(?:eter)?s?|param(?:eter)?s?\s*\(active\)"), "parameters_active"),
    (
        re.compile(r"(?i)(?:total\s+)?param(?:eter)?s?(?:\s*\(total\)|\s+total)?|model\s+size|size"),
        "parameters_total",
    ),
    (
        re.compile(r"(?i)context(?:\s+(?:window|length|size))?(?:\s*\(tokens\))?|max(?:imum)?\s+input"),
        "context",
    ),
    (re.compile(r"(?i)input\s+(?:price|cost)|price\s*\(input\)"), "price_input_per_mtok"),
    (re.compile(r"(?i)output\s+(?:price|cost)|price\s*\(output\)"), "price_output_per_mtok"),
]
_ROW = re.compile(
    r"\s*(?P<label>[A-Za-z][A-Za-z ()]{2,40}?)\s*:?\s+(?P<cells>(?:\$?\d[\d,.]*\s?[KMBTkm]?\s*){2,})$"
)
_CELL = re.compile(r"\$?(?P<num>\d[\d,]*(?:\.\d+)?)\s?(?P<mag>[KMBTkm])?")
_SEPARATORS = re.compile(r"[\s|/,;·•]*")


def _value(attr: str, num: str, mag: str | None) -> str | None:
    value = float(num.replace(",", "")) * MAGNITUDES.get(mag or "", 1.0)
    if attr.startswith("param"):
        return (
            integer_text(value) if mag and mag.upper() in ("B", "T", "M") and 1e8 <= value <= 1e14 else None
        )
    if attr == "context":
        return integer_text(value) if 1000 <= value <= 1e8 else None
    return decimal_text(value) if not mag and value < 1000 else None


def _header(view: DocView, sv: SegView, subs: Subjects) -> list[Ref]:
    """The nearest line above (same paragraph) that holds nothing but model names."""
    text = view.text
    for i in range(sv.index - 1, max(-1, sv.index - 8), -1):
        prev = view.segs[i]
        if prev.seg.kind != "line" or prev.seg.para != sv.seg.para:
            return []
        refs = [r for r in subs.models(prev) if r.via not in ("pronoun", "implied")]
        if len(refs) < 2:
            continue
        pos, ok = prev.seg.start, True
        lead = re.match(r"\s*(?:models?|spec|specs|name)?\s*:?", text[pos : prev.seg.end], re.I)
        pos += lead.end() if lead else 0
        for r in refs:
            if not _SEPARATORS.fullmatch(text, pos, r.start):
                ok = False
                break
            pos = r.end
        if ok and _SEPARATORS.fullmatch(text, pos, prev.seg.end):
            return refs
    return []


def label_rows(view: DocView, sv: SegView, subs: Subjects) -> list[AttributeFact]:
    text = view.text
    m = _ROW.fullmatch(text, sv.seg.start, sv.seg.end)
    if m is None:
        return []
    label = m.group("label").strip()
    attr = next((a for rx, a in _LABELS if rx.fullmatch(label)), None)
    if attr is None:
        return []
    cells = list(_CELL.finditer(m.group("cells")))
    header = _header(view, sv, subs)
    if len(header) != len(cells):
        return []
    name = "context_window_tokens" if attr == "context" else attr
    out: list[AttributeFact] = []
    for ref, c in zip(header, cells, strict=True):
        value = _value(attr, c.group("num"), c.group("mag"))
        if value is not None:
            out.append(fact(view, sv, ref, name, value, 0.8, "flat_row"))
    return out
