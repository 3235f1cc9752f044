"""The arena leaderboards' names as news text writes them: a kind of board and the word for it ('the WebDev
leaderboard', 'Vision Arena'), and the board's rating named by its word for a rating ('Arena Elo', 'Coding
Arena Elo'), the text board unless a kind is written before it (used by mentions.py and members.py)."""

from __future__ import annotations

import re

from extractors.facts.entities import Mention

_ARENA_RE = re.compile(
    r"(?=[ACLTVWctvw])"  # the characters a match can start with: re turns other positions away at once
    r"(?:(?:(?P<arena>LMArena|LM Arena|Arena)(?:'s)?\s+)?(?:the\s+)?"
    r"(?P<k>[Tt]ext|[Vv]ision|[Cc]oding|[Ww]eb[Dd]ev)"
    r"\s+(?:leaderboard|board|arena|Arena)\b"
    # the arena's rating named by its word for a rating ('Arena Elo', 'Arena Score', 'Coding Arena Elo
    # Rating'): the board's own figure, of its text board unless a kind is written before it
    r"|(?:(?P<k2>Text|Vision|Coding|WebDev)[ -])?Arena[ -](?:Elo|ELO|Score|Rating)s?\b)"
)

# a capitalised word before 'Arena' that names another board ('Chatbot', 'Video'); not an article or opener
_NAMED_BEFORE = re.compile(r"(?<![\w.])(?!(?:The|A|An|Its|Their|Our|On|In|By|With|And)\b)[A-Z][\w.]*[ -]$")


def arena_mentions(text: str) -> list[Mention]:
    if "Arena" not in text and "arena" not in text:
        return []
    out = []
    for m in _ARENA_RE.finditer(text):
        if m.group("k") is None and _NAMED_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # 'Chatbot Arena Elo', 'Video Arena Score': the rating of a board named otherwise
        kind = (m.group("k") or m.group("k2") or "text").lower()
        canon = (
            "LMArena " + {"text": "Text", "vision": "Vision", "coding": "Coding", "webdev": "WebDev"}[kind]
        )
        out.append(Mention("benchmark", canon, m.start(), m.end(), m.group(), unit="elo", method="arena"))
    return out
