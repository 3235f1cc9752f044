"""Prices from prose: money amounts with a per-million unit and an input/output word ("$3/M in, $15/M out",
"$0.40 / $1.60 per 1M tokens (input/output)", "$0.30 in / $1.20 out"), and whose price it is: the model
after the pair's 'for', else the subject before it (not the model it is compared with). `PRICE_HINT` is the
cheap test of a segment before `prices` reads it.
"""

from __future__ import annotations

import re

from extractors.facts.document import DocView, Ref, SegView
from extractors.facts.numbers import decimal_text
from extractors.facts.subjects import Subjects, fact
from schema.records import AttributeFact

PRICE_HINT = re.compile(r"\$|us\$|usd")
_FOR_SIDE = re.compile(r"\s+(?:for|on)\s+(?:input|output)")  # 'per million tokens for input'
_MONEY_RE = re.compile(
    r"(?:US\$|\$|USD\s?)(?P<num>\d+(?:\.\d+)?)(?!\d|,\d|\s*(?:billion|million|bn|mn|thousand|[BMK]\b(?!\s*(?:in|out)\b)))"
)
_PER_MTOK = re.compile(
    r"\s*(?:USD\s*)?(?:per|/|a|for\s+each|for\s+every)\s*(?:1M|1\s?M|one\s+million|a\s+million|million|M|"
    r"1\s+million|MTok|mtok|1,000,000)(?![\w])",
    re.I,
)
# "well under $1 per million input tokens": a bound on many prices, not one model's price
_BOUND = re.compile(
    r"\b(?:under|below|less\s+than|over|above|more\s+than|at\s+most|at\s+least|up\s+to)\s+$", re.I
)
_KIND_RE = re.compile(r"\b(?P<i>input|prompt|in)\b|\b(?P<o>output|completion|out)\b", re.I)
_BOTH_RE = re.compile(
    r"\(?\s*(?:input|in)\s*(?:/|and|,)\s*(?:output|out)\s*\)?|\bfor\s+(?:both\s+)?input\s+and\s+output", re.I
)


def _price_kinds(text: str, amounts: list[re.Match[str]], i: int, seg_end: int) -> list[str]:
    """Which price(s) amount i is: the nearest input/output word after it (up to the next amount), else the
    nearest one before it (back to the previous amount)."""
    m = amounts[i]
    nxt = amounts[i + 1].start() if i + 1 < len(amounts) else min(seg_end, m.end() + 60)
    span = text[m.end() : min(nxt, m.end() + 60)]
    both = _BOTH_RE.search(span)
    k = _KIND_RE.search(span)
    if (
        k is not None
        and i + 1 < len(amounts)
        and re.fullmatch(r"\s*(?:price|cost)?\s*[:=]?\s*", span[k.end() :])
    ):
        k = None  # 'Input $2/M, Output $8/M': the word right before the next amount labels that one
    if both and (k is None or both.start() <= k.start()):
        return ["price_input_per_mtok", "price_output_per_mtok"]
    if k is None:
        prv = amounts[i - 1].end() if i > 0 else max(0, m.start() - 40)
        back = list(_KIND_RE.finditer(text[max(prv, m.start() - 40) : m.start()]))
        k = back[-1] if back else None
    if k is None:
        return []
    return ["price_input_per_mtok"] if k.group("i") else ["price_output_per_mtok"]


def prices(view: DocView, sv: SegView, subs: Subjects) -> list[AttributeFact]:
    text = view.text
    seg = sv.seg
    amounts = list(_MONEY_RE.finditer(text, seg.start, seg.end))
    if not amounts:
        return []
    out: list[AttributeFact] = []
    priced = [
        bool(_PER_MTOK.match(text, a.end()))
        and not _BOUND.search(text, max(seg.start, a.start() - 20), a.start())
        for a in amounts
    ]
    # "$0.40 / $1.60 per 1M tokens (input/output)": a pair shares the unit and reads in order
    for i in range(len(amounts) - 1):
        gap = text[amounts[i].end() : amounts[i + 1].start()]
        if priced[i + 1] and not priced[i] and re.fullmatch(r"\s*(?:/|and|,|or)\s*", gap):
            rest = text[amounts[i + 1].end() : min(seg.end, amounts[i + 1].end() + 60)]
            unit = _PER_MTOK.match(rest)
            slash = "/" in gap and not _KIND_RE.search(rest[: (unit.end() if unit else 0) + 25])
            if (
                _BOTH_RE.search(rest)
                or re.search(r"\binput\s*(?:/|and)\s*output\b", rest, re.I)
                or slash  # "$3/$15 per million tokens": input then output, as price sheets write it
            ):
                subj = _price_subject(subs, sv, amounts[i])
                for s in subj:
                    for j, attr in ((i, "price_input_per_mtok"), (i + 1, "price_output_per_mtok")):
                        value = decimal_text(float(amounts[j].group("num")))
                        out.append(fact(view, sv, s, attr, value, 0.8, "prose"))
                priced[i] = priced[i + 1] = False
    # "$0.30 in / $1.20 out": a pair with its own in/out words is a per-million price even with no unit
    for pm in _IN_OUT_PAIR.finditer(text, seg.start, seg.end):
        for s in _price_subject(subs, sv, pm):
            for g, attr in (("num", "price_input_per_mtok"), ("out", "price_output_per_mtok")):
                out.append(fact(view, sv, s, attr, decimal_text(float(pm.group(g))), 0.75, "prose"))
    seen_unit = False
    for i, a in enumerate(amounts):
        if not priced[i] and not (seen_unit and _FOR_SIDE.match(text, a.end())):
            continue
        seen_unit = True
        attrs = _price_kinds(text, amounts, i, seg.end)
        if not attrs:
            continue
        for s in _price_subject(subs, sv, a):
            for attr in attrs:
                out.append(fact(view, sv, s, attr, decimal_text(float(a.group("num"))), 0.8, "prose"))
    return out


_IN_OUT_PAIR = re.compile(
    r"(?:US\$|\$)(?P<num>\d+(?:\.\d+)?)\s*(?:in|input)\s*(?:/|,|and)\s*(?:US\$|\$)(?P<out>\d+(?:\.\d+)?)\s*"
    r"(?:out|output)\b(?!\s*(?:per|/)\s*(?:1M|M|million|MTok))"
)


def _price_subject(subs: Subjects, sv: SegView, a: re.Match[str]) -> list[Ref]:
    text = subs.view.text
    models = subs.models(sv)
    # "$0.45 per million input tokens and $1.80 per million output tokens for Name": the pair's 'for'
    for fm in re.finditer(r"\bfor\s+", text[a.end() : min(sv.seg.end, a.end() + 110)]):
        at = a.end() + fm.end()
        if re.search(r"\.\s|;", text[a.end() : at]) or any(a.end() <= r.start < at for r in models):
            break
        hit = [r for r in models if r.start == at]
        if hit:
            return hit
    subj = subs.before(sv, a.start(), True)
    if len(subj) == 1 and _COMPARED.search(text, max(sv.seg.start, subj[0].start - 30), subj[0].start):
        # "A is cheaper than B at $1.10 / $4.40": the price is A's, B is only the comparison
        earlier = [
            r
            for r in models
            if r.reach <= subj[0].start
            and r.via not in ("pronoun", "implied")
            and r.canonical != subj[0].canonical
        ]
        return earlier[-1:]
    return subj


_COMPARED = re.compile(
    r"\b(?:than|versus|vs\.?|against|like|unlike|undercutting|undercuts|beats|beating|compared\s+(?:with|to))\s+(?:the\s+)?$",
    re.I,
)
