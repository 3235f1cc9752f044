"""Whose context window a sentence or a line gives when it names no owner: the model its section is about.

A window stated where no model is named as its owner is the section's model's in three shapes pages write:
a sentence naming nobody ('The context window expanded to 2M tokens.'); a sentence that names only that
model, and only by a pronoun the reader could not place as the window's owner ('Backed by a 2M-token
window, this is a bet on long inputs: the model takes …'); and a stat-card line that is nothing but the
window ('1M token context' under a model's headline figures).
"""

from __future__ import annotations

import re

from extractors.facts.document import DocView, Ref, SegView
from extractors.facts.patterns import kind_alternation
from extractors.facts.subjects import Subjects


def _words(*kinds: str, longest_first: bool = False) -> str:
    """The words of `kinds` of window_words.jsonl as one alternation."""
    return kind_alternation("window_words.jsonl", *kinds, longest_first=longest_first)


# a sentence about a release still to come ('this is what the next version promises', 'it will get'):
# window_words.jsonl, kinds 'future' and 'successor', in lower case only (the month 'May' is none)
_LATER = re.compile(r"\b" + _words("future", "successor", longest_first=True) + r"\b")

# a line that is the count and its window words only: '1M token context', '256K context window'
# (window_words.jsonl, kinds 'line_magnitude', 'line_token', 'line_head' and 'line_tail', in any case)
_WINDOW_LINE = re.compile(
    r"[ \t*•-]*~?\d[\d,.]*[ \t]?"
    + _words("line_magnitude")
    + r"?[ \t-]*"
    + _words("line_token")
    + r"[ \t-]+"
    + _words("line_head")
    + r"(?:[ \t]+"
    + _words("line_tail")
    + r")?[ \t*]*",
    re.I,
)


def section_owner(view: DocView, sv: SegView, subs: Subjects, at: int) -> list[Ref]:
    """The section's model as the owner of a window at `at` whose own segment names no other owner."""
    owner = sv.focus
    if not owner:
        return []
    named = subs.models(sv)
    if sv.seg.kind == "sentence":
        if any(r.via != "pronoun" or r.canonical != owner for r in named):
            return []
        if named and _LATER.search(view.text, sv.seg.start, sv.seg.end):
            return []  # the pronoun stands for a release still to come, not the section's model
    elif not (
        sv.seg.kind == "line" and not named and _WINDOW_LINE.fullmatch(view.text, sv.seg.start, sv.seg.end)
    ):
        return []
    return [Ref("model", owner, at, at, at, None, 0.7, "implied")]
