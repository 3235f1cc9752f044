"""Where a prose rank is: the board a sentence, its paragraph or the article names for a place that names
none itself (`prose_board`), the board named a few sentences before (`board_named_before`), and the names
that take the next places after a leader ('X leads, followed by Y and Z': `followed_by`)."""

from __future__ import annotations

import re

from extractors.facts.boards import NOT_BOARD
from extractors.facts.document import DocView, SegView
from extractors.facts.subjects import Subjects, fact
from schema.records import AttributeFact


def board_named_before(view: DocView, sv: SegView, back: int = 8) -> str | None:
    """The board a few sentences before named by its owner ('Arena's leaderboard'), across paragraphs: a
    list of a model's places in categories is on the board the article spoke of last."""
    for i in range(sv.index - 1, max(-1, sv.index - 1 - back), -1):
        seg = view.segs[i].seg
        for m in reversed(list(_NAMED_BOARD.finditer(view.text, seg.start, seg.end))):
            board = m.group("b")
            if (
                board.split()[0] not in NOT_BOARD
                and not _NO_BOARD_HEAD.match(board)
                and board not in view.doc_models
            ):
                return board
    return None


# the board a rank names right after it: "fifth on Enigma", "in sixth place on MultiChallenge"
ON_NAME = re.compile(
    r"(?:\s+(?:place|spot|position))?\s+(?:on|in)\s+(?:the\s+|both\s+)?(?P<b>[A-Z][\w.+-]*(?:\s[A-Z][\w.+-]*){0,2})"
)

_FOLLOWED = re.compile(r"(?:[^.;]|\.\d){0,60}?,?\s+(?:followed\s+by|then|ahead\s+of)\s+")

HEADING_TAIL = re.compile(r"\s*(?:[—–:(|]|\s-\s).*$")
TITLE_BOARD = re.compile(r"(?i)\b(?:benchmark|leaderboard|rankings?|arena|index)\b")


# a place in a field of models rather than on a named board
_FIELD = re.compile(
    r"(?:\s+(?:overall|globally))?(?:\s+for\s+(?P<dim>[a-z]+))?\s+(?:(?:out\s+)?of\s+(?P<n>\d{2,4})\s+models|"
    r"among\s+(?:all\s+)?(?:[\w-]+\s+){0,2}?models)\b"
)
# "Arena's leaderboard", "the Vellum leaderboard": a board named by its owner
_NAMED_BOARD = re.compile(
    r"\b(?P<b>[A-Z][\w.+-]*(?:\s[A-Z][\w.+-]*){0,2})(?:['’]s|\s+(?=leaderboard|rankings?\b))\s*"
    r"(?:leaderboard|rankings?|standings)\b"
)
# "In January's rankings", "March's leaderboard": a time or a preposition, not a board's owner
_NO_BOARD_HEAD = re.compile(
    r"(?:In|On|At|For|By|From|Since|Last|This|Each|Every|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|"
    r"Yesterday)\b"
)
_SUITE = re.compile(
    r"\b(?i:on|across|over)\s+(?P<n>\d{1,3})\s+(?:[\w-]+\s+){0,2}?(?:benchmarks|evaluations|evals|tests)\b"
)


def prose_board(view: DocView, sv: SegView, end: int) -> str | None:
    """A rank whose board the known names do not give: the capitalised name right after it, else the one
    benchmark the article is about."""
    m = ON_NAME.match(view.text, end, sv.seg.end)
    if m is not None and m.group("b").split()[0] not in NOT_BOARD:
        return m.group("b")
    if view.unique_benchmark is not None:
        return view.unique_benchmark.canonical
    field = _FIELD.match(view.text, end, sv.seg.end)
    if field is not None:  # "ranks #72 out of 88 models", "#1 for speed among all open-weight models"
        n = field.group("n")
        return field.group("dim") or (f"overall (of {n} models)" if n else "overall")
    # "According to Arena's leaderboard, A ranks 13th …; B ranks 16th": the board the paragraph named
    for i in range(sv.index, max(-1, sv.index - 3), -1):
        prev = view.segs[i].seg
        if prev.para != sv.seg.para:
            break
        named = list(_NAMED_BOARD.finditer(view.text, prev.start, end if i == sv.index else prev.end))
        board = named[-1].group("b") if named else ""
        # "B's ranking slipped": a model, not a board
        if (
            board
            and board.split()[0] not in NOT_BOARD
            and not _NO_BOARD_HEAD.match(board)
            and board not in view.doc_models
        ):
            return board
    # "We compare A with … on 12 benchmarks. Overall, A is ranked at the 3rd place": the comparison's set
    for i in range(sv.index, max(-1, sv.index - 3), -1):
        prev = view.segs[i].seg
        if prev.para != sv.seg.para:
            break
        suite = _SUITE.search(view.text, prev.start, end if i == sv.index else prev.end)
        if suite is not None:
            return f"{suite.group('n')} benchmarks overall"
    # an article that is itself a ranking: its title names the board ("Coding Benchmark (May 2026): …")
    first = view.segs[0].seg if view.segs else None
    if first is not None and first.kind in ("heading", "sentence") and first.para == 0:
        title = HEADING_TAIL.sub("", view.text[first.start : first.end]).strip(" *#")
        if TITLE_BOARD.search(title) and len(title.split()) <= 6:
            return title
    return None


def followed_by(
    view: DocView, sv: SegView, subs: Subjects, end: int, rank: int, qualifier: str
) -> list[AttributeFact]:
    """'X leads the board, followed by Y (58.7%) and Z': the names after 'followed by' take the next
    places."""
    text = view.text
    fm = _FOLLOWED.match(text, end, sv.seg.end)
    if fm is None or "ahead of" in fm.group():
        return []
    first = next(
        (r for r in subs.models(sv) if r.start == fm.end() and r.via not in ("pronoun", "implied")), None
    )
    if first is None:
        return []
    names = [first]
    for r in subs.models(sv):
        if r.start <= names[-1].start or r.via in ("pronoun", "implied"):
            continue
        gap = re.sub(r"\([^()]*\)|\s(?:at|with)\s+[\d.]+%?", "", text[names[-1].reach : r.start])
        if not re.fullmatch(r"\s*(?:,|and|,\s*and|then|,\s*then)\s*", gap):
            break
        names.append(r)
    return [
        fact(view, sv, r, "leaderboard_rank", str(rank + i), 0.7, "prose", qualifier)
        for i, r in enumerate(names, start=1)
    ]
