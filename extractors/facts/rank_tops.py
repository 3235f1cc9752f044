"""First place in prose: 'A tops the X leaderboard', 'takes the top spot', 'A leads with 1501 Elo on X',
'A leads at 88.7%'. The board each first place is on (its qualifier) is read by `boards.Boards`; other
places are read in `ranks.py`.
"""

from __future__ import annotations

import re

from extractors.facts.boards import NOT_BOARD, Boards
from extractors.facts.document import DocView, Ref, SegView
from extractors.facts.patterns import kind_alternation, kind_words
from extractors.facts.rank_boards import followed_by, prose_board
from extractors.facts.rank_lists import past
from extractors.facts.subjects import Subjects, fact
from schema.records import AttributeFact

TOP_RE = re.compile(
    # (a headline writes the verb and 'Top Spot' in title case: 'Claims Top Spot', 'Tie for Top Spot')
    r"\b(?:(?i:(?:takes?|took|taken|taking|holds?|held|holding|claims?|claimed|claiming|grabs?|grabbed|seizes?|seized|"
    r"retains?|retained|keeps?|kept|reclaims?|reclaimed|occupies|occupied|secures?|secured|securing|is\s+in|"
    r"sits\s+in|lands?\s+in|moves?\s+into|moved\s+into|achieve[sd]?|earn(?:s|ed)?|reach(?:es|ed)?|"
    r"notch(?:es|ed)?|wins?|won)\s+"
    r"(?:the\s+)?(?:global\s+|overall\s+|outright\s+)?"
    r"(?:top|first|No\.\s?1|number[- ]one|#1)\s+(?:spot|place|position|slot|rank(?:ing)?))"
    r"|(?<!which\s)(?:tops|topped|topping|leads|leading|heads|heading)\s+(?:the\s+)?"
    r"(?:(?:official|global|overall|public|latest|current|updated)\s+)?(?P<lb>(?:[a-z][a-z-]+\s+){1,2}?)?(?P<tb>[A-Z][\w.+-]*"
    r"(?:\s[A-Z][\w.+-]*){0,3}(?:\s[a-z][\w-]*)?\s+)?(?:leaderboards?|rankings?|standings|charts?|board|Index)"
    r"|(?:keeps|kept|holds|held|retains|retained)\s+(?:the|its)\s+lead(?=\s+(?:at|with|on)\s+\d|\s*[,.;])"
    r"|(?:stays|stayed|remains|remained|sits|sat|is|was|holds|held|(?:is|was)\s+back)\s+on\s+top(?!\s+of\s+(?:the\s+)?"
    r"(?:news|agenda|list\s+of|that|this|it|its|their|everything))"
    # (the board's owner may be a possessive or a lowercase site name: "the top of OpenRouter's leaderboard",
    # "the top of the llm-stats leaderboard")
    # ("the gap to the top of the board", "closing in on the top of the board": not there yet)
    r"|(?<!\bgap\s)(?<!\bdistance\s)(?<!\bclose\s)(?<!\bcloser\s)(?<!\bin\s)(?:at|to|on)\s+the\s+top\s+of\s+(?:the\s+(?P<ob>[A-Z][\w.+-]*(?:\s[A-Z][\w.+-]*){0,2}\s+|[a-z][\w.+]*-[\w.+-]+\s+)?"
    r"|(?P<pb>[A-Z][\w.+-]*)['’]s\s+)(?:leaderboard|rankings|standings|charts?|board)"
    # 'reaches the top of Lab's composite Intelligence Index': the board is read around the match
    r"|reach(?:es|ed)\s+the\s+top\s+of\s+(?:the\s+)?(?P<rb>[A-Z][\w.+-]*(?:['’]s)?(?:\s[\w.+-]+(?:['’]s)?){0,3}?\s+"
    r"(?:leaderboard|rankings|standings|charts?|board|Index))"
    # French: 'arrive en tête du classement', 'prend la tête du classement'
    r"|(?:arrive|arrivé|est|reste|demeure|se\s+place|se\s+hisse|figure|prend\s+la\s+tête|pris\s+la\s+tête|"
    r"en\s+tête)\s+(?:en\s+tête\s+)?(?:du|de\s+la|des)\s+(?:classement|palmarès)"
    r"|(?:leads|led|leading)\s+the\s+(?:way|pack|field)"
    r"|(?:record(?:s|ed)|post(?:s|ed)|achiev(?:es|ed)|earn(?:s|ed)|sets?)\s+the\s+(?:highest|best|top)\s+"
    r"(?:overall\s+)?(?:score|result|mark)"
    r"|(?i:tie[ds]?|tying)\s+(?i:for\s+(?:the\s+)?(?:top|first)(?:\s+overall)?\s+(?:spot|place|position)|at\s+the\s+top))\b",
)
# words before a board's noun that say which of several, not what kind ('every ranking', 'its own chart',
# 'several major leaderboards'): data, patterns/rank_words.jsonl
_NO_KIND = re.compile(kind_alternation("rank_words.jsonl", "which_board") + r"\b")
# a board of no model's kind ('the internal sales leaderboard', 'the startup funding leaderboard'), and
# adjectives that say nothing of its kind ('the new leaderboard'): data, patterns/rank_words.jsonl
_NOT_KIND = frozenset(kind_words("rank_words.jsonl", "not_kind"))
_BARE = frozenset(kind_words("rank_words.jsonl", "bare_adjective"))
# a lead denied ('no longer tops') or only supposed ('If A tops the board, …', 'once A leads …')
_DENIED = re.compile(r"\b" + kind_alternation("rank_words.jsonl", "not_lead") + r"\s+(?:[a-z]+\s+)?$")
_SUPPOSED = re.compile(r"(?i:\b" + kind_alternation("rank_words.jsonl", "condition") + r")\b")
# a model that is not the verb's subject: the object of a word before it ('a team using A', 'built on A',
# 'maker of A'), or one some other name stands between it and the verb ('WriteDesk, built on A, tops')
_NOT_SUBJECT = re.compile(r"\b" + kind_alternation("rank_words.jsonl", "not_subject") + r"\s+(?:the\s+)?$")
# (the rest of the name may stand between: 'Kestrel Preview leads', whose ref is 'Kestrel')
_BETWEEN = re.compile(
    r"[\w.+-]*(?:\s+[A-Z0-9][\w.+-]*)*(?:\s+(?:[a-z]+ly|now|also|still|again|just|already|even|has|have|had|is|was|are|were|been|has\s+now))*\s+"
)


def _subject_of(text: str, start: int, subj: list[Ref], verb: int) -> list[Ref]:
    """The names before a first-place verb that are its subject: right before it (an adverb between), in a
    clause no 'if'/'once' opens, not denied, and not the object of the word before them."""
    clause = max(start, *(text.rfind(c, start, verb) + 1 for c in ".;:!?"))
    if _DENIED.search(text, max(start, verb - 24), verb) or _SUPPOSED.search(text, clause, verb):
        return []
    keep = []
    for r in subj:
        if r.via in ("pronoun", "implied"):
            keep.append(r)
            continue
        if _NOT_SUBJECT.search(text, max(start, r.start - 12), r.start):
            continue
        if r.end <= verb and _BETWEEN.fullmatch(text, r.end, verb) is None and "," not in text[r.end : verb]:
            continue
        keep.append(r)
    return keep


# 'heads the pack with a record 1377 Elo on the Kestrel board': first place stated by a score, its board
# named after 'on'
_LEADS_WITH = re.compile(
    r"\b(?:leads|leading)\s+(?:the\s+(?:field|pack|way)\s+)?with\s+(?:an?\s+)?(?:[a-z-]+\s+){0,2}?"
    r"[\d,.]+%?(?:\s+[A-Za-z-]+){0,2}?\s+on\s+(?:the\s+)?(?=[A-Z])"
)
# the figure a leader holds: a decimal that is no count ('1.5 billion', '2.5M tokens'), or a whole number
# with its unit ('1504 Elo', '71%') or closing the clause ('leads at 1504, with B'); not '1M tokens',
# '3 of 5 tasks', '2 wins', '12 billion more parameters'
_LEAD_FIGURE = (
    r"(?:[\d,]*\d\.\d+(?!\d)(?!\s*(?:[KMBT]\b|[kmb]\b|thousand|million|billion|trillion|tokens?\b|times\b|x\b|"
    r"wins?\b|of\s+\d))(?:\s*%|\s+percent)?"
    r"|[\d,]*\d(?:\s*%|\s+percent|(?=\s*(?:points?|pts|Elo|score|rating)\b)"
    r"|(?=\s*(?:[,;:)]|\.(?!\d)|$)|[ \t]*\n)))"
)
# 'A leads at 88.7%', 'A leads the snapshot at 79.3%, followed by B', 'A leads with 68.8% accuracy': the
# leader of a board stated by its figure, with no board word after it; the board is the test the sentence
# names, else the one the article is about
_LEADS_AT = re.compile(
    r"\b(?:leads|leading)\s+(?:(?:the|this|its)\s+(?:[\w-]+\s+){0,2}?(?:snapshot|field|pack|board|table|list|"
    r"chart|way|rankings?)\s+|(?P<tb>[A-Z][\w.+-]*(?:\s[\w.+-]+){0,2}?)\s+)?(?:at|with)\s+(?:an?\s+)?"
    # (the whole figure: not a shorter one backed off from, nor one stated on a test named after it)
    r"(?:[A-Za-z-]+\s+){0,3}?~?" + _LEAD_FIGURE + r"(?!\s*(?:\d|[,.]\d|%|percent|on\s+(?:the\s+)?[A-Z]))"
)
# a figure set against a rival's right after ('leads with 74.9% versus B's 72.7%'): a comparison, not a board
_AGAINST = re.compile(r"[^.;]{0,40}?\b(?:vs\.?|versus|over|against|compared|to\s+[A-Z]|while|but)\b")


def outside_brackets(subs: Subjects, sv: SegView, subj: list[Ref], pos: int) -> list[Ref]:
    """'A (with B as fallback, 60) leads the board': a name inside a closed parenthesis before the verb is an
    aside; the subject is the name the parenthesis follows."""
    text = subs.view.text
    if len(subj) != 1 or subj[0].via in ("pronoun", "implied"):
        return subj
    opened = text.rfind("(", sv.seg.start, subj[0].start)
    if opened < 0 or text.find(")", opened, subj[0].start) >= 0 or text.find(")", subj[0].end, pos) < 0:
        return subj
    named = [r for r in subs.models(sv) if r.end <= opened and r.via not in ("pronoun", "implied")]
    return named[-1:] or subj


def tops(view: DocView, sv: SegView, subs: Subjects, boards: Boards) -> list[AttributeFact]:
    """'A tops the X leaderboard', 'A and B Tie for Top Spot' (a headline too): first place."""
    text, seg = view.text, sv.seg
    out: list[AttributeFact] = []
    for m in TOP_RE.finditer(text, seg.start, seg.end):
        name = (m.group("tb") or m.group("ob") or m.group("rb") or m.group("pb") or "").strip()
        if m.group("tb") and m.group().endswith("Index"):
            name += " Index"  # 'leads the Forge Intelligence Index': the word is the board's name's own
        qual = name if name and name.split()[0] not in NOT_BOARD else boards.qualifier(sv, m.start(), m.end())
        qual = qual or prose_board(view, sv, m.end())
        lb = m.group("lb")
        if lb and re.search(r"charts?$", m.group()):
            continue  # 'tops the coding charts': a figure's praise, not a board named by its kind
        if lb and _NOT_KIND.intersection(lb.lower().split()):
            continue  # 'leads the internal sales leaderboard': no model's board
        if (
            qual is None
            and lb
            and not m.group("tb")
            and not _NO_KIND.match(lb)
            and not _BARE.issuperset(lb.split())
        ):
            # 'tops the weekly speed leaderboard': a board no name gives, named by its kind
            qual = text[m.start("lb") : m.end()]
        if qual is None or past(text, sv, m.start(), m.end()):
            continue
        bench = next((b for b in sv.benchmarks() if b.start >= m.start() and b.end <= m.end()), None)
        if bench is not None:
            qual = bench.canonical
        subj = outside_brackets(subs, sv, subs.before(sv, m.start(), True), m.start())
        subj = _subject_of(text, seg.start, subj, m.start())
        if len(subj) == 1 and subj[0].reach <= m.start() and m.group().lower().startswith("ti"):
            subj = subs.coordinated(sv, subj[0], False)  # "A and B tie at the top"
        for t in subj:
            out.append(fact(view, sv, t, "leaderboard_rank", "1", 0.75, "prose", qual))
        out += followed_by(view, sv, subs, m.end(), 1, qual)
    return out


def leads(view: DocView, sv: SegView, subs: Subjects, boards: Boards) -> list[AttributeFact]:
    """'A leads with 1501 Elo on X', 'A leads at 88.7%, followed by B': first place stated by its figure."""
    text, seg = view.text, sv.seg
    out: list[AttributeFact] = []
    qual: str | None
    for m in _LEADS_WITH.finditer(text, seg.start, seg.end):
        # 'leads with 1377 Elo on Kestrel': first on the board named after the score, when that is a
        # board (a rating, an arena, an index), not a test a comparison of a few models leads
        board = next(iter(boards.known(sv, m.end(), min(seg.end, m.end() + 30))), None)
        if (
            board is None
            or (board[3] is not None and board[3].unit == "%")
            or past(text, sv, m.start(), m.end())
        ):
            continue
        qual = board[3].canonical if board[3] is not None else board[2]
        out += [
            fact(view, sv, t, "leaderboard_rank", "1", 0.75, "prose", qual)
            for t in subs.before(sv, m.start(), True)
        ]
    for m in _LEADS_AT.finditer(text, seg.start, seg.end):
        if _AGAINST.match(text, m.end(), seg.end) or past(text, sv, m.start(), m.end()):
            continue
        tb = m.start("tb")
        if tb >= 0 and not any(b.start == tb for b in sv.benchmarks()):
            continue  # 'A leads B at …': a rival, not the test it leads ('leads MMLU-Pro at 90.2')
        bench = next(iter(sv.benchmarks()), None)
        qual = bench.canonical if bench is not None else boards.qualifier(sv, m.start(), m.end())
        qual = qual or prose_board(view, sv, m.end())
        subj = [r for r in subs.before(sv, m.start(), True) if r.via not in ("pronoun", "implied")]
        if qual is None or len(subj) != 1:
            continue
        out.append(fact(view, sv, subj[0], "leaderboard_rank", "1", 0.7, "prose", qual))
        out += followed_by(view, sv, subs, m.end(), 1, qual)
    return out
