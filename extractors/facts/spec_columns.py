"""A spec sheet with its models across the header: 'Feature | Name-A 12B | Name-B 7b' over rows such as
'Total parameters | 12b | 7b', 'Active parameters | 1.5b | 0.9b', 'Context window | 64,000 (ext 256,000) |
32K'. Sites write these rows in every language ('Parámetros totales', 'Contexto máximo', 'Длина
контекста'), and their counts with a language's magnitude word ('12 mil millones', '7 миллиардов') or a
lower-case unit ('12b'). Such rows make the header's cells models even when no list knows them: a spec sheet
compares models, and the header cells are what it compares.

The row words are data: the parameter, active and total words of patterns/param_words.jsonl, the context words
of patterns/window_words.jsonl, and patterns/spec_row_words.jsonl (the English and Russian ones, the filler
words a label may carry, the window nouns, and the words that mark a context's extended figure).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from extractors.facts.numbers import FOREIGN_BILLION, FOREIGN_MILLION, magnitude
from extractors.facts.patterns import PATTERN_DIR, data_rows, kind_alternation, word_alternation

_ROWS = [
    (str(r["id"]).lower(), str(r["kind"]))
    for name in ("param_words.jsonl", "window_words.jsonl", "spec_row_words.jsonl")
    for r in data_rows(PATTERN_DIR / name, ("id", "kind"))
]


def _words(*kinds: str) -> str:
    return word_alternation({w for w, k in _ROWS if k in kinds}, spaces=r"\s+", longest_first=True)


_EDGE_L, _EDGE_R = r"(?<![^\W\d_])", r"(?![^\W\d_])"
_MAG_LETTERS = r"[KkMmBbTt](?![^\W\d_])"
_PARAM = re.compile(_EDGE_L + _words("param") + _EDGE_R, re.I)
_ACTIVE = re.compile(_EDGE_L + _words("active") + _EDGE_R, re.I)
_TOTAL = re.compile(_EDGE_L + _words("total") + _EDGE_R, re.I)
_CONTEXT = re.compile(_EDGE_L + _words("context") + _EDGE_R, re.I)
_FILLER = re.compile(_EDGE_L + _words("filler", "window") + _EDGE_R, re.I)
_EXTENDED = re.compile(_EDGE_L + _words("extended") + _EDGE_R, re.I)
# what may stand in a label beside its words: joining words, a colon, a hash ('# Params', 'Parámetros de …')
_JOINERS = re.compile(r"[\s#:/().-]+|" + _EDGE_L + _words("joiner") + _EDGE_R, re.I)
# header cells that are no model whatever their shape: a device or chip a model runs on ('Pixel 9'), a plan
# or tier ('Tier 1', 'Free'), a bare version or code ('v1', 'R2', 'H100')
_DEVICE = re.compile(_EDGE_L + _words("device") + _EDGE_R, re.I)
_PLAN = re.compile(
    _words("plan") + _EDGE_R + "|" + kind_alternation("version_words.jsonl", "grade_noun") + r"\b", re.I
)
_BARE_CODE = re.compile(r"[A-Za-z]{0,2}\d+(?:\.\d+)*")
# a unit after a context cell's figure that says it counts something other than tokens ('about 1,500 pages')
_OTHER_UNIT = re.compile(r"\s*" + _words("other_unit") + _EDGE_R, re.I)
# a range of figures ('3.6B – 4B', '8K-32K'): no one value
_RANGE = re.compile(r"\d\s*(?:" + _MAG_LETTERS + r")?\s*(?:[-–—~]|\bto\b)\s*\d", re.I)


def row_attribute(label: str) -> str | None:
    """The size or context attribute a spec row's label names, in any language the word lists know; None for
    a label that says more than that ('Parameters per expert', 'Context price', 'Output tokens')."""
    text = label.strip()
    if len(text) > 48:
        return None
    if _PARAM.search(text):
        active, total = _ACTIVE.search(text), _TOTAL.search(text)
        rest = _ACTIVE.sub(" ", _TOTAL.sub(" ", _FILLER.sub(" ", _PARAM.sub(" ", text))))
        if _JOINERS.sub("", rest) or (active and total):
            return None
        return "parameters_active" if active else "parameters_total"
    if _CONTEXT.search(text):
        rest = _FILLER.sub(" ", _CONTEXT.sub(" ", text))
        return None if _JOINERS.sub("", rest) else "context_window_tokens"
    return None


def spec_rows(rows: Sequence[Sequence[str]], known: Callable[[str], str | None]) -> set[str]:
    """The sizes and contexts a grid's rows name (`known`: the reader's own label test)."""
    return {a for r in rows if r and (a := known(r[0]) or row_attribute(r[0])) is not None}


def spec_row_count(rows: Sequence[Sequence[str]], known: Callable[[str], str | None]) -> int:
    """How many different sizes or contexts a grid's rows name: two context rows alone ('Context window',
    'Max context length') are a plan's limits as often as a sheet's."""
    return len(spec_rows(rows, known))


_MAG = r"(?:" + _MAG_LETTERS + "|" + FOREIGN_BILLION + "|" + FOREIGN_MILLION + ")"
# a count: a figure (a point or a comma inside) and a magnitude after it, anywhere in its cell ('~3.3b')
_COUNT = re.compile(r"(?<![\d.,])(?P<num>\d+(?:[.,]\d+)*)\s*(?P<mag>" + _MAG + r")?\.?", re.I)


# an exact count of parameters, its thousands grouped ('312,550,144', '7.105.228.800'): ten million or more
_EXACT = re.compile(r"[1-9]\d{0,2}(?:,\d{3}){2,4}|[1-9]\d{0,2}(?:\.\d{3}){2,4}")


def _number(text: str, grouped: bool) -> float | None:
    """A figure's value: with `grouped`, a point or comma before three digits groups thousands ('32.768',
    '128,000'); else the one mark is a decimal mark ('30,5 mil millones', '3.3b')."""
    if grouped and re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", text):
        return float(re.sub(r"[.,]", "", text))
    if re.fullmatch(r"\d+(?:[.,]\d+)?", text):
        return float(text.replace(",", "."))
    return None


def spec_value(cell: str, attr: str) -> list[tuple[str, str | None]]:
    """(value, qualifier) of the figures a spec cell gives for `attr`: a parameter count needs its magnitude
    ('12.4b', '18 mil millones') or all its digits grouped ('312,550,144', a model card's exact count); a
    context window is the cell's first figure of a window's size, and a second figure that a word marks
    extended ('40,960 (ext 163,840)', '40.960 nativos / até 163.840') is the extended window.
    Nothing for a cell whose figures are none of these."""
    if _RANGE.search(cell):
        return []  # a range ('3.6B – 4B') gives no one count
    if attr.startswith("parameters"):
        m = _COUNT.search(cell)
        if m is not None and not m.group("mag") and _EXACT.fullmatch(m.group("num")):
            return [(m.group("num").replace(",", "").replace(".", ""), None)]  # a card's exact count
        if m is None or not m.group("mag"):
            return []
        value = _number(m.group("num"), grouped=False)
        mag = m.group("mag").rstrip(".")
        # one letter in either case ('12.4b', '350m', '1T'); no count of parameters is in thousands
        factor = magnitude(mag.upper() if len(mag) == 1 else mag)
        if value is None or factor < 1e6 or not 1e7 <= value * factor <= 1e14:
            return []
        return [(str(round(value * factor)), None)]
    if attr != "context_window_tokens":
        return []
    out: list[tuple[str, str | None]] = []
    for part in re.split(r"[;(]|\s/\s", cell):
        m = _COUNT.search(part)
        if m is None or _OTHER_UNIT.match(part, m.end()):
            continue  # no figure, or one of pages, hours or words: not a count of tokens
        value = _number(m.group("num"), grouped=True)
        mag = (m.group("mag") or "").lower()
        scale = {"k": 1e3, "m": 1e6, "": 1.0}.get(mag)
        if value is None or scale is None or not 1000 <= value * scale <= 1e8:
            continue
        extended = _EXTENDED.search(part) is not None
        if out and not extended:
            break  # a second figure no word marks extended: what it is the cell does not say
        out.append((str(round(value * scale)), "extended" if extended else None))
        if len(out) == 2:
            break
    if len(out) == 2:
        out[0] = (out[0][0], "native")
    return out


def no_model_cell(cell: str) -> bool:
    """A header cell that is no model whatever its shape: a device or chip ('Pixel 9', 'Snapdragon 8'), a
    plan or tier ('Tier 1', 'Limit'), a bare version or code ('v1', 'R2', 'H100')."""
    text = cell.strip()
    return bool(_DEVICE.search(text) or _PLAN.match(text) or _BARE_CODE.fullmatch(text))


def _other_unit(cell: str) -> bool:
    """Whether the cell's first figure is followed by a unit that is no token ('1,500 pages', '2 hours')."""
    m = _COUNT.search(cell)
    return m is not None and _OTHER_UNIT.match(cell, m.end()) is not None


def shaped_models(
    header: Sequence[str],
    header_models: list[tuple[str, str | None, str] | None],
    shaped: Callable[[str], tuple[str, str | None, str] | None],
    sized: bool,
) -> list[tuple[str, str | None, str] | None]:
    """The header's models of a spec sheet: each cell shaped like a model's name (`shaped`, the reader's test,
    which takes the whole cell: 'Name3:30b-chat', not the 'Name3' a list knows) is one; another cell keeps
    what the lists made of it. A cell no list knows is read by its shape only on a sheet with a parameter row
    (`sized`: windows alone are a plan's limits as often) and never when `no_model_cell` refuses it."""
    return [
        (None if no_model_cell(h) else shaped(h)) or hm
        if hm is not None or (sized and not no_model_cell(h))
        else None
        for hm, h in zip(header_models, header, strict=True)
    ]


# the rest of a header's name after the part a list knows: lower-case variant words joined by hyphens
# ('-h-small', '-mini-2'), as checkpoints are tagged
_VARIANT_TAIL = re.compile(r"(?:-[a-z0-9][a-z0-9.]*)+")


def spec_header(cell: str, found: tuple[str, str | None, str] | None) -> tuple[str, str | None, str] | None:
    """A spec sheet's header cell as a model: the name the reader `found` in it, with the lower-case variant
    tail the cell writes right after that name ('Name 4-h-small', where a list knows 'Name 4'): the header
    compares checkpoints, and that tail is which one."""
    if found is None:
        return None
    at = cell.find(found[2])
    tail = _VARIANT_TAIL.match(cell, at + len(found[2])) if at >= 0 and found[2] else None
    if tail is None or cell[tail.end() :].strip()[:1] not in ("", "("):
        return found
    whole = cell[at : tail.end()]
    return whole, found[1], whole


def cell_values(cell: str, attr: str, first: str | None) -> list[tuple[str, str | None]]:
    """The values of a spec cell: `first`, the value the table reader took, and the extended window the cell
    gives after it; `spec_value`'s reading when the reader took none."""
    mine = spec_value(cell, attr)
    if first is None:
        return mine
    if not mine and (_RANGE.search(cell) or (attr == "context_window_tokens" and _other_unit(cell))):
        return []  # the reader's figure is a range's end or a count of pages, hours or words
    if len(mine) == 2 and mine[0][0] == first:
        return mine
    return [(first, None)]
