"""A run of model names written one after another with nothing between them but spaces, split without
knowing the names: a flattened table header ('Tarn-5 Tarn-4.7 Orbis V3.2 Kelp K2.5 Vale Prime 4.5 Nox 3 Pro')
becomes one cell per name.

A name here is a few words ending in a version (a token with a digit), then what may follow a version in a
name: a tier ('Pro', 'Flash', 'Thinking'), a size ('31B', 'A4B') or a setting in parentheses ('(xhigh)').
The split is taken only when it gives exactly the number of values the table's rows hold, so a line that
is not such a header (prose, a title with a version in it) is never read as one.
"""

from __future__ import annotations

import re

from extractors.facts.entities import TIERS

# what may stand after a name's version and still belong to it
AFTER_VERSION = re.compile(
    rf"(?:{TIERS}|Thinking|Instruct|Preview|Reasoning|Base|Experimental|High|Low|xhigh|IT|PT)"
    r"|\d+(?:\.\d+)?[BbMm]|A\d+(?:\.\d+)?B|\(.*\)|\(.*|.*\)"
)
_VERSIONED = re.compile(r"\d")
_WORDISH = re.compile(r"[A-Za-z][\w.+/-]*|\d[\w.+-]*")
MAX_WORDS = 5


def split_names(line: str, k: int) -> list[str] | None:
    """`line` cut into exactly `k` names, each ending in its version (and what may follow one); None when
    the line does not cut that way."""
    tokens = line.split()
    names: list[list[str]] = []
    cur: list[str] = []
    closable = False
    for tok in tokens:
        if closable and not AFTER_VERSION.fullmatch(tok):
            names.append(cur)
            cur, closable = [], False
        if not cur and not tok[0].isalpha():
            return None  # a name starts with a letter ('4.5' alone is no name)
        if not (_WORDISH.fullmatch(tok) or tok.startswith("(") or tok.endswith(")")):
            return None
        cur.append(tok)
        closable = closable or bool(_VERSIONED.search(tok))
    if cur:
        if not closable:
            return None
        names.append(cur)
    if len(names) != k or any(len(n) > MAX_WORDS for n in names):
        return None
    return [" ".join(n) for n in names]
