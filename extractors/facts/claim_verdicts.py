"""Comparative claims in the verdict column of a two-model table: a write-up that sets two models against
each other task by task names each row's winner in a column of its own ('Winner', 'Edge', 'Better'), often by
a short or lower-cased form of the header's name ('kestrel9' under 'Kestrel-9B'), with the margin in the cell
('(+4.1)') or in a column beside it ('Margin', 'Gap'). Each such row states that its winner outperforms the
other model on the row's task (cheaper or faster on a price or speed row); a row of specifications or
features ('Context window', 'Licence', 'Voice mode') states none.

Tables come from the shared grids (`tables.read_grid`): a pipe table with its lines kept or flattened onto
one line, cells one per line, aligned by spaces, tab-separated or HTML are all one grid of cells by then. A
cell that names neither model, both, or a tie ('Tie', 'A (+0.2 — near tie)', '—') states no claim; cells
whose measure `claim_rows` reads ('Flash (3x cheaper)') stay its own.
"""

from __future__ import annotations

import re
from functools import cache

from extractors.facts.document import DocView, Ref
from extractors.facts.patterns import side_alternation, side_words, word_alternation
from extractors.facts.table_cells import cell_refs
from schema.records import ClaimFact, Evidence

_MARKUP = re.compile(r"\*\*|__|[`*]|[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F]")
# "kestrel9", "Kestrel (+4.1)", "Tarn by 3 pts": the winner's name, then an optional margin of its own
_WINNER = re.compile(
    r"(?P<who>[A-Za-z][\w.\-]*(?:\s[\w.\-]+){0,3}?)"
    r"(?:\s*\(\s*\+?(?P<mag>\d+(?:\.\d+)?)\s*(?P<unit>%|pts?|points|elo)?\s*\)|(?:\s+wins)?\s+by\s+(?P<mag2>\d+(?:\.\d+)?)"
    r"\s*(?P<unit2>%|pts?|points|elo)?)?",
    re.I,
)
# a margin cell: "+27", "2.4 pts", "**+7**"
_MARGIN = re.compile(r"\+?(?P<mag>\d+(?:\.\d+)?)\s*(?P<unit>%|pts?|points|elo)?", re.I)
_PAREN = re.compile(r"\s*\([^()]*\)")


@cache
def _verdict_head() -> re.Pattern[str]:
    return re.compile(side_alternation("verdict_head", spaces=r"\s+", longest_first=True), re.I)


@cache
def _margin_head() -> re.Pattern[str]:
    return re.compile(side_alternation("margin_head", spaces=r"\s+", longest_first=True), re.I)


@cache
def _price() -> re.Pattern[str]:
    """A price row's label: the cost words `claim_benchmarks` reads in prose, and a currency sign."""
    words = side_alternation("cost_word", "cost_row_word", spaces=r"\s+", longest_first=True)
    return re.compile(r"\b" + words, re.I)


@cache
def _speed() -> re.Pattern[str]:
    """A speed or time row's label ('Latency', 'tok/s', 'Wall-clock time'): its winner is the faster one."""
    words = side_alternation("speed_word", "speed_row_word", spaces=r"\s+", longest_first=True)
    # 'time' makes a speed row only as the label's last word ('Thinking time'), not inside a task's name
    # ('Real-time captions', 'Time saved per call')
    end = side_alternation("speed_row_end", spaces=r"\s+", longest_first=True)
    return re.compile(r"(?<![\w-])(?:" + words + r"(?![\w])|" + end + r"\s*$)", re.I)


@cache
def _spec_row() -> re.Pattern[str]:
    """A specification or feature row ('Context window', 'Licence', 'Release date', 'Voice mode'): a column
    that names the model with more of it says nothing of which one does the work better."""
    nouns = side_words("spec_noun")
    # a spec noun of one word ('context', 'size') is the row's subject only as its last word ('Max context');
    # opening a label it names a task ('Context recall', 'Size of the diff')
    words = word_alternation(
        [w for w in nouns if " " in w] + list(side_words("spec_row_word")), spaces=r"\s+", longest_first=True
    )
    single = word_alternation([w for w in nouns if " " not in w], longest_first=True)
    return re.compile(r"(?<![\w-])(?:" + words + r"(?![\w-])|" + single + r"\s*$)", re.I)


@cache
def _tie() -> re.Pattern[str]:
    return re.compile(r"\b" + side_alternation("tie_word", spaces=r"\s+", longest_first=True) + r"\b", re.I)


def _squashed(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", s.lower())


def _words(s: str) -> set[str]:
    """The lower-cased words and versions of a name ('kestrel', '9b'; '4.1' whole)."""
    return set(re.findall(r"[a-z0-9]+(?:\.[0-9]+)*", s.lower()))


def _winner(who: str, sides: list[Ref]) -> Ref | None:
    """The side a verdict cell names: by words of its name, every word the cell writes being one ('Kestrel'
    for 'Kestrel 9B'), or by its name written short, without spaces, dots or hyphens ('kestrel9' for
    'Kestrel-9B'); none when it fits both or neither."""
    words = _words(who)
    squashed = _squashed(who)
    if len(squashed) < 3:
        return None
    hits = [
        r
        for r in sides
        if (words and words <= _words(r.canonical))
        or _squashed(r.canonical).startswith(squashed)
        or _squashed(r.surface or "").startswith(squashed)
    ]
    return hits[0] if len(hits) == 1 else None


def verdict_claims(view: DocView, rows: list[ClaimFact]) -> list[ClaimFact]:
    """`rows` (`claim_rows`' claims) and the verdict rows' claims they do not already hold."""
    out = _grid_verdicts(view)
    # a row `claim_rows` already read ('Kolt wins by 19' in a table that keeps its lines) is its own
    return rows + [
        c
        for c in out
        if not any(
            (r.subject, r.relation, r.object) == (c.subject, c.relation, c.object)
            and r.evidence.start <= c.evidence.start < r.evidence.end
            for r in rows
        )
    ]


def _cells_claim(
    cells: list[str], verdict: int, margin: int | None, pair: list[Ref], evidence: Evidence
) -> ClaimFact | None:
    """The claim of one row (its cells as plain text): its winner outperforms the other model on the row's
    task, or is cheaper or faster on a price or speed row."""
    cell = _MARKUP.sub("", cells[verdict]).strip()
    label = _PAREN.sub("", _MARKUP.sub("", cells[0])).strip()
    if not cell or not label or _tie().search(cell) or re.fullmatch(r"[-:\s]*", label):
        return None
    w = _WINNER.fullmatch(cell)
    if w is None:
        return None  # a measured verdict ('3x cheaper': `claim_rows`), a note, or no name at all
    who = _winner(w.group("who"), pair)
    if who is None:
        return None
    other = next(r for r in pair if r is not who)
    raw, unit = w.group("mag") or w.group("mag2"), w.group("unit") or w.group("unit2")
    given = (
        _MARGIN.fullmatch(_MARKUP.sub("", cells[margin]).strip())
        if margin is not None and margin < len(cells)
        else None
    )
    if raw is None and given is not None:
        raw, unit = given.group("mag"), given.group("unit")
    mag = float(raw) if raw is not None else None
    price, speed = _price().search(label), _speed().search(label)
    if price or speed:
        # a price or speed row's winner is the cheaper or the faster one; its margin is a price's or a rate's
        relation = "cheaper_than" if price else "faster_than"
        bench, mag = None, None
    elif _spec_row().search(label):
        return None  # a spec or feature row: the bigger window or the freer licence is not a better model
    else:
        relation, bench = "outperforms", label
    return ClaimFact(
        subject=who.canonical,
        relation=relation,
        object=other.canonical,
        evidence=evidence,
        confidence=0.7,
        magnitude=mag,
        unit=None if mag is None else {"%": "%", "elo": "elo"}.get((unit or "").lower(), "points"),
        benchmark=bench,
        method="claim",
        polarity="asserts",
    )


def _grid_verdicts(view: DocView) -> list[ClaimFact]:
    """The verdict rows of every grid the table readers kept: the models are the header cells before the
    verdict column that each name one model; a claim two readings of one table both give is given once."""
    out: list[ClaimFact] = []
    taken: list[tuple[str, str, str | None, str | None]] = []
    for grid in view.memo.get("grids", []):
        heads = [_MARKUP.sub("", h).strip() for h in grid.header]
        verdict = [i for i, h in enumerate(heads) if i and _verdict_head().fullmatch(h)]
        margin = next((i for i, h in enumerate(heads) if i and _margin_head().fullmatch(h)), None)
        if not verdict and margin is not None:
            verdict, margin = [margin], None
        if len(verdict) != 1:
            continue
        sides: dict[str, Ref] = {}
        for i, h in enumerate(heads[: verdict[0]]):
            if i in (0, margin):
                continue
            named = {m.canonical for m in cell_refs(view, h) if m.kind == "model" and m.canonical}
            if len(named) == 1:
                name = named.pop()
                sides.setdefault(name, Ref("model", name, -1, -1, -1, None, 0.7, "cell", h))
        if len(sides) != 2:
            continue
        pair = list(sides.values())
        for row, ev in zip(grid.rows, grid.evidence, strict=False):
            if len(row) <= verdict[0]:
                continue
            claim = _cells_claim(list(row), verdict[0], margin, pair, ev)
            if (
                claim is None
                or (key := (claim.subject, claim.relation, claim.object, claim.benchmark)) in taken
            ):
                continue
            taken.append(key)
            out.append(claim)
    return out
