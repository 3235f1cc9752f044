"""Comparative claims: who is faster, cheaper in compute, ahead of or behind whom, and by how much.

Each rule is a trigger shape with an optional magnitude ("18% faster than", "10x less compute than",
"16 points behind", "a 16-point gap over", "beats ... by five points", "within four points of"); the subject
is the model the sentence is about, the object the first model after the trigger.
"""

from __future__ import annotations

import re

from extractors.facts.document import OBJECT_BEFORE, DocView, Ref, SegView
from extractors.facts.numbers import WORD_NUMBERS
from extractors.facts.subjects import Subjects
from schema.records import ClaimFact

_N = (
    r"(?<![\w.])(?P<mag>\d+(?:\.\d+)?|(?=[a-z])(?:"
    + "|".join(w for w in WORD_NUMBERS if w not in ("a", "half"))
    + r"))"
)
_FRACTION = {
    "a tenth": 10.0,
    "one tenth": 10.0,
    "a fifth": 5.0,
    "a quarter": 4.0,
    "a third": 3.0,
    "half": 2.0,
    "twice": 2.0,
    "three times": 3.0,
    "four times": 4.0,
    "five times": 5.0,
    "ten times": 10.0,
}

RULES: list[tuple[str, re.Pattern[str], str | None]] = [
    (
        "faster_than",
        re.compile(r"(?P<frac>twice|three times|four times|five times|ten times)\s+as\s+fast\s+as\b", re.I),
        "x",
    ),
    (
        "faster_than",
        re.compile(
            _N + r"\s?(?P<unit>%|x|×|times)\s+(?:faster\s+than|as\s+fast\s+as|the\s+speed\s+of)\b", re.I
        ),
        None,
    ),
    ("slower_than", re.compile(_N + r"\s?(?P<unit>%|x|×|times)\s+slower\s+than\b", re.I), None),
    (
        "less_compute_than",
        re.compile(
            r"(?:over\s+|more\s+than\s+|about\s+|roughly\s+)?"
            + _N
            + r"\s?(?P<unit>x|×|times|%)\s+(?:less|fewer)\s+"
            r"(?:[a-z-]+\s+)?(?:compute|FLOPs|GPU[- ]hours)\b(?:\s+than)?",
            re.I,
        ),
        None,
    ),
    (
        "less_compute_than",
        re.compile(
            r"(?P<frac>a tenth|one tenth|a fifth|a quarter|a third|half)\s+(?:of\s+)?the\s+"
            r"(?:[a-z-]+\s+)?compute\b",
            re.I,
        ),
        "x",
    ),
    ("cheaper_than", re.compile(_N + r"\s?(?P<unit>%|x|×|times)\s+cheaper\s+than\b", re.I), None),
    (
        "behind",
        re.compile(r"(?:gives?\s+up\s+|trails?\s+by\s+)" + _N + r"\s+(?P<unit>points?)\s+to\b", re.I),
        None,
    ),
    (
        "behind",
        re.compile(
            r"(?:more\s+than\s+|nearly\s+|almost\s+|about\s+)?"
            + _N
            + r"\s?(?P<unit>points?|%|percentage points)\s+"
            r"behind\b",
            re.I,
        ),
        None,
    ),
    ("behind", re.compile(r"\bwithin\s+" + _N + r"\s+(?P<unit>points?)\s+of\b", re.I), None),
    ("ahead_of", re.compile(_N + r"\s?(?P<unit>points?|%)\s+(?:ahead\s+of|above|clear\s+of)\b", re.I), None),
    ("ahead_of", re.compile(_N + r"-(?P<unit>point)\s+(?:gap|lead|margin)\s+(?:over|on)\b", re.I), None),
    (
        "improvement_over",
        re.compile(
            _N + r"(?:\s?(?P<unit>%)|-(?P<unit2>point))\s+(?:improvement|gain|jump)\s+"
            r"(?:over|on|from)\b",
            re.I,
        ),
        None,
    ),
    (
        "outperforms",
        re.compile(
            r"\b(?:[Bb]eats?|[Bb]eating|[Oo]utperforms?|[Oo]utperforming|[Oo]utscores?|[Ff]lattens?|"
            r"(?<![Tt]he )tops(?!\s+(?:the\s+)?(?:\w+\s+)?"
            r"(?:leaderboard|rankings|standings|charts?|board|list))|"
            r"[Ee]dges?\s+(?:out|past)|[Ee]dging\s+(?:out|past))\b"
            r"(?P<rest>[^.;]{0,60}?\bby\s+" + _N + r"\s+(?P<unit>points?|%))?",
        ),
        None,
    ),
    ("ahead_of", re.compile(r"\b(?:ahead\s+of|leads?|leading)\b", re.I), None),
    ("behind", re.compile(r"\b(?:behind|trails?|trailing|short\s+of|under)\b", re.I), None),
]


def _magnitude(m: re.Match[str]) -> float | None:
    d = m.groupdict()
    if d.get("frac"):
        return _FRACTION[d["frac"].lower()]
    raw = d.get("mag")
    if not raw:
        return None
    return float(WORD_NUMBERS.get(raw.lower(), 0) or raw) if not raw[0].isdigit() else float(raw)


def _unit(m: re.Match[str], default: str | None) -> str | None:
    d = m.groupdict()
    u = (d.get("unit") or d.get("unit2") or default or "").lower()
    if not u:
        return None
    return {"×": "x", "times": "x", "point": "points", "percentage points": "points"}.get(u, u)


_RULE_WORDS: list[tuple[str, ...]] = [
    ("fast",),
    ("faster", "fast as", "speed of"),
    ("slower",),
    ("compute",),
    ("compute",),
    ("cheaper",),
    ("give", "trail"),
    ("behind",),
    ("within",),
    ("ahead", "above", "clear"),
    ("gap", "lead", "margin"),
    ("improvement", "gain", "jump"),
    ("beat", "outperform", "outscor", "flatten", "top", "edge"),
    ("ahead", "lead"),
    ("behind", "trail", "short", "under"),
]
_KEYWORDS = re.compile(
    r"fast|slower|compute|cheaper|point|behind|ahead|lead|trail|beat|outperform|outscor|"
    r"top|flatten|edge|under|short|improvement|gain|jump|above|clear|within|gives? up",
    re.I,
)


_BY_N = re.compile(
    r"[^.;]{0,40}?\bby\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|just\s+)?"
    + _N
    + r"\s?(?P<unit>percentage\s+points|points?|pts|pp|%|x|×)(?![\w])",
    re.I,
)
_VERB_BEFORE = re.compile(
    r"\b(?:outperform(?:s|ed|ing)?|outscor(?:es|ed|ing)|beat(?:s|ing)?|tops|topped|edg(?:es|ed|ing)\s+(?:out|past)|"
    r"trail(?:s|ed|ing)?|lead(?:s|ing)?|led|surpass(?:es|ed)?|overtak(?:es|ing)|overtook)\s+(?:the\s+|both\s+)?$"
)
_BENCH_AFTER = re.compile(r"\s*(?:,\s*)?(?:on|in|at|across)\s+(?:the\s+)?$")


def _clause_end(text: str, start: int, end: int) -> int:
    m = re.search(r"[;]|,\s+(?:but|while|whereas|although|though)\b|\.\s", text[start:end])
    return start + m.start() if m else end


def segment_claims(view: DocView, sv: SegView, subs: Subjects | None = None) -> list[ClaimFact]:
    subs = subs or Subjects(view)
    text = view.text
    out: list[ClaimFact] = []
    taken: list[tuple[int, int]] = []
    low = text[sv.seg.start : sv.seg.end].lower()
    models = subs.models(sv)
    for (relation, rx, default_unit), words in zip(RULES, _RULE_WORDS, strict=True):
        if not any(w in low for w in words):
            continue
        for m in rx.finditer(text, sv.seg.start, sv.seg.end):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            clause_end = _clause_end(text, m.end(), sv.seg.end)
            trig_end = m.start("rest") if m.groupdict().get("rest") else m.end()
            objs = [
                r
                for r in models
                if r.start >= trig_end
                and r.start - trig_end <= 60
                and r.via != "pronoun"
                and r.start < clause_end
            ]
            mag = _magnitude(m)
            unit = _unit(m, default_unit) if mag is not None else None
            end = m.end()
            if mag is None:
                # "beats Y by 4.6 points", "trails Y by 2 points"
                by = _BY_N.match(text, objs[0].end if objs else m.end(), clause_end)
                if by is not None:
                    mag, unit, end = _magnitude(by), _unit(by, None), by.end()
            if mag is None and not objs:
                continue
            subj = subs.before(sv, m.start(), True)
            subjects = [
                r
                for r in models
                if r.reach <= m.start()
                and not OBJECT_BEFORE.search(text[max(sv.seg.start, r.start - 14) : r.start])
                and not _VERB_BEFORE.search(text[max(sv.seg.start, r.start - 24) : r.start])
                and not (r.via == "pronoun" and r.surface.lower() in ("its", "their"))
            ]
            if subjects:
                subj = [subjects[-1]]
            if not subj:
                continue
            obj: Ref | None = objs[0] if objs else None
            before = list(
                dict.fromkeys(
                    r.canonical
                    for r in models
                    if r.reach <= m.start() and r.surface.lower() not in ("it", "its")
                )
            )
            if obj is None and len(before) >= 2 and relation == "less_compute_than":
                # "A reaches B's level with a tenth of the compute": A is the subject, B the object
                first = next(r for r in models if r.canonical == before[0])
                obj, subj = subj[0], [first]
            if obj is not None and obj.canonical == subj[0].canonical:
                continue
            after_from = max(end, obj.end if obj else end)
            benches = [b for b in sv.benchmarks() if b.end <= m.start()]
            later = [
                b
                for b in sv.benchmarks()
                if after_from <= b.start < clause_end and _BENCH_AFTER.search(text[after_from : b.start])
            ]
            bench = (
                later[0].canonical
                if later
                else benches[-1].canonical
                if benches
                else (
                    sv.bench_inherited.canonical
                    if sv.bench_inherited and mag is not None and unit == "points"
                    else None
                )
            )
            taken.append((m.start(), end))
            out.append(
                ClaimFact(
                    subject=subj[0].canonical,
                    relation=relation,
                    object=obj.canonical if obj else None,
                    evidence=view.evidence(sv.seg.start, sv.seg.end),
                    confidence=0.7 if obj else 0.55,
                    magnitude=mag,
                    unit=unit,
                    benchmark=bench,
                    method="claim",
                )
            )
    return out


def prose_claims(view: DocView) -> list[ClaimFact]:
    out: list[ClaimFact] = []
    allowed = view.segments_matching(_KEYWORDS)
    subs = Subjects(view)
    for sv in view.segs:
        if sv.seg.kind in ("heading", "row") or sv.index not in allowed:
            continue
        out += segment_claims(view, sv, subs)
    return out
