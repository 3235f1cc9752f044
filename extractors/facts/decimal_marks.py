"""Decimal and thousands marks written the way many European pages write them, rewritten in place (same
length, offsets unchanged) so the number readers see one number: '37,2 %' as 37.2, 'Elo 1 289' as 1,289."""

from __future__ import annotations

import re

# a decimal comma ('37,2 %', '80,9% sur', '2,7 Prozent'): one or two digits after the comma, then a percent
_PCT_WORD = r"\s?(?:%|[Pp]rozent\b|pour\s?cent\b|por\s?ciento\b|persen\b)"
# ... or the first of two joined by 'and' or a slash before one percent sign ('68,2 bzw. 65,1 Prozent')
_DECIMAL_COMMA_PCT = re.compile(
    rf"(\d(?<![\d.,]\d)\d{{0,2}}),(\d{{1,2}})(?={_PCT_WORD}|\s*(?:bzw\.|und|et|y|e|ou|/)\s*\d{{1,3}},\d{{1,2}}{_PCT_WORD})"
)
# in a page that writes its decimals that way, the same shape without the percent sign ('Elo 1.234,5', '72,5',
# a rating '1977,00')
_DECIMAL_COMMA = re.compile(r"(?<![\d.,])(\d{1,4}),(\d{1,2})(?![\d,])")
_ANY_DECIMAL_COMMA = re.compile(r"\d,\d{1,2}(?!\d)")
_DECIMAL_VALUE = re.compile(r"\d(?<![\w.-]\d)(?<![A-Za-z] \d)\d{0,2}\.\d{1,2}(?![\w.])(?!\s?[BMKT]\b)")
_THOUSANDS = re.compile(r"\d,\d{3}(?!\d)")
_DECIMAL_POINT_PCT = re.compile(r"\d\.\d{1,2}\s?%")


# a thousand written with a space after its first digit, as French and other pages write ratings ('un score
# Elo de 1 289', '(1 250)'): read as one number ('1,289', same length) where the page writes two or more and
# never groups thousands with a comma; not a version and a size ('Name 2 123B'), nor decimals ('7.51 6.55')
# (the lookbehind after the first digit, so that re skips to the digits: see alternation.py)
_SPACE_THOUSANDS = re.compile(r"([1-9])(?<![\w.,].)[ \u00a0\u202f](\d{3})(?![\w]|[.,]\d|[ \u00a0\u202f]\d)")


def space_thousands(text: str) -> str:
    """Thousands grouped with a space become comma-grouped, where the page writes two or more such numbers."""
    if len(_SPACE_THOUSANDS.findall(text)) < 2 or _THOUSANDS.search(text) is not None:
        return text
    return _SPACE_THOUSANDS.sub(r"\1,\2", text)


def decimal_commas(text: str) -> str:
    """Decimal commas become points, in place (same length, offsets unchanged): '37,2%' reads as 37.2, not as
    37 and 2. Bare numbers ('72,5') change only where the page writes its percentages with commas and never
    with points."""
    if _ANY_DECIMAL_COMMA.search(text) is None:
        return text
    hits = len(_DECIMAL_COMMA_PCT.findall(text))
    if hits >= 2 and _DECIMAL_POINT_PCT.search(text) is None:
        return _DECIMAL_COMMA.sub(r"\1.\2", text)
    # fewer than two percentages say how the page writes decimals (one, '~4,3%' in a spec row, says it no
    # less than none): bare ones change where there are two or more, no value is written with a decimal
    # point and no comma groups thousands ('skor 37,4 … 31,64', a table's '87,8' cells)
    if (
        hits < 2
        # (the percentage's own comma, '3,1%', is no bare number)
        and len(_DECIMAL_COMMA.findall(_DECIMAL_COMMA_PCT.sub(" ", text))) >= 2
        and _DECIMAL_VALUE.search(text) is None
        and _THOUSANDS.search(text) is None
    ):
        return _DECIMAL_COMMA.sub(r"\1.\2", text)
    return _DECIMAL_COMMA_PCT.sub(r"\1.\2", text) if hits else text
