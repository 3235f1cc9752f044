"""The signs a page writes an arrow with ('41.2% → 63.5%', 'Name 2 -> Name 3', 'B: 60 => 71'): one set
that every reader of a move, an ordered pair of models or a separating arrow uses, so no reader knows a sign
another one misses."""

from __future__ import annotations

import re

SIGNS = ("→", "->", "⟶", "➜", "⇒", "=>")
# the signs as one regular-expression group
ARROW = "(?:" + "|".join(re.escape(s) for s in SIGNS) + ")"
# an arrow with the blanks around it ('Name 2 → Name 3'; '41% -> 57%')
ARROW_GAP = re.compile(rf"\s*{ARROW}\s*")


def has_arrow(text: str) -> bool:
    """A cheap test before the patterns: most pages have no arrow at all."""
    return any(s in text for s in SIGNS)
