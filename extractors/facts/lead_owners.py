"""A capitalised word opening a subject-less comparison that is no unknown model of its own.

A clause whose subject is not written borrows the page's model, unless a capitalised word we do not know
stands first: that word may be a model never seen before, and the clause is then left alone. Two shapes
every kind of page writes put a known thing there instead:

- a spec sheet's benchmark with its score ('Bench-X 71.2 beats Orca 2 (68.0)', 'Bench-X at 71% is within a
  point of Orca 2'): the score is the page's model's, measured on that benchmark, when nothing else owns it:
  no name or 'for <someone>' between the score and the verb ('Bench-X 71.2 (Orca 3) beats …', 'Bench-X 90
  for human raters beats …'), and no 'for <Someone>' later in the sentence ('… beats Orca 2 for Orca 3');
- the maker of the page's model reporting on it ('Lab says … a 20% gain over Orca 2'): the lab speaks, its
  model is what the clause compares.

Reporting verbs are data: patterns/release_words.jsonl kind 'maker_report', beside the maker's release verbs
('maker_verb').
"""

from __future__ import annotations

import re
from functools import cache

from extractors.facts.comparison_words import HEAD
from extractors.facts.document import DocView, SegView
from extractors.facts.entities import lab_of
from extractors.facts.patterns import kind_alternation

# the benchmark's own score, then the verb: 'Bench 71.2 beats', 'Bench: 71% is', 'Bench at 71 points ties'
_UNOWNED_SCORE = re.compile(
    r"[:\s]*(?:at\s+|of\s+)?[~≈]?\d[\d.,]*\s*(?:%|points?|pts)?\s+(?!(?:for|by|from|of|among|with)\b)[a-z]"
)
# a figure given 'for' someone named after it, in the same sentence: '… beats Orca 2 (68.0) for Orca 3'
_FOR_SOMEONE = re.compile(r"\bfor\s+(?:the\s+)?[A-Z]")


@cache
def _report() -> re.Pattern[str]:
    return re.compile(r"\s+" + kind_alternation("release_words.jsonl", "maker_report") + r"\b")


def known_lead(view: DocView, sv: SegView, lead: re.Match[str], name: str) -> bool:
    """True when the lead word `lead` (group 1) is a benchmark named there, or the maker of `name` followed
    by a reporting verb, and the text just before speaks of `name` (no other model named last): not an
    unknown model, so the page's model `name` stays the clause's subject."""
    text = view.text
    at, end = lead.start(1), lead.end(1)
    if _other_named_last(view, sv, name):
        return False  # "Meanwhile B shipped … . Bench 71.2 beats X": the paragraph before is about B
    bench = next((r for r in sv.refs if r.kind == "benchmark" and r.start == at), None)
    if bench is not None:
        return _UNOWNED_SCORE.match(text, bench.end) is not None and not _FOR_SOMEONE.search(
            text, bench.end, sv.seg.end
        )
    maker = lab_of(name)
    return bool(maker) and text[at:end] == maker and _report().match(text, end) is not None


def _other_named_last(view: DocView, sv: SegView, name: str) -> bool:
    """The model named last in the three segments before `sv` is another than `name`. A model named after
    its segment's comparison word does not count: 'Bench 59 beats A and B' is still about `name`."""
    for prev in reversed(view.segs[max(0, sv.index - 3) : sv.index]):
        named = [
            r.canonical
            for r in prev.refs
            if r.kind == "model"
            and r.via not in ("implied", "pronoun")
            and not HEAD.search(view.text, prev.seg.start, r.start)
        ]
        if named:
            return named[-1] != name
    return False
