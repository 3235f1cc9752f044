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
# a pipe table's rule under its header ('|---|:--:|')
_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}[-:| \t]*")
# a header naming a column of makers or of benchmarks: its cells are no model, whatever comes after them
_OTHER_COLUMN = re.compile(
    r"[ \t*]*(?:labs?|makers?|organi[sz]ations?|orgs?|compan(?:y|ies)|providers?|developers?|vendors?|"
    r"creators?|benchmarks?|tasks?|datasets?|evals?|evaluations?|metrics?)[ \t*]*",
    re.I,
)


def row_head(text: str, start: int, end: int) -> bool:
    """A name in the first cell of a table's row (pipes, or commas of a CSV line) with two figure cells or
    more after it (one after a rank cell): the row's subject, as a board or a results table writes each
    model it measures."""
    line_start = text.rfind("\n", 0, start) + 1
    lead = _ROW_LEAD.fullmatch(text, line_start, start)
    if lead is None or not _CELL_END.match(text, end):
        return False
    if _under_other_column(text, line_start, start):
        return False
    line_end = text.find("\n", end)
    figures = len(_FIGURE_CELL.findall(text, end, line_end if line_end >= 0 else len(text)))
    return figures >= (1 if lead.group("rank") else 2)


def _under_other_column(text: str, line_start: int, start: int) -> bool:
    """The pipe table's header over the cell at `start` names makers or benchmarks ('| Maker |', '| Benchmark
    |'): a board that writes the lab before the model, or a results table whose columns are the models."""
    column = text.count("|", line_start, start)
    lines = text[max(0, line_start - 4000) : line_start].split("\n")[:-1]
    for i in range(len(lines) - 1, 0, -1):
        if "|" not in lines[i]:
            return False  # the table ended above without a rule: no header to read
        if _RULE.fullmatch(lines[i]):
            cells = lines[i - 1].split("|")
            return column < len(cells) and _OTHER_COLUMN.fullmatch(cells[column]) is not None
    return False
