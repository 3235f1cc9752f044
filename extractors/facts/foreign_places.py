"""A place on a board written in another language's words: the number or ordinal with its place noun
('auf Platz 5', 'Platz fünf', 'den zweiten Platz', '16º puesto', 'el tercer puesto', 'no 3º lugar',
'al terzo posto', 'à la 9e place', 'на первом месте', '3-е место'). The holder is the one model named
before it in the sentence (since the last place read), else the first one named after it ('Auf Platz 2 folgt
B'); the board is the one the sentence names, else the article's one benchmark, else 'overall'.

Not a place: a spelled first or second after a bare preposition, a discourse idiom ('en primer lugar',
'em segundo lugar': 'firstly', 'secondly'); a place held before or only foreseen (`rank_lists.past`, and
the list's words for 'earlier' a few words before it); a sentence that names no model (a country's, a
company's or an app's place); a place two models stand before ('A passed B, taking third place').

The words are data (patterns/foreign_place_words.jsonl: place nouns, ordinals and number words with their
values, the idiom's prepositions, the words for 'earlier').
"""

from __future__ import annotations

import re
from functools import cache

from extractors.facts.alternation import by_first_char, longest_first
from extractors.facts.boards import Boards
from extractors.facts.document import DocView, SegView
from extractors.facts.patterns import PATTERN_DIR, data_rows, word_alternation
from extractors.facts.rank_boards import prose_board
from extractors.facts.rank_lists import past
from extractors.facts.subjects import Subjects, fact
from schema.records import AttributeFact

_FILE = PATTERN_DIR / "foreign_place_words.jsonl"


@cache
def _values(kind: str) -> dict[str, int]:
    return {
        str(r["id"]).casefold(): int(r["value"]) for r in data_rows(_FILE, ("kind",)) if r["kind"] == kind
    }


def _words(*kinds: str) -> str:
    rows = data_rows(_FILE, ("kind",))
    return word_alternation((str(r["id"]) for r in rows if r["kind"] in kinds), longest_first=True)


_NOUN = _words("place_noun")
_NOUN_AFTER = _words("place_noun", "place_noun_after")
# a number with its ordinal ending ('16º', '3ª', '9e', '1er', '5.', '3-е', '3-м') or a spelled ordinal
_DIGIT_ORDINAL = r"(?P<d>\d{1,3})(?:\s?[º°ª]|ᵉ|ème|eme|ère|er|e|\.|-?(?:ое|ее|е|м|й|го))"
_PLACE = re.compile(
    r"(?<![\w.,-])(?:" + _DIGIT_ORDINAL + r"|(?P<w>" + _words("ordinal") + r"))"
    r"\s+(?:(?:de|del|da|do)\s+)?" + _NOUN_AFTER + r"(?![\w-])"
    r"|(?<![\w-])"
    + _NOUN
    + r"\s+(?:(?:Nr\.|n\.?º|No\.)\s*)?(?P<n>\d{1,3}|"
    + _words("number")
    + r")(?![\w%-]|[.,]\d)",
    re.I,
)
# cheap first test of a segment: a place noun at all
# (lower case, grouped by first letter: `DocView.segments_matching` searches the lower-cased text)
GATE = re.compile(
    by_first_char(
        longest_first(
            {
                re.escape(str(r["id"]).casefold())
                for r in data_rows(_FILE, ("kind",))
                if "place_noun" in r["kind"]
            }
        ),
        not_after=r"[\w-]",
    )
    + r"(?![\w-])",
    re.I,
)
# a place held before ('stand früher auf Platz 2', 'ocupaba antes el tercer puesto')
_PAST = re.compile(r"(?<![\w-])" + _words("past_word") + r"(?![\w-])", re.I)
_IDIOM = re.compile(r"(?:^|(?<=[\s,;:(]))" + _words("idiom_preposition") + r"\s+$", re.I)


def _rank(m: re.Match[str]) -> int | None:
    if m.group("d"):
        return int(m.group("d"))
    if m.group("w"):
        return _values("ordinal").get(m.group("w").casefold())
    n = m.group("n")
    return int(n) if n.isdigit() else _values("number").get(n.casefold())


def foreign_places(view: DocView, sv: SegView, subs: Subjects, boards: Boards) -> list[AttributeFact]:
    """The places a segment states in place-noun words, each for its holder, on the board named."""
    text, seg = view.text, sv.seg
    out: list[AttributeFact] = []
    last = seg.start
    for m in _PLACE.finditer(text, seg.start, seg.end):
        rank = _rank(m)
        if rank is None or rank < 1 or rank > 500 or past(text, sv, m.start(), m.end()):
            continue
        if _PAST.search(text, max(seg.start, m.start() - 40), m.start()):
            continue
        if m.group("w") and rank <= 2 and _IDIOM.search(text[max(seg.start, m.start() - 4) : m.start()]):
            continue  # 'en primer lugar': firstly
        # the holder: the one model named since the last place read (two there leave it unsaid: 'A passed B,
        # taking first place'), else the first one named right after it ('trails in 25th place with A')
        named = [r for r in subs.models(sv) if r.via not in ("pronoun", "implied") and r.canonical]
        since = {r.canonical: r for r in named if last <= r.start and r.end <= m.start()}
        holder = list(since.values()) if since else [r for r in named if r.start >= m.end()][:1]
        last = m.end()
        if len(holder) != 1:
            continue
        qual = boards.qualifier(sv, m.start(), m.end()) or prose_board(view, sv, m.end()) or "overall"
        out += [fact(view, sv, h, "leaderboard_rank", str(rank), 0.7, "prose", qual) for h in holder]
    return out
