"""The kind of parameter count a noun phrase before it names: 'a total parameter count of N', 'an activated
parameter count of M', 'a parameter scale of N', 'its active parameter size is M'. The kind word in the label
decides (active or activated: the active count; total or none: the total), where the number itself carries
no word saying which it is.
"""

from __future__ import annotations

import re

from extractors.facts.patterns import kind_alternation


def _words(kind: str, *, longest_first: bool = False) -> str:
    """The words of one `kind` of param_words.jsonl as one alternation (a space matches any run of blanks)."""
    return kind_alternation("param_words.jsonl", kind, spaces=r"\s+", longest_first=longest_first)


# the label's kind word, its noun, the verb or sign before the count and a hedge (param_words.jsonl, kinds
# 'label_kind', 'label_noun', 'label_verb' and 'hedge')
_LABEL_BEFORE = re.compile(
    r"(?:\b(?P<kind>" + _words("label_kind") + r")\s+)?\bparam(?:eter)?s?\s+" + _words("label_noun") + r"\s*"
    r"(?:" + _words("label_verb") + r"|:|=)?\s*(?:" + _words("hedge") + r"\s+|~\s*)?$",
    re.I,
)


def labelled_kind(text: str, start: int, seg_start: int) -> str | None:
    """'parameters_active' or 'parameters_total' when a count label ends right before `start`, else None."""
    m = _LABEL_BEFORE.search(text, max(seg_start, start - 50), start)
    if m is None:
        return None
    return "parameters_active" if (m.group("kind") or "").lower().startswith("activ") else "parameters_total"


_UP_TO = re.compile(r"\bup\s+to\s+$", re.I)
# 'its API serves up to 2B active', 'peaks at up to 9M active': a verb of use before the ceiling counts users
# or requests, never parameters (param_words.jsonl, kind 'usage_verb')
_USAGE_BEFORE = re.compile(
    r"\b" + _words("usage_verb", longest_first=True) + r"\s+(?:at\s+)?up\s+to\s+$",
    re.I,
)
# 'up to M active' closing the clause, or 'active parameters' / 'active per token': the count of parameters a
# token activates; 'up to 3B active users', 'up to 20B active weights in memory' count something else
_ACTIVE_NEXT = re.compile(
    r"\s+(?:active|activated)(?:\s*(?:[.,;:)]|$)|\s+(?:param(?:eter)?s?\b|(?:per|for\s+each|each)\s+token\b))",
    re.I,
)


# 'up to M active (experts') weights' after the token it routes ('each token through …'): the same count; a
# card's memory for weights is none
_ACTIVE_WEIGHTS = re.compile(r"\s+(?:active|activated)\s+(?:experts?['’]?\s+)?weights\b", re.I)
_TOKEN_BEFORE = re.compile(r"\btokens?\b", re.I)


def active_ceiling(text: str, start: int, mag_end: int) -> bool:
    """'routing each token through up to M active': the most a token activates is the model's active
    count, not a bound on a span of sizes ('models up to 70B'), nor a ceiling on users or memory ('up to M
    active users')."""
    if _UP_TO.search(text, max(0, start - 8), start) is None:
        return False
    if _USAGE_BEFORE.search(text, max(0, start - 30), start):
        return False
    if _ACTIVE_WEIGHTS.match(text, mag_end):
        return _TOKEN_BEFORE.search(text, max(0, start - 60), start) is not None
    return bool(_ACTIVE_NEXT.match(text, mag_end))
