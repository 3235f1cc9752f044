"""The guards on a comparison's head before its sides are read: a comparative in apposition to the name before
it ('A beats B (3x larger)'), a comparative that compares something other than the models ('better known
than', 'a higher error rate than') and a passive head with its agent ('is outperformed by B')."""

from __future__ import annotations

import re

from extractors.facts.claim_sides import is_named
from extractors.facts.comparisons import Head
from extractors.facts.document import Ref
from extractors.facts.patterns import kind_alternation
from extractors.facts.spec_parity import spec_parity

# what a comparative compares when words stand between it and "than": "better known", "a larger user base", "a
# higher hallucination rate" compare something other than the models' quality or size (or the worse way round)
_SIZE_NOUN = re.compile(
    r"\b(?:parameters?|params|models?|versions?|variants?|context(?:\s+windows?)?|footprint|size|memory|"
    r"checkpoints?|weights)\b",
    re.I,
)
_WORSE_IS_MORE = re.compile(
    r"\b(?:hallucinat\w*|errors?|failures?|refusals?|mistakes?|loss|perplexity|toxicity|bias|risks?|"
    r"regressions?|bugs?|misalign\w*|harm\w*|jailbreak\w*|sycophan\w*|decepti\w*|"
    r"(?<!win\s)(?<!pass\s)(?<!success\s)(?<!solve\s)rates?)\b",
    re.I,
)


# what may stand between a name and the parenthesis describing it: its figure ("B: 62.8 (8.5 points behind)")
_FIGURE_GAP = re.compile(r"\s*(?::\s*[~≈]?\$?\d[\d.,]*\s?%?)?\s*")
# "B with 400B parameters — a model 12 times larger": an appositive noun phrase after a dash or a comma
# ("a model 12 times larger", "a far larger system"; not "a result 5 points higher": the noun names a model)
_APPOSITION = re.compile(
    r"(?:[—–]|\s-\s|,)\s*an?\s+(?:(?:[\w-]+\s+)?(?:models?|systems?|LLMs?|rivals?|variants?|versions?|"
    r"siblings?|competitors?|challengers?|contenders?|networks?)\s+|(?:far|much|even|slightly|considerably|"
    r"significantly|vastly|somewhat)\s+)?$",
    re.I,
)
_NAME_TAIL = re.compile(r"(?:\s+(?:with|at)\s+[^,;—–()\n]{1,40}?)?\s*")


def about_the_name_before(text: str, models: list[Ref], head: Head, seg_start: int) -> Ref | None:
    """A comparative without an object inside a parenthesis opened right after a model's name (or its figure),
    or in apposition to it ('A beats B (3x larger)', 'B: 62.8 (8.5 points behind)', 'B with 400B parameters —
    a model 12 times larger'), describes that model against the clause's other side: the model it describes,
    whose side it is whatever the clause's direction."""
    paren = text.rfind("(", max(seg_start, head.start - 24), head.start)
    if paren >= 0 and ")" not in text[paren : head.start]:
        close = text.find(")", head.end, head.end + 40)
        if close < 0 or any(head.end <= r.start < close for r in models):
            return None
        return next(
            (
                r
                for r in reversed(models)
                if is_named(r) and r.reach <= paren and _FIGURE_GAP.fullmatch(text, r.reach, paren)
            ),
            None,
        )
    if head.obj_from >= 0:
        return None
    app = _APPOSITION.search(text, max(seg_start, head.start - 30), head.start)
    if app is None:
        return None
    return next(
        (
            r
            for r in reversed(models)
            if is_named(r) and r.reach <= app.start() and _NAME_TAIL.fullmatch(text, r.reach, app.start())
        ),
        None,
    )


# "ahead of the Name 5 launch", "ahead of potential Name 5 previews": before an event of the model's (a noun
# of an event after its name, in lower case), a time, not a lead over it; both word lists are data
# (claim_words.jsonl kinds 'event_lead' and 'event_noun')
_EVENT_NOUN = kind_alternation("claim_words.jsonl", "event_noun", longest_first=True)
_BEFORE_EVENT = re.compile(
    rf"\s+(?:{kind_alternation('claim_words.jsonl', 'event_lead')}\s+)*"
    rf"(?:[A-Z0-9][\w.-]*\s+){{1,4}}{_EVENT_NOUN}\b"
)
_AHEAD_OF = re.compile(r"ahead\s+of$", re.I)


def not_a_comparison_of_models(text: str, m: re.Match[str], head: Head, cs: int) -> bool:
    if _AHEAD_OF.search(m.group(0)) and _BEFORE_EVENT.match(text, m.end()):
        return True  # "ships ahead of the B launch": earlier than B's event, not ahead of B
    cmp = (m.group("cmp") or "").lower()
    dim = (m.group("dim") or "").strip().lower()
    if cmp in ("better", "worse", "stronger", "weaker") and re.match(r"[a-z]+(?:ed|wn)\b", dim):
        return True  # "better known than", "better funded than"
    if cmp in ("faster", "slower", "quicker") and re.match(r"(?:growing|rising|expanding|adopted)\b", dim):
        return True  # "faster growing than"
    if cmp in ("larger", "bigger", "smaller") and dim and not _SIZE_NOUN.search(dim):
        return True  # "a larger user base than", "a bigger deal than"
    if spec_parity(text, head):
        return True  # "equals the parameter count of B", "on par with B in price": a spec, not quality
    # "a higher hallucination rate than", "its error rate is lower than": more is worse
    return (
        cmp in ("higher", "lower", "more", "less", "fewer")
        and head.relation in ("outperforms", "behind")
        and bool(_WORSE_IS_MORE.search(text, max(cs, head.start - 40), head.end))
    )


# a participle of comparison followed by its agent: "is outperformed by B", "was edged out by B" (not "by 3
# points", a margin)
_PASSIVE_HEAD = re.compile(r"(?:ed|en|ook|one)(?:\s+(?:out|past))?$", re.I)
_AGENT = re.compile(
    r"\s+(?:(?:only|just|even|also|narrowly|easily|handily|soundly|clearly|comfortably|slightly|now|again|"
    r"already)\s+)?by\s+(?!(?:about|roughly|around|nearly|almost|just|only|over|some|~)?\s*(?:\d|a\s+(?:single|wide|"
    r"narrow|small|large|big|slim|clear|comfortable)|an?\s+\w+\s+(?:margin|gap|lead)|(?:one|two|three|four|five|"
    r"six|seven|eight|nine|ten)\b))",
    re.I,
)


def passive_head(text: str, m: re.Match[str]) -> bool:
    verb = m.group("out") or m.group("behind")
    if not verb or not _PASSIVE_HEAD.search(m.group(0)):
        return False
    return _AGENT.match(text, m.end()) is not None
