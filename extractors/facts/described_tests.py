"""A name the page describes as a test, not a model: 'Lanternseek 2M, which probes lookups in huge inputs,
…' or 'Quarry 128K, a retrieval benchmark, …'. A test whose name ends in a size
('… 1M', '… 128K') has a model's shape, so discovery asks this before it reads such a name as a model.

A model described in passing is none: 'Corvane 4, which tests strongly on …' (how it fares), '…, which
checks its drafts' (its own output), '…, which tests showed tops …' (the noun 'tests'), '…, the benchmark
leader' and '…, a test favourite' (the test word only qualifies another head noun). The words are data:
test_words.jsonl, kinds 'verb', 'head', 'passing' (a word right after the verb that makes the clause
describe a model), 'after_head' (the words that may follow the head noun of a test apposition) and
'not_filler' (the function words that never stand between the article and the head noun).
"""

from __future__ import annotations

import re

from extractors.facts.patterns import kind_alternation


def _words(kind: str) -> str:
    return kind_alternation("test_words.jsonl", kind, longest_first=True)


_VERBS = _words("verb")
# 'which tests <what>': never 'which tests well', 'which checks its drafts', 'which tests showed'
_VERB_CLAUSE = r"(?:which|that)\s+" + _VERBS + r"\b(?!\s+" + _words("passing") + r"\b)"
# 'a long-input retrieval benchmark,': the test word is the head, closing the phrase or followed by a
# function word; its fillers are no article, relative word or preposition ('a model topping the benchmark';
# kind 'not_filler')
_FILLER = r"(?:(?!" + _words("not_filler") + r"\b)[\w-]+\s+)"
_APPOSITION = (
    r"(?:a|an|the)\s+"
    + _FILLER
    + r"{0,3}"
    + _words("head")
    + r"s?\b(?!['\u2019])(?=\s*(?:[,;:.)\u2013\u2014]|-\s|$)|\s+"
    + _words("after_head")
    + r"\b)"
)

# the clause right after the name says what it tests or calls it a test
_TEST_AFTER = re.compile(
    r"\s*(?:,|\(|[-\u2013\u2014])\s*(?:" + _VERB_CLAUSE + "|" + _APPOSITION + ")",
    re.I,
)


def described_as_test(text: str, end: int) -> bool:
    """True when the words right after a name ending at `end` describe it as a test or benchmark."""
    return _TEST_AFTER.match(text, end) is not None


# a relative clause that says what a test does, still open at the count ('…, which probes lookups in
# inputs of 2 million tokens'): the count is the test's input length, no model's window
_TEST_CLAUSE_OPEN = re.compile(r"\b" + _VERB_CLAUSE + r"[^,;:.()]*$", re.I)


def in_test_description(text: str, start: int) -> bool:
    """True when the count at `start` stands in a clause that says what a test measures."""
    return _TEST_CLAUSE_OPEN.search(text, max(0, start - 90), start) is not None
