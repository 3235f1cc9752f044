"""Entity mentions: the knowledge from the pattern files, the spaCy pipeline (news segmenter + SpanRuler) and
the passes that turn its spans into canonical model / benchmark / lab mentions (snapshot ids, arena names,
variants, merging). Mentions found by their shape instead (discovered words, editions, pronouns, name tails)
are in name_shapes.py; the tokenizer the pipeline and the pattern index share is in news_tokenizer.py.
"""

from __future__ import annotations

import atexit
import bisect
import gc
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import accumulate
from typing import Any

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from extractors.facts.alternation import by_first_char, distribute, longest_first
from extractors.facts.bench_spellings import case_variants, edition_variants, spaced_variants
from extractors.facts.matcher import PhraseIndex
from extractors.facts.news_tokenizer import CJK, tokenizer_pipeline
from extractors.facts.patterns import PATTERN_DIR, PatternRecord, data_rows, load_patterns
from extractors.facts.segments import segment_text

SPANS_KEY = "newskb_entities"
TIERS = (
    "Pro|Ultra|Max|Mini|mini|Nano|nano|Flash-Lite|Flash|Lite|Plus|Turbo|Fast|Heavy|Chat|Codex|Coder|Omni|Air|"
    "Opus|Sonnet|Haiku|Maverick|Scout|Behemoth|Instruct|Vision|Large|Medium|Small|Deep Think|Swift|Edge|"
    "Prime|Reasoner|Distill|Micro|Tiny|Super|Spark|Exp|Speciale|" + "Reasoning|Base|VL"
)
# the tier words one by one (a name's word that is a tier is no family: 'Pro 2', 'Flash 79.6')
TIER_WORDS = frozenset(TIERS.split("|"))
# variant words: a tier after a name ('Name-3 Base'), never a table's bare tier cell (a 'Reasoning' section)
VARIANTS = ("Reasoning", "Base", "VL")
# the tiers as API ids write them ('-flash-lite', '-mini'), longest first
TIERS_LOW = "|".join(longest_first({t.lower() for t in TIERS.split("|") if " " not in t}))
SIZE = r"\d+x\d+(?:\.\d+)?[Bb]|\d+(?:\.\d+)?[BbMm]|[AE]\d+(?:\.\d+)?B|\d+[Bb]-A\d+[Bb]"
# words after a name that are its setting ('(Xhigh)', 'Thinking') or that it drops ('beta'): one row per
# setting in patterns/name_settings.jsonl, `id` its spelling ("" for the dropped words)
_NAME_SETTINGS = {
    w: row["id"]
    for row in data_rows(PATTERN_DIR / "name_settings.jsonl", ("id", "words"))
    for w in row["words"]
}
PRONOUN_RE = re.compile(
    by_first_char(
        "Its|its|It|it",
        distribute("The|the", " (?:same |new |released )?(?:model|entry|system|checkpoint|newcomer|entrant)"),
        "This model|this model",
        cased=True,
        not_after=r"\w",
    )
    + r"\b(?!-)"
)
# possessive runs (*+, ++): what follows a run ('.', ' ', "'") is never a character of the run, so giving
# characters back never helps a match; the same matches, without re retrying every shorter run of each word
LABMODEL_RE = re.compile(
    r"(?P<lab>[A-Z](?<!\w[A-Z])[\w&-]*+(?:\.\w++)*(?: [A-Z][\w&-]*+(?:\.\w++)*){0,3})'s?\s+"
    r"(?:own |new |latest |flagship |reasoning |"
    r"open-weight |open |coding |top )*model\b"
)
# words a leaderboard's next cell starts with, glued to a model's name by text extraction ('GPT-8API OpenAI')
_GLUED_ON = r"(?:API|Open|Proprietary|Closed)\b"
# the next cell of a flattened table glued after a name's last tier or size: a capitalised word ('ProMaker',
# 'FlashProprietary') or a figure ('Flash91.2%', '14B1.51'); the tier or size still ends the name
_GLUED_CELL = r"[A-Z][a-z]{2,}|\d{1,3}(?:\.\d+)?\s?%|\d{1,3}\.\d"
SNAP = r"(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|2[5-9](?:0[1-9]|1[0-2])"  # MMDD, or YYMM from 2025
# the words a checkpoint's published name carries after its family, version and size, as model hubs write
# them: instruction-tuned or pretrained ('IT', 'PT'), a converted checkpoint ('HF'), a release tag ('v0.3',
# 'v2'), the expert count ('16E'), a mode with the snapshot it was released as ('Thinking 2507'), and the base
# a distilled model was made from ('Distill Llama 70B'); each is part of the name, not a setting
CHECKPOINT_WORDS = (
    r"IT|PT|HF|v\d{1,2}(?:\.\d{1,2})?|\d{1,3}E|(?:Thinking|Instruct|Reasoning)(?=[- ](?:" + SNAP + r")\b)"
    r"|Distill[- ][A-Z][a-z]+(?=[- ]\d+(?:\.\d+)?B\b)"
)
_ID_WORD_STOP = (
    r"(?:based|class|level|style|like|powered|sized|scale|series|family|only|grade|tier|type|era|generation|gen|"
    r"low|medium|high|xhigh|minimal|none|preview|latest|exp|experimental|beta|alpha|release|version|era|"
    r"and|or|to|vs|with|the|for|powered|driven|backed|tuned|ready|native|compatible|equivalent|sibling)"
)
# possessive runs (*+, ++): giving letters back could never let a separator or the end follow, so the
# matches are the same, without re retrying every shorter run of every word
SNAPSHOT_RE = re.compile(r"(?<![\w.-])[A-Za-z][A-Za-z0-9]*+(?:[-_.][A-Za-z0-9]++){2,}(?![\w-])")
_PARTS_RE = re.compile(r"[a-z]+|\d+")
_TAIL_PAREN = re.compile(r"\s*\(([^()\d][^()]{0,38})\)")
_DIGIT = re.compile(r"\d")
_PAREN_VALUE = re.compile(r"(?<!\d),\s*(?P<v>\d{1,3}(?:\.\d+)?\s?%?)$")
_TAIL_WORD = re.compile(
    r"\s+(Thinking|Preview|Instant|Contemplating|Experimental|\(Thinking\)"
    r"|[“\"](?:Deep Think|Thinking)[”\"]"  # a quoted mode: 'Name 3 “Deep Think”'
    r"|(?:xhigh|[Hh]igh|[Mm]edium|[Ll]ow)(?='s\s)"  # an effort before a possessive: "GPT-5 High's"
    # an effort word ending the name's phrase ('| GPT-5 High |', 'GPT-5 High - 0.3%', 'GPT-5 High, once'):
    # the setting it ran at; one a word follows ('High scores', 'Low cost') describes something else
    r"|(?:xhigh|X-High|High|Medium|Low)(?=\s*(?:$|[|,;:)\n]|\s[-–—]\s))"
    # the same before a bracket or a closing quote, lower case too ('B High (May 2026)', 'B thinking (1418)',
    # '"B high" at'): the bracket holds the row's date or the figure, the word is still the setting
    r"|(?P<local>xhigh|X-High|High|high|Medium|medium|Low|low|thinking)(?=\s*[(\"]))(?!\w)"
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
    local: bool = False  # the setting is this mention's row or figure's alone, not the model's on the page

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


@cache
def _alias_heads() -> tuple[str, ...]:
    return tuple(a for a, _c in _model_aliases())


def glued_prefix(cell: str, extra: Iterable[str] = ()) -> tuple[str, int] | None:
    """(canonical, end) of the known model name a cell starts with when other text is glued to it
    ('GPT-5API OpenAI', 'Model-R1Open Source'): the longest name followed by a capital, a space or nothing,
    never by a digit or a small letter that would make it another name."""
    extra = tuple(extra)
    if not cell.startswith(_alias_heads()) and not (extra and cell.startswith(extra)):
        return None  # no name we know opens the cell (one C-level test before the loop over every spelling)
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
    if re.fullmatch(r"o\d-[a-z]+", alias):
        out.append(
            "O" + alias[1:]
        )  # 'O4-mini': the small o of a reasoning id written as a capital (not 'O3')
    if re.fullmatch(r"o\d-mini", alias):
        out += [alias[:2] + " mini", alias[:2] + " Mini"]  # 'o3 Mini': the tier written apart, as rows do
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
    if alias == alias.lower() and re.fullmatch(r"[a-z]{2,}(?:-[a-z]+)*-\d+[a-z]?", alias):
        # a lower-case id that news text writes in capitals ('gpt-oss-120b' / 'GPT-OSS-120B' / 'GPT-OSS 120B')
        out += [alias.upper(), re.sub(r"-(?=\d+[A-Z]?$)", " ", alias.upper())]
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
    # the names grouped by first letter: `re` checks one group per position, not each of a hundred names
    aliases = [re.escape(a) for a in longest_first(fam_alias)]
    fam_names = by_first_char(aliases, cased=True)
    # a tier word that is also a family's name, with a version after it, starts the next name: 'Sonnet 7.6
    # Opus 7.6' in a table header is two models, not 'Sonnet 7.6 Opus'
    fam_tiers = [t for t in TIERS.split("|") if t in fam_alias]
    fam_next = r"(?!(?:" + "|".join(fam_tiers) + r")[- ]\d)" if fam_tiers else ""
    fam_core = (
        r"(?P<fam>" + fam_names + r")"
        # a lettered version may be a size ('Name-A13B': 13B active)
        # four digits are a year or a snapshot ('o-0327' in 'Name-4o-0327'), never a version
        # a mixture's experts and their size stand for the version of a family that has none ('Name 8x7B')
        r"(?P<sep>[- ]?)(?P<ver>\d{1,2}x\d{1,3}B(?![\w.])"
        r"|(?!\d{4})\d+(?:\.\d+)*[a-z]?|[A-Z]\d+(?:\.\d+)?(?:[a-z]|B(?![a-z]))?"
        # a version letter written small after a blank ('Name k5'; 'v3' only where the family's members are
        # lettered V, `family_mentions`: elsewhere it reads as a version word)
        r"|(?<= )[a-z]\d{1,2}(?:\.\d)?(?![\w.-]))"
        # a word glued on by text extraction ('GPT-8API OpenAI', 'Name-R4Open Source') ends the version
        # Chinese, Japanese or Korean glued after it ('Name 3.1は') ends it too
        r"(?:(?![^\W" + CJK + r"]|[.%])|(?=" + _GLUED_ON + r"|[A-Z][a-z]{2,}\s))"  # 'Sonnet 4.1%' is a figure
        # a tier glued on after the version ('Claude4Opus', 'Gemini2.5Pro') is the same name
        # a snapshot after the version ('DeepSeek V3 0324', 'Kimi K2 0905', '-2507') belongs to the name
        r"(?P<tiers>(?:(?:[- ]|(?<=\d)(?=[A-Z][a-z]))"
        + fam_next
        # a one-letter variant before a tier ('Name-4.0-H-Small', 'Name 4.0 H Small': the hybrid Small; not
        # the words 'A' and 'I')
        + r"(?:(?:[A-Z]-|[B-HJ-Z] )(?=(?:"
        + TIERS
        + r")(?![\w])))?"
        + r"(?:"
        + CHECKPOINT_WORDS
        + r"|"
        + TIERS
        + r"|"
        + SIZE
        + r"|"
        + SNAP
        + r")"
        r"(?:(?![^\W" + CJK + r"])|(?=" + _GLUED_ON + r"|" + _GLUED_CELL + r")))*"
        # lower-case words hyphen-joined after it belong to the model's id ('Name-4-reasoning-plus',
        # 'Name-4-mini-reasoning'), except words that make it an adjective or a setting ('-class', '-high')
        r"(?:-(?!" + _ID_WORD_STOP + r"\b)[a-z]{3,}(?![\w]))*)"
    )
    # a figure glued before a name by text extraction ('80.1%Opus 4.5', 'Sonnet 4.5Opus 4.5') leaves the name
    # (the word start checked after the name's first letter, so that `re` skips to the positions holding one)
    bounded = by_first_char(aliases, cased=True, not_after=("[A-Za-z_-]", r"[A-Za-z]\d"))
    fam_re = re.compile(fam_core.replace(fam_names, bounded, 1))
    # a lab's name glued to the family by text extraction ('OpenAIGPT-5.3 Chat') does not hide the model: a
    # second, rare pass (a lookbehind per lab inside the main pattern cost ~6% of the NLP stage)
    glued_labs = sorted({r.alias for r in recs if r.kind == "lab" and re.fullmatch(r"[A-Z][\w]+", r.alias)})
    labs_first = by_first_char([re.escape(a) for a in glued_labs], cased=True, not_after=r"[\w-]")
    lab_glued = re.compile(labs_first + r"(?=" + fam_names + r"[- ]?\d)")
    # a family written as an API id: lower case, parts joined by '-' or '_', a version whose minor part may
    # follow a '-' ('claude-opus-4-6'; not '-08', a month), then tier words and a snapshot date or setting
    slugs = {r.alias.lower().replace(" ", "-"): r.canonical for r in fams}
    family_slug = re.compile(
        r"(?P<fam>" + "|".join(re.escape(a) for a in longest_first(slugs)) + r")"
        r"[-_]?(?P<ver>[a-z]?\d{1,2}(?:(?:\.|-(?!0\d))\d{1,2}(?![\d.]|[bmkt](?![a-z])))?)"
        r"(?P<tiers>(?:[-_](?:" + TIERS_LOW + r"|\d+(?:\.\d+)?[bm]|a\d+(?:\.\d+)?b)(?![a-z\d]))*)(?=[-_.]|$)"
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


@cache
@cache
def lab_canonical() -> dict[str, str]:
    """A lab's alias -> its canonical name (the name lists' lab records; built once)."""
    return {r.alias: r.canonical for r in knowledge().records if r.kind == "lab"}


@cache
def lab_aliases() -> frozenset[str]:
    """The labs' names as the name lists write them ('OpenAI', 'Mistral AI'; built once: each call walked
    every record of the name lists, ~1.5% of the stage)."""
    return frozenset(r.alias for r in knowledge().records if r.kind == "lab")


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
            if r.kind == "benchmark" and re.search(r"[ -]", v) and v != v.upper():
                # a benchmark's name in capitals, as headlines and some languages write it ('SWE-BENCH PRO')
                pats.append({"label": r.label, "pattern": v.upper(), "id": r.canonical})
            if r.kind == "benchmark":  # …in other cases where it cannot be a word ('GSM8k', 'livecodebench')
                pats += [{"label": r.label, "pattern": c, "id": r.canonical} for c in case_variants(v)]
                # its words' hyphens written as spaces ('Multi SWE Bench', 'MLE bench Lite')
                pats += [{"label": r.label, "pattern": c, "id": r.canonical} for c in spaced_variants(v)]
        if r.kind == "benchmark":  # a contest's edition written short, glued, with an apostrophe ('AIME'25')
            pats += [{"label": r.label, "pattern": v, "id": r.canonical} for v in edition_variants(r.alias)]
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
    """The full spaCy pipeline (the reference path: `run_pipeline`, `ruler_mentions`): our tokenizer, the
    news segmenter and the span ruler over the pattern files. The extraction itself needs only the
    tokenizer; the ruler's patterns (0.07 s of CPU to tokenize and index) are built when this is first
    called, on the same object as `tokenizer_pipeline`, so both tokenize alike."""
    nlp = tokenizer_pipeline()
    nlp.add_pipe("newskb_segmenter")
    ruler = nlp.add_pipe(
        "span_ruler", config={"spans_key": SPANS_KEY, "phrase_matcher_attr": "ORTH", "validate": False}
    )
    ruler.add_patterns(_ruler_patterns())  # type: ignore[attr-defined]
    return nlp


def normalize_setting(text: str) -> str | None:
    """'(Xhigh)' -> 'xhigh', 'Adaptive Reasoning Max' kept, 'Beta' dropped (""); None when not a setting."""
    t = text.strip().strip("()").strip()
    low = t.lower()
    if low in _NAME_SETTINGS:
        return str(_NAME_SETTINGS[low])
    if re.fullmatch(r"\d+-shot|pass@\d+|cons@\d+|maj@\d+", low):
        return low
    return None


# a name opening a table row or a list item, or inside quotes: where a lower-case effort word after it is the
# row's setting ('- B low (47.5%)', '"B high" at')
_LABEL_OR_QUOTED = re.compile(r"(?:^|\n|\|)[ \t]*(?:[-*•]|\d{1,3}[.)])?[ \t]*$|[\"“]$")


def attach_tail(text: str, m: Mention) -> None:
    pm = _TAIL_PAREN.match(text, m.end)
    cut = _PAREN_VALUE.search(pm.group(1)) if pm else None
    st = normalize_setting(pm.group(1)[: cut.start()]) if pm and cut else None
    if pm and cut and (st or not _DIGIT.search(pm.group(1), 0, cut.start())):
        # 'Name 4.8 (max, 56)', 'Name 4 (Non-Reasoning, 30)': a setting or a note, then the model's value; the
        # tail ends before the value (a note we cannot read as a setting sets none; one naming another model
        # with its version, 'with B 4 fallback, 60', is not cut: the figure would go to B)
        m.tail, m.setting = pm.start(1) + cut.start("v"), st or m.setting
        return
    if pm:
        st = normalize_setting(pm.group(1))
        m.tail = pm.end()
        if st:
            m.setting = st
        return
    wm = _TAIL_WORD.match(text, m.end)
    if (
        wm
        and wm.group("local") in ("high", "medium", "low")
        and not _LABEL_OR_QUOTED.search(text, max(0, m.start - 16), m.start)
    ):
        return  # 'testers place B high (…)': a lower-case adjective in prose, no effort the row ran at
    if wm:
        st = normalize_setting(wm.group(1).strip('“”"'))
        m.tail = wm.end()
        if st:
            m.setting, m.local = st, wm.group("local") is not None


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
    index = PhraseIndex(
        tokenizer_pipeline(), [(p["label"], p["pattern"], p["id"]) for p in _ruler_patterns()]
    )
    # spaCy, the pattern tables and the index live as long as the process: move everything allocated so far
    # out of the cyclic collector's reach, so its full collections stop re-walking them (~10% of the stage)
    gc.freeze()
    # …and hand them back at exit, so extension types (duckdb's) are finalised instead of reported as leaks
    atexit.register(gc.unfreeze)
    return index


def pattern_mentions(text: str) -> list[Mention]:
    """The same mentions as `ruler_mentions` over `run_pipeline(text)`, without building a Doc."""
    return _mentions_of(((m.label, m.id, m.start, m.end) for m in phrase_index().find(text)), text)


_VARIANT_TAIL = re.compile(
    r"(?:[ -](?:Reasoning|Base|VL|Vision|Instruct|" + CHECKPOINT_WORDS + r"))+"
    r"(?![\w-]|\.\d|[ \t]+[A-Z][a-z])"
)


# a known name with a new word hyphenated on ('Qwen3-Coder-Next', 'Name-3-Zenith'): another model of that
# line, unless the word is a setting, a release stage or a tier the patterns already read
# Chinese or Japanese glued after the word ('Name-3-Zenith在') does not lengthen it
_HYPHEN_WORD = re.compile(r"-(?P<w>[A-Z][a-z]{2,})(?![^\W" + CJK + r"]|-|\.\d)")
_NOT_A_NAME_WORD = re.compile(
    r"(?i)preview|latest|beta|alpha|stable|release|experimental|thinking|reasoning|instruct|chat|base|"
    r"high|low|medium|max|minimal|none|instant|fast|turbo|mini|nano|pro|ultra|plus|lite|flash|vision|"
    r"coder|codex|omni|air|heavy|large|small|micro|tiny|super|spark|exp|speciale|distill|prime|edge|swift|"
    r"api|model|series|family|based|class|level|style|only|free|style|powered|like|sized|scale"
    # a participle or an adjective made on the name, as a title writes it ('GPT-5-Driven', 'Name-Assisted')
    r"|[a-z]+(?:ed|ing|able|ible)|driven|written"
)
NOT_A_NAME_WORD = _NOT_A_NAME_WORD  # also what ends a known member's longer id (longer_ids.py)


def with_variant(m: Mention, text: str) -> Mention:
    """A known model's name written on with a variant word ('Command A Reasoning', 'Name-3 Base') is that
    variant; with a new word hyphenated on ('Qwen3-Coder-Next') it is that other model."""
    hw = _HYPHEN_WORD.match(text, m.end)
    if hw is not None and not _NOT_A_NAME_WORD.fullmatch(hw.group("w")) and m.surface[-1:].isalnum():
        return replace(
            m, canonical=f"{m.canonical}-{hw.group('w')}", end=hw.end(), surface=text[m.start : hw.end()]
        )
    tail = _VARIANT_TAIL.match(text, m.end)
    if tail is None or m.canonical.endswith(tail.group().strip(" -")):
        return m
    words = " ".join(tail.group().replace("-", " ").split())
    return replace(m, canonical=f"{m.canonical} {words}", end=tail.end(), surface=text[m.start : tail.end()])


class Spans:
    """Which of a fixed set of mentions overlap a range, in O(log n) per question (a page may hold
    thousands of mentions: scanning them all for every name made the NLP stage quadratic in page size)."""

    def __init__(self, items: Iterable[Mention | tuple[int, int]]) -> None:
        pairs = sorted([(m.start, m.end) if isinstance(m, Mention) else m for m in items])
        self._starts = [p[0] for p in pairs]
        # the running maximum of the ends (from -1), in C rather than a loop
        self._max_end: list[int] = list(accumulate([p[1] for p in pairs], max, initial=-1))[1:]

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
    # (the extras are sorted longest first)
    longest = max(max((m.end - m.start for m in primary), default=0), extras[0].end - extras[0].start)
    # (start, rank) is never the same for two entries (ranks are distinct), so the tuples' own order is the
    # order by (start, rank): no key function to call per comparison, and the Mention is never compared
    kept: list[tuple[int, int, Mention]] = sorted([(m.start, i, m) for i, m in enumerate(primary)])
    rank = len(primary)
    for e in extras:
        lo = bisect.bisect_left(kept, (e.start - longest,))
        hi = bisect.bisect_left(kept, (e.end,))
        overlapping = [t for t in kept[lo:hi] if t[2].start < e.end and e.start < t[2].end]
        if not overlapping:
            bisect.insort(kept, (e.start, rank, e))
            rank += 1
        elif all(
            e.start <= t[2].start and t[2].end <= e.end and (e.end - e.start) > (t[2].end - t[2].start)
            for t in overlapping
        ):
            gone = {id(t[2]) for t in overlapping}
            kept[lo:hi] = [t for t in kept[lo:hi] if id(t[2]) not in gone]
            bisect.insort(kept, (e.start, rank, e))
            rank += 1
    return [t[2] for t in kept]


# the tier words a discovered name may carry on the same line
