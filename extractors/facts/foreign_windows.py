"""Context windows written in the other languages news pages use: the size next to the language's word for
context, after it ('200K Kontext', '200K kontekstvindue', '128K de contexto', '1M 토큰 컨텍스트',
'100万トークンのコンテキスト') or before it ('jendela konteks 1 juta token', 'Kontextlänge: eine
Million Token', '컨텍스트 창은 128K', '긴 컨텍스트 (1M 토큰)'), with the language's magnitude
words (juta, Million, 万, 만). English and the forms `attributes.context_windows` already reads
('Kontextfenster von 200K', 'janela de contexto de 1 milhão') are left to it; Chinese, whose sizes
are glued to the words around them ('支持64K上下文', '原生支持50万token'), is read here too.
Between the size and the word for context a particle or a quoting phrase may stand ('トークンの',
'토큰의', 'という長い'); between the word for context and the size, the measure and a verb or a
limit ('上下文长度：最长', '컨텍스트 길이는 최대'). A size that ends a range ('32K-64K') or that
a score was run under ('在 64K 上下文下') is no window.

A size after a score ('64,5 % ved 1M kontekst') is the score's setting; with several models named before
it, the size is given only to one named in its own clause. Sizes shared out with a 'respectively' go to the
models named before them in order, when there are as many models as sizes, else to none. A word that only
starts with the word for context ('Kontext-Abonnenten') is none, and a size after a word of training
('の学習データは…コンテキスト') is the training data's context. A size a plan word comes before ('计划',
'予定': a later version's) or a bound word stands next to ('32K以内', '超过32K': a price tier's edge) is none
either. The words are data: window_words.jsonl.
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

_ROWS = data_rows(PATTERN_DIR / "window_words.jsonl", ("id", "kind"))


def _words(kind: str) -> list[str]:
    return [str(r["id"]) for r in _ROWS if r["kind"] == kind]


def _compounds(words: list[str]) -> list[str]:
    """Each word, and each compound of a shorter word of the list also written with a hyphen
    ('kontextfenster', 'kontext-fenster')."""
    return words + [f"{b}-{w[len(b) :]}" for w in words for b in words if w != b and w.startswith(b)]


# the word for context (window_words.jsonl, kind 'context', German, the Nordic languages, Indonesian, Spanish,
# French, Italian, Korean, Japanese), in any case, and never the start of a longer word ('Kontext-Nutzer')
_CONTEXT = (
    r"(?i:" + word_alternation(_compounds(_words("context")), longest_first=True) + r")(?![A-Za-zÀ-ÿ-])"
)
_TOKEN = r"(?i:" + word_alternation(_words("token"), longest_first=True) + ")"
_MAGS = {str(r["id"]): float(r["value"]) for r in _ROWS if r["kind"] == "magnitude"}
_ONE = {str(r["id"]): float(r["value"]) for r in _ROWS if r["kind"] == "one"}
_LETTER_MAG = "".join(w + w.upper() for w in _MAGS if len(w) == 1 and w.isascii())
_SIGN_MAG = word_alternation(w for w in _MAGS if len(w) == 1 and not w.isascii())
_MAG_WORD = r"(?i:" + word_alternation((w for w in _MAGS if len(w) > 1), longest_first=True) + ")"
# (a number word only before a magnitude word: 'eine Million', not the 'einem' of 'einem Kontextfenster')
_SIZE = (
    r"(?P<num>\d+(?:[.,]\d+)?)\s?(?P<mag>["
    + _LETTER_MAG
    + r"](?![A-Za-z0-9])|"
    + _SIGN_MAG
    + "|"
    + _MAG_WORD
    + r")"
    r"|\b(?P<word>(?i:" + word_alternation(_ONE, longest_first=True) + r"))\s(?P<wmag>" + _MAG_WORD + r")"
    r"|(?P<grouped>\d{1,3}(?:[.,\u00a0\u202f ]\d{3}){1,2})(?=\s*" + _TOKEN + r")"
)
# what may stand between a size and the word for context after it: a particle of possession
# ('の', '的', '의'), or a quoting particle and a short adjective ('という大きな'): window_words.jsonl,
# kind 'link'
_LINK = (
    r"(?:"
    + word_alternation(str(r["id"]) for r in _ROWS if r["kind"] == "link" and not r.get("adjective"))
    + r"|(?:"
    + word_alternation(str(r["id"]) for r in _ROWS if r["kind"] == "link" and r.get("adjective"))
    + r")[\u3040-\u30ff\u4e00-\u9fff]{0,6}?)"
)
_AFTER = re.compile(
    r"(?<![0-9A-Za-z.,])(?:"
    + _SIZE
    + r")(?:[\s-]*"
    + _TOKEN
    + r")?(?:\s*(?:de|di|du|of|"
    + _LINK
    + r"))?[\s-]*"
    + _CONTEXT
)
# the measure named after the word for context ('上下文长度', 'コンテキスト長') and the verbs and limits a CJK
# sentence puts between it and the size ('支持原生', '最大', '최대'): kinds 'context_measure', 'size_lead'
_MEASURE = word_alternation(_words("context_measure"), longest_first=True)
# the word for a window or a length after the word for context ('윈도우', 'ウィンドウ', '長'): kind
# 'window_noun'
_WINDOW = word_alternation(_words("window_noun"))
_LEAD = word_alternation(_words("size_lead"), longest_first=True)
_BEFORE = re.compile(
    _CONTEXT
    + r"(?:\s*(?:"
    + _WINDOW
    + "|"
    + _MEASURE
    + r"))?\s*(?:은|는|이|가|は|が|:|：|von|på|sebesar|hingga|mencapai|"
    r"sampai|de|di|\()?\s*(?:op\s+til\s+|bis\s+zu\s+|hingga\s+|hasta\s+|até\s+)?(?:(?:"
    + _LEAD
    + r")\s*){0,3}(?<![0-9A-Za-z.,])(?:"
    + _SIZE
    + r")"
)
_GATE = re.compile(word_alternation(_words("context")), re.I)
# 'respectively' and its kin: the sizes go to the models named before them, in order
_RESPECTIVELY = re.compile(r"(?i)(?<![A-Za-z])" + word_alternation(_words("respectively")) + r"(?![A-Za-z])")
# a word of training ('training', 'entrenamiento', '学習'): the context of training data is no window
_TRAINING = re.compile(r"(?i)(?<![A-Za-z])" + word_alternation(_words("training"), longest_first=True))
_BULLET = re.compile(r"\s*[-–—•*·]\s")
_SCORED = re.compile(r"\d\s?%\s*(?:\w+\s+){0,2}$")
# the other end of a range of sizes, after or before the size
_RANGE_AFTER = re.compile(r"\s?(?:[KkMm万]|[A-Za-z]+)?\s*[-–~～至到]\s*\d")
_RANGE_BEFORE = re.compile(r"\d\s?(?:[KkMm万])?\s*[-–~～至到]\s*$")
# 'in a 128K context' written as a frame ('在 128K 上下文下', '在128K上下文中'): the condition a
# score was run under
_UNDER_BEFORE = re.compile(r"在\s*$")
_UNDER_AFTER = re.compile(r"\s*(?:" + _MEASURE + r")?\s*[下中]")


# a plan ('计划', '预计', '次期', '예정') between the model and the size: a later version's window, not
# one it has yet; a bound after the size or before it ('32K以内', '超过32K'): the edge of a price tier or
# a condition
_PLAN = re.compile(word_alternation(_words("plan"), longest_first=True))
_BOUND_AFTER = re.compile(r"\s*(?:" + word_alternation(_words("bound"), longest_first=True) + ")")
_BOUND_BEFORE = re.compile("(?:" + word_alternation(_words("bound"), longest_first=True) + r")\s*$")


def _planned_or_bound(subs: Subjects, sv: SegView, m: re.Match[str]) -> bool:
    """A size a plan speaks of, or a bound of a tier: no window the model has."""
    text = subs.view.text
    start = max([r.end for r in _named(subs, sv) if r.end <= m.start()], default=sv.seg.start)
    return (
        _PLAN.search(text, start, m.start()) is not None
        or _BOUND_AFTER.match(text, m.end()) is not None
        or _BOUND_BEFORE.search(text, max(sv.seg.start, m.start() - 4), m.start()) is not None
    )


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
    found: dict[int, re.Match[str]] = {}
    for rx in (_AFTER, _BEFORE):
        for m in rx.finditer(text, sv.seg.start, sv.seg.end):
            if not any(k <= m.start() < o.end() or m.start() <= k < m.end() for k, o in found.items()):
                found[m.start()] = m
    sizes = [found[k] for k in sorted(found)]
    if sizes and _RESPECTIVELY.search(text, sv.seg.start, sv.seg.end):
        return _paired(view, sv, subs, sizes)
    for m in sizes:
        value = _value(m)
        if not 1000 <= value <= 1e8 or _setting(text, sv, m) or _in_training(subs, sv, m) or _ranged(text, m):
            continue
        if _planned_or_bound(subs, sv, m):
            continue
        item = sv.seg.kind in ("item", "line")
        subj = who(subs, sv, m.start(), item, titles) or subs.paragraph_subject(sv, m.start())
        if not subj and not subs.models(sv) and (item or _BULLET.match(text, sv.seg.start)):
            subj = subs.recent(sv, 1, back=3)  # a bullet under the line naming its model
        named = {r.canonical for r in _named(subs, sv) if r.end <= m.start()}
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


def _setting(text: str, sv: SegView, m: re.Match[str]) -> bool:
    """An output length, or a score's setting ('64,5 % ved 1M kontekst'): no model's window."""
    return (
        re.search(r"(?i)output|ausgabe|출력|出力", m.group()) is not None
        or _SCORED.search(text, max(sv.seg.start, m.start() - 20), m.start()) is not None
        or (
            _UNDER_BEFORE.search(text, max(sv.seg.start, m.start() - 4), m.start()) is not None
            and _UNDER_AFTER.match(text, m.end()) is not None
        )
    )


def _ranged(text: str, m: re.Match[str]) -> bool:
    """A size that is an end of a range ('128K-256K', '32K～64K', '8K至32K'): what a kind of model holds, no
    one model's window."""
    num = m.start("num") if m.group("num") else m.start()
    return bool(_RANGE_AFTER.match(text, m.end("num") if m.group("num") else m.end())) or bool(
        _RANGE_BEFORE.search(text, max(0, num - 12), num)
    )


def _named(subs: Subjects, sv: SegView) -> list[Ref]:
    """The models the segment names (no pronoun, nothing implied), in order."""
    return [r for r in subs.models(sv) if r.via not in ("pronoun", "implied") and r.canonical]


def _in_training(subs: Subjects, sv: SegView, m: re.Match[str]) -> bool:
    """Whether a word of training stands between the last model named before the size (or the segment's
    start) and the size: 'Quorra 7 の学習データは、100万トークンのコンテキスト…', the data it learned from."""
    text = subs.view.text
    start = max([r.end for r in _named(subs, sv) if r.end <= m.start()], default=sv.seg.start)
    return _TRAINING.search(text, start, m.start()) is not None


def _paired(view: DocView, sv: SegView, subs: Subjects, sizes: list[re.Match[str]]) -> list[AttributeFact]:
    """'A y B alcanzan 256K de contexto y 2M de contexto, respectivamente': the sizes go to the models named
    before the first of them, in order; with as many models as sizes, else to none."""
    models: list[Ref] = []
    for r in _named(subs, sv):
        if r.end <= sizes[0].start() and all(r.canonical != o.canonical for o in models):
            models.append(r)
    values = [_value(m) for m in sizes]
    if len(models) != len(sizes) or any(
        not 1000 <= v <= 1e8 or _setting(view.text, sv, m) for v, m in zip(values, sizes, strict=True)
    ):
        return []
    return [
        fact(view, sv, r, "context_window_tokens", integer_text(v), 0.75, "prose")
        for r, v in zip(models, values, strict=True)
    ]
