"""An agent board's entry column (used by tables._read_grid): '| Rank | Agent / Harness | Pass rate |' over
'| 1 | Shellrun - Vexil 5 (max) | 61% |'. Each entry is a harness running a model, written 'harness - model';
the score is the model's (the harness is how it ran). Boards that print the model again in small type under
the entry lose the line break in text extraction: 'Shellrun - Vexil 5 (max)Vexil 5 (max)' repeats the model
glued to its end, and the repeat is dropped.

What decides is the layout: a column whose head names agents ('Agent', 'Agent / Framework', 'Harness',
'Scaffold') and no column headed as models, and at least half of whose cells, two or more, split at a spaced
dash into a harness and a model-shaped part: a name we know, or a capitalised word then a version that opens
on a digit ('Vexil 5', 'Quarn-3.5'). A part opening on a harness's own word is no model, whatever follows: a
release or build tag ('Beta 2', 'Team 7', 'v2.4'), an operating system or runtime ('Ubuntu 24', 'Go 1.23'),
a month ('May 2026'); nor is a lettered code ('Harl X9', a host's chip) unless a model family we know
opens it ('Kimi K2.6') or it is a model spelling we know. A cell
whose left part is a model we know and whose right part is no model ('Halyard 3 - 32K') names its left part.
Then that column becomes the table's model column, each cell its model part; a cell that does not split is
kept only when it is itself model-shaped (a model run bare), else its row has no model. Not touched: a
column of agents with no model in them ('Shellrun', 'Pilot Pro'), a table that already has a model column
(its agents are a column of settings).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache

from extractors.facts.api_ids import id_words
from extractors.facts.entities import knowledge
from extractors.facts.grids import Grid
from extractors.facts.patterns import kind_alternation, kind_words

_AGENT_HEAD = re.compile(
    rf"(?i){kind_alternation('board_columns.jsonl', 'agent_head')}"
    rf"(?:\s*[/+&]\s*{kind_alternation('board_columns.jsonl', 'agent_second')})?"
)
# 'harness - model': a spaced dash (or en dash) between two parts
_SPLIT = re.compile(r"\s+[-–—]\s+")
# a name's shape: capitalised words, then a version opening on a digit ('Vexil 5', 'Quarn-3.5 Mini', 'Tolk2')
_NAMED = re.compile(r"[A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]*)*(?:[ -]|(?<=[a-z]))\d[\w.]*(?:[ -]\S+)*")
_LETTERED = re.compile(r"[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]*)* [A-Z]{1,2}\d[\w.]*(?: \S+)*")
_NOTE = re.compile(r"\([^()]*\)")


@cache
def _tag_words() -> frozenset[str]:
    """Words that open a harness's own tag, not a model (see the module's doc)."""
    own = kind_words("board_columns.jsonl", "agent_tag") + kind_words("release_words.jsonl", "month")
    return frozenset(w.lower() for w in own) | id_words()


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
    if _model_shaped(model):
        return model
    # 'Halyard 3 - 32K': a model we know, then its own tag
    return parts[0] if is_model(parts[0]) and _model_shaped(parts[0]) else None


def _model_shaped(part: str) -> bool:
    """Whether `part` may be a model (see the module's doc)."""
    bare = _NOTE.sub("", part).strip()
    first = re.split(r"[\s-]", bare, maxsplit=1)[0].lower()
    if not bare or first in _tag_words():
        return False
    if _NAMED.fullmatch(bare) or bare.lower() in _known()[0]:
        return True
    # a lettered code ('Kimi K2.6'): a model when a family we know opens it, else a host's chip ('Harl X9')
    return _LETTERED.fullmatch(bare) is not None and first in _known()[1]


@cache
def _known() -> tuple[frozenset[str], frozenset[str]]:
    """The model spellings we know and the first words they open on."""
    spellings = frozenset(r.alias.lower() for r in knowledge().records if r.kind == "model")
    return spellings, frozenset(a.split()[0] for a in spellings if " " in a)


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
    # a cell that does not split is a model run bare only when it has a model's shape ('Pilot Pro' has not)
    named = [
        m or (c if not _SPLIT.search(c.strip()) and _model_shaped(c) else "")
        for m, c in zip(models, cells, strict=True)
    ]
    rows = tuple(
        (*r[:col], m, *r[col + 1 :]) if col < len(r) else r for r, m in zip(grid.rows, named, strict=True)
    )
    return replace(grid, header=(*header[:col], "Model", *header[col + 1 :]), rows=rows)
