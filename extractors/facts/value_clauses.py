"""Numbers whose clause says they are not a stated result: a value in code or data ('"num_layers": 64,'), a
supposition ('… but if it is 7.1%, it resolves negatively') and the earlier state of a change written with an
arrow ('MMLU : 73.3 % → 85.0 %', the value before the arrow is the predecessor's). Used by score_gates."""

from __future__ import annotations

import re

from extractors.facts.numbers import NumberMention

# a quoted key and its colon right before the number: a config or JSON line, never a stated score
_CODE_KEY = re.compile(r"[\"'][\w.-]+[\"']\s*:\s*$")
# the clause the number stands in opens with a supposition ('if', 'unless', 'suppose', 'assuming')
_SUPPOSED = re.compile(
    r"(?:^|[,;:(—–]\s*|\b(?:but|and|or|then)\s+)(?:even\s+)?(?i:if|unless|suppose|supposing|assuming)\b[^,;:()—–]*$"
)
_ARROW_NEXT = re.compile(r"\s*(?:%|percent|pts|points)?\s*(?:→|->|⟶|=>)\s*[~≈]?\d")
_SLASH_SECOND = re.compile(r"\d\s*(?:%|pts|points)?\s*/\s*[~≈]?$")
ARROW_BEFORE = re.compile(r"\s*[:=]?\s*[~≈]?\d[\d.,]*\s*(?:%|percent|pts|points)?\s*(?:→|->|⟶|=>)\s*[~≈]?$")


def not_a_result(text: str, n: NumberMention, seg_start: int) -> bool:
    """Whether the number's own clause makes it a key's value in code or a supposition."""
    if _CODE_KEY.search(text, max(seg_start, n.start - 60), n.start):
        return True
    clause = text[seg_start : n.start]
    return _SUPPOSED.search(clause if len(clause) <= 200 else "…" + clause[-200:]) is not None


def not_the_pages(text: str, n: NumberMention) -> bool:
    """Whether a figure with no model named is still not the page model's: the earlier side of an arrow
    ('73.3 % → 85.0 %'), or the second of two figures split by a slash ('B: 80.0% / 80.3%', two models' or
    two settings' figures)."""
    return (
        _ARROW_NEXT.match(text, n.end) is not None
        or _SLASH_SECOND.search(text, max(0, n.start - 16), n.start) is not None
    )
