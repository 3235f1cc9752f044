"""Comparative claims: who is ahead of, behind, on a par with, faster, cheaper, smaller or lighter in compute
than whom, by how much, on what, and how sure the text is.

A claim is read from the comparison's structure inside its clause, not from a list of phrases:

- the head: a verb of comparison ("outperforms", "trails", "matches", "rivals"), a preposition ("ahead of",
  "behind", "on par with", "comparable to") or a comparative with its dimension ("3x faster than", "10x less
  compute than", "a fifth of the cost of", "higher training costs than"); the dimension picks the relation
  (speed, price, compute, size, quality) in the gold's vocabulary: outperforms / behind / on_par_with /
  faster_than / slower_than / cheaper_than / more_expensive_than / less_compute_than / more_compute_than /
  smaller_than / larger_than;
- the direction from the syntax: the clause's subject is the left side, the comparison's object (after the
  verb, "than", "of", "with") the right side; a clause without a subject of its own (", surpassing …",
  "while running 3x faster") takes the sentence's, and a comparative without an object ("… while B is a step
  behind", "(~11x less compute)") compares with the sentence's other side;
- both sides are resolved models (the document's mentions, pronouns, implied subjects; `Subjects`) whose names
  pass the name validator; a claim missing a side is not written;
- polarity: `negated` under a negation ("could not reproduce … beating"), `hedged` under a hedge
  ("supposedly", "may", "matches or beats") or for a near-parity head ("comparable to", "nearly matches"),
  else `asserts`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from extractors.facts.discovery import plausible_name
from extractors.facts.document import OBJECT_BEFORE, DocView, Ref, SegView
from extractors.facts.numbers import WORD_NUMBERS
from extractors.facts.subjects import Subjects
from schema.records import ClaimFact

_WORDS = "|".join(w for w in WORD_NUMBERS if w not in ("a", "half", "one"))
_NUM = r"(?:\d+(?:\.\d+)?|" + _WORDS + r")"
_APPROX = r"(?:(?:about|roughly|around|nearly|almost|over|more\s+than|up\s+to|approximately|some|just|~)\s*)?"
# "18% ", "10x ", "3.5 times ", "16 points ", "a 16-point "
_MAG = (
    r"(?:" + _APPROX + r"(?P<mag>" + _NUM + r")(?:\s?(?P<unit>%|x|×|times|percentage\s+points|points?|pp)"
    r"|-(?P<unit2>point|percent|fold|x))\s+)"
)
_FRACTION = {"a tenth": 10.0, "one tenth": 10.0, "a fifth": 5.0, "a quarter": 4.0, "a third": 3.0, "half": 2.0}
_TIMES = {"twice": 2.0, "double": 2.0, "three times": 3.0, "four times": 4.0, "five times": 5.0, "ten times": 10.0}

# dimensions a comparative is about (the noun after it, or the nearest one before it in the clause)
_DIM_WORDS = {
    "speed": r"speed|latency|throughput|inference|responses?|faster|fast",
    "cost": r"costs?|price[sd]?|pricing|expensive|cheap|dollars?|fees?|bills?|spend",
    "compute": r"compute|flops|gpu[- ]?hours?|gpus?|tokens?|training",
    "size": r"parameters?|params|context(?:\s+windows?)?|memory|size",
}
_DIM = {k: re.compile(r"\b(?:" + v + r")\b", re.I) for k, v in _DIM_WORDS.items()}
_COMPARATIVE = {
    "faster": "faster_than",
    "quicker": "faster_than",
    "slower": "slower_than",
    "cheaper": "cheaper_than",
    "pricier": "more_expensive_than",
    "costlier": "more_expensive_than",
    "smaller": "smaller_than",
    "larger": "larger_than",
    "bigger": "larger_than",
    "better": "outperforms",
    "stronger": "outperforms",
    "worse": "behind",
    "weaker": "behind",
}
# a quantity comparative's relation by dimension: (more, less)
_BY_DIM = {
    "cost": ("more_expensive_than", "cheaper_than"),
    "compute": ("more_compute_than", "less_compute_than"),
    "size": ("larger_than", "smaller_than"),
    "speed": ("faster_than", "slower_than"),
    None: ("outperforms", "behind"),
}

# the heads of comparison; `than` marks the object slot of a comparative, the rest take their object after
_HEAD = re.compile(
    r"(?<![\w-])(?:"  # at a word's start only: the scan skips every other position at once
    # comparative + (dimension) + than / compared with
    r"(?P<cmp>faster|quicker|slower|cheaper|pricier|costlier|smaller|larger|bigger|better|stronger|worse|weaker|"
    r"more\s+expensive|less\s+expensive|higher|lower|more|less|fewer)"
    r"(?:(?P<dim>(?:\s+(?!than\b)[a-z][\w-]*){0,3})(?P<than>\s+(?:than|compared\s+(?:to|with)|relative\s+to)\b)|)"
    # twice as fast as, three times as expensive as
    r"|(?P<times>twice|double|three\s+times|four\s+times|five\s+times|ten\s+times|" + _NUM + r"\s?(?:x|×|times))"
    r"\s+as\s+(?P<adj>fast|quick|cheap|expensive|costly|large|big|small)\s+as\b"
    # N times / a fifth of the speed / cost / compute of
    r"|(?P<frac>a\s+tenth|one\s+tenth|a\s+fifth|a\s+quarter|a\s+third|half|twice|double|three\s+times|"
    r"four\s+times|five\s+times|ten\s+times|" + _NUM + r"\s?(?:x|×|times))\s+(?:of\s+)?the\s+"
    r"(?P<fdim>(?:[a-z-]+\s+)?(?:speed|cost|price|compute|gpu[- ]hours|training\s+compute|tokens))\b"
    r"(?:\s+of\b)?"
    # verbs and prepositions of comparison
    r"|(?P<out>outperform\w*|outscor\w*|outpac\w*|outclass\w*|outshin\w*|surpass\w*|exceed\w*|overt(?:ake|akes|"
    r"aking|ook)|beat|beats|beating|beaten|crush(?:es|ed|ing)?|trounc\w*|edg(?:e|es|ed|ing)\s+(?:out|past)|"
    r"(?:edg(?:e|es|ed|ing)|pull(?:s|ed|ing)?|stays?|stayed|comes?\s+out|finish(?:es|ed)?|is|are|was|sits?|"
    r"ranks?|ranked|lands?|placed?|placing|meaningfully|well|comfortably|clearly|firmly)\s+ahead\s+of|"
    r"(?P<lead>leads|leading|led)|ahead\s+of|(?:ranks?|ranked|sits?|lands?|scor(?:es|ed|ing))\s+(?:just\s+)?above|above|"
    r"(?:more\s+than\s+)?doubl(?:e|es|ed|ing)\s+(?:the\s+)?(?:score|result|performance)s?\s+of|"
    r"(?P<ahead>(?:edg(?:e|es|ed|ing)|pull(?:s|ed|ing)?|stays?|stayed|comes?\s+out|is|are|was|remains?)"
    r"\s+(?:slightly\s+|well\s+|far\s+|clearly\s+)?ahead)(?!\s+of)|"
    r"(?:improvement|jump|gain|lead|edge|advantage|margin|gap)\s+(?:\w+\s+){0,3}?(?:over|on|compared\s+to))"
    r"|(?P<behind>trail(?:s|ed|ing)?|lag(?:s|ged|ging)?(?:\s+behind)?|underperform\w*(?:\s+compared\s+(?:to|with))?|"
    r"behind|(?:ranks?|ranked|sits?|lands?|is|are)\s+(?:just\s+)?below|falls?\s+short\s+of|second\s+to|"
    r"(?:gap|deficit)\s+(?:to|behind))"
    r"|(?P<par>match(?:es|ed|ing)?|ties?\s+with|tied\s+with|equals?)"
    r"|(?P<near>rival(?:s|ed|ing)?|approach(?:es|ed|ing)?|on\s+par\s+with|comparable\s+to|close\s+to|"
    r"competitive\s+with|near(?:-|\s)parity\s+with|near\s+that\s+of|similar\s+to|within\s+" + _NUM + r"(?:[-–]\d+)?"
    r"\s+(?:percentage\s+)?points?\s+of)"
    r"|(?P<pair>neck[- ]and[- ]neck|tie\s+at|tied\s+(?:at|for)|are\s+tied|roughly\s+even)"
    r")(?![\w-])",
    re.I,
)
# a cheap gate over the whole text (lower-cased): segments without any of these are skipped
_GATE = re.compile(
    r"than|compared|relative to|outp|outs|outc|surpass|exceed|overt|beat|crush|edg|ahead|above|improvement|jump|"
    r"gain|lead|advantage|margin|gap|trail|lag|underperform|behind|below|short of|second to|match|tie|equal|"
    r"rival|approach|par with|comparable|close to|competitive|parity|near that|similar|within|neck|even|"
    r"speed of|cost of|compute|price of|fast|quick|slower|cheap|expensive|costly|pric|less|fewer|more |doubl|"
    r"better|worse|stronger|weaker|smaller|larger|bigger|higher|lower",
    re.I,
)
_BAD_TOP = re.compile(r"\s+(?:the\s+)?(?:\w+\s+)?(?:leaderboard|rankings?|standings|charts?|board|list)\b", re.I)

_NEGATION = re.compile(
    r"\b(?:not(?!\s+only\b|\s+just\b)|never|no\s+longer|fails?\s+to|failed\s+to|cannot|can't|won't|didn't|"
    r"doesn't|don't|isn't|aren't|wasn't|weren't|nor|neither|no\s+model)\b|n['’]t\b",
    re.I,
)
_NEG_REPLY = re.compile(r"\s*[—–-]+\s*(?:it|they)\s+(?:doesn't|does\s+not|didn't|did\s+not|don't|do\s+not)\b", re.I)
_HEDGE = re.compile(
    r"\b(?:supposedly|reportedly|allegedly|apparently|purportedly|may|might|could|likely|seems?|seemingly|"
    r"appears?\s+to|suggests?|rumou?red|whether|if\s+accurate|expected\s+to|would|matches\s+or)\b",
    re.I,
)
# "nearly matches", "almost ties": the adverb right before the head makes it a near-parity
_NEAR_BEFORE = re.compile(r"\b(?:nearly|almost|roughly|practically|virtually|all\s+but)\s+$", re.I)
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s+(?=[A-Z\"(\[])")
_CLAUSE_BREAK = re.compile(
    r";|:\s|\s[—–]\s|—|\s-\s|,\s+(?:but|while|whereas|although|though|yet)\b|\s(?:while|whereas)\s|\.\s"
)
# between the head and its object: "the previous", "competitors like", "larger models such as", "that of"
_BARE_VERSION = re.compile(r"\s+(?:the\s+)?(\d+(?:\.\d+)+)(?![\w.%])")
_OBJ_GAP = re.compile(r"[^;:.!?()\]\n]{0,90}")
# commas an object may sit behind: "its nearest competitor, Y", "larger models, such as Y"
_OBJ_COMMA = re.compile(
    r"(?:,\s*(?:such\s+as|including|like|namely|e\.g\.,?)\s+(?:the\s+)?|(?:its|their)\s+(?:[\w-]+\s+){0,2}"
    r"(?:predecessors?|competitors?|rivals?|siblings?|successors?|challengers?|counterparts?),\s*)(?:\[)?$"
)
_COORD = re.compile(
    r"(?:\s*\([^)]{0,40}\))?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*,?\s+and\s+even\s+)"
    r"(?:(?:the\s+)?[A-Z][\w.-]*['’\"]s\s+|their\s+own\s+|its\s+own\s+|the\s+)?"
)
_PRON_OBJ = re.compile(r"\b(?:each\s+other|one\s+another)\b", re.I)
_BENCH_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:,\s*)?(?:on|in|at|across|for)\s+(?:the\s+)?$")
_AREA = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:on|in|across)\s+(?:the\s+)?(?P<area>(?:(?:most|many|several|multiple|certain|"
    r"all|nearly\s+all|a\s+range\s+of|key|core|major)\s+)?[a-z][a-z-]+(?:\s+(?!(?:and|or|while|but|with|at|for|to|"
    r"as|which|that|than|by|in|on|when|where|since|because|though|although)\b)[a-z][a-z-]+|,?\s+(?:and|or)\s+"
    r"[a-z][a-z-]+|,\s+(?!(?:and|or|but|while|which|who|with)\b)[a-z][a-z-]+){0,5})"
)


@dataclass(slots=True)
class _Head:
    relation: str
    start: int
    end: int
    obj_from: int  # where the object is looked for; -1: the comparative names none (elliptical)
    polarity: str
    magnitude: float | None
    unit: str | None
    pair: bool = False  # "A and B are neck-and-neck": both sides are the clause's subjects
    weak: bool = False  # a comparative with neither object nor figure: read only after another comparison


def _number(raw: str) -> float:
    raw = raw.lower()
    return float(WORD_NUMBERS[raw]) if raw in WORD_NUMBERS else float(raw)


def _unit(raw: str | None) -> str | None:
    if not raw:
        return None
    u = raw.lower()
    if u in ("×", "times", "fold"):
        return "x"
    if u in ("point", "pp") or u.startswith("percentage") or u.startswith("point"):
        return "points"
    return "%" if u == "percent" else u


def _dimension(text: str, span: str, start: int, clause_start: int) -> str | None:
    """What a comparative measures: the words after it, else the nearest dimension noun before it."""
    for dim, rx in _DIM.items():
        if rx.search(span):
            return dim
    before = text[max(clause_start, start - 80) : start]
    best: tuple[int, str] | None = None
    for dim, rx in _DIM.items():
        for m in rx.finditer(before):
            if best is None or m.start() > best[0]:
                best = (m.start(), dim)
    return best[1] if best else None


_APPROX_THAN = re.compile(r"\s+(?:\d|doubl|tripl|twice|half|a\s+(?:third|quarter|fifth|tenth))", re.I)
_MAG_BEFORE = re.compile(_MAG + r"$", re.I)
_NOUN_BEFORE = re.compile(r"\b(?:its|their|his|her|the|a|an|main|closest|nearest|biggest|chief)\s+$", re.I)
_LEAD_OBJECT = re.compile(r"\s+(?:the\s+)?[A-Z0-9]")
_NEXT_WORD = re.compile(
    r"\s+(?!(?:at|on|in|for|and|or|while|than|across|with|by|but|to|as|per|of|thanks|overall|still|too)\b)"
    r"([a-z][\w-]*)",
    re.I,
)


def _head(text: str, m: re.Match[str], seg_start: int) -> _Head | None:
    g = m.groupdict()
    start = m.start()
    before = _MAG_BEFORE.search(text, max(seg_start, start - 40), start)
    if before is not None:  # "18% faster", "about 11x less", "3 points ahead of"
        g.update(before.groupdict())
        start = before.start()
    mag = _number(g["mag"]) if g.get("mag") else None
    unit = _unit(g.get("unit") or g.get("unit2")) if mag is not None else None
    near = False
    pair = False
    weak = False
    obj_from = m.end()
    if g["cmp"]:
        cmp = re.sub(r"\s+", " ", g["cmp"].lower())
        if g["than"] and cmp in ("more", "less", "fewer") and _APPROX_THAN.match(text, m.end()):
            return None  # "more than 3,000 votes", "more than doubling": a figure, not a comparison
        nxt = _NEXT_WORD.match(text, m.end())
        dim_words = g["dim"] or ""
        if not g["than"] and nxt and not any(rx.fullmatch(nxt.group(1)) for rx in _DIM.values()):
            return None  # "larger models such as X": the comparative describes a noun, it compares nothing
        if not g["than"]:
            weak = mag is None and cmp not in ("better",)  # "at a higher cost": only after a comparison
            obj_from = -1
            dim_words = nxt.group(1) if nxt else ""
        if cmp in _COMPARATIVE:
            relation = _COMPARATIVE[cmp]
        elif cmp == "more expensive":
            relation = "more_expensive_than"
        elif cmp == "less expensive":
            relation = "cheaper_than"
        else:
            dim = _dimension(text, dim_words, m.start(), seg_start)
            if cmp in ("more", "less", "fewer") and dim is None:
                return None  # "more than", "less than X": not a comparison of two models
            more = cmp in ("higher", "more")
            relation = _BY_DIM[dim][0 if more else 1]
            if dim == "speed":
                relation = "faster_than" if (cmp == "higher") == ("latency" not in dim_words) else "slower_than"
    elif g["times"]:
        frac = re.sub(r"\s+", " ", g["times"].lower())
        mag = _TIMES.get(frac) or _number(re.sub(r"\s?(?:x|×|times)$", "", frac))
        unit = "x"
        relation = {
            "fast": "faster_than",
            "quick": "faster_than",
            "cheap": "cheaper_than",
            "expensive": "more_expensive_than",
            "costly": "more_expensive_than",
            "small": "smaller_than",
        }.get(g["adj"].lower(), "larger_than")
    elif g["frac"]:
        frac = re.sub(r"\s+", " ", g["frac"].lower())
        dim = _dimension(text, g["fdim"], m.start(), seg_start) or "cost"
        if frac in _FRACTION:
            relation, mag = {"speed": "slower_than", "cost": "cheaper_than", "compute": "less_compute_than"}.get(
                dim, "smaller_than"
            ), _FRACTION[frac]
        else:
            mult = _TIMES.get(frac) or _number(re.sub(r"\s?(?:x|×|times)$", "", frac))
            relation, mag = _BY_DIM.get(dim, _BY_DIM[None])[0], mult
        unit = "x"
    elif g["out"]:
        relation = "outperforms"
        word = g["out"].lower()
        if g["lead"]:
            if not _LEAD_OBJECT.match(text, m.end()):
                return None  # "leads at 78%", "leads the board": no model is led
        elif re.match(r"(?:improvement|jump|gain|lead|edge|advantage|margin|gap)\b", word):
            if re.match(r"(?:edge|margin|gap|lead|advantage)\b", word) and not re.search(r"over$", word):
                return None  # "the gap on X", "lead on X": the object is not what follows
            if mag is None and re.match(r"(?:gap|margin)\b", word):
                return None
        elif word == "above" and mag is None:
            return None  # "above" alone: a position in a list, not a comparison
        elif "doubl" in word:
            mag, unit = 2.0, "x"
        elif g["ahead"]:
            obj_from = -1  # "… still edges ahead at 80%": ahead of the sentence's other side
    elif g["behind"]:
        relation = "behind"
        if g["behind"].lower() in ("behind",) and not re.search(
            r"(?:step|way|far|well|just|only|slightly|narrowly|closely|points?|%|pp|is|are|sits?|ranks?|falls?|"
            r"fell|lands?|remains?|still|comes?|finish(?:es|ed)?|trails?|places?|spots?|notch(?:es)?|rungs?|"
            r"positions?|distance)\s*$",
            text[max(0, m.start() - 14) : m.start()],
        ):
            if mag is None:
                return None  # "the team behind X", "behind the scenes"
    elif g["par"]:
        if re.match(r"\s+or\s+(?:beat|exceed|surpass|outperform|top)", text[m.end() : m.end() + 30], re.I):
            return None  # "matches or beats X" is read once, as a hedged outperforms
        relation = "on_par_with"
    elif g["near"]:
        if _NOUN_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            return None  # "its rival X", "the closest rival": a noun, not a comparison
        relation, near = "on_par_with", True
    else:
        relation, pair, near = "on_par_with", True, not g["pair"].lower().startswith(("tie", "tied", "are tied"))
        obj_from = -1
    return _Head(relation, start, m.end(), obj_from, "hedged" if near else "asserts", mag, unit, pair, weak)


def _polarity(text: str, head: _Head, clause_start: int, seg_end: int) -> str:
    before = text[clause_start : head.start]
    if _NEGATION.search(before) or _NEG_REPLY.match(text, head.end, min(seg_end, head.end + 80)):
        return "negated"
    if head.polarity == "hedged" or _HEDGE.search(before) or _NEAR_BEFORE.search(before):
        return "hedged"
    # "matches or beats X": the weaker reading is what is stated
    if re.match(r"\s+or\s+(?:beats?|exceeds?|surpass\w*)\b", text[head.end : head.end + 20], re.I):
        return "hedged"
    return "asserts"


def _clause(text: str, start: int, pos: int, end: int) -> tuple[int, int]:
    """The clause around `pos` inside [start, end)."""
    cs = start
    for b in _CLAUSE_BREAK.finditer(text, start, pos):
        cs = b.end()
    nxt = _CLAUSE_BREAK.search(text, pos, end)
    return cs, (nxt.start() if nxt else end)


# a name the mention stops short of: "o3" in "o3-mini", "Grok 4.2" in "Grok 4.20" (the side is the whole name)
_GLUED_TAIL = re.compile(
    r"(?:-(?!(?:based|class|level|style|like|powered|sized|era|grade|only|series|family|generation|scale|"
    r"tier|type|and|or|to)\b)[A-Za-z][a-z]{2,}|\d+)(?:-[A-Za-z0-9]\w*)*(?![\w.-]*\d{4})"
)


def _side(text: str, r: Ref, renames: dict[str, str] | None = None) -> str:
    """The name a claim's side carries: the resolved name, or the whole surface when the mention was cut short
    or mapped a named variant to its base ('Phi-4-reasoning' is not 'Phi-4'); a pronoun or implied side takes
    the whole name the document always writes for its model."""
    if r.via in _INDIRECT or not r.surface:
        return (renames or {}).get(r.canonical, r.canonical)
    if r.via == "snapshot" and re.search(r"-[a-z]{3,}", r.surface) and not re.search(r"\d{4}", r.surface):
        return r.surface
    m = _GLUED_TAIL.match(text, r.end)
    return text[r.start : m.end()] if m else r.canonical


_INDIRECT = ("pronoun", "implied", "labmodel", "short", "tier", "sized", "version")


def _renames(view: DocView, subs: Subjects) -> dict[str, str]:
    """Resolved name -> the one longer name the document writes for it whenever it names it ('Phi-4' ->
    'Phi-4-reasoning' in an article that writes it more often than plain 'Phi-4')."""
    longer: dict[str, Counter[str]] = {}
    bare: Counter[str] = Counter()
    for sv in view.segs:
        for r in subs.models(sv):
            if r.via in ("pronoun", "implied", "labmodel", "short", "tier") or not r.surface:
                continue
            name = _side(view.text, r)
            if name == r.canonical:
                bare[name] += 1
            else:
                longer.setdefault(r.canonical, Counter())[name] += 1
    out: dict[str, str] = {}
    for c, names in longer.items():
        folded: Counter[str] = Counter()
        for n, k in names.items():
            folded[n.lower()] += k
        top, k = folded.most_common(1)[0]
        if k > bare[c] and 2 * k > sum(folded.values()):
            out[c] = max((n for n in names if n.lower() == top), key=lambda n: names[n])
    return out


_VERB_GLUED = re.compile(r"(?:Outperforms|Beats|Surpasses|Exceeds|Trails|Matches|Rivals|Tops)\s+")


def _trimmed(text: str, r: Ref) -> Ref:
    """A found name that swallowed the verb before it ('Outperforms Kivu-2' opening a list item) is the name
    after the verb."""
    if r.via not in ("weak", "discovered") or r.canonical != r.surface:
        return r
    m = _VERB_GLUED.match(r.surface)
    if m is None:
        return r
    name = r.surface[m.end() :]
    at = r.start + m.end()
    return Ref("model", name, at, r.end, r.reach, r.setting, r.confidence, r.via, name)


def _named(r: Ref) -> bool:
    return r.via not in ("pronoun", "implied") and bool(r.canonical)


def _is_object(text: str, seg_start: int, r: Ref) -> bool:
    """A model named as what something is compared with ('than X', 'beats X', 'competitors like X'), not as
    a clause's subject ('a comparable model such as X required …')."""
    before = _POSSESSOR.sub("", text[max(seg_start, r.start - 40) : r.start])
    if _LIST_INTRO.search(before):
        return _CMP_WORD.search(text, max(seg_start, r.start - 90), r.start) is not None
    head = _HEAD_BEFORE.search(before) or OBJECT_BEFORE.search(before, max(0, len(before) - 14))
    if head and _NOUN_BEFORE.search(before, 0, head.start()):
        head = None  # "its rival X": X is named, not compared with
    return bool(head or re.search(r"\(\s*$|\b(?:of|with|to|than|vs\.?|versus)\s+(?:the\s+)?$", before))


def _list_gap(text: str, seg_start: int, r: Ref) -> str:
    """The words before `r` back to the enumeration that may hold it ('like A, B and ')."""
    before = text[max(seg_start, r.start - 80) : r.start]
    return re.sub(r"(?:[A-Z][^,;:]{0,30}?(?:,\s*|\s+and\s+|,\s*and\s+))+$", "", before)


_LIST_INTRO = re.compile(r"\b(?:such\s+as|including|like)\s+(?:the\s+)?$", re.I)
_CMP_WORD = re.compile(
    r"outperform|surpass|exceed|beat|trail|match|rival|than\b|ahead|behind|compet|against|versus|edge", re.I
)


# "X's code generation" (not X's clause), unlike "Lab's open-source Name model" (the model itself)
_POSSESSIVE_AFTER = re.compile(r"['’]s?\s(?!(?:[\w-]+\s){0,3}(?:model|variant|version)\b)")
_POSSESSOR = re.compile(r"(?:[A-Z][\w.-]*['’\"]s\s+)$")
_HEAD_BEFORE = re.compile(
    r"\b(?:outperform\w*|surpass\w*|exceed\w*|beat\w*|trail\w*|match\w*|rival\w*|approach\w*|below|above|"
    r"crush\w*|edg\w+\s+(?:out|past))\s+(?:both\s+|even\s+|the\s+)?$",
    re.I,
)


def _compared(text: str, seg_start: int, models: list[Ref]) -> set[int]:
    """The refs named as what something is compared with, and the models coordinated with them ('beats A,
    B and C')."""
    out: set[int] = set()
    last: Ref | None = None
    for r in models:
        if r.via != "implied" and (
            _is_object(text, seg_start, r)
            or (last is not None and id(last) in out and _COORD.fullmatch(text, last.reach, r.start))
        ):
            out.add(id(r))
        if r.via != "implied":
            last = r
    return out


def _objects(view: DocView, subs: Subjects, sv: SegView, models: list[Ref], head: _Head, ce: int) -> list[Ref]:
    """The comparison's object and the models coordinated with it ('A, B and C')."""
    text = view.text
    if head.obj_from < 0:
        return []
    gap = _OBJ_GAP.match(text, head.obj_from, ce)
    limit = gap.end() if gap else head.obj_from
    first = next(
        (
            r
            for r in models
            if head.obj_from <= r.start <= limit
            and r.start < ce
            and not (r.via == "pronoun" and r.surface.lower() in ("its", "their"))  # "its predecessor, X"
        ),
        None,
    )
    if first is None:
        bare = _BARE_VERSION.match(text, head.obj_from, ce)
        if bare is None:
            return []
        # "40% cheaper than 5.4": the one model of the sentence with that version
        version = bare.group(1)
        named = {r.canonical for r in models if _named(r) and re.search(r"[\s-]" + re.escape(version) + r"$", r.canonical)}
        if len(named) != 1:
            return []
        at = bare.start(1)
        return [Ref("model", named.pop(), at, bare.end(1), bare.end(1), None, 0.7, "version", version)]
    if first.via == "implied":
        return []
    between = text[head.obj_from : first.start]
    if (re.search(r",", between) and not _OBJ_COMMA.search(between)) or re.search(
        r"\b(?:and|while|but|which|who|that|with\s+a)\b", between
    ):
        return []  # "beats GPT-5 and rivals X": the object is what the head governs, not a later clause's
    out = [first]
    i = models.index(first)
    for r in models[i + 1 :]:
        if r.start >= ce or r.via == "implied":
            break
        if _COORD.fullmatch(text, out[-1].reach, r.start) is None:
            paren = re.fullmatch(r"\s*\([^)]{0,40}\)\s*,?\s*(?:and\s+)?", text[out[-1].reach : r.start])
            if paren is None:
                break
        out.append(r)
    return out


def _subjects(
    view: DocView,
    subs: Subjects,
    sv: SegView,
    models: list[Ref],
    head: _Head,
    bounds: tuple[int, int],
    prev: tuple[list[Ref], list[Ref], int] | None,
    objs: list[Ref],
    taken: set[int],
) -> tuple[list[Ref], bool]:
    """The clause's subject (True when it is the clause's own, False when borrowed from the sentence)."""
    text = view.text
    start, cs = bounds

    compared = _compared(text, sv.seg.start, models) | taken

    def subjectish(r: Ref, lo: int, hi: int) -> bool:
        return (
            lo <= r.start
            and r.reach <= hi
            and not (r.via == "pronoun" and r.surface.lower() in ("its", "their"))
            and id(r) not in compared
            and bool(r.canonical)
            and not (r.via != "pronoun" and _POSSESSIVE_AFTER.match(text, r.reach))  # "X's code generation"
        )

    own = [r for r in models if subjectish(r, cs, head.start)]
    if len(own) > 1:
        # "X achieves … on benchmarks like A, B and C, outperforms Y": an enumeration's members are not the
        # subject when the clause named one before them
        listed = [r for r in own[1:] if _LIST_INTRO.search(_list_gap(text, start, r))]
        own = [r for r in own if r not in listed]
    if own and own[-1].via == "pronoun":
        # "… results against larger models, including X. Surprisingly, it matches Y": a pronoun subject means
        # the previous clause's subject, never a model named there as what it was compared with
        if own[-1].canonical in {r.canonical for r in models if r.start < cs and _named(r) and id(r) in compared}:
            subject = next((r for r in models if r.start < cs and subjectish(r, sv.seg.start, cs)), None)
            if subject is None:
                return [], True
            own = [subject]
    if own:
        # the nearest subject before the head: "A is faster than B, and B is 3 points ahead of A"
        return subs.coordinated(sv, own[-1], False) if head.pair else [own[-1]], True
    if prev is not None and prev[0]:
        return prev[0], False  # "… outperforms X while running 3x faster": the comparison goes on about its subject
    earlier = [r for r in models if subjectish(r, start, cs)]
    if earlier:
        return [earlier[0]], False
    larger = subs.comparative(sv, head.start)
    if larger:
        return larger[:1], True  # "the larger one still trails X"
    # no model is the subject here ("This latest iteration …", "- Outperforms X"): the list's label line, else
    # the model the paragraph or section is about, never the comparison's own object
    sized = _SIZED_NP.search(text, cs, head.start)
    if sized:
        size = sized.group("size")
        hit = sorted(n for n in view.doc_models if re.search(r"[\s-]" + re.escape(size) + r"$", n))
        if len(hit) == 1:  # "the largest 27B model outperforms …": the member of that size
            return [Ref("model", hit[0], sized.start(), sized.end(), sized.end(), None, 0.75, "sized")], True
    taken = {o.canonical for o in objs}
    name = next(
        (n for n in (_label(view, subs, sv), sv.focus, sv.salient, view.focus, subs.fallback(sv)) if n and n not in taken),
        None,
    )
    if not name:
        return [], False
    pos = head.start
    return [Ref("model", name, pos, pos, pos, None, 0.75, "implied")], False


_SIZED_NP = re.compile(
    r"\b[Tt]he\s+(?:(?:largest|smallest|biggest|flagship|new|top)\s+)?(?P<size>\d+(?:\.\d+)?[BM])\s+"
    r"(?:model|variant|version|member|one)\b"
)
_LABEL_LINE = re.compile(r"[\s*#]*(?P<name>[^:\n]{2,60}?)(?:\s*\([^)]*\))?\s*[*]*:[*\s]*$")


def _label(view: DocView, subs: Subjects, sv: SegView) -> str | None:
    """'Name (Preview):' on a line of its own, then '- Outperforms X …' items: the items are about Name."""
    if sv.seg.kind != "item":
        return None
    for i in range(sv.index - 1, max(-1, sv.index - 12), -1):
        prev = view.segs[i]
        if prev.seg.kind == "item":
            continue
        m = _LABEL_LINE.fullmatch(view.text, prev.seg.start, prev.seg.end)
        named = [r for r in subs.models(prev) if _named(r)]
        if m and len(named) == 1 and named[0].start - prev.seg.start <= 4:
            return named[0].canonical
        return None
    return None


def _benchmark(
    view: DocView, sv: SegView, head: _Head, anchors: tuple[int, int], cs: int, ce: int
) -> str | None:
    """'on B' right after the object (or after its margin, 'by 3 points on B'), an area named there ('on health
    tasks'), the one benchmark named before the head, or for a margin in points the one the paragraph is on."""
    text = view.text
    benches = sv.benchmarks()
    after = anchors[0]
    for at in dict.fromkeys(anchors):
        later = [b for b in benches if at <= b.start < ce and _BENCH_AFTER.fullmatch(text[at : b.start])]
        if later:
            return later[0].canonical
    area = _AREA.match(text, after, ce)
    if area and not any(area.start() <= b.start < area.end() for b in benches):
        return area.group("area")  # "on health tasks": an area, not the benchmark named before
    before = {b.canonical for b in benches if b.end <= head.start}
    if len(before) == 1:
        return before.pop()  # "On B, X beats Y"; several named before: none of them is the one
    inherited = sv.bench_inherited
    return inherited.canonical if inherited and head.unit == "points" else None


_BY_N = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:(?:on|in|across|at)\s+[^,;.]{1,40}?\s+)?(?:by\s+|with\s+a\s+)" + _APPROX + r"(?P<mag>" + _NUM + r"|a\s+single)"
    r"(?:\s?(?P<unit>percentage\s+points|points?|pts|pp|%|x|×)|-(?P<unit2>point)\s+(?:lead|margin|gap))(?![\w])",
    re.I,
)


def segment_claims(view: DocView, sv: SegView, subs: Subjects | None = None) -> list[ClaimFact]:
    subs = subs or Subjects(view)
    text = view.text
    seg_start, seg_end = sv.seg.start, sv.seg.end
    models = [_trimmed(text, r) for r in subs.models(sv) if r.canonical]
    if not models:
        return []
    out: list[ClaimFact] = []
    seen: set[tuple[str, str, str, str, str | None]] = set()
    prev: tuple[list[Ref], list[Ref], int] | None = None  # the sentence's last comparison: sides and its clause
    renames: dict[str, str] | None = None
    objects_seen: set[int] = set()  # refs this sentence already compared something with
    for m in _HEAD.finditer(text, seg_start, seg_end):
        head = _head(text, m, seg_start)
        cs, ce = _clause(text, seg_start, head.start if head else m.start(), seg_end)
        if head is None:
            if m.group("than") and not _APPROX_THAN.match(text, m.end()):
                prev = ([], [], m.start())  # "more efficiently than any model tested": compared with no model
            continue
        sent = seg_start  # the sentence inside the segment (a block glued from several sentences)
        for b in _SENTENCE_END.finditer(text, seg_start, m.start()):
            sent = b.end()
        if prev is not None and prev[2] < sent:
            prev = None
        objs = _objects(view, subs, sv, models, head, ce)
        subj, own = _subjects(view, subs, sv, models, head, (sent, cs), prev, objs, objects_seen)
        if head.pair:
            if len(subj) < 2:
                continue
            subj, objs = subj[:1], subj[1:]
        elif not objs and (head.obj_from < 0 or not _PRON_OBJ.match(text, head.obj_from)):
            # elliptical: the sentence's previous comparison, or the other clause's subject ("A used …, while
            # B needed 11x less compute")
            if head.obj_from >= 0 and not (head.relation == "behind" and m.group("behind")):
                continue
            if head.weak and prev is None:
                continue
            if prev is not None:
                p_subj, p_objs, p_cs = prev
                if not p_objs:
                    continue
                if own:
                    objs = [r for r in [*p_subj, *p_objs] if r.canonical not in {s.canonical for s in subj}]
                else:
                    subj, objs = p_subj, p_objs
            else:
                others = [
                    r
                    for r in models
                    if _named(r)
                    and sent <= r.start
                    and r.reach <= cs
                    and not _is_object(text, seg_start, r)
                    and not _POSSESSIVE_AFTER.match(text, r.reach)
                    and r.canonical not in {s.canonical for s in subj}
                ]
                objs = others[:1]
        elif _PRON_OBJ.match(text, max(head.obj_from, 0)) and len(subj) == 1:
            both = subs.coordinated(sv, subj[0], True)
            subj, objs = both[:1], both[1:]
        if not subj or not objs:
            continue
        polarity = _polarity(text, head, cs, seg_end)
        mag, unit, after = head.magnitude, head.unit, max(head.end, objs[-1].reach)
        by = _BY_N.match(text, after, ce)
        if mag is None and by is not None:
            raw = by.group("mag").lower()
            mag = 1.0 if raw == "a single" else _number(raw)
            unit, after = _unit(by.group("unit") or by.group("unit2")), by.end()
        bench = _benchmark(view, sv, head, (max(head.end, objs[-1].reach), after), cs, ce)
        for s in subj:
            for o in objs:
                if renames is None and (s.via in _INDIRECT or o.via in _INDIRECT):
                    renames = _renames(view, subs)
                left, right = _side(text, s, renames), _side(text, o, renames)
                if left == right or not plausible_name(left) or not plausible_name(right):
                    continue
                key = (left, head.relation, right, polarity, bench)
                if key in seen:
                    continue
                seen.add(key)
                out.append(
                    ClaimFact(
                        subject=left,
                        relation=head.relation,
                        object=right,
                        evidence=view.evidence(seg_start, seg_end),
                        confidence=round(0.75 * min(s.confidence, o.confidence, 1.0), 3),
                        magnitude=mag,
                        unit=unit if mag is not None else None,
                        benchmark=bench,
                        method="claim",
                        polarity=polarity,
                    )
                )
        prev = (subj, objs, cs)
        objects_seen.update(id(o) for o in objs if o.via != "implied")
    return out


def prose_claims(view: DocView) -> list[ClaimFact]:
    out: list[ClaimFact] = []
    allowed = view.segments_matching(_GATE)
    subs = Subjects(view)
    for sv in view.segs:
        if sv.seg.kind == "row" or sv.index in view.table_segs or sv.index not in allowed:
            continue
        out += segment_claims(view, sv, subs)
    return out
