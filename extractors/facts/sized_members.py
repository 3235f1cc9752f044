"""Sized members: the member of a family a fact names by its size. A parameter count given to a family is
the member of that size the patterns or the article name ('Name 3.1 405B'); a count or rank in a sentence
that names the member by its size alone ('the 31B dense model ranks #3') is that member's ('Family 31B').
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from extractors.facts import entities as ent
from extractors.facts.document import DocView
from extractors.facts.parameters import HAS_SIZE
from schema.records import AttributeFact


def said_elsewhere(text: str, name: str, lines: Sequence[str]) -> bool:
    """Whether `text` writes `name` (spaces, hyphens or nothing between its parts) outside the `lines`."""
    parts = r"[\s_-]*".join(re.escape(w) for w in re.findall(r"[^\W_]+|[^\w\s-]", name))
    said = re.compile(rf"(?<![\w.]){parts}(?![\w.])", re.I)
    return len(said.findall(text)) > sum(len(said.findall(line)) for line in lines)


def sized_members(
    facts: list[AttributeFact], doc_models: set[str] | None = None, text: str = ""
) -> list[AttributeFact]:
    """'Name 3.1, which has 405 billion parameters': when the patterns, or the article itself, name the
    family's member of that size ('Name 3.1 405B', 'Name-3.1-405B'), the count is that member's. A table
    flattened to single spaces writes a row's name and its size cell side by side ('Name-2 7B 66.7'): that
    line names no member, a mention elsewhere must."""
    parts = dict(ent.knowledge().model_parts)
    for m in doc_models or ():
        parts.setdefault(ent.name_parts(m), m)
    out = []
    for f in facts:
        if f.attribute == "parameters_total" and not HAS_SIZE.search(f.subject):
            size = float(f.value) / 1e9
            member = parts.get(ent.name_parts(f"{f.subject} {size:g}B")) if size >= 1 else None
            if member is not None and (
                f.method != "flat_table" or said_elsewhere(text, member, [f.evidence.text])
            ):
                f = replace(f, subject=member)
        out.append(f)
    return out


# a family's member named by its size alone: 'the 31B dense model', 'a 26B mixture-of-experts', 'the 26B A4B'
_SIZE_NAME = re.compile(
    r"(?:\b(?:the|a|an)\s+(?:effective\s+)?|^[ \t]*(?:[-*•][ \t]+)?)"
    r"(?P<size>\d+(?:\.\d+)?B(?:\s+A\d+(?:\.\d+)?B)?)(?![\w-])(?!\s+(?:param|tokens?|total|active))",
    re.M,
)


# 'comparable to a 4B model', 'larger than a 70B': a size the member is measured against
_YARDSTICK = re.compile(r"\b(?:to|than|like|vs\.?|versus|from|of|over)\s+$", re.I)


def _exact_count(text: str, start: int, end: int, val: str) -> re.Match[str] | None:
    """'1B (1.23B parameters)': a nominal size before the exact count `val` in parentheses (the pattern is
    compiled from the count, so only where the stretch holds a parenthesis at all)."""
    if text.find("(", start, end) < 0:
        return None
    exact = re.compile(rf"(?<![\w.])(\d+(?:\.\d+)?B)\s*\(\s*~?{re.escape(val[:-1])}\s?B\b")
    return exact.search(text, start, end)


def _rank_at(text: str, value: str, start: int) -> int:
    m = re.compile(rf"(?:#|No\.\s?)?\b{value}(?:st|nd|rd|th)?\b").search(text, start)
    return m.start() if m else -1


def size_named_members(view: DocView, facts: list[AttributeFact]) -> list[AttributeFact]:
    """'Gemma 4 … the 31B dense model ranks #3 … and the 26B sits at #6': a rank (or count) given to a family
    whose sentence names the member by its size alone is that member's ('Family 31B'). A count needs the
    sentence to name two sizes or more (the family's lineup), a rank the size phrase nearest before it; a
    list item may name its member at its start ('- 31B Dense — … ranked #3')."""
    text = view.text
    out = []
    for f in facts:
        ev = f.evidence
        if (
            f.attribute not in ("leaderboard_rank", "parameters_total")
            or ev.start < 0
            or HAS_SIZE.search(f.subject)
            or f.subject not in view.doc_models
        ):
            out.append(f)
            continue
        found = [
            m
            for m in _SIZE_NAME.finditer(text, ev.start, ev.end)
            if not _YARDSTICK.search(text, max(0, m.start() - 20), m.start())
        ]
        size = None
        if f.attribute == "parameters_total":
            sizes = {m.group("size").split()[0] for m in found}
            val = f"{float(f.value) / 1e9:g}B"
            if len(sizes) >= 2 and val in sizes:
                size = val
            elif (nominal := _exact_count(text, ev.start, ev.end, val)) and nominal.group(1) != val:
                size = nominal.group(1)  # '1B (1.23B parameters) and 3B (3.21B parameters)': the exact count
        else:
            at = _rank_at(text, f.value, ev.start)
            before = [m for m in found if m.end() <= at < ev.end]
            if before:
                size = before[-1].group("size")
            elif at >= 0:
                line_start = text.rfind("\n", 0, ev.start) + 1
                lead = _SIZE_NAME.match(text, line_start, ev.start)
                if lead is not None and re.match(r"[ \t]*[-*•]", text[line_start : ev.start]):
                    size = lead.group("size")
        out.append(replace(f, subject=f"{f.subject} {size}") if size else f)
    return out
