"""Token counts that are no model's context window: what the words after the count make it (output, training,
parameters, a rate), and amounts used or billed: a volume over a period ('80 million input tokens … every 30
days', '10 million tokens monthly'), the amount a price or a cost is given for ('Total cost for 1M context',
'53.76 ₽/1M tokens')."""

from __future__ import annotations

import re

from extractors.facts.described_tests import in_test_description

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


# what the words right after a count make it: an output or training size, parameters, a rate, a tokenizer's
# vocabulary ('a 96K-token vocabulary')
_OTHER_AFTER = re.compile(
    r"\s*(?:max(?:imum)?\s+)?(?:output|input(?!\s+(?:tokens?|context|window)\b)|per|of\s+(?:training|output|pretraining)|"
    r"training|parameters|params|dollars|users|downloads|(?:[‑-]?tokens?\s+)?vocab(?:ulary)?|"
    r"(?:de\s+)?(?:salida|saída|sortie)|Ausgabe|в\s+секунду|"
    r"/\s?s(?:ec)?)\b"
)


def not_a_window(text: str, start: int, end: int, seg_end: int) -> bool:
    """Whether the token count at [start, end) is something else than a window, or an amount used or
    priced."""
    return bool(
        _OTHER_AFTER.match(text[end : min(seg_end, end + 40)])
        or in_test_description(text, start)
        or _PRICED_BEFORE.search(text[max(0, start - 30) : start])
        or (
            _PERIOD_AFTER.match(text, end, seg_end) is not None
            and not _WINDOW_AFTER.match(text, end, seg_end)
            and not _WINDOW_BEFORE.search(text[max(0, start - 30) : start])
        )
    )


# a comparison counted in tokens alone (no FLOPs, GPUs or compute named in it)
_TOKENS_ONLY = re.compile(
    r"(?:(?!flops|gpu|compute|computation|hours)[^.;])*?\b(?:(?:output|input|reasoning|thinking)\s+)?"
    r"(?:tokens|tool\s+calls)\b",
    re.I,
)
# tokens that are no work spent on a task: a window, a rate, an input taken, a request's size, training data
_NOT_SPENT = re.compile(
    r"\bcontext\b|\bwindow\b|\bper\s+(?:second|sec|s|request|call|prompt|query)\b|\btok(?:en)?s?\s*/\s*s\b|"
    r"\binput\b|\baccept(?:s|ed|ing)?\b|\btrain(?:ed|ing)?\s+(?:on|data|set|corpus)\b|\bpre-?train|"
    r"\bthroughput\b|\bprompt\s+(?:size|length)\b",
    re.I,
)


def tokens_not_spent(text: str, start: int, end: int, sent: int, sent_end: int) -> bool:
    """Whether a compute comparison at [start, end) counts tokens that are not spent doing a task: 'more
    tokens of context', '… per second', 'accepts more input tokens', '… per request', 'trained on 3x more
    tokens' (a window, a speed, an input, a data size); 'uses 30% fewer tokens', 'fewer reasoning tokens per
    task' stay compute."""
    return _TOKENS_ONLY.match(text, start, min(sent_end, end + 30)) is not None and bool(
        _NOT_SPENT.search(text, sent, sent_end)
    )
