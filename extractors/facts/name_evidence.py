"""Evidence a name's position gives that it is a model, for names discovery scores below its threshold: a name
heading a table's row of figures is the row's subject, as a board or a results table writes each model it
measures.
"""

from __future__ import annotations

import re

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
