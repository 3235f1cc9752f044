"""Entity mentions: the spaCy pipeline (news segmenter + SpanRuler over the pattern files) and the passes that
turn its spans into canonical model / benchmark / lab mentions: family-shaped names with unseen versions,
snapshot ids, article-local short names, pronouns and "<lab>'s model".
"""

from __future__ import annotations

import atexit
import bisect
import gc
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import numpy
import spacy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from extractors.facts.matcher import PhraseIndex
from extractors.facts.patterns import PatternRecord, load_patterns
from extractors.facts.segments import segment_text

SPANS_KEY = "newskb_entities"
TIERS = (
    "Pro|Ultra|Max|Mini|mini|Nano|nano|Flash-Lite|Flash|Lite|Plus|Turbo|Fast|Heavy|Chat|Codex|Coder|Omni|Air|"
    "Opus|Sonnet|Haiku|Maverick|Scout|Behemoth|Instruct|Vision|Large|Medium|Small|Deep Think|Swift|Edge|"
    "Prime|Reasoner|Distill|Micro|Super|Spark|Exp|Speciale"
)
_SIZE = r"\d+(?:\.\d+)?[BbMm]|A\d+(?:\.\d+)?B|\d+[Bb]-A\d+[Bb]"
_SETTING_WORDS = {
    "xhigh": "xhigh",
    "x-high": "xhigh",
    "extra high": "xhigh",
    "high": "high",
    "medium": "medium",
    "low": "low",
    "minimal": "minimal",
    "max": "max",
    "none": "none",
    "thinking": "Thinking",
    "reasoning": "Reasoning",
    "contemplating": "Contemplating",
    "instant": "Instant",
    "deep think": "Deep Think",
    "non-thinking": "non-thinking",
    "adaptive reasoning max": "Adaptive Reasoning Max",
    "adaptive thinking": "adaptive thinking",
    "high reasoning": "high",
    "xhigh reasoning": "xhigh",
    "max effort": "max",
    "high effort": "high",
}
_DROP_SETTINGS = {"preview", "experimental", "beta", "reference", "baseline", "new", "old", "latest"}
PRONOUN_RE = re.compile(
    r"\b(?:[Ii]ts?|[Tt]he (?:same |new |released )?(?:model|entry|system|checkpoint|newcomer|entrant)|"
    r"[Tt]his model)\b(?!-)"
)
LABMODEL_RE = re.compile(
    r"\b(?P<lab>[A-Z][\w&-]*(?:\.\w+)*(?: [A-Z][\w&-]*(?:\.\w+)*){0,3})'s?\s+"
    r"(?:own |new |latest |flagship |reasoning |"
    r"open-weight |open |coding |top )*model\b"
)
_ARENA_RE = re.compile(
    r"(?:(?P<arena>LMArena|LM Arena|Arena)(?:'s)?\s+)?(?:the\s+)?"
    r"(?P<k>[Tt]ext|[Vv]ision|[Cc]oding|[Ww]eb[Dd]ev)"
    r"\s+(?:leaderboard|board|arena)\b"
)
# words a leaderboard's next cell starts with, glued to a model's name by text extraction ('GPT-8API OpenAI')
_GLUED_ON = r"(?:API|Open|Proprietary|Closed)\b"
_SNAP = r"(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|2[5-9](?:0[1-9]|1[0-2])"  # MMDD, or YYMM from 2025
_ID_WORD_STOP = (
    r"(?:based|class|level|style|like|powered|sized|scale|series|family|only|grade|tier|type|era|generation|gen|"
    r"low|medium|high|xhigh|minimal|none|preview|latest|exp|experimental|beta|alpha|release|version|era|"
    r"and|or|to|vs|with|the|for|powered|driven|backed|tuned|ready|native|compatible|equivalent|sibling)"
)
_SNAPSHOT_RE = re.compile(r"(?<![\w.-])[A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+){2,}(?![\w-])")
_PARTS_RE = re.compile(r"[a-z]+|\d+")
_TAIL_PAREN = re.compile(r"\s*\(([^()\d][^()]{0,38})\)")
_TAIL_WORD = re.compile(
    r"\s+(Thinking|Preview|Instant|Contemplating|Experimental|\(Thinking\)"
    r"|[“\"](?:Deep Think|Thinking)[”\"])(?!\w)"  # a quoted mode: 'Name 3 “Deep Think”'
)


@dataclass(slots=True)
class Mention:
    kind: str  # model | benchmark | lab | pronoun | labmodel
    canonical: str
    start: int
    end: int
    surface: str
    setting: str | None = None
    confidence: float = 1.0
    method: str = "pattern"
    unit: str | None = None
    tail: int = -1  # end of a trailing parenthetical/setting word that belongs to the name

    @property
    def reach(self) -> int:
        return max(self.end, self.tail)


@dataclass(frozen=True, slots=True)
class Knowledge:
    """Pattern data arranged for lookups."""

    records: tuple[PatternRecord, ...]
    bench_unit: dict[str, str | None]
    requires: dict[str, str]  # alias -> a word the article must contain
    family_lab: dict[str, str]
    family_join: dict[str, str]
    family_alias: dict[str, str]  # surface -> family id
    model_ids: frozenset[str]
    bench_ids: frozenset[str]
    family_re: re.Pattern[str]
    model_parts: dict[tuple[str, ...], str] = field(default_factory=dict)
    family_core: re.Pattern[str] | None = None  # family_re without its word boundary
    lab_glued: re.Pattern[str] | None = None  # a lab's name glued to a family ('OpenAIGPT-5')
    family_slug: re.Pattern[str] | None = None  # a family's API id ('gemini-3.5-pro', 'claude-opus-5-1')
    family_slug_ids: dict[str, str] = field(default_factory=dict)


@cache
def _model_aliases() -> tuple[tuple[str, str], ...]:
    """(alias, canonical) of every known model spelling, longest first."""
    pairs = {(v, r.canonical) for r in knowledge().records if r.kind == "model" for v in _variants(r.alias)}
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def glued_prefix(cell: str, extra: Iterable[str] = ()) -> tuple[str, int] | None:
    """(canonical, end) of the known model name a cell starts with when other text is glued to it
    ('GPT-5API OpenAI', 'Model-R1Open Source'): the longest name followed by a capital, a space or nothing,
    never by a digit or a small letter that would make it another name."""
    for alias, canonical in [*((e, e) for e in extra), *_model_aliases()]:
        if cell.startswith(alias):
            nxt = cell[len(alias) : len(alias) + 1]
            if not nxt or nxt.isspace() or nxt.isupper():
                return canonical, len(alias)
    return None


def name_parts(name: str) -> tuple[str, ...]:
    return tuple(_PARTS_RE.findall(name.lower()))


def _variants(alias: str) -> list[str]:
    """The spellings of one alias that news text uses: a hyphen and a space between name parts are the same
    ('GPT-5' / 'GPT 5', 'Kimi K2 Thinking' / 'Kimi K2-Thinking' / 'Kimi-K2-Thinking', 'Terminal-Bench' /
    'Terminal Bench' / 'TerminalBench'); a version letter may be written small ('Kimi k2')."""
    out = [alias]
    if re.search(r"[A-Za-z]-\d", alias):
        out.append(re.sub(r"(?<=[A-Za-z])-(?=\d)", " ", alias))
    if " " in alias:
        out.append(alias.replace(" ", "-"))
        if alias.count(" ") > 1:
            out.append(alias.replace(" ", "-", 1))  # 'Kimi-K2 Thinking': the family joined, the mode apart
        out.append(re.sub(r"(?<=\d) (?=[A-Z][a-z])", "-", alias))
    if re.search(r"[A-Za-z]{2}-[A-Z][a-z]", alias):
        out.append(re.sub(r"(?<=[A-Za-z]{2})-(?=[A-Z][a-z])", " ", alias))
        out.append(re.sub(r"(?<=[A-Za-z]{2})-(?=[A-Z][a-z])", "", alias))
    tier_first = re.fullmatch(r"(?P<fam>[A-Z]\w+) (?P<tier>[A-Z][a-z]+) (?P<ver>\d+(?:\.\d+)?)", alias)
    if tier_first:
        out.append(f"{tier_first['fam']} {tier_first['ver']} {tier_first['tier']}")  # 'Claude 4.5 Haiku'
    if re.search(r"\w[ -][A-UW-Z]\d", alias):
        # a version letter written small after the family ('Kimi k2', 'MiniMax m2'; 'v3' reads as a version)
        out += [re.sub(r"(?<=\w)([ -])([A-UW-Z])(?=\d)", lambda m: m[1] + m[2].lower(), v) for v in out]
    return list(dict.fromkeys(out))


@cache
def knowledge() -> Knowledge:
    recs = tuple(load_patterns())
    fams = [r for r in recs if r.kind == "family"]
    fam_alias = {r.alias: r.canonical for r in fams}
    fam_names = "|".join(re.escape(a) for a in sorted(fam_alias, key=len, reverse=True))
    # a tier word that is also a family's name, with a version after it, starts the next name: 'Sonnet 7.6
    # Opus 7.6' in a table header is two models, not 'Sonnet 7.6 Opus'
    fam_tiers = [t for t in TIERS.split("|") if t in fam_alias]
    fam_next = r"(?!(?:" + "|".join(fam_tiers) + r")[- ]\d)" if fam_tiers else ""
    fam_core = (
        r"(?P<fam>" + fam_names + r")"
        r"(?P<sep>[- ]?)(?P<ver>\d+(?:\.\d+)*[a-z]?|[A-Z]\d+(?:\.\d+)?[a-z]?)"
        # a word glued on by text extraction ('GPT-8API OpenAI', 'Name-R4Open Source') ends the version
        r"(?:(?![\w.%])|(?=" + _GLUED_ON + r"|[A-Z][a-z]{2,}\s))"  # 'Sonnet 4.1%' is a figure, not a name
        # a tier glued on after the version ('Claude4Opus', 'Gemini2.5Pro') is the same name
        # a snapshot after the version ('DeepSeek V3 0324', 'Kimi K2 0905', '-2507') belongs to the name
        r"(?P<tiers>(?:(?:[- ]|(?<=\d)(?=[A-Z][a-z]))"
        + fam_next
        + r"(?:"
        + TIERS
        + r"|"
        + _SIZE
        + r"|"
        + _SNAP
        + r")"
        r"(?:(?![\w])|(?=" + _GLUED_ON + r")))*"
        # lower-case words hyphen-joined after it belong to the model's id ('Name-4-reasoning-plus',
        # 'Name-4-mini-reasoning'), except words that make it an adjective or a setting ('-class', '-high')
        r"(?:-(?!" + _ID_WORD_STOP + r"\b)[a-z]{3,}(?![\w]))*)"
    )
    # a figure glued before a name by text extraction ('80.1%Opus 4.5', 'Sonnet 4.5Opus 4.5') leaves the name
    fam_re = re.compile(r"(?<![A-Za-z_-])(?<![A-Za-z]\d)" + fam_core)
    # a lab's name glued to the family by text extraction ('OpenAIGPT-5.3 Chat') does not hide the model: a
    # second, rare pass (a lookbehind per lab inside the main pattern cost ~6% of the NLP stage)
    glued_labs = sorted({r.alias for r in recs if r.kind == "lab" and re.fullmatch(r"[A-Z][\w]+", r.alias)})
    lab_glued = re.compile(
        r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in glued_labs) + r")(?=(?:" + fam_names + r")[- ]?\d)"
    )
    # a family written as an API id: lower case, parts joined by '-' or '_', a version whose minor part may
    # follow a '-' ('claude-opus-4-6'), then tier words and a snapshot date or setting ('-20250805', '-high')
    slugs = {r.alias.lower().replace(" ", "-"): r.canonical for r in fams}
    tiers_low = "|".join(sorted({t.lower() for t in TIERS.split("|") if " " not in t}, key=len, reverse=True))
    family_slug = re.compile(
        r"(?P<fam>" + "|".join(re.escape(a) for a in sorted(slugs, key=len, reverse=True)) + r")"
        r"[-_]?(?P<ver>[a-z]?\d{1,2}(?:[.-]\d{1,2}(?![\d.]|[bmkt](?![a-z])))?)"
        r"(?P<tiers>(?:[-_](?:" + tiers_low + r"|\d+(?:\.\d+)?[bm]|a\d+(?:\.\d+)?b)(?![a-z\d]))*)(?=[-_.]|$)"
    )
    model_ids = frozenset(r.canonical for r in recs if r.kind == "model")
    parts: dict[tuple[str, ...], str] = {}
    for r in recs:
        if r.kind == "model":
            parts.setdefault(name_parts(r.alias), r.canonical)
    return Knowledge(
        records=recs,
        bench_unit={r.canonical: r.unit for r in recs if r.kind == "benchmark"},
        requires={r.alias: r.requires for r in recs if r.requires},
        family_lab={r.canonical: r.lab or "" for r in fams},
        family_join={r.canonical: r.join if r.join is not None else " " for r in fams},
        family_alias=fam_alias,
        model_ids=model_ids,
        bench_ids=frozenset(r.canonical for r in recs if r.kind == "benchmark"),
        family_re=fam_re,
        model_parts=parts,
        family_core=re.compile(fam_core),
        lab_glued=lab_glued,
        family_slug=family_slug,
        family_slug_ids=slugs,
    )


def lab_of(model: str) -> str | None:
    kb = knowledge()
    for fam in sorted(kb.family_lab, key=len, reverse=True):
        if model.startswith(fam):
            return kb.family_lab[fam]
    return None


@Language.component("newskb_segmenter")
def news_segmenter(doc: Doc) -> Doc:
    """Sentence starts from the news layout: headings, list items and table rows are their own units."""
    text = doc.user_data.get("newskb_text")
    layout = segment_text(text if isinstance(text, str) else doc.text)
    doc.user_data["newskb_layout"] = layout
    if len(doc):
        idx = doc.to_array([IDX])
        starts = numpy.array(sorted({s.start for s in layout.segments} | {0}), dtype=idx.dtype)
        flags = numpy.where(numpy.isin(idx, starts), 1, -1).astype("uint64")
        flags[0] = 1
        doc.from_array([SENT_START], flags.reshape(-1, 1))  # type: ignore[arg-type]
    return doc


def _ruler_patterns() -> list[dict[str, Any]]:
    pats: list[dict[str, Any]] = []
    for r in knowledge().records:
        for v in _variants(r.alias):
            pats.append({"label": r.label, "pattern": v, "id": r.canonical})
            head, sep, rest = v.partition(" ")
            if r.kind == "benchmark" and sep and rest != rest.lower() and re.fullmatch(r"[A-Za-z ]+", rest):
                # a benchmark's later words in lower case ('Aider polyglot', 'SWE-bench verified')
                pats.append({"label": r.label, "pattern": f"{head} {rest.lower()}", "id": r.canonical})
        year = re.fullmatch(r"([A-Z][A-Za-z-]*[A-Z]) 20(\d\d)", r.alias) if r.kind == "benchmark" else None
        if year:  # a contest's edition written short or glued: 'AIME25', 'HMMT 25', 'AIME2025'
            for v in (
                f"{year[1]}{year[2]}",
                f"{year[1]} {year[2]}",
                f"{year[1]}-{year[2]}",
                f"{year[1]}20{year[2]}",
            ):
                pats.append({"label": r.label, "pattern": v, "id": r.canonical})
    return pats


def run_pipeline(text: str) -> Doc:
    """Tokenize and run every component; the text rides along so components need not rebuild doc.text."""
    nlp = build_pipeline()
    doc = nlp.make_doc(text)
    doc.user_data["newskb_text"] = text
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


@cache
def build_pipeline() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("newskb_segmenter")
    ruler = nlp.add_pipe(
        "span_ruler", config={"spans_key": SPANS_KEY, "phrase_matcher_attr": "ORTH", "validate": False}
    )
    ruler.add_patterns(_ruler_patterns())  # type: ignore[attr-defined]
    return nlp


def normalize_setting(text: str) -> str | None:
    """'(Xhigh)' -> 'xhigh', 'Adaptive Reasoning Max' kept, 'Preview' dropped; None when not a setting."""
    t = text.strip().strip("()").strip()
    low = t.lower()
    if low in _DROP_SETTINGS:
        return ""
    if low in _SETTING_WORDS:
        return _SETTING_WORDS[low]
    if re.fullmatch(r"\d+-shot|pass@\d+|cons@\d+|maj@\d+", low):
        return low
    return None


def _attach_tail(text: str, m: Mention) -> None:
    pm = _TAIL_PAREN.match(text, m.end)
    if pm:
        st = normalize_setting(pm.group(1))
        m.tail = pm.end()
        if st:
            m.setting = st
        return
    wm = _TAIL_WORD.match(text, m.end)
    if wm:
        st = normalize_setting(wm.group(1).strip('“”"'))
        m.tail = wm.end()
        if st:
            m.setting = st


def _family_canonical(kb: Knowledge, fam: str, ver: str, tiers: str) -> str:
    join = kb.family_join.get(fam, " ")
    name = f"{fam}{join}{ver}"
    if ver.endswith(".0") and f"{fam}{join}{ver[:-2]}" in kb.model_ids:
        name = f"{fam}{join}{ver[:-2]}"  # 'Sonnet 4.0' is Claude Sonnet 4
    for t in re.split(r"[- ]", tiers.strip(" -")):
        if t:
            name += " " + t
    name = re.sub(r"\s+", " ", name)
    return kb.model_parts.get(name_parts(name), name)  # a known model's own spelling ('Claude 4 Opus')


def _mentions_of(matches: Iterable[tuple[str, str, int, int]], text: str) -> list[Mention]:
    kb = knowledge()
    out: list[Mention] = []
    for label, cid, start, end in matches:
        kind = label.lower()
        surface = text[start:end]
        req = kb.requires.get(surface)
        if req and req not in text:
            continue
        unit = kb.bench_unit.get(cid) if kind == "benchmark" else None
        out.append(Mention(kind, cid, start, end, surface, unit=unit))
    return out


def ruler_mentions(doc: Doc, text: str) -> list[Mention]:
    """The span ruler's spans on a Doc the spaCy pipeline ran over (the reference path)."""
    spans = filter_spans(list(doc.spans[SPANS_KEY]))
    return _mentions_of(((sp.label_, sp.id_, sp.start_char, sp.end_char) for sp in spans), text)


@cache
def phrase_index() -> PhraseIndex:
    index = PhraseIndex(build_pipeline(), [(p["label"], p["pattern"], p["id"]) for p in _ruler_patterns()])
    # spaCy, the pattern tables and the index live as long as the process: move everything allocated so far
    # out of the cyclic collector's reach, so its full collections stop re-walking them (~10% of the stage)
    gc.freeze()
    # …and hand them back at exit, so extension types (duckdb's) are finalised instead of reported as leaks
    atexit.register(gc.unfreeze)
    return index


def pattern_mentions(text: str) -> list[Mention]:
    """The same mentions as `ruler_mentions` over `run_pipeline(text)`, without building a Doc."""
    return _mentions_of(((m.label, m.id, m.start, m.end) for m in phrase_index().find(text)), text)


def family_mentions(text: str) -> list[Mention]:
    kb = knowledge()
    out = []
    found = list(kb.family_re.finditer(text))
    if kb.lab_glued is not None and kb.family_core is not None:
        for g in kb.lab_glued.finditer(text):
            hit = kb.family_core.match(text, g.end())
            if hit is not None:
                found.append(hit)
    for m in sorted(found, key=lambda x: x.start()):
        if re.match(r"\d*\.\d{3,}|\d*\.\d+\.\d", m.group("ver")):
            continue  # a version glued to a table cell ('GPT-5.578.2%'): no model version looks like that
        fam = kb.family_alias[m.group("fam")]
        canon = _family_canonical(kb, fam, m.group("ver"), m.group("tiers"))
        out.append(Mention("model", canon, m.start(), m.end(), m.group(), confidence=0.9, method="family"))
    return out


# after the known name: a word, then a size ('-Distill-32B', '-distill-qwen-32b'); a size right after the
# name ('Llama-4-Maverick-17B-128E') is the same model's full id
_SIZE_TOKEN = re.compile(r"[-_](?:[A-Za-z][A-Za-z0-9]{2,}[-_])+(\d+(?:\.\d+)?[BbMm])(?![\w.])")


# a family's API id with one separator ('qwen-3', 'gemma-3'), tried through the family only
_SHORT_SLUG_RE = re.compile(r"(?<![\w.-])[a-z][a-z0-9]*[-_][a-z0-9.]*[a-z0-9](?![\w-]|\.\w)")


def snapshot_mentions(text: str, parts_map: dict[tuple[str, ...], str]) -> list[Mention]:
    """Ids such as 'claude-opus-4-6' or 'Vendor2-Max-0424': a known name's parts followed by a separator."""
    out = []
    spans = {m.span(): m.group() for m in _SNAPSHOT_RE.finditer(text)}
    for m in _SHORT_SLUG_RE.finditer(text):  # 'qwen-3-fast' has two separators, 'o3-mini' one
        spans.setdefault((m.start(), m.start() + len(m.group().rstrip("."))), m.group().rstrip("."))
    for (start, end), surface in sorted(spans.items()):
        if not re.search(r"\d", surface):
            continue
        parts = name_parts(surface)
        for n in range(len(parts), 1, -1):
            canon = parts_map.get(parts[:n])
            if canon is None:
                continue
            if n < len(parts):
                # the known name must end at a '-' or '_' in the surface, not inside a number
                pos = 0
                low = surface.lower()
                for p in parts[:n]:
                    pos = low.index(p, pos) + len(p)
                if pos < len(surface) and surface[pos] not in "-_":
                    continue
                size = _SIZE_TOKEN.match(surface, pos)
                if size and size.group(1).lower() not in canon.lower().replace(" ", "").replace("-", ""):
                    canon = surface  # 'Name-R1-Distill-32B': a sized model of its own, not the base 'Name-R1'
                else:
                    canon += _tier_tail(low, pos, canon)  # 'o3-mini', 'name-3-fast': a tier makes a model
            out.append(Mention("model", canon, start, end, surface, confidence=0.9, method="snapshot"))
            break
        else:
            canon = _family_slug(surface)
            if canon is not None:
                out.append(Mention("model", canon, start, end, surface, confidence=0.85, method="snapshot"))
    return out


def _tier_tail(low: str, pos: int, canon: str) -> str:
    """The tier words right after a known name inside an id ('-mini', '-fast'), unless the name has them."""
    kb = knowledge()
    if kb.family_slug is None:
        return ""
    tail = re.match(r"(?:[-_](?:" + _TIERS_LOW + r")(?![a-z\d]))+", low[pos:])
    if tail is None:
        return ""
    words = [_TIER_SPELLING[t] for t in re.split(r"[-_]", tail.group()) if t]
    have = canon.lower().replace("-", " ").split()
    return "".join(" " + w for w in words if w.lower() not in have)


_TIER_SPELLING = {t.lower(): t for t in reversed(TIERS.split("|"))}  # 'mini' stays small, 'pro' -> 'Pro'
_TIERS_LOW = "|".join(sorted({t.lower() for t in TIERS.split("|") if " " not in t}, key=len, reverse=True))


def _family_slug(surface: str) -> str | None:
    """'gemini-3.5-pro' -> 'Gemini 3.5 Pro', 'claude-opus-5-1-20260101' -> 'Claude Opus 5.1': a member of a
    known family written as an API id, when no known model's id starts it."""
    kb = knowledge()
    if kb.family_slug is None or not surface[:1].islower():
        return None
    m = kb.family_slug.match(surface)
    if m is None:
        return None
    fam = kb.family_slug_ids[m.group("fam")]
    ver = m.group("ver").replace("-", ".")
    if ver[:1].isalpha():
        ver = ver[0].upper() + ver[1:]
    tiers = " ".join(_TIER_SPELLING.get(t, t.upper()) for t in re.split(r"[-_]", m.group("tiers")) if t)
    return _family_canonical(kb, fam, ver, tiers)


_SIZE_REF = re.compile(
    r"\b(?:[Tt]he|[Ii]ts)\s+(?:new\s+|dense\s+|larger\s+|smaller\s+)?(?P<size>\d+(?:\.\d+)?[BbMT](?:-A\d+(?:\.\d+)?B)?)"
    r"(?![\w-])"
)


def size_mentions(text: str, models: Iterable[str]) -> list[Mention]:
    """'the 27B', 'The 300B-A24B flagship': the one article model whose name ends in that size."""
    if not any(ch.isdigit() for m in models for ch in m[-1:]) and "B" not in "".join(models):
        return []
    out = []
    for m in _SIZE_REF.finditer(text):
        size = m.group("size").upper()
        owners = [c for c in models if re.search(r"[\s-]" + re.escape(size) + r"$", c, re.I)]
        if len(owners) == 1:
            s = m.start("size")
            out.append(
                Mention("model", owners[0], s, m.end(), m.group("size"), confidence=0.8, method="short")
            )
    return out


_TIER_REF = re.compile(
    r"\b[Tt]he\s+(?P<tier>" + TIERS + r")(?:\s+(?:model|version|variant|edition|sibling)\b|[ \t]*(?=\n|$))"
)


def tier_mentions(text: str, models: Iterable[str], base: str | None = None) -> list[Mention]:
    """'the Lite model', a heading 'The Lite model': the one article model whose name ends in that tier; when
    none does, that tier of the article's main model (`base`, 'Name-2' -> 'Name-2 Lite')."""
    models = list(models)
    out = []
    for m in _TIER_REF.finditer(text):
        tier = m.group("tier")
        owners = [c for c in models if re.search(r"[\s-]" + re.escape(tier) + r"$", c)]
        if not owners and base and not re.search(r"\s(?:" + TIERS + r")$", base):
            owners = [f"{base} {tier}"]
        if len(owners) == 1:
            out.append(
                Mention("model", owners[0], m.start(), m.end(), m.group(), confidence=0.8, method="short")
            )
    # a member's own name alone ('Maverick beats …', 'Scout (109B total)') where the article names its
    # family and version ('Llama 4'): that member, as the family's known members are named
    for m in _MEMBER_WORD.finditer(text):
        word = m.group()
        owners = [c for c in models if re.search(r"[\s-]" + word + r"$", c)]
        if not owners:
            fams = _member_families(word)
            owners = [
                f"{c} {word}"
                for c in models
                if re.sub(r"[\s-]?\d[\w.]*$", "", c) in fams and re.fullmatch(r".+?[\s-]\d[\w.]*", c)
            ]
        if len(set(owners)) == 1:
            out.append(Mention("model", owners[0], m.start(), m.end(), word, confidence=0.75, method="short"))
    return out


# members known by a name of their own, never a common word ('Maverick', 'Scout', 'Behemoth')
_MEMBER_WORD = re.compile(r"(?<![\w-])(?:Maverick|Scout|Behemoth)(?![\w-])")


def arena_mentions(text: str) -> list[Mention]:
    if "Arena" not in text and "arena" not in text:
        return []
    out = []
    for m in _ARENA_RE.finditer(text):
        kind = m.group("k").lower()
        canon = (
            "LMArena " + {"text": "Text", "vision": "Vision", "coding": "Coding", "webdev": "WebDev"}[kind]
        )
        out.append(Mention("benchmark", canon, m.start(), m.end(), m.group(), unit="elo", method="arena"))
    return out


class Spans:
    """Which of a fixed set of mentions overlap a range, in O(log n) per question (a page may hold
    thousands of mentions: scanning them all for every name made the NLP stage quadratic in page size)."""

    def __init__(self, items: Iterable[Mention | tuple[int, int]]) -> None:
        pairs = sorted((m.start, m.end) if isinstance(m, Mention) else m for m in items)
        self._starts = [s for s, _ in pairs]
        self._max_end: list[int] = []
        top = -1
        for _, e in pairs:
            top = max(top, e)
            self._max_end.append(top)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any mention has m.start < end and start < m.end."""
        i = bisect.bisect_left(self._starts, end)
        return i > 0 and self._max_end[i - 1] > start


def merge_mentions(primary: list[Mention], extra: Iterable[Mention]) -> list[Mention]:
    """Add `extra` mentions; a longer extra mention replaces the primary ones it covers.

    The mentions kept are held sorted by start with their insertion rank, so finding the ones an extra
    overlaps looks only at starts within the longest mention's length before it (linear in the page, not
    quadratic); the result is the same as scanning every kept mention and sorting stably by start.
    """
    extras = sorted(extra, key=lambda m: m.start - m.end)
    if not extras:
        return sorted(primary, key=lambda m: m.start)
    longest = max((m.end - m.start for m in (*primary, *extras)), default=0)
    kept: list[tuple[int, int, Mention]] = sorted(
        ((m.start, i, m) for i, m in enumerate(primary)), key=lambda t: (t[0], t[1])
    )
    rank = len(primary)
    for e in extras:
        lo = bisect.bisect_left(kept, (e.start - longest,))
        hi = bisect.bisect_left(kept, (e.end,))
        overlapping = [t for t in kept[lo:hi] if t[2].start < e.end and e.start < t[2].end]
        if not overlapping:
            bisect.insort(kept, (e.start, rank, e), key=lambda t: (t[0], t[1]))
            rank += 1
        elif all(
            e.start <= t[2].start and t[2].end <= e.end and (e.end - e.start) > (t[2].end - t[2].start)
            for t in overlapping
        ):
            gone = {id(t[2]) for t in overlapping}
            kept[lo:hi] = [t for t in kept[lo:hi] if id(t[2]) not in gone]
            bisect.insort(kept, (e.start, rank, e), key=lambda t: (t[0], t[1]))
            rank += 1
    return [t[2] for t in kept]


_TIER_TAIL = r"(?P<tier>(?:\s(?:" + TIERS.replace("|mini|", "|").replace("|nano|", "|") + r")(?![\w-]))*)"


def word_mentions(
    text: str, names: dict[str, str], kind: str, method: str, conf: float, tiers: bool = False
) -> list[Mention]:
    """Whole-word occurrences of surface -> canonical names. With `tiers`, a tier word written after the name
    is part of it ('Name-2 Lite' is a member of its own, not 'Name-2'; the longest name wins)."""
    if not names:
        return []
    rx = re.compile(
        r"(?<![\w-])(?P<name>"
        + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        + r")"
        + (_TIER_TAIL if tiers else "")
        + r"(?![\w-]|\.\d)"
    )
    out = []
    for m in rx.finditer(text):
        canon = names[m.group("name")]
        tail = m.group("tier") if tiers else None
        if tail:
            canon += " " + " ".join(tail.split())
        out.append(Mention(kind, canon, m.start(), m.end(), m.group(), confidence=conf, method=method))
    return out


_GENERIC_WORDS = {
    "Pro",
    "Max",
    "Ultra",
    "Mini",
    "Nano",
    "Flash",
    "Lite",
    "Plus",
    "Turbo",
    "Fast",
    "Heavy",
    "Chat",
    "Codex",
    "Thinking",
    "Deep",
    "Think",
    "Preview",
    "Instruct",
    "Coder",
    "Large",
    "Medium",
    "Small",
    "Vision",
    "Open",
    "Air",
    "Edge",
    "Omni",
    "Swift",
    "Prime",
    "Model",
    "Claude",
    "Reasoner",
    "Distill",
    "Micro",
}


def short_names(models: Iterable[str]) -> dict[str, str]:
    """Words that name exactly one of the article's models ('Opus', 'Maverick', 'Gemini')."""
    owners: dict[str, set[str]] = {}
    for canon in models:
        for w in re.findall(r"[A-Z][A-Za-z]{2,}", canon):
            if w not in _GENERIC_WORDS:
                owners.setdefault(w, set()).add(canon)
    return {w: next(iter(c)) for w, c in owners.items() if len(c) == 1}


def version_mentions(text: str, models: Iterable[str]) -> list[Mention]:
    """A lettered version standing for its family's member ('V4-Pro' and 'V4-Flash' in an article about
    DeepSeek-V4, 'K2.5' beside Kimi K2.5): the family and that version, with the tiers written after it."""
    kb = knowledge()
    models = list(models)
    owners: dict[str, set[tuple[str, str]]] = {}
    lettered = _lettered_version_re()
    for canon in models:
        ver = lettered.match(canon)
        if ver:
            fam = ver.group("fam")
            owners.setdefault(ver.group("ver"), set()).add((fam, kb.family_join[fam]))
    vers = {v: next(iter(o)) for v, o in owners.items() if len(o) == 1}
    if not vers:
        return []
    rx = _version_ref_re(tuple(sorted(vers, key=len, reverse=True)))
    out = []
    for m in rx.finditer(text):
        fam, _join = vers[m.group("ver")]
        if text[max(0, m.start() - len(fam) - 1) : m.start()].rstrip(" -").endswith(fam):
            continue  # the family's own mention covers it
        canon = _family_canonical(kb, fam, m.group("ver"), m.group("tiers"))
        if not m.group("tiers"):
            # a bare version is the article's one model of that version ('K2' where the article is about
            # 'Name K2 Thinking'), and nothing when it has several
            members = [c for c in models if re.match(re.escape(canon) + r"(?![\w.])", c)]
            if len(members) != 1:
                continue
            canon = members[0]
        out.append(Mention("model", canon, m.start(), m.end(), m.group(), confidence=0.75, method="short"))
    return out


@cache
def _lettered_version_re() -> re.Pattern[str]:
    """A family member's canonical name with a lettered version ('DeepSeek-V4', 'Kimi K2.5')."""
    kb = knowledge()
    fams = sorted(kb.family_join, key=len, reverse=True)
    alts = "|".join(f"(?:{re.escape(f)}){re.escape(kb.family_join[f])}" for f in fams)
    fam_group = "|".join(re.escape(f) for f in fams)
    return re.compile(r"(?=(?:" + alts + r"))(?P<fam>" + fam_group + r")[ -]?(?P<ver>[A-Z]\d+(?:\.\d+)?)\b")


@cache
def _version_ref_re(vers: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w.-])(?P<ver>" + "|".join(re.escape(v) for v in vers) + r")"
        r"(?P<tiers>(?:[- ](?:" + TIERS + r"))*)(?![\w.]|-\d)"
    )


@cache
def _member_families(word: str) -> frozenset[str]:
    """The families whose known members are named '<family> <version> <word>' ('Llama' for 'Maverick')."""
    heads = {k[: -len(word) - 1] for k in knowledge().model_ids if k.endswith(" " + word)}
    return frozenset(re.sub(r"[\s-]?\d[\w.]*$", "", h) for h in heads)


def tier_shorts(models: Iterable[str]) -> dict[str, str]:
    """A tier standing alone ('Flash scores 90.4%') names the one article model whose name ends in it."""
    owners: dict[str, set[str]] = {}
    for canon in models:
        last = re.search(r"[\s-]([A-Z][a-z]{2,})$", canon)
        if last and last.group(1) in _GENERIC_WORDS:
            owners.setdefault(last.group(1), set()).add(canon)
    return {w: next(iter(c)) for w, c in owners.items() if len(c) == 1}


def resolve_unversioned(mentions: list[Mention]) -> None:
    """'AIME' in an article that names 'AIME 2025' is AIME 2025."""
    benches = {m.canonical for m in mentions if m.kind == "benchmark"}
    for m in mentions:
        if m.kind == "benchmark" and not re.search(r"\d", m.canonical):
            longer = [b for b in benches if re.match(re.escape(m.canonical) + r" \d", b)]
            if len(longer) == 1:
                m.canonical = longer[0]


def extra_mentions(text: str) -> list[Mention]:
    out = [
        Mention("pronoun", "", m.start(), m.end(), m.group(), method="pronoun")
        for m in PRONOUN_RE.finditer(text)
    ]
    for m in LABMODEL_RE.finditer(text):
        out.append(Mention("labmodel", m.group("lab"), m.start(), m.end(), m.group(), method="labmodel"))
    return out


def attach_tails(text: str, mentions: list[Mention]) -> None:
    for m in mentions:
        if m.kind == "model":
            _attach_tail(text, m)


def mentions_in(
    text: str, accepted: dict[str, str], shorts: dict[str, str], benches: dict[str, str] | None = None
) -> list[Mention]:
    """The same passes over a short text that is not part of the article text (a table cell or caption)."""
    kb = knowledge()
    found = merge_mentions(pattern_mentions(text), family_mentions(text))
    if benches:
        found = merge_mentions(found, word_mentions(text, benches, "benchmark", "discovered", 0.8))
    found = merge_mentions(found, word_mentions(text, accepted, "model", "discovered", 0.8, tiers=True))
    parts = dict(kb.model_parts)
    for name in accepted:
        parts.setdefault(name_parts(name), name)
    found = merge_mentions(found, snapshot_mentions(text, parts))
    found = merge_mentions(found, arena_mentions(text))
    found = merge_mentions(
        found, [m for m in word_mentions(text, shorts, "model", "short", 0.75) if m.surface != m.canonical]
    )
    found = [m for m in found if m.kind in ("model", "benchmark")]
    attach_tails(text, found)
    return found
