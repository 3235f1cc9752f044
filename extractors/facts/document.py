"""One article, read once: clean text, layout, resolved mentions per segment, focus models and context.

`read_document` runs the spaCy pipeline and the mention passes; `walk` yields each segment with the model a
pronoun points to (salient), the model an implied subject means (section focus) and the benchmark the segment
inherits from its paragraph, list lead or section.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from extractors.facts import entities as ent
from extractors.facts import members
from extractors.facts.alternation import by_first_char
from extractors.facts.discovery import Candidate
from extractors.facts.mentions import read_mentions
from extractors.facts.numbers import NumberMention, find_numbers
from extractors.facts.segments import CleanText, Layout, Segment, TextTable
from extractors.facts.unknown_bench import UNKNOWN_INTRO, unknown_bench_at
from schema.records import Article, Evidence, Table

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
        cased=True,
    )
    + r"\s+(?:the\s+|both\s+)?$"
)


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

    @property
    def text(self) -> str:
        return self.clean.text

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
                rx = re.compile(rx.pattern, rx.flags & ~re.IGNORECASE)
            for m in rx.finditer(text):
                i = bisect.bisect_right(starts, m.start()) - 1
                if i >= 0 and m.end() <= self.segs[i].seg.end:
                    found.add(i)
            hit = self.gate_cache[rx.pattern] = frozenset(found)
        return hit

    def evidence(self, start: int, end: int) -> Evidence:
        a, b = self.clean.to_original(start, end)
        return Evidence(self.article.text[a:b], a, b)


_SIDE_SENTENCE = re.compile(r"(?i)(?:for|by) (?:reference|comparison|contrast)\b|(?:meanwhile|elsewhere),")
_ANSWER = re.compile(r"(?:A|Answer)\s*[:.]\s")
_QUESTION = re.compile(r"(?:Q|Question)\s*[:.]\s")


def _side_sentence(text: str, seg: Segment) -> bool:
    """A sentence that mentions models on the side ('For reference, X scores ...')."""
    return _SIDE_SENTENCE.match(text, seg.start) is not None


def _main_refs(text: str, sv: SegView) -> list[Ref]:
    """The explicit models a segment names as subjects: not comparison objects, not in parentheses, not the
    objects coordinated with one ('trails A (77) and B (79)'), not in a side sentence."""
    if _side_sentence(text, sv.seg):
        return []
    out: list[Ref] = []
    prev_obj: Ref | None = None
    for r in sv.refs:
        if r.kind != "model" or r.via == "pronoun":
            continue
        obj = is_object_text(text, sv.seg.start, r) or (
            prev_obj is not None and COORD_OBJ.fullmatch(text, prev_obj.reach, r.start) is not None
        )
        prev_obj = r if obj else None
        if not obj:
            out.append(r)
    return out


# a name coordinated with the one before it ("A (77) and B", "A, B")
COORD_OBJ = re.compile(r"\s*(?:\([^()]{0,30}\))?\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:the\s+)?")


_FINE_TUNE_TITLE = re.compile(r"\s*(?P<name>[A-Z][\w.]*(?: [\w.]+){0,2})\s+[-–—]\s+")


def _focus(text: str, segs: list[SegView], title_models: list[str]) -> str | None:
    counts = Counter(r.canonical for s in segs for r in _main_refs(text, s))
    distinct = list(dict.fromkeys(title_models))
    if len(distinct) == 1:
        return distinct[0]
    if len(distinct) > 1:
        ranked = sorted(distinct, key=lambda m: -counts[m])
        return ranked[0] if counts[ranked[0]] > counts[ranked[1]] else None
    if not counts:
        return None
    for sv in segs[:4]:
        if sv.seg.kind != "heading":
            break
        named = list(dict.fromkeys(r.canonical for r in sv.refs if r.kind == "model" and r.via != "pronoun"))
        if len(named) == 1:
            return named[0]  # the page's own title under a breadcrumb ('Models', then 'Name 4 Pro')
    lede = _lede_subject(text, segs)
    if lede is not None:
        return lede
    top = counts.most_common(2)
    if top[0][1] >= 3 and (len(top) == 1 or top[0][1] >= 2 * top[1][1]):
        return top[0][0]
    return None


_DEFINES = re.compile(r"\s*(?:\([^)]{0,60}\)\s*)?,?\s+(?:is|was)\s+(?:a|an|the)\b")


def _lede_subject(text: str, segs: list[SegView]) -> str | None:
    """The model an untitled article opens by defining: its first sentence starts with the name and says
    what it is ('X is a 9-billion-parameter model …')."""
    for sv in segs[:6]:
        if sv.seg.kind != "sentence":
            continue
        models = [r for r in sv.refs if r.kind == "model" and r.via != "pronoun"]
        if (
            not models
            and len(text[sv.seg.start : sv.seg.end].split()) <= 4
            and "." not in text[sv.seg.end - 1 : sv.seg.end]
        ):
            continue  # a label line before the lede ('Tech Blog')
        if models and models[0].start - sv.seg.start <= 4 and _DEFINES.match(text, models[0].end):
            return models[0].canonical
        return None
    return None


def _lab_model(lab: str, doc_models: set[str], model_lab: dict[str, str]) -> str | None:
    owners = [m for m in doc_models if (ent.lab_of(m) == lab or model_lab.get(m, "").startswith(lab))]
    return owners[0] if len(owners) == 1 else None


def read_document(article: Article, clean: CleanText, layout: Layout, threshold: float) -> DocView:
    text = clean.text
    mentions, cands, model_lab, accepted, shorts, benches = read_mentions(
        text, layout, article.tables, threshold
    )
    kb = ent.knowledge()
    lab_alias = {r.alias: r.canonical for r in kb.records if r.kind == "lab"}
    doc_models = {m.canonical for m in mentions if m.kind == "model"}
    segs: list[SegView] = []
    mi = 0
    ordered = sorted(mentions, key=lambda m: m.start)
    for i, seg in enumerate(layout.segments):
        while mi < len(ordered) and ordered[mi].start < seg.start:
            mi += 1
        refs: list[Ref] = []
        j = mi
        while j < len(ordered) and ordered[j].start < seg.end:
            m = ordered[j]
            j += 1
            if m.kind in ("model", "benchmark"):
                refs.append(
                    Ref(
                        m.kind,
                        m.canonical,
                        m.start,
                        m.end,
                        max(m.reach, m.end),
                        m.setting,
                        m.confidence,
                        m.method,
                        m.surface,
                        m.unit,
                    )
                )
            elif m.kind == "pronoun":
                refs.append(Ref("pronoun", "", m.start, m.end, m.end, None, 0.8, "pronoun", m.surface))
            elif m.kind == "labmodel":
                lab = lab_alias.get(m.canonical, m.canonical)
                refs.append(Ref("labmodel", lab, m.start, m.end, m.end, None, 0.75, "labmodel", m.surface))
            elif m.kind == "benchref":
                refs.append(Ref("benchref", "", m.start, m.end, m.end, None, 0.8, "benchref", m.surface))
        nums = find_numbers(text, seg.start, seg.end)
        segs.append(SegView(seg, i, refs, nums))
    title_models: list[str] = []
    if segs and segs[0].seg.kind == "heading":
        head = segs[0]
        # the title's subject, not the rival it beats ('X beats Y on Z')
        title_models = [
            r.canonical
            for r in head.refs
            if r.kind == "model"
            and not OBJECT_BEFORE.search(text[max(head.seg.start, r.start - 24) : r.start])
        ]
        fine_tune = _FINE_TUNE_TITLE.match(text, head.seg.start, head.seg.end)
        if fine_tune is not None and any(r.kind == "model" and r.start >= fine_tune.end() for r in head.refs):
            # 'Name 3 - Base-3.2 3B': a fine-tune's title names it before the model it was tuned from
            own = Counter(
                r.canonical
                for s in segs[1:]
                for r in s.refs
                if r.kind == "model" and r.canonical.startswith(fine_tune.group("name") + " ")
            )
            if own:
                title_models = [own.most_common(1)[0][0]]
    if not title_models and article.title:
        title_models = [
            m.canonical
            for m in mentions
            if m.kind == "model" and text.startswith(article.title) and m.end <= len(article.title)
        ]
    focus = _focus(text, segs, title_models)
    view = DocView(article, clean, layout, mentions, segs, focus, cands, model_lab, doc_models)
    view.accepted, view.shorts, view.benches = accepted, shorts, benches
    view.weak_names = [
        (m.start(), m.end())
        for c in cands
        if c.kind == "model" and 0.25 <= c.confidence < threshold
        for m in re.finditer(r"(?<![\w-])" + re.escape(c.name) + r"(?![\w-])", text)
    ]
    for m in mentions:
        if m.kind == "model" and m.setting:
            view.model_settings.setdefault(m.canonical, m.setting)
    _resolve_context(view)
    return view


def _resolve_context(view: DocView) -> None:
    """Pronouns, '<lab>'s model', benchmark references; salient model, focus and inherited benchmark."""
    salient: str | None = view.focus
    sec_focus: str | None = view.focus
    para_bench: dict[int, Ref] = {}
    all_benches = {r.canonical for s in view.segs for r in s.refs if r.kind == "benchmark"}
    if view.article.tables:
        cells = "\n\n".join(c for t in view.article.tables for c in (*t.header, *(r[0] for r in t.rows if r)))
        all_benches |= {
            m.canonical
            for m in members.mentions_in(cells, view.accepted, view.shorts, view.benches)
            if m.kind == "benchmark"
        }
    if len(all_benches) == 1:
        view.unique_benchmark = next(r for s in view.segs for r in s.refs if r.kind == "benchmark")
    heading_bench: Ref | None = None
    item_bench: Ref | None = None
    # a board (an index or arena, not a %-scored test) the title or the lede names alone is what later
    # paragraphs naming no benchmark score on ('… the second-best open model at 38 points')
    lead_bench: Ref | None = None
    for sv in view.segs[:3]:
        lb = {r.canonical: r for r in sv.refs if r.kind == "benchmark"}
        if lb:
            only = next(iter(lb.values()))
            lead_bench = only if len(lb) == 1 and only.unit != "%" else None
            break
    para_topic: dict[int, str] = {}
    intro_topic: dict[int, str | None] = {}
    unknown_paras: set[int] = set()
    sec_unknown = False  # the section named a benchmark-shaped name we cannot resolve, and nothing since
    unknown_segs = view.segments_matching(UNKNOWN_INTRO)
    seen_models: set[str] = set()
    sec_from_heading = True
    sec_has_prose = False
    sec_topic = False  # a paragraph of this section has named its subject
    salient_para: int | None = None
    board: Ref | None = None
    named_before: Ref | None = None  # the benchmark named last, anywhere before
    for sv in view.segs:
        seg = sv.seg
        sv.board_inherited = board
        boards = [r for r in sv.refs if r.kind == "benchmark" and r.unit == "elo"]
        if seg.kind == "heading":
            board = boards[-1] if boards else board
        elif boards:
            board = boards[-1]
        if seg.kind == "heading":
            hm = list(dict.fromkeys(r.canonical for r in sv.refs if r.kind == "model"))
            sec_focus = hm[0] if len(hm) == 1 else view.focus
            sec_from_heading = len(hm) == 1 or sv.index == 0
            sec_has_prose = False
            sec_topic = False
            salient, salient_para = sec_focus, None
            hb = [r for r in sv.refs if r.kind == "benchmark"]
            heading_bench = hb[0] if len(hb) == 1 else None
            sec_unknown = False
            sv.salient = sv.focus = sec_focus
            seen_models.update(hm)
            continue
        if seg.kind == "item" and seg.first:
            item_bench = None
        if seg.first and seg.kind in ("sentence", "item"):
            topic = _subject(view, sv)
            if seg.kind == "sentence" and view.text[seg.start : seg.end].rstrip().endswith(":"):
                # a line in the list's own block introducing it ('**Name** has the following features:')
                intro_topic[seg.para] = topic
            if topic is not None:
                para_topic[seg.para] = topic
                # a section without a model in its heading is about the model its first paragraph introduces
                # (its first: a later list item introducing another model does not take the section over)
                if not sec_from_heading and not sec_has_prose and not sec_topic and topic not in seen_models:
                    sec_focus = salient = topic
                sec_topic = True
        if seg.kind == "sentence":
            sec_has_prose = True
        topic_here = para_topic.get(seg.lead_para if seg.kind == "item" else seg.para)
        if seg.kind == "item" and intro_topic.get(seg.para):
            topic_here = intro_topic[seg.para]
        sv.salient = salient
        sv.focus = topic_here if topic_here and seg.kind in ("item", "sentence") else sec_focus
        # resolve pronouns and lab models in place
        main = _main_refs(view.text, sv)
        main_ids = {id(r) for r in main}
        # a pronoun opening a paragraph or an FAQ answer means the paragraph's (the question's) subject, else
        # the section's focus: not a model the previous paragraph mentioned on the side
        opening: str | None = None
        if seg.first and seg.kind == "sentence":
            opening = para_topic.get(seg.para) or sec_focus
        elif seg.kind == "sentence" and _ANSWER.match(view.text, seg.start) and sv.index:
            q = view.segs[sv.index - 1]
            if q.seg.para == seg.para and _QUESTION.match(view.text, q.seg.start):
                q_main = _main_refs(view.text, q)
                opening = q_main[0].canonical if q_main else sec_focus
        last_model: str | None = None
        # 'X edges past Y on A (…). It also posts …': a pronoun opening the sentence after a comparison means
        # the comparison's subject, not its object nor the paragraph's first subject
        compared = _compared_subject(view, sv)
        for r in sv.refs:
            if r.kind == "model":
                if id(r) in main_ids:
                    last_model = r.canonical
            elif r.kind == "pronoun":
                definite = r.surface.lower().startswith(("the model", "this model", "the new model"))
                if last_model is not None and not definite:
                    target: str | None = last_model
                elif compared is not None and r.start == seg.start:
                    target = compared
                elif opening is not None and not re.search(r"(?i)newcomer|entrant", r.surface):
                    target = opening  # ('the newcomer' is the model introduced last, not the focus)
                else:
                    target = para_topic.get(seg.para) or (sec_focus if definite else None) or salient
                    if not definite and not seg.first and para_topic.get(seg.para) is None:
                        # a paragraph that has not named a model yet speaks of the focus, not of the model
                        # the previous paragraph ended on
                        stale = salient_para != seg.para and sec_focus is not None
                        target = sec_focus if stale else (salient or sec_focus)
                if target:
                    r.kind, r.canonical = "model", target
                    last_model = target  # 'The model scored 80.5 …, and its LiveCodeBench result …'
            elif r.kind == "labmodel":
                target = _lab_model(r.canonical, view.doc_models, view.model_lab) or sec_focus or salient
                if target:
                    r.kind, r.canonical, r.via = "model", target, "labmodel"
        seen_models.update(r.canonical for r in sv.refs if r.kind == "model" and r.via != "pronoun")
        # inherited benchmark
        inherited = None
        if seg.kind == "item" and not seg.first:
            inherited = item_bench
        if inherited is None and seg.kind == "item":
            # a list introduced by a lead without a benchmark ('The top eight as of May 21:') ranks on the
            # benchmark the paragraph before the lead named last
            inherited = para_bench.get(seg.lead_para) or para_bench.get(seg.lead_para - 1)
        if inherited is None and seg.kind != "item":
            inherited = para_bench.get(seg.para)
        unknown = (seg.lead_para if seg.kind == "item" else seg.para) in unknown_paras or (
            sec_unknown and inherited is None
        )
        if not unknown:
            inherited = inherited or heading_bench or view.unique_benchmark or lead_bench
        sv.bench_inherited = inherited
        last_bench: Ref | None = None
        unknown_at = (
            unknown_bench_at(view.text, sv.refs, sv.seg.start, sv.seg.end) if sv.index in unknown_segs else -1
        )
        for r in sv.refs:
            if r.kind == "benchmark":
                last_bench = r
            elif r.kind == "benchref":
                if 0 <= unknown_at < r.start and (last_bench is None or last_bench.start < unknown_at):
                    continue  # "the same index" after a name we cannot resolve: not an earlier benchmark
                # "the same test" = the benchmark just named (in this sentence, its paragraph, or before)
                target_b = last_bench or inherited or named_before
                if target_b is not None:
                    r.kind, r.canonical, r.unit = "benchmark", target_b.canonical, target_b.unit
        benches = [r for r in sv.refs if r.kind == "benchmark"]
        if benches:
            named_before = benches[-1]
        alone = view.text[seg.start - 1 : seg.start] in ("\n", "") and view.text[seg.end : seg.end + 1] in (
            "\n",
            "",
        )
        if (
            (seg.first or alone)
            and len(benches) == 1
            and re.fullmatch(r"[\s*#]*[.:]?[\s*]*", view.text[benches[0].reach : seg.end])
            and not view.text[seg.start : benches[0].start].strip(" *#")
        ):
            heading_bench, sec_unknown = benches[0], False  # a benchmark alone as a line ('GPQA Diamond.')
            para_bench.pop(seg.para, None)
            para_bench[seg.para + 1] = benches[0]
        elif (
            alone
            and not sv.refs
            and seg.end - seg.start <= 32
            and len(re.findall(r"[a-z][A-Z]", view.text[seg.start : seg.end])) <= 2  # not glued header cells
            and _NAME_LINE.fullmatch(view.text, seg.start, seg.end)
        ):
            # a line naming a benchmark we do not know ('Arena-Hard-Auto'): what follows is on it (when the
            # name says it is a benchmark), never on the one named before
            name = view.text[seg.start : seg.end].strip(" *#:")
            heading_bench, sec_unknown = None, True
            if _BENCH_WORD.search(name):
                heading_bench = Ref(
                    "benchmark", name, seg.start, seg.end, seg.end, None, 0.7, "discovered", name
                )
                sec_unknown = False
            para_bench.pop(seg.para, None)
        if benches:
            para_bench[seg.para] = benches[-1]
            unknown_paras.discard(seg.para)
            if seg.kind == "item":
                item_bench = benches[-1]
        if sv.index in unknown_segs and _unknown_after(view.text, sv, benches):
            # 'We also ran them through the <Name> Index …': a benchmark we cannot resolve is current now; the
            # rest of the section scores on nothing rather than on the benchmark named before
            unknown_paras.add(seg.para)
            para_bench.pop(seg.para, None)
            heading_bench, sec_unknown = None, True
        elif seg.kind == "sentence" and benches and benches[-1].via == "discovered":
            # a benchmark this article introduces in prose is the section's current one from here on
            heading_bench, sec_unknown = benches[-1], False
        first = next(
            (
                r
                for r in sv.refs
                if (r.kind == "model" and (r.via in ("pronoun", "labmodel") or id(r) in main_ids))
                or r.kind in ("pronoun", "labmodel")
                if r.surface.lower() != "its"
            ),
            None,
        )
        explicit = first is not None and first.kind == "model" and first.via not in ("pronoun", "labmodel")
        line_end = view.text.find("\n", seg.start)
        caption = _CAPTION.search(view.text, seg.start, line_end if line_end >= 0 else len(view.text))
        if first is not None and explicit and seg.kind not in ("row", "line") and caption is None:
            # (an image's caption, '… | Image: Lab', names a model on the side: "it" after it is not that one)
            salient, salient_para = first.canonical, seg.para


_CAPTION = re.compile(r"\|\s*(?:Image|Photo|Picture|Graphic|Chart|Source|Credit|Screenshot)s?\s*:")
_BENCH_WORD = re.compile(r"Bench|bench|Eval|QA|Arena|Exam|MMLU")
_NAME_LINE = re.compile(
    r"[\s*#]*[A-Z][\w.+-]*(?:Bench|bench|Eval|QA|Arena|Exam|Test|MMLU|-[A-Za-z]+)[\w.+-]*"
    r"(?: [A-Z0-9][\w.+-]*){0,2}[\s*#:]*"
)


def _compared_subject(view: DocView, sv: SegView) -> str | None:
    """The subject of the sentence before `sv` in its paragraph, when that sentence compares it with another
    model ('X edges past Y ...')."""
    if sv.seg.kind != "sentence" or sv.seg.first or not sv.index:
        return None
    prev = view.segs[sv.index - 1]
    if prev.seg.para != sv.seg.para or prev.seg.kind != "sentence":
        return None
    models = [r for r in prev.refs if r.kind == "model" and r.via != "pronoun"]
    if len({r.canonical for r in models}) < 2 or not any(_is_object(view, prev.seg.start, r) for r in models):
        return None
    # the subject may be a pronoun the sentence before resolved ('It scores 52 …, behind X (57) and Y (53).
    # Its standout results …': Its is what It was)
    main = [r for r in prev.refs if r.kind == "model" and not _is_object(view, prev.seg.start, r)]
    return main[0].canonical if main else None


def _unknown_after(text: str, sv: SegView, benches: list[Ref]) -> bool:
    """Whether the segment names a benchmark-shaped name no reference covers, after its last benchmark."""
    return unknown_bench_at(text, sv.refs, benches[-1].end if benches else sv.seg.start, sv.seg.end) >= 0


def _is_object(view: DocView, seg_start: int, r: Ref) -> bool:
    """A model named as the object of a comparison ('ahead of X', 'than X') or inside parentheses."""
    return is_object_text(view.text, seg_start, r)


def is_object_text(text: str, seg_start: int, r: Ref) -> bool:
    before = text[max(seg_start, r.start - 24) : r.start]
    if OBJECT_BEFORE.search(before):
        return True
    return before.rstrip().endswith("(")


def _subject(view: DocView, sv: SegView) -> str | None:
    """The model a paragraph is about: the first explicit model of its first sentence, before its first
    number, that is not a comparison object nor in parentheses; None when a pronoun comes first."""
    text = view.text
    first_num = next(
        (
            n.start
            for n in sv.numbers
            if not n.currency and not re.match(r"-[A-Za-z]", text[n.end : n.end + 2])
        ),
        sv.seg.end,
    )
    object_end = -1  # where the last comparison object ended: a list of models after it are objects too
    for r in sv.refs:
        if r.start >= first_num:
            break
        if r.kind in ("pronoun", "labmodel") and r.surface.lower() != "its":
            return None
        explicit = r.kind == "model" and r.via not in ("pronoun", "labmodel")
        if explicit and (
            _is_object(view, sv.seg.start, r)
            or (object_end >= 0 and _LIST_JOIN.fullmatch(text, object_end, r.start))
        ):
            object_end = r.end
        elif explicit:
            if _WHOLE_FAMILY.match(text, r.reach) and view.focus and view.focus.startswith(r.canonical + " "):
                return view.focus  # "The mid-range model in the Name 3 family …" on the page of Name 3 Super
            return r.canonical
    return None


_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_WHOLE_FAMILY = re.compile(r"\s+(?:family|series|lineup|line-up|line)\b")
