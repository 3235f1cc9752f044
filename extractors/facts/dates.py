"""Release dates: every date shape news text uses, tied to a release word that governs it.

Dates: ISO ("2026-06-03"), month-day-year ("March 12, 2026"), day-month-year ("14 May 2026"), month-day
without a year ("released March 12": the year of `published_at`, else the year the article states most),
month-year ("early March 2026"), and weekdays ("on Wednesday": the last such day on or before the publication
date, or before a full date in the same sentence).

A date is a release date when the nearest trigger word before it (or, failing that, just after it) is a
release word (released, launched, shipped, rolled out, available from, general availability, GA, preview
since, announced, weights or checkpoints published, …), not a word that dates something else (a paper
published or posted, a knowledge cutoff, a funding round, a deadline).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from extractors.facts import groups
from extractors.facts.alternation import by_first_char, distribute
from extractors.facts.document import DocView, Ref, SegView
from extractors.facts.subjects import Subjects, fact
from extractors.facts.titles import Titles
from schema.records import AttributeFact

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
_FOREIGN_MONTHS = (
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
_FOREIGN_RX = "|".join(
    sorted({v for w in _FOREIGN_WORDS for v in (w, w.capitalize())}, key=len, reverse=True)
)
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH_RX = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|" + _FOREIGN_RX + r")\.?"
)
MDY_RE = re.compile(
    r"\b(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    r"(?:(?:early|mid|late)[- ])?(?P<mon>" + _MONTH_RX + r")(?:\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?![\d:]))?"
    r"(?:,?\s+(?:de\s+|del\s+)?(?P<year>(?:19|20)\d\d))?\b"  # 'agosto de 2025'
)
DMY_RE = re.compile(
    # '24 November 2025', '12 de noviembre de 2025'
    r"(?<![\w.,-])(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+|de\s+)?(?P<mon>"
    + _MONTH_RX
    + r")(?:,?\s+(?:de\s+)?(?P<year>(?:19|20)\d\d))?\b"
)
# '2026年4月16日', '2025年9月' (Chinese and Japanese), '2024년 5월 13일' (Korean)
CJK_RE = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)\s*[年년]\s*(?P<mon>1[0-2]|0?[1-9])\s*[月월]"
    r"(?:\s*(?P<day>3[01]|[12]\d|0?[1-9])\s*[日号일])?"
)
_CJK_WORD = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
ISO_RE = re.compile(r"(?<![\w.-])(?P<year>20\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)(?![\w-])")
WEEKDAY_RE = re.compile(
    r"\b(?:on|last|this|since)\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)

# the words that give a date its meaning; group "rel" is a release word, anything else dates something else
TRIGGER_RE = re.compile(
    r"(?:\b|(?=[\u3040-\u30ff\u4e00-\u9fff]))(?P<rel>(?:checkpoints?|weights)\b[^.;:]{0,40}?\b(?:were|was|are|is|got|have\s+been|has\s+been)\s+"
    r"(?:published|posted|uploaded|made\s+public|pushed)|released|releases|release\s+date|launch(?:ed|es)?|launch\s+date|published\s+(?:the\s+)?weights|weights\s+of|"
    r"(?:announcement|release|debut|unveiling|roll-?out)\s+(?:on|in)|unveil(?:ed|s)|"
    r"introduc(?:ed|es|e|ing)|(?<=\bwe\s)release|(?<=\bwe're\s)releasing|(?<=\bwe\sare\s)releasing|ship(?:ped|s)|debut(?:ed|s)?|put\s+out|roll(?:ed|s)\s+out|open-sourced|"
    r"made\s+(?:it\s+)?available|bec(?:ame|omes)\s+available|(?:available|live)\s+(?:from|since|on|starting)|"
    r"went\s+live|goes\s+live|went\s+GA|goes\s+GA|GA\s+on|general(?:ly)?\s+availab(?:le|ility)|"
    r"(?:in|entered|into)\s+(?:public\s+)?preview(?:\s+since)?|"
    r"announced|announces|arrived|arrives|opened\s+(?:up\s+)?(?:access|it|the\s+weights)|"
    r"weights\s+(?:went|were)\s+(?:up|public|published)|followed(?=\s+(?:on|in|suit\s+on)\b)|followed\s+(?:up\s+)?with|(?:series|family|line)\s+(?:began|started)\s+with|"
    r"dropped(?!\s+(?:to|from|by|out)\b)|landed(?=\s+(?:on|in)\b)|release\s+of|"
    # the release words of the other languages whose months are read
    r"lance|lancé|lancée|lanza|lanzó|lanzado|lança|lançou|lançado|lanciato|lancia|rilasciato|rilascia|"
    r"veröffentlicht|vorgestellt|présenté|presentado|publié|sorti|merilis|meluncurkan|dirilis|diluncurkan|"
    r"släppte|släpptes|lanserade|lanserades|lanseres|lansert|"
    r"发布|上线|推出|开源|發布|推出|リリース|公開|発表)(?:\b|(?<=[\u3040-\u30ff\u4e00-\u9fff]))"
    r"|\b(?P<other>published|posted|paper|preprint|report|cutoff|cut-off|knowledge|training\s+data|"
    r"founded|raised|funding|deadline|conference|workshop|submitted|updated|deprecated|retired|sunset|"
    r"expires?|scheduled|closes?|born)\b",
    re.I,
)
_MONTHS = (
    "jan|feb|fév|fev|mar|apr|avr|abr|may|mai|mag|mei|jun|jui|jul|lug|giu|aug|aoû|aou|ago|sep|set|oct|okt|"
    "out|ott|nov|dec|déc|dez|des|dic|ene|gen"
)
_MON = r"(?:" + _MONTHS + r")[a-zéèûäç]*\.?"
DATE_GATE = re.compile(
    r"\b(?:"  # all start at a word: month names and weekdays by first letter, then the forms with digits
    + by_first_char(
        distribute(_MONTHS, r"[a-zéèûäç]*\.?\s+(?:de\s+)?(?:\d|20\d\d)"),
        distribute("mon|tues|wednes|thurs|fri|satur|sun|to", r"day\b"),
    )
    + r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+|de\s+)?"
    + _MON
    + r"|20\d\d-[01]\d-[0-3]\d)|20\d\d\s*年",  # the year in Chinese: no word boundary before it
    re.I,
)
GATE = re.compile(
    r"releas|launch|unveil|introduc|ship|debut|put out|rolled out|rolls out|open-sourced|availab|live|\bga\b|"
    r"preview|announc|arriv|opened|weights|checkpoint|lanc|lanz|lanç|rilasci|veröffentlicht|vorgestellt|"
    r"présenté|presentado|publié|sorti|merilis|meluncurkan|dirilis|diluncurkan",
    re.I,
)


_NOT_MODEL = re.compile(
    r"\b(?:funding|round|deal|partnership|paper|report|acquisition|investment|pricing|prices?|plan|program|"
    r"programme|tier|feature|update|results|study|policy|valuation|merger|lawsuit|event|conference|keynote|"
    r"office|hub|campus|fund|grant|initiative|team|division|app|API\s+pricing)s?\s+(?:was\s+|were\s+|is\s+|"
    r"are\s+|that\s+was\s+)?$",
    re.I,
)


_PLURAL_VERB = re.compile(r"\s*,?\s*(?:are|were|both|all|each|will\s+be|have\s+been|went|go|became|become)\b")


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
    m = ISO_RE.search(c)
    if m:
        return f"{m.group('year')}-{m.group('mon')}-{m.group('day')}"
    ym = re.fullmatch(r"(20\d\d)[-/.](0[1-9]|1[0-2])", c)
    if ym:
        return f"{ym.group(1)}-{ym.group(2)}"  # '2025-05' in a timeline's date column
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
    if inferred and pub is not None and d > pub + timedelta(days=60) and not _stated_after(view, pub):
        try:
            d = date(year - 1, mon, day)  # "released December 12" in a January article
        except ValueError:
            return None
    return d.isoformat()


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
    for m in [*ISO_RE.finditer(text, start, end), *CJK_RE.finditer(text, start, end)]:
        day = int(m.group("day")) if m.group("day") else None
        v = _ymd(view, int(m.group("year")), int(m.group("mon")), day, False)
        if v:
            out.append(DateMention(m.start(), m.end(), v))
            taken.append((m.start(), m.end()))
    for rx in (DMY_RE, MDY_RE):
        for m in rx.finditer(text, start, end):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            day = int(m.group("day")) if m.group("day") else None
            if day is None and not m.group("year"):
                continue  # a bare month name ("May") is not a date
            year = int(m.group("year")) if m.group("year") else None
            if year is None:
                ref_year = ref_year if ref_year is not None else article_year(view)
            v = _ymd(view, year or ref_year, _month(m.group("mon")), day, year is None)
            if v:
                out.append(DateMention(m.start(), m.end(), v))
                taken.append((m.start(), m.end()))
    return sorted(out, key=lambda d: d.start)


def _weekday(view: DocView, sv: SegView, dates: list[DateMention]) -> list[DateMention]:
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


def _today(view: DocView, sv: SegView) -> list[DateMention]:
    """'Today, we introduce A and B' early in a page with a dateline: the dateline's date."""
    if sv.seg.kind != "sentence" or sv.seg.para > 10:
        return []
    m = _TODAY.search(view.text, sv.seg.start, sv.seg.end)
    value = _dateline(view) if m is not None else None
    return [DateMention(m.start(), m.end(), value)] if m is not None and value is not None else []


def _governing(view: DocView, sv: SegView, d: DateMention) -> re.Match[str] | None:
    """The trigger word that says what a date is the date of: the nearest one before it in its clause,
    else the first one just after it."""
    text = view.text
    lo = max(sv.seg.start, d.start - 90)
    before = list(TRIGGER_RE.finditer(text, lo, d.start))
    if before:
        return before[-1]
    return TRIGGER_RE.search(text, d.end, min(sv.seg.end, d.end + 45))


def _subject(subs: Subjects, sv: SegView, trig: re.Match[str], d: DateMention) -> list[Ref]:
    text = subs.view.text
    models = subs.models(sv)
    t0, t1 = trig.start(), trig.end()
    # a group opening the clause: "All three were released on …"
    group = groups.group(subs, sv, min(t0, d.start)) or (
        groups.group(subs, sv, d.start) if re.match(r"checkpoint|weights", trig.group(), re.I) else None
    )
    if group:
        return group
    # "released the Name family on Tuesday with A, B and C": each member listed after the date
    if t1 <= d.start and _FAMILY_OBJ.fullmatch(text, t1, d.start):
        wm = _WITH_MEMBERS.match(text, d.end)
        first = [r for r in models if wm and r.start == wm.end() and r.via != "pronoun"]
        if first:
            return subs.coordinated(sv, first[0], True)
    # "A 1.2 … shipped on <date> as a pair of models: B and C": each member listed after the colon
    am = _AS_MEMBERS.match(text, d.end) if t1 <= d.start else None
    if am is not None:
        first = [
            r for r in models if am.end() <= r.start <= am.end() + 40 and r.via not in ("pronoun", "implied")
        ]
        if first:
            listed = subs.coordinated(sv, first[0], True)
            later = [r for r in models if r.start > first[0].start and r.via not in ("pronoun", "implied")]
            if len(listed) < 2 and later and re.search(r"\band\b", text[first[0].end : later[0].start]):
                listed = [first[0], later[0]]  # "B (a note, a repo name) and the closed C (…)"
            return listed
    # "introduced the latest addition to the Name series—Name 3.1 Lite": the name the phrase ends on
    add = _ADDITION.match(text, t1)
    if add is not None:
        named = [r for r in models if r.start == add.end() and r.via != "pronoun"]
        if named:
            return subs.coordinated(sv, named[0], True)
    # the object of the release word: "launched Name on …", "released Name March 12"
    lo, hi = (t1, d.start) if t1 <= d.start else (t1, t1 + 45)
    objs = [r for r in models if lo <= r.start and r.start <= hi and r.via != "pronoun"]
    if (
        objs
        and (
            re.fullmatch(
                r"\s*(?:(?:its|the|a|an|new|first|own|latest|model|open|flagship|[\w-]+,)\s+)*",
                text[t1 : objs[0].start],
            )
            # 'On <date>, Lab released two models at once: A and B' (a date after the list is each name's)
            or (
                d.end <= t0
                and re.fullmatch(
                    r"\s*(?:\w+\s+){0,4}(?:models|versions|variants|members)(?:\s+\w+)?\s*:\s*",
                    text[t1 : objs[0].start],
                )
            )
        )
    ):
        return subs.coordinated(sv, objs[0], True)  # "released A and B on Monday": both
    # "… versions: A (September 29, 2025), B (November 24, 2025)": the name the date is bracketed after
    paren = [
        r
        for r in models
        if r.via != "pronoun" and r.end <= d.start and _BRACKETED.fullmatch(text, r.end, d.start)
    ]
    if paren:
        return paren[-1:]
    # "Released on March 30, 2026, Name …"
    if trig.start() - sv.seg.start <= 3:
        after = [r for r in models if d.end <= r.start <= d.end + 30 and r.via != "pronoun"]
        if after:
            return [after[0]]
    # "At the end of April 2026, Name was released": the name between the date and a passive release word
    if d.end <= t0:
        between = [
            r for r in models if d.end <= r.start and r.reach <= t0 and r.via not in ("pronoun", "implied")
        ]
        if between and _PASSIVE_GAP.fullmatch(text, between[-1].reach, t0):
            return subs.coordinated(sv, between[-1], False)
    # the subject of the clause: the nearest model before the release word (or before the date)
    subj = subs.before(sv, min(t0, d.start), True)
    if (
        len(subj) == 1
        and subj[0].via not in ("pronoun", "implied")
        and re.fullmatch(r"\s*,\s*", text[subj[0].reach : t0])
        and _UPGRADE_TO.search(text, max(sv.seg.start, subj[0].start - 40), subj[0].start)
    ):
        # "A is a reliability upgrade to B, released on May 28": the clause's own subject, not the yardstick
        head = [r for r in models if r.via not in ("pronoun", "implied") and r.end <= subj[0].start]
        if head and _IS_A.match(text, head[0].reach):
            return [head[0]]
    if len(subj) == 1 and _PLURAL_VERB.match(text, subj[0].reach):
        return subs.coordinated(sv, subj[0], False)  # "A and B are available from …": each of them
    if (
        len(subj) == 1
        and subj[0].via not in ("pronoun", "implied")
        and re.fullmatch(r"\s*", text[subj[0].reach : t0])
    ):
        group = subs.coordinated(sv, subj[0], False)  # "A and B launched on …"
        if len(group) > 1 and re.search(r"\band\b|&", text[group[-2].reach : group[-1].start]):
            return group
    return subj


_UPGRADE_TO = re.compile(
    r"\b(?:upgrade|successor|follow-?up|update|refresh|sequel|improvement|step\s+up)\s+(?:to|over|of|from)\s+"
    r"(?:the\s+)?$",
    re.I,
)
_IS_A = re.compile(r"\s+(?:is|was|arrives\s+as|comes\s+as)\s+(?:a|an|the)\b")
_ADDITION = re.compile(
    r"\s+(?:the|its|their)\s+(?:latest|newest|new|third|second|fourth|next)\s+(?:addition|member|entry)\s+(?:to|of|in)"
    r"\s+(?:the|its|their)\s+[^,;:—–.]{1,40}?(?:series|family|line-?up|line|range)\s*(?:[—–:,]|\s-)\s*"
)
_PASSIVE_GAP = re.compile(
    r"\s+(?:was|were|got|has\s+been|have\s+been)\s+(?:(?:officially|finally|quietly|also)\s+)?"
)
_BRACKETED = re.compile(r"\s*[(\[]\s*(?:(?:released|launched|on|from)\s+)?")


def _bracketed_name(subs: Subjects, sv: SegView, d: DateMention) -> bool:
    text = subs.view.text
    return any(r.end <= d.start and _BRACKETED.fullmatch(text, r.end, d.start) for r in subs.models(sv))


_DATE_CLOSES = re.compile(r"\s*(?:\)|,|;|\s(?:preview|release|launch|GA)\b)", re.I)


def _dated_name(subs: Subjects, sv: SegView, d: DateMention) -> Ref | None:
    """The model whose parenthesis opens with this date and says nothing else before it closes (or a comma):
    'Name (November 2025)' dates the name; 'Name (as of March 2026)' or 'Name (trained until 2025)' do not."""
    text = subs.view.text
    if not _DATE_CLOSES.match(text, d.end):
        return None
    for r in subs.models(sv):
        if (
            r.via not in ("pronoun", "implied")
            and r.end <= d.start
            and _OWN_PAREN.fullmatch(text, r.end, d.start)
        ):
            return r
    return None


# a name's own parenthesis, its size maybe first: 'Name (November 2025)', 'Name (24B, January 2025)'
_OWN_PAREN = re.compile(r"\s*\(\s*(?:\d+(?:\.\d+)?\s?[BT]\s*,\s*)?")


_RELEASE_WORD = re.compile(r"\b(?:releas|launch|ship|debut|arriv|unveil)\w*", re.I)


def _paren_pair(subs: Subjects, sv: SegView, d: DateMention) -> Ref | None:
    """'(A, February 5)' after a release word in the sentence: A's date."""
    text = subs.view.text
    if not re.match(r"\s*\)", text[d.end : d.end + 3]) or not _RELEASE_WORD.search(
        text, sv.seg.start, d.start
    ):
        return None
    for r in subs.models(sv):
        if (
            r.via not in ("pronoun", "implied")
            and r.end <= d.start
            and re.fullmatch(r"\s*,\s*", text[r.reach : d.start])
            and re.search(r"\(\s*$", text[max(sv.seg.start, r.start - 3) : r.start])
        ):
            return r
    return None


_FAMILY_OBJ = re.compile(
    r"\s+(?:the|its|a|an|their)\s+(?:new\s+)?[\w.+-]+(?:\s[\w.+-]+){0,2}\s+(?:family|lineup|line-up|series|range)"
    r"(?:\s+of\s+models)?\s+(?:on|in)?\s*"
)
_AS_MEMBERS = re.compile(
    r"\s*,?\s+(?:as|in)\s+(?:a\s+pair\s+of|two|three|four|several)\s+(?:new\s+)?"
    r"(?:models|versions|variants|sizes|editions)\s*:\s*"
)
_WITH_MEMBERS = re.compile(r"\s*,?\s+(?:with|comprising|made\s+up\s+of|including|namely)\s+")


_PUBLISHED_AFTER_NAME = re.compile(
    r"(?:\s+(?:weights|checkpoints?))?\s+(?:was|were|got|has\s+been|have\s+been)\s+(?:also\s+|then\s+|quietly\s+|"
    r"finally\s+)?$"
)


_CLAUSE_OPEN = re.compile(
    r"\s*(?:and\s+|while\s+|but\s+)?(?:(?:the|its|their|smaller|larger|bigger|new|open|open-weights)\s+)*"
)


def _model_published(subs: Subjects, sv: SegView, trig: re.Match[str]) -> bool:
    """'Name was published on 10 March': a model that is itself published (not a paper about it) is
    released."""
    if trig.group().lower() not in ("published", "posted"):
        return False
    text = subs.view.text
    for r in subs.models(sv):
        if r.via in ("pronoun", "implied") or not _PUBLISHED_AFTER_NAME.fullmatch(text, r.end, trig.start()):
            continue
        # the name opens its clause ("The smaller Name was published …"), not "A paper describing Name was …"
        lo = max(
            sv.seg.start,
            text.rfind(", ", sv.seg.start, r.start) + 2,
            text.rfind("; ", sv.seg.start, r.start) + 2,
        )
        return bool(_CLAUSE_OPEN.fullmatch(text, lo, r.start))
    return False


# two dates written as one list or range after one release word ('in March and April 2025', 'May 5 / June 2')
_DATE_LIST = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and|or|to|through|–|-|/|;)\s*(?:(?:in|on)\s+)?")


_ON_DATE = re.compile(r"\s+(?:on|in)\s+")


def _names_on_dates(subs: Subjects, sv: SegView, dates: list[DateMention]) -> list[tuple[DateMention, Ref]]:
    """Two or more 'Name on <date>' pairs listed after a release word: each name with the date after it."""
    text = subs.view.text
    named = [r for r in subs.models(sv) if r.via not in ("pronoun", "implied")]
    pairs = [
        (d, r) for d in dates for r in named if r.end < d.start and _ON_DATE.fullmatch(text, r.end, d.start)
    ]
    if len(pairs) < 2 or len({r.canonical for _, r in pairs}) < len(pairs):
        return []
    first = min(r.start for _, r in pairs)
    trig = list(TRIGGER_RE.finditer(text, sv.seg.start, first))
    if not trig or trig[-1].group("rel") is None:
        return []
    return pairs


def release_dates(
    view: DocView, sv: SegView, subs: Subjects, titles: Titles | None = None
) -> list[AttributeFact]:
    dates = find_dates(view, sv.seg.start, sv.seg.end)
    dates += _weekday(view, sv, dates)
    if not dates:
        dates = _today(view, sv)
    out: list[AttributeFact] = []
    listed = _names_on_dates(subs, sv, dates)
    for d, r in listed:
        # "released … A on September 29, B on November 12, and C on November 18": each name its own date
        out.append(fact(view, sv, r, "release_date", d.value, 0.75, "prose"))
    done = {id(d) for d, _ in listed}
    for d in dates:
        if id(d) in done:
            continue
        trig = _governing(view, sv, d)
        owner = _dated_name(subs, sv, d) if trig is None else None
        if owner is not None:
            # 'Name (November 2025)', 'Name (August 2025, later …)': a name dated in its own parenthesis
            out.append(fact(view, sv, owner, "release_date", d.value, 0.7, "bracket"))
            continue
        paired = _paren_pair(subs, sv, d) if trig is None else None
        if paired is not None:
            # "the first release (A, February 5) and the last (B, March 5)": a name and its date in one
            # parenthesis, after a release word
            out.append(fact(view, sv, paired, "release_date", d.value, 0.7, "bracket"))
            continue
        bracketed = _bracketed_name(subs, sv, d)
        if trig is None and bracketed:
            # "released … A (September 29, 2025), B (…), and C (February 17, 2026)": the list's release word
            trig = next(reversed(list(TRIGGER_RE.finditer(view.text, sv.seg.start, d.start))), None)
        if trig is None or (trig.group("rel") is None and not _model_published(subs, sv, trig)):
            continue
        took = [e for e in dates if trig.end() <= e.start and e.end <= d.start]
        if took and not bracketed and not _DATE_LIST.fullmatch(view.text, took[-1].end, d.start):
            continue  # 'shipped in March 2025 and is still, in May 2026, …': the release's date came first
        if _NOT_MODEL.search(view.text, max(sv.seg.start, trig.start() - 30), trig.start()) and not any(
            r.start - trig.end() in (1, 2) and r.via != "pronoun" for r in subs.models(sv)
        ):
            continue  # "a funding round announced on …", "pricing launched in …": not a model's release
        if re.search(
            r"\b(?:until|through|by|before|after|between|from\s+\S+\s+to|as\s+of|as\s+at)\s+$",
            view.text[d.start - 20 : d.start],
        ):
            continue
        subj = _subject(subs, sv, trig, d)
        if _CJK_WORD.match(trig.group()) and not any(r.via != "implied" for r in subj):
            # Chinese and Japanese: the model named between the date and the release word ('2026年2月19日、
            # A を…リリース'); none named, nothing dated ('于 2024 年 8 月發布的測試集')
            named = [r for r in subs.models(sv) if r.via not in ("implied", "pronoun")]
            subj = [r for r in named if d.end <= r.start and r.end <= trig.start()][-1:]
            if not subj:
                continue
        if titles is not None and all(r.via == "implied" for r in subj):
            subj = titles.subject(sv, min(trig.start(), d.start)) or subj  # a spec block's 'Released: …' line
        for s in [t for r in subj for t in groups.stem_members(view.text, r)]:
            if s.canonical:
                out.append(
                    fact(
                        view,
                        sv,
                        s,
                        "release_date",
                        d.value,
                        0.75 if d.weekday else 0.8,
                        "weekday" if d.weekday else "prose",
                    )
                )
    return out


def finest_dates(facts: list[AttributeFact]) -> list[AttributeFact]:
    """A month-only release date ('in September 2025') gives way to the full date the article gives the same
    model in that month ('September 29, 2025'); a date counted back from a weekday ('shipped on Wednesday')
    gives way to a date the article states for the same model."""
    dated = [f for f in facts if f.attribute == "release_date" and len(f.value) == 10]
    full = {(f.subject, f.value[:7]) for f in dated}
    stated = {f.subject for f in dated if f.method != "weekday"}
    return [
        f
        for f in facts
        if not (f.attribute == "release_date" and len(f.value) == 7 and (f.subject, f.value) in full)
        and not (
            f.method == "weekday" and f.subject in stated
        )  # a stated date beats one counted from a weekday
    ]
