"""Attribute facts from prose and list items: parameter counts, context windows, release dates, leaderboard
ranks and prices. Values are text: plain integers, ISO dates ("YYYY-MM-DD" or "YYYY-MM"), decimal prices.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from extractors.document import DocView, Ref, SegView
from extractors.numbers import MAGNITUDES, ORDINALS, WORD_NUMBERS, decimal_text, integer_text, parse_rank
from extractors.scores import coordinated
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
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH_RX = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
DATE_RE = re.compile(
    r"\b(?:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    r"(?:(?P<part>early|mid|late)[- ])?(?P<mon>" + _MONTH_RX + r")(?:\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?)?"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"
)
ISO_RE = re.compile(r"\b(?P<year>20\d\d)-(?P<mon>\d\d)-(?P<day>\d\d)\b")
WEEKDAY_RE = re.compile(
    r"\b(?:on|last|this)\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_RELEASE_VERB = re.compile(
    r"\b(?:released|releases|launched|launches|unveiled|unveils|introduced|introduces|shipped|ships|debuted|"
    r"put out|rolled out|rolls out|open-sourced|made available|went live|announced|weights of|"
    r"(?:announcement|launch|release|debut|unveiling)\s+(?:on|in)|^released\b)",
    re.I,
)
_SIZE_WORD = r"(?:billion|trillion|million|[BTM])"
_NUM = r"(?P<num>\d+(?:\.\d+)?|" + "|".join(WORD_NUMBERS) + r")"
PARAM_RE = re.compile(
    r"(?<![\w$.])" + _NUM + r"(?:\s?|-)(?P<mag>" + _SIZE_WORD + r")(?![a-zA-Z])"
    r"(?P<tail>(?:-parameter|\s+(?:total\s+|active\s+|[a-z]+\s+)?param(?:eter)?s|\s+(?:total|active|MoE|dense)"
    r"|\s+of\s+(?:them|which|those)\s+(?:are\s+)?active|\s+(?:are|is)\s+active|\s+active)?)",
)
_PARAM_CONTEXT = re.compile(r"param|mixture-of-experts|\bmoe\b|\bdense\b|\bactive\b|\btotal\b", re.I)
CONTEXT_RE = re.compile(
    r"(?<![\w$.])(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?|-)(?P<mag>K|k|M|million|thousand)?"
    r"(?P<tail>-token|\s+tokens?)(?P<after>\s+(?:of\s+)?(?:context|window|input)|-?\s*(?:context\s+)?window)?"
)
_CONTEXT_HINT = re.compile(
    r"\bcontext\b|\bwindow\b|\baccepts?\b|\breads?\b|\bhandles?\b|\bsupports?\b|"
    r"\btakes?\b|\bprocess(?:es)?\b|\bingests?\b",
    re.I,
)
_CONTEXT_REJECT = re.compile(
    r"(?:output|input|training|trained|per|pretraining|reasoning|thinking)\s*$|"
    r"(?:under|over|above|below|beyond|than|about|roughly|per)\s+$",
    re.I,
)
_ORD_WORDS = "|".join(ORDINALS)
RANK_RE = re.compile(
    r"(?:(?P<pre>\b(?:tied for|ties for|ranks?|ranked|ranking|placing (?:it|them)|places (?:it|them)|is|are|"
    r"sits(?: at)?|entered at|enters at|debuts? at|debuted at|finished|finishes|landed|lands|"
    r"dropped to|drops to|"
    r"fell to|falls to|rose to|rises to|climbed to|climbs to|moved to|moves to|good for|enough for|at|in|and|"
    r"puts? [\w .-]{1,40}?|(?:makes|making|is|as|it)\s+(?:it\s+)?the)\s+)?)"
    r"(?P<rank>No\.\s?\d{1,3}|#\d{1,3}|\d{1,3}(?:st|nd|rd|th)|(?:" + _ORD_WORDS + r"))\b"
    r"(?P<post>-(?:highest|best|strongest|ranked)(?:\s+[\w-]+)?\s+models?|\s+place|\s+overall|\s+among\s+[\w-]+(?:\s+[\w-]+)?\s+models|"
    r"\s+of\s+\d+|\s+of\s+the\s+\w+\s+models|\s+on\s+(?:the|its)\b|\s+in\s+(?:the|its)\b|\s+with\s+\d|\s+at\s+\d|"
    r"(?=\s*[,.;]|\s+(?:and|but|behind|ahead|on)\b))?",
    re.I,
)
PRICE_RE = re.compile(
    r"(?:\$|US\$|USD\s?)(?P<num>\d+(?:\.\d+)?)\s*(?:per|/|a|for each)\s*"
    r"(?:1M|one million|million|M|1 million)\s+"
    r"(?P<kind>input|output|prompt|completion)?\s*tokens?(?P<after>\s+for\s+input\s+and\s+output(?:\s+alike)?)?",
    re.I,
)


def _num_value(num: str, mag: str) -> float:
    base = WORD_NUMBERS.get(num.lower(), None)
    value = float(base) if base is not None else float(num)
    return value * MAGNITUDES.get(mag, MAGNITUDES.get(mag.lower(), 1.0))


def subject_before(view: DocView, sv: SegView, pos: int, allow_implied: bool) -> list[Ref]:
    """The model a statement at `pos` is about: the nearest model before it, a pronoun just after, or the
    focus."""
    models = sv.models()
    before = [m for m in models if m.reach <= pos]
    if before:
        return [before[-1]]
    after = [m for m in models if m.start >= pos]
    if after and after[0].via == "pronoun" and after[0].start - pos <= 40:
        return [after[0]]
    implied = sv.focus or sv.salient
    if allow_implied and implied:
        return [Ref("model", implied, pos, pos, pos, None, 0.75, "implied")]
    return []


def _fact(
    view: DocView,
    sv: SegView,
    subj: Ref,
    attr: str,
    value: str,
    conf: float,
    method: str,
    qualifier: str | None = None,
) -> AttributeFact:
    return AttributeFact(
        subj.canonical,
        attr,
        value,
        view.evidence(sv.seg.start, sv.seg.end),
        round(conf * min(subj.confidence, 1.0), 3),
        qualifier=qualifier,
        method=method,
    )


def _labelled(view: DocView, sv: SegView, word: str) -> bool:
    seg_text = view.text[sv.seg.start : sv.seg.end]
    return bool(re.match(r"\s*(?:" + word + r")[\w ]{0,20}:", seg_text, re.I))


def params(view: DocView, sv: SegView) -> list[AttributeFact]:
    text = view.text
    seg_text = text[sv.seg.start : sv.seg.end]
    if not _PARAM_CONTEXT.search(seg_text):
        return []
    found: list[tuple[int, str, float]] = []
    for m in PARAM_RE.finditer(text, sv.seg.start, sv.seg.end):
        tail = m.group("tail") or ""
        mag = m.group("mag")
        value = _num_value(m.group("num"), mag)
        if value < 1e8 or value > 1e14:
            continue
        after = text[m.end() : m.end() + 30]
        if re.match(
            r"\s*(?:tokens|users|downloads|dollars|GPUs|pages|words|images|-class|class)\b|-class", after
        ):
            continue
        if text[max(0, m.start() - 1) : m.start()] == "$":
            continue
        low = tail.lower()
        if "active" in low or re.match(
            r"\s*(?:are\s+)?active|\s+(?:of them|of which)[\w ]*active|\s+(?:per token|"
            r"fire per token|per forward)",
            after + low,
        ):
            attr = "parameters_active"
        elif "param" in low or low.strip() in ("total", "moe", "dense"):
            attr = "parameters_total"
        elif re.match(r"\s+(?:parameters\s+)?(?:fire|are used|activated)\s+per\s+token", after):
            attr = "parameters_active"
        elif (
            mag in ("B", "T")
            and re.match(r"\s*(?:model|total|,\s*\d)", after)
            and "param" in seg_text.lower()
        ):
            attr = "parameters_total"
        else:
            continue
        if (
            re.search(r"\b(?:a|an)\s+$", text[max(sv.seg.start, m.start() - 4) : m.start()])
            and not sv.models()
        ):
            continue  # "a 1.2-trillion-parameter model" with no model named: a generic statement
        found.append((m.start(), attr, value))
    out: list[AttributeFact] = []
    totals = {v for _, a, v in found if a == "parameters_total"}
    for pos, attr, value in found:
        if attr == "parameters_total" and len(totals) > 1 and sv.seg.kind == "line":
            continue
        subj = subject_before(view, sv, pos, sv.seg.kind == "item" or _labelled(view, sv, "param"))
        if not subj:
            continue
        out.append(_fact(view, sv, subj[0], attr, integer_text(value), 0.85, "prose"))
    return out


def context_windows(view: DocView, sv: SegView) -> list[AttributeFact]:
    text = view.text
    seg_text = text[sv.seg.start : sv.seg.end]
    if "token" not in seg_text or not _CONTEXT_HINT.search(seg_text):
        return []
    out: list[AttributeFact] = []
    for m in CONTEXT_RE.finditer(text, sv.seg.start, sv.seg.end):
        value = float(m.group("num").replace(",", "")) * MAGNITUDES.get(m.group("mag") or "", 1.0)
        if value < 1000 or value > 1e8:
            continue
        before = text[max(sv.seg.start, m.start() - 25) : m.start()]
        if _CONTEXT_REJECT.search(before) or re.match(
            r"\s+(?:output|input|per|of training)", text[m.end() :]
        ):
            continue
        window = text[max(sv.seg.start, m.start() - 60) : min(sv.seg.end, m.end() + 30)]
        if not (
            m.group("after")
            or re.search(r"context|window|accepts|reads|handles|supports|takes", window, re.I)
        ):
            continue
        subj = subject_before(view, sv, m.start(), sv.seg.kind == "item" or _labelled(view, sv, "context"))
        if not subj and re.match(r"\s*Both\b", seg_text):
            subj = [Ref("model", "", m.start(), m.start(), m.start(), None, 0.75, "implied")]
        if not subj:
            continue
        for s in _plural(view, sv, subj[0]):
            if not s.canonical:
                continue
            out.append(_fact(view, sv, s, "context_window_tokens", integer_text(value), 0.85, "prose"))
        # "double the 1M offered by <model>"
        for om in re.finditer(
            r"\b(\d+(?:\.\d+)?)(K|M)\s+(?:offered|supported|provided|available)\s+(?:by|in|for)\s+",
            text[m.end() : sv.seg.end],
        ):
            other = next((r for r in sv.models() if r.start == m.end() + om.end()), None)
            if other is not None:
                v2 = float(om.group(1)) * MAGNITUDES[om.group(2)]
                out.append(_fact(view, sv, other, "context_window_tokens", integer_text(v2), 0.75, "prose"))
    return out


def _plural(view: DocView, sv: SegView, subj: Ref) -> list[Ref]:
    """'Both accept 1M tokens' -> the two models of the previous sentence."""
    head = view.text[sv.seg.start : sv.seg.start + 12]
    if subj.via == "implied" and re.match(r"\s*Both\b", head) and sv.index > 0:
        prev = [r for r in view.segs[sv.index - 1].models() if r.via not in ("pronoun", "implied")]
        names = list(dict.fromkeys(r.canonical for r in prev))
        if len(names) == 2:
            first = next(r for r in prev if r.canonical == names[0])
            return [first, next(r for r in prev if r.canonical == names[1])]
    return [subj]


def _date_value(m: re.Match[str], ref_year: int | None) -> str | None:
    mon = MONTHS.get(m.group("mon").rstrip(".").lower()[:3] if m.group("mon") else "", 0)
    if not mon:
        return None
    year = int(m.group("year")) if m.group("year") else ref_year
    if year is None:
        return None
    if m.group("day"):
        day = int(m.group("day"))
        try:
            return date(year, mon, day).isoformat()
        except ValueError:
            return None
    return f"{year:04d}-{mon:02d}"


def _reference_date(view: DocView, sv: SegView) -> date | None:
    """The date a weekday in this segment counts back from: a full date in the segment, else (in the lede) the
    published date."""
    seg_text = view.text[sv.seg.start : sv.seg.end]
    ref_year = view.published_at.year if view.published_at else None
    for m in DATE_RE.finditer(seg_text):
        if m.group("day"):
            v = _date_value(m, ref_year)
            if v and len(v) == 10:
                return date.fromisoformat(v)
    if sv.seg.para <= 1 and view.published_at is not None:
        return view.published_at.date()  # a weekday in the lede counts back from the publication date
    return None


def release_dates(view: DocView, sv: SegView) -> list[AttributeFact]:
    text = view.text
    seg_text = text[sv.seg.start : sv.seg.end]
    vm = _RELEASE_VERB.search(seg_text)
    if not vm:
        return []
    ref_year = view.published_at.year if view.published_at else None
    years = [int(y) for y in re.findall(r"\b(20\d\d)\b", seg_text)]
    value: str | None = None
    dpos = -1
    for m in DATE_RE.finditer(seg_text, vm.end()):
        if m.start() > vm.end() + 80:
            break
        if not m.group("day") and not m.group("year"):
            continue
        if not re.search(
            r"(?:\b(?:on|in|of)\s+(?:early\s+|mid\s+|late\s+)?|^|:\s*|[Rr]eleased\s+)$",
            seg_text[max(0, m.start() - 10) : m.start()],
        ):
            continue
        value = _date_value(m, ref_year or (years[0] if years else None))
        dpos = m.start()
        break
    rel = WEEKDAY_RE.search(seg_text)
    if value is None and rel:
        ref = _reference_date(view, sv)
        if ref is not None:
            back = (ref.weekday() - WEEKDAYS.index(rel.group("wd").lower())) % 7
            value, dpos = (ref - timedelta(days=back)).isoformat(), rel.start()
    if value is None:
        return []
    vpos = sv.seg.start + vm.end()
    after = [r for r in sv.models() if r.start >= vpos and r.via != "pronoun"]
    subj: list[Ref]
    if after and after[0].start - vpos <= 40:
        subj = [after[0]]
    else:
        subj = subject_before(view, sv, sv.seg.start + max(dpos, vm.start()), True)
    if not subj:
        return []
    return [_fact(view, sv, subj[0], "release_date", value, 0.8, "prose")]


def _rank_qualifier(view: DocView, sv: SegView, end: int) -> Ref | None:
    follow = [b for b in sv.benchmarks() if b.start >= end and b.start - end <= 30]
    if follow:
        return follow[0]
    before = [b for b in sv.benchmarks() if b.end <= end]
    return before[-1] if before else sv.bench_inherited


_RANK_HINT = re.compile(r"\d(?:st|nd|rd|th)\b|no\.\s?\d|#\d|\b(?:" + _ORD_WORDS + r")\b", re.I)


def ranks(view: DocView, sv: SegView) -> list[AttributeFact]:
    text = view.text
    out: list[AttributeFact] = []
    if not _RANK_HINT.search(text, sv.seg.start, sv.seg.end):
        return out
    for m in RANK_RE.finditer(text, sv.seg.start, sv.seg.end):
        pre, post = m.group("pre") or "", m.group("post")
        strong = re.search(
            r"\b(?:tied|ties|rank|placing|places|finish|entered|enters|debut|dropped|drops|fell|falls|"
            r"rose|rises|climb|moved|moves|good for|enough for|sits at|landed|lands)",
            pre.lower(),
        )
        if post is None and not strong and not re.match(r"(?:No\.|#)", m.group("rank")):
            continue
        if pre.lower().strip() == "and" and not (post and post.strip()):
            continue
        if not pre and m.start() != sv.seg.start:
            continue
        if re.search(r"\bnot\s+$", text[max(0, m.start() - 5) : m.start()]) or re.match(
            r"\s+only\b", text[m.end() :]
        ):
            continue
        if pre.lower().strip() in ("in", "at") and not (post and "place" in post):
            continue
        rank = parse_rank(m.group("rank"))
        if rank is None or rank > 500:
            continue
        qual = _rank_qualifier(view, sv, m.end("rank"))
        if qual is None:
            continue
        seg_text = text[sv.seg.start : sv.seg.end].lower()
        board_like = qual.unit != "%" or re.search(
            r"leaderboard|\bboard\b|ranking|standings|\bof \d+|\bof the \w+ models", seg_text
        )
        if not board_like:
            continue
        qualifier = qual.canonical
        if post and ("open" in post.lower()):
            qualifier += " (open models)"
        elif "style control" in seg_text:
            qualifier += " (style control)"
        subj = subject_before(view, sv, m.start(), True)
        if not subj:
            continue
        targets = list(subj)
        wm = re.match(r"\s+with\s+", text[m.end() :])
        if wm and re.search(r"\btie[ds]? for", pre.lower()):
            other = next((r for r in sv.models() if r.start == m.end() + wm.end()), None)
            if other is not None:
                targets.append(other)
        if targets and targets[0].reach <= m.start():
            targets = coordinated(text, sv.models(), targets[0]) + targets[1:]
        for t in targets:
            out.append(_fact(view, sv, t, "leaderboard_rank", str(rank), 0.8, "prose", qualifier))
    return out


def prices(view: DocView, sv: SegView) -> list[AttributeFact]:
    text = view.text
    out: list[AttributeFact] = []
    for m in PRICE_RE.finditer(text, sv.seg.start, sv.seg.end):
        kind = (m.group("kind") or "").lower()
        attrs = (
            ["price_input_per_mtok"]
            if kind in ("input", "prompt")
            else (
                ["price_output_per_mtok"]
                if kind in ("output", "completion")
                else (["price_input_per_mtok", "price_output_per_mtok"] if m.group("after") else [])
            )
        )
        if not attrs:
            continue
        fm = re.match(r"[^.;$]{0,60}?\bfor\s+", text[m.end() : sv.seg.end])
        subj: list[Ref] = []
        if fm:
            subj = [r for r in sv.models() if r.start == m.end() + fm.end()]
        subj = subj or subject_before(view, sv, m.start(), True)
        if not subj:
            continue
        for a in attrs:
            out.append(_fact(view, sv, subj[0], a, decimal_text(float(m.group("num"))), 0.8, "prose"))
    return out


_TOKEN_HINT = re.compile(r"token")
_PRICE_HINT = re.compile(r"\$|US\$|USD")


def prose_attributes(view: DocView) -> list[AttributeFact]:
    out: list[AttributeFact] = []
    gates = [
        (view.segments_matching(_PARAM_CONTEXT), params),
        (view.segments_matching(_TOKEN_HINT), context_windows),
        (view.segments_matching(_RELEASE_VERB), release_dates),
        (view.segments_matching(_RANK_HINT), ranks),
        (view.segments_matching(_PRICE_HINT), prices),
    ]
    for sv in view.segs:
        if sv.seg.kind in ("heading", "row"):
            continue
        for allowed, rule in gates:
            if sv.index in allowed:
                out += rule(view, sv)
    return out
