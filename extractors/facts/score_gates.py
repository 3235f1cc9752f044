"""Which numbers can be scores at all: not money, a count, a gap, a range, a year, an approximation, a list
marker or part of a name (the gate every prose number passes before it is bound; used by scores.py). Numbers
that label rather than measure (list markers, citations, references, bare versions) are score_markers.py's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.facts.alternation import by_first_char, distribute
from extractors.facts.conditions import setting_swing
from extractors.facts.document import SegView
from extractors.facts.figure_pairs import to_pair_side
from extractors.facts.folded_openings import folded_first_char
from extractors.facts.numbers import NumberMention
from extractors.facts.ratings import rating_beside
from extractors.facts.score_markers import REFERENCE_BEFORE, marker
from extractors.facts.score_units import balance_like, out_of
from extractors.facts.value_clauses import ARROW_NEXT, not_a_result

_ALLOWED_FOLLOW = {
    "on",
    "in",
    "at",
    "for",
    "with",
    "without",
    "and",
    "or",
    "but",
    "while",
    "when",
    "whereas",
    "compared",
    "versus",
    "vs",
    "against",
    "to",
    "from",
    "as",
    "after",
    "before",
    "points",
    "point",
    "percent",
    "pts",
    "elo",
    "across",
    "among",
    "overall",
    "which",
    "that",
    "it",
    "its",
    "than",
    "where",
    "so",
    "respectively",
    "respectivement",
    "respectivamente",
    "rispettivamente",
    "jeweils",
    "bzw",
    "contre",
    "inside",
    "under",
    "using",
    "via",
    "through",
    "resolved",
    "exactly",
    "here",
    "there",
    "this",
    "according",
    "if",
    "rising",
    "falling",
    "up",
    "down",
    "also",
    "too",
    "only",
    "alone",
    "apiece",
    "each",
    "both",
    "thanks",
    "is",
    "was",
    "were",
    "are",
    "in-house",
    "by",
    "lag",
    "lags",
    "trail",
    "trails",
    "remain",
    "remains",
    "still",
    "per",
    "pass",
    "higher",
    "lower",
    "well",
    "just",
    "far",
    "ahead",
    # 'on' and 'and' as other languages write them ('41,3 auf B', '44,2 pada B', '61,0 sur B', '70 und 68')
    "auf",
    "bei",
    "im",
    "und",
    "sur",
    "dans",
    "et",
    "en",
    "su",
    "pada",
    "di",
    "dan",
    "em",
    "no",
    "na",
    "y",
    # 'points' as they write it ('50 pontos', '48 puntos', '61 Punkte', '70 poin', '55 punti')
    "pontos",
    "ponto",
    "puntos",
    "punto",
    "punti",
    "punkte",
    "punkten",
    "poin",
}

_QUOTED = re.compile(r"(['\"]).*\1$")
_WEIGHT_BEFORE = re.compile(
    r"\b(?:contributes?|accounts? for|makes? up|(?:is |are )?weighted (?:at )?|weights? of|weighting of|"
    r"shares? of|worth)\s+(?:about\s+|roughly\s+|just\s+)?$",
    re.I,
)
_COUNT_AFTER = re.compile(r"\+(?!\d)|\s*/\s*\d")
# the value is not a named model's: people ('human test subjects scored 60%'), any model ('a model that
# scores 80% can …'), or a goal ('to achieve 85% accuracy')
# (only asked whether it matches: case-blind, opening on one class of its first letters: folded_openings)
_HUMAN_SUBJECT = re.compile(
    folded_first_char(
        distribute(
            [
                "humans?(?!-(?:level|like|grade|quality|parity))",
                "people",
                "participants",
                "test subjects",
                "testers",
                "human (?:experts?|baseline|panel)",
                "average person",
                "crowd workers",
                "annotators",
                "developers",
                "contestants",
            ],
            r"\b(?![^.;]*\b(?:than|versus|vs)\b)",
        ),
        distribute("a|any|every|each|no", r"\s+(?:model|system|agent|AI)\s+(?:that|which|to)\b"),
        [r"to\s+(?:achieve|reach|hit|score|get|pass|clear|exceed)\s+(?:\w+\s+){0,2}$"],
        not_after=r"\w",
    )
)
# people as the clause's subject right before the value ('humans score 72.4%', 'human experts average 70%')
_HUMAN_SCORES = re.compile(  # case-blind, opening on one class of its first letters (folded_openings)
    folded_first_char(
        [r"humans?", "people", r"human (?:experts?|testers?|baseline|panel)"],
        [r"expert humans?", r"average humans?", "test subjects"],
        not_after=r"\w",
    )
    + r"(?i:\s+(?:\w+\s+)?(?:score[sd]?|scoring|average[sd]?|averaging|achieve[sd]?|reach(?:es|ed)?|get|got"
    r"|hit|manage[sd]?)\s+(?:about\s+|around\s+|roughly\s+|only\s+|just\s+)?$)"
)
_PCT_REJECT_FOLLOW = re.compile(
    r"\s*(?:(?:relative|absolute|net|overall|year-over-year|annual)\s+(?:gain|improvement|increase|jump|"
    r"drop|decline|growth|rise|lift)s?|"
    r"faster|slower|longer|shorter|improvement|gains?|increase|decrease|more|less|fewer|higher|lower|"
    r"better|worse|"
    r"cheaper|reduction|boost|jump|drop|decline|share|lead|behind|ahead|gap|margin|smaller|larger|bigger|rise|"
    # a share of a resource ('0.75% of the battery', '25% of its memory'), not a result
    r"growth|discount|off|cut|(?:of )?the (?:compute|cost|price)|"
    r"of (?:the|its|their|a|your) (?:phone's |device's )?(?:battery|memory|RAM|VRAM|power|energy|budget|"
    r"storage|disk|bandwidth|runtime|weights|parameters|size)|lift|uplift|delta|difference|slowdown|"
    r"speedup|premium|markup|surcharge|overhead|savings?|"
    r"(?:input|output|cache|token|price) (?:discount|savings?)|"
    # a change in what the words before it name ('a 40% inference efficiency improvement')
    r"(?:[a-z]+\s+){1,2}(?:improvement|gain|boost|reduction|increase|speedup|savings)|"
    # a service's figure, not a model's result ('99.7% vs 97.2% uptime')
    r"(?:vs\.?\s*\d[\d.]*\s?%\s+)?"
    r"(?:uptime|availability|utili[sz]ation|retention|churn|adoption|market share))\b"
)

# a figure owned through the Chinese or Japanese possessive by an id-shaped name ('V3-0324的45.4分')
_CJK_OWNER = re.compile(r"(?<![A-Za-z0-9.-])(?P<name>[A-Za-z][\w.-]*\d[\w.-]*)\s*[的の]\s*$")
_POINTS_GAP = re.compile(
    r"\s*(?:points?|pts|percentage points?)\s+(?:behind|ahead|to|over|clear|lead|more|less|"
    r"higher|lower|above|below|short|of|better|worse|back|off|up|down|gap|margin)\b"
)

# 'up to 37.5% from 26.5%': a rise to a result, not a bound
_RISE_FROM = re.compile(r"\s*(?:%|percent|points?)?\s+from\s+(?:[A-Z][\w.-]*(?:\s[\w.-]+){0,3}?'s\s+)?\d")
_BEFORE_REJECT = re.compile(  # only asked whether it matches: the words grouped by first letter, in any order
    r"(?:\b(?:"
    + by_first_char(
        "about|around|roughly|approximately",
        [r"approx\.?"],
        "nearly|almost|over|under|above|below|beyond",
        ["exceeds?"],
        "exceeding",
        ["clears?"],
        "clearing|some|within|upwards of|in excess of|north of|south of|by|out of|scale of|"
        "more than|less than|fewer than|higher than|lower than|at least|at most|up to|between|from",
        [r"no\."],
        "number|version|v|top|ranked|rank|place|"
        "january|february|march|april|may|june|july|august|september|october|november|december|"
        "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec",
    )
    + r"|(?:first|second|third|\w+th|\d+(?:st|nd|rd|th)) of)\.?|[<>]=|[~<>≥≤±+])"  # ('>= 90%': a bound)
    r"\s*(?:the\s+|a\s+|an\s+|only\s+|just\s+)?$",
    re.I,
)

_AFTER_PERCENT_PAREN = re.compile(r"\d\s?%\s*\(\s*$")
_HEDGE_BEFORE = re.compile(r"(?<!\bby\s)\b(?:approximately|about|around|roughly)\s+$", re.I)
# a change of price in other languages' words ('baisse de prix de 66%', 'Preissenkung um 66 %', 'descuento del
# 50%', 'potongan harga 30%'): a discount, never a score
_PRICE_CHANGE_BEFORE = re.compile(  # case-blind, opening on one class of its first letters (folded_openings)
    folded_first_char(
        "baisse|réduction|remise|rabais|preissenkung|rabatt|senkung|ermäßigung|descuento|reducción|rebaja|"
        "desconto|redução|sconto|riduzione|potongan|diskon|penurunan",
        not_after=r"\w",
    )
    + r"(?i:\b[^.;\d]{0,25}$)"
)
# a cost or a size brought to a level ('cut per-token FLOPs to 27 %', 'KV cache to 10%', 'memory by 40%')
_COST_TO_BEFORE = re.compile(
    r"\b(?:FLOPs|flops|compute|cost|costs|KV[- ]?[Cc]ache|memory|latency|price|prices|footprint|usage|"
    r"bandwidth|energy|power|size)\s+(?:down\s+)?(?:to|by)\s+(?:just\s+|only\s+|about\s+|roughly\s+)?$"
    # Chinese and Japanese: a cost or price brought to a share ('成本仅为上一代的27%'), a top share of people
    # ranked ('排名达到人类前23%': the top 23%)
    r"|(?:成本|价格|費用|费用|コスト|価格)[^,，。;；:：\d]{0,12}$|前\s*$"
)
# a breakdown of a result by kind of task ('strength in web-based tasks (81.3%)', 'the hardest category at
# 62.4%'): a part of the benchmark, not the benchmark's result
_BREAKDOWN_BEFORE = re.compile(
    r"\b[a-z][a-z-]*\s+(?:tasks|category|categories|subsets?|splits?|domains?|questions|problems)"
    r"(?:\s+(?:remained|remains|was|were|is|are)\s+[\w\s-]{0,40}?(?:category|area|part))?\s*(?:\(|at\s+)$"
)
# a value that is not a model's result: a baseline ('the human baseline of 72.4%'), a milestone ('the first
# model to break 80%'), a page-wide statistic ('an average pass rate of 63.4%'; not 'achieving a … of'; a
# board's average in parentheses), savings ('Savings with X: 95%') or a stock move ('the stock jumped 15.7%')
_NOT_A_RESULT_BEFORE = re.compile(
    r"(?=[(abcfhist上前旧])(?:"  # the characters a match can start with: re turns others away at once
    r"\bbaseline\s+(?:of|at|is|was)\s+(?:about\s+|roughly\s+|~)?$"
    # people's figure ('far below the human expert average of 90%')
    r"|\bhuman\s+(?:expert\s+)?(?:average|score|performance|level|accuracy)\s+(?:of|at|is|was)\s+"
    r"(?:about\s+|around\s+|roughly\s+|~)?$"
    r"|\b(?:to|that)\s+(?:break|breaks|cross|crosses|top|tops|pass|passes|surpass|exceed|clear)\s+(?:the\s+)?$"
    # a mark passed on the way ('it broke 1500 Elo on LMArena, landing at 1501')
    r"|\b(?:broke|breaking|crossed|crossing)\s+(?:the\s+)?$"
    r"|(?<!achieving\s)(?<!achieved\s)(?<!reached\s)(?<!reaching\s)(?<!posting\s)"
    r"\b(?:an?|the)\s+(?:average|mean|median)\s+(?:pass\s+rate|score|result|accuracy)\s+(?:of|is|was|at)\s+$"
    r"|\(\s*(?:[\w-]+\s+){0,3}?(?:averag(?:e|es|ed|ing)|median|mean)\s*:?\s*(?:of\s+|at\s+|is\s+)?$"
    r"|\bsavings?\b[^.;\d]{0,30}$"
    # an unnamed predecessor's figure ('beating its predecessor's 89.2', 'up from the previous version's 71%',
    # '超越了其前身的 89.2 分'): the older model's result, which the page does not name, never the subject's
    r"|\b(?:its|their|the)\s+(?:(?:immediate|direct)\s+)?(?:predecessor|forerunner|"
    r"(?:previous|prior|earlier|older|last)\s+(?:version|model|generation|release|iteration|checkpoint))"
    r"(?:'s|’s)\s+(?:(?:score|result|mark)\s+of\s+)?(?:about\s+|roughly\s+|~)?$"
    r"|(?:前身|前代|上一代|上代|前一代|旧版|前作)(?:模型|版本|モデル)?(?:的|の)\s*$"
    # a checker's own error ('false positive and false negative rates of 0.3% and 1.1%'): a grader's or a
    # detector's rate, not a model's result on a benchmark
    r"|\bfalse[\s-]+(?:positive|negative|alarm)s?(?:\s+and\s+false[\s-]+(?:positive|negative|alarm))?\s+rates?"
    r"\s+(?:of|at|is|are|was|were)\s+(?:about\s+|roughly\s+|~)?(?:\d+(?:\.\d+)?\s?%\s*,?\s*(?:and|or)\s+)?$"
    r"|\b(?:stock|shares?|share\s+price)\s+(?:\w+\s+){0,3}?(?:jumped|rose|fell|dropped|gained|climbed|surged|slid)"
    r"\s+(?:\w+\s+)?(?:by\s+)?$)",
    re.I,
)
# a speed or a price after the pair's second value ('124.6 vs 56.2 t/s'): not scores
_SPEED_AFTER = re.compile(
    r"\s*(?:vs\.?\s+\d+(?:\.\d+)?\s*)?(?:t/s|tok/s|tokens?/s|tps|tokens?\s+per\s+second)\b", re.I
)
# a size written apart from its unit ('1.6 T parameters', '49 B activations', '1 M tokens'), a memory size
# ('16 GB cards', '80GB'), a count of machines ('4×B300 racks') or a count in millions or thousands before a
# word ('1.2 M samples'): no score
_SIZE_AFTER = re.compile(
    r"\s?(?:[KMBT]|thousand|million|billion|trillion)[\s\u2010\u2011-]+(?:param|activ|token|context|total|weights)"
    r"|\s?(?-i:[KMGTP]i?B)\b|\s?[×x]\s?(?-i:[A-Z])|\s(?-i:[KM])\s+(?!%)",
    re.I,
)
# a share of a cost or a size ('27 % of the per-token FLOPs', '10% of the KV cache'): an efficiency ratio
_COST_SHARE_AFTER = re.compile(
    r"\s*(?:%|percent)?\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w\u2010\u2011-]+\s+){0,3}?"
    r"(?:FLOPs?|compute|costs?|price|memory|KV[\s\u2010\u2011-]?[Cc]ache|latency|parameters|size|footprint|"
    r"budget|energy|power|tokens)\b",
    re.I,
)
# a threshold on a named scale ('below AA Intelligence Index 18', 'at least GPQA 70'): a filter, not a result
_THRESHOLD_BEFORE = re.compile(
    r"\b(?:below|above|under|over|at least|at most|exceeding|beyond|minimum(?: of)?|cut-?off(?: of)?)\s+"
    r"(?:the\s+|an?\s+)?$",
    re.I,
)
_RANGE_FROM = re.compile(
    r"\brang(?:e|es|ed|ing)\s+(?:\w+\s+){0,2}?from\s+(?:(?!\.\s)[^;]){1,90}?\bto\s+(?:about\s+|just\s+)?$"
)
# '4 of 6', '109 points out of a possible 120': the whole the figure is counted against
_DENOMINATOR_BEFORE = re.compile(
    r"\d\s+(?:of|(?:[a-z]+\s+){0,2}?out of)\s+(?:the\s+|a\s+(?:(?:possible|maximum|total)(?:\s+of)?\s+)?)?$"
)
# a second version written after a name's first ('ARC-AGI 1 & 2'): part of the name, not a value
_SECOND_VERSION_BEFORE = re.compile(r"\b[A-Z][\w-]*[A-Za-z] \d{1,2} (?:&|and|/) $")
# a value an earlier one rose or fell from ("up from 74.2 …"); score_models.py binds it to the model after it
UP_FROM = re.compile(r"\b(?:up|down|rising|falling|climbing|improving|jumping)\s+from\s+$")

_FOR_NAMED = re.compile(
    r"\s*(?:%|percent|points?)?\s+(?:for|on|in)\s+(?:the\s+|its\s+)?(?:(?:previous|prior|older|earlier)\s+)?"
)

_RANGE_AFTER = re.compile(r"\s*(?:-|–|—|to)\s*\d")

_RANGE_BEFORE = re.compile(r"\d\s*(?:%\s*)?(?:-|–|—|to)\s*$")

_GAP_WORDS = re.compile(
    r"\b(?:gaps?|margins?|edge|advantage|deficit|difference|delta|spread|ahead|behind|clear of|short of|"
    r"lead (?:of|over)|leads by|trails? by|improve(?:s|d|ment)? (?:of|by)|gain(?:ed|s)? (?:of|by)?)\b",
    re.I,
)

_GAP_CLOSE = re.compile(
    r"(?=[abcdegijlmst])"  # the characters a match can start with: re turns other positions away at once
    r"\b(?:(?:gap|margin|lead|edge|advantage|deficit|difference|delta|spread|improvement|gain|jump|drop)s?"
    r"\s+(?:(?:of|is|was|were|are|stands at|(?:to|between)\s+[\w .-]{1,40}?\s+(?:is|was|are|stands at))\s+)"
    r"|(?:ahead|behind|clear|short|trails?|trailing|leads?|leading|improved|gained)\s+by\s+)"
    r"(?:just\s+|only\s+|about\s+|roughly\s+|a\s+)?$",
    re.I,
)

_POINTS_AFTER = re.compile(r"\s*(?:points?|pts|percentage points?|pp)\b")

_FROM_TO = re.compile(r"\bfrom\s+\d[\d.,]*\s*(?:%|percent)?\s+to\s+$", re.I)

_FRACTION_OF = re.compile(
    r"\s+of\s+(?:them|those|these|the(?:se)?\s+(?:\d+\s+)?(?:[a-z-]+\s+)?(?:tasks|problems|issues|questions|items))\b"
)

_SCALE_FROM = re.compile(r"from\s+0\s+to")

_BETWEEN_AND = re.compile(r"\bbetween\s+\d[\d.,]*\s*(?:%|percent)?\s+and\s+$", re.I)

_PRICE_BEFORE = re.compile(r"[$€£¥]\s*(?:\d[\d.,]*\s*/\s*[$€£¥]?\s*)?$")

_PRICE_AFTER = re.compile(
    r"\s*(?:/\s*[$€£¥]?\s*\d[\d.,]*\s*)?(?:per|/|a|an)\s+(?:1\s*)?(?:million|M|mn|thousand|1K|K)\b"
    r"|\s*/\s*[$€£¥]"
)


_YEAR_BEFORE = re.compile(r"\b(?:19|20)\d\d\s+$")
_IF_CLAUSE = re.compile(r"\s*(?:[-*•]\s*)?(?:If|Even if|Suppose|Imagine|Assuming|What if)\b")
_OF_MODEL = re.compile(r"\s*(?:%|percent)?\s+of\s+(?:the\s+)?")
# 'the 19% that fail', 'in 55% of comparisons', 'past the 80% barrier': a share of cases or a milestone
_SHARE_AFTER = re.compile(
    r"\s*(?:%|percent)?\s+(?:that|which|who|of\s+(?:the\s+|your\s+|their\s+|our\s+)?(?:cases|comparisons|"
    r"head-to-heads?|matchups|battles|votes|the\s+time|time|respondents|users|developers|companies|people|"
    # 'does not mean it solves 80% of the work in your repo': a share of the reader's work, not a result
    r"instances|work|workload|jobs?)\b|of\s+(?:your|my|our)\s)"
    r"|\s*(?:%|percent)?\s+(?:barrier|mark|threshold|milestone|ceiling|line|bar|club|increments?|steps|"
    r"intervals)\b"
)


# Chinese and Japanese: a figure that is a change, a gap or a mark rather than a result
# ('实现了3.3分的增长' a gain of 3.3 points, '领先5分的优势', '突破70分大关' past the 70 mark,
# '80分以上' 80 or more, '约60%左右'), or the old value a result rose from ('从66.0分提升至68.4分')
_CJK_CHANGE_AFTER = re.compile(
    # ('领先 5 个百分点': percentage points are always a difference)
    r"\s*(?:个?百分点|(?:%|％|分|点|점)?\s*(?:(?:的|の)\s*(?:增长|增長|增幅|增加|提升|提高|涨幅|漲幅|降幅|下降|向上|"
    r"改善|差距|优势|優勢|领先|領先|差)|大关|大關|关口|關口|门槛|門檻|以上|以下|左右))"
)
_CJK_FROM_BEFORE = re.compile(r"[从從]\s*$")
_CJK_AFTER = re.compile(r"\s*(?:%|％)?\s*[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]")
_UP_TO_END, _OF_AFTER = re.compile(r"\bup\s+to\s+$"), re.compile(r"\s+of\b")
_FOLLOW_WORD = re.compile(r"\s+([a-z][a-z-]*)")


def _has_cjk_possessive(text: str, lo: int, hi: int) -> bool:
    """A cheap test in front of _CJK_OWNER, which every number would otherwise pay for."""
    return text.find("的", lo, hi) >= 0 or text.find("の", lo, hi) >= 0


def score_like(text: str, n: NumberMention, sv: SegView, weak: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether a number can be a score at all."""
    if (n.currency and not balance_like(text, n, sv)) or n.magnitude != 1.0 or n.multiplier:
        return False
    if marker(text, n, sv) or not_a_result(text, n, sv.seg.start):
        return False
    if text.startswith(("…", "..."), n.end):
        return False  # a value cut off where a snippet ends ('scored 7…')
    if not n.percent and n.decimals == 0 and n.number >= 10000:
        return False  # a count or an id ('200,000 GPUs', '(20250805)'), never a score or a rating
    if n.raw[:1] == "0" and n.raw[1:2].isdigit():
        return False  # '0309', '007': a date code or an id, never a written score
    if not n.percent and _AFTER_PERCENT_PAREN.search(text, max(sv.seg.start, n.start - 12), n.start):
        return False  # '82.7% (2.0) vs 76.2% (2.1)': a version or a note on the figure before, not a figure
    lo = max(sv.seg.start, n.start - 30)
    unknown_owner = _CJK_OWNER.search(text, lo, n.start) if _has_cjk_possessive(text, lo, n.start) else None
    if unknown_owner is not None and not any(
        r.kind == "model" and r.start < unknown_owner.end("name") and unknown_owner.start("name") < r.reach
        for r in sv.refs
    ):
        return False  # '远超前代V3-0324的45.4分': the figure of a name we do not know (not a model we read)
    if _QUOTED.match(text[max(0, n.start - 1) : n.end + 1]):
        return False  # a quoted literal in code or data ("sweBench: '72.5%'"), not a stated score
    if n.percent and _WEIGHT_BEFORE.search(text, max(sv.seg.start, n.start - 30), n.start):
        return False  # 'HLE contributes 23% of the category score': a weight or a share, not a result
    whole = out_of(text, n)  # a score out of a whole ('27/30', '35 out of 42'): score_units.py
    if _COUNT_AFTER.match(text, n.end) and whole is None:
        return False  # '50+ files', '12/25'
    if REFERENCE_BEFORE.search(text, max(sv.seg.start, n.start - 12), n.start):
        return False
    if (
        not n.percent
        and not n.decimals
        and n.number < 100
        and _YEAR_BEFORE.search(text, max(0, n.start - 6), n.start)
    ):
        return False  # 'August 8, 2025 1': a marker after a date
    if _IF_CLAUSE.match(text, sv.seg.start) and "," not in text[sv.seg.start : n.start]:
        return False  # 'If X can handle 80% of …': a supposition, not a result
    if n.percent and _SHARE_AFTER.match(text, n.end):
        return False
    if _CJK_AFTER.match(text, n.end) and (
        _CJK_CHANGE_AFTER.match(text, n.end) or _CJK_FROM_BEFORE.search(text, max(0, n.start - 3), n.start)
    ):
        return False
    rel = _OF_MODEL.match(text, n.end) if n.percent else None
    if rel is not None and any(
        r.kind == "model" and r.start == n.end + rel.end() - rel.start() for r in sv.refs
    ):
        return False  # '90% of Sonnet 4.5's performance': a share of another model's result
    if _HUMAN_SCORES.search(text, max(sv.seg.start, n.start - 40), n.start):
        return False  # '… 75.0% on OSWorld — humans score 72.4%': people's result, a model named before
    if _HUMAN_SUBJECT.search(text, sv.seg.start, n.start) and not any(
        sv.seg.start <= r.start < n.start for r in sv.refs if r.kind == "model"
    ):
        return False  # 'human test subjects scored an average of 60%': people, not a model
    # a price: "$3/$15 per million tokens", "3/15 per million" (neither number is ever a score)
    if _PRICE_BEFORE.search(text, max(0, n.start - 16), n.start) or _PRICE_AFTER.match(text, n.end):
        return False
    if n.percent and n.number > 100:
        return False
    if (
        not n.percent
        and n.number < 10
        and text.startswith(")", n.end)
        and re.search(r"\d\s?%\s*\($", text[max(0, n.start - 12) : n.start])
    ):
        return False  # 'at 82.7% (2.0) vs 76.2% (2.1)': the version a percentage was measured on
    if (
        not n.percent
        and n.decimals == 0
        and 1900 <= n.number <= 2100
        and "," not in n.raw
        and not rating_beside(text, n, sv)
    ):
        # a year ('in 2025'); not a rating written with a thousands comma ('2,056 on Codeforces') or with a
        # rating word or a rated benchmark beside it ('an Elo of 2029', '2024 on Codeforces')
        return False
    for r in sv.refs:
        if r.start < n.end and n.start < r.reach and r.kind in ("model", "benchmark") and r.via != "pronoun":
            return False
    if weak and any(a < n.start and n.end < b for a, b in weak):
        return False  # part of a name we are not sure is a model ("Name 1 Large")
    end = n.end if whole is None else whole[1]  # (what follows a fraction follows its whole)
    # (and what follows the second figure of 'a → b' follows a too: '2.1 → 1.4 s' is a time, both figures)
    pair = ARROW_NEXT.match(text, end)
    end = next((m.end for m in sv.numbers if pair and m.start < pair.end() <= m.end), end)
    after, before = text[end : end + 40], text[max(sv.seg.start, n.start - 40) : n.start]
    version_like = not n.percent and n.number < 20 and n.decimals <= 1
    if (
        version_like
        and re.search(r"\b[A-Z][\w-]*[a-zA-Z][\w-]* $", before)
        and not any(r.start < n.start - 1 <= r.reach for r in sv.refs if r.kind in ("model", "benchmark"))
    ):
        return False  # "Name 4": a version number of a name we do not know
    if (
        version_like
        and not _POINTS_AFTER.match(after)
        and any(
            r.kind == "model" and r.reach == n.start - 1 and r.surface[-1:].isalpha() and r.via != "pronoun"
            for r in sv.refs
        )
    ):
        return False  # 'Magnum 4.5' after a short name ('Magnum' for 'Name Magnum 4.6'): another member
    if _RANGE_FROM.search(text, max(sv.seg.start, n.start - 120), n.start):
        return False  # 'scores range from 93.9% (X) to 23% on …': the spread of a board, not one result
    if not n.percent and _DENOMINATOR_BEFORE.search(before):
        return False  # 'hits 99-100 of 100', '342 of 500': the count's whole, not a result
    if version_like and _SECOND_VERSION_BEFORE.search(before):
        return False  # 'Records on ARC-AGI 1 & 2': the second name's version
    if after.startswith("-") and len(after) > 1 and after[1].isalpha():
        return False
    if n.percent and _COST_SHARE_AFTER.match(text, n.end):
        return False
    for b in sv.refs:
        if (
            b.kind == "benchmark"
            and b.reach <= n.start
            and not text[b.reach : n.start].strip(" :")
            and _THRESHOLD_BEFORE.search(text, max(sv.seg.start, b.start - 16), b.start)
        ):
            return False
    if after.startswith((":", ".")) and len(after) > 1 and after[1].isdigit():
        return False
    rb = _RANGE_BEFORE.search(before)
    if (rb or _RANGE_AFTER.match(after)) and to_pair_side(text, n, sv.numbers) is not None:
        rb = None  # 'on B, A against C reads 64% to 52%': two sides' figures, not a range (figure_pairs.py)
    elif _RANGE_AFTER.match(after):
        return False
    ft = _FROM_TO.search(before) if rb else None
    if ft and not _SCALE_FROM.match(ft.group()):
        rb = None  # "rose from 71% to 84%": the new value (not a scale: "scored from 0 to 100")
    if rb and not any(r.start <= n.start - len(before) + rb.start() < r.reach for r in sv.refs):
        return False  # "92-94", "151 to 161" (but not "ARC-AGI-2 - 18.5" or "AIME 2025 – 88.0")
    if (
        _PRICE_CHANGE_BEFORE.search(before)
        or _COST_TO_BEFORE.search(before)
        or _SIZE_AFTER.match(after)
        or _NOT_A_RESULT_BEFORE.search(before)
        or (
            n.percent
            and _BREAKDOWN_BEFORE.search(before)
            and not any(r.kind == "benchmark" and n.start - 40 <= r.reach <= n.start for r in sv.refs)
        )
        or _SPEED_AFTER.match(after)
    ):
        return False
    if (
        after.startswith(")")
        and "(" not in text[max(sv.seg.start, text.rfind(")", sv.seg.start, n.start) + 1) : n.start]
    ):
        return False  # '… in Code Arena performance 2).': a footnote's number, no parenthesis opened
    rise = _UP_TO_END.search(before) and _RISE_FROM.match(after)  # 'up to 37.5% from 26.5%'
    # 'with approximately 70.2 percent on B': a hedge before a figure given to a decimal is the writer's
    # manner, not a rounded figure
    hedged = _HEDGE_BEFORE.search(before) and "." in text[n.start : n.end]
    if (
        (_BEFORE_REJECT.search(before) or _BETWEEN_AND.search(before))
        and not setting_swing(text, n, before)
        and not rise
        and not hedged
    ):
        # "up from 74.2 for <predecessor>": the earlier value, stated for a named model
        fm = UP_FROM.search(before) and _FOR_NAMED.match(after)
        if not (fm and any(r.kind == "model" and r.start == n.end + fm.end() for r in sv.refs)):
            # 'jumps from 41.2% (GPT-5.4) to 68.9%': the earlier value, its owner named in parentheses
            po = re.search(r"\bfrom\s+$", before) and re.match(r"\s*(?:%|percent)?\s*\(\s*", after)
            if not (
                po
                and any(
                    r.kind == "model" and r.start == n.end + po.end() and text.startswith(")", r.reach)
                    for r in sv.refs
                )
            ):
                return False
    window = text[max(sv.seg.start, n.start - 70) : n.start]
    if _GAP_CLOSE.search(window):
        return False  # "a gap of 4.6 points", "the gap to X is 13.2 points", "a gain of 0.6 on GPQA"
    if _POINTS_AFTER.match(after) or n.percent:
        # "margins of 3.3 points and 4.2 points"
        owner_close = any(
            r.kind == "model" and n.start - 14 <= r.reach <= n.start for r in sv.refs
        ) or re.search(r"'s?\s*$", window)
        if not n.percent and _GAP_WORDS.search(window) and not owner_close:
            return False
    if n.percent:
        if _PCT_REJECT_FOLLOW.match(after):
            return False
    else:
        if _POINTS_GAP.match(after):
            return False
        if n.number < 1 and n.decimals >= 2 and _FRACTION_OF.match(after):
            return True  # 'solved 0.718 of them': a share of a benchmark's tasks
        w = _FOLLOW_WORD.match(after)
        if w and w.group(1) not in _ALLOWED_FOLLOW:
            return False
        if n.decimals == 0 and n.number < 10 and re.match(r"\s+[^\W\d_A-Za-z\u00c0-\u024f]", after):
            return False  # '3 गुना ज़्यादा' ('3 times more'): a small count before a word in another script
        if _OF_AFTER.match(after):
            return False
    return True
