"""A clause whose subject is a measure of the page's model, not a model: "Inference speed exceeds B by 18%",
"Math accuracy surpasses B", "Long-context recall is less reliable than B".

Launch pages and reviews are about one model and often leave it implied: the clause opens with what is
measured (a noun phrase ending in a measure noun: speed, accuracy, latency, price, …) and the model it
belongs to is the one the page or section is about. A capitalised first word of such a phrase ("Inference",
"Math", "Long-context") is not an unknown model's name. Whose measure it is is taken only where that is
plain: the list's label line, the one model the nearest heading names, else the page's focus; never the
model a sentence-level guess picks (often the one the sentence before compared it with), and none under a
heading naming several models.

The measure also says what the comparison is about when the head is a plain verb of lead or lag
(measure_nouns.jsonl): a speed or throughput above B's is being faster than B, not better than it; a measure
where less is better (`lower_is_better`: cost, latency, memory, usage, …) above B's is never a lead: a cost
or price above B's is being dearer than B, a latency above it being slower, and a footprint, consumption or
usage above it states nothing we file.
"""

from __future__ import annotations

import re
from functools import cache

from extractors.facts.document import DocView, SegView
from extractors.facts.patterns import PATTERN_DIR, data_rows, word_alternation

# measure nouns (`id`), whether less of it is better, and what a verb of lead (`lead`) or lag (`lag`) with it
# as subject states instead of outperforms/behind
_NOUNS = data_rows(PATTERN_DIR / "measure_nouns.jsonl", ("id", "lower_is_better"))

# the noun phrase: up to two words before the measure noun, none of them a verb form or a function word
_MEASURE = re.compile(
    r"[^\w\n]*(?:(?:In|On|At|For|Across|With|Under)\s[^,;:.\n]{0,60},\s+)?(?:(?:[Ii]ts|[Tt]he|[Oo]verall)\s+)?"
    r"(?P<mods>(?:(?!(?:is|are|was|were|has|have|and|or|but|than|of|in|on|at)\b)[A-Za-z][\w-]*\s+){0,2}?)"
    r"(?P<noun>" + word_alternation((str(r["id"]) for r in _NOUNS), longest_first=True) + r")\b"
)
# between the measure and the head: only lowercase words ("… is usable but less reliable than B")
_GAP = re.compile(r"(?:\s+[a-z][\w-]*){0,4}\s*")
# a head that states a lead or a lag, not its dimension
_SIDE = {"outperforms": "lead", "behind": "lag"}


@cache
def _noun_row(noun: str) -> dict[str, object]:
    return next((r for r in _NOUNS if str(r["id"]).lower() == noun), {})


def lower_is_faster(noun: str) -> bool:
    """Whether less of the measure `noun` (lower case) is faster: a speed noun whose lead is being slower
    ('latency')."""
    row = _noun_row(noun)
    return bool(row.get("lower_is_better")) and row.get("lead") == "slower_than"


def measure_lead(text: str, at: int, head_start: int) -> str | None:
    """The measure noun of a clause that opens at `at` with a measure noun phrase and reaches the head at
    `head_start` with at most a few lowercase words between ('Decoding speed is …'), else None."""
    m = _MEASURE.match(text, at, head_start)
    if m is None or _GAP.fullmatch(text, m.end(), head_start) is None:
        return None
    return m.group("noun").lower()


def measured_relations(text: str, at: int, head_start: int, relation: str) -> list[str] | None:
    """'Inference speed exceeds B', 'Serving cost exceeds B': what a verb of lead or lag states when its
    subject is a measure that says it (faster_than, more_expensive_than, …); [] when less of the measure is
    better and no relation says it (a larger footprint is no lead); None when the verb stands as it is."""
    side = _SIDE.get(relation)
    noun = measure_lead(text, at, head_start) if side else None
    if noun is None or side is None:
        return None
    row = _noun_row(noun)
    if side in row:
        return [str(row[side])]
    return [] if row.get("lower_is_better") else None


def measured_model(view: DocView, sv: SegView, label: str | None) -> str | None:
    """Whose measure it is: the list's label line, else the one model the nearest heading above names, else
    the page's one focus model; none when that heading names several (which one is meant is in doubt)."""
    if label:
        return label
    for i in range(sv.index - 1, -1, -1):
        seg = view.segs[i]
        if seg.seg.kind == "heading":
            named = {r.canonical for r in seg.refs if r.kind == "model" and r.via != "pronoun"} - {""}
            if len(named) == 1:
                return named.pop()
            if named:
                return None
            break
    return view.focus
