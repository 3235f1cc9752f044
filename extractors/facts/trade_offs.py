"""A trade-off: a quality result set against what it costs in size or compute in the same sentence ('A beats
B despite being half its size', 'A matches B with only 30B parameters', 'A tops B on half the training
compute', 'A surpasses B, a model three times its size'). The gold's conventions read two claims there: the
quality one the comparison already gives, and a size (`smaller_than`/`larger_than`) or compute
(`less_compute_than`) one between the same two models. The contrast is a structure (a concession or a
means clause after the quality claim, or an apposition sizing the rival against 'its size') holding a
quantity word and a size or compute noun; which side is smaller follows from the quantity word, never from
a list of models. A count of tokens is not compute in the labels (FLOPs, GPU-hours, training are), so
'while using 40% fewer tokens' adds nothing."""

from __future__ import annotations

import re
from dataclasses import replace

from schema.records import ClaimFact

_QUALITY = {"outperforms", "on_par_with", "behind"}
_SIZE_RELATIONS = {"smaller_than", "larger_than", "less_compute_than", "more_compute_than"}

# the clause that sets a cost against the result: a concession or a means ('despite', 'while using',
# 'with only', 'at a fraction of'), up to the next clause break
_CONTRAST = re.compile(
    r"\b(?:despite|in\s+spite\s+of|while|whilst|although|even\s+though|with\s+(?:only|just|far|much)|"
    r"using|at\s+(?:only|just|a\s+fraction|half|a\s+third|a\s+quarter)|but\s+with|for\s+(?:only|just))\b"
    r"(?P<clause>[^.;:!?\n]{0,110})",
    re.I,
)
_LESS = (
    r"(?:fewer|less|smaller|lower|only|just|half|a\s+(?:third|quarter|fifth|tenth|fraction)|"
    r"one[-\s](?:third|quarter|fifth|tenth)|\d+(?:\.\d+)?\s?%\s+(?:fewer|less|lower|smaller))"
)
_MORE = r"(?:larger|bigger|more\s+parameters)"
_SIZE_NOUN = r"(?:parameters?|params|size|weights|footprint|billion|[0-9.]+\s?[BM]\b)"
_COMPUTE_NOUN = (
    r"(?:compute|computing|computational|memory|energy|resources|GPU[-\s]hours|FLOPs|"
    r"training\s+(?:budget|cost|runs?))"
)
# the quantity word and the nearest noun after it say what is less: 'half the active parameters per token' is
# a size, 'a third of the training budget' compute
_LESS_NOUN = re.compile(
    rf"\b{_LESS}\b[^,]{{0,40}}?\b(?:(?P<size>{_SIZE_NOUN})|(?P<compute>{_COMPUTE_NOUN}))",
    re.I,
)
_SMALLER = re.compile(
    r"\b(?:being|is|it'?s)\s+(?:a\s+)?(?:much\s+|far\s+)?(?:smaller|tinier|lighter)\b", re.I
)
_LARGER = re.compile(rf"\b(?:being|is|it'?s)\s+(?:a\s+)?(?:much\s+|far\s+)?{_MORE}\b", re.I)
REACH = 160  # characters after the rival within which its contrast is read
_ITEM_MARK = re.compile(r"\s[-•*]\s")
_LIST_GAP = re.compile(r"[\s,]*(?:(?:and|or|as\s+well\s+as|&)\s+)?(?:the\s+|even\s+)?[\s,]*", re.I)
_PRICE = re.compile(r"[$€¥£]|\bper\s+(?:million|1M|M\b|thousand)|\bpric|\bcost", re.I)
# 'a model three times its size', 'rivals twice its size': the rival sized against the subject
_ITS_SIZE = re.compile(
    r"\b(?:\d+(?:\.\d+)?\s?(?:x|×|times)|twice|two|three|four|five|six|ten|several|many)\s*(?:times\s+)?"
    r"(?:its|their)\s+(?:own\s+)?size\b",
    re.I,
)


def _cost(sentence: str, after: int) -> tuple[str, int] | None:
    """The size or compute relation a contrast after `after` gives the quality claim's subject and where its
    cue stands, or None: within `REACH` characters, before any list item mark (' - ', ' • ')."""
    tail = sentence[after : after + REACH]
    tail = _ITEM_MARK.split(tail, maxsplit=1)[0]
    its = _ITS_SIZE.search(tail)
    if its:
        return "smaller_than", after + its.start()
    for m in _CONTRAST.finditer(tail):
        clause = m.group(0)
        if _PRICE.search(clause):
            continue  # 'at just $0.10 per million tokens' is a price, not compute
        q = _LESS_NOUN.search(clause)
        if q:
            return ("smaller_than" if q.group("size") else "less_compute_than"), after + m.start() + q.start()
        for rx, rel in ((_SMALLER, "smaller_than"), (_LARGER, "larger_than")):
            q = rx.search(clause)
            if q:
                return rel, after + m.start() + q.start()
    return None


def _written(sentence: str, name: str, start: int = 0) -> re.Match[str] | None:
    """Where the sentence writes `name`, its spaces and hyphens as either ('DeepSeek-V3' as 'DeepSeek V3')."""
    parts = [re.escape(p) for p in re.split(r"[\s-]+", name) if p]
    return re.compile(r"[\s-]?".join(parts), re.I).search(sentence, start) if parts else None


def _find(sentence: str, name: str) -> int:
    m = _written(sentence, name)
    return m.end() if m else -1


def _owned_by_other(sentence: str, c: ClaimFact, end: int, cue: int, claims: list[ClaimFact]) -> bool:
    """Another claim of the sentence names its rival between this claim's rival and the cue, and a
    clause of its own stands between them ('beats A by far, but also tops B despite being smaller'): the
    contrast is that claim's. A list ('A and B despite ...') shares it."""
    for o in claims:
        if o is c or not o.object or o.object == c.object or o.evidence.start != c.evidence.start:
            continue
        m = _written(sentence, o.object, end)
        if m and m.start() < cue and not _LIST_GAP.fullmatch(sentence[end : m.start()]):
            return True
    return False


def trade_off_claims(claims: list[ClaimFact]) -> list[ClaimFact]:
    """`claims` with the size or compute claim each trade-off sentence adds; a size claim the comparison
    already read from a compute contrast ('less memory and energy') takes the compute relation instead."""
    out = list(claims)
    for c in claims:
        if c.relation not in _QUALITY or c.polarity != "asserts" or not c.object:
            continue
        end = _find(c.evidence.text, c.object)
        found = _cost(c.evidence.text, end) if end >= 0 else None
        if found is None or _owned_by_other(c.evidence.text, c, end, found[1], claims):
            continue
        rel = found[0]
        subject, obj = (c.subject, c.object)
        pair = frozenset((subject, obj))
        same = [
            i
            for i, o in enumerate(out)
            if o.relation in _SIZE_RELATIONS
            and frozenset((o.subject, o.object)) == pair
            and o.evidence.start == c.evidence.start
        ]
        if same:
            for i in same:
                o = out[i]
                if rel == "less_compute_than" and o.relation == "smaller_than" and o.subject == subject:
                    out[i] = replace(o, relation=rel)
            continue
        out.append(replace(c, relation=rel, magnitude=None, unit=None, benchmark=None, method="trade_off"))
    return out
