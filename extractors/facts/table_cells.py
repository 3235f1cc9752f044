"""What one table cell names: a model (a tag glued to it cut off), a benchmark with the settings and subset
its label carries, a score, or an attribute value (used by the table readers in tables.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from extractors.facts import entities as ent
from extractors.facts import members
from extractors.facts.conditions import conditions_in
from extractors.facts.dates import date_in_cell
from extractors.facts.discovery import plausible_name, strip_access_tag, strip_board_lab
from extractors.facts.document import DocView, Ref
from extractors.facts.mentions import GENERIC_COLUMN
from extractors.facts.numbers import as_percent, decimal_text, integer_text, parse_quantity
from extractors.facts.patterns import data_rows, load_patterns, word_alternation
from extractors.facts.spec_columns import row_attribute
from extractors.facts.whole_cells import whole_cell

_PATTERNS = Path(__file__).resolve().parent / "patterns"

# header words: a column of model names, a corner over benchmark rows
# the model column's header, also as the other languages of our corpus write it
# also one of two names for the column ('System / Submission', 'Agent / Model')
MODEL_HEADER = re.compile(
    r"(?i)^(?:[a-z]+\s?/\s?)?(?:models?|system|name|llm|entry|model name|mod[eè]les?|modelos?|"
    r"modell(?:e|en|er|o|i)?|モデル(?:名)?|模型(?:名称)?|모델(?:명)?)(?:\s?/\s?[a-z]+)?$"
)
BENCH_CORNER = re.compile(r"(?i)benchmarks?|tasks?|evals?|evaluations?|tests?|metrics?|categor(?:y|ies)")
NA = re.compile(r"(?i)^(?:n/?a|-|—|–|\?|tbd|—\s*|none|undisclosed|not disclosed)$")


def cell_refs(view: DocView, cell: str) -> list[ent.Mention]:
    if not cell:
        return []
    cached = view.cell_cache.get(cell)
    if cached is None:
        cached = view.cell_cache[cell] = members.mentions_in(
            cell, view.accepted, view.shorts, view.benches, view.doc_models
        )
    return cached


def prime_cells(view: DocView, cells: list[str]) -> None:
    """Resolve many cells with one pass of the pipeline (cells joined by blank lines)."""
    todo = [c for c in dict.fromkeys(cells) if c and c not in view.cell_cache]
    if not todo:
        return
    joined, starts = "", []
    for c in todo:
        starts.append(len(joined))
        joined += c + "\n\n"
    found = members.mentions_in(joined, view.accepted, view.shorts, view.benches, view.doc_models)
    for c, st in zip(todo, starts, strict=True):
        view.cell_cache[c] = [
            ent.Mention(
                m.kind,
                m.canonical,
                m.start - st,
                m.end - st,
                m.surface,
                m.setting,
                m.confidence,
                m.method,
                m.unit,
                m.tail - st if m.tail >= 0 else -1,
            )
            for m in found
            if st <= m.start and m.end <= st + len(c)
        ]
        view.cell_cache[c] = members.resolve_cell(c, view.cell_cache[c], view.doc_models)


def first_ref(refs: Sequence[ent.Mention], kind: str) -> ent.Mention | None:
    return next((r for r in refs if r.kind == kind), None)


# bold and footnote markers, a spread, a note or a second figure after it: '**80.8**', '80.8%†', '71.2 ± 0.9',
# '70.2 (74.5)', '44.1 (+3.0)', '81.0 [1]'
_MARKS = re.compile(r"[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+|\s*(?:±|\+/-)\s*\d[\d.]*%?|\s*[(\[][^()\[\]]{1,20}[)\]]\s*$")


# the date a figure was taken on, after it in its cell ('72.4 2024-06-05')
_AS_OF = re.compile(r"\s+(?:as of\s+)?\d{4}-\d{2}(?:-\d{2})?\s*$")


_ELO = re.compile(r"(?i)\d\s*elo\b")

# an approximate figure: '~66.6', '≈ 80', 'about 72.5'
_ABOUT = re.compile(r"^\s*(?:~|≈|∼|about\s+|approx\.?\s+|ca\.\s*)\s*(?=\d)", re.I)


def score_value(cell: str, unit: str | None) -> tuple[float, str | None] | None:
    q = parse_quantity(_AS_OF.sub("", _MARKS.sub("", _ABOUT.sub("", cell))).strip())
    if q is None or (q.currency and q.currency != unit) or q.multiplier or q.magnitude != 1.0:
        return None  # (money only on a benchmark scored in money, in its currency: score_units.money_scored)
    value = q.value
    if unit == "USD" and not q.percent:
        return value, "USD"
    if not q.percent and _ELO.search(cell):
        return value, "elo"  # '1633 Elo': a rating, whatever the benchmark's usual unit
    out_unit = "%" if q.percent else unit
    if out_unit == "%" and not q.percent and q.decimals == 0 and 100 < value <= 1000:
        return value, None  # a whole figure past 100 on a benchmark scored in percent: its 1000-point scale
    if out_unit == "%":
        value = as_percent(value, q.decimals)
        if value > 100:
            return None
    return value, out_unit


# a cell giving the default first and a larger option after it: '200K default / 1M beta'
_DEFAULT_FIRST = re.compile(
    r"\s*(\d[\d.,]*\s*[KkMm]?)\s*(?:tokens?\s*)?\(?(?:default|standard)\)?\s*(?:/|,|;|\bor\b|\+)"
)


# counts each labelled by its kind in a parenthesis: '17B (Activated) 109B (Total)'
_KIND_LABELLED = re.compile(r"(\d[\d.,]*\s*[KMBT]?)\s*\(\s*(activ(?:e|ated)|total)\s*\)", re.I)


def attr_value(cell: str, attr: str) -> str | None:
    c = cell.strip()
    if NA.match(c):
        return None
    if attr == "release_date":
        return date_in_cell(c)  # '19. Feb. 2026', 'Jan. 2026', '2025-04-05'; nothing without a year
    labelled = _KIND_LABELLED.findall(c) if attr.startswith("parameters") else []
    if labelled:
        # the count whose label is the column's kind; none when the cell labels only the other kind
        want = "total" if attr == "parameters_total" else "activ"
        c = next((n for n, kind in labelled if kind.lower().startswith(want)), "")
        if not c:
            return None
    q = parse_quantity(
        re.sub(r"^(?:~|≈|about\s+|approx\.?\s+|up\s+to\s+)\s*", "", c.split("(")[0].strip(), flags=re.I)
    )  # '~1T', 'Up to 256K'
    if q is None and (default := _DEFAULT_FIRST.match(c)) is not None:
        q = parse_quantity(default.group(1))  # '200K default / 1M beta': the default
    if q is None:
        return None
    if attr.startswith("price"):
        return decimal_text(q.value) if not q.percent else None
    if q.percent or q.currency:
        return None
    if q.magnitude == 1.0 and not (attr == "context_window_tokens" and 1000 <= q.value <= 1e8):
        return None  # a bare figure is a window in a context column ('128,000'), no count of parameters
    return integer_text(q.value)


_SIZE_TAIL = re.compile(r"[\s-]\d+(?:\.\d+)?[BM]")  # a member's size after a family name we know: ' 14B'
# a member's size and variant in parentheses after the family's name: '(14B instruct)', '(70B-Chat)'
_VARIANT = {"instruct": "Instruct", "chat": "Chat", "base": "Base", "it": "IT", "coder": "Coder"}
_MEMBER_PAREN = re.compile(
    r"\((?P<size>\d+(?:\.\d+)?[BbMm])[\s,-]+(?P<variant>instruct|chat|base|it|coder)\)\s*$", re.I
)
_VERSION_TAIL = re.compile(r"[\s-]\d+(?:\.\d+)?[BbMK]?")
_SIZE_WORD = re.compile(r"(?<![\w.])\d+(?:\.\d+)?[BM](?![a-z])", re.I)
# the rest of one hyphenated id after the name we know at its start ('-VL-7B' of 'Qwen2.5-VL-7B')
_ID_TAIL = re.compile(r"(?:-[A-Za-z0-9.]+)+")
# a checkpoint's variant word after a name we know: 'Kimi-K2 Base', 'Name-7B Instruct' (a different model)
# a checkpoint's variant word after its model's name ('Name-7B Instruct'), shared with attribute_subjects
VARIANT_WORDS = "Instruct|Chat|Base|IT"
_VARIANT_TAIL = re.compile(r"[\s-](?P<variant>" + VARIANT_WORDS + "|INSTRUCT|CHAT|BASE)")


# a row that is a reference point, not a model ('Human expert baseline', 'Random guess', 'Expert humans')
_BASELINE_ROW = re.compile(r"(?i)\b(?:humans?|baseline|random(?: chance| guess(?:ing)?)?|chance level)\b")
# a board's badge after a name ('OSAgent New', 'Name-2 NEW', 'Name Beta 🔥')
_BADGE = re.compile(r"(?:\s+(?:New|NEW|Hot|HOT|Updated|UPDATED|[\U0001F300-\U0001FAFF\u2728\u2B50]))+$")


# a group's label written once before the first model of its rows, the table's rowspan lost ('Open-Source
# VLM Step3', 'Proprietary Tarn-5')
_GROUP_LEAD = re.compile(
    r"^(?i:open[- ]?(?:source|weights?)|closed[- ]?(?:source|weights?)|proprietary|commercial)"
    r"(?:\s+(?:M?LLMs?|VLMs?|LMMs?|[Mm]odels?))?\s+(?=\S)"
)


# a note closing a model's cell: a parenthesis, or a size after a dot ('Name · 27.4B')
_CELL_NOTE = re.compile(r"\s*(?:\([^)]*\)|\s[·•]\s.*)\s*$")


def model_from_cell(view: DocView, cell: str, header_says_model: bool) -> tuple[str, str | None, str] | None:
    if (lead := _GROUP_LEAD.match(cell)) is not None:
        cell = cell[lead.end() :]
    refs = cell_refs(view, cell)
    m = first_ref(refs, "model")
    if _BASELINE_ROW.search(cell) and (m is None or _BASELINE_ROW.search(m.surface)):
        return (
            None  # 'Human expert baseline', 'Random guess': a reference point ('Name-3 baseline' is Name-3)
        )
    if header_says_model and (whole := whole_cell(_CELL_NOTE.sub("", cell), m)) is not None:
        return whole, None, whole  # more of the name than the reader took ('Name 2 32b', 'name3:8b')
    if m is not None:
        whole = _CELL_NOTE.sub("", cell).strip()
        tail = whole[m.end :]
        member = _MEMBER_PAREN.search(cell)
        if m.start == 0 and member and not tail.strip() and not _SIZE_TAIL.search(m.canonical):
            # 'Qwen 2.5 (14B instruct)': a size and a variant in parentheses name a member, not a setting
            size, variant = member.group("size"), member.group("variant")
            return (
                f"{m.canonical} {size.upper()} {_VARIANT.get(variant.lower(), variant)}",
                m.setting,
                cell.strip(),
            )
        if re.match(r"\s*/", tail) and any(r.kind == "model" and r.start >= m.end for r in refs[1:]):
            return None  # 'A/B': a figure two models share in one cell is neither's own
        size = _SIZE_WORD.search(m.surface)
        if m.start == 0 and m.end >= len(whole) and size and size.group().upper() not in m.canonical.upper():
            return whole, m.setting, whole  # a member's size the family's name drops: 'Gemma-3-12B-IT'
        if m.start == 0 and _ID_TAIL.fullmatch(tail) and not any(r.start >= m.end for r in refs[1:]):
            return whole, m.setting, whole  # one hyphenated id a name we know opens: 'Qwen2.5-VL-7B'
        variant = _VARIANT_TAIL.fullmatch(tail)
        if m.start == 0 and variant and all(r.start >= m.end for r in refs[1:]):
            return f"{m.canonical} {_VARIANT[variant.group('variant').lower()]}", m.setting, whole
        sized = _SIZE_TAIL.fullmatch(tail) or (header_says_model and _VERSION_TAIL.fullmatch(tail))
        if m.start == 0 and sized and len(refs) == 1:
            return whole, m.setting, whole  # a name we know and a version after it: 'Mistral Large 2'
        return m.canonical, m.setting, m.surface
    glued = ent.glued_prefix(cell.strip(), sorted(view.accepted, key=len, reverse=True))
    if glued is not None:
        return glued[0], None, cell.strip()[: glued[1]]
    name = strip_board_lab(strip_access_tag(_CELL_NOTE.sub("", cell).strip()), view.text)
    name = _BADGE.sub("", name)
    if (
        header_says_model
        and not GENERIC_COLUMN.fullmatch(name)  # 'Spread', 'Average', 'Winner': a row about the others
        and name
        and re.fullmatch(r"[A-Za-z][\w.\-+ ]{1,40}", name)
        and plausible_name(name)
        and len(name.split()) <= 5
    ):
        return name, None, name
    return None


_SIZE_PAREN = re.compile(r"\((\d+(?:\.\d+)?[BbMm])\b[^()]*\)\s*$")


def distinct_members(
    names: Sequence[tuple[str, str | None, str] | None], cells: Sequence[str]
) -> list[tuple[str, str | None, str] | None]:
    """Two header columns that read as one model but carry different sizes in parentheses ('Qwen 2.5 (14B)',
    'Qwen 2.5 (72B)') are two members: each keeps its size in its name."""
    out = list(names)
    seen: dict[tuple[str, str | None], list[int]] = {}
    for j, nm in enumerate(names):
        if nm is not None:
            seen.setdefault((nm[0], nm[1]), []).append(j)
    for cols in seen.values():
        sizes = [_SIZE_PAREN.search(cells[j]) for j in cols]
        if len(cols) >= 2 and not all(sizes):
            _hyphenated_members(out, cols, cells)
        if len(cols) < 2 or not all(sizes) or len({sz.group(1).upper() for sz in sizes if sz}) < len(cols):
            continue
        for j, sz in zip(cols, sizes, strict=True):
            nm = names[j]
            if nm is not None and sz is not None:
                out[j] = (f"{nm[0]} {sz.group(1).upper()}", nm[1], nm[2])
    return out


def _hyphenated_members(
    out: list[tuple[str, str | None, str] | None], cols: Sequence[int], cells: Sequence[str]
) -> None:
    """Columns that read as one model where one cell is the name and another goes on with a hyphenated word
    ('Name-V3.1' beside 'Name-V3.1-Terminus'): the longer cell is a variant of its own, named whole."""
    wholes = [cells[j].strip() for j in cols]
    bases = [w for j, w in zip(cols, wholes, strict=True) if (nm := out[j]) is not None and w == nm[2]]
    if len(set(wholes)) < len(wholes) or not bases:
        return
    for j, w in zip(cols, wholes, strict=True):
        base = next((b for b in bases if w != b and w.startswith(b)), None)
        nm = out[j]
        if base is not None and nm is not None and _ID_TAIL.fullmatch(w[len(base) :]):
            out[j] = (w, nm[1], w)


_GLUED_NAME = re.compile(r"[A-Z][\w.+-]*\d[\w.+-]*(?:\s[\w.+-]+){0,2}")
_GLUED_TAG = re.compile(r"(?<=[0-9a-z])(?=[A-Z]{2,}\b|[A-Z][a-z]+\s)")


def unglued(view: DocView, cell: str) -> str | None:
    """A model cell with a tag glued to the name ('Name 4.6API Lab', 'Name-R1Open Source Lab'), read again
    with the glue split: the model it opens with (attribute columns only)."""
    glue = _GLUED_TAG.search(cell)
    if glue is None:
        return None
    m = first_ref(cell_refs(view, cell[: glue.start()] + " " + cell[glue.start() :]), "model")
    if m is not None:
        return m.canonical if m.start == 0 and m.end == glue.start() else None
    name = cell[: glue.start()]
    return name if _GLUED_NAME.fullmatch(name) and plausible_name(name) else None


def bench_setting(view: DocView, ref: Ref | None) -> list[tuple[str, str]]:
    if ref is None or ref.reach < 0:
        return []
    tail = view.text[ref.start : min(len(view.text), ref.reach + 12)]
    return list(conditions_in(tail).items())


_SETTING_WORD = (
    r"(?:\([^()]{1,30}\)|(?:pass|cons|maj|avg|best)@\d+|\d+-shot|zero-shot|few-shot|"
    r"(?:with|without|no) tools|(?:x?high|medium|low|minimal|max)(?: effort)?|thinking|reasoning|CoT)"
)
SETTING_TAIL = re.compile(rf"(?i)\s*{_SETTING_WORD}(?:,?\s+{_SETTING_WORD})*\s*")
_EFFORT_CELL = re.compile(r"(?i)(?:^|[\s(])(xhigh|high|medium|low|minimal|max)(?: effort)?\)?\s*$")


FIGURE_CELL = re.compile(r"\s*(?:[~≈∼]\s*)?\d[\d.,]*\s*%?(?:\s|$)")
# the words a head writes after a benchmark's name to say its cells hold scores ('Score', 'Points', '得分',
# 'スコア'): no setting and no subset of the test (data: patterns/score_heads.jsonl)
_SCORE_HEADS = [w for row in data_rows(_PATTERNS / "score_heads.jsonl", ("words",)) for w in row["words"]]
METRIC_WORDS = re.compile(
    r"\s*(?:\(?" + word_alternation(_SCORE_HEADS, spaces=r"\s+", longest_first=True) + r"\)?)\s*",
    re.I,
)
_DESCRIPTION = re.compile(r"\s+[A-Z][a-z]+(?:[ -](?:&\s)?[a-z][a-z-]{2,}){1,4}\s*")


def _page_edition(view: DocView, bench: str) -> str:
    """A contest named without its edition where the page names one edition of it only ('Mathematics (AIME)'
    on a page about 'AIME 2026'): that edition."""
    editions = {
        m.canonical
        for m in view.mentions
        if m.kind == "benchmark" and re.fullmatch(re.escape(bench) + r" (?:19|20)\d\d", m.canonical)
    }
    return editions.pop() if len(editions) == 1 else bench


# a kind of task in a word or two, then the benchmark that measures it in parentheses ('Coding (LCB v6)')
_KIND_THEN_BENCH = re.compile(r"[A-Z][a-z]+(?:[ &/-]+[A-Za-z][a-z]+)?\s*\((?P<bench>[^()]+)\)")
_SUBSET_SIZE = re.compile(r"(.+?)\s*\((\d{2,4}|[A-Z][A-Za-z]{1,11})\)")


# an evaluation harness's task id in a table cell ('arc_challenge', 'hellaswag', 'boolq')
_TASK_ID = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
# lower-case column words that are categories, not an evaluation harness's task ids ('math' is no MATH)
_COMMON_HEAD = re.compile(
    r"math|coding|code|reasoning|writing|overall|average|science|knowledge|vision|agents?"
)


@cache
def _squashed_benchmarks() -> dict[str, str]:
    """Each benchmark we know under its name and aliases lower-cased without spaces or punctuation."""
    out: dict[str, str] = {}
    for rec in load_patterns():
        if rec.kind == "benchmark":
            out.setdefault(re.sub(r"[\W_]", "", rec.alias.lower()), rec.canonical)
    return out


# a benchmark's initials opening a header cell ('LCB v5', 'LCB (avg@8)')
_ACRONYM = re.compile(r"([A-Z]{2,5})(?=$|\s+(?:v?\d|\())")
_PIECE = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])")


def _acronyms(view: DocView) -> dict[str, str]:
    """The initials of the benchmarks the page names in words ('LCB' for LiveCodeBench, from 'Live', 'Code'
    and 'Bench'), each only when one benchmark has them and they are no name of their own."""
    cached = view.memo.get("bench_acronyms")
    if cached is None:
        found: dict[str, set[str]] = {}
        for m in view.mentions:
            if m.kind != "benchmark":
                continue
            pieces = _PIECE.findall(m.canonical.split()[0]) if m.canonical else []
            if len(pieces) >= 2:
                found.setdefault("".join(p[0] for p in pieces), set()).add(m.canonical.split()[0])
        cached = {a: next(iter(names)) for a, names in found.items() if len(names) == 1}
        cached = {a: n for a, n in cached.items() if not first_ref(cell_refs(view, a), "benchmark")}
        view.memo["bench_acronyms"] = cached
    return cached


_NOT_WORD, _PARENS, _VERSION_OPEN = re.compile(r"[\W_]"), re.compile(r"\([^)]*\)"), re.compile(r"v\d")
_CAP_WORD = re.compile(r"\b[A-Z][a-z]{2,}")


def header_bench(view: DocView, cell: str) -> tuple[str, str | None, list[tuple[str, str]]] | None:
    if row_attribute(cell) is not None:
        return None  # a spec row's label in any language ('Parámetros totales'), never a benchmark's name
    sized = _SUBSET_SIZE.fullmatch(cell.strip())
    if (
        sized
    ):  # 'MATH (500)', 'MMLU (ProX)': the benchmark we know as 'MATH-500', 'MMLU-ProX', when we know one
        joined = f"{sized.group(1)}-{sized.group(2)}"
        b = first_ref(cell_refs(view, joined), "benchmark")
        if b is not None and b.start == 0 and b.end == len(joined):
            return b.canonical, b.unit, []
    kind = _KIND_THEN_BENCH.fullmatch(cell.strip())
    if kind is not None and first_ref(cell_refs(view, cell[: cell.find("(")]), "benchmark") is None:
        inner = header_bench(view, kind.group("bench"))
        if inner is not None:  # 'Reasoning (GPQA)', 'Coding (LCB v6)': the kind of task, then its benchmark
            return (_page_edition(view, inner[0]), *inner[1:])
    b = first_ref(cell_refs(view, cell), "benchmark")
    if b is None and (short := _ACRONYM.match(cell.strip())) is not None:
        full = _acronyms(view).get(short.group(1))
        if full is not None:  # 'LCB v5 (avg@8)' on a page naming LiveCodeBench
            return header_bench(view, full + cell.strip()[short.end(1) :])
    if b is None:
        task = _TASK_ID.fullmatch(cell.strip()) and not _COMMON_HEAD.fullmatch(cell.strip())
        known = _squashed_benchmarks().get(_NOT_WORD.sub("", cell.lower())) if task else None
        return (known, ent.knowledge().bench_unit.get(known), []) if known else None
    after = cell[max(b.end, b.tail) :] if b.tail >= 0 else cell[b.end :]
    if _DESCRIPTION.fullmatch(after) or METRIC_WORDS.fullmatch(after):
        after = ""  # a row label that describes the benchmark ('GPQA Graduate-level science') or names its
        # metric ('SimpleQA Accuracy')
    leftover = _PARENS.sub(" ", cell[: b.start] + " " + after)
    if _CAP_WORD.search(leftover):
        return None  # more name than the benchmark we know ("Bench Onerous"): a different or garbled name
    parts = list(conditions_in(cell).items())
    rest = cell[len(b.canonical) :].strip() if cell.startswith(b.canonical + " ") else ""
    effort = _EFFORT_CELL.search(rest) if rest else None
    if effort and "model" not in dict(parts):
        parts.append(("model", effort.group(1).lower()))
    elif (
        rest
        and not rest.startswith("(")
        and not _VERSION_OPEN.match(rest)
        and "," not in rest
        and not METRIC_WORDS.fullmatch(rest)
        and SETTING_TAIL.fullmatch(rest) is None  # a setting is read by conditions_in, the rest is a subset
    ):
        parts.append(("subset", rest))
    return b.canonical, b.unit, parts
