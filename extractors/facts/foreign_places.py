"""A place on a board written in another language's words: the number or ordinal with its place noun
('auf Platz 5', 'Platz fünf', 'den zweiten Platz', '16º puesto', 'el tercer puesto', 'no 3º lugar',
'al terzo posto', 'à la 9e place', 'на первом месте', '3-е место'). The holder is the one model named
before it in the sentence (since the last place read), else, where nothing but a pronoun or a short word
stands before the place in its clause, the first one named after it ('Auf Platz 2 folgt B'); the board is
the one named beside a board word ('Vantor-Rangliste', 'classifica Vantor'), else a known one, else the
article's one benchmark, else 'overall'.

Only a place on a board: the sentence, the two before it, the heading above or the article's lead must
name a board word or a known board (a sales figure's, a contest's, a country's or a news list's place is
none). Not a place either: a spelled first or second after a bare preposition, a discourse idiom ('en
primer lugar', 'em segundo lugar'); a place held before or only foreseen (`rank_lists.past`, the words for
'earlier' a few words before it, a hope or future verb before it in the sentence); a denied place ('nicht
auf Platz 1'); a model after a preposition ('das Team hinter A', 'avec A'); the participle after an
auxiliary ('ha puesto 2 millones'); a sentence that names no model; a place two models stand before ('A
passed B, taking third place').

The words are data (patterns/foreign_place_words.jsonl: place nouns, ordinals and number words with their
values, the idiom's prepositions, the words for 'earlier', board words, negations, hope verbs, the
prepositions and auxiliaries, pronouns).
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


def ordinal_ending(*langs: str) -> str:
    """The endings that make a number an ordinal in `langs` ('2nd', '9e', '1ère', '16º', '5.', '3-е'), as one
    group: a Spanish, Portuguese or Italian sign may stand a space apart ('3 º'), a Russian ending after a
    hyphen ('3-е'). The one list of them (patterns/foreign_place_words.jsonl, kind 'ordinal_ending')."""
    rows = [
        r for r in data_rows(_FILE, ("kind",)) if r["kind"] == "ordinal_ending" and r.get("lang") in langs
    ]

    def group(*of: str) -> str:
        return word_alternation((str(r["id"]) for r in rows if r.get("lang") in of), longest_first=True)

    parts = [group("en", "fr", "de")] if any(r.get("lang") in ("en", "fr", "de") for r in rows) else []
    parts += [r"\s?(?:" + group("es") + ")"] if any(r.get("lang") == "es" for r in rows) else []
    parts += [r"-?(?:" + group("ru") + ")"] if any(r.get("lang") == "ru" for r in rows) else []
    return "(?:" + "|".join(parts) + ")"


_NOUN = _words("place_noun")
_NOUN_AFTER = _words("place_noun", "place_noun_after")
# a number with its ordinal ending ('16º', '3ª', '9e', '1er', '5.', '3-е', '3-м') or a spelled ordinal
_DIGIT_ORDINAL = r"(?P<d>\d{1,3})" + ordinal_ending("fr", "es", "de", "ru")
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
# a board word: a place is on a board only where the sentence names one ('Rangliste', 'clasificación',
# 'classifica', 'рейтинге'), or a known board; a sales or news list's place is none
BOARD_WORD = re.compile(r"(?<![\w])(?:[\w.+]+-)?" + _words("board_word") + r"(?![\w])", re.I)
# the board's name beside its word: 'Vantor-Rangliste', 'classifica Vantor', 'рейтинге Vantor Arena'
_BOARD_NAME = re.compile(
    r"(?P<a>[A-Z][\w.+]*(?:\s[A-Z][\w.+]*){0,2})-" + _words("board_word") + r"(?![\w])"
    r"|(?i:" + _words("board_word") + r")\s+(?:(?:de|del|da|do|di|della|du|des|de\s+la)\s+)?"
    r"(?P<b>[A-Z][\w.+-]*(?:\s(?:[A-Z][\w.+-]*|\d[\w.]*)){0,2})"
)
# a place denied ('nicht auf Platz 1', 'no ocupa el primer puesto') or only hoped for ('espera que … chegue')
_NOT = re.compile(r"(?<![\w-])" + _words("not_word") + r"(?![\w-])", re.I)
_HOPE = re.compile(r"(?<![\w-])" + _words("hope_word") + r"(?![\w-])", re.I)
# a word before the model that makes it no subject ('das Team hinter A', 'avec A', 'creadora de A')
_HOLDER_AFTER = re.compile(r"(?<![\w-])" + _words("holder_preposition") + r"\s+$", re.I)
# 'ha puesto 2 millones', 'abbiamo posto 3 domande': a participle, not a place noun
_AUXILIARY = re.compile(r"(?<![\w-])" + _words("auxiliary") + r"\s+$", re.I)
# the words before a place that may take the model named after it ('Auf Platz 2 folgt B', 'Ella cae al 7º
# puesto con su modelo A'): no capitalised word but a short one, a pronoun or a board word ('Vesk liegt
# auf Platz 3, während A …', 'Quarnworks ocupa el puesto 2 … con A' are the company's places)
_CAPITAL = re.compile(r"(?<![\w-])[^\W\d_a-zà-ÿа-я][\w-]*")
_FREE_CAPITAL = re.compile(
    r"(?:\w{1,3}|" + _words("pronoun") + r"|(?:[\w.+]+-)?" + _words("board_word") + r")", re.I
)


def named_board(text: str, lo: int, hi: int) -> str | None:
    """The board a sentence names beside its board word ('in der Vantor-Rangliste', 'classifica Vantor')."""
    m = _BOARD_NAME.search(text, lo, hi)
    return None if m is None else (m.group("a") or m.group("b")).strip().rstrip(".,")


def _board_context(view: DocView, sv: SegView, boards: Boards) -> tuple[SegView, ...]:
    """The sentences that say a place is on a board: this one, the two before it in its paragraph, the
    title and the lead's first sentences, the heading above; those of them naming a board word or a known
    board."""
    near = [sv] + [
        p
        for p in view.segs[max(0, sv.index - 2) : sv.index][::-1]
        if p.seg.para == sv.seg.para or p.seg.kind == "heading"
    ]
    near += [p for p in view.segs[:4] if p.index < sv.index - 2]
    near += next(
        ([p] for p in view.segs[max(0, sv.index - 15) : sv.index][::-1] if p.seg.kind == "heading"), []
    )
    return tuple(
        p
        for p in near
        if boards.known(p, p.seg.start, p.seg.end) or BOARD_WORD.search(view.text, p.seg.start, p.seg.end)
    )


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
        if m.group("n") and _AUXILIARY.search(text[max(seg.start, m.start() - 12) : m.start()]):
            continue  # 'ha puesto 2 millones', 'abbiamo posto 3 domande'
        on = _board_context(view, sv, boards)
        if not on:
            continue  # a sales figure's, a news list's or a country's place: no board named
        if _HOPE.search(text, seg.start, m.start()):
            continue  # 'espera que A chegue ao 1º lugar': foreseen, not held
        if _PAST.search(text, max(seg.start, m.start() - 40), m.start()):
            continue
        if m.group("w") and rank <= 2 and _IDIOM.search(text[max(seg.start, m.start() - 4) : m.start()]):
            continue  # 'en primer lugar': firstly
        # the holder: the one model named since the last place read (two there leave it unsaid: 'A passed B,
        # taking first place'), else the first one named right after it ('trails in 25th place with A')
        named = [r for r in subs.models(sv) if r.via not in ("pronoun", "implied") and r.canonical]
        since = {r.canonical: r for r in named if last <= r.start and r.end <= m.start()}
        clause = max(seg.start, *(text.rfind(c, seg.start, m.start()) + 1 for c in ".;:!?"))
        opens = all(_FREE_CAPITAL.fullmatch(c.group()) for c in _CAPITAL.finditer(text, clause, m.start()))
        holder = (
            list(since.values()) if since else [r for r in named if r.start >= m.end()][:1] if opens else []
        )
        last = m.end()
        if len(holder) != 1:
            continue
        lead = text[max(seg.start, holder[0].start - 14) : holder[0].start]
        if _HOLDER_AFTER.search(lead):
            continue  # 'das Team hinter A', 'avec A': A is not the place's holder
        denied = [n for n in _NOT.finditer(text, min(holder[0].end, m.start()), m.start())]
        if any(text[n.end() : m.start()].strip() for n in denied):
            continue  # 'A landet nicht auf Platz 1' (pt 'no 3º lugar' is 'in the', right before the place)
        qual = (
            next(filter(None, (named_board(text, p.seg.start, p.seg.end) for p in on)), None)
            or boards.qualifier(sv, m.start(), m.end())
            or prose_board(view, sv, m.end())
            or "overall"
        )
        out += [fact(view, sv, h, "leaderboard_rank", str(rank), 0.7, "prose", qual) for h in holder]
    return out
