"""Figures moved by an arrow on lines that name no model ('Reasoning: 41.2% → 63.5%'): the list sets the
newer model against the older one its lead names, as a pair written with an arrow ('Vesk 3 → Vesk 4',
'the Vesk 3 → Vesk 4 jump') or as the claim of the line before it ('Vesk 4 shows a clear gain over Vesk 3').
The later figure is the newer model's: higher is ahead, lower behind (`claims`)."""

from __future__ import annotations

import itertools
import re

from extractors.facts.arrows import ARROW_GAP, has_arrow
from extractors.facts.claim_sides import is_named, name_end, side
from extractors.facts.discovery import plausible_name
from extractors.facts.document import DocView, Ref, SegView
from extractors.facts.numbers import year_like
from extractors.facts.subjects import Subjects
from schema.records import ClaimFact

_ARROW = ARROW_GAP.pattern
_N = r"\d+(?:[.,]\d+)?"
_UNIT = r"\s?(?:%|percent|points?|pts|pp|Elo)?"
# "41.2% → 63.5%", "(12 → 19)": the old figure (its unit, if any), the arrow, the new one (not a range of
# years or counts glued to a word: '2020 → 2026' is no score, see year_like)
_MOVE = re.compile(
    rf"(?<![\w.,])(?P<a>{_N})(?P<ua>{_UNIT}){_ARROW}(?P<b>{_N})(?P<ub>{_UNIT})(?![\w.]\d|\d)", re.I
)
# a measure that is no score, or of which less is better: its rise is no lead, its fall no step behind
_NOT_A_SCORE = re.compile(
    r"\b(?:errors?|hallucinat\w*|latency|costs?|pric\w*|seconds|time|tokens|WER|CER|loss|perplexity|"
    r"refus\w*|memory|size|context|windows?|param\w*|speed|throughput)\b|[$€£]",
    re.I,
)
_LOOK_BACK = 12  # segments: the lead stands above the list, headings and sibling lines between


def _pair(text: str, models: list[Ref]) -> tuple[Ref, Ref] | None:
    """'A → B' in a line: the older model, the arrow, the newer one."""
    named = [r for r in models if is_named(r)]
    for old, new in itertools.pairwise(named):
        if old.canonical != new.canonical and ARROW_GAP.fullmatch(text, name_end(text, old), new.start):
            return new, old
    return None


def _moves(text: str, sv: SegView) -> list[re.Match[str]]:
    return [
        m
        for m in _MOVE.finditer(text, sv.seg.start, sv.seg.end)
        if not (year_like(m.group("a")) and year_like(m.group("b")))
    ]


def arrow_claims(view: DocView, subs: Subjects, written: dict[int, list[ClaimFact]]) -> list[ClaimFact]:
    """The claims of the arrow lines after a lead that names the pair (`written`: the claims each segment
    stated, by segment index)."""
    text = view.text
    if not has_arrow(text):
        return []
    out: list[ClaimFact] = []
    for i, sv in enumerate(view.segs):
        moves = _moves(text, sv)
        if not moves or any(is_named(r) for r in subs.models(sv)):
            continue
        lead = _lead(view, subs, written, i)
        if lead is None:
            continue
        new, old = lead
        for m in moves:
            a, b = (float(m.group(k).replace(",", ".")) for k in ("a", "b"))
            if a == b or _NOT_A_SCORE.search(text, sv.seg.start, m.start()):
                continue
            benches = [x for x in sv.benchmarks() if x.start < m.start()]
            if not benches and not (m.group("ua") + m.group("ub")).strip():
                continue  # bare figures of no benchmark: a count ('Rate limit: 50 → 200'), no score
            out.append(
                ClaimFact(
                    subject=new,
                    relation="outperforms" if b > a else "behind",
                    object=old,
                    evidence=view.evidence(sv.seg.start, sv.seg.end),
                    confidence=0.6,
                    benchmark=benches[-1].canonical if benches else None,
                    method="claim",
                    polarity="asserts",
                )
            )
    return out


_SIZE = re.compile(r"\s(\d+(?:\.\d+)?[BM])\b")


def _members(focus: str | None, new: str, old: str) -> tuple[str, str]:
    """'Vesk 3 → Vesk 4' on the page of 'Vesk 4 12B': the page's member and the older generation's member
    of its size ('Vesk 3 12B')."""
    size = _SIZE.search(focus[len(new) :]) if focus and focus.lower().startswith(new.lower() + " ") else None
    return (focus, f"{old} {size.group(1)}") if focus and size else (new, old)


def _lead(
    view: DocView, subs: Subjects, written: dict[int, list[ClaimFact]], i: int
) -> tuple[str, str] | None:
    """The newer and the older model of the nearest line above that names models: a pair written with an
    arrow, or the one pair its claims set ahead; nothing when it names models otherwise."""
    text = view.text
    for j in range(i - 1, max(-1, i - 1 - _LOOK_BACK), -1):
        sv = view.segs[j]
        models = subs.models(sv)
        if not any(is_named(r) for r in models):
            continue
        pair = _pair(text, models)
        if pair is not None:
            new, old = (side(text, r) for r in pair)
            ok = new and old and plausible_name(new) and plausible_name(old)
            return _members(view.focus, new, old) if ok else None
        ahead = {(c.subject, c.object or "") for c in written.get(j, []) if c.relation == "outperforms"}
        return (
            next(iter(ahead))
            if len(ahead) == 1 and "" not in dict(ahead).values() and not _moves(text, sv)
            else None
        )
    return None
