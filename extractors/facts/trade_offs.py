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
from collections.abc import Iterable
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


# what stands between the rival and 'N times its size' when the apposition sizes the rival: 'B, a model
# nearly three times its size', 'B (six times its size)', 'B on T, a rival twice its size'
_APPOSITION = re.compile(
    r"(?:\s+(?:on|in|across)\s+[^,;()]{1,40})?\s*(?:,|\(|—|–|\s-)\s*(?:which\s+is\s+|that\s+is\s+)?"
    r"(?:(?:a|an|the)\s+)?(?:(?:model|system|rival|competitor|one|LLM|roughly|nearly|about|almost|around|"
    r"over|some|more\s+than)\s+)*",
    re.I,
)
# a measure set against a third party after its noun ('half the memory of its predecessor', 'fewer
# parameters than Llama'): the rival's own size or compute only if the rest names it
_MEASURED_AGAINST = re.compile(
    r"\s+(?:of|than|as|compared\s+(?:to|with)|that\s+of)\b|.*\b(?:predecessor|previous|prior|older|original)\b",
    re.I,
)


# a back reference to the rival before the quantity word ('B, with the latter at only 8B', 'B on T, which
# runs with only 8B', "with the lab's model at only 8B"): the size is the rival's own (the attribute rules
# give it to the rival), so the subject is not the smaller one
_RIVAL_BACK = re.compile(
    r"\b(?:the\s+latter|which|whose|the\s+(?:rival|other\s+(?:one|model)))\b|\w['’]s\s+(?:model|system|entry)\b",
    re.I,
)


def _cost(sentence: str, after: int, rival: str) -> tuple[str, int] | None:
    """The size or compute relation a contrast after `after` gives the quality claim's subject and where its
    cue stands, or None: within `REACH` characters, before any list item mark (' - ', ' • ')."""
    tail = sentence[after : after + REACH]
    tail = _ITEM_MARK.split(tail, maxsplit=1)[0]
    its = _ITS_SIZE.search(tail)
    if its and _APPOSITION.fullmatch(tail, 0, its.start()):
        return "smaller_than", after + its.start()
    for m in _CONTRAST.finditer(tail):
        clause = m.group(0)
        if _PRICE.search(clause):
            continue  # 'at just $0.10 per million tokens' is a price, not compute
        q = _LESS_NOUN.search(clause)
        if q and _RIVAL_BACK.search(tail, 0, m.start() + q.start()):
            return None  # the rival's own size or compute, not the subject's
        if q:
            rest = clause[q.end() :]
            if _MEASURED_AGAINST.match(rest) and not _written(rest, rival):
                continue  # 'while using half the memory of its predecessor': not less than the rival
            return ("smaller_than" if q.group("size") else "less_compute_than"), after + m.start() + q.start()
        for rx, rel in ((_SMALLER, "smaller_than"), (_LARGER, "larger_than")):
            q = rx.search(clause)
            if q:
                return rel, after + m.start() + q.start()
    return None


def _written(sentence: str, name: str, start: int = 0) -> re.Match[str] | None:
    """Where the sentence writes `name`, its spaces and hyphens as either ('DeepSeek-V3' as 'DeepSeek V3')."""
    parts = [re.escape(p) for p in re.split(r"[\s-]+", name) if p]
    if not parts:
        return None
    whole = r"(?<![\w.-])" + r"[\s-]?".join(parts) + r"(?![\w]|[.-]\w)"
    return re.compile(whole, re.I).search(sentence, start)


def _find(sentence: str, name: str) -> int:
    m = _written(sentence, name)
    return m.end() if m else -1


def _owned_by_other(sentence: str, c: ClaimFact, end: int, cue: int, names: set[str]) -> bool:
    """A model other than the subject is named between this claim's rival and the cue, with a clause
    between them ('beats A by far, but also tops B despite being smaller', 'beats A, and C does well despite
    fewer parameters', 'beats A, while A uses half the memory', the rival again): the contrast is about that
    model. A list ('A and B despite ...') shares it."""
    for name in sorted(names - {c.subject}):  # (in one order: the patterns compiled are the same every run)
        m = _written(sentence, name, end)
        if m and m.start() < cue and not _LIST_GAP.fullmatch(sentence[end : m.start()]):
            return True
    return False


def trade_off_claims(claims: list[ClaimFact], models: Iterable[str] = ()) -> list[ClaimFact]:
    """`claims` with the size or compute claim each trade-off sentence adds; a size claim the comparison
    already read from a compute contrast ('less memory and energy') takes the compute relation instead.
    `models` are the page's model names, any of which may be what a contrast is about."""
    out = list(claims)
    for c in claims:
        if c.relation not in _QUALITY or c.polarity != "asserts" or not c.object:
            continue
        end = _find(c.evidence.text, c.object)
        found = _cost(c.evidence.text, end, c.object) if end >= 0 else None
        names = {o.object for o in claims if o.object and o.evidence.start == c.evidence.start} | set(models)
        if found is None or _owned_by_other(c.evidence.text, c, end, found[1], names):
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
