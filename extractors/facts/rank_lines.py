"""Leaderboards and ranks left as lines: a board whose rows open on their rank ('1 name 1457', '2. Name', a
marker line with the name on the next, a score glued to the name), and a model's own page listing its places
as bare '#45' lines. Prose ranks and the board names live in `ranks.py`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from extractors.facts import entities as ent
from extractors.facts import members, rankings, roundup_lines
from extractors.facts.boards import Boards
from extractors.facts.dates import DATE_GATE
from extractors.facts.document import DocView, Ref, SegView
from extractors.facts.foreign_places import BOARD_WORD, ordinal_ending
from extractors.facts.held_lines import LineOpening
from extractors.facts.line_tables import without_lab
from extractors.facts.rank_boards import HEADING_TAIL, TITLE_BOARD
from extractors.facts.subjects import Subjects, fact
from schema.records import AttributeFact

# a line opening on its rank: "3 name-snapshot 1442", "2. Name", "#4 Name", glued "5Agent + Name"
# (in Chinese, Japanese and Korean the rank carries its counter: '1位 Name', '2위 Name', '3名 Name'; elsewhere
# an ordinal's ending: '2nd Name', '3º Name', '4e Name')
_RANK_LEAD = re.compile(
    r"[ \t]*(?:\*\*)?#?(?P<n>\d{1,3})(?:[.)](?:\*\*)?[ \t]*|[位위名][ \t]*|[ \t]+|(?=[A-Z]|[a-z]\d)"
    r"|(?P<o>" + ordinal_ending("en", "fr", "es") + r")(?:\*\*)?[ \t]+)"
)
# the heading or title a list of ordinal-opened lines ('1st A', '2nd B') must be under to be a board (a
# title's board word, `rank_boards.TITLE_BOARD`, or one of `foreign_places.BOARD_WORD`): a picks list, a
# news list, a guide's steps or a race's results open on ordinals too
# a figure closing a line: the entry's score ('1st A 1420', '2nd B 71.5%')
_LINE_FIGURE = re.compile(r"\s\d[\d,]*(?:\.\d+)?\s*%?[ \t*]*$")
# the figures of an entry's line, set aside to compare two entries of one model
_FIGURES = re.compile(r"(?<![\w(/-])\d[\d.,]*%?(?![\w)/-])|[\s*]+")
# a clock time after a name: '41:20' is a race's time, its minutes no part of the name
_TIME_AFTER = re.compile(r"\s?:\d\d\b")
_MARKER_ONLY = re.compile(r"[ \t]*(?:\*\*)?#?(?P<n>\d{1,3})[.)]?(?:\*\*)?[ \t]*")
_VALUE_ONLY = re.compile(r"[ \t]*[\d.,]+\s*%?(?:\s*[±+-]\s*[\d.]+)?[ \t]*")
# a name with its score glued on ("Name 2.569.3" = "Name 2.5" + "69.3")
_GLUED_SCORE = re.compile(
    r"(?P<name>[A-Z][\w .+-]*?[\w+])(?P<score>\d{2}\.\d{1,2})%?(?:\s*±\s*[\d.]+)?[ \t]*"
)


def _section_board(view: DocView, sv: SegView) -> str | None:
    """The heading above a ranked list, without its date or note ('Text Arena — Aug 21, 2025')."""
    for i in range(sv.index - 1, max(-1, sv.index - 15), -1):
        prev = view.segs[i]
        if prev.seg.kind == "heading":
            named = [r for r in prev.refs if r.kind == "benchmark" and r.canonical]
            if len({r.canonical for r in named}) == 1:
                return named[0].canonical  # 'SWE-bench Pro standings': the board the heading names
            name = HEADING_TAIL.sub("", view.text[prev.seg.start : prev.seg.end]).strip(" *#")
            return name or None
    return None


def _board(view: DocView, sv: SegView, boards: Callable[[], Boards], start: int, end: int) -> str | None:
    qual = boards().qualifier(sv, start, end)
    if qual is None:
        qual = _section_board(view, sv)
        qual = None if qual in view.doc_models else qual  # the page's title is its model, not a board
        qual = None if qual and DATE_GATE.search(qual) else qual  # nor is a dated line ('Released Feb 2025')
    if qual is None and view.unique_benchmark is not None:
        qual = view.unique_benchmark.canonical
    return qual


# a row's move since the last update between its rank and its name: '1 ⬆︎ Name', '2 ▼ Name', '3 (+2) Name'
_MOVE_MARK = re.compile(r"^[ \t]*(?:[↑↓↗↘⬆⬇▲▼△▽⏶⏷🔺🔻][\ufe0e\ufe0f]?|\([+-−]?\d{1,3}\))[ \t]*")


def _opens_entry(text: str, opens: int, r: Ref) -> bool:
    """A model the entry opens on: nothing before it but a lab's name or a harness ('Lab Name', 'Agent +
    Name'), and no hyphened part after it that makes it the head of a longer name we do not know
    ('Name3-ASR-1.7B' is not Name3; 'Vendor Name-Qwen-2.5B … + Qwen2 decoder' is not Qwen2); a quantisation
    or variant tag in lower case ('-4bit', '-instruct') leaves the name as it is."""
    before = _MOVE_MARK.sub("", text[opens : r.start]).strip(" *")
    if before and before.casefold() not in rankings.lab_words() and not before.endswith("+"):
        return False
    return re.match(r"-[A-Z]", text[r.end : r.end + 2]) is None  # '-4bit', '-instruct' stay the model's


def _entry_subject(view: DocView, subs: Subjects, sv: SegView, pos: int) -> Ref | None:
    """The model a ranked line names after its rank: its first model, else a name with a score glued on."""
    text = view.text
    opens = pos + len(text[pos : sv.seg.end]) - len(text[pos : sv.seg.end].lstrip(" *"))
    head = text[opens : min(sv.seg.end, opens + 60)]
    if any(r.kind == "benchmark" and r.start == opens for r in sv.refs) or any(
        m.kind == "benchmark" and m.start == 0
        for m in members.mentions_in(head, view.accepted, view.shorts, view.benches)
    ):
        return None  # '1SWE-bench Verified … Name, 80.8%': a list of benchmarks, the model is each's leader
    named = [
        r
        for r in subs.models(sv)
        if r.start >= pos
        and r.via not in ("pronoun", "implied")
        and _opens_entry(text, opens, r)
        and not _TIME_AFTER.match(text, r.end)
    ]
    if re.search(r"\d:\d\d\b", text[pos : sv.seg.end]):
        return None  # '1st A Person 41:20': a race's result, not a model's place
    unglued = rankings.unglued_subject(view, pos, sv.seg.end, known=True)
    if unglued is not None and len(unglued.canonical) > max((len(r.canonical) for r in named[:1]), default=0):
        return unglued  # '2Seed 2.1 TurboByteDance90.5%' names Seed 2.1 Turbo, not Seed 2.1
    gm = _GLUED_SCORE.fullmatch(text, pos, sv.seg.end)
    if gm is not None:
        name = without_lab(gm.group("name").strip())  # 'Seed 2.1 ProByteDance': the lab glued after it
        found = view.cell_cache.get(name)
        if found is None:
            found = view.cell_cache[name] = members.mentions_in(
                name, view.accepted, view.shorts, view.benches
            )
        inner = [m for m in found if m.kind == "model"]
        if inner:  # the name read again without the score glued to it
            s0 = gm.start("name") + inner[-1].start
            return Ref(
                "model", inner[-1].canonical, s0, s0, s0, inner[-1].setting, 0.7, "label", inner[-1].surface
            )
        if len(name.split()) <= 4 and re.search(r"\d", name):
            return Ref(
                "model", name, gm.start("name"), gm.end("name"), gm.end("name"), None, 0.7, "label", name
            )
    if named and named[0].via == "family":
        # a family's name read where the member's last word has the score glued on ('Name 3 Pro47…'): the
        # member read again with the figure set apart
        apart = re.sub(r"(?<=[a-z])(?=\d)", " ", text[named[0].start : min(sv.seg.end, named[0].start + 60)])
        longer = [
            m
            for m in members.mentions_in(apart, view.accepted, view.shorts, view.benches)
            if m.kind == "model" and m.start == 0 and len(m.canonical) > len(named[0].canonical)
        ]
        if longer:
            s0 = named[0].start
            return Ref(
                "model", longer[0].canonical, s0, s0, s0, longer[0].setting, 0.7, "label", longer[0].surface
            )
    return named[0] if named else None


def _ordinal_board(view: DocView, head: SegView, run: list[tuple[SegView, int, int]]) -> bool:
    """Ordinal-opened lines are a board's under a heading (or title) that names a board, or with a figure
    closing every line on a board or benchmark the page names."""
    text = view.text
    above = [
        p for p in view.segs[max(0, head.index - 3) : head.index] if p.seg.kind == "heading" or p.index == 0
    ]
    if any(
        TITLE_BOARD.search(text, p.seg.start, p.seg.end) or BOARD_WORD.search(text, p.seg.start, p.seg.end)
        for p in above + view.segs[:1]
    ):
        return True
    scored = all(_LINE_FIGURE.search(text[pos : sv.seg.end]) for sv, _, pos in run)
    return scored and view.unique_benchmark is not None


def ranked_lines(view: DocView, subs: Subjects, boards: Callable[[], Boards]) -> list[AttributeFact]:
    """A leaderboard left as lines that open on their rank ('1 name 1457', '2. Name', '3Agent + Name'), or
    a rank marker on a line of its own with the name on the next one. Three or more entries whose ranks go
    up by at most two (ties allowed) make a ranked list; score lines between the entries are skipped."""
    text = view.text
    out: list[AttributeFact] = []
    run: list[tuple[SegView, int, int]] = []
    pending: int | None = None
    figures = [False]  # a figure line between the run's entries (a board's score on a line of its own)
    ordinal = [False]  # an entry opened on an ordinal ('1st A')

    def flush() -> None:
        ranks_ = [r for _, r, _ in run]
        ok = len(run) >= 3 and ranks_[0] <= 3 and all(0 <= b - a <= 2 for a, b in itertools.pairwise(ranks_))
        if ok:
            head = run[0][0]  # one list, one board: the board named before its first entry
            qual = _board(view, head, boards, head.seg.start, head.seg.end)
            subjects = [(sv, rank, _entry_subject(view, subs, sv, pos)) for sv, rank, pos in run]
            items = [(sv, pos, s) for (sv, _, s), (_, _, pos) in zip(subjects, run, strict=True)]
            if roundup_lines.is_roundup(view, items, figures[0]):
                qual = None  # a news roundup's numbered stories, not a board's places
            labels = [
                (s.canonical, text[pos : sv.seg.end])
                for (sv, _, s), (_, _, pos) in zip(subjects, run, strict=True)
                if s
            ]
            if rankings.repeats_entries(labels):
                qual = None  # one row twice under two tags ('(retail)', '(airline)'): several boards joined
            if ordinal[0] and not _ordinal_board(view, head, run):
                qual = None  # '1st A for coding, 2nd B for writing': picks, news or steps, not a board
            seen: set[tuple[str, str]] = set()
            for sv, rank, subj in subjects:
                # one model in two places of one board, its line the same but for the figure: its first (best)
                # place only ('Name (high)' and 'Name (low)' are two entries)
                key = (
                    ("", "")
                    if subj is None
                    else (subj.canonical, _FIGURES.sub("", text[subj.end : sv.seg.end]))
                )
                if key in seen:
                    continue
                seen.add(key)
                if subj is not None and subj.canonical and qual is not None:
                    out.append(
                        fact(view, sv, subj, "leaderboard_rank", str(rank), 0.75, "ranked_lines", qual)
                    )
        run.clear()
        figures[0] = False
        ordinal[0] = False

    for sv in view.segs:
        seg = sv.seg
        if seg.kind not in ("line", "item", "sentence"):  # lines a table reader took for scores count too
            flush()
            pending = None
            continue
        mo = _MARKER_ONLY.fullmatch(text, seg.start, seg.end)
        if mo is not None and re.search(r"[.)]", text[seg.start : seg.end]):
            pending = int(mo.group("n"))
            continue
        if pending is not None:
            run.append((sv, pending, seg.start))
            pending = None
            continue
        if _VALUE_ONLY.fullmatch(text, seg.start, seg.end):
            figures[0] = figures[0] or bool(run)
            continue
        if FIELD_RANK.search(text, seg.start, seg.end):
            flush()  # a row giving the page model's place out of a field ('01MBPP … #14/19'): no board entry
            continue
        m = _RANK_LEAD.match(text, seg.start, seg.end)
        if m is not None and m.end() < seg.end and not re.match(r"[\d.,%]", text[m.end()]):
            run.append((sv, int(m.group("n")), m.end()))
            ordinal[0] = ordinal[0] or m.group("o") is not None
            continue
        flush()
    flush()
    return out


_CARD_RANK_GATE = LineOpening(r"[ \t]*#\d", re.M)
_CARD_RANK = re.compile(r"[ \t]*#(?P<n>\d{1,3})(?:[ \t]+(?P<label>[A-Z][\w ()&/-]{0,40}))?[ \t]*")


def card_ranks(view: DocView, subs: Subjects, boards: Callable[[], Boards]) -> list[AttributeFact]:
    """A model's own page listing its places as bare '#45' lines (after the board's label and score, or
    with the board after it: '#34 Text (Math)'): ranks of the page's model."""
    text = view.text
    focus = view.focus
    if focus is None or not _CARD_RANK_GATE.in_text(text):
        return []
    hits = [
        (sv, m)
        for sv in view.segs
        if sv.seg.kind in ("line", "item")
        and not subs.models(sv)
        and (m := _CARD_RANK.fullmatch(text, sv.seg.start, sv.seg.end)) is not None
    ]
    if len(hits) < 2:
        return []
    out: list[AttributeFact] = []
    for sv, m in hits:
        label = m.group("label")
        if label is None and sv.index > 0:
            prev = view.segs[sv.index - 1]
            lm = re.match(
                # ('🏆OverallELO: 1,430', or a label alone on its line: 'Intelligence', 'Overall Rank')
                r"[^\w]*([A-Za-z][\w &-]{0,40}?)\s*(?:ELO|Elo|score|Score|rating|Rating)?\s*(?::|$)",
                text[prev.seg.start : prev.seg.end],
            )
            label = lm.group(1) if lm else None
        board = _board(view, sv, boards, sv.seg.start, sv.seg.end)
        qual = (
            f"{board} ({label.strip()})" if board and label else board or (label.strip() if label else None)
        )
        if not qual:
            continue
        ref = Ref("model", focus, sv.seg.start, sv.seg.start, sv.seg.start, None, 0.7, "implied", focus)
        out.append(fact(view, sv, ref, "leaderboard_rank", m.group("n"), 0.7, "card", qual))
    return out


# a place out of a field: '#3/5', '# 12 / 40' (the model's rank among the models scored there)
FIELD_RANK = re.compile(r"(?<![\w#])#\s?(?P<n>\d{1,3})\s?/\s?(?P<of>\d{1,4})(?![\d.%])")


def field_ranks(view: DocView, subs: Subjects, boards: Callable[[], Boards]) -> list[AttributeFact]:
    """A model's own page whose rows give its place out of the field ('MBPP … 74.4% #14/19'): each is the
    page model's rank on the benchmark the row names."""
    text = view.text
    focus = view.focus
    if focus is None:
        return []
    # the page's model is its one sized member when the page names one ('Gemma 3' and 'Gemma 3 27B')
    parts = ent.name_parts(focus)
    sized = [
        m
        for m in view.doc_models
        if len(ent.name_parts(m)) > len(parts) and ent.name_parts(m)[: len(parts)] == parts
    ]
    focus = sized[0] if len(sized) == 1 else focus
    out: list[AttributeFact] = []
    for sv in view.segs:
        if sv.seg.kind not in ("line", "item", "row", "sentence"):
            continue
        found = list(FIELD_RANK.finditer(text, sv.seg.start, sv.seg.end))
        if len(found) != 1 or int(found[0].group("n")) > int(found[0].group("of")):
            continue
        if any(r.canonical != focus and r.via not in ("pronoun", "implied", "weak") for r in subs.models(sv)):
            continue  # a row that names another model is a board's entry, not this page's place
        named = [r for r in sv.refs if r.kind == "benchmark" and r.canonical]
        board = named[0].canonical if named else _board(view, sv, boards, sv.seg.start, sv.seg.end)
        if board is None:
            continue
        ref = Ref("model", focus, sv.seg.start, sv.seg.start, sv.seg.start, None, 0.7, "implied", focus)
        out.append(fact(view, sv, ref, "leaderboard_rank", found[0].group("n"), 0.7, "card", board))
    return out


# an inline numbered list of names: 'the top five are: 1. Name (Lab), 2. Name (Lab), 3. Name'
_INLINE_RANK = re.compile(r"(?:(?<=[:,;])|(?<=^))\s*(?P<n>\d{1,2})\.\s+(?=[A-Z])", re.M)


def inline_ranks(view: DocView, subs: Subjects, boards: Callable[[], Boards]) -> list[AttributeFact]:
    """A paragraph listing three or more models as '1. A, 2. B, 3. C' after a board is named: each number
    is that model's rank on the board."""
    text = view.text
    out: list[AttributeFact] = []
    by_para: dict[int, list[SegView]] = {}
    for sv in view.segs:
        if sv.seg.kind in ("sentence", "item", "line"):
            by_para.setdefault(sv.seg.para, []).append(sv)
    for segs in by_para.values():
        start, end = segs[0].seg.start, segs[-1].seg.end
        entries: list[tuple[int, SegView, Ref]] = []
        for m in _INLINE_RANK.finditer(text, start, end):
            at = next((s for s in segs if s.seg.start <= m.end() < s.seg.end), None)
            if at is None:
                continue
            subj = next((r for r in subs.models(at) if r.start == m.end() and r.canonical), None)
            if subj is not None:
                entries.append((int(m.group("n")), at, subj))
        nums = [n for n, _, _ in entries]
        if len(entries) < 3 or nums[0] != 1 or any(b != a + 1 for a, b in itertools.pairwise(nums)):
            continue
        head = entries[0][1]
        qual = boards().qualifier(head, head.seg.start, entries[0][2].start)
        if qual is None:
            continue
        out += [
            fact(view, sv, subj, "leaderboard_rank", str(n), 0.75, "inline_ranks", qual)
            for n, sv, subj in entries
        ]
    return out
