"""Model ids in lower case that no list knows ('vale-3-5-quill-20250101', 'tarn-4o-mini', 'orrin-2-pro'),
as boards, API docs and harness logs write a new model: a word, its version (a minor part after '-' or '.',
maybe a letter on it: '4o'), then at least one more part (a word, a size, a snapshot date) or the letter.
A bare word and number ('covid-19', 'top-5', 'utf-8') is never one; a path's or a command's part
('org/name-2-pro', '--name-2') neither. Only an id given a figure or with a sibling id is read; whether
it is a model is the context's question (`discovery`: a table row's head, the figure right after it).
"""

from __future__ import annotations

import re
from functools import cache

from extractors.facts.entities import knowledge
from extractors.facts.patterns import PATTERN_DIR, data_rows
from extractors.facts.placed_words import Shape
from extractors.facts.token_anchors import token_matches

_ID = re.compile(
    r"(?<![\w./@:=-])"
    r"(?P<id>[a-z]{3,}(?:-[a-z]{2,}){0,2}-\d{1,2}(?:[-.]\d{1,2}(?!\d))?(?P<letter>[a-z](?![a-z]))?"
    r"(?P<more>(?:-[a-z0-9]+){0,5}))"
    r"(?![\w/@-]|\.\w)"
)
_ID_ANCHOR = re.compile(
    r"-\d"
)  # every id holds one: the scan tries only the words holding it (token_anchors)


# the figure the id is given: right after it, maybe past a cell's bar, a closing bracket, a note in brackets
# or a colon ('tarn-4o-mini 44.1%', '| vale-3-quill | 66.1% |', '(vale-3-quill) (retail) 0.69')
_FIGURE_AFTER = re.compile(
    r"\)?(?:[ \t]*\([^()\n]{1,30}\))*[ \t]*[|:=(]?[ \t]*[~≈]?\d{1,4}(?:[.,]\d+)?(?![\w.-])"
)
# a bare letter after a bare number at the id's end ('rack-12-a'): a place's or an item's label; a model's
# letter is glued on ('4o') or follows a minor version
_ONE_LETTER_END = re.compile(r"^[a-z]+-\d{1,2}-[a-z]$")
# a snapshot date at the id's end ('-20250101', '-2025-01-01'): the snapshot's, not the model's name (a short
# one, '-0709', stays: the page may name the model by it)
_SNAPSHOT = re.compile(r"-(?:\d{8}|\d{4}-\d{2}-\d{2})$")


@cache
def id_words() -> frozenset[str]:
    """Software, platform and ordinary work words (patterns/id_words.jsonl): an id holding one names a
    release, an image, a device or a team's item ('release-4-2-hotfix', 'node-20-alpine', 'team-3-review'),
    not a model."""
    return frozenset(
        w for row in data_rows(PATTERN_DIR / "id_words.jsonl", ("kind", "words")) for w in row["words"]
    )


def _ordinary(name: str) -> bool:
    words = [p for p in re.split(r"[-.]", name) if p.isalpha()]
    return any(w in id_words() for w in words)


def id_shapes(text: str) -> list[Shape]:
    """Lower-case model ids in `text` that are given a figure or share their first word with another id of
    the page (a family of the page's own: 'tarn-4o', 'tarn-4-1-fast'), as weak name shapes (a base
    confidence the context must raise), without their snapshot date."""
    slug = knowledge().family_slug  # a known family's id is read as that family's member (`members`)
    found = [
        m
        for m in token_matches(_ID, text, _ID_ANCHOR, "./@:=-")
        if (m.group("letter") is not None or m.group("more"))
        and (slug is None or not slug.match(m.group("id")))
        and not _ordinary(m.group("id"))
        and not _ONE_LETTER_END.search(m.group("id"))
    ]
    heads: dict[str, set[str]] = {}
    for m in found:
        heads.setdefault(m.group("id").split("-", 1)[0], set()).add(m.group("id"))
    out: list[Shape] = []
    for m in found:
        name = m.group("id")
        if _FIGURE_AFTER.match(text, m.end()) is None and len(heads[name.split("-", 1)[0]]) < 2:
            continue  # an id with no figure and no sibling: a branch's, a file's, a product's
        snap = _SNAPSHOT.search(name)
        if snap is not None:
            name = name[: snap.start()]
        out.append((name, m.start(), m.end(), 0.3, True))
    return out
