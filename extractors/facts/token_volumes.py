"""Token counts that are no model's context window: what the words after the count make it (output, training,
parameters, a rate), and amounts used or billed: a volume over a period ('80 million input tokens … every 30
days', '10 million tokens monthly'), the amount a price or a cost is given for ('Total cost for 1M context',
'53.76 ₽/1M tokens')."""

from __future__ import annotations

import re

_PERIOD = r"(?:days?|weeks?|months?|years?|hours?|minutes?)"
# a period the count is spread over, after it in its clause ('a year ago', 'a week after', 'a year of email'
# date or measure something else)
_PERIOD_AFTER = re.compile(
    rf"[^.;:!?]{{0,60}}?(?:\b(?:every|each|per)\s+(?:[\w.]+\s+)?{_PERIOD}\b|"
    rf"\ba\s+(?:[\w.]+\s+)?{_PERIOD}\b(?!\s+(?:ago|after|before|later|earlier|of)\b)|"
    r"\b(?:daily|weekly|monthly|yearly|annually|nightly)\b)",
    re.I,
)
# a count the page writes as a window ('1M tokens of context', 'a 1M-token context window', 'a context window
# of 1M tokens'): a period later in the clause is not its ('… and is updated every month')
_WINDOW_AFTER = re.compile(r"[\s‑-]*(?:tokens?\s+)?(?:of\s+)?(?:context|window)\b", re.I)
_WINDOW_BEFORE = re.compile(r"\b(?:context|window)\b[^.;:!?\d]{0,20}$", re.I)
# a cost or price the count is the quantity of, or a currency's rate per that many tokens
_PRICED_BEFORE = re.compile(
    r"(?:\b(?:costs?|price[ds]?|pricing|billed|charged|spend|bill)\s+(?:for|of|at|per)\s+(?:a\s+|the\s+)?|"
    r"[$€£¥₽]\s*/\s*|\b(?:USD|EUR|RUB|CNY)\s*/\s*)$",
    re.I,
)


# what the words right after a count make it: an output or training size, parameters, a rate
_OTHER_AFTER = re.compile(
    r"\s*(?:max(?:imum)?\s+)?(?:output|input(?!\s+(?:tokens?|context)\b)|per|of\s+(?:training|output|pretraining)|"
    r"training|parameters|params|dollars|users|downloads|(?:de\s+)?(?:salida|saída|sortie)|Ausgabe|в\s+секунду|"
    r"/\s?s(?:ec)?)\b"
)


def not_a_window(text: str, start: int, end: int, seg_end: int) -> bool:
    """Whether the token count at [start, end) is something else than a window, or an amount used or
    priced."""
    return bool(
        _OTHER_AFTER.match(text[end : min(seg_end, end + 40)])
        or _PRICED_BEFORE.search(text[max(0, start - 30) : start])
        or (
            _PERIOD_AFTER.match(text, end, seg_end) is not None
            and not _WINDOW_AFTER.match(text, end, seg_end)
            and not _WINDOW_BEFORE.search(text[max(0, start - 30) : start])
        )
    )
