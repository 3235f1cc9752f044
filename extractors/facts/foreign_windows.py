"""Context windows written in the other languages news pages use: the size next to the language's word for
context, after it ('200K Kontext', '200K kontekstvindue', '128K de contexto', '1M 토큰 컨텍스트',
'100万トークンのコンテキスト') or before it ('jendela konteks 1 juta token', 'Kontextlänge: eine
Million Token', '컨텍스트 창은 128K', '긴 컨텍스트 (1M 토큰)'), with the language's magnitude
words (juta, Million, 万, 만). English, Chinese and the forms `attributes.context_windows` already reads
('Kontextfenster von 200K', 'janela de contexto de 1 milhão') are left to it.

A size after a score ('78,2% i 1M kontekst') is the score's setting; with several models named before it,
the size is given only to one named in its own clause.
"""

from __future__ import annotations

import re

from extractors.facts.attribute_subjects import who
from extractors.facts.document import DocView, SegView
from extractors.facts.numbers import integer_text
from extractors.facts.subjects import Subjects, fact
from extractors.facts.titles import Titles
from schema.records import AttributeFact

# the word for context: German, the Nordic languages, Indonesian and Malay, Spanish, Portuguese, French,
# Italian, Korean, Japanese
_CONTEXT = (
    r"(?:[Kk]ontext(?:fenster|länge|fönster|vindue|vindu|längd)?|[Kk]ontekst(?:vindue|vindu|lengde|længde)?|"
    r"[Kk]onteks|context[oe]|contesto|컨텍스트|문맥|コンテキスト|コンテクスト)"
)
_TOKEN = r"(?:[Tt]okens?|토큰|トークン)"
_MAGS = {
    "k": 1e3,
    "m": 1e6,
    "万": 1e4,
    "만": 1e4,
    "juta": 1e6,
    "ribu": 1e3,
    "million": 1e6,
    "millionen": 1e6,
    "millón": 1e6,
    "millones": 1e6,
    "milione": 1e6,
    "milioni": 1e6,
    "millioner": 1e6,
    "miljoner": 1e6,
}
_ONE = {"eine": 1, "ein": 1, "en": 1, "et": 1, "satu": 1, "un": 1, "una": 1, "uno": 1, "one": 1}
_MAG_WORD = r"(?i:juta|ribu|millionen|million|millón|millones|milioni|milione|millioner|miljoner)"
# (a number word only before a magnitude word: 'eine Million', not the 'einem' of 'einem Kontextfenster')
_SIZE = (
    r"(?P<num>\d+(?:[.,]\d+)?)\s?(?P<mag>[KkMm](?![A-Za-z0-9])|万|만|" + _MAG_WORD + r")"
    r"|\b(?P<word>(?i:eine|ein|en|et|satu|un|una|uno|one))\s(?P<wmag>" + _MAG_WORD + r")"
    r"|(?P<grouped>\d{1,3}(?:[.\u00a0\u202f ]\d{3}){1,2})(?=\s*" + _TOKEN + r")"
)
_AFTER = re.compile(
    r"(?<![0-9A-Za-z.,])(?:"
    + _SIZE
    + r")(?:[\s-]*"
    + _TOKEN
    + r")?(?:\s*(?:de|di|du|of|の|的))?[\s-]*"
    + _CONTEXT
)
_BEFORE = re.compile(
    _CONTEXT
    + r"(?:\s*(?:창|윈도우|ウィンドウ|長|길이))?\s*(?:은|는|이|가|は|が|:|：|von|på|sebesar|hingga|mencapai|"
    r"sampai|de|di|\()?\s*(?:op\s+til\s+|bis\s+zu\s+|hingga\s+|hasta\s+|até\s+)?(?<![0-9A-Za-z.,])(?:"
    + _SIZE
    + r")"
)
_GATE = re.compile(_CONTEXT)
_BULLET = re.compile(r"\s*[-–—•*·]\s")
_SCORED = re.compile(r"\d\s?%\s*(?:\w+\s+){0,2}$")


def foreign_segments(view: DocView) -> frozenset[int]:
    """The segments that name context in one of these languages."""
    return view.segments_matching(_GATE)


def _value(m: re.Match[str]) -> float:
    if m.group("grouped"):
        return float(re.sub(r"\D", "", m.group("grouped")))
    if m.group("word"):
        return _ONE[m.group("word").lower()] * _MAGS[m.group("wmag").lower()]
    return float(m.group("num").replace(",", ".")) * _MAGS[m.group("mag").lower()]


def foreign_windows(
    view: DocView, sv: SegView, subs: Subjects, titles: Titles | None = None
) -> list[AttributeFact]:
    text = view.text
    out: list[AttributeFact] = []
    seen: set[tuple[str, str]] = set()
    for rx in (_AFTER, _BEFORE):
        for m in rx.finditer(text, sv.seg.start, sv.seg.end):
            value = _value(m)
            if not 1000 <= value <= 1e8 or re.search(r"(?i)output|ausgabe|출력|出力", m.group()):
                continue
            if _SCORED.search(text, max(sv.seg.start, m.start() - 20), m.start()):
                continue  # '78,2% i 1M kontekst': a score's setting, no model's window
            item = sv.seg.kind in ("item", "line")
            subj = who(subs, sv, m.start(), item, titles) or subs.paragraph_subject(sv, m.start())
            if not subj and not subs.models(sv) and (item or _BULLET.match(text, sv.seg.start)):
                subj = subs.recent(sv, 1, back=3)  # a bullet under the line naming its model
            named = {
                r.canonical
                for r in subs.models(sv)
                if r.via not in ("pronoun", "implied") and r.end <= m.start()
            }
            if len(named) > 1 and not any(
                r.via not in ("pronoun", "implied") and not re.search(r"[,;:]", text[r.end : m.start()])
                for r in subj
            ):
                continue  # 'A lampaui B berkat …, dan jendela konteks 1 juta token': whose it is, unsaid
            for s in subj:
                key = (s.canonical, integer_text(value))
                if s.canonical and key not in seen:
                    seen.add(key)
                    out.append(fact(view, sv, s, "context_window_tokens", key[1], 0.75, "prose"))
    return out
