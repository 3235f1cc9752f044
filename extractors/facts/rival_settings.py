"""A test setting shared by the rivals a sentence lists after a figure.

'A scored 61.0% with tools, ahead of B (57.2%) and C (54.8%)': the tools setting is stated once, in the lead
clause, and holds for every figure of the comparison. The second rival's own window ('%) and C (') states
nothing, so it would read as a figure with no setting, and a page giving C's figure under that setting would
look like a disagreement. `inherited_setup` hands the previous figure's setup on to the next one when only a
list joint and the next rival's name stand between them.

Only the settings of the test are shared (tools, shots, metric, version, subset, harness); an effort or a mode
('A (61.0% with Deep Think) and B (57.2%)') belongs to the model it is written with, and is not handed on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from extractors.facts.conditions import conditions_in
from extractors.facts.document import Ref

# the slots one run of a test shares between the models it compares
SHARED_SLOTS = ("tools", "shots", "metric", "version", "subset", "harness")

# the previous figure's close and a list joint: '%) and ', ' %), ', '), and ', ' & '
_JOINT = re.compile(
    r"\s*(?:%|percent|points?)?\s*[)）]?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*&\s*)(?:the\s+)?"
)
# the previous rival's own aside closing its bracket, then a list joint: ', 0-shot) and ', ', no tools), '
_ASIDE_JOINT = re.compile(
    r"\s*(?:%|percent|points?)?\s*,(?P<aside>[^()\n,;]{1,40})[)）]\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*&\s*)"
    r"(?:the\s+)?"
)
# between the rival's name and its figure: an opening bracket, or a short verb or preposition
_LEAD_IN = re.compile(r"\s*(?:[(（]|:|\bat\b|\bwith\b|\bscor(?:ed|es|ing)\b|\bgot\b|\breach(?:ed|es)\b)?\s*")


def inherited_setup(
    text: str, prev_end: int, start: int, refs: Iterable[Ref], prev_window: dict[str, str] | None
) -> dict[str, str]:
    """The previous figure's shared settings when the gap to this figure is a list joint and one model's
    name ('%) and C (', ', C at '); {} otherwise."""
    if not prev_window or not any(slot in prev_window for slot in SHARED_SLOTS):
        return {}
    names = [r for r in refs if r.kind == "model" and prev_end <= r.start and r.reach <= start]
    if len(names) != 1:
        return {}
    name = names[0]
    if not _LEAD_IN.fullmatch(text, name.reach, start):
        return {}
    if not _JOINT.fullmatch(text, prev_end, name.start) and not _ASIDE_JOINT.fullmatch(
        text, prev_end, name.start
    ):
        return {}
    return {slot: v for slot, v in prev_window.items() if slot in SHARED_SLOTS}


def aside_slots(text: str, prev_end: int, start: int) -> set[str]:
    """The kinds of setting the previous rival's own aside states ('(57.2, 0-shot) and C (': 'shots'), which
    the next figure's window reads before it but which are not that figure's."""
    cut = text.rfind("(", prev_end, start)
    m = _ASIDE_JOINT.match(text, prev_end)
    if m is None or m.end() > start or (cut != -1 and cut < m.end("aside")):
        return set()
    return set(conditions_in(m.group("aside")))


def rival_setup(
    inherited: dict[str, str], own: dict[str, str], foreign: set[str], kept: set[str]
) -> tuple[dict[str, str], dict[str, str]]:
    """A rival's settings and the ones it hands on. Its own phrase wins for itself ('ahead of B (57%, 0-shot)'
    after a 5-shot lead: B's figure is 0-shot), but what its own aside states (`kept`) is not handed to the
    next rival of the list, and what the previous rival's aside states (`foreign`, read before this figure) is
    not this one's ('and C (55%)': C is not B's 0-shot)."""
    own = {slot: v for slot, v in own.items() if slot not in foreign}
    passed = {slot: v for slot, v in own.items() if slot not in kept}
    return {**inherited, **own}, {**passed, **inherited}


def own_over_lead(lead_parts: dict[str, str], own: dict[str, str]) -> dict[str, str]:
    """The settings written after the lead clause's benchmark name, less the kinds a later rival's own phrase
    states ('on QuillSet with tools, ahead of B at 40% without tools': B is without tools only)."""
    return {slot: v for slot, v in lead_parts.items() if slot not in own}
