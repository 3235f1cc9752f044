"""Leaderboard ranks: prose ("ranks fourth on", "sits in sixth place", "the No. 2 open-weight model") and
list lines ("Name — 1,471 (2nd)"). The board each rank is on (its qualifier) is read by `boards.Boards`; first
place ("tops the X leaderboard", "leads at 88.7%") is in `rank_tops.py`; ranked lines and a model page's '#45'
lines are in `rank_lines.py`.
"""

from __future__ import annotations

import re

from extractors.facts import groups
from extractors.facts.alternation import by_first_char, distribute
from extractors.facts.arrows import ARROW
from extractors.facts.boards import Boards
from extractors.facts.document import DocView, Ref, SegView, in_parts
from extractors.facts.held_places import held_places
from extractors.facts.numbers import ORDINALS, WORD_NUMBERS, parse_rank
from extractors.facts.rank_boards import ON_NAME, board_named_before, prose_board
from extractors.facts.rank_lists import LIST_GAP, bare_list, list_tail, named_ordinals, past
from extractors.facts.rank_tops import leads, tops
from extractors.facts.score_models import coordinated
from extractors.facts.subjects import Subjects, fact
from schema.records import AttributeFact

_ORD_WORDS = "|".join(ORDINALS)
RANK_RE = re.compile(
    # the words before a rank grouped by first letter (re.I makes re enter every word at every position)
    r"(?:(?P<pre>\b"
    + by_first_char(
        ["tied for", "ties for", "ranks?", "ranked", "ranking", "placing(?: (?:it|them))?"],
        ["places (?:it|them)"],
        distribute("listing|lists|listed", " (?:it|them)"),
        ["is", "are", "was", "sits(?: at)?", "entered at", "enters at", "debuts? at"],
        "debuted at|finished|finishes|landed|lands",
        distribute(
            "dropp|fell|fall|ros|ris|climb|mov|slipp|slid|slip|jump|advanc|improv|sank|sink|tumbl|surg|leap|leapt|"
            "climbs|went|goes|retreat|end|stay|settl",
            r"(?:ed|es|s)?\s+(?:back\s+)?(?:to|at|in|into)",
        ),
        ["good for"],
        distribute(
            "takes|took|grabs|grabbed|holds|held|claims|claimed|secures|secured|keeps|kept|snags|snagged",
            r"(?:\s+(?:down|on\s+to))?",
        ),
        ["enough for", "at", "in", "and", r"puts? [\w .-]{1,40}?", "play(?:s|ed|ing)"],
        "comes|came|coming|stays|stayed|remains|remained|still|holding|taking",
        ["comes in", "came in", "coming in"],  # 'came in second with $1,696'
        distribute(
            "makes|making|is|as|it|now|remains|was|posted|posts|recorded|records|earned|earns|notched|logged",
            r"\s+(?:it\s+)?the",
        ),
        distribute([r"ranked\s+at", r"placed\s+at"], r"\s+(?:it\s+)?the"),
        guarded=True,  # (and the ordinals below): one lookahead turns away a word that starts none of them
    )  # 'holds a distant third place', 'is a close second at 92%': a place with its margin
    + r"\s+(?:an?\s+(?:close|distant|solid|strong|comfortable|narrow|clear)\s+)?)?)"
    r"(?P<rank>No\.\s?\d{1,3}|#\d{1,3}|\d{1,3}(?:st|nd|rd|th)|"
    + by_first_char(_ORD_WORDS, guarded=True)
    + r")\b"
    r"(?P<post>-(?:highest|best|strongest|ranked)(?:\s+[\w-]+)?\s+(?:models?|entr(?:y|ies)|systems?|scores?|"
    r"results?|ratings?)|\s+this\s+(?:week|month|round|time)\b|"
    r"\s+(?:place|spot|position|slot)|\s+(?:overall|globally|worldwide)|\s+among\s+[\w-]+(?:\s+[\w-]+)?\s+(?:models|entries|systems)|"
    r"\s+of\s+\d+|\s+of\s+the\s+\w+\s+models|\s+on\s+(?:the|its)\b|\s+in\s+(?:the|its)\b|\s+with\s+\d|"
    r"\s+at\s+\d|\s+open(?:-weights?|-source)?\s+(?:models?|entr(?:y|ies))|"
    r"(?=\s*[,.;]|\s+(?:and|but|behind|ahead|on)\b))?",
    re.I,
)
_STRONG_PRE = re.compile(
    r"\b(?:tied|ties|rank|placing|places|listing|lists|listed|finish|entered|enters|debut|good for|"
    r"enough for|sits at|landed|lands|stays|stayed|remains|remained|takes|took|grabs|grabbed|holds|held|"
    r"claims|claimed|secures|secured|keeps|kept|snags|snagged|sits|sat|still|holding|taking|play|comes|came|coming)|"
    r"\s(?:to|at|into)\s$"
)
# "(2nd)", "(#2)", "— 2nd" closing a list line
LIST_RANK_RE = re.compile(
    r"(?:\(\s*(?P<a>\d{1,3}(?:st|nd|rd|th)|#\d{1,3}|No\.\s?\d{1,3})\s*\)|[—–|]\s*(?P<b>\d{1,3}(?:st|nd|rd|th))\s*$)"
)
# a place named before its holder: 'In second place, B', 'In third place is C', 'En troisième place, D',
# '• 3ᵉ place → E' (French ordinals with their superscript or plain 'e')
_FR_ORDINALS = {
    "premi[eè]re?": 1,
    "deuxi[eè]me": 2,
    "seconde?": 2,
    "troisi[eè]me": 3,
    "quatri[eè]me": 4,
    "cinqui[eè]me": 5,
}
_FRONTED = re.compile(
    r"(?:^|(?<=[\s•*>-]))(?i:in|en|at|à\s+la)\s+(?P<r>"
    + "|".join(ORDINALS)
    + "|"
    + "|".join(_FR_ORDINALS)
    + r"|\d{1,2}(?:st|nd|rd|th|e|ᵉ|ème))\s+(?:place|position|spot)\s*"
    r"(?:,|:|" + ARROW + r"|—|–|\bis\b|\bcomes\b|\bsits\b|\bwe\s+find\b|\bon\s+trouve\b)\s*"
    r"|(?:^|(?<=[\s•*>-]))(?P<r2>\d{1,2})(?:e|ᵉ|ème|st|nd|rd|th)\s+place\s*(?::|" + ARROW + r"|—|–)\s*"
)
# 'A and B occupy the second and third spots': coordinated names, coordinated places, in order
_PAIRED = re.compile(
    r"\b(?:occup(?:y|ies|ied)|take|took|hold|held|claim(?:ed)?|round(?:ed)?\s+out|fill(?:ed)?)\s+the\s+(?P<a>"
    + _ORD_WORDS
    + r"|\d{1,2}(?:st|nd|rd|th))\s+and\s+(?P<b>"
    + _ORD_WORDS
    + r"|\d{1,2}(?:st|nd|rd|th))\s+(?:spots|places|positions)\b",
    re.I,
)
_FR_ORDINAL_RES = tuple((re.compile(w), n) for w, n in _FR_ORDINALS.items())
_DIGITS = re.compile(r"\d+")
_TO_HOLDER = re.compile(r"[\s\w'’.-]{0,30}")  # the few words between a fronted place and its holder
_OPENING = re.compile(r"[\s•*>#-]*")  # what may stand before a fronted place: a bullet, markup
# "remains the top open-weights model on the index": rank 1 (among open models when it says so)
SUPER_RE = re.compile(
    r"\b(?:is|remains|stays|was|becomes|became|as|now)\s+the\s+(?:new\s+)?(?:top|best|highest-ranked|top-ranked|"
    r"strongest|leading|No\.\s?1|number-one|top[- ]performing|best[- ]performing|highest[- ]scoring|"
    r"top[- ]scoring)\s+"
    r"(?P<open>open(?:-weights?|-source)?\s+|open[- ]weights?\s+)?"
    r"(?:model|entry|system|LLM)s?\b"
)
_ORD_LOW = "|".join(o for o in ORDINALS)
# searched in two parts, the digit forms and the rest (see `in_parts`); the words by first letter, each with
# its \b as a lookbehind after the letter
_HINT_DIGITS = r"\d(?:\s*[位위]|(?:st|nd|rd|th)\b)"
# (the groups without their enclosing group: `re` skips ahead only over one alternation of literals)
_HINT_WORDS = (
    r"排名\s*第|排\s*第|位列\s*第|名列\s*第|位居\s*第|首位|榜首|第一|冠军|トップ|排名最高|no\.\s?\d|#\d|"
    + by_first_char(
        distribute(
            "rank|ranks|ranked|ranking|tied|ties|place|spot|spots|position|positions|standings|winner|"
            "leaderboard|top|tops|topped|topping|leads the|heads the|leading the|heading the|leads with|"
            "leading with|leads at|leading at",
            r"\b",
        ),
        [r"the\s+(?:highest|best)\s+(?:overall\s+)?score\b"],
        distribute(
            _ORD_LOW, r"(?:\s+(?:on|in|among|of|overall|with|at|behind|ahead)\b|-(?:highest|best|strongest))"
        ),
        distribute(
            "is|are|sits|now|was|remains|at|to|takes|took|grabs|grabbed|holds|held|claims|claimed|secures|"
            "secured|keeps|kept|snags|snagged",
            r"\s+(?:" + _ORD_LOW + r")\b",
        ),
        [r"on\s+top\b", r"the\s+lead\b", r"en\s+t[eê]te\b", r"la\s+t[eê]te\b"],
        not_after=r"\w",
    )[3:-1]
)
HINT = in_parts(
    re.compile(_HINT_DIGITS + "|" + _HINT_WORDS, re.I), re.compile(_HINT_DIGITS), re.compile(_HINT_WORDS)
)


def _open(text: str) -> bool:
    return bool(re.search(r"\bopen(?:-weights?|-source| weights?| source)?\b", text, re.I))


def _label_subject(subs: Subjects, sv: SegView, pos: int) -> list[Ref]:
    """A list line's label ('Name — 1,471 (2nd)'): its first model, else the label text if name-shaped."""
    models = [r for r in subs.models(sv) if r.reach <= pos and r.via not in ("pronoun", "implied")]
    text = subs.view.text
    if models:
        first = models[0]
        # a discovered name cut short ("Name-X" of "Name-X 2"): the label runs on to the separator
        tail = re.match(
            r"(?:\s\d+(?:\.\d+)?[a-z]?|\s[A-Z][a-z]+){1,2}(?=\s*(?:[—–:|(]|\s-\s))", text[first.end : pos]
        )
        if tail and first.via == "weak" and first.start - sv.seg.start <= 4:
            name = text[first.start : first.end + tail.end()]
            return [
                Ref(
                    "model",
                    name,
                    first.start,
                    first.start + len(name),
                    first.start + len(name),
                    None,
                    0.7,
                    "label",
                    name,
                )
            ]
        return [first]
    m = re.match(
        r"\s*(?:\*\*)?([A-Z][\w.+-]*(?:\s[\w.+-]+){0,3}?)(?:\*\*)?\s*(?:[—–:|]|\s-\s|\(|$)",
        text[sv.seg.start : pos],
    )
    if m and re.search(r"\d|-", m.group(1)) and not re.fullmatch(r"[\d.,]+", m.group(1)):
        name = m.group(1)
        s = sv.seg.start + m.start(1)
        return [Ref("model", name, s, s + len(name), s + len(name), None, 0.65, "label", name)]
    return []


_MARKER = re.compile(r"(?:^|\n)[ \t]*(\d{1,3})[.)][ \t]*$")
# a marker the layout kept inside the line ("**8.** Name: 1,449" read as a heading)
_INLINE_MARKER = re.compile(r"[ \t]*(?:\*\*)?(\d{1,3})[.)](?:\*\*)?[ \t]+(?=\S)")


def list_marker(view: DocView, sv: SegView) -> int | None:
    """The number of the list marker that opens this segment ('3. ', '6) ', '**8.** '), if any."""
    seg = sv.seg
    if seg.kind == "item" and seg.first:
        mk = _MARKER.search(view.text, max(0, seg.start - 8), seg.start)
        if mk:
            return int(mk.group(1))
    if seg.kind in ("item", "heading") and seg.first:
        mk = _INLINE_MARKER.match(view.text, seg.start, seg.end)
        if mk:
            return int(mk.group(1))
    return None


def numbered_items(view: DocView) -> frozenset[int]:
    """Indexes of list items opened by a number marker ('3. ')."""
    return frozenset(
        sv.index for sv in view.segs if sv.seg.kind in ("item", "heading") and list_marker(view, sv)
    )


def _numbered(view: DocView, sv: SegView, subs: Subjects, boards: Boards) -> list[AttributeFact]:
    """'3. Name (medium) — 66.0' in a numbered list of two or more ranked entries: the marker is the rank.
    The list may go on after a paragraph break or a line between ('… the gaps narrow. / 6) Name — 1,455'):
    a neighbour up to three segments away carrying the next or previous number continues it."""
    text = view.text
    seg = sv.seg
    num = list_marker(view, sv)
    if num is None:
        return []
    # a ranked list, not numbered steps: its neighbours are numbered too and each line carries a value
    near = [
        s2
        for s2 in view.segs[max(0, sv.index - 3) : sv.index + 4]
        if s2 is not sv and s2.seg.kind in ("item", "heading") and list_marker(view, s2) in (num - 1, num + 1)
    ]
    if not near:
        return []
    if not re.search(r"[—–:|]\s*\d|\s-\s\d|\(\d", text[seg.start : seg.end]):
        return []
    subj = _label_subject(subs, sv, seg.end)
    qual = boards.qualifier(sv, seg.start, seg.end)
    if not subj or qual is None:
        return []
    return [fact(view, sv, subj[0], "leaderboard_rank", str(num), 0.75, "list", qual)]


_HASH_RANK, _WITH_AT_NUMBER = re.compile(r"(?:No\.|#)"), re.compile(r"\s+(?:with|at)\s+\d")


def ranks(view: DocView, sv: SegView, subs: Subjects, boards: Boards) -> list[AttributeFact]:
    text = view.text
    seg = sv.seg
    out: list[AttributeFact] = []
    seg_text = text[seg.start : seg.end]
    if seg.kind == "heading":
        return _numbered(view, sv, subs, boards) or tops(view, sv, subs, boards)
    if sv.seg.kind in ("item", "line"):
        for m in LIST_RANK_RE.finditer(text, seg.start, seg.end):
            rank = parse_rank(m.group("a") or m.group("b"))
            qual = boards.qualifier(sv, m.start(), m.end())
            subj = _label_subject(subs, sv, m.start())
            if rank is None or qual is None or not subj:
                continue
            out.append(fact(view, sv, subj[0], "leaderboard_rank", str(rank), 0.8, "list", qual))
        if not out:
            out += _numbered(view, sv, subs, boards)
        if out:
            return out
    out += tops(view, sv, subs, boards)
    out += leads(view, sv, subs, boards)
    fronted: list[tuple[int, int]] = []
    for m in _FRONTED.finditer(text, seg.start, seg.end):
        if not _OPENING.fullmatch(text, seg.start, m.start()):
            continue  # 'It landed in 32nd place, below B': the place closes a clause its holder opened
        word = (m.group("r") or m.group("r2")).lower()
        digits = _DIGITS.match(word)
        rank = (
            int(digits.group())
            if digits
            else ORDINALS.get(word) or next((n for w, n in _FR_ORDINAL_RES if w.fullmatch(word)), None)
        )
        holder = next(
            (r for r in subs.models(sv) if r.start >= m.end() and r.via not in ("pronoun", "implied")), None
        )
        if rank is None or holder is None or not _TO_HOLDER.fullmatch(text, m.end(), holder.start):
            continue
        qual = boards.qualifier(sv, m.start(), m.end()) or prose_board(view, sv, holder.end) or "overall"
        fronted.append((m.start(), m.end()))
        if not past(text, sv, m.start(), m.end()):
            out.append(fact(view, sv, holder, "leaderboard_rank", str(rank), 0.7, "prose", qual))
    for m in _PAIRED.finditer(text, seg.start, seg.end):
        first, second = parse_rank(m.group("a")), parse_rank(m.group("b"))
        last = [r for r in subs.before(sv, m.start(), True) if r.via not in ("pronoun", "implied")]
        pair = subs.coordinated(sv, last[-1], False) if len(last) == 1 else last
        qual = boards.qualifier(sv, m.start(), m.end()) or prose_board(view, sv, m.end()) or "overall"
        if first is None or second is None or len(pair) != 2 or past(text, sv, m.start(), m.end()):
            continue
        out += [
            fact(view, sv, r, "leaderboard_rank", str(n), 0.7, "prose", qual)
            for r, n in zip(pair, (first, second), strict=True)
        ]
    for m in SUPER_RE.finditer(text, seg.start, seg.end):
        qual = boards.qualifier(sv, m.start(), m.end())
        subj = subs.before(sv, m.start(), True)
        if qual is None or not subj or past(text, sv, m.start(), m.end()):
            continue
        if m.group("open"):
            qual += " (open models)"
        out += [fact(view, sv, t, "leaderboard_rank", "1", 0.75, "prose", qual) for t in subj]
    for m in RANK_RE.finditer(text, seg.start, seg.end):
        pre, post = m.group("pre") or "", m.group("post")
        if any(a <= m.start("rank") < b for a, b in fronted):
            continue  # 'In second place, B': the holder follows (read above)
        if post is None and not _STRONG_PRE.search(pre.lower()) and not _HASH_RANK.match(m.group("rank")):
            continue
        if pre.lower().strip() == "and" and not (post and post.strip()) and not ON_NAME.match(text, m.end()):
            continue
        hashed = (
            _HASHED.match(text, m.start("rank")) is not None
            and (
                _HASHED_AFTER.match(text, m.end("rank")) is not None
                or text[max(seg.start, m.start() - 1) : m.start()] == "("  # 'A (#1 Chatbot Arena)'
                or not text[m.end("rank") : seg.end].strip()  # a line's last cell: 'A 1452 #3'
                or text.startswith(" (", m.end("rank"))  # 'Coding Arena #1 (1567 Elo)'
            )
        )
        if not pre and m.start() != seg.start and not hashed:
            continue
        if hashed and re.search(
            r"(?:[\w%]|\b(?:an?|its|their)\s+)$", text[max(seg.start, m.start() - 6) : m.start()]
        ):
            continue  # glued ('84.0%#5'), or a kind of rank ('a #1 ranking on …'), not a place held
        if re.search(r"\bnot\s+$", text[max(0, m.start() - 5) : m.start()]) or _ONLY_AFTER.match(
            text, m.end()
        ):
            continue
        short = _HASH_RANK.match(m.group("rank")) and post and _WITH_AT_NUMBER.match(post)
        if pre.lower().strip() in ("in", "at") and not (
            (post and re.search(r"place|spot|position", post)) or short or hashed
        ):
            continue
        if _PERIOD_AFTER.match(text, m.end()):
            continue
        rank = parse_rank(m.group("rank"))
        if rank is None or rank > 500 or past(text, sv, m.start(), m.end()):
            continue
        qualifier = boards.qualifier(sv, m.start("rank"), m.end("rank")) or prose_board(view, sv, m.end())
        if qualifier is None:
            continue
        if (post and _open(post)) or _OPEN_AFTER.match(text, m.end("rank")):
            qualifier += " (open models)"
        elif "style control" in seg_text.lower():
            qualifier += " (style control)"
        # apposition: "the No. 2 open-weight model, Name, …"
        app = _APPOSED_AFTER.match(text, m.end(), seg.end)
        appos = [r for r in subs.models(sv) if app and r.start == app.end()] if "the" in pre else []
        subj = appos or groups.group(subs, sv, m.start()) or subs.before(sv, m.start(), True)
        if not subj:
            continue
        targets = list(subj)
        wm = _WITH_AFTER.match(text, m.end())
        if wm and re.search(r"\btie[ds]? for", pre.lower()):
            other = next((r for r in subs.models(sv) if r.start == wm.end()), None)
            if other is not None:
                targets.append(other)
        if len(targets) == 1 and targets[0].reach <= m.start() and targets[0] in sv.refs:
            targets = coordinated(text, sv.models(), targets[0]) + targets[1:]
        for t in targets:
            out.append(fact(view, sv, t, "leaderboard_rank", str(rank), 0.8, "prose", qualifier))
        out += list_tail(view, sv, subs, m.end("rank"), rank, qualifier)
    for m in _RANK_NUMBER.finditer(text, seg.start, seg.end):
        n = m.group("n")
        rank = int(n) if n.isdigit() else int(WORD_NUMBERS.get(n.lower(), 0))
        qualifier = boards.qualifier(sv, m.start(), m.end()) or prose_board(view, sv, m.end())
        subj = subs.before(sv, m.start(), True)
        if rank and qualifier and subj and not past(text, sv, m.start(), m.end()):
            out += [fact(view, sv, t, "leaderboard_rank", str(rank), 0.75, "prose", qualifier) for t in subj]
    for m in _ZH_RANK.finditer(text, seg.start, seg.end):
        # 'A排名第三，B排名第六': the place of the name right before it in the same clause
        n = m.group("n") or m.group("k") or ("1" if m.group("zt") or m.group("jt") else "")
        rank = int(n) if n.isdigit() else _ZH_DIGITS.index(n) + 1 if n in _ZH_DIGITS else None
        subj = [
            r
            for r in subs.before(sv, m.start(), True)
            if r.via not in ("pronoun", "implied")
            and not re.search(r"[，,。；;]", text[r.reach : m.start()])
            and (m.group("n") or m.group("zt") or _SUBJECT_PARTICLE.match(text, r.end))
        ]
        qualifier = boards.qualifier(sv, m.start(), m.end()) or prose_board(view, sv, m.end()) or "overall"
        if rank and subj and not past(text, sv, m.start(), m.end()):
            out += [fact(view, sv, t, "leaderboard_rank", str(rank), 0.7, "prose", qualifier) for t in subj]
    out += _category_ranks(view, sv, subs, boards) + held_places(view, sv, subs, boards)
    if not out:
        out += bare_list(view, sv, subs, boards)
    ranked = {f.subject for f in out}
    out += [f for f in named_ordinals(view, sv, subs, boards) if f.subject not in ranked]
    return out


# a '#N' or 'No. N' standing alone in prose ('is the new #1 model on', ', #1 out of 218 models', 'at #2 by
# volume', 'reached #3 on Arena'): a place when what follows says of what (a model, a board, a count), or
# when it stands in a name's parenthesis or closes a line
_HASHED = re.compile(r"(?:No\.\s?|#)\d")
# what follows a place read at the match's end (matched in place: no copy of the rest of the text)
_ONLY_AFTER = re.compile(r"\s+only\b")
_PERIOD_AFTER = re.compile(
    r"\s*(?:quarter|half|time|day|week|month|year|round|version|generation|edition)\b", re.I
)
_OPEN_AFTER = re.compile(r"\s+open\b", re.I)
_APPOSED_AFTER = re.compile(r"[\w\s-]{0,30}?,\s+")
_WITH_AFTER = re.compile(r"\s+with\s+")
_HASHED_AFTER = re.compile(
    r"\s+(?:(?:[\w-]+\s+){0,2}?(?:model|LLM|system|entry)\b|on\b|in\b|out\s+of\b|of\s+\d|by\b|among\b|overall\b|"
    r"position\b|spot\b|place\b)"
)


# a place in Chinese, Japanese or Korean prose: 'A排名第三', '位列第二', 'Aが2位', 'A가 1위를'
_ZH_DIGITS = "一二三四五六七八九十"
# in Japanese and Korean the place is the subject's, the name its particle marks ('Aが', 'Aは', 'A가', 'A는'),
# not a name the sentence passes ('Aを上回り', 'A에 이어 3위')
_SUBJECT_PARTICLE = re.compile(r"[)）'’」』\s]*(?:が|は|가|이|는|은)")
_ZH_RANK = re.compile(
    r"(?:排名|排|位列|名列|位居)\s*第\s*(?P<n>\d{1,3}|[一二三四五六七八九十])(?![\d一二三四五六七八九十]|"
    r"梯队|阶段|批|季|轮|代|期|手)"
    # Japanese and Korean: the counter after the number ('2位に続く', '1위를 차지'), not a count of people
    r"|(?<![\d.,])(?P<k>\d{1,3})\s*[位위](?=[にをとのでがは、。，,\s）)]|[를로와에의였입]|$)"
    # the top place held ('位居首位', '登上榜首', '达到了第一', '拿到了第一名'; Japanese '首位に輝いた'),
    # not 'the first model to …' ('首位' with no verb of holding before it)
    r"|(?P<zt>(?:位居|位列|名列|荣登|登上|登顶|跃居|夺得|拿下|拿到了?|考了|达到了?)[“\"]?(?:[^，。,；;\s]{0,10}?)"
    # closing its clause ('拿到了第一名。'), not a first stage, tier or hand ('第一阶段', '第一梯队')
    r"(?:首位|榜首|第一名?|冠军)(?=[\s，。,；;、！!？?）)”\"」』：:]|的|$))"
    r"|(?P<jt>首位|トップ)(?=に(?:輝|立)|を(?:獲得|奪)|となっ)"
)


# one model's places in a board's categories, listed: '7th in Mathematics, 9th in Coding and 10th in Vision',
# 'Math (#7), Coding (#10) and Vision (#9)'; a category is one to three capitalised words
_CATEGORY = r"[A-Z][\w&/‑-]*(?:\s(?:&\s)?[A-Z][\w&/‑-]*){0,2}"
_CATEGORY_RANK = re.compile(
    rf"(?P<r1>\d{{1,3}}(?:st|nd|rd|th))\s+in\s+(?P<c1>{_CATEGORY})|(?P<c2>{_CATEGORY})\s+\(#(?P<r2>\d{{1,3}})\)"
)


def _category_ranks(view: DocView, sv: SegView, subs: Subjects, boards: Boards) -> list[AttributeFact]:
    """Two or more ranks in a board's categories listed after the model that holds them, each a rank on the
    board with its category as the qualifier."""
    text = view.text
    items = list(_CATEGORY_RANK.finditer(text, sv.seg.start, sv.seg.end))
    runs: list[list[re.Match[str]]] = []
    for m in items:
        if runs and LIST_GAP.fullmatch(text, runs[-1][-1].end(), m.start()):
            runs[-1].append(m)
        else:
            runs.append([m])
    out: list[AttributeFact] = []
    for run in runs:
        if len(run) < 2 or (any(r.group("r1") for r in run) and any(r.group("r2") for r in run)):
            continue
        start = run[0].start()
        subj = [r for r in subs.before(sv, start, False) if r.reach <= start]
        board = (
            boards.qualifier(sv, start, run[-1].end())
            or prose_board(view, sv, run[-1].end())
            or board_named_before(view, sv)
        )
        if len(subj) != 1 or board is None or past(text, sv, start, run[-1].end()):
            continue
        for m in run:
            rank = parse_rank(m.group("r1") or f"#{m.group('r2')}")
            cat = m.group("c1") or m.group("c2")
            if rank is not None and rank <= 500:
                out.append(
                    fact(view, sv, subj[0], "leaderboard_rank", str(rank), 0.7, "prose", f"{board} ({cat})")
                )
    return out


# "at rank five", "in position 3"
_RANK_NUMBER = re.compile(
    r"\b(?:at|in)\s+(?:rank|position)\s+(?:No\.\s?|#)?(?P<n>\d{1,3}|"
    + "|".join(w for w in WORD_NUMBERS if w.isalpha() and WORD_NUMBERS[w] <= 20)
    + r")\b(?![.,]\d)"
)
