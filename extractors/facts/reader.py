"""One article, read once: clean text, layout, resolved mentions per segment, focus models and context.

`read_document` runs the mention passes, gathers each segment's references and numbers into a `DocView`,
finds the model the article is about (its title's subject, a fine-tune's own name, its lede's or its most
named model) and resolves the context of every segment (`context.resolve_context`).
"""

from __future__ import annotations

import re
from collections import Counter

from extractors.facts import entities as ent
from extractors.facts.context import main_refs, resolve_context
from extractors.facts.document import OBJECT_BEFORE, DocView, Ref, SegView, fold
from extractors.facts.mentions import read_mentions
from extractors.facts.name_shapes import whole_word_spans
from extractors.facts.numbers import find_numbers
from extractors.facts.segments import CleanText, Layout
from schema.records import Article

_FINE_TUNE_TITLE = re.compile(r"\s*(?P<name>[A-Z][\w.]*(?: [\w.]+){0,2})\s+[-–—]\s+")


def _focus(text: str, segs: list[SegView], title_models: list[str]) -> str | None:
    distinct = list(dict.fromkeys(title_models))
    if len(distinct) == 1:
        return distinct[0]
    # (counted only past the title's one model: a page whose title names its model needs no count)
    counts = Counter(r.canonical for s in segs for r in main_refs(text, s))
    if len(distinct) > 1:
        # a headline in title case ('Nimbo-3 Mini Flash') names the model the body writes 'Nimbo-3 mini
        # flash': one model, spelt as the body spells it most and counted under both spellings
        spelt: dict[str, str] = {}
        total: Counter[str] = Counter()
        for name in counts:
            total[fold(name)] += counts[name]
            if counts[name] > counts.get(spelt.get(fold(name), ""), 0):
                spelt[fold(name)] = name
        distinct = list(dict.fromkeys(spelt.get(fold(m), m) for m in distinct))
        if len(distinct) == 1:
            return distinct[0]
        ranked = sorted(distinct, key=lambda m: -total[fold(m)])
        return ranked[0] if total[fold(ranked[0])] > total[fold(ranked[1])] else None
    if not counts:
        return None
    for sv in segs[:4]:
        if sv.seg.kind != "heading":
            break
        refs = [r for r in sv.refs if r.kind == "model" and r.via != "pronoun"]
        named = list(dict.fromkeys(r.canonical for r in refs))
        if len(named) == 1 and not _rival(text, sv.seg.start, refs[0].start):
            return named[0]  # the page's own title under a breadcrumb ('Models', then 'Name 4 Pro')
    lede = _lede_subject(text, segs) or _victor(text, segs)
    if lede is not None:
        return lede
    top = counts.most_common(2)
    if top[0][1] >= 3 and (len(top) == 1 or top[0][1] >= 2 * top[1][1]):
        return top[0][0]
    return None


def _victor(text: str, segs: list[SegView]) -> str | None:
    """A title that names models only as the rivals something beat ('The Model That Beat Y'): the page is
    about the model its first sentence names that is none of them."""
    head = segs[0] if segs and segs[0].seg.kind == "heading" else None
    named = [r for r in head.refs if r.kind == "model"] if head is not None else []
    if not named or not all(_rival(text, head.seg.start, r.start) for r in named):  # type: ignore[union-attr]
        return None
    beaten = {r.canonical for r in named}
    for sv in segs[1:4]:
        if sv.seg.kind == "sentence":
            own = [r.canonical for r in main_refs(text, sv) if r.canonical not in beaten]
            return own[0] if own else None
    return None


def _snapshot_named(r: Ref, doc_models: set[str]) -> str:
    """A title's id that spells a dated snapshot the reader folded into its model ('lab / name-3-0917'): the
    snapshot itself when the page writes it as a model of its own ('Name-3-0917 is …')."""
    if r.via != "snapshot" or not r.surface:
        return r.canonical
    own = [m for m in doc_models if m.startswith(r.canonical + " ") and fold(m) == fold(r.surface)]
    return own[0] if len(own) == 1 else r.canonical


def _rival(text: str, line_start: int, at: int) -> bool:
    """The name at `at` is the rival a title line compares against ('X beats Y'; in title case 'The Model
    That Beat Y'), not the page's subject."""
    return OBJECT_BEFORE.search(text[max(line_start, at - 24) : at].lower()) is not None


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


def read_document(article: Article, clean: CleanText, layout: Layout, threshold: float) -> DocView:
    text = clean.text
    mentions, cands, model_lab, accepted, shorts, benches = read_mentions(
        text, layout, article.tables, threshold
    )
    lab_alias = ent.lab_canonical()
    # a release named only by its number in a comparison's slot is not a model the page names
    doc_models = {m.canonical for m in mentions if m.kind == "model" and m.method != "compared"}
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
        # the title's subject, not the rival it beats ('X beats Y on Z'; title case 'The Model That Beat Y')
        title_models = [
            _snapshot_named(r, doc_models)
            for r in head.refs
            if r.kind == "model" and not _rival(text, head.seg.start, r.start)
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
            if m.kind == "model"
            and text.startswith(article.title)
            and m.end <= len(article.title)
            and not _rival(text, 0, m.start)
        ]
    focus = _focus(text, segs, title_models)
    view = DocView(article, clean, layout, mentions, segs, focus, cands, model_lab, doc_models)
    view.accepted, view.shorts, view.benches = accepted, shorts, benches
    view.weak_names = [
        span
        for c in cands
        if c.kind == "model" and 0.25 <= c.confidence < threshold
        for span in whole_word_spans(text, c.name)
    ]
    for m in mentions:
        if m.kind == "model" and m.setting and not m.local:
            view.model_settings.setdefault(m.canonical, m.setting)
    resolve_context(view)
    return view
