"""Comparative claims a pipe table states in a cell of its own: the winner cell of a two-model table ('Flash
(3.3x cheaper)', 'Sonnet wins by 27' under a header naming both models) and a row's comparison with the model
its column's header names ('27x more expensive' in the row of A, under 'Cost vs B'). Prose never reads these
rows (`claims` skips them); a benchmark cell's plain winner ('Flash (+8.3)') is a score, not read here."""

from __future__ import annotations

import re

from extractors.facts.document import DocView, Ref, SegView
from extractors.facts.subjects import Subjects
from schema.records import ClaimFact

_RELATION = {
    "cheaper": "cheaper_than",
    "less expensive": "cheaper_than",
    "more expensive": "more_expensive_than",
    "pricier": "more_expensive_than",
    "faster": "faster_than",
    "slower": "slower_than",
    "smaller": "smaller_than",
    "larger": "larger_than",
    "bigger": "larger_than",
}
_CMP = r"(?P<cmp>cheaper|less\s+expensive|more\s+expensive|pricier|faster|slower|smaller|larger|bigger)"
_MAG = r"~?(?P<mag>\d+(?:\.\d+)?)\s?[x×]\s+"
# "Flash (3.3x cheaper)": the winner, then its margin and dimension
_WINNER_MEASURED = re.compile(r"(?P<who>[^()]{1,40}?)\s*\(\s*" + _MAG + _CMP + r"\s*\)", re.I)
# "Sonnet wins by 27": the winner of the row's benchmark
_WINNER_BY = re.compile(r"(?P<who>[^()]{1,40}?)\s+wins\s+by\s+~?\d[\d.,]*(?:\s*[%\w]+)?", re.I)
# "27x more expensive": the row's model against the column's
_ROW_MEASURED = re.compile(_MAG + _CMP, re.I)
# "Cost vs B", "Price relative to B": a column that compares each row with B
_VS_HEADER = re.compile(r"\b(?:vs\.?|versus|compared\s+(?:to|with)|relative\s+to)\s+", re.I)


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a pipe row's cells (stripped), or none for a line that is not one."""
    line = text[start:end]
    if not line.startswith("|") or "\n" in line:
        return []
    out: list[tuple[int, int]] = []
    at = start + 1
    for part in line[1:].split("|"):
        lo = at + len(part) - len(part.lstrip())
        hi = at + len(part.rstrip())
        out.append((lo, max(lo, hi)))
        at += len(part) + 1
    if out and out[-1][0] == out[-1][1]:
        out.pop()
    return out


def _refs_in(refs: list[Ref], span: tuple[int, int]) -> list[Ref]:
    return [r for r in refs if span[0] <= r.start and r.end <= span[1] and r.canonical]


def _named(who: str, side: list[Ref]) -> Ref | None:
    """The header's model a winner cell names by a word of it ('Sonnet' for 'Claude Sonnet 4.6')."""
    words = _words(who)
    hits = [r for r in side if words and set(words) <= set(_words(r.canonical))]
    return hits[0] if len(hits) == 1 else None


def _words(name: str) -> list[str]:
    return re.findall(r"[a-z0-9]+(?:\.[0-9]+)*", name.lower())


def row_claims(view: DocView, subs: Subjects) -> list[ClaimFact]:
    text = view.text
    out: list[ClaimFact] = []
    header: list[tuple[int, int]] = []
    header_refs: list[Ref] = []
    prev: SegView | None = None
    for sv in view.segs:
        cells = _cells(text, sv.seg.start, sv.seg.end) if sv.seg.kind == "row" else []
        if not cells:
            header, prev = [], None
            continue
        if prev is None or prev.seg.para != sv.seg.para:
            header, header_refs, prev = cells, subs.models(sv), sv
            continue
        prev = sv
        if re.fullmatch(r"[\s|:-]*", text[sv.seg.start : sv.seg.end]):
            continue  # the separator under the header
        refs = subs.models(sv)
        side = list({r.canonical: r for r in header_refs}.values())
        for i, span in enumerate(cells[1:], start=1):
            cell = text[span[0] : span[1]]
            if (w := _WINNER_MEASURED.fullmatch(cell)) is not None or (
                w := _WINNER_BY.fullmatch(cell)
            ) is not None:
                if len(side) != 2:
                    continue
                named = _refs_in(refs, span)
                who = named[0] if len(named) == 1 else _named(w.group("who"), side)
                if who is None or who.canonical not in {r.canonical for r in side}:
                    continue
                other = next(r for r in side if r.canonical != who.canonical)
                relation = (
                    _RELATION[re.sub(r"\s+", " ", w.group("cmp").lower())]
                    if "cmp" in w.re.groupindex
                    else "outperforms"
                )
                mag = float(w.group("mag")) if "mag" in w.re.groupindex else None
                out.append(_claim(view, sv, who.canonical, relation, other.canonical, mag))
            elif (m := _ROW_MEASURED.fullmatch(cell)) is not None and i < len(header):
                head_cell = header[i]
                vs = _VS_HEADER.search(text, head_cell[0], head_cell[1])
                against = _refs_in(header_refs, (vs.end(), head_cell[1])) if vs else []
                own = _refs_in(refs, cells[0])
                if len(against) != 1 or len(own) != 1 or own[0].canonical == against[0].canonical:
                    continue
                relation = _RELATION[re.sub(r"\s+", " ", m.group("cmp").lower())]
                out.append(
                    _claim(view, sv, own[0].canonical, relation, against[0].canonical, float(m.group("mag")))
                )
    return out


def _claim(view: DocView, sv: SegView, subject: str, relation: str, obj: str, mag: float | None) -> ClaimFact:
    return ClaimFact(
        subject=subject,
        relation=relation,
        object=obj,
        evidence=view.evidence(sv.seg.start, sv.seg.end),
        confidence=0.7,
        magnitude=mag,
        unit="x" if mag is not None else None,
        method="claim",
        polarity="asserts",
    )
