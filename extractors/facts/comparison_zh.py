"""Chinese comparisons stated as a measure of the other model's: a share or a multiple of B's ("参数量仅为 B
的 1/3", "得分是 B 的五倍"), or a measure moved from B's figure to the subject's ("得分从 B 的 54.5 分提升至
57.8 分"). The measure is named before the head, and it picks the relation: a third of B's parameters is
smaller, a third of its price cheaper, a fifth of its error rate better, five times its score ahead.

`comparisons.read_head` calls `zh_measured` for the `zh_of` and `zh_from` heads of `comparison_words.HEAD`,
and `zh_remeasured` for the neutral heads ("低于 B", "比 B 少"), whose word says more or less but not of what.
"""

from __future__ import annotations

import re

# the measure's noun, nearest before the head within its sentence wins ("总参数 235B,成本仅为 B 的 1/3": cost)
_MEASURES = re.compile(
    r"(?P<size>参数|參數|规模|規模|体积|體積)|(?P<cost>成本|价格|價格|费用|費用|售价|售價|定价|定價|价钱|價錢)|"
    r"(?P<speed>速度|吞吐)|(?P<error>幻觉率|幻覺率|错误率|錯誤率|出错率|出錯率|错误|錯誤)|"
    r"(?P<score>得分|分数|分數|成绩|成績|准确率|準確率|正确率|正確率|通过率|通過率|性能|表现|表現|分)"
)
_SENTENCE_START = re.compile(r"[。！？!?；;\n]")
# (relation when the subject's measure is the larger, relation when it is the smaller)
_BY_MEASURE = {
    "size": ("larger_than", "smaller_than"),
    "cost": ("more_expensive_than", "cheaper_than"),
    "speed": ("faster_than", "slower_than"),
    "error": ("behind", "outperforms"),
    "score": ("outperforms", "behind"),
}
_NUMERALS = {c: i for i, c in enumerate("一二三四五六七八九十", start=1)} | {"两": 2, "兩": 2}


def _numeral(s: str) -> float | None:
    """'3', '2.5', '五', '十二' (the small numbers a comparison states)."""
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return float(s)
    if len(s) == 1:
        return float(_NUMERALS[s]) if s in _NUMERALS else None
    if len(s) == 2 and s[0] == "十" and s[1] in _NUMERALS:
        return 10.0 + _NUMERALS[s[1]]
    if len(s) == 2 and s[1] == "十" and s[0] in _NUMERALS:
        return 10.0 * _NUMERALS[s[0]]
    return None


def _measure(text: str, at: int, seg_start: int) -> str | None:
    starts = list(_SENTENCE_START.finditer(text, seg_start, at))
    begin = starts[-1].end() if starts else seg_start
    found = list(_MEASURES.finditer(text, begin, at))
    return found[-1].lastgroup if found else None


def zh_measured(
    text: str, g: dict[str, str | None], at: int, seg_start: int
) -> tuple[str, float | None] | None:
    """The relation and the multiple a `zh_of` or `zh_from` head at `at` states, or None without a measure."""
    measure = _measure(text, at, seg_start)
    if measure is None:
        return None
    more, less = _BY_MEASURE[measure]
    if g.get("zh_from"):
        return (more if g.get("zh_up") else less), None
    if frac := g.get("zh_frac"):
        if frac == "一半":
            return less, 2.0
        n = frac[2:] if frac.startswith("1/") else frac[: -len("分之一")]
        return less, _numeral(n)
    times = _numeral(g.get("zh_times") or "")
    if times is None or times <= 1:
        return None
    return more, times


# the neutral heads, which say more or less but not of what: "高于 B", "低于 B", "超过 B", "比 B 高/低/少";
# True when the subject has more. Never a quality verb ("击败", "完胜", "领先", "强", "仅次于"): a size or a
# price said before one ("仅有 9B 参数,却击败了 B") is a contrast, not what the verb compares
_NEUTRAL_MORE = {
    "高于": True,
    "超过": True,
    "超過": True,
    "超出": True,
    "高": True,
    "低于": False,
    "低": False,
    "少": False,
}
# a clause break the look-back for the measure stops at, unless the clause after it opens on the head with at
# most a degree word before it (",比 B 少一半", ",远低于 B": the clause goes on about the measure before it)
_CLAUSE_BREAK = re.compile(r"[,，、]")
_OPENS_ON_HEAD = re.compile(r"\s*(?:也|还|還|更|都|均|仍|远|遠|略|稍|明显|明顯|显著|顯著|大幅|整体|整體)*\s*")


# the measure written after "比 B 高", as what the margin is of: "比 B 高出 22% 的吞吐量" (22% more throughput
# than B), "比 B 低 30% 的价格"; a few words may qualify the measure ("的推理吞吐量")
_MEASURE_AFTER = re.compile(
    r"出?了?\s*(?:约|近)?\s*[\d.]+\s*(?:%|％|倍)?\s*的\s*[\u4e00-\u9fff]{0,4}?(?=" + _MEASURES.pattern + ")"
)


def zh_remeasured(
    text: str, word: str, relation: str, head: int, at: int, seg_start: int, word_end: int = -1
) -> str:
    """A neutral head's relation (`word` at `head`), after the measure written right after the word (a
    margin "of" the measure, when `word_end` says where the word ends) or else the measure its clause names
    last before `at`: "比 B 高出 22% 的吞吐量" is faster than B, "8B 参数量远低于 B" smaller than B,
    "价格低于 B" cheaper, "错误率低于 B" ahead, "得分比 B 少 3 分" behind; no measure leaves the head's own
    relation."""
    more = _NEUTRAL_MORE.get(word)
    if more is None:
        return relation
    if word_end >= 0 and (after := _MEASURE_AFTER.match(text, word_end)) is not None:
        named = _MEASURES.match(text, after.end())
        if named is not None and named.lastgroup:
            return _BY_MEASURE[named.lastgroup][0 if more else 1]
    breaks = list(_CLAUSE_BREAK.finditer(text, seg_start, head))
    i = len(breaks) - 1
    if breaks and _OPENS_ON_HEAD.fullmatch(text, breaks[-1].end(), head):
        i -= 1  # the clause opens on the head: the one before it names the measure
    begin = breaks[i].end() if i >= 0 else seg_start
    measure = _measure(text, at, begin)
    if measure is None:
        return relation
    return _BY_MEASURE[measure][0 if more else 1]
