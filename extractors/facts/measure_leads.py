"""A clause whose subject is a measure of the page's model, not a model: "Inference speed exceeds B by 18%",
"Math accuracy surpasses B", "Long-context recall is less reliable than B".

Launch pages and reviews are about one model and often leave it implied: the clause opens with what is
measured (a noun phrase ending in a measure noun: speed, accuracy, latency, price, …) and the model it
belongs to is the one the page or section is about. A capitalised first word of such a phrase ("Inference",
"Math", "Long-context") is not an unknown model's name. Whose measure it is is taken only where that is
plain: the list's label line, the one model the nearest heading names, else the page's focus; never the
model a sentence-level guess picks (often the one the sentence before compared it with), and none under a
heading naming several models.

The measure also says what the comparison is about when the head is a plain verb of lead: the speed or
throughput of the model exceeding B's is being faster than B, not being better than it.
"""

from __future__ import annotations

import re

from extractors.facts.document import DocView, SegView

# the noun phrase: up to two words before the measure noun, none of them a verb form or a function word
_MEASURE = re.compile(
    r"[^\w\n]*(?:(?:In|On|At|For|Across|With|Under)\s[^,;:.\n]{0,60},\s+)?(?:(?:[Ii]ts|[Tt]he|[Oo]verall)\s+)?"
    r"(?P<mods>(?:(?!(?:is|are|was|were|has|have|and|or|but|than|of|in|on|at)\b)[A-Za-z][\w-]*\s+){0,2}?)"
    r"(?P<noun>speed|throughput|latency|accuracy|quality|performance|prices?|pricing|costs?|usage|consumption|"
    r"efficiency|recall|retrieval|reasoning|scores?|results?|footprint|reliability)\b"
)
# between the measure and the head: only lowercase words ("… is usable but less reliable than B")
_GAP = re.compile(r"(?:\s+[a-z][\w-]*){0,4}\s*")
_SPEED = re.compile(r"speed|throughput", re.I)
# a head that states a lead or a lag, not its dimension
SPEED_OF = {"outperforms": "faster_than", "behind": "slower_than"}


def measure_lead(text: str, at: int, head_start: int) -> str | None:
    """The measure noun of a clause that opens at `at` with a measure noun phrase and reaches the head at
    `head_start` with at most a few lowercase words between ('Decoding speed is …'), else None."""
    m = _MEASURE.match(text, at, head_start)
    if m is None or _GAP.fullmatch(text, m.end(), head_start) is None:
        return None
    return m.group("noun").lower()


def measured_speed(text: str, at: int, head_start: int, relation: str) -> str | None:
    """'Inference speed exceeds B': the relation a verb of lead or lag states when its subject is a speed."""
    noun = measure_lead(text, at, head_start)
    if noun is None or not _SPEED.fullmatch(noun):
        return None
    return SPEED_OF.get(relation)


def measured_model(view: DocView, sv: SegView, label: str | None) -> str | None:
    """Whose measure it is: the list's label line, else the one model the nearest heading above names, else
    the page's one focus model; none when that heading names several (which one is meant is in doubt)."""
    if label:
        return label
    for i in range(sv.index - 1, -1, -1):
        seg = view.segs[i]
        if seg.seg.kind == "heading" and i > 0:
            named = {r.canonical for r in seg.refs if r.kind == "model" and r.via != "pronoun"} - {""}
            if len(named) == 1:
                return named.pop()
            if named:
                return None
            break
    return view.focus
