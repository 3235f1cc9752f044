"""Board leads: a model said to lead or top a test or a board, with the figure it leads by ('A leads
RivetQA at 38.5%', 'with an Elo of 1,342, B tops the Sallow voice arena', 'C leads the lowercase-site
summarising leaderboard with a score of 0.67', 'D leads table questions on FernBench at 72%'): first place
there; so is a place taken with its figure ('E takes fourth on the Vesk maths leaderboard with 49.0%'). The
verb is the named subject's own finite one ('leads', 'is leading'; never 'the leading …' or 'heading to
…'). The board is the phrase when it ends in a board's noun ('leaderboard', 'arena', 'index'), else the
test it names, on a page about boards (one that names leaderboards or rankings more than once): on other
pages a lead on a bare test is a score set beside others ('A leads Bench-X at 72%, B leads Bench-Y at
80%'), no place.

Not a lead: a figure set against a rival's right after ('leads at 74.9% versus B's 72.7%'), a lead held
before or only foreseen ('had topped … at', 'could lead …'), a lead by money, speed multiples or counts
('leads the pack at $2 per million', 'tops it at 3x the speed', 'leads the arena with 900 votes', 'leads
token share on X'), a lead within a group ('leads the under-10B class', 'among open models'), a lead denied
or set under a condition ('no longer leads', 'if A tops … next week'), a lead on a bare board noun ('tops
the leaderboard'), a lead with no test or board named, a lead over another model, or one whose subject is a
pronoun or only implied.

A lead on a benchmark the reader knows needs no figure ('A tops the multilingual Bench-X', 'A leads Lab's
live Bench-X Pro leaderboard', 'A placed first on Bench-Y'): the board is the benchmark itself, so no board
word is needed when 'the' or a board's noun goes with it; a few lowercase words or a possessive may stand
between the verb and the benchmark, a model's name may not ('A leads B on Bench-X' compares A with B).
`leads` reads both, the known benchmark first: one verb list, one past and one place per subject.

The words are data (patterns/lead_words.jsonl; board nouns also place_words.jsonl's 'board_head').
"""

from __future__ import annotations

import re

from extractors.facts import sentence_bounds
from extractors.facts.alternation import by_first_char
from extractors.facts.document import DocView, Ref, SegView
from extractors.facts.numbers import ORDINALS, parse_rank, year_like
from extractors.facts.patterns import kind_alternation, kind_words, place_words, word_alternation
from extractors.facts.rank_lists import past
from extractors.facts.rank_tops import outside_brackets
from extractors.facts.subjects import Subjects, fact
from schema.records import AttributeFact

_W = "lead_words.jsonl"
_FINITE = kind_alternation(_W, "lead_verb")
_PLACE_VERB = kind_alternation(_W, "place_verb")
# an -ing form leads only after 'is'/'are' ('is leading'); 'the leading entries', 'heading to' lead nothing
_ING = r"(?:(?<=\bis\s)|(?<=\bare\s))" + kind_alternation(_W, "lead_participle")
# (grouped by first letter, each with its boundary after it: `re` skips to those letters, alternation.py)
GATE = re.compile(
    by_first_char(
        [re.escape(w) for w in kind_words(_W, "lead_verb", "lead_participle", "place_verb")],
        cased=True,
        not_after=r"\w",
    )
    + r"\s"
)
_ORDINAL = r"\d{1,2}(?:st|nd|rd|th)|" + "|".join(ORDINALS)
# the word a lead's figure is named by ('at a score of 0.67', 'with Elo 1,318'): lowercase or capitalised
_FIGURE_WORD = word_alternation(
    (v for w in kind_words(_W, "figure_word") for v in dict.fromkeys((w, w[0].upper() + w[1:]))),
    spaces=r"\s+",
)
_LEAD = re.compile(
    r"\b(?:"
    + _FINITE
    + "|"
    + _ING
    + "|"
    + _PLACE_VERB
    + r"\s+(?:the\s+)?(?P<rank>"
    + _ORDINAL
    + r")(?:\s+"
    + kind_alternation(_W, "place_noun")
    + r")?\s+(?:on|in))\s+(?:the\s+)?"
    r"(?P<phrase>[^\s.;:!?()\[\]][^.;:!?()\[\]\n]{0,70}?)"
    r"\s+(?:at|with)\s+(?:an?\s+)?(?:"
    + _FIGURE_WORD
    + r"\s+(?:of\s+)?)?~?(?P<fig>\d[\d,]*(?:\.\d+)?)(?![\d,.]*\d)(?P<unit>\s*%|\s+percent|\s+"
    + kind_alternation(_W, "figure_unit", longest_first=True)
    + r"\b)?"
)
_COUNT = kind_alternation(_W, "count_noun", longest_first=True)
# what follows a figure that is no lead on a board: a count, a multiple, a rival's figure set against it
_NOT_AFTER = re.compile(
    r"\s*(?:x\b|×|[KMBT]\b|" + _COUNT + r"(?![\w-]))"
    r"|[^.;\n]{0,40}?\b(?:vs\.?|versus|over|against|compared|to\s+[A-Z][\w.-]*['’]s)\b",
    re.I,
)
# a lead by a count or a share ('leads token share on X', 'leads the arena with 900 votes'), or within a
# group of the board ('leads the under-10B class', 'among open models'): no first place on the board
_COUNT_IN = re.compile(r"(?<![\w-])" + _COUNT + r"(?![\w-])", re.I)
_SUBSET = re.compile(
    r"(?<![\w-])(?:"
    + kind_alternation(_W, "subset_word", longest_first=True)
    + r"|(?:under|sub|below)-?\d[\d.]*[BM])"
    r"(?![\w-])",
    re.I,
)
_NOUNS = word_alternation((*place_words("board_head"), *kind_words(_W, "board_noun")), longest_first=True)
_BOARD_NOUN = re.compile(r"(?i)(?<![\w-])" + _NOUNS + "$")
_BARE_NOUN = re.compile(r"(?i)" + _NOUNS)
_NEW_TEST = re.compile(r"\bon\s+([A-Z](?:[\w.+]*[-\d][\w.+-]*|[A-Z]+[\w.+-]*))$")
# a shape-found name that is a date or a quarter ('Q2-2027', 'H1-26', 'FY2027'): no test
_PERIOD = re.compile(r"(?:Q[1-4]|H[12]|FY)\d*")
_MONEY_BEFORE = re.compile(r"[$€£¥]\s*$")
_MAX_BOARD_WORDS = 8
# a page about boards: it names leaderboards or rankings more than once (a page comparing a few models, where
# 'A leads Bench-X at 72%, B leads Bench-Y' sets scores side by side, names none)
_BOARD_TALK = re.compile(r"\b" + kind_alternation(_W, "board_talk", longest_first=True) + r"\b", re.I)
# a word before the verb that denies the lead or sets it under a condition ('no longer leads', 'If A tops')
_DOUBT = re.compile(
    r"(?<![\w-])" + kind_alternation(_W, "doubt_word", longest_first=True) + r"(?![\w-])", re.I
)


def _shaped_test(name: str) -> bool:
    """A name found by its shape is a test's unless it is a date or a quarter."""
    return not any(year_like(t) or _PERIOD.fullmatch(t) for t in re.split(r"[-_/.]", name))


def _board(sv: SegView, text: str, m: re.Match[str], board_page: bool) -> str | None:
    """The test or board the lead at `m` is on: the phrase when it names a board by its noun, else a benchmark
    the phrase names on a page about boards."""
    start, end = m.span("phrase")
    if any(start <= r.start < end for r in sv.models()):
        return None  # 'A leads B on the X leaderboard at 80%': a head-to-head, not a board's first place
    bench = [b for b in sv.benchmarks() if start <= b.start and b.end <= end]
    phrase = m.group("phrase").strip()
    if _BARE_NOUN.fullmatch(phrase) or _COUNT_IN.search(phrase) or _SUBSET.search(phrase):
        return None  # 'tops the leaderboard', 'leads token share on X', 'leads the under-10B group on X'
    if len(phrase.split()) <= _MAX_BOARD_WORDS and _BOARD_NOUN.search(phrase):
        return bench[-1].canonical if bench else phrase
    if not board_page:
        return None
    if bench:
        return bench[-1].canonical
    # a test the reader does not know yet, named after 'on' in a shape only names take ('leads chart reading
    # on Quill-VX at 88%'): a capital and then a digit, a hyphen or more capitals
    named = _NEW_TEST.search(phrase)
    return named.group(1) if named and _shaped_test(named.group(1)) else None


def board_leads(view: DocView, subs: Subjects) -> list[AttributeFact]:
    """First places stated as a lead with its figure, in every segment that words one."""
    text = view.text
    out: list[AttributeFact] = []
    board_page: bool | None = None
    for index in sorted(view.segments_matching(GATE)):
        sv = view.segs[index]
        if sv.seg.kind in ("heading", "row"):
            continue
        for m in _LEAD.finditer(text, sv.seg.start, sv.seg.end):
            if (
                _MONEY_BEFORE.search(text, m.start(), m.start("fig"))
                or _NOT_AFTER.match(text, m.end(), sv.seg.end)
                or past(text, sv, m.start(), m.end())
            ):
                continue
            if board_page is None:
                board_page = len(_BOARD_TALK.findall(text, 0, 200_000)) >= 2
            board = _board(sv, text, m, board_page)
            if board is None:
                continue
            clause = text[sentence_bounds.clause(text, sv.seg.start, m.start(), m.start())[0] : m.start()]
            if _SUBSET.search(clause) or _DOUBT.search(clause):
                continue  # 'Among open models, A tops …', 'A no longer leads …', 'If A tops … next week'
            subj = [r for r in subs.before(sv, m.start(), False) if r.via not in ("pronoun", "implied")]
            if len(subj) != 1 or subj[0].end > m.start():
                continue
            rank = parse_rank(m.group("rank")) if m.group("rank") else 1
            if rank is not None:
                out.append(_place(view, sv, subj[0], rank, board))
    return out


# a lead on a known benchmark: the verb and at most three lowercase words or a possessive before its name
_BENCH_LEAD = re.compile(
    r"\b(?:(?P<top>"
    + kind_alternation(_W, "lead_verb", "lead_past")
    + r")\s+(?P<the>the\s+)?|"
    + kind_alternation(_W, "first_verb")
    + r"\s+first\s+(?:on|in|at)\s+(?:the\s+)?)"
    r"(?:(?:[a-z][\w-]*|[A-Z][\w.+-]*['’]s)\s+){0,3}?$"
)
# a board word after the benchmark: 'leads Lab's live Bench-X leaderboard'; without it or 'the', a lead on
# a bare benchmark ('A tops Bench-X with 72%, B tops Bench-Y') is a score comparison, no board's place
_BOARD_AFTER = re.compile(
    r"(?:\s+[a-z][\w-]*)?\s+" + kind_alternation(_W, "board_after", longest_first=True) + r"\b", re.I
)
# words between the verb and the benchmark that make it no board of the model's ('leads the way in',
# 'tops out at', 'heads of', 'leads to')
_NOT_BOARD_WORDS = re.compile(r"\b" + kind_alternation(_W, "not_board_word") + r"\b")
_BENCH_GATE = re.compile(
    by_first_char(kind_words(_W, "lead_verb", "lead_past"), ["first"], not_after=r"\w") + r"\b"
)


def bench_leads(view: DocView, subs: Subjects) -> list[AttributeFact]:
    """First places stated as a lead on a benchmark the reader found, with no figure needed."""
    text = view.text
    out: list[AttributeFact] = []
    for sv in view.segs:
        # (a segment naming no benchmark has nothing to lead: asked before the gate's search)
        benches = sv.benchmarks() if sv.seg.kind != "row" else []
        if not benches or not _BENCH_GATE.search(text, sv.seg.start, sv.seg.end):
            continue
        for b in benches:
            m = _BENCH_LEAD.search(text, max(sv.seg.start, b.start - 70), b.start)
            if m is None or _NOT_BOARD_WORDS.search(m.group()) or past(text, sv, m.start(), b.end):
                continue
            if m.group("top") and not m.group("the") and not _BOARD_AFTER.match(text, b.end, sv.seg.end):
                continue
            before = [r for r in subs.before(sv, m.start(), False) if r.reach <= m.start()]
            subj = outside_brackets(subs, sv, before, m.start())  # 'A (with B as fallback) leads the …'
            if len(subj) == 1 and b.canonical:
                out.append(_place(view, sv, subj[0], 1, b.canonical))
    return out


def _place(view: DocView, sv: SegView, subject: Ref, rank: int, board: str) -> AttributeFact:
    return fact(view, sv, subject, "leaderboard_rank", str(rank), 0.7, "prose", board)


def leads(view: DocView, subs: Subjects) -> list[AttributeFact]:
    """Every first place a lead states: on a benchmark named after the verb (`bench_leads`) and with the
    figure it leads by (`board_leads`)."""
    return bench_leads(view, subs) + board_leads(view, subs)
