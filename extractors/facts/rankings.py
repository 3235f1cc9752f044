"""Rankings: a run of consecutive places 1..k, each with a model, read as that board's leaderboard ranks.

A ranking is laid out many ways: numbered items ('1. **Name** (Blue): 85.2%'), one cell per line ('1' /
'Name' / 'Lab' / '57.2pts' repeated), a bullet holding the place with the row glued on the next line
('• 1' / 'LabName 5Vendor harness' / '85%Lab'), a table whose first column is the place ('1 | name | 38%').
Whatever the layout, the places open entries in order (1, 2, 3 … ties allowed), each entry opens on a model,
and the run is a ranking when its section says so (leaderboard, ranking, top, standings, 排行, ランキング,
순위 …) or the entries' figures fall as the place rises. Entries that are sentences are refused (a plain
enumeration); a run whose entries repeat apart from a tag after a bracket joins several boards: refused. A
model listed twice (with two harnesses) keeps its best place.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from functools import cache

from extractors.facts import entities as ent
from extractors.facts import members, roundup_lines
from extractors.facts.boards import Boards
from extractors.facts.document import DocView, Ref, SegView
from extractors.facts.rank_boards import HEADING_TAIL, TITLE_BOARD
from extractors.facts.ranks import list_marker
from extractors.facts.subjects import Subjects, fact
from schema.records import AttributeFact

# a place alone on its segment: '1', '#2', '3.', '**4**'
_PLACE_ONLY = re.compile(r"[ \t]*(?:\*\*)?#?(?P<n>\d{1,3})[.)]?(?:\*\*)?[ \t]*")
# a table row's first cell holding its place: '1 | name | …', '| #2 | name |'
_PLACE_CELL = re.compile(r"[ \t|]*#?(?P<n>\d{1,3})[.)]?[ \t]*\|")
_PLACE_HEAD = re.compile(r"(?i)rank|#|no\.?|place|pos(?:ition)?|排名|名次|順位|순위")
_UPDATED = re.compile(r"(?i)[ \t*#]*(?:last\s+)?updated\b|[ \t*#]*as\s+of\b")
_GENERIC_BOARD = re.compile(r"(?i)(?:the\s+)?(?:leaderboard|rankings?|standings|results)")
# the words that say a section ranks
RANK_WORDS = re.compile(
    r"(?i)leaderboard|ranking|\branked\b|\brank\b|standings|"
    # 'top 5 models', 'top ten LLMs' (a top 3 of reasons or things to know ranks no models)
    r"\btop(?:[ -]?\d{1,3}|\s+(?:ten|five|three))?\s+(?:[\w.-]+\s+)?"
    r"(?:models?|llms?|ais?|systems|entries|spots)\b|"
    r"classement|clasificaci|排行|排名|榜|ランキング|順位|순위|리더보드"
)
# a figure on an entry: '85.2%', '57.2pts', '1,457'
# (not a price or a size: '$1.25', '405.0 billion', '1.5B')
_FIGURE = re.compile(
    r"(?<![\w.$€£¥])(\d{1,4}(?:,\d{3})*(?:\.\d+)?)(?!\d|[,.]\d|\s*(?:[KMBT]\b|[kmb]n?\b|billion|million|trillion))"
    r"\s*(?:%|pts\b|points\b)?"
)
# a lower-case word before an entry's model: the entry is a sentence, not a row opening on its name
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
# a name glued to the next word ('Fable 5Vendor', 'ProByteDance'): split where a lower-case letter or a digit
# meets a capital, or a score is glued on ('Pro68.0')
_GLUE = re.compile(r"(?<=[a-z0-9])(?=[A-Z][a-z])|(?<=[a-z])(?=\d{2}\.\d)")


@cache
def lab_words() -> frozenset[str]:
    """The labs' names as the name lists know them, folded, also without a closing 'AI' or 'Labs' ('Mistral'
    of 'Mistral AI'): a line holding one is a row's lab cell."""
    names = {r.alias.casefold() for r in ent.knowledge().records if r.kind == "lab"}
    return frozenset(names | {re.sub(r"\s+(?:ai|labs?|research)$", "", n) for n in names})


def _lab_line(view: DocView, sv: SegView) -> bool:
    return view.text[sv.seg.start : sv.seg.end].strip(" *").casefold() in lab_words()


def unglued_subject(view: DocView, start: int, end: int, known: bool = False) -> Ref | None:
    """The first model of a span whose words run together, read again with the joins split (with `known`,
    only a model the name lists know, not the words before the first join)."""
    raw = view.text[start:end]
    first_join = _GLUE.search(raw)
    if first_join is None:
        return None
    split = _GLUE.sub(" ", raw)
    key = "unglued:" + split
    found = view.cell_cache.get(key)
    if found is None:
        found = view.cell_cache[key] = members.mentions_in(split, view.accepted, view.shorts, view.benches)
    # the entry opens on its model, a lab's name at most before it ('Lab Name 5 Vendor harness')
    inner = [m for m in found if m.kind == "model" and m.canonical and len(split[: m.start].split()) <= 1]
    if not inner and known:
        return None
    if not inner:  # a name we do not know, up to the first join ('Claude Fable 5' of 'Claude Fable 5Vendor')
        head = raw[: first_join.start()].strip()
        if re.fullmatch(r"[A-Z][\w.+-]*(?: [\w.+-]+){0,3}", head) and re.search(r"\d", head):
            return Ref("model", head, start, start + len(head), start + len(head), None, 0.65, "label", head)
        return None
    m = inner[0]
    joins = sum(1 for k, g in enumerate(_GLUE.finditer(raw)) if g.start() + k < m.start)
    s0 = start + m.start - joins  # back to the article's offsets: less the spaces put in before the name
    return Ref("model", m.canonical, s0, s0, s0, m.setting, 0.7, "label", m.surface)


def _bold_name(view: DocView, sv: SegView) -> Ref | None:
    """An unknown name an entry sets in bold at its start ('**VL-Rethinker** (Orange): 80.3%')."""
    m = re.match(r"[ \t]*\*\*([A-Za-z][\w.+ -]{1,40}?)\*\*", view.text[sv.seg.start : sv.seg.end])
    if m is None or not re.search(r"[\d-]", m.group(1)) or len(m.group(1).split()) > 4:
        return None
    s = sv.seg.start + m.start(1)
    return Ref("model", m.group(1).strip(), s, s + len(m.group(1)), s + len(m.group(1)), None, 0.65, "label")


def _entry_model(view: DocView, subs: Subjects, sv: SegView, pos: int) -> Ref | None:
    named = [r for r in subs.models(sv) if r.start >= pos and r.via not in ("pronoun", "implied")]
    unglued = unglued_subject(view, max(pos, sv.seg.start), sv.seg.end)
    if unglued is not None and (not named or len(unglued.canonical) > len(named[0].canonical)):
        return unglued  # 'Gemini 3.5 FlashVendor' names Gemini 3.5 Flash, not Gemini 3.5
    if named:
        return named[0]
    return _bold_name(view, sv)


Entry = tuple[int, SegView, Ref, float | None]  # place, the segment naming the model, the model, its figure


def _figure(view: DocView, segs: list[SegView], after: int) -> float | None:
    """An entry's first figure after its name: a percentage, points, a decimal or a grouped count."""
    for k, sv in enumerate(segs):
        if k and _opens_place(view, sv):
            return None  # the next entry's: an entry's figure is its own
        for m in _FIGURE.finditer(view.text, max(after, sv.seg.start), sv.seg.end):
            if re.search(r"[%.,]|pts|points", m.group()):
                return float(m.group(1).replace(",", ""))
    return None


def _opens_place(view: DocView, sv: SegView) -> bool:
    """The segment opens an entry: a place alone, a numbered item, or a row whose first cell is a place."""
    text = view.text
    if sv.seg.kind == "row":
        return _PLACE_CELL.match(text, sv.seg.start, sv.seg.end) is not None
    return (
        _PLACE_ONLY.fullmatch(text, sv.seg.start, sv.seg.end) is not None or list_marker(view, sv) is not None
    )


def _entries(view: DocView, subs: Subjects) -> list[list[Entry]]:
    """Runs of entries: a place (a bare number segment, or a numbered item marker) and the model it opens."""
    text = view.text
    runs: list[list[Entry]] = []
    run: list[Entry] = []
    segs = view.segs
    i = 0
    gap = 0
    while i < len(segs):
        sv = segs[i]
        place: int | None = None
        body: list[SegView] = []
        pm = _PLACE_ONLY.fullmatch(text, sv.seg.start, sv.seg.end)
        if pm is not None and sv.seg.kind != "row":
            place = int(pm.group("n"))
            body = [
                s for s in segs[i + 1 : i + 3] if _PLACE_ONLY.fullmatch(text, s.seg.start, s.seg.end) is None
            ]
            if len(body) == 2 and body[0].index == i + 1 and _lab_line(view, body[0]):
                body = body[1:]  # '1' / 'Lab' / 'Name' / '71.2%': the lab's cell before the name's
            body = body[:1] if body and body[0].index in (i + 1, i + 2) else []
        elif sv.seg.kind in ("item", "heading"):
            place = list_marker(view, sv)
            body = [sv] if place is not None else []
        elif (
            sv.seg.kind == "row"
            and not _place_header(view, sv)  # the table reader reads a column headed as the place
            and (cm := _PLACE_CELL.match(text, sv.seg.start, sv.seg.end)) is not None
        ):
            place = int(cm.group("n"))  # a table whose first column is the place ('1 | name | 38.0%')
            body = [sv]
        model = None
        if place is not None and body:
            model = _entry_model(view, subs, body[0], body[0].seg.start)
            if model is not None and _LOWER_WORD.search(text, body[0].seg.start, model.start):
                model = None  # an entry of a plain enumeration ("That's how many points Name …"), not a name
        if place is not None and model is not None and model.canonical:
            after = segs[body[0].index : body[0].index + 4]
            last = run[-1][0] if run else 0
            if run and place not in (last, last + 1):
                runs.append(run)
                run = []
            if run or place == 1:
                run.append((place, body[0], model, _figure(view, after, max(model.end, body[0].seg.start))))
            gap = 0
            i = body[0].index + 1
            continue
        gap += 1
        if gap > 4 or (sv.seg.kind == "heading" and run and place is None and not _between(view, sv)):
            if run:
                runs.append(run)
            run = []
            gap = 0
        i += 1
    if run:
        runs.append(run)
    return runs


def _sentence_after(view: DocView, sv: SegView, model: Ref) -> bool:
    """The entry goes on after its model as a sentence: three lower-case words or more, closed by a full
    stop ('GPT-5 is now free for every user.')."""
    rest = view.text[max(model.end, sv.seg.start) : sv.seg.end].rstrip(" *")
    return rest.endswith((".", "!", "?")) and len(_LOWER_WORD.findall(rest)) >= 3


def _place_header(view: DocView, sv: SegView) -> bool:
    """The row is in a table whose header's first cell names the place column ('Rank', '#', '排名')."""
    for table in view.layout.tables:
        if table.start <= sv.seg.start < table.end:
            return bool(table.header) and _PLACE_HEAD.fullmatch(table.header[0].strip()) is not None
    return False


def _between(view: DocView, sv: SegView) -> bool:
    """A heading inside an entry (a lab's or a figure's line the layout took for a heading)."""
    return len(view.text[sv.seg.start : sv.seg.end].split()) <= 3


def _section_says_rank(view: DocView, first: SegView) -> bool:
    """The heading over the run or the lines just before it say it ranks."""
    text = view.text
    for i in range(first.index - 1, max(-1, first.index - 8), -1):
        prev = view.segs[i]
        if RANK_WORDS.search(text, prev.seg.start, prev.seg.end):
            return True
        if prev.seg.kind == "heading" and len(text[prev.seg.start : prev.seg.end].split()) > 3:
            break
    return False


def _falling(run: list[Entry]) -> bool:
    vals = [f for _, _, _, f in run if f is not None]
    if len(vals) < len(run):
        return False
    return all(b <= a for a, b in itertools.pairwise(vals)) and vals[0] > vals[-1]


def section_board(view: DocView, first: SegView, boards: Callable[[], Boards]) -> str | None:
    """The board a run ranks: one its lines name, else a benchmark its section names before it, else the
    section's heading ('Quality Rankings'), else the page's one benchmark."""
    qual = boards().qualifier(first, first.seg.start, first.seg.start)
    if qual is not None:
        return qual
    for i in range(first.index - 1, max(-1, first.index - 15), -1):
        prev = view.segs[i]
        if _PLACE_ONLY.fullmatch(view.text, prev.seg.start, prev.seg.end) or _lab_line(view, prev):
            continue
        if _UPDATED.match(view.text, prev.seg.start, prev.seg.end):
            continue  # 'Last updated' over the rows: the page's furniture, not the board's name
        named = [r for r in prev.refs if r.kind == "benchmark" and r.canonical]
        if named:
            return named[0].canonical
        if "|" in view.text[prev.seg.start : prev.seg.end]:
            continue  # a table's header or note cut from its rows
        if prev.seg.kind == "heading" or RANK_WORDS.search(view.text, prev.seg.start, prev.seg.end):
            name = HEADING_TAIL.sub("", view.text[prev.seg.start : prev.seg.end]).strip(" *#")
            if _GENERIC_BOARD.fullmatch(name) and view.unique_benchmark is not None:
                return view.unique_benchmark.canonical  # 'Leaderboard' over the page's one benchmark
            # (the page's title when it names a board: 'Contract Review Benchmark')
            if (
                (i > 0 or TITLE_BOARD.search(name))
                and name
                and name not in view.doc_models
                and len(name.split()) <= 8
            ):
                return name
            if prev.seg.kind == "heading":
                break
    return view.unique_benchmark.canonical if view.unique_benchmark is not None else None


def rankings(view: DocView, subs: Subjects, boards: Callable[[], Boards]) -> list[AttributeFact]:
    """Each accepted run's places as its models' leaderboard ranks (a model listed twice keeps its best)."""
    out: list[AttributeFact] = []
    for run in _entries(view, subs):
        if len(run) < 3:
            continue
        # an entry runs to the next one's name (its lab, harness and figure lines included)
        ends = [nxt.seg.start for _, nxt, _, _ in run[1:]] + [run[-1][1].seg.end]
        labels = [
            (m.canonical, view.text[sv.seg.start : end]) for (_, sv, m, _), end in zip(run, ends, strict=True)
        ]
        if repeats_entries(labels):
            continue
        if sum(1 for _, sv, m, fig in run if fig is None and _sentence_after(view, sv, m)) * 2 > len(run):
            continue  # '1. GPT-5 is now free for every user.': a digest of news items, not a board's rows
        items = [(sv, m.start, m) for _, sv, m, _ in run]
        if roundup_lines.is_roundup(view, items, any(fig is not None for *_, fig in run)):
            continue  # '1. Name gets a new mode' under 'Top stories': headlines without full stops
        if not (_section_says_rank(view, run[0][1]) or _falling(run)):
            continue
        qual = section_board(view, run[0][1], boards)
        if qual is None:
            continue
        seen: set[str] = set()
        for place, sv, model, _ in run:
            if model.canonical in seen:
                continue
            seen.add(model.canonical)
            out.append(fact(view, sv, model, "leaderboard_rank", str(place), 0.75, "ranking", qual))
    return out


# a word tag after a bracket: 'TC (model) (retail)' (a tag right after the name is the model's setting: 'Name
# (high)')
_TAG = re.compile(r"(?<=\))\s*\([^)\d]*\)")
_BARE_FIGURE = re.compile(r"(?<!\S)[\d.,/-]+%?(?!\S)")


def repeats_entries(labels: list[tuple[str, str]]) -> bool:
    """Two entries the same apart from a tag after a bracket and their figures ('TC (model) (retail) 0.69'
    and 'TC (model) (airline) 0.46'): the list joins several boards, one per tag, and its numbers are rows,
    not places on one board."""
    seen: set[tuple[str, str]] = set()
    for model, label in labels:
        if not _TAG.search(label):
            continue  # an untagged entry joins no board of its own ('Name 11/04 52.1%', 'Name 47.3%')
        key = (model, " ".join(_BARE_FIGURE.sub(" ", _TAG.sub(" ", label)).split()).lower())
        if key in seen:
            return True
        seen.add(key)
    return False
