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

from extractors.facts.document import Ref

# the slots one run of a test shares between the models it compares
SHARED_SLOTS = ("tools", "shots", "metric", "version", "subset", "harness")

# the previous figure's close and a list joint: '%) and ', ' %), ', '), and ', ' & '
_JOINT = re.compile(
    r"\s*(?:%|percent|points?)?\s*[)）]?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*&\s*)(?:the\s+)?"
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
    if not _JOINT.fullmatch(text, prev_end, name.start) or not _LEAD_IN.fullmatch(text, name.reach, start):
        return {}
    return {slot: v for slot, v in prev_window.items() if slot in SHARED_SLOTS}
