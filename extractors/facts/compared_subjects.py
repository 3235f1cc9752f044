"""The subject of a comparison owns the size a trailing 'with' phrase gives: 'A outperforms B on three
tests, with only 120B parameters' sizes A, the one doing better with less; B is named
only as what A is compared with.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.facts.comparison_words import BEAT_VERBS, OUT_VERBS
from extractors.facts.document import Ref

# a 'with' phrase after a comma, up to the count: ', with only ', ', with just ', ', with a mere '
_WITH_BEFORE = re.compile(
    r",\s+(?:and\s+)?(?:all\s+)?with\s+(?:only\s+|just\s+|a\s+mere\s+|an?\s+|about\s+|roughly\s+|around\s+|under\s+|"
    r"fewer\s+than\s+|less\s+than\s+)?$",
    re.I,
)
_VERB = re.compile(r"\s+(?:" + OUT_VERBS + "|" + BEAT_VERBS + r"|rivals|matches|edges\s+out)\s+", re.I)


def with_phrase_before(text: str, pos: int) -> bool:
    """Whether the count at `pos` follows a ', with (only) ' phrase: the cheap test a caller asks first."""
    return _WITH_BEFORE.search(text, max(0, pos - 40), pos) is not None


def compared_subject(text: str, named: Sequence[Ref], pos: int) -> Ref | None:
    """The comparison's subject when the count at `pos` follows a ', with (only) ' phrase and the sentence's
    first name is that of a model comparing itself with a later one; None otherwise."""
    if not with_phrase_before(text, pos):
        return None
    before = [r for r in named if r.end <= pos]
    if len(before) < 2:
        return None
    verb = _VERB.match(text, before[0].reach)
    if verb is None or not any(r.start == verb.end() for r in before[1:]):
        return None
    return before[0]
