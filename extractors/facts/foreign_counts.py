"""Parameter counts written in the other languages news pages use, in the shapes `parameters.py` leaves:

- Japanese and Korean counts in their own magnitude words, with the word for parameters after the
  count ('190億のパラメータ', '90억 개의 파라미터', '880億という大きなパラメータ数') or before it
  ('매개변수 480억 개', 'パラメータ数は190億');
- a European count whose word for parameters carries the active adjective ('33 milliards de paramètres
  actifs', '4 miliardi di parametri attivi'), and the Italian 'di parametri' the English-shaped reader
  does not take (German writes the English word, which `parameters.py` reads);
- the whole of a part-of-whole pair ('33 milliards de paramètres actifs sur 128 milliards au total');
- a count set against a named rival in the same sentence ('…, contre 65 milliards pour Name'): the
  rival's total.

Who a count belongs to is chosen as for English counts (`attribute_subjects.who`), a count fronted
before its owner ('Con 9,5 miliardi di parametri, Name …') is the name's after the comma, and a rival's
count goes to the name right after its preposition. A difference ('… de parâmetros menor que B') and a
name the count is only likened to ('B와 유사하게') own none. The words are data: param_words.jsonl.
"""

from __future__ import annotations

import re

from extractors.facts.attribute_subjects import who
from extractors.facts.document import DocView, Ref, SegView
from extractors.facts.foreign_windows import foreign_segments, foreign_windows
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
_SIGN_MAG = word_alternation(w for w in _MAGS if not w.isascii() and len(w) == 1)
_WORD_MAG = word_alternation((w for w in _MAGS if len(w) > 1), spaces=r"\s+", longest_first=True)
# a count: its figure (a decimal comma or point) and a magnitude, a letter ('48B'), a sign ('480억') or a word
# ('33 milliards')
_COUNT = (
    r"(?<![0-9A-Za-z.,])(?P<num{i}>\d+(?:[.,]\d+)?)\s?(?P<mag{i}>[BT](?![A-Za-z0-9])|"
    + _SIGN_MAG
    + r"|(?i:"
    + _WORD_MAG
    + r")(?![A-Za-zÀ-ÿ]))"
)
# the word for parameters, never the start of a longer word; Japanese and Korean add a word for 'number'
_PARAM = r"(?i:" + _alt("param") + r")(?![A-Za-zÀ-ÿ])(?:\s?(?:数|수))?"
_ACTIVE = r"(?i:" + _alt("active") + r")(?![A-Za-zÀ-ÿ])"
_TOTAL = r"(?i:" + _alt("total") + r")(?![A-Za-zÀ-ÿ])"
# between a count and its word: a counter ('개', '個'), a particle ('の', '의'), an apposition
# ('という大きな'), a preposition ('de', 'di', 'd’')
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
# the word before the count: '매개변수 480억 개', 'パラメータ数は190億'
_BEFORE = re.compile(
    r"(?P<pre>"
    + _ACTIVE
    + r"\s*)?"
    + _PARAM
    + r"\s*(?:は|는|은|이|가|:|：)?\s*(?:約|약)?\s*"
    + _COUNT.format(i="")
)
# the whole after an active part: '… actifs sur 128 milliards au total'
_WHOLE = re.compile(
    r"\s+(?:sur|su|de|von|of|dos|de\s+un\s+total\s+de|su\s+un\s+totale\s+di)\s+" + _COUNT.format(i="")
)
# a count set against a rival: 'contre 65 milliards (de paramètres) pour Name'
_VERSUS = re.compile(
    r"(?i:"
    + _alt("versus")
    + r")\s+"
    + _COUNT.format(i="")
    + r"(?:"
    + _GAP
    + _PARAM
    + r")?\s+(?i:"
    + _alt("for")
    + r")\s+(?=\S)"
)
# a difference after a count ('110 bilhões de parâmetros menor que B'): no model's count
_DIFFERENCE = re.compile(r"\s+(?i:" + _alt("difference") + r")(?![A-Za-zÀ-ÿ])")
# a name the count is likened to ('… B와 유사하게 약 320억 개의 파라미터', 'Bと同様に'): not the owner (the
# European 'come B' is as often 'such as B', the owner itself)
_LIKE = re.compile(r"[\s'’\"”」]*(?:" + _alt("like") + r")")
# a count fronted before its owner ('Con appena 9,5 miliardi di parametri, Name …'): the name after the comma
_FRONTED = re.compile(r"[^\d.;:!?。]{0,40}?,\s*")
# (lower-case words with the flag: `segments_matching` runs such a gate over the lower-cased text)
_GATE = re.compile(_alt("param"), re.I)
# the active adjective right after a count's word for parameters ('… de paramètres actifs'): `parameters.py`
# asks it of the counts it reads
ACTIVE_AFTER = re.compile(r"\s+" + _ACTIVE)


def foreign_count_segments(view: DocView) -> frozenset[int]:
    """The segments that write the word for parameters in one of these languages."""
    return view.segments_matching(_GATE)


def _value(m: re.Match[str]) -> float:
    mag = m.group("mag")
    scale = {"B": 1e9, "T": 1e12}.get(mag) or _MAGS[re.sub(r"\s+", " ", mag.lower())]
    return float(m.group("num").replace(",", ".")) * scale


def _named(subs: Subjects, sv: SegView) -> list[Ref]:
    return [r for r in subs.models(sv) if r.via not in ("pronoun", "implied") and r.canonical]


def foreign_counts(
    view: DocView, sv: SegView, subs: Subjects, titles: Titles | None = None
) -> list[AttributeFact]:
    text = view.text
    found: list[tuple[int, str, float, list[Ref]]] = []  # (where, attribute, value, owners)
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
            whole = _WHOLE.match(text, m.end(), sv.seg.end) if active and rx is _AFTER else None
            if whole is not None and whole.start("num") not in taken:
                taken.add(whole.start("num"))
                found.append((whole.start("num"), "parameters_total", _value(whole), found[-1][3]))
    for m in _VERSUS.finditer(text, sv.seg.start, sv.seg.end) if found else ():
        rival = [r for r in _named(subs, sv) if r.start == m.end()]
        if rival and m.start("num") not in taken:
            taken.add(m.start("num"))
            found.append((m.start("num"), "parameters_total", _value(m), rival[:1]))
    out: list[AttributeFact] = []
    for _, attr, value, subj in sorted(found, key=lambda f: f[0]):
        if 1e8 <= value <= 1e14:
            out += [fact(view, sv, r, attr, integer_text(value), 0.75, "prose") for r in subj]
    return out


def foreign_fact_segments(view: DocView) -> frozenset[int]:
    """The segments that name context or parameters in one of these languages."""
    return foreign_segments(view) | foreign_count_segments(view)


def foreign_facts(
    view: DocView, sv: SegView, subs: Subjects, titles: Titles | None = None
) -> list[AttributeFact]:
    """The windows (`foreign_windows.py`) and the parameter counts a segment writes in another language."""
    out = foreign_windows(view, sv, subs, titles) if sv.index in foreign_segments(view) else []
    if sv.index in foreign_count_segments(view):
        out += foreign_counts(view, sv, subs, titles)
    return out
