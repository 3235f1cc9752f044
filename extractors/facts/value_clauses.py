"""Numbers whose clause says they are not a stated result: a value in code or data ('"num_layers": 64,'), a
supposition ('… but if it is 7.1%, it resolves negatively'), the figure of an earlier model the text does not
name ('up from the previous generation (31.1%)') and the earlier state of a change written with an
arrow ('MMLU : 73.3 % → 85.0 %', the value before the arrow is the predecessor's). Used by score_gates."""

from __future__ import annotations

import re

from extractors.facts.arrows import ARROW
from extractors.facts.dates import ENGLISH_MONTH_RX
from extractors.facts.numbers import NumberMention

# 'versus' between two figures as pages write it ('68 % contre 65 %', '68 % frente a 65 %',
# '68 % gegenüber 65 %')
VERSUS = r"(?:versus|vs\.?|against|contre|contra|frente\s+a|gegenüber)"
# 'for' before the name that owns a figure ('65 % pour B', '65 % para B', '65 % für B')
FOR = r"(?:for|pour|para|für)"


# a quoted key and its colon right before the number: a config or JSON line, never a stated score
_CODE_KEY = re.compile(r"[\"'][\w.-]+[\"']\s*:\s*$")
# the clause the number stands in opens with a supposition ('if', 'unless', 'suppose', 'assuming')
_SUPPOSED = re.compile(
    r"(?:^|[,;:(—–]\s*|\b(?:but|and|or|then)\s+)(?:even\s+)?(?i:if|unless|suppose|supposing|assuming)\b[^,;:()—–]*$"
)
_SUPPOSE_WORDS = ("if", "unless", "suppos", "assuming")
# words for an earlier model the text does not name ('the previous generation', 'its predecessor',
# '前世代モデル', '前代', '이전 모델', 'antecessor'): a figure in parentheses right after them, or 'of' them
# right after the figure, is that model's
_EARLIER = (
    r"(?:(?i:previous|prior|earlier|older|last|former)(?:[ -](?i:generation|gen|model|version|release))+"
    r"|(?i:predecessor|antecessor|prédécesseur|Vorgänger)"
    r"|前世代(?:モデル)?|前モデル|旧モデル|前代(?:模型)?|上一代(?:模型)?|이전\s?모델|전작)"
)
_EARLIER_BEFORE = re.compile(_EARLIER + r"\s*[(（]\s*$")
_EARLIER_AFTER = re.compile(
    r"\s*(?:%|％)?\s+(?:of|for|from|do|da|de|du)\s+(?:(?:its|their|the|seu|sua|son|sa)\s+)?" + _EARLIER
)
ARROW_NEXT = re.compile(r"\s*(?:%|percent|pts|points)?\s*" + ARROW + r"\s*[~≈]?\d")
_SLASH_SECOND = re.compile(r"\d\s*(?:%|pts|points)?\s*/\s*[~≈]?$")
# a change written with its verb ('jumped 10.9 points on B', 'quietly regressed 4.4 points', 'mejora un 21 %',
# 'verbessert um 5 Prozent'): the size of a move, not the result it moved to
_CHANGE_VERB = re.compile(
    r"\b(?:jump(?:ed|s)?|rose|rises|climb(?:ed|s)?|gain(?:ed|s)?|add(?:ed|s)|moved?|improv(?:ed|es)|"
    r"regress(?:ed|es)|dropp?(?:ed|s)|fell|falls|slipp?(?:ed|s)|declin(?:ed|es)|lost|loses|shed)\s+"
    r"(?:by\s+)?(?:(?:another|a further|nearly|almost|about|roughly|some|over)\s+)?$",
    re.I,
)
_POINTS_NEXT = re.compile(r"\s*(?:points?|pts|percentage points?|pp)\b")
_CHANGE_VERB_PCT = re.compile(
    r"\b(?:mejora(?:n|ron|ba)?|mejoró|aumenta(?:n|ron)?|améliore(?:nt)?|progresse(?:nt)?|verbessert|steigert|"
    r"melhora(?:m|ram)?|melhorou)\s+(?:un|en|de|um|em)\s+$",
    re.I,
)
ARROW_BEFORE = re.compile(r"\s*[:=]?\s*[~≈]?\d[\d.,]*\s*(?:%|percent|pts|points)?\s*" + ARROW + r"\s*[~≈]?$")


# a counter or a currency right after a figure in Chinese, Japanese or Korean ('12 种语言' twelve kinds,
# '80 个 token', '4,000問' questions, '2,500 道' items, '0.5 美金', '3 달러', '10 개', '0.6 億' 60 million):
# a count or a price
_CJK_COUNTER_NEXT = re.compile(
    r"\s*(?:种|種|个|個|款|项|項|道|问|問|题|題|篇|份|家|位|次|倍|张|張|条|條|台|美金|美元|元|円|ドル|"
    r"달러|원|개|가지|명|번|배|億|亿|萬|万|千|억|만)"
)


# a lead or a speed-up written before a figure in Chinese ('领先约 3%', '快了 37%'): a gap, not a result
_CJK_GAP_BEFORE = re.compile(
    r"(?:领先|領先|落后|落後|高出|快了|慢了|提升了|提高了|增加了|减少了|降低了)\s*(?:约|約|了)?\s*$"
)
# 'the 90% of use cases': a share of something, not a result
_SHARE_OF = re.compile(r"\s*(?:percent)?\s+of\b")


# a month's name right after a whole number: the number is a day ('released on 16 April'), never a result
_MONTH_NEXT = re.compile(r"\s(?:" + ENGLISH_MONTH_RX + r")\b")


def not_a_result(text: str, n: NumberMention, seg_start: int) -> bool:
    """Whether the number's own clause makes it a key's value in code, a supposition, an unnamed earlier
    model's figure, the size of a change, a day of a month, a count or price in CJK, a
    lead written before its figure or a share ('the 90% of use cases')."""
    if not n.percent and not n.decimals and n.number <= 31 and _MONTH_NEXT.match(text, n.end):
        return True  # 'on 16 April': a day
    if not n.percent and _CJK_COUNTER_NEXT.match(text, n.end):
        return True  # '12 种语言', '0.5 美金': a count or a price
    if _CJK_GAP_BEFORE.search(text, max(seg_start, n.start - 8), n.start):
        return True
    if n.percent and text[max(seg_start, n.start - 4) : n.start] == "the " and _SHARE_OF.match(text, n.end):
        return True
    before = text[max(seg_start, n.start - 60) : n.start].rstrip()
    # each pattern is tried only where its last character stands right before the number (cheap tests first:
    # this runs for every number of every page)
    if before.endswith(":") and _CODE_KEY.search(text, max(seg_start, n.start - 60), n.start):
        return True
    if (
        before.endswith(("(", "（")) and _EARLIER_BEFORE.search(text, max(seg_start, n.start - 40), n.start)
    ) or (_EARLIER_AFTER.match(text, n.end)):
        return True  # 'up from the previous generation (31.1%)', '61,8% do seu antecessor'
    if (
        _POINTS_NEXT.match(text, n.end) and _CHANGE_VERB.search(text, max(seg_start, n.start - 40), n.start)
    ) or (n.percent and _CHANGE_VERB_PCT.search(text, max(seg_start, n.start - 30), n.start)):
        return True  # 'jumped 10.9 points on B', 'mejora un 21 %': a change, not a result
    clause = text[seg_start : n.start]
    clause = clause if len(clause) <= 200 else "…" + clause[-200:]
    lowered = clause.lower()
    if not any(w in lowered for w in _SUPPOSE_WORDS):
        return False
    return _SUPPOSED.search(clause) is not None


def not_the_pages(text: str, n: NumberMention) -> bool:
    """Whether a figure with no model named is still not the page model's: the earlier side of an arrow
    ('73.3 % → 85.0 %'), or the second of two figures split by a slash ('B: 80.0% / 80.3%', two models' or
    two settings' figures)."""
    return (
        ARROW_NEXT.match(text, n.end) is not None
        or _SLASH_SECOND.search(text, max(0, n.start - 16), n.start) is not None
    )
