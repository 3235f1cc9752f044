"""Whether a comparison is stated as fact: a question, a condition, a doubt or an aim leaves it hedged
("If A beats B", "A was built to beat B"), a refuted report or a scarcely negates it ("hardly beats", "the
headline claiming that A beats B is not supported"), and what a claim is said to promise ("the pitch is that
…") is not a finding. `comparisons.polarity` reads the negation and hedges of the clause first.
"""

from __future__ import annotations

import re

from extractors.facts.comparisons import CLAIMS_TO, Head
from extractors.facts.sentence_bounds import sentence_end

# what was claimed, set out after a colon or as "the pitch is that …" (the claim's content, not a finding)
_CLAIMS_LISTED = re.compile(
    r"\b(?:claims?|promises?|pitch)\b(?:[^.:;]{0,40}:\s|[^.:;]{0,60}?\b(?:is|was)\s+that\s)", re.I
)
# "The claim is partially true: A matches B …": a verdict on the claim, then the finding itself
_VERDICT = re.compile(
    r"\b(?:claims?|promises?|pitch)\s+(?:is|was|are|were)\s+(?:\w+\s+){0,2}?(?:true|false|accurate|"
    r"inaccurate|correct|wrong|misleading|overstated|right|half-true)\s*:\s",
    re.I,
)


# "Based on unverified internal benchmarking, Lab claims that A beats B": the source itself is in doubt (up
# to a turn of the sentence: "…, though A is far behind C" is stated)
_DOUBTED_SOURCE = re.compile(r"\b(?:unverified|unconfirmed|uncorroborated|unaudited)\b", re.I)
_TURN = re.compile(r"\b(?:though|although|but|however|while|whereas|yet)\b", re.I)


def doubted_source(text: str, sent: int, at: int) -> bool:
    """The sentence before `at` says its source is unverified, and no turn of the sentence lies between."""
    doubt = _DOUBTED_SOURCE.search(text, sent, at)
    return doubt is not None and _TURN.search(text, doubt.end(), at) is None


def listed_claim(text: str, sent: int, at: int) -> bool:
    """What was claimed, set out after a colon or as 'the pitch is that …'; not the finding after a verdict
    on the claim ('The claim is partially true: …')."""
    listed = _CLAIMS_LISTED.search(text, sent, at)
    return listed is not None and not _VERDICT.match(text, listed.start(), at)


# not stated as fact: a question, a condition, a doubt ("Does A beat B?", "If A beats B, …", "critics doubt A
# beats B")
_CONDITION = re.compile(
    r"\b(?:if|unless|(?<!without\sa\s)(?<!without\s)(?<!no\s)(?<!beyond\s)(?:doubts?|doubted)|doubtful|either|"
    r"(?:believed|thought|rumou?red|tipped)\s+to|questionable|unclear|unproven|arguably|possibly|perhaps|"
    r"maybe|probably|presumably|should|aims?\s+to|aiming\s+to|hopes?|hoping|unlikely|will|poised\s+to|"
    r"needs?\s+to|has\s+to|have\s+to|must|"
    r"set\s+to|promises?\s+to|claiming\s+to|" + CLAIMS_TO + r"|rumou?rs?|leak(?:s|ed)?)\b",
    re.I,
)
# "A used to beat B", "used to be 3x faster": a past state, not now ("a test used to evaluate coding, on which
# A beats B" is no such thing)
_USED_TO = re.compile(r"\bused\s+to\s+(?:[a-z]+\s+){0,2}$", re.I)
# after the comparison: "…, at least on paper", "… in theory"
_CONDITION_AFTER = re.compile(r"\b(?:on\s+paper|in\s+theory|supposedly|allegedly)\b", re.I)
_SCARCELY = re.compile(
    r"\b(?:hardly|scarcely|far\s+from|unable\s+to|(?:has|have|is|are)\s+yet\s+to)\s+$", re.I
)
_SENT_STOP = re.compile(r"[.!?](?=[\"')\]]*(?:\s|$))")


def unasserted(text: str, head: Head, clause_span: tuple[int, int], seg_end: int, how: str) -> str:
    cs, ce = clause_span
    if how != "asserts":
        return how
    stop = _SENT_STOP.search(text, head.end, seg_end)
    if (
        stop is not None
        and stop.group(0) == "?"
        and not (stop.start() > ce and _LATER_QUESTION.match(text, ce))  # "A beats B, but will it beat C?"
    ):
        return "question"
    if (
        _SCARCELY.search(text, max(cs, head.start - 24), head.start)
        or _NO_EVIDENCE.search(text, cs, head.start)
        or (
            _NOT_BEFORE.search(text, max(cs, head.start - 12), head.start)
            and not text.startswith("match", head.start)
        )
    ):
        return "negated"  # "hardly beats", "there is no evidence that A beats B"
    reported = _INTENT.search(text, cs, head.start)
    if (
        reported
        and reported.group("said")
        and _REFUTED.search(text, head.end, sentence_end(text, head.end, seg_end))
    ):
        return "negated"  # "the headline claiming that A beats B does not appear to be supported"
    if (
        _CONDITION.search(text, cs, head.start)
        or _USED_TO.search(text, max(cs, head.start - 40), head.start)
        or _CONDITION_AFTER.search(text, head.end, ce)
        or reported
    ):
        return "hedged"
    return how


# what a reported claim is then said to be: "… is not supported by the evidence", "… turned out to be false"
_REFUTED = re.compile(
    r"\b(?:(?:does|do|did|is|are|was|were|has|have)\s*n['’]t|not|never)\s+(?:\w+\s+){0,3}?(?:supported|true|"
    r"accurate|correct|hold(?:\s+up)?|borne\s+out|confirmed|verified|backed|substantiated|the\s+case)\b"
    r"|\b(?:is|are|was|were|proved|proven|turned\s+out\s+to\s+be)\s+(?:\w+\s+)?(?:false|wrong|misleading|"
    r"unfounded|untrue|overstated|inaccurate|debunked|fake)\b",
    re.I,
)


_LATER_QUESTION = re.compile(
    r",?\s*(?:but|and|yet|so|while)\s+(?:will|would|does|do|did|is|are|was|were|can|could|should|has|have|how|"
    r"why|what|who|which)\b",
    re.I,
)
# "no better than", and a verb negated on pages in other languages ("ne bat pas", "tidak melampaui")
_NOT_BEFORE = re.compile(r"\b(?:no|ne|n['’]a\s+pas|nicht|tidak|belum|não)\s+$", re.I)
_NO_EVIDENCE = re.compile(r"\bno\s+(?:evidence|proof|sign|indication)\s+(?:yet\s+)?that\b", re.I)
# an aim, not a result: "tries to beat", "was built to beat", "wants A to beat", "the claim that A beats B"
_INTENT = re.compile(
    r"\b(?:tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?|wants?|wanted|built|designed|meant|intended|engineered|"
    r"plans?|planned|seeks?|sought|seeking|struggl(?:e|es|ed|ing)|races?|racing|raced|vies|vying|"
    # "the aim is to surpass B", "its primary objective is to outperform B"
    r"aims?|goals?|objectives?|ambitions?|mission)\b"
    r"[^,;.]{0,40}?\bto\s+(?:\w+\s+)?$"
    r"|(?P<said>\b(?:the|a|this|that)\s+(?:claims?|idea|notion|suggestion|assertion|rumou?r|hope|fear)\s+that\b"
    r"|\b(?:headlines?|reports?|posts?|articles?|tweets?|rumou?rs?)\s+(?:claiming|saying|suggesting)\s+(?:that\s+)?)",
    re.I,
)
