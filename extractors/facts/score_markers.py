"""Numbers that label rather than measure: a list item's number ('3.', '- 4. Name = 67%'), a footnote or
citation number closing a sentence ('… a launch footprint 4, 6.'), a reference ('see Table 2', 'Step 3'),
and a bare version of one of the article's models ('more tokens than 4.6'). None of them is a score (used by
score_gates.py and scores.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from extractors.facts.alternation import by_first_char
from extractors.facts.document import SegView
from extractors.facts.numbers import NumberMention

_CITE_BEFORE = re.compile(r"(?<![\w.])(?P<w>[a-z][a-z-]+|[a-z]+[)\]]) $")
_PCT_VALUE = re.compile(r"\d\s?%")
# a run of reference numbers closing a sentence ('… a launch footprint 4, 6.', '… (OSWorld-Verified) 4.',
# '… in the app) 7, 1, 6. The …'): citations, each of them
_CITE_RUN = re.compile(
    r"(?<![\w.\u2011-])[\w\u2011-]*[A-Za-z][)\]]? (?P<run>\d{1,2}(?:, ?\d{1,2})+|\d{1,2})"
    r"(?=[.;:]?(?:\s+[A-Z]|\s*$))"
)
_CITE_AFTER = re.compile(r"[.,;:]?(?:\s|$)")
_VALUE_WORDS = {
    "at", "of", "to", "by", "on", "is", "was", "and", "or", "vs", "than", "with", "scored", "scores",
    "score", "reached", "reaches", "reaching", "hit", "hits", "posted", "posts", "posting", "earned", "earns",
    "got", "gets", "achieved", "achieves", "achieving", "topped", "tops", "only", "just", "about", "around",
    "nearly", "solved", "solves", "rating", "elo", "index", "level", "tier",
}  # fmt: skip


_INLINE_ITEM = re.compile(r"[,:;]\s*$")
# a reference, not a value: '(Article 33)', 'see Table 2', 'Figure 4', 'Step 3'
REFERENCE_BEFORE = re.compile(  # (the words by first letter, the boundary after it: alternation.py)
    by_first_char(
        r"Article|Section|Sec\.|Figure|Fig\.|Table|Chapter|Ref\.|Eq\.|Appendix|Step|Phase|Episode|Issue|"
        r"Vol\.|Page|Part|Lesson|Tip|Rule|Question|Q",
        cased=True,
        not_after=r"\w",
    )
    + r"\s*$"
)


def marker(text: str, n: NumberMention, sv: SegView) -> bool:
    """A list number alone on its line ('3.') or a reference number after a word ('… improvement 1.',
    '… environments 3'): small whole numbers with no unit that no value word leads to."""
    if n.percent or n.decimals or n.number >= 30:
        return False
    if text[sv.seg.start : sv.seg.end].strip(" .)#") == n.raw.strip():
        return True
    if not text[sv.seg.start : n.start].strip(" -*•·") and re.match(r"[.)]\s+\S", text[n.end : n.end + 3]):
        return True  # an item's number where its line opens ('- 4. o3 da OpenAI = 67%')
    if not text[sv.seg.start : n.start].strip() and re.match(r" [A-Z][a-z]+ [a-z]", text[n.end : n.end + 40]):
        return True  # '… benchmarks. 2 Most of these …': a footnote's number left before the next sentence
    if _INLINE_ITEM.search(text, max(0, n.start - 3), n.start) and re.match(
        r"[.)]\s", text[n.end : n.end + 2]
    ):
        return True  # an inline numbered list ('are: 1. A (Lab), 2. B (Lab), 3. C')
    for run in _CITE_RUN.finditer(text, max(sv.seg.start, n.start - 40), min(sv.seg.end, n.end + 40)):
        if run.start("run") <= n.start and n.end <= run.end("run"):
            w = text[run.start() : run.start("run") - 1]
            if w.rstrip(")]").lower() in _VALUE_WORDS:
                continue
            if w[-1] in ")]" or ("," in run.group("run") and w.islower()):
                return True
            if _PCT_VALUE.search(text, sv.seg.start, run.start()):
                return True  # '… at 75.0% on OSWorld-Verified 4.': the sentence's value came before
    b = _CITE_BEFORE.search(text, max(sv.seg.start, n.start - 30), n.start)
    return (
        b is not None
        and b.group("w").rstrip(")]") not in _VALUE_WORDS
        and _CITE_AFTER.match(text, n.end, sv.seg.end + 1) is not None
        and (n.end >= sv.seg.end - 1 or text[n.end : n.end + 3].strip(".,;: ")[:1].isupper())
    )


_UNIT_AFTER = re.compile(r"\s?(?:points?|pts|pp|[Ee]lo)\b")


_DOTTED = re.compile(r"(?<![\w.])(\d{1,2}\.\d{1,2})(?![\w.])")


def model_versions(models: Iterable[str]) -> frozenset[str]:
    """The dotted versions of the article's models ('4.7' of 'Name Opus 4.7')."""
    return frozenset(v for m in models for v in _DOTTED.findall(m))


def version_named(text: str, n: NumberMention, versions: frozenset[str]) -> bool:
    """A bare number that is one of the article's models' versions ('a new tokenizer with 4.7', 'more tokens
    than 4.6') names that model, it is not a score (a '%', points or Elo after it still make it one)."""
    return n.raw in versions and not n.percent and not _UNIT_AFTER.match(text, n.end)
