"""A model's description standing for its name, read like a pronoun: 'this 24-billion-parameter model',
'the new flagship variant', 'le modèle', 'das Modell', '该模型' (the words are data, in
patterns/description_words.jsonl). The pronoun reader resolves a description to the page's one model, else to
the model a subject of its paragraph named last, else to the page's focus; a size in it picks the member of
that size. Never a description a name follows ('the new model Name 3'), one after a copula ('A is the full
reasoning model'), nor an indefinite one ('a 7B model' is any model of that size), nor one heading another
thing's name ('the AI model market', 'compound' words) or a version of a thing named in lower case ('the
latest version of the chat app').
"""

from __future__ import annotations

import re
from functools import cache

from extractors.facts.alternation import by_first_char
from extractors.facts.entities import PRONOUN_RE
from extractors.facts.patterns import PATTERN_DIR, data_rows


@cache
def _words(kind: str) -> tuple[str, ...]:
    rows = data_rows(PATTERN_DIR / "description_words.jsonl", ("kind", "words"))
    found = [w for r in rows if r["kind"] == kind for w in r["words"]]
    return tuple(sorted(found, key=len, reverse=True))


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in words)


# a count sizing the model: '24-billion-parameter', '3B parameter', '8B-parameter', '235B'
_SIZE = r"~?\d+(?:\.\d+)?(?:[\s-]?(?:billion|trillion|million)|\s?[BMT])(?:[\s-]param(?:eter)?s?)?"
_SIZE_PARTS = re.compile(r"(\d+(?:\.\d+)?)[\s-]?(billion|trillion|million|[BMT])\b")


@cache
def description_re() -> re.Pattern[str]:
    """The descriptions, written as one alternation grouped by first character (`by_first_char`), each word's
    start (and the copula the English ones may not follow) checked after its first character: the pattern
    opens on literal characters, so `re` skips to the positions holding one instead of trying the lookbehinds
    at every position."""
    modifier = rf"(?:{_alt(_words('modifier'))}|{_SIZE})"
    english = [
        # (never after a copula: 'A is the full reasoning model with …' describes A, it is no subject)
        rf"{c}(?<!\w.)(?<!\bis\s.)(?<!\bas\s.)(?<!\bwas\s.)(?:he|his)\s+(?:{modifier}[\s-]+){{1,3}}"
        rf"(?:{_alt(_words('noun'))})(?![\w-])"
        # (never the head of another thing's name, 'the AI model market', nor a version of something unnamed
        # and no model, 'the latest version of the chat app')
        rf"(?!\s+(?:{_alt(_words('compound'))})\b)(?!\s+of\s+(?:the\s+|its\s+|their\s+|our\s+|an?\s+)?(?!model\b)[a-z])"
        for c in "Tt"
    ]
    latin = tuple(w for w in _words("phrase") if ord(w[0]) < 0x250)
    other = tuple(w for w in _words("phrase") if w not in latin)
    # (a CJK or Hangul phrase runs on into the next word or particle: no word boundary to ask for)
    foreign = [w[0] + r"(?<![\w-].)" + re.escape(w[1:]) + r"(?![\w-])" for w in latin]
    # a name right after is the description's own head ('the new model Name 3', 'le modèle Name 4')
    return re.compile(
        by_first_char(english, foreign, [re.escape(w) for w in other], cased=True) + r"(?!\s*[A-Z0-9])"
    )


def is_description(surface: str) -> bool:
    """A description the pronoun words ('it', 'the model', 'the new model') do not cover: the reader takes it
    for the page's or the paragraph's model, never for a model the same sentence named before it."""
    return PRONOUN_RE.fullmatch(surface) is None and description_re().fullmatch(surface) is not None


def description_size(surface: str) -> str | None:
    """The size a description gives its model, written as names write it ('24-billion-parameter' -> '24B')."""
    m = _SIZE_PARTS.search(surface)
    if m is None:
        return None
    unit = m.group(2)
    return m.group(1) + ({"billion": "B", "trillion": "T", "million": "M"}.get(unit, unit))
