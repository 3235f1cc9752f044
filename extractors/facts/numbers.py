"""Number parsing for news text: percentages, fractions, grouped thousands, magnitudes, money, multipliers and
ranks.

`parse_quantity` reads one written quantity ("87.2%", "1,417", "671 billion", "1M tokens", "$14.3B", "10x");
`parse_rank` reads a rank ("fourth", "4th", "No. 3", "#3"); `find_numbers` finds every number in a span of
text with what surrounds it. All pure.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

MAGNITUDES = {
    "k": 1e3,
    "K": 1e3,
    "thousand": 1e3,
    "M": 1e6,
    "mn": 1e6,
    "million": 1e6,
    "B": 1e9,
    "bn": 1e9,
    "billion": 1e9,
    "T": 1e12,
    "trillion": 1e12,
}
# Chinese and Japanese magnitudes (simplified and traditional): '1万亿' (1T), '320亿' (32B), '12.8万' (128K)
CJK_MAGNITUDES = {"万亿": 1e12, "萬億": 1e12, "亿": 1e8, "億": 1e8, "万": 1e4, "萬": 1e4}
CJK_MAGNITUDE = r"(?:万亿|萬億|亿|億|万|萬)(?!\d)"  # not '12万8千', a figure in two parts
# the magnitude words of the other languages articles are written in (Portuguese, Spanish, French, German,
# Italian, the Nordic languages, Russian): '111 bilhões', '24 Milliarden', '205 mil tokens', '1 milhão'
FOREIGN_BILLION = (
    r"bilh(?:ões|ão|oes|ao)|mil\s+millones|milliards?|milliarden?|miliard[io]|milliarder|miljarder|miljard|"
    r"миллиард\w*|млрд"
)
FOREIGN_MILLION = (
    r"milh(?:ões|ão|oes|ao)|millones|millón|millionen|milioni|milione|millioner|miljoner|миллион\w*|млн"
)
FOREIGN_THOUSAND = r"mil|tausend|тысяч\w*|тыс"
_FOREIGN_MAG = [
    (re.compile(r"(?i)(?:" + FOREIGN_BILLION + r")\.?"), 1e9),
    (re.compile(r"(?i)(?:" + FOREIGN_MILLION + r")\.?"), 1e6),
    (re.compile(r"(?i)(?:" + FOREIGN_THOUSAND + r")\.?"), 1e3),
]


_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")


def year_like(token: str) -> bool:
    """Whether a whole token is a number a year could be ('2024'): several readers keep such a figure from
    being a score, a version or a comparison's side."""
    return _YEAR_LIKE.fullmatch(token) is not None


def magnitude(word: str | None) -> float:
    """The factor a magnitude word stands for, in English ('B', 'million') or another language ('bilhões',
    'Milliarden', 'mil'); 1 for none."""
    if not word:
        return 1.0
    if word in MAGNITUDES:
        return MAGNITUDES[word]
    for rx, factor in _FOREIGN_MAG:
        if rx.fullmatch(word):
            return factor
    return MAGNITUDES.get(word.lower(), 1.0)


WORD_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "a": 1,
    "half": 0.5,
    "hundred": 100,
}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
}
CURRENCIES = {
    "$": "USD",
    "US$": "USD",
    "USD": "USD",
    "€": "EUR",
    "EUR": "EUR",
    "£": "GBP",
    "GBP": "GBP",
    "¥": "CNY",
}

# the point a score is counted in, glued to its figure: Chinese '81.5分' (not '30分钟' minutes, '3分之1' or
# '3分の1' a fraction), Japanese '50点' (not '10点30分', a clock time), Korean '64점'
CJK_POINTS = r"(?=分(?![钟鐘之の])|点(?!\d)|점)"
# Chinese and Japanese glue figures to their words ('达到63%的'), Korean its particles ('80.9%를'): those
# letters do not make a figure part of a word (the one range of Chinese, Japanese and Korean letters the
# readers share)
CJK_LETTERS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3"
NUMBER_RE = re.compile(
    # a clock time or a video timestamp ('[01:57]') is no figure
    rf"(?<![^\W{CJK_LETTERS}])(?<![.\-/@#^])(?<!\d:)"
    r"(?P<cur>US\$|[$€£¥]|(?:USD|EUR|GBP)\s?)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:(?P<mag>\s?(?:thousand|million|billion|trillion|bn|mn)\b|(?:[KMBTk])(?![A-Za-z]))"
    r"|(?P<pct>\s?(?:%|percent\b|per\s?cent\b))|(?P<mult>[x×](?![A-Za-z])|\s?गुना))?"
    # ('3 गुना': Hindi 'three times', a multiple)
    # a figure with CJK text glued after it is a percentage ('63%的'; '4月', '2倍' are not), but
    # '20%台' is 'in the 20s' and '70%超' 'over 70%'; or a figure in points ('81.5分', '50点', '64점')
    # (nor is the head of a grouped figure glued to a word: '4,000問' is not a 4)
    rf"(?:(?!\.?\w|:\d|,\d{{3}}(?!\d)|%[台超])|(?<=%)(?=[{CJK_LETTERS}])(?![台超])|{CJK_POINTS})"
)
_QTY_RE = re.compile(
    r"^\s*(?P<cur>US\$|[$€£¥]|(?:USD|EUR|GBP)\s?)?\s*(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d*\.?\d+)\s*"
    r"(?P<mag>[Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion|bn|mn|[KMBTk](?![a-z])|"
    + CJK_MAGNITUDE
    + r")?\s*(?P<pct>%|percent|per\s?cent)?\s*"
    r"(?P<mult>[x×])?\s*(?P<rest>[A-Za-z][\w\s-]*)?$"
)
_WORD_QTY_RE = re.compile(
    r"^\s*(?P<w>" + "|".join(WORD_NUMBERS) + r")\s+(?P<mag>thousand|million|billion|trillion)\b", re.I
)
_RANK_RE = re.compile(
    r"^\s*(?:(?:No\.?|number|#)\s*(?P<n1>\d{1,4})|(?P<n2>\d{1,4})(?:st|nd|rd|th)|(?P<w>"
    + "|".join(ORDINALS)
    + r"))\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float  # the number with any magnitude applied (671 billion -> 6.71e11; 87.2% -> 87.2)
    percent: bool = False
    currency: str | None = None
    multiplier: bool = False
    magnitude: float = 1.0
    decimals: int = 0


@dataclass(frozen=True, slots=True)
class NumberMention:
    start: int
    end: int
    raw: str
    number: float  # as written, before any magnitude
    decimals: int
    percent: bool
    currency: str | None
    magnitude: float
    multiplier: bool

    @property
    def value(self) -> float:
        return self.number * self.magnitude


def _num(text: str) -> tuple[float, int]:
    t = text.replace(",", "")
    dec = len(t.split(".", 1)[1]) if "." in t else 0
    return float(t), dec


def parse_quantity(text: str) -> Quantity | None:
    """Read one quantity; None when the text is not a quantity."""
    m = _QTY_RE.match(text)
    if m:
        value, dec = _num(m.group("num"))
        mag_s = m.group("mag")
        mag = (
            CJK_MAGNITUDES.get(mag_s) or MAGNITUDES.get(mag_s if len(mag_s) <= 2 else mag_s.lower(), 1.0)
            if mag_s
            else 1.0
        )
        cur = m.group("cur")
        return Quantity(
            value=value * mag,
            percent=bool(m.group("pct")),
            currency=CURRENCIES.get(cur.strip()) if cur else None,
            multiplier=bool(m.group("mult")),
            magnitude=mag,
            decimals=dec,
        )
    w = _WORD_QTY_RE.match(text)
    if w:
        mag = MAGNITUDES[w.group("mag").lower()]
        return Quantity(value=WORD_NUMBERS[w.group("w").lower()] * mag, magnitude=mag)
    return None


def parse_rank(text: str) -> int | None:
    """'fourth', '4th', 'No. 3', '#3', 'number 2' -> the rank; None otherwise."""
    m = _RANK_RE.match(text)
    if not m:
        return None
    if m.group("w"):
        return ORDINALS[m.group("w").lower()]
    return int(m.group("n1") or m.group("n2"))


# the characters a NUMBER_RE match can start with (a currency's or a digit)
_NUMBER_START = re.compile(r"[\dUEG$€£¥]")


def _number_matches(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """NUMBER_RE.finditer(text, start, end), trying the pattern only where a number can start: `re` skips to
    those characters at once (NUMBER_RE opens on lookbehinds, which `re` must try at every position). The same
    matches: each is the leftmost at or after the previous one's end, as finditer's (NUMBER_RE never matches
    an empty string)."""
    pos = start
    while True:
        c = _NUMBER_START.search(text, pos, end)
        if c is None:
            return
        m = NUMBER_RE.match(text, c.start(), end)
        if m is None:
            pos = c.start() + 1
        else:
            yield m
            pos = m.end()


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[NumberMention]:
    """Every number in text[start:end] that is not glued to a word (GPT-5.4, v4.0, pass@1 are not numbers)."""
    out: list[NumberMention] = []
    for m in _number_matches(text, start, len(text) if end is None else end):
        number, dec = _num(m.group("num"))
        mag_s = (m.group("mag") or "").strip()
        if not mag_s:
            tail = text[m.end("num") : m.end()]
            mag_s = tail if tail in MAGNITUDES else ""
        cur = m.group("cur")
        out.append(
            NumberMention(
                start=m.start(),
                end=m.end(),
                raw=m.group(),
                number=number,
                decimals=dec,
                percent=bool(m.group("pct")),
                currency=CURRENCIES.get(cur.strip()) if cur else None,
                magnitude=MAGNITUDES.get(mag_s, 1.0),
                multiplier=bool(m.group("mult")),
            )
        )
    return out


def integer_text(value: float) -> str:
    """A plain integer string ("400000000000") for a whole count."""
    if not math.isfinite(value):
        raise ValueError("not a finite number")
    return str(round(value))


def decimal_text(value: float, places: int = 2) -> str:
    """A decimal string for prices: 2.5 -> "2.50"."""
    return f"{value:.{places}f}"


def as_percent(value: float, decimals: int) -> float:
    """Fractions of 1 written with decimals (0.428) are percentages (42.8); anything else is kept."""
    if 0 < value < 1 and decimals >= 2:
        return round(value * 100, max(decimals - 2, 0) + 1)
    return value
