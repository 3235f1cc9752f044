"""What a comparison measures and by how much: the dimension a comparative is about (speed, cost, compute,
size, else quality), multiples and fractions in words ("twice", "a fifth of"), the units of a margin, and a
share of another model's compute or cost ("27% of B's FLOPs"). `comparisons.read_head` uses these to turn a
comparative into a relation and a magnitude.
"""

from __future__ import annotations

import re

from extractors.facts.comparison_words import BEAT_VERBS, OUT_VERBS
from extractors.facts.numbers import WORD_NUMBERS
from extractors.facts.patterns import kind_alternation

# a name, or a figure, opens right after: the object is there ("27% of B", "leads GPT-5")
LEAD_OBJECT = re.compile(r"\s+(?:the\s+)?[A-Z0-9]")

FRACTION = {
    "a tenth": 10.0,
    "one tenth": 10.0,
    "one fifth": 5.0,
    "one quarter": 4.0,
    "one third": 3.0,
    "a fifth": 5.0,
    "a quarter": 4.0,
    "a third": 3.0,
    "half": 2.0,
    **{
        f"{a} {w}": n
        for w, n in (("sixth", 6.0), ("seventh", 7.0), ("eighth", 8.0), ("ninth", 9.0))
        for a in ("a", "one")
    },
    "an eighth": 8.0,
}
TIMES = {
    "twice": 2.0,
    "double": 2.0,
    "triple": 3.0,
    "quadruple": 4.0,
    "three times": 3.0,
    "four times": 4.0,
    "five times": 5.0,
    "ten times": 10.0,
}

# dimensions a comparative is about (the noun after it, or the nearest one before it in the clause)
_DIM_WORDS = {
    "speed": r"speed|latency|throughput|inference|responses?|faster|fast|quickly|rapidly",
    "cost": r"costs?|costing|price[sd]?|pricing|expensive|cheap|dollars?|fees?|bills?|spend",
    "compute": r"compute|computational|computation|flops|gpu[- ]?hours?|gpus?|tokens?|training",
    "size": r"parameters?|params|context(?:\s+windows?)?|memory|size",
}
DIM = {k: re.compile(r"\b(?:" + v + r")\b", re.I) for k, v in _DIM_WORDS.items()}

# a quantity comparative's relation by dimension: (more, less)
BY_DIM = {
    "cost": ("more_expensive_than", "cheaper_than"),
    "compute": ("more_compute_than", "less_compute_than"),
    "size": ("larger_than", "smaller_than"),
    "speed": ("faster_than", "slower_than"),
    None: ("outperforms", "behind"),
}


def number(raw: str) -> float:
    raw = raw.lower()
    return float(WORD_NUMBERS[raw]) if raw in WORD_NUMBERS else float(raw)


def unit_of(raw: str | None) -> str | None:
    if not raw:
        return None
    u = raw.lower()
    if u in ("×", "times", "fold"):
        return "x"
    if u in ("point", "pp") or u.startswith("percentage") or u.startswith("point"):
        return "points"
    return "%" if u == "percent" else u


MONEY_AFTER = re.compile(r"\s+(?:the\s+|a\s+)?(?:about\s+|roughly\s+|around\s+|~)?[$€£]\s?\d")
_PRICE = re.compile(r"[$€£]\s?\d[\d.,]*\s*(?:/\s*[$€£]?\d|per\b|/\s*(?:1?M|million|mtok|k)\b)", re.I)
_QUALITY = re.compile(
    r"\b(?:accuracy|scores?|performance|quality|pass\s+rates?|win\s+rates?|success\s+rates?|elo)\b", re.I
)
_COUNTED = re.compile(r"\d[\d.,]*\s?[KMBT]?\s+(?:(?:output|input|generated|reasoning)\s+)?$", re.I)
_TRAINED = re.compile(r"\btrain(?:ed|ing)?\b|\bpre-?train", re.I)
_PER_UNIT = re.compile(r"\bper\s+(?:[\w/-]+\s+){0,3}$", re.I)


def dimension(text: str, span: str, start: int, clause_start: int) -> str | None:
    """What a comparative measures: the words after it, else the nearest dimension noun before it."""
    for dim, rx in DIM.items():
        if rx.search(span):
            return dim
    if _QUALITY.search(span):
        return None  # "uses 70% fewer tokens while delivering 38% higher accuracy": accuracy, not tokens
    before = text[max(clause_start, start - 80) : start]
    best: tuple[int, str] | None = None
    for dim, rx in DIM.items():
        for m in rx.finditer(before):
            if dim == "compute" and _PER_UNIT.search(before, 0, m.start()):
                continue  # "$0.24 per million input tokens": the price's unit, not compute
            if dim == "compute" and _COUNTED.search(before, 0, m.start()) and not _TRAINED.search(before):
                continue  # "writes up to 384K tokens in one reply, 4x more than B": a length, not compute
            if dim == "speed" and m.group(0).lower().startswith("respons"):
                continue  # "… in a single response, 4x more than B": a reply is no speed said before
            if best is None or m.start() > best[0]:
                best = (m.start(), dim)
    for m in _PRICE.finditer(before):  # "$0.15/$0.40 for B, lower than C": a price is compared
        if best is None or m.start() > best[0]:
            best = (m.start(), "cost")
    if best is not None and any(q.start() > best[0] for q in _QUALITY.finditer(before)):
        return (
            None  # "in the high-speed tier, with a score of 55, 9 points higher than B": the score is nearer
        )
    return best[1] if best else None


# a change or a lead named as a noun ("a 20% improvement over B", "a clear upgrade over B", "a lead over B")
CHANGE_NOUN = re.compile(
    r"(?:(?:improvement|jump|gain|leap|boost|increase|upgrade|regression)s?|lead|edge|advantage|margin|gap)\b"
)


def change_relation(text: str, start: int, head: str) -> str:
    """The relation a noun of change over a rival states ("a 50% increase in active parameters over B", "a
    price jump over B"): the measure named between the noun and 'over', or right before the noun, picks it; a
    quality or no measure is a lead in quality, a regression a step behind; a rise in what is worse the more
    there is ('a 3x increase in latency over B', 'a jump in error rate') is slower or behind."""
    if head.lower().startswith("regression"):
        return "behind"  # "minor regressions in tool use compared to B"
    # "increase in active parameters over" -> "in active parameters", and the word before the noun
    words = re.sub(r"^\S+|\s+\S+$", "", head)
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    words += " " + (before.group(1) if before else "")
    if _RISE.match(head) and (worse := _WORSE_WHEN_MORE.search(words)):
        return "slower_than" if worse.group(0).lower().startswith("latenc") else "behind"
    if not _QUALITY.search(words):
        for dim, rx in DIM.items():
            if rx.search(words):
                return BY_DIM[dim][0]
    return "outperforms"


_WORD_BEFORE = re.compile(r"(?:^|\s)([\w-]+)\s+$")
# a rise, and what is the worse the more there is of it: latency, errors, hallucinations, failures
_RISE = re.compile(r"(?:increase|jump|boost|gain)s?\b", re.I)
_WORSE_WHEN_MORE = re.compile(
    r"\b(?:latenc(?:y|ies)|errors?|hallucinations?|failures?|mistakes?)(?:\s+rates?)?\b"
    r"(?![\s-]+(?:reductions?|drops?|cuts?|free)\b)",  # 'a gain in error reduction' is better
    re.I,
)
_SHARE_LESS = {"compute": "less_compute_than", "cost": "cheaper_than"}
_SHARE_SPAN = re.compile(r"(?:[^,;:.()\n]|(?<=\d)\.(?=\d)){0,50}")  # "27% of V3.2 FLOPs": a version's dot
_SHARE_REACH = re.compile(r"(?:[^,;:.()\n]|(?<=\d)\.(?=\d)){0,90}")
_SHARE_OWNER = re.compile(r"\s+of(?=\s+(?-i:[A-Z0-9]))", re.I)
_SHARE_MARKER = re.compile(r"\b(?:compared\s+(?:to|with)|relative\s+to|versus|vs\.?)\s+", re.I)


def share(text: str, m: re.Match[str], seg_start: int) -> tuple[str, int] | None:
    """'27% of B's FLOPs', 'cuts compute to 27% of B', '27% of the FLOPs … compared to B': a share of the
    other's compute, cost or size (the measure named after it, else before it); where the other is named."""
    if float(re.sub(r"[^\d.]", "", m.group("pct"))) >= 100:
        return None
    span = _SHARE_SPAN.match(text, m.end())
    after = span.group(0) if span else ""
    # "27% of the FLOPs and 10% of the KV-cache cost of B": the measure named first is this share's
    firsts = [(f.start(), d) for d, rx in DIM.items() if (f := rx.search(after))]
    dim = min(firsts)[1] if firsts else dimension(text, after, m.start(), m.start())
    if dim is None:  # the measure said before it: compute or cost, never a context or memory size
        dim = dimension(text, "", m.start(), seg_start)
        before = text[max(seg_start, m.start() - 80) : m.start()]
        if dim not in _SHARE_LESS:
            dim = next((d for d in ("compute", "cost") if DIM[d].search(before)), None)
    if dim not in _SHARE_LESS:
        return None
    marker = _SHARE_MARKER.search(text, m.end(), m.end() + 80)
    cut = re.search(r"[;.()\n]", text[m.end() : marker.start()]) if marker else None
    obj_from = marker.end() if marker and not cut else m.end()
    if obj_from == m.end() and not LEAD_OBJECT.match(text, m.end()):
        # "27% of the FLOPs and 10% of the KV-cache cost of B": the measures' owner after the last of them
        reach = _SHARE_REACH.match(text, m.end())
        owner = _SHARE_OWNER.search(text, m.end(), reach.end()) if reach else None
        obj_from = owner.end() if owner else obj_from
    return _SHARE_LESS[dim], obj_from


# "beats B on both price and benchmarks", "wins on context window (1M vs 256K), speed (…), and price per
# token": the areas listed after a lead, each an item of its own
_AREA_LIST = re.compile(
    r"\s*(?:\w+ly\s+)?(?:on|in|across)\s+(?:both\s+)?(?:the\s+)?"
    r"(?P<list>[a-z](?:[^.;:!?—–\n]|\.(?=\S))*?)(?=\.(?:\s|$)|[;:!?—–\n]|\s-\s|$)"
)
_AREA_SEP = re.compile(r"\s*(?:\([^()]*\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+|$)")
_ITEM_DIM = {
    "cost": re.compile(r"(?:price|prices|pricing|cost|costs)(?:\s+per\s+[\w-]+)?", re.I),
    "speed": re.compile(r"(?:speed|latency|throughput)(?:\s+per\s+[\w-]+)?", re.I),
    "size": re.compile(r"(?:context(?:\s+windows?|\s+length)?|size|memory|parameters)", re.I),
}


def listed_dimensions(text: str, at: int, end: int) -> list[str | None] | None:
    """The dimensions of the areas listed after a lead ('on price and benchmarks': cost and quality, None);
    None when no item is a price, a speed or a size (the areas are all of quality, or no list follows)."""
    m = _AREA_LIST.match(text, at, end)
    if m is None:
        return None
    items = [i.strip() for i in _AREA_SEP.split(m.group("list")) if i and i.strip()]
    dims: list[str | None] = []
    for item in items:
        dims.append(next((d for d, rx in _ITEM_DIM.items() if rx.fullmatch(item)), None))
    return list(dict.fromkeys(dims)) if any(d is not None for d in dims) else None


# "beats much larger models such as B", "ahead of A and even the far bigger B 405B": the rival named after a
# size comparative that describes it is the larger (or smaller) one, whatever else the clause says of it
_SIZED_RIVAL = re.compile(
    r"(?:\s+(?:open(?:-source|-weight)?\s+|language\s+|frontier\s+|reasoning\s+)?"
    r"(?:models?|rivals?|competitors?|counterparts?|systems?|LLMs?|peers?))?\s*,?\s+(?:like|such\s+as|including)"
    r"\s+(?:the\s+)?(?=[A-Z0-9])|\s+(?=(?-i:[A-Z])[\w.-]*\d)",
    re.I,
)
# a degree before the size comparative ("much larger"), or the verb comparing the subject with the rivals it
# sizes ("rivaling larger models such as B", "beats bigger models like B")
_SIZE_DEGREE_BEFORE = re.compile(
    r"\b(?:the|much|far|significantly|considerably|substantially|vastly|even|"
    rf"rival\w*|match\w*|{OUT_VERBS}|{BEAT_VERBS})\s+$",
    re.I,
)
_SENTENCE_BREAK = re.compile(r"[.!?]\s+|\n")
SIZED_RIVAL = {"larger": "smaller_than", "bigger": "smaller_than", "smaller": "larger_than"}


def sized_rival(text: str, cmp: str, start: int, end: int, seg_start: int) -> int | None:
    """Where the rival a bare size comparative describes is named ('much larger models like B'), or None;
    never a comparative that opens its sentence ('The larger models like B lead'): no other side is there."""
    degree = _SIZE_DEGREE_BEFORE.search(text, max(seg_start, start - 16), start)
    if cmp not in SIZED_RIVAL or degree is None:
        return None
    said_before = _SENTENCE_BREAK.split(text[max(seg_start, degree.start() - 300) : degree.start()])[-1]
    if not re.search(r"\w", said_before):
        return None
    m = _SIZED_RIVAL.match(text, end)
    return m.end() if m else None


# the adjectives of how good a model is, after "more" or "less" and before "than"
QUALITY_ADJ = re.compile(
    r"(?:[a-z]+ly\s+)?(?:capable|accurate|reliable|intelligent|powerful|competent|robust|knowledgeable)", re.I
)
QUALITY_NOUN = re.compile(
    r"(?:[a-z-]+\s+)?(?:accuracy|scores?|performance|quality|results|pass\s+rates?|win\s+rates?|success\s+rates?)",
    re.I,
)
_COORD = re.compile(r"\s+(?:and|or)\s+|\s*,\s*", re.I)
_SPEED_WORD = re.compile(r"latenc|throughput|speed|per\s+second|tok(?:en)?s?/s|delay|wait", re.I)
_OWN_COMPARATIVE = re.compile(r"(?:much\s+|far\s+)?(higher|lower|more|less|greater|faster|slower)\b", re.I)


# a speed measure written between a judging comparative and "than": "better throughput than B", "worse
# latency than B"; up to two words of the measure before it ("better inference throughput", "better output
# speed"), none of them a preposition (claim_words.jsonl 'speed_bar'): "better answers at speed" judges the
# answers. The speed words are _SPEED_WORD's, each run on to its word's end ('latenc' -> 'latency').
_JUDGED_SPEED = re.compile(
    rf"(?:(?!{kind_alternation('claim_words.jsonl', 'speed_bar')}\s)[a-z-]+\s+){{0,2}}"
    rf"(?:{_SPEED_WORD.pattern})[\w/]*",
    re.I,
)


def judged_speed(relation: str, dim_words: str) -> str:
    """A judging comparative's relation ('better', 'worse': `relation`) when what it judges is a speed: faster
    or slower than the other side, not ahead or behind it; else `relation` unchanged. 'Better' is already
    the good way round, so 'better latency' is faster too."""
    if relation not in ("outperforms", "behind") or not _JUDGED_SPEED.fullmatch(dim_words.strip()):
        return relation
    return "faster_than" if relation == "outperforms" else "slower_than"


def speed_relation(dim_words: str, more: bool) -> str:
    """faster_than or slower_than for a comparative whose measures include a speed: the first measure
    about speed, with its own comparative if it has one ("higher accuracy and higher latency" is slower,
    "lower price and lower latency" faster), else the head's (`more`); latency and delay count down."""
    parts = _COORD.split(dim_words.strip())
    part = next((p for p in parts if _SPEED_WORD.search(p)), parts[0])
    own = _OWN_COMPARATIVE.match(part)
    if own:
        more = own.group(1).lower() in ("higher", "more", "greater", "faster")
        if own.group(1).lower() in ("faster", "slower"):
            return "faster_than" if more else "slower_than"
    down = re.search(r"latenc|delay|wait", part, re.I) is not None
    return "faster_than" if more != down else "slower_than"
