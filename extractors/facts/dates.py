"""Dates in text: every date shape news text uses, read to ISO values.

Dates: ISO ("2026-06-03"), month-day-year ("March 12, 2026"), day-month-year ("14 May 2026"), Chinese,
Japanese and Korean ("2026年4月16日"), month-day without a year ("released March 12": the year of
`published_at`, else the year the article states most), month-year ("early March 2026"), month names in the
other languages pages are written in, weekdays ("on Wednesday": the last such day on or before the
publication date, or before a full date in the same sentence), and "today" under a dateline.

What a date is the date of (a model's release or something else) is decided in `release_dates.py`; table
cells read theirs with `date_in_cell`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from extractors.facts.alternation import by_first_char, distribute, longest_first
from extractors.facts.document import DocView, SegView, in_parts
from extractors.facts.patterns import release_words, word_alternation

MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9
# the same months as French, German, Spanish, Italian, Portuguese and Indonesian pages write them
_FOREIGN_MONTHS: tuple[str, ...] = (
    "janvier|janeiro|januar|januari|enero|gennaio",
    "février|fevrier|fevereiro|februar|februari|febrero|febbraio",
    "mars|março|märz|maret|marzo",
    "avril|abril|aprile",
    "mai|maio|mei|mayo|maggio",
    "juin|junho|juni|junio|giugno",
    "juillet|julho|juli|julio|luglio",
    "août|aout|agosto|agustus",
    "septembre|setembro|septiembre|settembre",
    "octobre|outubro|oktober|octubre|ottobre",
    "novembre|novembro|noviembre",
    "décembre|decembre|dezembro|dezember|desember|diciembre|dicembre",
)
# and as Russian pages write them, in the genitive a day takes ('12 марта 2025 г.') or alone ('март 2025')
_RUSSIAN_MONTHS = (
    "января|январь",
    "февраля|февраль",
    "марта|март",
    "апреля|апрель",
    "мая|май",
    "июня|июнь",
    "июля|июль",
    "августа|август",
    "сентября|сентябрь",
    "октября|октябрь",
    "ноября|ноябрь",
    "декабря|декабрь",
)
_FOREIGN_MONTHS = tuple(f"{a}|{b}" for a, b in zip(_FOREIGN_MONTHS, _RUSSIAN_MONTHS, strict=True))
for _i, _names in enumerate(_FOREIGN_MONTHS, start=1):
    MONTHS.update({n: _i for n in _names.split("|")})
# their short forms as tables write them ('Dez. 2025', 'Okt.', 'Mär', 'déc.', 'fév.', 'juil.', 'dic.', 'ene.',
# 'janv.', 'févr.')
_FOREIGN_SHORT = {
    "janv": 1,
    "févr": 2,
    "dez": 12,
    "okt": 10,
    "mär": 3,
    "mrz": 3,
    "déc": 12,
    "fév": 2,
    "avr": 4,
    "juil": 7,
    "dic": 12,
}
MONTHS.update(_FOREIGN_SHORT)
_FOREIGN_WORDS = [*(w for n in _FOREIGN_MONTHS for w in n.split("|")), *_FOREIGN_SHORT]
_FOREIGN_RX = "|".join(longest_first({v for w in _FOREIGN_WORDS for v in (w, w.capitalize())}))
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# the English months, whole or short ('Sept', 'Dec')
ENGLISH_MONTH_RX = (
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)
_MONTH_RX = r"(?:" + ENGLISH_MONTH_RX + "|" + _FOREIGN_RX + r")\.?"
MDY_RE = re.compile(
    r"\b(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    r"(?:(?:early|mid|late)[- ])?(?P<mon>" + _MONTH_RX + r")(?:\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?![\d:]))?"
    r"(?:,?\s+(?:de\s+|del\s+)?(?P<year>(?:19|20)\d\d))?\b"  # 'agosto de 2025'
)
DMY_RE = re.compile(
    # '24 November 2025', '12 de noviembre de 2025'
    r"(?<![\w.,-])(?P<day>\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:of\s+|de\s+)?(?P<mon>"
    + _MONTH_RX
    + r")(?:,?\s+(?:de\s+)?(?P<year>(?:19|20)\d\d))?\b"
)
# '2026年4月16日', '2025年9月' (Chinese and Japanese), '2024년 5월 13일' (Korean)
CJK_RE = re.compile(
    r"(?P<year>(?:1(?<!\d1)9|2(?<!\d2)0)\d\d)\s*[年년]\s*(?P<mon>1[0-2]|0?[1-9])\s*[月월]"
    r"(?:\s*(?P<day>3[01]|[12]\d|0?[1-9])\s*[日号일])?"
)
ISO_RE = re.compile(r"(?P<year>2(?<![\w.-]2)0\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)(?![\w-])")
# the same date with slashes or dots, as Chinese, Japanese and Korean pages and READMEs' news lists write it
# ('2025/08/20', '2025/8/20', '2025.08.20'; one separator throughout), and a month with a slash ('2024/9')
SLASHED_RE = re.compile(
    r"(?P<year>2(?<![\w.-]2)0\d\d)(?:(?P<sep>[/.])(?P<mon>1[0-2]|0?[1-9])(?P=sep)(?P<day>3[01]|[12]\d|0?[1-9])"
    r"|/(?P<month>1[0-2]|0?[1-9]))(?![\w-]|[/.]\d)"
)
# a dotted triple right after a software noun ('toolkit 2026.5.3', 'runtime 2025.11.4', 'pkg@2026.4.2') is a
# calendar-numbered version; one with an unpadded month or day is a date only after a date's lead word
# ('released on 2026.3.2'), a bracket or a CJK character (release_words.jsonl: 'version_noun', 'date_lead')
_VERSION_BEFORE = re.compile(r"(?i)(?:\b" + word_alternation(release_words("version_noun")) + r"[ \t]*|@)$")
_DATE_LEAD = re.compile(
    r"(?:(?i:\b" + word_alternation(release_words("date_lead")) + r")[ \t]+|[\[(（【]|[\u3000-\u9fff][ \t]*)$"
)

# a capitalised product name right before it ('Dunmere Workbench 2026.05.09') numbers that product's build,
# unless the word is a calendar one ('Tuesday', 'News'; release_words.jsonl: 'calendar_word')
_PRODUCT_BEFORE = re.compile(
    r"\b(?!(?i:" + word_alternation(release_words("calendar_word")) + r")\b)[A-Z][\w-]*[ \t]+$"
)


def _dotted_version(text: str, m: re.Match[str]) -> bool:
    """Whether a dotted year-month-day match is a version number rather than a date."""
    if m.group("sep") != "." or not m.group("day"):
        return False
    before = text[max(0, m.start() - 30) : m.start()]
    if _VERSION_BEFORE.search(before):
        return True
    if _DATE_LEAD.search(before) is not None:
        return False
    padded = len(m.group("mon")) == 2 and len(m.group("day")) == 2
    return not padded or _PRODUCT_BEFORE.search(before) is not None


WEEKDAY_RE = re.compile(
    r"\b(?:on|last|this|since)\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


_MONTHS = (
    "jan|feb|fév|fev|mar|apr|avr|abr|may|mai|mag|mei|jun|jui|jul|lug|giu|aug|aoû|aou|ago|sep|set|oct|okt|"
    "out|ott|nov|dec|déc|dez|des|dic|ene|gen"
)
_MON = r"(?:" + _MONTHS + r")[a-zéèûäç]*\.?"
_DATE_WORDS = (
    distribute(_MONTHS, r"[a-zéèûäç]*\.?\s+(?:de\s+)?(?:\d|20\d\d)"),
    distribute("mon|tues|wednes|thurs|fri|satur|sun|to", r"day\b"),
)
_DATE_DAY = (
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+|de\s+)?(?:"
    + _MON
    + r"|(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*\s+20\d\d)"
)
DATE_GATE = in_parts(
    re.compile(
        r"\b(?:"  # all start at a word: month names and weekdays by first letter, then the forms with digits
        + by_first_char(*_DATE_WORDS)
        + "|"
        + _DATE_DAY
        # the year in Chinese or Korean: no word boundary before it
        + r"|20\d\d-[01]\d-[0-3]\d|20\d\d/[01]?\d|20\d\d\.[01]?\d\.[0-3]?\d)|20\d\d\s*[年년]",
        re.I,
    ),
    # the same as two patterns that open on their first characters (`in_parts`): the words, and the forms
    # that open on a digit (the `\b` before a word's or a figure's first character written after it)
    re.compile(by_first_char(*_DATE_WORDS, not_after=r"\w")),
    re.compile(
        r"\d(?:(?<!\w.)"
        + _DATE_DAY.replace(r"\d{1,2}", r"\d?", 1)  # ('\d{1,2}' with its first digit read)
        + r"|(?<=2)(?<!\w.)0\d\d(?:-[01]\d-[0-3]\d|/[01]?\d|\.[01]?\d\.[0-3]?\d)|(?<=2)0\d\d\s*[年년])"
    ),
)


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    value: str  # YYYY-MM-DD or YYYY-MM
    weekday: bool = False


def _month(s: str) -> int:
    low = s.rstrip(".").lower()
    if low in MONTHS:
        return MONTHS[low]  # a full name in any language read ('dezember', 'juillet'), or a short form
    return MONTHS.get(low[:4] if low.startswith(("sept", "juil")) else low[:3], 0)


def date_in_cell(cell: str) -> str | None:
    """The date a table cell states with its year ('19. Feb. 2026', 'Jan. 2026', '2025-12-11', 'Dec 11,
    2025'), as YYYY-MM-DD or YYYY-MM; None when it states none."""
    c = re.sub(r"(?<!\d)(\d{1,2})\.\s", r"\1 ", cell.strip())  # a German day ('19. Feb.')
    m = ISO_RE.search(c) or SLASHED_RE.search(c)
    if m and m.group("day"):
        return f"{m.group('year')}-{int(m.group('mon')):02d}-{int(m.group('day')):02d}"
    ym = re.fullmatch(r"(20\d\d)(?:-(0[1-9]|1[0-2])|[/.](1[0-2]|0?[1-9]))", c)
    if ym:  # '2025-05' in a timeline's date column, '2025/5' as Japanese and Chinese tables write it
        return f"{ym.group(1)}-{int(ym.group(2) or ym.group(3)):02d}"
    cjk = CJK_RE.search(c)  # '2024年5月', '2024년 5월 13일'
    if cjk:
        year, mon = int(cjk.group("year")), int(cjk.group("mon"))
        if not cjk.group("day"):
            return f"{year:04d}-{mon:02d}"
        try:
            return date(year, mon, int(cjk.group("day"))).isoformat()
        except ValueError:
            return None
    for rx in (DMY_RE, MDY_RE):
        m = rx.search(c)
        if m and m.group("year"):
            mon = _month(m.group("mon"))
            if not mon:
                continue
            year, day = int(m.group("year")), int(m.group("day")) if m.group("day") else None
            try:
                return date(year, mon, day).isoformat() if day else f"{year:04d}-{mon:02d}"
            except ValueError:
                return None
    return None


def article_year(view: DocView) -> int | None:
    """The year undated month-days belong to: the publication year, else the year the text states most."""
    if view.published_at is not None:
        return view.published_at.year
    if "text_year" not in view.memo:  # one count per document, not one per date read
        years = Counter(re.findall(r"\b(20\d\d)\b", view.text))
        view.memo["text_year"] = int(years.most_common(1)[0][0]) if years else None
    year: int | None = view.memo["text_year"]
    return year


def _ymd(view: DocView, year: int | None, mon: int, day: int | None, inferred: bool) -> str | None:
    if not mon or year is None:
        return None
    if day is None:
        return f"{year:04d}-{mon:02d}"
    try:
        d = date(year, mon, day)
    except ValueError:
        return None
    pub = view.published_at.date() if view.published_at is not None else None
    if (
        inferred
        and pub is not None
        and d > pub + timedelta(days=60)
        and not _stated_after(view, pub)
        and not _own_year_only(view, pub.year)
    ):
        try:
            d = date(year - 1, mon, day)  # "released December 12" in a January article
        except ValueError:
            return None
    return d.isoformat()


def _own_year_only(view: DocView, year: int) -> bool:
    """The text states its publication year and never the year before: a month-day past the date it carries
    belongs to that year (a page speaking of 2026 only), not to the year before."""
    if "own_year_only" not in view.memo:
        years = set(re.findall(r"(?<!\d)(20\d\d)(?!\d)", view.text))
        view.memo["own_year_only"] = str(year) in years and str(year - 1) not in years
    return bool(view.memo["own_year_only"])


def _stated_after(view: DocView, pub: date) -> bool:
    """The text itself states a month with its year past the publication date (plus the same 60 days): the
    page speaks of a time after the date it carries, so a month-day without a year is not rolled back."""
    if "stated_after" not in view.memo:
        months = [(int(m.group("year")), int(m.group("mon"))) for m in ISO_RE.finditer(view.text)]
        months += [(int(m.group("year")), int(m.group("mon"))) for m in CJK_RE.finditer(view.text)]
        for rx in (DMY_RE, MDY_RE):
            months += [
                (int(m.group("year")), _month(m.group("mon")))
                for m in rx.finditer(view.text)
                if m.group("year")
            ]
        limit = pub + timedelta(days=60)
        view.memo["stated_after"] = any(mon and (y, mon) > (limit.year, limit.month) for y, mon in months)
    return bool(view.memo["stated_after"])


def find_dates(view: DocView, start: int, end: int) -> list[DateMention]:
    """Every absolute date in text[start:end] (weekdays not included), earliest start first."""
    text = view.text
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    ref_year = None
    for m in [
        *ISO_RE.finditer(text, start, end),
        *SLASHED_RE.finditer(text, start, end),
        *CJK_RE.finditer(text, start, end),
    ]:
        if m.re is SLASHED_RE and _dotted_version(text, m):
            continue  # 'toolkit 2026.5.3': a version
        day = int(m.group("day")) if m.group("day") else None
        mon = m.group("mon") or m.group("month")  # (a slashed month: '2024/9')
        v = _ymd(view, int(m.group("year")), int(mon), day, False)
        if v:
            out.append(DateMention(m.start(), m.end(), v))
            taken.append((m.start(), m.end()))
    named: list[re.Match[str]] = []
    for rx in (DMY_RE, MDY_RE):
        for m in rx.finditer(text, start, end):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if not m.group("day") and not m.group("year"):
                continue  # a bare month name ("May") is not a date
            named.append(m)
            taken.append((m.start(), m.end()))
    for m in sorted(named, key=lambda m: m.start()):
        day = int(m.group("day")) if m.group("day") else None
        year = int(m.group("year")) if m.group("year") else None
        inferred = year is None
        if year is None:
            # 'released on October 9, 2024 (and announced on October 16)': the year of the date before it
            year = _year_before(out, text, m.start())
            inferred = year is None
        if year is None:
            ref_year = ref_year if ref_year is not None else article_year(view)
        v = _ymd(view, year or ref_year, _month(m.group("mon")), day, inferred)
        if v:
            out.append(DateMention(m.start(), m.end(), v))
    return sorted(out, key=lambda d: d.start)


def _year_before(found: list[DateMention], text: str, pos: int) -> int | None:
    """The year of a full date stated shortly before pos in the same sentence (no full stop between)."""
    before = [d for d in found if d.end <= pos and pos - d.end <= 80 and len(d.value) >= 7]
    if not before:
        return None
    last = max(before, key=lambda d: d.end)
    if re.search(r"[.;!?]\s", text[last.end : pos]):
        return None
    return int(last.value[:4])


def weekday_dates(view: DocView, sv: SegView, dates: list[DateMention]) -> list[DateMention]:
    """The weekdays a lede sentence dates by ('on Wednesday'): the last such day on or before the sentence's
    first full date, else the publication date."""
    text = view.text
    out: list[DateMention] = []
    if sv.seg.kind != "sentence" or sv.seg.para > 2:
        return out  # a weekday counts from the publication date in the lede only
    for m in WEEKDAY_RE.finditer(text, sv.seg.start, sv.seg.end):
        if any(d.start <= m.start("wd") < d.end for d in dates):
            continue  # "Wednesday, April 8, 2026" is the full date
        full = [d for d in dates if len(d.value) == 10]
        if full:
            ref = date.fromisoformat(full[0].value)
        elif view.published_at is not None:
            ref = view.published_at.date()
        else:
            continue
        back = (ref.weekday() - WEEKDAYS.index(m.group("wd").lower())) % 7
        out.append(DateMention(m.start(), m.end(), (ref - timedelta(days=back)).isoformat(), True))
    return out


# a dateline: a line near the top that is a full date alone, or a date and a section ("2026-03-02 · Research")
_DATELINE = re.compile(
    r"\s*(?:(?:Published|Posted)(?:\s+on)?\s*:?\s*)?(?P<d>[^·|•\n]{6,30}?)\s*(?:[·|•]\s*[\w ]{1,30})?\s*"
)
_TODAY = re.compile(r"\b[Tt]oday\b")


def _dateline(view: DocView) -> str | None:
    """The date the article carries as its dateline in its first lines (full dates only)."""
    if "dateline" not in view.memo:
        found = None
        for sv in view.segs[:8]:
            m = _DATELINE.fullmatch(view.text, sv.seg.start, sv.seg.end)
            if m is None or "\n" in view.text[sv.seg.start : sv.seg.end]:
                continue
            ds = find_dates(view, m.start("d"), m.end("d"))
            if (
                len(ds) == 1
                and len(ds[0].value) == 10
                and ds[0].start == m.start("d")
                and ds[0].end == m.end("d")
                and re.search(r"\b20\d\d\b", m.group("d"))  # a stated year, not one inferred
            ):
                found = ds[0].value
                break
        view.memo["dateline"] = found
    value: str | None = view.memo["dateline"]
    return value


def today_dates(view: DocView, sv: SegView) -> list[DateMention]:
    """'Today, we introduce A and B' early in a page with a dateline: the dateline's date."""
    if sv.seg.kind != "sentence" or sv.seg.para > 10:
        return []
    m = _TODAY.search(view.text, sv.seg.start, sv.seg.end)
    value = _dateline(view) if m is not None else None
    return [DateMention(m.start(), m.end(), value)] if m is not None and value is not None else []
