"""An agent board's entry column (used by tables._read_grid): '| Rank | Agent / Harness | Pass rate |' over
'| 1 | Shellrun - Vexil 5 (max) | 61% |'. Each entry is a harness running a model, written 'harness - model';
the score is the model's (the harness is how it ran). Boards that print the model again in small type under
the entry lose the line break in text extraction: 'Shellrun - Vexil 5 (max)Vexil 5 (max)' repeats the model
glued to its end, and the repeat is dropped.

What decides is the layout: a column whose head names agents ('Agent', 'Agent / Framework', 'Harness',
'Scaffold') and no column headed as models, and at least half of whose cells, two or more, split at a spaced
dash into a harness and a model-shaped part (a name we know, or words with a version or size figure in them).
Then that column becomes the table's model column, each cell its model part; a cell that does not split
stays as it is (a model run bare). Not touched: a column of agents with no model in them ('Shellrun',
'Pilot Pro'), a table that already has a model column (its agents are a column of settings).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from extractors.facts.grids import Grid

_AGENT_HEAD = re.compile(
    r"(?i)(?:agents?|harness(?:es)?|scaffold(?:s|ing)?|framework)(?:\s*[/+&]\s*(?:agents?|harness|scaffold|framework|tool))?"
)
# 'harness - model': a spaced dash (or en dash) between two parts
_SPLIT = re.compile(r"\s+[-–—]\s+")
_FIGURED = re.compile(r"\d")
_NAMED = re.compile(r"[A-Z][A-Za-z]")


def _without_glued_repeat(part: str) -> str:
    """`part` without the copy of its own opening glued to its end ('Vexil 5 (max)Vexil 5 (max)')."""
    for n in range(len(part) // 2, 2, -1):
        tail = part[-n:]
        if part.startswith(tail) and not part[-n - 1].isspace():
            return part[:-n].strip()
    return part


def _model_part(cell: str, is_model: Callable[[str], bool]) -> str | None:
    """The model a 'harness - model' cell names, or None when it is no such cell."""
    parts = _SPLIT.split(cell.strip(), maxsplit=1)
    if len(parts) != 2 or not parts[0] or not parts[1]:
        return None
    model = _without_glued_repeat(parts[1])
    bare = re.sub(r"\([^()]*\)", "", model).strip()
    # a name's shape: a capitalised word, then a figure ('Vexil 5'), not a tag ('v2', '32K', '2025-11')
    return model if is_model(model) or (_NAMED.match(bare) and _FIGURED.search(bare)) else None


def agent_column(grid: Grid, is_model_head: Callable[[str], bool], is_model: Callable[[str], bool]) -> Grid:
    """The grid with its agent column read as the models the agents run (see the module's doc)."""
    header = grid.header
    if any(is_model_head(h.strip()) for h in header):
        return grid
    col = next((i for i, h in enumerate(header) if _AGENT_HEAD.fullmatch(h.strip())), -1)
    if col < 0:
        return grid
    cells = [r[col] if col < len(r) else "" for r in grid.rows]
    models = [_model_part(c, is_model) for c in cells]
    if sum(1 for m in models if m) < max(2, (len(cells) + 1) // 2):
        return grid
    rows = tuple(
        (*r[:col], m or r[col], *r[col + 1 :]) if col < len(r) else r
        for r, m in zip(grid.rows, models, strict=True)
    )
    return replace(grid, header=(*header[:col], "Model", *header[col + 1 :]), rows=rows)
