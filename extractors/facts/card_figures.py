"""A benchmark card on a one-model page: the benchmark's name on a short line, at most two lines describing it
(the setting, the source), then the figure alone on its line ('Benchmark X / 5-shot, self-reported / 71.2%').
Spec pages and model cards lay their results out so; the figure is the page model's, although no line near
it names the model. Not a card: a column of figures under one label (a table left one cell per line: the
figures are as many models' own), a figure whose next line names its owner ('99% / Model Y'), and stat tiles
that write the figure first and its label below ('77.3% / Bench A / 56.8% / Bench B'): there the label above
a figure is the previous tile's, which shows in the run's first figure having no label above it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from extractors.facts.document import DocView, Ref, SegView
from extractors.facts.numbers import NumberMention

# a figure standing alone on its line ('71.2%', '~1452', '1,380')
_LONE = re.compile(r"[ \t]*[~≈]?[ \t]*\d[\d.,]*[ \t]*%?[ \t]*")
# a table cell left on its own line: short, and no word in it ('88%', '~90', '(!) TBC', '--')
_CELL = re.compile(r"(?![\s\S]*[^\W\d_]{4})[^\n]{1,16}")
_MAX_DESCRIPTION_LINES = 2
_MAX_LABEL = 60  # a label line is short; a sentence naming a benchmark is prose, not a card's label
_MAX_RUN = 40
_LEAD_REACH = 2500  # how far before a card its run's lead-in may stand


def _line(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _refs(view: DocView, kind: str) -> list[Ref]:
    key = "card_refs_" + kind
    got = view.memo.get(key)
    if got is None:
        got = sorted((r for sv in view.segs for r in sv.refs if r.kind == kind), key=lambda r: r.start)
        view.memo[key] = got
    return got


def _prev_line(text: str, start: int) -> tuple[int, int]:
    """The previous non-empty line before the line starting at `start` ((0, 0) when there is none)."""
    end = start - 1
    while end > 0:
        ls = text.rfind("\n", 0, end) + 1
        if text[ls:end].strip():
            return ls, end
        end = ls - 1
    return 0, 0


def _next_line(text: str, end: int) -> tuple[int, int]:
    """The next non-empty line after the line ending at `end`."""
    start = end + 1
    while start < len(text):
        le = text.find("\n", start)
        le = len(text) if le < 0 else le
        if text[start:le].strip():
            return start, le
        start = le + 1
    return len(text), len(text)


def _label_above(view: DocView, start: int, bench: Ref | None) -> int | None:
    """The start of the label line of the figure whose line starts at `start`: a short line naming a benchmark
    (`bench` itself when given) within the description lines above; None when there is none."""
    text = view.text
    for _ in range(_MAX_DESCRIPTION_LINES + 1):
        ls, le = _prev_line(text, start)
        line = text[ls:le].strip()
        if not line or _CELL.fullmatch(line):
            return None  # a figure or a cell above before any label: not a labelled card
        named = [r for r in _refs(view, "benchmark") if ls <= r.start < le]
        if (
            named
            and len(line) <= _MAX_LABEL
            and (bench is None or any(r.start == bench.start for r in named))
        ):
            return ls
        start = ls
    return None


def card_figure(view: DocView, n: NumberMention, bench: Ref) -> bool:
    """Whether n is the one figure of a card whose label names `bench` above it, in a run of such cards."""
    text = view.text
    start, end = _line(text, n.start)
    if not _LONE.fullmatch(text, start, end):
        return False
    label = _label_above(view, start, bench)
    for _ in range(_MAX_RUN):
        if label is None:
            return False
        above = _prev_line(text, label)
        if not _LONE.fullmatch(text, *above):
            if _CELL.fullmatch(text[above[0] : above[1]].strip()):
                return False  # an empty cell ('-') above the label: a grid of cells, not cards
            break  # the run starts with a label: labels sit above their figures here
        label = _label_above(view, above[0], None)  # the previous card must be labelled above too
    ns, ne = _next_line(text, end)
    below = text[ns:ne].strip()
    if _CELL.fullmatch(below):
        return False  # another cell below: a column, not a card
    # a short line below that names a model names the figure's owner ('99% / Model Y')
    return len(below) > _MAX_LABEL or not any(ns <= r.start < ne for r in _refs(view, "model"))


def card_owner(view: DocView, n: NumberMention, implied: str | None, doc_models: Iterable[str]) -> str | None:
    """The page model a card's figure belongs to. On a family's page that names its members ('Gemma 9' with
    'Gemma 9 12B' and 'Gemma 9 4B') the card may be any member's: it is the member the cards' lead-in names
    (the nearest line before them that ends in a colon: 'Scores of the Gemma 9 12B model:'), else no one's."""
    if not implied:
        return None
    members = {m for m in doc_models if m.startswith((implied + " ", implied + "-"))}
    if not members:
        return implied
    text = view.text
    lead = text.rfind(":\n", max(0, n.start - _LEAD_REACH), n.start)
    if lead < 0:
        return None
    ls = _line(text, lead)[0]
    named = {r.canonical for r in _refs(view, "model") if ls <= r.start < lead}
    return named.pop() if len(named) == 1 and named <= members else None


def card_ref(view: DocView, sv: SegView, n: NumberMention, bench: Ref) -> Ref | None:
    """The page model as the owner of n when n is a benchmark card's figure, else None."""
    if not card_figure(view, n, bench):
        return None
    owner = card_owner(view, n, sv.focus or sv.salient, view.doc_models)
    return None if owner is None else Ref("model", owner, n.start, n.start, n.start, None, 0.8, "implied")


# a leader tile's label: 'Top score', 'Best Score', '2026 SOTA', 'Highest result' (a name may be glued before
# it when the page lost the tile's line breaks: 'Name 4.6Top score')
_LEADER_LABEL = re.compile(r"(?i)(?:\d{4}\s+)?(?:(?:top|best|highest|leading)\s+(?:score|result)s?|sota)")
# the tile naming the leader above the score tile ('Top Model / name-1.0 / Top Score / 1,445')
_LEADER_NAME_LABEL = re.compile(r"(?i)\s*(?:top|leading|best)\s+model|leader\s*")
# a name alone on the leader's line that no pattern knows, shaped like one ('name-1.0', 'Name 3'): a letter
# first, a digit in it, no blank inside a word run longer than three
_LEADER_SHAPE = re.compile(r"[A-Za-z][\w.-]*\d[\w.-]*(?:\s[\w.-]+){0,2}")


def leader_ref(view: DocView, n: NumberMention) -> Ref | None:
    """The leader a benchmark page's score tile names ('Top score / 56.8 / Name 5'): the name on the short
    line below the figure, the name glued before the tile's label, or the one under a 'Top model' tile."""
    text = view.text
    start, end = _line(text, n.start)
    if not _LONE.fullmatch(text, start, end):
        return None
    ls, le = _prev_line(text, start)
    label = _LEADER_LABEL.search(text, ls, le)
    if label is None or label.end() != len(text[:le].rstrip()):
        return None
    models = _refs(view, "model")
    ns, ne = _next_line(text, end)
    below = [r for r in models if ns <= r.start < ne and not text[ns : r.start].strip()]
    if below and ne - ns <= _MAX_LABEL:
        return _owner(below[0], n)
    glued = [r for r in models if ls <= r.start and r.end <= label.start() and not text[ls : r.start].strip()]
    if glued:
        return _owner(glued[-1], n)
    if label.start() > ls:
        return None
    name_start, name_end = _prev_line(text, ls)
    if not _LEADER_NAME_LABEL.fullmatch(text, *_prev_line(text, name_start)):
        return None
    named = [r for r in models if name_start <= r.start < name_end]
    if named:
        return _owner(named[0], n)
    name = text[name_start:name_end].strip()
    if _LEADER_SHAPE.fullmatch(name):
        return Ref("model", name, n.start, n.start, n.start, None, 0.7, "discovered", name)
    return None


def _owner(r: Ref, n: NumberMention) -> Ref:
    return Ref("model", r.canonical, n.start, n.start, n.start, r.setting, r.confidence, r.via, r.surface)
