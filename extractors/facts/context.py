"""What each segment of an article means without saying it: pronouns and '<lab>'s model' resolved to models,
'the same benchmark' to the benchmark named before, and per segment the salient model (who "it" means), the
section focus (who an implied subject means) and the benchmark it inherits from its paragraph, list lead or
section (`resolve_context`, run once by `reader.read_document`).
"""

from __future__ import annotations

import re
from collections import Counter

from extractors.facts import entities as ent
from extractors.facts import members
from extractors.facts.arrows import ARROW_GAP
from extractors.facts.dates import MONTHS, WEEKDAYS
from extractors.facts.descriptions import description_size, is_description
from extractors.facts.document import COORD_OBJ, DocView, Ref, SegView, is_object_text
from extractors.facts.header_models import header_model
from extractors.facts.patterns import word_alternation
from extractors.facts.segments import Segment
from extractors.facts.unknown_bench import UNKNOWN_INTRO, unknown_bench_at

# a figure followed by 'on' and a day or a month ('measured at 61% on Tuesday', '48.5 on March 3'): the
# sentence dates its figure rather than naming what it was measured on, so no earlier benchmark carries to it
_DATED_FIGURE = re.compile(
    r"\d[ \t]?%?[ \t]+on[ \t]+"
    + word_alternation((w.capitalize() for w in (*WEEKDAYS, *list(MONTHS)[:12])), longest_first=True)
    + r"\b"
)

_SIDE_SENTENCE = re.compile(r"(?i)(?:for|by) (?:reference|comparison|contrast)\b|(?:meanwhile|elsewhere),")
_ANSWER = re.compile(r"(?:A|Answer)\s*[:.]\s")
_MD_HEADING = re.compile(r"#{1,6}[ \t]+\S")
_QUESTION = re.compile(r"(?:Q|Question)\s*[:.]\s")


def _side_sentence(text: str, seg: Segment) -> bool:
    """A sentence that mentions models on the side ('For reference, X scores ...')."""
    return _SIDE_SENTENCE.match(text, seg.start) is not None


def main_refs(text: str, sv: SegView) -> list[Ref]:
    """The explicit models a segment names as subjects: not comparison objects, not in parentheses, not the
    objects coordinated with one ('trails A (77) and B (79)'), not in a side sentence. Kept on the segment
    (asked for each segment by the focus count, by context for it and for the sentences after it): the
    answer changes only where `resolve_context` turns a lab's model into a model, which drops it."""
    if sv.main is None:
        sv.main = _main_refs(text, sv)
    return sv.main


def _main_refs(text: str, sv: SegView) -> list[Ref]:
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


def lab_model(lab: str, doc_models: set[str], model_lab: dict[str, str]) -> str | None:
    owners = [m for m in doc_models if (ent.lab_of(m) == lab or model_lab.get(m, "").startswith(lab))]
    return owners[0] if len(owners) == 1 else None


_MARKUP_END = re.compile(r"[\s*#]*[.:]?[\s*]*")


def _described(view: DocView, sv: SegView, r: Ref) -> str | None:
    """A description ('this 24B model', 'le modèle') stands for the page's one model, else for the model a
    subject of this paragraph named last before it, else the page's focus. A size in it picks the one member
    of that size, or the sibling of a sized member ('Name 4B has …; the 14B checkpoint …' is Name 14B)."""
    if not is_description(r.surface):
        return None
    size = description_size(r.surface)
    if size:
        at = re.compile(r"(?<![\w.])" + re.escape(size) + r"(?![\w.])", re.I)
        sized = [m for m in view.doc_models if at.search(m)]
        if len(sized) == 1:
            return sized[0]
    owner = _described_owner(view, sv, r)
    own_size = _SIZE_END.search(owner) if owner and size else None
    if owner and size and own_size and own_size.group(1).upper() != size.upper():
        family = owner[: own_size.start(1)]
        if any(m != owner and m.startswith(family) and _SIZE_END.search(m) for m in view.doc_models):
            return None  # members of other sizes named and none of this one: 'the 7B model' is no member
        return family + size  # the sibling of that size
    return owner


_OPENS = re.compile(r"[\s*#>\-•\"'“(]*(?:[Tt]he\s+)?")
_SIZE_END = re.compile(r"[\s-](\d+(?:\.\d+)?[BbMm])$")


def _described_owner(view: DocView, sv: SegView, r: Ref) -> str | None:
    """The model a description `r` stands for, its size aside: the page's one model, else the subject opening
    the latest sentence of its paragraph up to `r`, else the last model that paragraph named, else the
    focus."""
    if len(view.doc_models) == 1:
        return next(iter(view.doc_models))
    last: str | None = None
    for i in range(sv.index, -1, -1):
        seg = view.segs[i]
        if i < sv.index and seg.seg.para != sv.seg.para:
            break
        named = [m for m in main_refs(view.text, seg) if m.reach <= r.start or i < sv.index]
        # a model opening its sentence is that sentence's subject; one named later in it may be what it beat
        opening = [m for m in named if _OPENS.fullmatch(view.text, seg.seg.start, m.start)]
        if opening:
            return opening[-1].canonical
        last = last or (named[-1].canonical if named else None)
    return last or view.focus


def resolve_context(view: DocView) -> None:
    """Pronouns, '<lab>'s model', benchmark references; salient model, focus and inherited benchmark."""
    salient: str | None = view.focus
    sec_focus: str | None = view.focus
    para_bench: dict[int, Ref] = {}
    block_lead: dict[int, Ref] = {}  # the benchmark the block's last prose line named (items may follow)
    named = Counter(r.canonical for s in view.segs for r in s.refs if r.kind == "benchmark")
    if view.article.tables:
        cells = "\n\n".join(c for t in view.article.tables for c in (*t.header, *(r[0] for r in t.rows if r)))
        named.update(
            m.canonical
            for m in members.mentions_in(cells, view.accepted, view.shorts, view.benches)
            if m.kind == "benchmark"
        )
    if len(named) == 1:
        view.unique_benchmark = next(r for s in view.segs for r in s.refs if r.kind == "benchmark")
    dominant = _dominant(view, named)
    heading_bench: Ref | None = None
    item_bench: Ref | None = None
    # a benchmark the title or the lede names alone is what later paragraphs naming no benchmark score on
    # ('… the second-best open model at 38 points'); a %-scored test only until the page names another (a
    # board holds the whole page; a test's name stops holding once percentages of other things may follow)
    lead_bench: Ref | None = None
    for sv in view.segs[:3]:
        lb = {r.canonical: r for r in sv.refs if r.kind == "benchmark"}
        if lb:
            only = next(iter(lb.values()))
            lead_bench = only if len(lb) == 1 else None
            break
    para_topic: dict[int, str] = {}
    column_owner: dict[int, str] = {}  # a table left as text whose header line names one model column
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
        # a markdown heading in a block without blank lines ('…\n## Speed\n- 2x faster …') opens a section
        # too: its items are not about the model an item of the section before named last
        heading = seg.kind == "heading" or (
            seg.kind == "sentence" and _MD_HEADING.match(view.text, seg.start, seg.end) is not None
        )
        if heading:
            board = boards[-1] if boards else board
        elif boards:
            board = boards[-1]
        if heading:
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
        if seg.kind == "line" and seg.first and (owner := header_model(view, sv)) is not None:
            column_owner[seg.para] = owner
        sv.focus = topic_here if topic_here and seg.kind in ("item", "sentence") else sec_focus
        if seg.kind == "line" and not seg.first and seg.para in column_owner:
            sv.focus = column_owner[seg.para]
        # resolve pronouns and lab models in place
        main = main_refs(view.text, sv)
        main_ids = {id(r) for r in main}
        # a pronoun opening a paragraph or an FAQ answer means the paragraph's (the question's) subject, else
        # the section's focus: not a model the previous paragraph mentioned on the side
        opening: str | None = None
        if seg.first and seg.kind == "sentence":
            opening = para_topic.get(seg.para) or sec_focus
        elif seg.kind == "sentence" and _ANSWER.match(view.text, seg.start) and sv.index:
            q = view.segs[sv.index - 1]
            if q.seg.para == seg.para and _QUESTION.match(view.text, q.seg.start):
                q_main = main_refs(view.text, q)
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
                described = None if definite else _described(view, sv, r)
                if described or (is_description(r.surface) and description_size(r.surface)):
                    # a sized description no member or sibling of that size answers means no model here
                    target: str | None = described
                elif last_model is not None and not definite:
                    target = last_model
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
                target = lab_model(r.canonical, view.doc_models, view.model_lab) or sec_focus or salient
                if target:
                    r.kind, r.canonical, r.via = "model", target, "labmodel"
                    sv.main = None  # a model main_refs now counts
        seen_models.update(r.canonical for r in sv.refs if r.kind == "model" and r.via != "pronoun")
        # inherited benchmark
        inherited = None
        if seg.kind == "item" and not seg.first:
            inherited = item_bench
        if inherited is None and seg.kind == "item":
            # a list introduced by a lead without a benchmark ('The top eight as of May 21:') ranks on the
            # benchmark the paragraph before the lead named last
            inherited = para_bench.get(seg.lead_para) or para_bench.get(seg.lead_para - 1)
        if inherited is None and seg.kind == "item" and seg.para not in unknown_paras:
            # a list whose lead line opens its own block, no blank line between ('Six models on X, six points
            # apart:' then '- A - 80%'): the items rank on the benchmark that line named
            inherited = block_lead.get(seg.para)
        if inherited is None and seg.kind != "item":
            inherited = para_bench.get(seg.para)
        unknown = (seg.lead_para if seg.kind == "item" else seg.para) in unknown_paras or (
            sec_unknown and inherited is None
        )
        if not unknown:
            inherited = inherited or heading_bench or view.unique_benchmark or lead_bench or dominant
        if inherited is not None and _DATED_FIGURE.search(view.text, seg.start, seg.end):
            inherited = None  # '61% on Tuesday': a dated figure, measured on no benchmark
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
        if (
            lead_bench is not None
            and lead_bench.unit == "%"
            and any(b.canonical != lead_bench.canonical for b in benches)
        ):
            lead_bench = None
        alone = view.text[seg.start - 1 : seg.start] in ("\n", "") and view.text[seg.end : seg.end + 1] in (
            "\n",
            "",
        )
        if (
            (seg.first or alone)
            and len(benches) == 1
            and _MARKUP_END.fullmatch(view.text[benches[0].reach : seg.end])
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
        if seg.kind == "sentence":  # only the line right before the items leads them
            if benches:
                block_lead[seg.para] = benches[-1]
            else:
                block_lead.pop(seg.para, None)
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


def _dominant(view: DocView, named: Counter[str]) -> Ref | None:
    """The benchmark a page is about though it names others on the side: named at least four times and three
    times as often as any other. A figure with a model and no benchmark of its own, in no section or list that
    names one, is on it (a page on one exam that sets it against another once: its 'Name-4: 58%' lines)."""
    top = named.most_common(2)
    if len(top) < 2 or top[0][1] < 4 or top[0][1] < 3 * top[1][1]:
        return None
    refs = (r for s in view.segs for r in s.refs if r.kind == "benchmark")
    return next((r for r in refs if r.canonical == top[0][0]), None)


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


_HYPHEN_WORD = re.compile(r"-[A-Za-z]")


def _subject(view: DocView, sv: SegView) -> str | None:
    """The model a paragraph is about: the first explicit model of its first sentence, before its first
    number, that is not a comparison object nor in parentheses; None when a pronoun comes first."""
    text = view.text
    first_num = next(
        (n.start for n in sv.numbers if not n.currency and not _HYPHEN_WORD.match(text[n.end : n.end + 2])),
        sv.seg.end,
    )
    object_end = -1  # where the last comparison object ended: a list of models after it are objects too
    for r in sv.refs:
        if r.start >= first_num:
            break
        if r.kind in ("pronoun", "labmodel") and r.surface.lower() != "its":
            return _described(view, sv, r)  # a description ('O modelo …') is its model's; 'It …' names none
        explicit = r.kind == "model" and r.via not in ("pronoun", "labmodel")
        if explicit and (
            _is_object(view, sv.seg.start, r)
            or (object_end >= 0 and _LIST_JOIN.fullmatch(text, object_end, r.start))
            or _moved_from(sv, r, text)
        ):
            object_end = r.end
        elif explicit:
            on_page = view.focus and view.focus.startswith(r.canonical + " ")
            moved_to = ARROW_GAP.fullmatch(text, object_end, r.start)
            if on_page and (_WHOLE_FAMILY.match(text, r.reach) or moved_to):
                # "The second-largest of the Name 3 family …" on the page of Name 3 Large; "the Name 2 →
                # Name 3 step" on the page of Name 3 27B: the page's member
                return view.focus
            member = next((m for m in sv.refs if m.kind == "model" and m.start >= r.reach), None)
            if (
                member is not None
                and not any(  # no figure before it but the names' own ("Name 3")
                    n.start < member.start and not any(m.start <= n.start < m.reach for m in sv.refs)
                    for n in sv.numbers
                )
                and member.canonical.startswith(r.canonical + " ")
                and _APPOSITIVE.fullmatch(text, r.reach, member.start)
            ):
                return member.canonical  # "its smallest Name 3 model yet, Name 3 270M": the member it names
            return r.canonical
    return None


def _moved_from(sv: SegView, r: Ref, text: str) -> bool:
    """Whether `r` is the older side of a move written with an arrow to another model ('Name 2 → Name 3'): not
    what the lines below measure."""
    m = ARROW_GAP.match(text, r.reach)
    return m is not None and any(
        o.kind == "model" and o.start == m.end() and o.canonical != r.canonical for o in sv.refs
    )


_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
# what stands between a family and the member named right after it, set off by a comma ("Name 3 model ever, ")
_APPOSITIVE = re.compile(r"(?:\s+[\w-]+){0,3}\s*[,:—–]\s*(?:the\s+|called\s+|named\s+)?")
_WHOLE_FAMILY = re.compile(r"\s+(?:family|series|lineup|line-up|line)\b")
