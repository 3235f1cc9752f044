"""Evidence a name's own structure and position give that it is a model, for names discovery scores below its
threshold.

- A word (or words) and a parameter count ('Corvid 12B', 'Lumen Vox 3.5B'): the count of a network's weights
  is what only a model has. Not where the head word is one the page also writes in lower case ('Effective
  2B', 'Base 128B': prose or a table's label before a size), nor a label glued to a name the page names on
  its own ('LicenseCorvid 12B' beside 'Corvid 12B'); a version before the size ('Corvid 2 12B') is a
  family's member, which the family's own evidence reads.
- A name heading a table's row of figures: the row's subject, as a board or a results table writes each
  model it measures.
"""

from __future__ import annotations

import re
from collections.abc import Collection

_SIZED = re.compile(
    r"(?P<head>[A-Z][A-Za-z]*[a-z][A-Za-z]*|[A-Z]{2,})(?:[ -][A-Za-z][A-Za-z.]*)*"
    r" (?P<size>\d{1,4}(?:\.\d{1,2})?B)"
)
_INNER_CAP = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")


# a capitalised word right before an acronym: the name may be the tail of a longer one ('Corvid TDX 2B')
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w]*[ \t]$")
# the kind of model, not a name ('the LLM Corvid 12B')
_GENERIC_HEAD = re.compile(r"M?LLMs?|VLMs?|SLMs?|AI|APIs?")
# a count of tokens, not of weights ('Nears 100B Tokens')
_TOKENS_AFTER = re.compile(r"[ \t]+(?i:tokens?|words?|rows?|images?|dollars?)\b")


def sized_name(name: str, text: str, names: Collection[str], start: int, end: int) -> bool:
    """'Corvid 12B': a capitalised word and a parameter count, the word not one the page writes in lower
    case nor the kind of model ('LLM'), not a label glued to another of the page's names, not an acronym's
    tail of a longer name, not a count of tokens."""
    m = _SIZED.fullmatch(name)
    if (
        m is None
        or _GENERIC_HEAD.fullmatch(m.group("head"))
        or (m.group("head").isupper() and _CAPITAL_BEFORE.search(text, max(0, start - 30), start))
        or _TOKENS_AFTER.match(text, end)
    ):
        return False
    head = m.group("head")
    if re.search(rf"(?<![\w-]){re.escape(head.lower())}(?![\w-])", text):
        return False
    # 'LicenseCorvid 12B' where the page also names 'Corvid 12B': a row label glued on
    return not any(name[cut.start() :] in names for cut in _INNER_CAP.finditer(head))


# the cells before a row's first name: blanks, empty cells, a rank ('| 16 | Name |', '3. | Name |')
_ROW_LEAD = re.compile(r"[ \t|]*(?P<rank>#?\d{1,3}[.)]?[ \t]*\|[ \t|]*)?")
# a figure cell after it: '| 35.2% |', ',49,', '| ~1,295 |'
_FIGURE_CELL = re.compile(r"[|,][ \t]*[~≈]?[-+]?\d+(?:,\d{3})*(?:\.\d+)?[ \t]*%?[ \t]*(?=[|,]|$)", re.M)
_CELL_END = re.compile(r"[ \t]*(?:\([^)\n]{0,30}\)[ \t]*)?[|,]")


def row_head(text: str, start: int, end: int) -> bool:
    """A name in the first cell of a table's row (pipes, or commas of a CSV line) with two figure cells or
    more after it (one after a rank cell): the row's subject, as a board or a results table writes each
    model it measures."""
    line_start = text.rfind("\n", 0, start) + 1
    lead = _ROW_LEAD.fullmatch(text, line_start, start)
    if lead is None or not _CELL_END.match(text, end):
        return False
    line_end = text.find("\n", end)
    figures = len(_FIGURE_CELL.findall(text, end, line_end if line_end >= 0 else len(text)))
    return figures >= (1 if lead.group("rank") else 2)
