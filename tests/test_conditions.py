"""The settings reader's cheap cue test (conditions._CUES) must never hide a setting a rule would read."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.facts import conditions

PIECES = [
    "no tools", "without them", "w/o tools", "with Python tools", "with web search", "a code interpreter",
    "tools enabled", "5-shot", "zero-shot", "pass@1", "cons@64", "v2", "version 3.1", "xhigh",
    "x-high effort",
    "at high effort", "on the max setting", "Thinking mode", "non-reasoning", "with Deep Think",
    "mit extended thinking", "at medium", "SWE-7 harness", "the Orbit scaffold", "Acme's own agent harness",
    "its own harness", "in the retail domain", "telecom tasks", "通信类", "零售類", "航空类", "agent swarm",
    "experimental chat version", "GPQA", "scored", "71.2%", " ", ", ", "(", ")", "At", "HIGH", "Tools",
]  # fmt: skip


def rule_by_rule(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for slot, rx, tpl in conditions._RULES:
        if slot not in out and (m := rx.search(text)):
            out[slot] = conditions._fill(tpl, m)
    return out


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=8))
def test_cue_gate_hides_no_setting(parts: list[str]) -> None:
    text = " ".join(parts)
    assert conditions.conditions_in(text) == rule_by_rule(text)
