"""Parameter counts that pages in other languages write and `parameters.py` does not read:

- Japanese and Korean counts with their own magnitude signs, the word for parameters following
  ('57億個のパラメータ', '파라미터 규모는 6조 개') or leading ('パラメータ数は2,380億');
- European counts whose parameter word takes the adjective for active ('7 miliardi di parametri attivi'),
  and the Italian 'di parametri' (German uses the English word, which `parameters.py` handles);
- the whole named after an active part ('… attivi su 95 miliardi'), read as the total;
- a rival's figure after a versus word ('…, gegenüber 44 Milliarden für Name'): what it counts is the
  count right before the versus word, and it is nobody's count when another figure stands in between.

Owners are chosen as for English counts (`attribute_subjects.who`); a count opening its sentence
belongs to the name after the comma, a rival's figure to the name right after its preposition. A gap
between two models ('… parâmetros a mais que B') and a model the count is compared with ('B처럼') own
nothing. The words, connectors and magnitudes are data: param_words.jsonl.
"""

from __future__ import annotations

import re

from extractors.facts.attribute_subjects import who
from extractors.facts.document import DocView, Ref, SegView
from extractors.facts.numbers import integer_text
from extractors.facts.patterns import PATTERN_DIR, data_rows, word_alternation
from extractors.facts.subjects import Subjects, fact
from extractors.facts.titles import Titles
from schema.records import AttributeFact

_ROWS = data_rows(PATTERN_DIR / "param_words.jsonl", ("id", "kind"))


def _words(kind: str) -> list[str]:
    return [str(r["id"]) for r in _ROWS if r["kind"] == kind]


def _alt(kind: str) -> str:
    return word_alternation(_words(kind), spaces=r"\s+", longest_first=True)


_MAGS = {str(r["id"]): float(r["value"]) for r in _ROWS if r["kind"] == "magnitude"}
_SIGNS = [w for w in _MAGS if not w.isascii() and len(w) == 1]
_SIGN_MAG = word_alternation(_SIGNS)
_WORD_MAG = word_alternation((w for w in _MAGS if len(w) > 1), spaces=r"\s+", longest_first=True)
# a sign's count may go on in a smaller sign ('3兆4500億', '3조 4500억'): one count
_BIG = "".join(w for w in _SIGNS if _MAGS[w] >= 1e12)
_REST = (
    r"(?:(?<=["
    + _BIG
    + r"])\s?(?P<rest{i}>\d+(?:[.,]\d{{3}})*)\s?"
    + word_alternation(w for w in _SIGNS if _MAGS[w] < 1e12)
    + r")?"
)
# a count: its figure (digits grouped in threes, or a decimal comma or point) and a magnitude, a letter
# ('48B'), a sign ('36억', '2兆800億') or a word ('61 Milliarden')
_COUNT = (
    r"(?<![0-9A-Za-z.,])(?P<num{i}>\d{{1,3}}(?:[.,]\d{{3}})+(?![.,]?\d)|\d+(?:[.,]\d+)?)\s?"
    r"(?P<mag{i}>[BT](?![A-Za-z0-9])|" + _SIGN_MAG + _REST + r"|(?i:" + _WORD_MAG + r")(?![A-Za-zÀ-ÿ]))"
)
# the parameter word, not the start of a longer one; Japanese and Korean may add their word for 'number'
_PARAM = r"(?i:" + _alt("param") + r")(?![A-Za-zÀ-ÿ])(?:\s?(?:数|수))?"
_ACTIVE = r"(?i:" + _alt("active") + r")(?![A-Za-zÀ-ÿ])"
_TOTAL = r"(?i:" + _alt("total") + r")(?![A-Za-zÀ-ÿ])"
# what may stand between a figure and the parameter word: a counter sign, a particle, a short
# apposition after 'という', or a European preposition
_GAP = r"\s*(?:개|個)?\s*(?:의|の|という[^\d\n。、,]{0,10}?|de|di|d['’]|an)?\s*"
_AFTER = re.compile(
    _COUNT.format(i="")
    + _GAP
    + r"(?P<pre>"
    + _ACTIVE
    + r"\s*)?"
    + _PARAM
    + r"(?P<post>\s+"
    + _ACTIVE
    + r")?(?P<tot>\s+"
    + _TOTAL
    + r")?"
)
# the parameter word leading its figure, with a topic or subject particle or a colon between
_BEFORE = re.compile(
    r"(?P<pre>"
    + _ACTIVE
    + r"\s*)?"
    + _PARAM
    + r"\s*(?:は|는|은|이|가|:|：)?\s*(?:約|약)?\s*"
    + _COUNT.format(i="")
)
# an active part's whole, after a connector word ('… aktiv von 210 Milliarden')
_WHOLE = re.compile(r"\s+" + _alt("whole") + r"\s+" + _COUNT.format(i=""))
# a rival's figure: versus word, figure, perhaps the parameter word, then 'for' and the rival's name
_VERSUS = re.compile(
    r"(?i:"
    + _alt("versus")
    + r")\s+"
    + _COUNT.format(i="")
    + r"(?P<own>"
    + _GAP
    + r"(?:"
    + _ACTIVE
    + r"\s*)?"
    + _PARAM
    + r"(?:\s+"
    + _ACTIVE
    + r")?)?\s+(?i:"
    + _alt("for")
    + r")\s+(?=\S)"
)
# between a count and the word setting a rival's against it: no other figure ('…, contre')
_UP_TO_VERSUS = re.compile(r"[^\d.;:!?。]{0,30}")
# a comparative after the figure makes it a gap between two models, nobody's count
_DIFFERENCE = re.compile(r"\s+(?i:" + _alt("difference") + r")(?![A-Za-zÀ-ÿ])")
# a model the count is compared with (Korean and Japanese likeness words after its name) does not own it;
# European 'like' words are left out, since they as often introduce the owner as an example
_LIKE = re.compile(r"[\s'’\"”」]*(?:" + _alt("like") + r")")
# a count opening the sentence, before its owner's name: that name follows the next comma
_FRONTED = re.compile(r"[^\d.;:!?。]{0,40}?,\s*")
# (lower-case words with the flag: `segments_matching` runs such a gate over the lower-cased text)
_GATE = re.compile(_alt("param"), re.I)
# an active adjective following the parameter word: `parameters.py` checks the counts it reads for it
ACTIVE_AFTER = re.compile(r"\s+" + _ACTIVE)


def foreign_count_segments(view: DocView) -> frozenset[int]:
    """The segments that write the word for parameters in one of these languages."""
    return view.segments_matching(_GATE)


def figure(num: str, mag: str) -> float:
    """The count `num` `mag` writes: before a sign ('1,750億'), a comma or point followed by exactly three
    digits groups thousands; before a word ('1.600 miliardi', '2,5 milliards'), a point does and a comma is
    the decimal mark; before a letter ('4,5B'), either is the decimal mark."""
    key = re.sub(r"\s+", " ", mag.lower())
    if mag in _MAGS and len(mag) == 1:
        digits = re.sub(r"[.,](?=\d{3}(?!\d))", "", num)
    elif key in _MAGS:
        digits = re.sub(r"\.(?=\d{3}(?!\d))", "", num)
    else:
        digits = num
    return float(digits.replace(",", ".")) * ({"B": 1e9, "T": 1e12}.get(mag) or _MAGS[key])


def _value(m: re.Match[str]) -> float:
    mag = m.group("mag")
    big = figure(m.group("num"), mag[0] if m.group("rest") else mag)
    return big + (figure(m.group("rest"), mag[-1]) if m.group("rest") else 0.0)


def _named(subs: Subjects, sv: SegView) -> list[Ref]:
    return [r for r in subs.models(sv) if r.via not in ("pronoun", "implied") and r.canonical]


def _against(text: str, m: re.Match[str], ends: dict[int, str]) -> str | None:
    """What a rival's count ('contre 65 milliards pour Name') counts: the count the sentence sets it against
    is the one right before the versus word, with no other figure between (a sum of money or of documents
    there is what the rival's figure counts); its words for parameters, if it writes them, say active or
    not, and otherwise it is the same kind as the count it is set against. None: no parameter count there."""
    before = [(end, attr) for end, attr in ends.items() if end <= m.start()]
    end, attr = max(before) if before else (-1, None)
    adjacent = attr if end >= 0 and _UP_TO_VERSUS.fullmatch(text, end, m.start()) else None
    own = m.group("own")
    if own is None:
        return adjacent
    active = re.search(_ACTIVE, own) or adjacent == "parameters_active"
    return "parameters_active" if active else "parameters_total"


def foreign_counts(
    view: DocView, sv: SegView, subs: Subjects, titles: Titles | None = None
) -> list[AttributeFact]:
    text = view.text
    found: list[tuple[int, str, float, list[Ref]]] = []  # (where, attribute, value, owners)
    ends: dict[int, str] = {}  # where each count's words end: its attribute
    taken: set[int] = set()
    item = sv.seg.kind in ("item", "line")

    def owner(pos: int, end: int) -> list[Ref]:
        named = _named(subs, sv)
        if not any(r.end <= pos for r in named):
            fronted = _FRONTED.match(text, end)
            after = [r for r in named if fronted is not None and r.start == fronted.end()]
            if after:
                return after[:1]
        subj = who(subs, sv, pos, item, titles) or [
            r for r in subs.paragraph_subject(sv, pos) if r.via == "implied" or r.start < pos
        ]  # (never a name the paragraph writes after the count)
        if len({r.canonical for r in named if r.end <= pos}) > 1 and not any(
            r.via not in ("pronoun", "implied") for r in subj
        ):
            return []  # several names before the count and no subject among them: whose it is, unsaid
        return [r for r in subj if r.canonical and not (r.end > r.start and _LIKE.match(text, r.end))]

    for rx in (_AFTER, _BEFORE):
        for m in rx.finditer(text, sv.seg.start, sv.seg.end):
            if m.start("num") in taken or _DIFFERENCE.match(text, m.end()):
                continue
            taken.add(m.start("num"))
            active = bool(m.group("pre") or (rx is _AFTER and m.group("post")))
            attr = "parameters_active" if active else "parameters_total"
            found.append((m.start("num"), attr, _value(m), owner(m.start(), m.end())))
            ends[m.end()] = attr
            whole = _WHOLE.match(text, m.end(), sv.seg.end) if active and rx is _AFTER else None
            if whole is not None and whole.start("num") not in taken:
                taken.add(whole.start("num"))
                found.append((whole.start("num"), "parameters_total", _value(whole), found[-1][3]))
                ends[whole.end()] = "parameters_total"
    for m in _VERSUS.finditer(text, sv.seg.start, sv.seg.end) if found else ():
        rival = [r for r in _named(subs, sv) if r.start == m.end()]
        kind = _against(text, m, ends)
        if rival and kind and m.start("num") not in taken:
            taken.add(m.start("num"))
            found.append((m.start("num"), kind, _value(m), rival[:1]))
    out: list[AttributeFact] = []
    for _, attr, value, subj in sorted(found, key=lambda f: f[0]):
        if 1e8 <= value <= 1e14:
            out += [fact(view, sv, r, attr, integer_text(value), 0.75, "prose") for r in subj]
    return out
