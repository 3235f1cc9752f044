"""Where a sentence puts a name it has never seen: places every news page uses for a model.

A rival is the object of a comparison ('Vantor 2 beats Pell Crest 4.1 on Q-Set', 'ahead of Pell 3',
'trailing Orrin 5.2'): what a model is compared with is a model too, as the subject of the comparison is.
A maker named after a participle ('Pell 3 1B, released by Orbis Labs in May', 'Orrin-2-9B, trained by
Halden') says the name is a product of that maker, as ', from Orbis Labs' does.
A score given with its noun right after the name ('the best entry is Pell Crest 3.5, with a score of 61.2',
'Orrin 3 1B at a score of 80.2') says what the figure is of, as 'Orrin 3 1B: 80.2' does.
Neither of the last two counts for a name right after 'on' ('tried on Brackset 3, released by the Eval Guild',
'On Brackset 3, with a pass rate of 57.5%'): what a model is run on is a test, and its maker or its score
says nothing of a model.
Each cue lifts a name shape's confidence a little: a product compared in passing ('beats Pixel 9 on
battery') stays below the bar without a second cue. The words are data (patterns/name_cue_words.jsonl).
"""

from __future__ import annotations

import re

from extractors.facts.alternation import by_first_char, longest_first
from extractors.facts.patterns import kind_words, word_alternation


def _words(kind: str) -> tuple[str, ...]:
    return kind_words("name_cue_words.jsonl", kind)


# a comparison verb or preposition right before the name: the name is the rival of the sentence's model
# (or a rival named before it in the same list: 'beats Pell 3 and Orrin 5', 'ahead of Pell 3, Orrin 5')
_RIVAL_BEFORE = re.compile(
    # (grouped by first letter: `re` skips to the positions of those letters, not each position of the window)
    "(?i:"
    + by_first_char(
        [re.escape(w).replace(r"\ ", r"\s+") for w in longest_first(_words("rival"))],
        not_after=r"[\w-]",
        guarded=True,
    )
    + r")\s+(?:(?i:the)\s+)?(?:[A-Z][\w.-]*(?:[ \t]+[\w.-]+){0,3}?(?:,[ \t]*|[ \t]+(?:and|or)[ \t]+))?$"
)
# the last word such a phrase ends in (or 'the' after it, a list's comma, 'and' or 'or'): the pattern runs
# only after one of them
_LAST_WORDS = frozenset({w.split()[-1].lower() for w in _words("rival")} | {"the", "and", "or"})
# a participle of making and the maker after the name: ', released by Orbis Labs', 'developed by Halden'
_MADE_BY_AFTER = re.compile(
    r"\s*(?:\([^)]{0,40}\)\s*)?,?\s+"
    + word_alternation(_words("maker"), longest_first=True)
    + r"\s+by\s+(?:the\s+)?[A-Z][\w&.-]*"
)
# a score and its noun after the name: ', with a score of 61.2', 'at an accuracy of 80.2%'
_SCORE_OF_AFTER = re.compile(
    r",?[ \t]+(?:with|at|for)[ \t]+(?:a|an)[ \t]+(?:[a-z]+[ \t]+)?"
    + word_alternation(_words("score_noun"), spaces=r"[ \t]+", longest_first=True)
    + r"[ \t]+of[ \t]+[~≈]?\d",
    re.I,
)


# the slot of what a model is run on, right before the name: 'evaluated on ', 'On the '
_TEST_SLOT_BEFORE = re.compile(r"\b[Oo]n[ \t]+(?:the[ \t]+)?$")


def _test_slot(text: str, start: int) -> bool:
    return start >= 0 and _TEST_SLOT_BEFORE.search(text, max(0, start - 12), start) is not None


# a proper word right after the shape: the name may go on ('beat Pell 4 Sable'), read by the name's words
_WORD_NEXT = re.compile(r"[ \t]+[A-Z][a-z]")


def rival_cue(text: str, start: int, end: int) -> bool:
    """Whether the name shape at `start`-`end` is the rival of a comparison and ends where the name does."""
    return rival_before(text[max(0, start - 60) : start]) and _WORD_NEXT.match(text, end) is None


def rival_before(before: str) -> bool:
    """Whether the text right before a name (`before`: the 60 characters up to it) makes it a rival."""
    words = before[-20:].split()
    return (
        bool(words)
        and (words[-1].lower() in _LAST_WORDS or words[-1].endswith(","))
        and _RIVAL_BEFORE.search(before) is not None
    )


def made_by_after(text: str, end: int, start: int = -1) -> re.Match[str] | None:
    """The maker phrase after the name that ends at `end` (', released by Orbis Labs'), if one follows and
    the name (from `start`, where given) is not what something was run on."""
    return None if _test_slot(text, start) else _MADE_BY_AFTER.match(text, end)


def score_of_after(text: str, end: int, start: int = -1) -> bool:
    """Whether a score with its noun follows the name that ends at `end`, and the name (from `start`, where
    given) is not what something was run on."""
    return not _test_slot(text, start) and _SCORE_OF_AFTER.match(text, end) is not None
