"""The view of one article every extractor reads: `DocView` (clean text, layout, mentions, segments and the
caches over them), `SegView` (one segment with its resolved references and numbers) and `Ref` (one resolved
model, benchmark or lab reference); plus the test for a model named as a comparison object.

`reader.read_document` builds the view; `context.resolve_context` fills in what each segment inherits.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any

from extractors.facts import entities as ent
from extractors.facts.alternation import by_first_char
from extractors.facts.discovery import Candidate
from extractors.facts.numbers import NumberMention
from extractors.facts.segments import CleanText, Layout, Segment, TextTable
from schema.records import Article, Evidence, Table

_NOT_WORD = re.compile(r"[\W_]+")


@cache
def _cased(rx: re.Pattern[str]) -> re.Pattern[str]:
    """A case-insensitive gate's pattern without the flag, compiled once: the gates are module constants, and
    re's own cache (512 patterns) is emptied over and over by the patterns made for each page."""
    return re.compile(rx.pattern, rx.flags & ~re.IGNORECASE)


# gates searched as parts (see `in_parts`), by the gate's pattern
_PARTS: dict[str, tuple[re.Pattern[str], ...]] = {}


def in_parts(rx: re.Pattern[str], *parts: re.Pattern[str]) -> re.Pattern[str]:
    """`rx`, which `segments_matching` searches as `parts`: patterns without re.I (searched over the
    lower-cased text when `rx` has it) that open on disjoint characters and match at each position as `rx`
    does there, so that the leftmost of their matches is `rx`'s. `re` skips ahead only in a pattern that
    opens on literal characters or on one class: a gate of words and digit forms ('\\d(?:st|nd)|first|…')
    is tried at every position, its parts ('\\d(?:st|nd)' and 'first|…') only where their first characters
    are."""
    _PARTS[rx.pattern] = parts
    return rx


def _leftmost(parts: tuple[re.Pattern[str], ...], text: str) -> Callable[[int], re.Match[str] | None]:
    """A search of `text` from a position for the leftmost match of `parts` (each part's next match is
    kept while it lies at or after the position: a match at a position does not depend on where the search
    began)."""
    found: list[re.Match[str] | None] = [p.search(text) for p in parts]

    def search(pos: int) -> re.Match[str] | None:
        best = None
        for k, m in enumerate(found):
            if m is not None and m.start() < pos:
                m = found[k] = parts[k].search(text, pos)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        return best

    return search


def fold(name: str) -> str:
    """A name's letters and digits, lower-cased: 'Deep-Seek R1' and 'DeepSeek-R1' fold alike."""
    return _NOT_WORD.sub("", name).lower()


# asked whether it matches and where the match starts, never which word matched: the words are grouped by
# first letter (`re` checks one group per position instead of every word), with the optional and
# bracketed spellings written out
OBJECT_BEFORE = re.compile(
    r"\b"
    + by_first_char(
        "than|above|below|behind|ahead of|over|against|versus",
        [r"vs\.?", "beats?"],
        "beating|past",
        ["trails?"],
        "trailed|trailing",
        ["outscor(?:ed|es|ing)", "outperform(?:ed|s|ing)?"],
        "lost to|loses to|like",
        ["compared (?:with|to)", "Compared (?:with|to)", "compet(?:es|e|ing) with"],
        "relative to|Relative to|unlike|Unlike|Against|Versus|next to|Next to",
        ["surpass(?:es|ed|ing)?", "exceed(?:s|ed|ing)?", "edg(?:es|ed|ing) (?:out|past)"],
        ["outpac(?:es|ed|ing)", "overtak(?:es|en|ing)", "eclips(?:es|ed|ing)", "best(?:s|ed)"],
        ["top(?:s|ped|ping)", "outclass(?:es|ed)"],
        ["outdo(?:es|ing)?"],
        "outdid",
        ["rival(?:s|ed|ing)?", "match(?:es|ed|ing)"],
        "on par with|comparable to|close to|level with",
        ["tied? with"],
        "ties with|competitive with|dead heat with|heat with|similar to|in line with|neck and neck with|"
        "within reach of",
        [r"just\s+short of", r"just\s+shy of"],
        "short of|shy of",
        [r"buil(?:t|ding)\s+(?:up)?on", r"Buil(?:t|ding)\s+(?:up)?on"],
        [r"based\s+(?:up)?on", r"Based\s+(?:up)?on"],
        [r"derived\s+from", r"Derived\s+from", r"introduced\s+(?:in|with)"],
        [r"successor\s+(?:to|of)", r"Successor\s+(?:to|of)"],
        "inherits|inherited|inheriting",
        # a list item opening on the verb, its subject the page's model ('- Beats Y on B (80.4% vs 74.6%)')
        ["Beats?", "Beating", "Outperform(?:ed|s|ing)?", "Outscor(?:ed|es|ing)", "Surpass(?:es|ed|ing)?"],
        cased=True,
    )
    # 'over the base Name 3', 'than its earlier Name 2': one word may describe the object after its article
    + r"\s+(?:(?:the|its|their)\s+(?:[a-z][a-z-]+\s+)?|both\s+)?$"
    # the same verbs in Chinese, with or without a space before the name ('反超 GPT-5.2', '力压Y')
    + r"|(?:超越|超过|超過|反超|击败|擊敗|优于|優於|胜过|勝過|力压|力壓|不敌|不敵)\s*$"
)
# a name that owns the figure after it by the Chinese or Japanese possessive ('超过 Y 的 78.2%'): its figure's
# owner, whatever verb governs it
CJK_OWNS_AFTER = re.compile(r"\s*[的の]\s*[\d.]")


@dataclass(slots=True)
class Ref:
    """A model, benchmark or lab reference inside one segment, already resolved to a canonical name."""

    kind: str  # model | benchmark | lab
    canonical: str
    start: int
    end: int
    reach: int
    setting: str | None
    confidence: float
    via: str  # pattern | family | discovered | snapshot | short | pronoun | labmodel | implied | benchref
    surface: str = ""
    unit: str | None = None


@dataclass(slots=True)
class SegView:
    seg: Segment
    index: int
    refs: list[Ref]
    numbers: list[NumberMention]
    salient: str | None = None  # who "it" means here
    focus: str | None = None  # who an implied subject means here
    bench_inherited: Ref | None = None
    board_inherited: Ref | None = None  # the arena (Elo) board this section named last, before this segment
    main: list[Ref] | None = None  # context.main_refs' answer, kept

    def models(self) -> list[Ref]:
        return [r for r in self.refs if r.kind == "model"]

    def benchmarks(self) -> list[Ref]:
        return [r for r in self.refs if r.kind == "benchmark"]


@dataclass(slots=True)
class DocView:
    article: Article
    clean: CleanText
    layout: Layout
    mentions: list[ent.Mention]
    segs: list[SegView]
    focus: str | None
    candidates: list[Candidate]
    model_lab: dict[str, str]
    doc_models: set[str]
    model_settings: dict[str, str] = field(default_factory=dict)
    unique_benchmark: Ref | None = None
    accepted: dict[str, str] = field(default_factory=dict)
    shorts: dict[str, str] = field(default_factory=dict)
    benches: dict[str, str] = field(default_factory=dict)  # benchmark names found from context
    cell_cache: dict[str, list[ent.Mention]] = field(default_factory=dict)
    gate_cache: dict[str, frozenset[int]] = field(default_factory=dict)
    weak_names: list[tuple[int, int]] = field(default_factory=list)  # possible models, below threshold
    lower_text: str | None = None
    seg_starts: list[int] | None = None  # each segment's start, for `segments_matching`
    memo: dict[str, Any] = field(default_factory=dict)  # whole-text answers computed once per document
    table_segs: set[int] = field(default_factory=set)  # segments read as table rows (not prose)
    # the clean text, as a field: the readers ask for it some 650 times a page, a property call each time
    text: str = field(init=False)

    def __post_init__(self) -> None:
        self.text = self.clean.text

    def weak_between(self, start: int, end: int) -> list[tuple[int, int]]:
        """The weak names starting in [start, end), in `weak_names` order (a bisect, not a scan per seg)."""
        index = self.memo.get("weak")
        if index is None:
            index = sorted((w[0], i) for i, w in enumerate(self.weak_names))
            self.memo["weak"] = index
        lo = bisect.bisect_left(index, (start,))
        hi = bisect.bisect_left(index, (end,))
        return [self.weak_names[i] for i in sorted(i for _, i in index[lo:hi])]

    @property
    def published_at(self) -> datetime | None:
        return self.article.published_at

    @property
    def tables(self) -> tuple[TextTable, ...]:
        return self.layout.tables

    @property
    def html_tables(self) -> tuple[Table, ...]:
        return self.article.tables

    def holds(self, *words: str) -> bool:
        """Whether the lower-cased text (the gates' text) holds one of `words` (written in lower case)."""
        if self.lower_text is None:
            self.lower_text = self.clean.text.lower()
        return any(w in self.lower_text for w in words)

    def segments_matching(self, rx: re.Pattern[str]) -> frozenset[int]:
        """Indexes of the segments in which `rx` matches (one pass over the whole text, cached).

        A case-insensitive gate runs case-sensitively over the lower-cased text (much faster in `re`), so its
        pattern must be written in lower case."""
        hit = self.gate_cache.get(rx.pattern)
        if hit is None:
            if self.seg_starts is None:
                self.seg_starts = [sv.seg.start for sv in self.segs]
            starts = self.seg_starts
            found: set[int] = set()
            text = self.clean.text
            if rx.flags & re.IGNORECASE:
                if self.lower_text is None:
                    self.lower_text = text.lower()
                text = self.lower_text
            parts = _PARTS.get(rx.pattern)
            search = _leftmost(parts, text) if parts else functools.partial(_cased(rx).search, text)
            # a segment with a match is done: the next search starts at its end, so a gate that matches
            # often (every number, every date) costs one search per segment it hits, not one per match
            pos, end = 0, len(text)
            while pos <= end and (m := search(pos)) is not None:
                i = bisect.bisect_right(starts, m.start()) - 1
                if i >= 0 and m.end() <= self.segs[i].seg.end:
                    found.add(i)
                    pos = max(self.segs[i].seg.end, m.end(), m.start() + 1)
                else:
                    pos = max(m.end(), m.start() + 1)
            hit = self.gate_cache[rx.pattern] = frozenset(found)
        return hit

    def evidence(self, start: int, end: int) -> Evidence:
        a, b = self.clean.to_original(start, end)
        return Evidence(self.article.text[a:b], a, b)


# a name coordinated with the one before it ("A (77) and B", "A, B")
COORD_OBJ = re.compile(r"\s*(?:\([^()]{0,30}\))?\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:the\s+)?")


def is_object_text(text: str, seg_start: int, r: Ref) -> bool:
    before = text[max(seg_start, r.start - 24) : r.start]
    if OBJECT_BEFORE.search(before):
        return not CJK_OWNS_AFTER.match(text, r.reach)
    return before.rstrip().endswith("(")
