"""Whether a text can write a name at all, asked before a pattern is compiled from the name.

Several readers find a name in a sentence with a pattern made from the name ('Name 3' written 'name-3',
'Name3' or 'NAME 3': its parts with spaces, hyphens or nothing between, case-insensitive). On a page read once
every such name is new, so each costs a compile (~50-100 us) although most sentences do not hold the name.
`may_write` answers the cheap necessary condition first: with the separators taken out of both and the case
folded, the name's letters must stand in the text in one run. It is asked only where both are ASCII (there a
case-insensitive `re` match is exactly ASCII lower-casing); elsewhere it answers True and the pattern decides.
"""

from __future__ import annotations

import re

# every character any of the callers' patterns allows between a name's parts (spaces, '_', hyphen, dashes)
_SEPARATORS = re.compile(r"[\s_\-\u2010-\u2015]+")


def may_write(text: str, name: str) -> bool:
    """False only when no pattern that writes `name`'s parts in order, case-insensitively, with only
    separators (`_SEPARATORS`) between them, can match in `text`."""
    if not (text.isascii() and name.isascii()):
        return True
    return _SEPARATORS.sub("", name).lower() in _SEPARATORS.sub("", text).lower()
