"""Parameter counts from prose and list items: totals and active counts in number shapes ("235 billion
parameters in total, of which 22 billion are active", "32B total / 3B active", "a 70-billion-parameter model",
"activates only 37B of its 671B parameters"), the models they belong to, and a family's members by their
sizes ("Sizes: 8B, 70B, 405B", "a family of dense models (3B, 8B and 30B)").

Who a count belongs to is chosen with `attribute_subjects.who`; the member of a family a count or rank names
by its size is settled afterwards in `sized_members.py`.
"""

from __future__ import annotations

import re

from extractors.facts.alternation import by_first_char, distribute
from extractors.facts.attribute_subjects import labelled, who
from extractors.facts.count_labels import active_ceiling, labelled_kind
from extractors.facts.count_owners import (
    APPOSITIVE_NOUN,
    APPOSITIVE_SIZE,
    appositive_owner,
    for_owner,
    fragment_subject,
    fronted_owner,
    named_in,
    paren_owner,
    sized_model_owner,
)
from extractors.facts.document import DocView, Ref, SegView, in_parts
from extractors.facts.foreign_counts import ACTIVE_AFTER
from extractors.facts.model_parts import part_count
from extractors.facts.numbers import (
    CJK_MAGNITUDES,
    FOREIGN_BILLION,
    MAGNITUDES,
    WORD_NUMBERS,
    integer_text,
    magnitude,
)
from extractors.facts.subjects import Subjects, fact
from extractors.facts.titles import Titles
from schema.records import AttributeFact

_SIZE_WORD = r"(?:billions?|trillions?|millions?|[BTM]|万亿|萬億|亿|億|(?i:" + FOREIGN_BILLION + r"))"
# the word for parameters in the other languages whose magnitude words are read ('111 bilhões de parâmetros',
# '24 Milliarden Parametern', '397 milliarder parametre')
_FOREIGN_PARAM = r"par[âáa]metros?|param[èe]tres?|parametern?|parametri|parametre|parametrar|параметр\w*"
_NUM = r"(?P<num>\d+(?:\.\d+)?|" + "|".join(WORD_NUMBERS) + r")"
PARAM_RE = re.compile(
    r"(?<![A-Za-z0-9_$.])(?<!\d,)" + _NUM + r"(?:\s?|-)(?P<mag>" + _SIZE_WORD + r")(?![a-zA-Z])"
    r"(?P<tail>(?:-parameters?|\s+(?:total\s+|active\s+|[a-z]+\s+)?param(?:eter)?s?\b|\s+(?:total|active|MoE|dense)"
    r"|\s+(?:param(?:eter)?s\s+)?in\s+total|\s+of\s+(?:them|which|those)\s+(?:are\s+)?active|\s+(?:are|is)\s+active"
    r"|\s+active|\s+activat(?:ed|ions?)\b|-(?:total|active)\b|\s+(?:de\s+)?(?i:" + _FOREIGN_PARAM + r"))?)",
)
_COUNT_BEFORE = re.compile(
    r"\bparam(?:eter)?s?\s+(?:count|number|size|total)\s*(?:is|of|:|=|reaches|stands\s+at)?\s*(?:about\s+)?$"
    r"|(?<!active\s)(?<!activated\s)\b(?:total\s+)?param(?:eter)?s?\s*[:=]\s*(?:about\s+|~)?$"
    r"|\b(?:count|number|total)\s+of\s+param(?:eter)?s\s*(?:is|:|=|reaches|stands\s+at)?\s*(?:about\s+)?$",
    re.I,
)
_ACTIVE_WORD = re.compile(r"\s+(?:active|activated)\b")
_ACTIVE_AFTER = re.compile(
    r"\s+(?:param(?:eter)?s\s+)?(?:are\s+|is\s+)?(?:fire|used|activated?|active|engaged)\s+"
    r"(?:per\s+(?:token|forward|inference|query|request|step)|during|for\s+each|at\s+inference|on\s+each)"
)
# "only activates approximately 32 billion parameters per inference": the count a model activates
_ACTIVATES_BEFORE = re.compile(
    r"\bactivat(?:es|ing|e)\s+(?:only\s+|just\s+|approximately\s+|about\s+|around\s+|roughly\s+|~\s*)*$"
)
# "activates only 37B of its 671B parameters": the part is active, the whole is the total
_PART_OF = re.compile(
    r"(?<![\w$.])(?P<a>\d+(?:\.\d+)?)\s?(?P<ma>[BT]|billion|trillion)\s+(?:parameters\s+)?(?:out\s+)?of\s+"
    r"(?:its|the|their|a\s+total\s+of)\s+(?:total\s+of\s+)?(?P<t>\d+(?:\.\d+)?)\s?(?P<mt>[BT]|billion|trillion)"
    r"(?:\s+total)?\s+param"
)
# a label in another language before a count: 'Parâmetros totais: 230 bilhões', 'Parámetros activos: 10B'
_FOREIGN_TOTAL_BEFORE = re.compile(
    r"(?i)(?:par[âáa]metros|param[èe]tres|parameter|parametre)\s+(?:totais|totales|totaux|gesamt|total)\s*:?\s*$"
    r"|(?:par[âáa]metros|param[èe]tres)\s+de\s+$"  # 'modelo de parámetros de 111 mil millones'
)
# a count that is a difference: '110 billion parameters smaller than B', '110 bilhões de parâmetros menor
# que B'
_DIFFERENCE_AFTER = re.compile(
    r"\s*(?:smaller|larger|bigger|fewer|more|less|menor|maior|menos|mais|kleiner|größer|weniger|mehr|moins|plus)"
    r"\s+(?:than|que|als)\b",
    re.I,
)
_FOREIGN_ACTIVE_BEFORE = re.compile(
    r"(?i)(?:par[âáa]metros|param[èe]tres|parameter|parametre)\s+(?:ativados|ativos|activos|activados|actifs|"
    r"aktive|aktiv)\s*:?\s*$"
)
# the ends of a span of counts: '40B–150B parameters', 'from 1B to 10B parameters', 'between 18.6B to 31.3B',
# '1.7 to 3 trillion', 'ranging from …', '≤4B', 'models with fewer than 4 billion parameters', 'models
# smaller than 40B total' (a bound)
_RANGE_BEFORE = re.compile(
    # (a spaced dash only after a size: in 'Grok 1 – 314B parameters' it follows the name)
    r"(?:(?<![\w.])\d+(?:\.\d+)?(?:\s?(?:[BT]|billion|trillion)(?:[–-]|\s*–\s*|\s+to\s+)|[–-]|\s+to\s+)|"
    r"\bbetween\s+\S+\s+and\s+|"
    r"[≤≥<>]\s*|\b(?:up\s+to|under|below|(?:fewer|less|smaller|larger|bigger)\s+than|at\s+most|no\s+more\s+than)\s+|\bsub-)$",
    re.I,
)
_RANGE_AFTER = re.compile(r"\s*(?:–|—|to\s+\d|-\s?\d)")
# a weak name that is a label with its value ("Parameters 671B"), not a model
_LABEL_NAME = re.compile(r"(?i)^(?:param|context|window|size|total|active|release|price)")
_PARAM_CONTEXT = re.compile(
    r"param|par[âá]m|парам|mixture[- ]of[- ]experts|\bmoe\b|\bdense\b|\bactive\b|\btotal\b|"
    r"[参參][数數]|引數|激活",
    re.I,
)
# counts written in Chinese (simplified or traditional): '3550亿' or '3550 億' (355B), active as 激活
# or 活跃参数 (活跃 alone is users'), labels before or after the count ('总参数 35B', '35B 总参数',
# '激活参数仅 3B', '仅激活 3B', '(激活320亿)')
# the word for parameters: 参数, 參數, and 引數 where a Taiwanese converter chose it
_ZH_PARAM = r"(?:[参參][数數]|引數)"
_ZH_ACTIVE = r"(?:激活(?:" + _ZH_PARAM + r")?|活[跃躍动動]" + _ZH_PARAM + r"|[启啟]用" + _ZH_PARAM + r")"
# the verbs between a label and its count: 'is', 'reaches', 'exceeds' ('总参数量突破1万亿')
_ZH_VERB = r"(?:仅|只有|约|为|為|达|達|是|突破|超过|超過|高达|高達|达到|達到)"
_ZH_ACTIVE_BEFORE = re.compile(_ZH_ACTIVE + r"(?:量)?\s*" + _ZH_VERB + r"?\s*$")
# (a count's other spelling may stand between it and the word: '万亿(1T)参数', '2万亿 (2T) 参数')
# (and the measure word: '3550亿个总参数'; 活动参数 is the active count as well)
_ZH_GLOSS = r"\s*(?:\)|\([^()]{1,12}\))?\s*(?:[个個]\s*)?"
_ZH_ACTIVE_AFTER = re.compile(_ZH_GLOSS + r"(?:的)?" + _ZH_ACTIVE)
_ZH_TOTAL_BEFORE = re.compile(
    r"(?:[总總]"
    + _ZH_PARAM
    + "|"
    + _ZH_PARAM
    + r"量|"
    + _ZH_PARAM
    + r"[规規]模|"
    + _ZH_PARAM
    + r"[总總]量)(?:量)?\s*"
    + _ZH_VERB
    + r"?\s*$|(?:[参參][数數]量|[参參][数數])\s*从\s*$"
)
_ZH_TO = re.compile(r"(?:扩展|增加|提升|扩大|增长|升级)?[至到]\s*$")
_ZH_TOTAL_AFTER = re.compile(_ZH_GLOSS + r"(?:的)?(?:[总總]" + _ZH_PARAM + "|" + _ZH_PARAM + ")")
# (a count in millions only right before the word: '270 million parameters', '135M-parameter')
# (one \d opens the forms with digits: re tries them with one check where no digit stands)
_PARAM_DIGITS = (
    r"\d(?:(?:\s?|-)(?:b|t|billions?|trillions?)\b|(?:\s?|-)(?:m|millions?)[\s-]param|\s?[亿億]|\s(?:"
    + FOREIGN_BILLION
    + r"))"
)
_PARAM_WORDS = distribute([w for w in WORD_NUMBERS if len(w) > 1], r"[\s-](?:billions?|trillions?)\b")
PARAM_GATE = in_parts(  # (searched as its digit forms and its words, as _TOKEN_HINT in attributes.py)
    re.compile(_PARAM_DIGITS + r"|\b" + by_first_char(_PARAM_WORDS), re.I),
    re.compile(_PARAM_DIGITS),
    re.compile(by_first_char(_PARAM_WORDS, not_after=r"\w")),
)
# the gate without its spelled-out counts, for a page that writes neither 'billion' nor 'trillion' (those
# never match there): opening on \d, `re` skips straight to the digits instead of trying every word's start
PARAM_DIGIT_GATE = re.compile(_PARAM_DIGITS, re.I)

# a spec line's label: 'Parameters:', 'Number of model parameters:'
_PARAM_LABEL = r"(?:(?:number|count|total)\s+of\s+(?:(?:the\s+)?model\s+)?)?param"
HAS_SIZE = re.compile(r"\d(?:\.\d+)?\s?[BMT]\b|\d+x\d+B", re.I)


def _num_value(num: str, mag: str) -> float:
    base = WORD_NUMBERS.get(num.lower(), None)
    value = float(base) if base is not None else float(num)
    if mag in CJK_MAGNITUDES:
        return value * CJK_MAGNITUDES[mag]
    single = mag[:-1] if len(mag) > 2 and mag.endswith("s") else mag  # "7 billions" (translated English)
    return value * (MAGNITUDES.get(single) or magnitude(mag))


_SIZES = r"\d+(?:\.\d+)?B(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*/\s*)\d+(?:\.\d+)?B)+"
# "Sizes: 8B, 70B, 405B" under a family's heading, "11B and 90B variants" in its section
_SIZE_LIST = re.compile(
    r"\s*(?:(?:Model\s+|Parameter\s+)?[Ss]izes?\s*:\s*(?P<a>" + _SIZES + r")\s*"
    r"|(?:[^.;]*?\b)?(?P<b>" + _SIZES + r")\s+(?:variants|sizes|versions)\b.*)"
)
# a family's members by size in a sentence that says so: "<Family> is a family of … models (3B, 8B, and
# 30B)", "the <Family> family includes variants at 1B, 4B, 12B, and 27B parameters", "their 7B and 13B
# parameter models"
# (members may be counted in millions, and the last written out: 'three sizes, 135M, 360M, and 1.7 billion
# parameters', 'checkpoints with 350M, 700M, and 1.2B parameters')
_MEMBER_SIZE = r"\d+(?:\.\d+)?(?:[BM]|\s(?:billion|million))"
_MEMBER_LIST = _MEMBER_SIZE + r"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*/\s*)" + _MEMBER_SIZE + r")+"
_MEMBER_SIZES = re.compile(
    r"(?:\bfamily\b|\bseries\b|\bline-?up\b|\bvariants?\b|\bsizes?\b|\bcheckpoints\b)[^.;]{0,60}?(?P<a>"
    + _MEMBER_LIST
    + r")\b"
    r"|\b(?P<c>" + _MEMBER_LIST + r")[ -]param(?:eter)?s?\s+(?:models|variants|versions|checkpoints)\b"
)
_MEMBER_VALUE = re.compile(r"(\d+(?:\.\d+)?)\s?(B|M|billion|million)")
_SIZE_TAIL = re.compile(r"[ -]\d+(?:\.\d+)?B$")
_EFFECTIVE = re.compile(r"\beffective(?:ly)?\b", re.I)
# a capitalised name right before 'family' / 'series' ('Granite 3.x family'), not 'The family'
_OWN_FAMILY = re.compile(
    r"\b(?!(?:The|This|That|Its|Their|Our|Your|His|Her|A|An|Each|Every|One|Whole|Same|New)\b)(?P<name>[A-Z][\w.-]*)(?:\s+[\w.-]+)?\s+(?:family|series)\b"
)


def _effective_before(text: str, start: int, end: int) -> bool:
    """'effective' in the same clause before a count ('an effective size of 2B and 4B'), not 'an effective 4B
    for mobile, a 26B …'."""
    found = [m.end() for m in _EFFECTIVE.finditer(text, start, end)]
    return bool(found) and re.search(r"[,;:]", text[found[-1] : end]) is None


def _other_family(text: str, start: int, end: int, focus: str | None) -> bool:
    """The span names a family ('IBM Granite 3.x family') that is not the section's model's."""
    m = _OWN_FAMILY.search(text, start, end)
    return m is not None and (not focus or m.group("name").lower() not in focus.lower())


def _family_sizes(view: DocView, sv: SegView, subs: Subjects) -> list[AttributeFact]:
    """A family's member sizes listed in the section about that family: one count per member
    ('Family 8B', 'Family 70B'), when the line names no model itself."""
    m = _SIZE_LIST.fullmatch(view.text, sv.seg.start, sv.seg.end)
    family = sv.focus
    if m is None or not family or HAS_SIZE.search(family) or named_in(subs, sv) or sv.seg.kind == "heading":
        return _member_sizes(view, sv, subs)
    if _other_family(view.text, sv.seg.start, m.end(), family):  # 'IBM Granite 3.x family includes 1B …'
        return _member_sizes(view, sv, subs)
    return [
        _sized_member(view, sv, family, size)
        for size in re.findall(r"\d+(?:\.\d+)?(?=B)", m.group("a") or m.group("b"))
    ]


def _member_sizes(view: DocView, sv: SegView, subs: Subjects) -> list[AttributeFact]:
    """'<Family> is a family of dense models (3B, 8B and 30B)': one count per member, 'Family 3B' …; the
    family is the one model the sentence names before the list, else the page's model without its size."""
    m = _MEMBER_SIZES.search(view.text, sv.seg.start, sv.seg.end)
    if m is None or sv.seg.kind == "heading":
        return []
    if _ACTIVE_WORD.match(view.text, m.end("a") if m.group("a") else m.end("c")):
        return []  # 'variants, including MoE models with 47B and 3B active parameters': no member's total
    if PARAM_RE.search(view.text, sv.seg.start, m.start()):
        return []  # 'A has 400B total parameters, more than the B family (7B and 70B)': A's own count first
    if _effective_before(view.text, max(sv.seg.start, m.start() - 25), m.end()):
        return []  # 'an effective size of 2B and 4B parameters': what runs per token, not the members' totals
    named = [r for r in named_in(subs, sv) if r.start < m.start()]
    if len({r.canonical for r in named}) > 1:
        return []
    family = named[0].canonical if named else sv.focus
    if _other_family(view.text, sv.seg.start, m.end(), family):
        return []  # 'IBM Granite 3.x family includes 1B, 2B …': a family named here that we do not know
    if not family:
        return []
    family = _SIZE_TAIL.sub("", family)
    if HAS_SIZE.search(family):
        return []
    sizes = [(num, unit[0].upper()) for num, unit in _MEMBER_VALUE.findall(m.group("a") or m.group("c"))]
    if any(unit == "M" for _, unit in sizes) and (
        not re.search(r"param", view.text[sv.seg.start : sv.seg.end], re.I)
        or any(unit == "M" and float(num) < 100 for num, unit in sizes)
    ):
        return []  # counts in millions only where the sentence says parameters and no '1M' (a context size)
    return [_sized_member(view, sv, family, num, unit) for num, unit in sizes]


def _sized_member(view: DocView, sv: SegView, family: str, size: str, unit: str = "B") -> AttributeFact:
    name = f"{family} {size}{unit}"
    member = Ref("model", name, sv.seg.start, sv.seg.start, sv.seg.start, None, 0.7, "implied", name)
    value = float(size) * (1e6 if unit == "M" else 1e9)
    return fact(view, sv, member, "parameters_total", integer_text(value), 0.8, "sizes")


def params(view: DocView, sv: SegView, subs: Subjects, titles: Titles | None = None) -> list[AttributeFact]:
    text = view.text
    seg_text = text[sv.seg.start : sv.seg.end]
    bracketed, sized_at = bracketed_sizes(view, sv, subs)
    if not _PARAM_CONTEXT.search(seg_text) and not APPOSITIVE_SIZE.search(seg_text):
        return bracketed or _family_sizes(view, sv, subs)
    members = _member_sizes(view, sv, subs)
    if members:
        return members
    found: list[tuple[int, str, float, int]] = []
    for m in PARAM_RE.finditer(text, sv.seg.start, sv.seg.end):
        tail = m.group("tail") or ""
        mag = m.group("mag")
        value = _num_value(m.group("num"), mag)
        if value < 1e8 or value > 1e14:
            continue
        after = text[m.end() : m.end() + 30]
        if re.match(
            r"\s*(?:tokens|users|downloads|dollars|GPUs|pages|words|images|-class|class|variants?|versions?|"
            r"sizes?)\b|-class|/\d",
            "" if tail else after,
        ) or re.search(r"\d[BM]?/$", text[max(0, m.start() - 6) : m.start()]):
            continue  # "7B/13B/70B variants" are sizes of a family, not one model's count
        if text[max(0, m.start() - 1) : m.start()] == "$" or _DIFFERENCE_AFTER.match(text, m.end()):
            continue
        if (
            _RANGE_BEFORE.search(text, max(sv.seg.start, m.start() - 40), m.start())
            and not active_ceiling(text, m.start(), m.end("mag"))
        ) or _RANGE_AFTER.match(text, m.end() if not tail else m.end("mag")):
            continue  # '40B–150B parameters', 'between 18.6B to 31.3B', '≤4B': a span, not one count
        if re.match(r"\s*than\b", after) and re.search(r"\b(?:more|fewer|less)\b", tail, re.I):
            continue  # '3.4B more parameters than B': a difference
        if _effective_before(text, max(sv.seg.start, m.start() - 40), m.start()):
            continue  # 'an effective size of 2B and 4B parameters': what runs per token, no total count
        if _MODELS_WITH.search(text, max(sv.seg.start, m.start() - 40), m.start()):
            continue  # 'MoE models with 47B and 3B active parameters': several unnamed models' counts
        if part_count(text, sv.seg.start, sv.seg.end, m.start(), m.end()):
            continue  # 'its embedding layer alone accounts for 170M parameters', 'a 400M parameter encoder'
        like = _LIKE_A.search(text, max(sv.seg.start, m.start() - 60), m.start())
        if (like and (like.group("a") or m.group("num").lower() == "a")) or _SIZE_CLASS.match(text, m.end()):
            continue  # "the cost of a 41B dense model", "several 7B and 8B models": no one model's count
        low = tail.lower()
        zh_before = text[max(sv.seg.start, m.start() - 12) : m.start()]
        if _ZH_ACTIVE_BEFORE.search(zh_before) or _ZH_ACTIVE_AFTER.match(text, m.end()):
            attr = "parameters_active"
        elif _ZH_TOTAL_BEFORE.search(zh_before) or _ZH_TOTAL_AFTER.match(text, m.end()):
            attr = "parameters_total"
        elif found and _ZH_TO.search(zh_before) and (frm := text.rfind("从", sv.seg.start, m.start())) >= 0:
            # '从3550亿(激活320亿)扩展至7440亿': the count after 至 is the kind of the first one after 从
            first = [f for f in found if f[0] > frm]
            if not first:
                continue
            attr = first[0][1]
        elif (
            re.search(r"\bactiv(?:e|ated|ations?)\b|\beffective\b", low)  # '2.3B effective parameters'
            or _ACTIVE_AFTER.match(after)
            or _ACTIVATES_BEFORE.search(text, max(sv.seg.start, m.start() - 30), m.start())
            or re.match(
                r"\s*(?:are\s+)?active|\s+(?:of them|of which)(?:(?!\d)[\w ])*active|\s+(?:per token|"
                r"fire per token|per forward)",
                after + low,
            )
        ):
            attr = "parameters_active"
        elif _FOREIGN_ACTIVE_BEFORE.search(text, max(sv.seg.start, m.start() - 30), m.start()) or (
            tail and ACTIVE_AFTER.match(text, m.end())  # '33 milliards de paramètres actifs'
        ):
            attr = "parameters_active"  # 'Parâmetros ativados: 10 bilhões'
        elif (
            "param" in low
            or re.search(_FOREIGN_PARAM, low)
            or low.strip(" -") in ("total", "moe", "dense", "in total")
            or _FOREIGN_TOTAL_BEFORE.search(text, max(sv.seg.start, m.start() - 30), m.start())
        ):
            attr = "parameters_total"
        elif _ACTIVE_AFTER.match(after):
            attr = "parameters_active"  # "37B are activated per token", "10B engaged during inference"
        elif (kind := labelled_kind(text, m.start(), sv.seg.start)) is not None:
            attr = kind  # 'an activated parameter count of M': the label's kind word decides
        elif (role := _clause_role(text, sv, m.start())) is not None:
            attr = role  # '(230B total / 10B active for A; ~229B / 10B for B)': B's pair read as A's
        elif _COUNT_BEFORE.search(text, max(sv.seg.start, m.start() - 40), m.start()):
            attr = "parameters_total"  # "the parameters count is 7 billions", "parameter size: 72B"
        elif mag in ("B", "T") and _labelled_by_name(text, sv, subs, m.start(), after):
            attr = (
                "parameters_total"  # '- Name: 3B (hybrid dense).': a list item's size for the name it labels
            )
        elif (
            mag in ("B", "T")
            and re.match(r"\s*(?:model|total|,\s*\d|(?i:mixture[- ]of[- ]experts)|MoE)", after)
            and re.search(r"param|mixture[- ]of[- ]experts|\bmoe\b", seg_text, re.I)
        ):
            attr = "parameters_total"
        elif (
            mag in ("B", "T")
            and APPOSITIVE_NOUN.match(text, m.end(), sv.seg.end)
            and appositive_owner(view, sv, subs, m.start())
        ):
            attr = (
                "parameters_total"  # 'A, a 124B open-weights model': the size of the model the phrase names
            )
        elif (
            found
            and re.search(
                r"\b(?:has|have|with|at|and)\s+$", text[max(sv.seg.start, m.start() - 6) : m.start()]
            )
            and re.match(r"\s*(?:[,.;)]|$|\s(?:while|and|but|whereas)\b)", after)
        ):
            attr = found[-1][1]  # "A has 8 billion parameters, while B has 32 billion": the same count
        else:
            continue
        if re.search(
            r"\b(?:a|an)\s+$", text[max(sv.seg.start, m.start() - 4) : m.start()]
        ) and not subs.models(sv):
            continue  # "a 1.2-trillion-parameter model" with no model named: a generic statement
        found.append((m.start(), attr, value, m.end()))
    found = [f for f in found if f[0] not in sized_at]
    out = bracketed + _respective_params(view, sv, subs, found)
    if out:
        return out
    versus = _versus_params(view, sv, subs, titles)
    if versus:
        out += versus
        spans = [(vm.start(), vm.end()) for vm in _VERSUS.finditer(text, sv.seg.start, sv.seg.end)]
        found = [f for f in found if not any(a <= f[0] < b for a, b in spans)]
    for pm in _PART_OF.finditer(text, sv.seg.start, sv.seg.end):
        # the whole's reading ("671B parameters per token" taken for active) gives way to the part-of reading
        found = [f for f in found if not (pm.start("t") <= f[0] < pm.end())]
        found.append(
            (pm.start(), "parameters_active", _num_value(pm.group("a"), pm.group("ma")), pm.end("ma"))
        )
        found.append(
            (pm.start(), "parameters_total", _num_value(pm.group("t"), pm.group("mt")), pm.end("mt"))
        )
    totals = {v for _, a, v, _ in found if a == "parameters_total"}
    earlier = _earlier_spans(view, sv, subs, titles)
    for pos, attr, value, end in found:
        if attr == "parameters_total" and len(totals) > 1 and sv.seg.kind == "line":
            continue
        span = next((e for e in earlier if e[0] <= pos < e[1]), None)
        if span is not None:
            subj = span[2]  # "B scales from 355B (32B active) to 744B": the 'from' counts are A's
        elif _EACH.match(text, end) and len(named := named_in(subs, sv)) >= 2:
            subj = named  # "with 17B active parameters each, where A has …, and B has …": every one of them
        else:
            owner = for_owner(view, sv, subs, end)
            if owner is not None and not owner:
                continue  # '… for M2.7)': a name we do not know, whose count is no one else's
            subj = (
                subs.premodified(sv, pos, end)
                or owner
                or appositive_owner(view, sv, subs, pos)
                or paren_owner(view, sv, subs, pos)
                or fronted_owner(view, sv, subs, pos)
                or who(subs, sv, pos, sv.seg.kind == "item" or labelled(view, sv, _PARAM_LABEL), titles)
            )
            subj = subj or subs.paragraph_subject(sv, pos) or fragment_subject(view, sv, subs, pos)
            subj = subj or sized_model_owner(view, sv, subs)
        for s in subj:
            if s.canonical and not _LABEL_NAME.match(s.canonical):
                out.append(fact(view, sv, s, attr, integer_text(value), 0.85, "prose"))
    return out


def _labelled_by_name(text: str, sv: SegView, subs: Subjects, pos: int, after: str) -> bool:
    """A list item or line that opens on a name and a colon and then gives a bare size ('- Name: 3B (dense)',
    'Name: 24B.'): the size is that name's."""
    if sv.seg.kind not in ("item", "line") or not re.match(r"\s*(?:\(|[,.;]|$)", after):
        return False
    return any(
        not text[sv.seg.start : r.start].strip(" -*•\t")
        and re.fullmatch(r"\*{0,2}\s*:\s*\*{0,2}\s*~?\s*", text[r.end : pos])
        for r in named_in(subs, sv)
    )


# a name's own parenthesis of facts, its size first: 'Name (24B, January 2025)', 'Name (10.3B)', 'Name (24B,
# Apache 2.0)'; not a list of sizes ('(7B, 13B)') nor a size of something else ('(2B tokens)')
_SIZE_PAREN = re.compile(
    r"\s*\(\s*~?(?P<num>\d+(?:\.\d+)?)\s?(?P<mag>[BT])\s*(?:\)|,(?!\s*~?\d+(?:\.\d+)?\s?[BMT]\b))"
)


def bracketed_sizes(view: DocView, sv: SegView, subs: Subjects) -> tuple[list[AttributeFact], set[int]]:
    """'Compared with B (24B, January 2025) it adds …': the count in a name's own parenthesis is that name's
    (the facts, and where their counts start)."""
    text = view.text
    out: list[AttributeFact] = []
    at: set[int] = set()
    if "(" not in text[sv.seg.start : sv.seg.end]:
        return out, at
    for r in subs.models(sv):
        if r.via in ("pronoun", "implied") or not r.canonical:
            continue
        m = _SIZE_PAREN.match(text, r.end, sv.seg.end)
        if m is not None:
            value = _num_value(m.group("num"), m.group("mag"))
            out.append(fact(view, sv, r, "parameters_total", integer_text(value), 0.75, "prose"))
            at.add(m.start("num"))
        p = _PAIR_PAREN.match(text, r.end, sv.seg.end)
        order = _pair_order(text, sv, p)
        if p is not None and order is not None:
            for key, attr in zip(("a", "b"), order, strict=True):
                value = _num_value(p.group(key), p.group("m" + key))
                out.append(fact(view, sv, r, attr, integer_text(value), 0.75, "prose"))
                at.add(p.start(key))
    return out, at


# a name's own parenthesis of two counts, 'Name (32B/9B total/active parameters)', or bare after such a
# labelled one, 'B (7B/1B)': which is which is said in the parenthesis or by the last labelled pair before it
_PAIR_PAREN = re.compile(
    r"\s*\(\s*~?(?P<a>\d+(?:\.\d+)?)\s?(?P<ma>[BT])\s*/\s*~?(?P<b>\d+(?:\.\d+)?)\s?(?P<mb>[BT])"
    r"(?:\s+(?P<lab>(?:total|active)\s*/\s*(?:total|active)))?(?:\s+param(?:eter)?s)?\s*\)"
)
_PAIR_LABEL = re.compile(r"\b(total|active)\s*/\s*(total|active)\b")


def _pair_order(text: str, sv: SegView, p: re.Match[str] | None) -> tuple[str, str] | None:
    if p is None:
        return None
    lab = _PAIR_LABEL.fullmatch(p.group("lab")) if p.group("lab") else None
    if lab is None:
        lab = next(reversed(list(_PAIR_LABEL.finditer(text, sv.seg.start, p.start()))), None)
    if lab is None or lab.group(1) == lab.group(2):
        return None
    return (f"parameters_{lab.group(1)}", f"parameters_{lab.group(2)}")


_LABELLED_PAIR = re.compile(r"\(\s*~?\d+(?:\.\d+)?\s?[BT]\s+total\s*/\s*~?\d+(?:\.\d+)?\s?[BT]\s+active\b")


def _clause_role(text: str, sv: SegView, pos: int) -> str | None:
    """A bare pair of counts ('~229B / 10B') in a bracket clause after one whose pair was labelled
    ('(230B total / 10B active for A; …'): the same order, the total first and the active count second."""
    opened = text.rfind("(", sv.seg.start, pos)
    semi = text.rfind(";", opened, pos) if opened >= 0 else -1
    if semi < 0 or ")" in text[opened:pos] or not _LABELLED_PAIR.match(text, opened, semi):
        return None
    lead = text[semi + 1 : pos]
    if re.fullmatch(r"\s*~?", lead):
        return "parameters_total"
    if re.fullmatch(r"\s*~?\d+(?:\.\d+)?\s?[BT]\s*/\s*~?", lead):
        return "parameters_active"
    return None


# a count in a model one compares to, not one named: "closer to a 40B-class model than a trillion-parameter
# dense system", "the same cost as a 41B dense model", "the capacity of a 675B one"
_LIKE_A = re.compile(
    r"\b(?:than|like|unlike|(?:similar|comparable|close|closer|equivalent|akin)\s+to|versus|vs\.?|"
    r"same\s+[\w ]{0,40}?\s+as|(?:capacity|efficiency|footprint|speed|cost|memory)\s+of)\s+"
    r"(?:(?P<a>a|an)\s+(?:[\w.]+[\s–-]+){0,3})?(?:[~≈]\s*)?$",
    re.I,
)
# 'MoE models with 47B and 3B active parameters': counts of several unnamed models
_MODELS_WITH = re.compile(r"\bmodels\s+(?:with|having|of)\s+(?:(?:\d+(?:\.\d+)?\s?[BMT]?|and|or|,)\s*)*$")
# "several 7B and 8B models": sizes of a class of models
_SIZE_CLASS = re.compile(r"(?:\s+(?:dense|MoE|open|open-weights?|parameter))?\s+models\b")
# "~half the active parameters (17B vs 37B)": the subject's count, then the other model's
_VERSUS = re.compile(
    r"(?P<kind>active|total)\s+param(?:eter)?s\s*\(\s*~?(?P<a>\d+(?:\.\d+)?)\s?(?P<ma>[BT])\s+(?:vs\.?|versus)\s+"
    r"~?(?P<b>\d+(?:\.\d+)?)\s?(?P<mb>[BT])\s*\)"
)


def _versus_params(view: DocView, sv: SegView, subs: Subjects, titles: Titles | None) -> list[AttributeFact]:
    """'Compared to B, A has ~half the active parameters (17B vs 37B)': A's count, then the other model's."""
    out: list[AttributeFact] = []
    for m in _VERSUS.finditer(view.text, sv.seg.start, sv.seg.end):
        attr = "parameters_active" if m.group("kind") == "active" else "parameters_total"
        subj = who(subs, sv, m.start(), False, titles)
        now = {r.canonical for r in subj}
        others = [r for r in named_in(subs, sv) if r.canonical not in now]
        if len(subj) != 1 or len(others) != 1:
            continue
        for ref, num, mag in (
            (subj[0], m.group("a"), m.group("ma")),
            (others[0], m.group("b"), m.group("mb")),
        ):
            out.append(fact(view, sv, ref, attr, integer_text(_num_value(num, mag)), 0.8, "versus"))
    return out


_EACH = re.compile(r"\s+each\b")
# "from <counts> to <counts>": the counts before 'to' are an earlier state
_FROM_TO = re.compile(
    r"\bfrom\s+(?=\d)(?P<a>[^;]{1,80}?)\s+to\s+(?=(?:about\s+|roughly\s+|~\s*)?\d)"
    r"|从\s*(?=\d)(?P<z>[^;。]{1,40}?)(?:扩展|增加|提升|扩大|增长|升级)?至\s*(?=\d)"
)


def _earlier_spans(
    view: DocView, sv: SegView, subs: Subjects, titles: Titles | None
) -> list[tuple[int, int, list[Ref]]]:
    """'Compared to A, B scales from 355B parameters (32B active) to 744B': the span of the 'from' counts and
    whose they are: the one other model the sentence names, else nobody (the subject's own earlier count)."""
    out: list[tuple[int, int, list[Ref]]] = []
    for m in _FROM_TO.finditer(view.text, sv.seg.start, sv.seg.end):
        now = {r.canonical for r in who(subs, sv, m.start(), False, titles)}
        others = [r for r in named_in(subs, sv) if r.canonical not in now and r.reach <= m.start()]
        g = "a" if m.group("a") is not None else "z"
        out.append((m.start(g), m.end(g), others if len(others) == 1 and now else []))
    return out


_RESP_PARAMS = re.compile(
    r"(?<![\w$.])(?P<a>\d+(?:\.\d+)?)(?:\s?|-)(?P<ma>billion|trillion|[BT])(?P<rest>(?:,\s*\d+(?:\.\d+)?(?:\s?|-)"
    r"(?:billion|trillion|[BT]))*,?\s+and\s+\d+(?:\.\d+)?(?:\s?|-)(?:billion|trillion|[BT]))\s+"
    r"(?P<kind>total\s+|active\s+)?param(?:eter)?s,?\s+respectively\b"
)


def _respective_params(
    view: DocView, sv: SegView, subs: Subjects, found: list[tuple[int, str, float, int]]
) -> list[AttributeFact]:
    """'A and B, with 4 billion and 27 billion parameters respectively': one count per model, in order."""
    text = view.text
    if "respectively" not in text[sv.seg.start : sv.seg.end]:
        return []
    m = _RESP_PARAMS.search(text, sv.seg.start, sv.seg.end)
    if m is None:
        return []
    vals = re.findall(r"(\d+(?:\.\d+)?)(?:\s?|-)(billion|trillion|[BT])", m.group(0))
    models = [r for r in subs.models(sv) if r.reach <= m.start() and r.via not in ("pronoun", "implied")]
    names = list(dict.fromkeys(r.canonical for r in models))
    if len(names) < len(vals):
        return []
    attr = "parameters_active" if (m.group("kind") or "").startswith("active") else "parameters_total"
    byname = {r.canonical: r for r in models}
    return [
        fact(view, sv, byname[n], attr, integer_text(_num_value(v, mag)), 0.85, "respectively")
        for n, (v, mag) in zip(names[-len(vals) :], vals, strict=True)
    ]
