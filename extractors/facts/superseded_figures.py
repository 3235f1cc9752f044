"""Figures of the model that came before. A page that tells what changed often sets the old number next to the
new one, and that old number is no figure of the model the sentence names:

- the number an upgrade arrow starts from ('Context: 48K → 640K' on a spec card reads 48K as the old size);
- a count joined to an earlier, unnamed model: 'up from the prior 48K window' (the count shortly after
  'prior' or 'previous'), 'the 16K-token window of the previous generation' (a count 'of' that model), 'tops
  the 22B dense predecessor' (a count 'predecessor' closes).

The drop is skipped, and the figure left to the usual rules, where it is still a figure of the model:
- a verb of keeping (or 'same') stands just before it ('retains the 200K context window of the previous
  model');
- the arrow's line names the fact's own subject ('Mirelle 2 window: 64K -> 512K': both are Mirelle 2's),
  unless that subject is only a spec label's words ('Context');
- the text also writes the figure plainly somewhere else ('..., and Quintal-3 keeps 96K.').
A named earlier model ('the prior Mirelle 1, a 9B model') has no match here: no count follows 'prior' before
its name, so its figure is read as that name's.
"""

from __future__ import annotations

import re

from extractors.facts.numbers import parse_quantity
from extractors.facts.patterns import kind_alternation, kind_words
from schema.records import AttributeFact

_WORDS = "superseded_words.jsonl"
_ATTRS = frozenset(("parameters_total", "parameters_active", "context_window_tokens"))
_EARLIER = kind_alternation(_WORDS, "earlier")
_PREDECESSOR = kind_alternation(_WORDS, "predecessor", longest_first=True)
_NOUN = kind_alternation(_WORDS, "earlier_noun")
_UNIT = kind_alternation(_WORDS, "figure_noun", longest_first=True)
_KEEP = kind_alternation(_WORDS, "keep_word", longest_first=True)
# the words of a spec label ('Context Length'): a subject made of them only names no model
_LABEL = frozenset(w.lower() for w in kind_words(_WORDS, "figure_noun", "label_word"))
_DET = r"(?:the|its|their|our|a)"
# a count as a spec or a sentence writes it ('48K', '2.5M', '22B', '16,384'); numbers.parse_quantity reads it
_FIG = r"\d+(?:[.,]\d+)*\s?(?:[KMBT]|bn|mn|thousand|million|billion|trillion)?"
_ARROW_SIGN = r"(?:→|->|⟶|⇒|=>)"
_ARROW = re.compile(r"(?P<old>" + _FIG + r")(?:\s*tokens?)?\s*" + _ARROW_SIGN + r"\s*\d")
# the count within a few lower-case or kind words after 'prior' / 'previous' (a capital may open a name)
_AFTER_EARLIER = re.compile(
    r"\b" + _DET + r"\s+" + _EARLIER + r"\s+(?:(?:[a-z][\w-]*|MoE)\s+){0,2}(?P<old>" + _FIG + r")"
)
# a count 'of' the earlier model
_OF_EARLIER = re.compile(
    rf"(?P<old>{_FIG})(?:[\s-]+{_UNIT}){{0,3}}\s+of\s+(?:the|its|their|our)\s+{_EARLIER}\s+{_NOUN}\b"
)
# a count 'predecessor' closes
_BEFORE_PREDECESSOR = re.compile(
    r"\b" + _DET + r"\s+(?P<old>" + _FIG + r")(?:[\s-]+(?:[a-z][\w-]*|MoE)){0,2}\s+" + _PREDECESSOR + r"\b"
)
_PHRASES = (_AFTER_EARLIER, _OF_EARLIER, _BEFORE_PREDECESSOR)
_GATE = re.compile(_ARROW_SIGN + r"|\b" + _EARLIER + r"\b|\b" + _PREDECESSOR + r"\b")
# a figure on its own; a full stop or comma after it ends it unless a digit follows ('96K.' but not '9.6')
_PLAIN = re.compile(r"(?<![\w.,])" + _FIG + r"(?![\w]|[.,]\d)")
# a verb of keeping up to three words before the count ('keeps the same 128K', 'retains the 200K')
_KEPT_BEFORE = re.compile(r"\b" + _KEEP + r"\b(?:\s+[\w-]+){0,3}\s*$")


def _value(fig: str) -> float:
    q = parse_quantity(fig)
    return q.value if q is not None and not q.percent else -1.0


def _names(line: str, subject: str) -> bool:
    if all(w in _LABEL for w in subject.lower().split()):
        return False
    return re.search(r"(?<![\w-])" + re.escape(subject) + r"(?![\w-])", line) is not None


def _old_figures(text: str, subject: str) -> list[float]:
    """The figures `text` gives the earlier model and not `subject` (see the module's note), less any it also
    writes on its own elsewhere (a flattened table row may hold '48K → 640K' in one cell and '48K' in the
    next)."""
    old: list[tuple[int, float]] = []
    for m in _ARROW.finditer(text):
        line = text[text.rfind("\n", 0, m.start()) + 1 : (text.find("\n", m.end()) + 1 or len(text) + 1) - 1]
        if not _names(line, subject):
            old.append((m.start("old"), _value(m.group("old"))))
    for rx in _PHRASES:
        old += [
            (m.start("old"), _value(m.group("old")))
            for m in rx.finditer(text)
            if not _KEPT_BEFORE.search(text, max(0, m.start() - 80), m.start())
        ]
    marked = {at for at, _ in old}
    plain = [_value(m.group()) for m in _PLAIN.finditer(text) if m.start() not in marked]
    return [v for _, v in old if v > 0 and not any(abs(p - v) <= 0.005 * v for p in plain)]


def superseded(facts: list[AttributeFact]) -> list[AttributeFact]:
    """The facts without those whose figure the sentence gives the earlier model (see the module's note)."""
    out = []
    for f in facts:
        if f.attribute in _ATTRS and _GATE.search(f.evidence.text):
            value = float(f.value)
            if any(abs(old - value) <= 0.005 * value for old in _old_figures(f.evidence.text, f.subject)):
                continue
        out.append(f)
    return out
