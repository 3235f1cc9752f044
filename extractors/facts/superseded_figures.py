"""Figures of the model that came before: a page that says what changed writes the old figure beside the new
one, and the old one is no figure of the model the sentence is about.

- the left side of an upgrade arrow ('Context: 128K → 2M', '64K -> 256K'): the figure it grew from;
- a count the word 'previous' or 'prior' leads with no name between ('gains over the previous 40B dense
  model'), a count of an unnamed previous model ('the 8K window of our previous model'), a count the word
  'predecessor' ends ('beats its 40B dense predecessor').

Such a figure is nobody's: the old model is not named where it is written (a named one, 'the previous
Name 3, a 40B model', is read as that name's by the usual rules and left alone).
"""

from __future__ import annotations

import re

from schema.records import AttributeFact

_ATTRS = frozenset(("parameters_total", "parameters_active", "context_window_tokens"))
# a count as a spec or a sentence writes it ('128K', '1.5M', '32B', '8,192')
_FIG = r"\d+(?:[.,]\d+)*\s?(?:[KMBT]|thousand|million|billion|trillion)?"
_ARROW = re.compile(r"(?P<old>" + _FIG + r")(?:\s*tokens?)?\s*(?:→|->|⟶|⇒|=>)\s*\d")
# 'the previous 40B dense model', 'its prior 32B MoE architecture': the count right after the word, with
# at most a few lowercase or kind words between (a capitalised word may be a name: left alone)
_PREVIOUS_BEFORE = re.compile(
    r"\b(?:the|its|their|our|a)\s+(?:previous|prior)\s+(?:(?:[a-z][\w-]*|MoE)\s+){0,2}(?P<old>" + _FIG + r")"
)
# 'the 8K context window of our previous model'
_PREVIOUS_AFTER = re.compile(
    r"(?P<old>" + _FIG + r")(?:[\s-]+(?:tokens?|token|context|window|parameters?|params?)){0,3}\s+of\s+"
    r"(?:the|its|their|our)\s+(?:previous|prior)\s+(?:model|LLM|version|generation|release)\b"
)
# 'its 32B MoE predecessor'
_PREDECESSOR = re.compile(
    r"\b(?:the|its|their|our|a)\s+(?P<old>" + _FIG + r")(?:[\s-]+(?:[a-z][\w-]*|MoE)){0,2}\s+predecessors?\b"
)
_GATE = re.compile(r"→|->|⟶|⇒|=>|\bprevious\b|\bprior\b|\bpredecessors?\b")
_PLAIN = re.compile(r"(?<![\w.,])" + _FIG + r"(?![\w.,])")
_MAG = {"k": 1e3, "m": 1e6, "b": 1e9, "t": 1e12, "thousand": 1e3, "million": 1e6, "billion": 1e9}
_MAG["trillion"] = _MAG["t"]


def _value(fig: str) -> float:
    m = re.fullmatch(r"(\d+(?:[.,]\d+)*)\s?([A-Za-z]*)", fig.strip())
    if m is None:
        return -1.0
    num = m.group(1)
    # '8,192' groups thousands; '1,5' (a decimal comma) is too rare here to matter
    grouped = re.fullmatch(r"\d{1,3}(?:,\d{3})+", num)
    number = float(num.replace(",", "")) if grouped else float(num.replace(",", "."))
    return number * _MAG.get(m.group(2).lower(), 1.0) if m.group(2) else number


def _old_figures(text: str) -> list[float]:
    """The figures the text gives the earlier model, less any it also writes on its own elsewhere (a
    flattened table row may hold '128K → 1M' in one cell and a plain '128K' in the next)."""
    old: list[tuple[int, float]] = []
    for rx in (_ARROW, _PREVIOUS_BEFORE, _PREVIOUS_AFTER, _PREDECESSOR):
        old += [(m.start("old"), _value(m.group("old"))) for m in rx.finditer(text)]
    marked = {at for at, _ in old}
    plain = [_value(m.group()) for m in _PLAIN.finditer(text) if m.start() not in marked]
    return [v for _, v in old if v > 0 and not any(abs(p - v) <= 0.005 * v for p in plain)]


def superseded(facts: list[AttributeFact]) -> list[AttributeFact]:
    """The facts without those whose figure the sentence gives the earlier model (see the module's note)."""
    out = []
    for f in facts:
        if f.attribute in _ATTRS and _GATE.search(f.evidence.text):
            value = float(f.value)
            if any(abs(old - value) <= 0.005 * value for old in _old_figures(f.evidence.text)):
                continue
        out.append(f)
    return out
