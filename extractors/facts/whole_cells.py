"""A model column's cell read whole: the cell under a 'Model' header holds one name, so when the name the page
knows covers only part of it, the rest is more of that name, not a note. Boards write checkpoints the way
their runners tag them, and those spellings are seldom the vendor's:

- a size in lower case right after a known name, then at most an active size, one stage word and one mode
  ('Name 2 32b Instruct', 'Name 9 61b a7b', 'Name 9 61b a7b no thinking'): the reader knows 'Name 2' and
  stops where the lower-case size starts; the cell is the member 'Name 2 32b Instruct'. Anything else
  around the size ('Name 2 + 1b helper', 'Name 2 20m limit', 'Name 2 vs 8b') makes the row a setup or a
  setting, left to the usual reading;
- a local runner's tag after a colon, with a known name before it or a size after it ('name3:8b',
  'name-coder:30b', 'other:8b-q4'): the whole tag is the checkpoint; a colon with neither ('rig:x2',
  'todo:r1') names no model;
- a known one-word short name inside a longer cell ('Bright Voice v2' where the page also has 'Other Voice
  2.6'): the word is no alias of the other model here, the cell names a model of its own.

A board's badge closing the cell ('NEW', cell_words.jsonl) is dropped first. A cell whose rest is a
setting the reader keeps apart ('Name 5 (high)', 'Name 5 Thinking'), a lab tag or a known size ('Name 3 27b
it' is read as 'Name 3 27B' already) is left to the usual reading.
"""

from __future__ import annotations

import re

from extractors.facts import entities as ent
from extractors.facts.patterns import kind_alternation

# the whole rest of a cell after a known name: a size the name reader does not take as part of a name
# (lower-case 'b'/'m' after the digits), an active size after it ('235b a22b') and one stage word
# and one mode ('235b a22b no thinking'); the active size alone when the name took the size ('Name 235b')
_STAGE = kind_alternation("cell_words.jsonl", "stage")
_MODE = kind_alternation("cell_words.jsonl", "mode", spaces=r"\s+", longest_first=True)
_SIZE_REST = re.compile(
    r"\s+(?:\d+(?:\.\d+)?[bm](?:\s+a\d+(?:\.\d+)?b)?|a\d+(?:\.\d+)?b)"
    r"(?:\s+(?i:" + _STAGE + r"))?(?:\s+(?i:" + _MODE + r"))?"
)
# a local runner's tag: 'name:8b', 'name-coder:30b-q4', the name part as a page capitalises it ('Name3:8b')
_RUNNER_TAG = re.compile(r"[A-Za-z][A-Za-z0-9.\-]*:[a-z0-9][\w.\-]*")
# a runner's tag that sizes its checkpoint after the colon ('name:8b', 'name:8x7b-q4')
_SIZED_TAG = re.compile(r"[A-Za-z][A-Za-z0-9.\-]*:(?:\d+x)?\d+(?:\.\d+)?[bm](?:[-_.][\w.\-]*)?")
# a board's badge closing a cell ('Name 2 NEW', 'Name 2 🔥')
_BADGE_WORD = kind_alternation("cell_words.jsonl", "badge")
_BADGE = re.compile(r"(?:\s+(?:" + _BADGE_WORD + r"|[\U0001F300-\U0001FAFF\u2728\u2B50]))+$", re.I)
# a whole cell that can be a name: letters first, name characters only, a digit somewhere, at most six words
_CELL_NAME = re.compile(r"[A-Za-z][\w.\-+: ]{1,48}")
# a version written after a short name ('v1.5', 'V2', '2.6')
_VERSION = re.compile(r"\s+[vV]?\d+(?:\.\d+)*$")


def _name_shaped(cell: str) -> bool:
    return (
        _CELL_NAME.fullmatch(cell) is not None
        and any(c.isdigit() for c in cell)
        and len(cell.split()) <= 6
        and "  " not in cell
    )


def whole_cell(cell: str, m: ent.Mention | None) -> str | None:
    """The whole of a model column's (cleaned) `cell` as the model's name when the name `m` the reader
    found in it covers only part of a name the cell writes; None when the usual reading stands."""
    cell = _BADGE.sub("", cell.strip())
    if not _name_shaped(cell):
        return None
    if m is None:
        return cell if _SIZED_TAG.fullmatch(cell) else None
    tail = cell[m.end :]
    if m.start == 0 and tail.strip():
        if tail.startswith(":") and _RUNNER_TAG.fullmatch(cell):
            return cell
        # the reader stopped where a lower-case size starts: the size (and a stage word) are the name's
        if _SIZE_REST.fullmatch(tail):
            return cell
        return None
    if m.start > 0 and not any(c.isdigit() for c in m.surface) and " " not in m.surface.strip():
        # a one-word short name met inside the cell, the cell opening on a word of its own and closing on
        # a version: the short name's model is another one ('Bright Voice v2' is no 'Other Voice 2.6')
        head = cell[: m.start].strip()
        if head[:1].isupper() and _VERSION.search(cell) and m.canonical.lower() not in cell.lower():
            return cell
    return None
