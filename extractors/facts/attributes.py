"""Attribute facts from prose and list items: parameter counts, context windows, release dates, leaderboard
ranks and prices. Values are text: plain integers, ISO dates ("YYYY-MM-DD" or "YYYY-MM"), decimal prices.

Context windows are read from number shapes ("a 400K-token window", "a context length of 128k tokens",
"1,048,576 tokens of context"); prices live in `prices.py`. Parameter counts live in `parameters.py`
(the family member a size names in `sized_members.py`), dates in `dates.py` (read) and `release_dates.py`
(whose release), ranks in `ranks.py`; who a value belongs to in `attribute_subjects.py`, who a statement is
about in `subjects.py`; windows in other languages in `foreign_windows.py`, counts in `foreign_counts.py`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extractors.facts import boards as boards_mod
from extractors.facts import rank_lines, rankings, ranks
from extractors.facts.alternation import by_first_char, distribute
from extractors.facts.attribute_subjects import BASE_BEFORE, labelled, who
from extractors.facts.board_leads import leads
from extractors.facts.count_owners import fronted_owner
from extractors.facts.dates import DATE_GATE
from extractors.facts.document import DocView, Ref, SegView, in_parts
from extractors.facts.family_mentions import family_subjects
from extractors.facts.foreign_counts import foreign_count_segments, foreign_counts
from extractors.facts.foreign_places import GATE as PLACE_GATE
from extractors.facts.foreign_places import foreign_places, ordinal_ending
from extractors.facts.foreign_windows import foreign_segments, foreign_windows
from extractors.facts.held_lines import LineOpening
from extractors.facts.label_rows import label_pairs, label_rows, release_lines, spec_lines
from extractors.facts.numbers import (
    FOREIGN_MILLION,
    FOREIGN_THOUSAND,
    MAGNITUDES,
    WORD_NUMBERS,
    integer_text,
    magnitude,
)
from extractors.facts.parameters import PARAM_DIGIT_GATE, PARAM_GATE, params
from extractors.facts.prices import PRICE_HINT, prices
from extractors.facts.release_dates import finest_dates, release_dates
from extractors.facts.row_notes import row_notes
from extractors.facts.sized_members import size_named_members, sized_members
from extractors.facts.subjects import Subjects, fact
from extractors.facts.titles import Titles
from extractors.facts.token_volumes import not_a_window
from extractors.facts.window_growth import grown
from extractors.facts.window_owners import section_owner
from schema.records import AttributeFact

_WORD_NUM = "|".join(w for w in WORD_NUMBERS if w.isalpha() and WORD_NUMBERS[w] <= 10)
# the word for tokens, and thousands grouped by dots or spaces, as other languages write a window ('256.000
# tokens', '256 000 tokens', '128K токенов'); their magnitude words ('205 mil tokens', '1 milhão de tokens')
_TOKEN_WORD = r"(?:tokens?|Tokens?|токен\w*)"
CONTEXT_RE = re.compile(
    r"(?<![\w$.,])(?P<num>(?P<grouped>\d{1,3}(?:[.\u00a0\u202f ]\d{3})+(?=[\s-]*" + _TOKEN_WORD + r"))|"
    r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?i:" + _WORD_NUM + r")(?=[\s-]+(?:million|thousand)))"
    r"(?:(?:\s|-)?(?P<mag>K|k|M|million|thousand|(?i:" + FOREIGN_MILLION + "|" + FOREIGN_THOUSAND + r")))?"
    r"(?![\w]|\.\d)"
    r"(?P<tail>-tokens?|\s+(?:input\s+)?tokens?|(?:(?<=тыс|млн)\.)?\s+(?:de\s+)?" + _TOKEN_WORD + r")?"
)
_CTX_AFTER = re.compile(
    r"(?:-tokens?|\s+tokens?)?(?:\s+of)?(?:\s+(?:input|total|native|usable|prompt|long|extended|full))?[\s-]+"
    r"(?:context(?:\s+(?:window|length|size))?|ctx|(?:token\s+)?window)\b"
    r"|(?:-tokens?|\s*tokens?)?\s*(?:的)?上下文",  # Chinese: '262,144 tokens 上下文'
    re.I,
)
_CTX_BEFORE = re.compile(
    r"(?:context(?:\s+(?:window|length|size|limit))?|window)\s*(?:of|:|is|was|at|to|reaches|hits|spans|"
    r"(?:stays|stayed|remains|remained|is\s+still|holds|held)(?:\s+at)?|"
    r"covers|(?:extend|stretch|grow|expand|increase|jump|rise)(?:s|es|ed)?\s+to|rose\s+to|goes\s+up\s+to|"
    r"tops\s+out\s+at)?\s*"
    r"(?:up\s+to\s+|about\s+|roughly\s+|nearly\s+|around\s+|a\s+full\s+|some\s+)?$"
    r"|上下文(?:窗口|长度)?\s*(?:为|达|达到|是|支持|扩展至|可达)?\s*$"
    # 'janela de contexto de', 'fenêtre de contexte de', 'Kontextfenster von', 'контекстное окно в'
    r"|(?:janela|ventana|fen[êe]tre|longueur)\s+de\s+context[oe]\s*(?:de|à|a|:)?\s*(?:até\s+|hasta\s+|jusqu['’]à\s+)?$"
    r"|kontext(?:fenster|länge|vindue|fönster|vindu)\s*(?:von|på|på\s+op\s+til|:)?\s*(?:bis\s+zu\s+)?$"
    r"|контекстн\w*\s+окн\w*\s*(?:в|до|на|из)?\s*$",
    re.I,
)
_CONTEXT_HINT = re.compile(
    r"\bcontext\b|\bwindow\b|\baccepts?\b|\breads?\b|\bhandles?\b|\bsupports?\b|"
    r"\btakes?\b|\bprocess(?:es)?\b|\bingests?\b",
    re.I,
)
_CONTEXT_REJECT = re.compile(
    r"(?:output|outputs|training|trained(?:\s+on)?|per|pretraining|reasoning|thinking|generate|generates|"
    r"generation|max(?:imum)?\s+output|response|vocabulary(?:\s+size)?)\s*(?:of\s+|limit\s+(?:of\s+|is\s+)?|is\s+|at\s+)?$|"
    r"(?:under|over|above|below|beyond|than|per|from|every|each)\s+(?:~\s*|≈\s*|about\s+|roughly\s+)?$|\d\s*[/–]\s*~?$|[<>≤≥]=?\s*$",
    re.I,
)
# an input-capacity verb: a token count it governs is a context window ("accepts inputs of up to 1M tokens")
_CAPACITY = re.compile(
    r"context|window|контекст|\b(?:accept|read|handle|support|take|hold|fit|ingest|process|load)(?:s|es|ed|ing)?\b",
    re.I,
)
_NOT_INPUT = re.compile(
    r"\b(?:output|outputs|generat\w*|respon\w*|completions?|writes?|emits?|caps?|capped|rate|limits?)\b"
    r"[^.;,]{0,30}$|\b(?:trained|training|pretrain\w*)\b[^.;]{0,40}$",
    re.I,
)
# on a page about context windows, what a model offers or provides in tokens is its window
_OFFERS = re.compile(r"\b(?:offer|provide)(?:s|ed|ing)?\b", re.I)
_VERB_BEFORE = re.compile(
    r"\b(?:reads?|handles?|accepts?|takes?|supports?|holds?|ingests?|processe?s?)\s+(?:up\s+to\s+)?$|\w\s=\s$",
    re.I,
)
_PLURAL_CAPACITY = re.compile(
    r"\s+(?:both\s+|all\s+|each\s+)?(?:read|handle|accept|take|support|hold|ingest|process|offer|share)\s+"
    r"(?:up\s+to\s+|a\s+|an\s+)?"
    # 'A and B have an effective context length of 256K', 'A and B share the same window of 1M'
    r"|\s+(?:both\s+|all\s+|each\s+)?(?:have|share|offer|support)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:context\s+)?(?:window|length|size)\s+(?:of\s+)?(?:up\s+to\s+)?"
)
# "At 1 million input tokens, Name can …": the subject after a fronted phrase
_FRONTED = re.compile(r"(?:\s+of\s+(?:input|context))?\s*,\s+(?:the\s+)?")
# "500K tokens for Name": the model the window is given for
_FOR_MODEL = re.compile(r"\s+(?:of\s+context\s+)?(?:for|on|in|en|para|pour|für)\s+(?:the\s+)?")
_CONTEXT_LABEL_LINE = re.compile(
    r"(?i)\s*(?:max(?:imum)?\s+|input\s+)?context(?:\s+(?:window|length|size))?\s*:?\s*"
)
# a spec line the layout took for a heading that opens on a context label and its value
_CONTEXT_LABEL_HEAD = re.compile(
    r"(?i)\s*(?:max(?:imum)?\s+)?context(?:\s+(?:window|length|size))?\s*:\s*~?\d"
)
_CONTEXT_WINDOW_GATE = re.compile(r"context[ -](?:window|length)", re.I)
_CONTEXT_WORD = re.compile(r"\bcontext\b|\bwindows?\b", re.I)
_TOKENS_WORD = re.compile(r"\d\s?[KkM]?[\s-]tokens?\b")

# a window that belongs to nobody: a possessor that is not a model, a clause whose subject is the window
# itself ("as a 1M-token context window becomes the norm"), a race or era named after the size
_GENERIC_BEFORE = re.compile(
    r"\b(?:industry|market|sector|field|world|everyone|rivals?|competitors?|others)['’]s?\s+$"
    r"|\b(?:as|while|because|since|when|now\s+that|where|whether|if)\s+(?:a|an|the)\s+$",
    re.I,
)
_GENERIC_AFTER = re.compile(
    r"(?:[\s-]+(?:tokens?|token|context|window|contexts?))*[\s-]+(?:race|war|arms\s+race|era|club|battle|frontier|"
    r"hype|barrier|milestone|mark|threshold|craze|trend|push)s?\b",
    re.I,
)
_UNNAMED_VARIANT = re.compile(
    r"(?:[\s-]+(?:tokens?|token|context|window))*[\s-]+(?:variant|version|edition|option|tier|build)s?\b(?!\s+[A-Z\d])"
)
# "Name's 1M context window": the possessor is whose window it is
_POSSESSOR = re.compile(r"([\w.+-]+)['’]s\s+(?:own\s+|full\s+|native\s+|entire\s+)?$")
# page clutter that repeats other stories' headlines: nothing in it is about this article's models
CLUTTER = re.compile(
    r"\s*(?:[-*•]\s*)?(?:most\s+read|most\s+popular|trending(?:\s+now)?|related(?:\s+stories|\s+articles)?|"
    r"read\s+(?:more|next|also)|also\s+read|see\s+also|recommended|more\s+from\s+[\w ]{1,30}|"
    r"editor['’]s\s+picks?|top\s+stories|don['’]t\s+miss|you\s+may\s+also\s+like|up\s+next)\s*[:|—–-]",
    re.I,
)


def _context_near(view: DocView, sv: SegView) -> bool:
    """The segment or the five before it in its paragraph speak of context windows (a glossary paragraph
    of short lines: "The context window is …. A = 1M. B = 400K. C = 128K.")."""
    for i in range(sv.index, max(-1, sv.index - 6), -1):
        seg = view.segs[i].seg
        if seg.para != sv.seg.para:
            break
        if _CONTEXT_WORD.search(view.text, seg.start, seg.end) or (
            i == sv.index and _TOKENS_WORD.search(view.text, seg.start, seg.end)
        ):
            return True
    return False


def _ctx_number(num: str) -> float:
    word = WORD_NUMBERS.get(num.lower())
    return float(word) if word is not None else float(num.replace(",", ""))


def _ctx_value(m: re.Match[str]) -> float:
    """The window a CONTEXT_RE match gives, in tokens."""
    num = m.group("num")
    if m.group("grouped") and not m.group("mag"):
        return float(re.sub(r"\D", "", num))
    return _ctx_number(num) * magnitude(m.group("mag"))


_FIRST_GROUP = re.compile(r"\d+[.\u00a0\u202f ]")


def _past_name(text: str, sv: SegView, m: re.Match[str]) -> re.Match[str]:
    """Digits grouped by spaces whose first group ends a model's name ('Claude 3 200 000 tokens'): the
    window is the groups after it."""
    if not m.group("grouped") or not any(r.start < m.start() < r.end for r in sv.refs if r.kind == "model"):
        return m
    nxt = _FIRST_GROUP.match(text, m.start())
    again = CONTEXT_RE.match(text, nxt.end(), m.end()) if nxt is not None else None
    return again if again is not None and again.end() == m.end() else m


def context_windows(
    view: DocView, sv: SegView, subs: Subjects, titles: Titles | None = None
) -> list[AttributeFact]:
    text = view.text
    seg = sv.seg
    out: list[AttributeFact] = []
    context_subjects: set[str] = set()
    for m in CONTEXT_RE.finditer(text, seg.start, seg.end):
        m = _past_name(text, sv, m)
        mag, tail = m.group("mag"), m.group("tail")
        if (
            re.search(r"\bfrom\s+$", text[max(seg.start, m.start() - 6) : m.start()])
            and (mag or tail or not m.group("num").isdigit())  # a size, not a year ('from 2024 to 2025')
            and 1000 <= _ctx_value(m) <= 1e8
            and _context_near(view, sv)
        ):
            old = _former_owner(subs, sv, m.end())
            if old is not None:
                # "A, the successor to B, grows its window from 128K to 200K": the old size is B's
                value = _ctx_value(m)
                out.append(fact(view, sv, old, "context_window_tokens", integer_text(value), 0.7, "prose"))
                continue
        if not mag and not tail:
            continue
        if context_subjects and mag and not tail:
            # "…, while Y stops at 200K" / "… versus 128K for Y": the sentence is about context windows
            fm = re.match(r"\s+(?:for|on|in|with)\s+", text[m.end() : seg.end])
            others = [r for r in subs.models(sv) if fm and r.start == m.end() + fm.end()]
            others = (
                others
                or _bracketed_owner(subs, sv, m.end())
                or subs.role(sv, m.start())
                or [r for r in subs.models(sv) if r.reach <= m.start()][-1:]
            )
            if others and others[0].canonical and others[0].canonical not in context_subjects:
                value = _ctx_value(m)
                if 1000 <= value <= 1e8:
                    out.append(
                        fact(view, sv, others[0], "context_window_tokens", integer_text(value), 0.7, "prose")
                    )
                    context_subjects.add(others[0].canonical)
                continue
        value = _ctx_value(m)
        if value < 1000 or value > 1e8:
            continue
        before = text[max(seg.start, m.start() - 45) : m.start()]
        after = text[m.end() : min(seg.end, m.end() + 40)]
        if _CONTEXT_REJECT.search(before[-25:]) or not_a_window(text, m.start(), m.end(), seg.end):
            continue
        strong = bool(_CTX_AFTER.match(text, m.end()) or _CTX_BEFORE.search(before))
        label_line = False
        if not strong and (mag or tail) and sv.index > 0 and m.start() - seg.start <= 30:
            prev = view.segs[sv.index - 1].seg  # a 'Context Window' label line, its value on the next line
            strong = label_line = bool(_CONTEXT_LABEL_LINE.fullmatch(text, prev.start, prev.end))
        if not strong and not tail and mag and _VERB_BEFORE.search(before) and _context_near(view, sv):
            strong = True  # "… read 128K; the flagship handles 512K" where the passage is about context
        if (
            not strong
            and mag
            and titles is not None
            and _context_page(view)
            and titles.subject(sv, m.start())
        ):
            strong = True  # a card on a page about context windows: "Fast and small; 128K."
        if not strong:
            window = text[max(seg.start, m.start() - 60) : min(seg.end, m.end() + 30)]
            capacity = _CAPACITY.search(window) or (_context_page(view) and _OFFERS.search(window))
            if not (tail and capacity):
                continue
            if _NOT_INPUT.search(text, max(seg.start, m.start() - 40), m.start()):
                continue  # "output capped at 32,000 tokens", "generates up to 8K tokens"
            if re.search(r"\b(?:trained|training|pretrain|corpus|dataset|data)\b", window, re.I):
                continue
        if re.match(r"\s*\(?\s*(?:in\s+beta|beta)\b", after) and not strong:
            continue
        paren = m.start() - len(before) + ob.start() if (ob := re.search(r"\(\s*$", before)) else -1
        if paren >= 0 and any(
            r.end <= paren and re.fullmatch(r"\s*(?:v?\d[\w.]*\s*)?", text[r.end : paren])
            for r in sv.benchmarks()
        ):
            continue  # 'MRCR v2 (128K long context)': the benchmark's setting, no model's window
        if _GENERIC_BEFORE.search(before) or _GENERIC_AFTER.match(text, m.end(), seg.end):
            continue  # "the industry's 1M-token race", "as a 1M-token window becomes table stakes"
        if re.search(r"\b(?i:a|an)\s+$", before) and _UNNAMED_VARIANT.match(text, m.end(), seg.end):
            continue  # "A 1M-context variant shipped alongside …": a version the text does not name
        owner = _POSSESSOR.search(before)
        if owner is not None and not any(
            r.end == m.start() - len(owner.group()) + len(owner.group(1)) for r in subs.models(sv)
        ):
            continue  # "but Gemini's 1M context window shines": the window of a name that is no model here
        fronted = [
            r
            for r in subs.models(sv)
            if r.via not in ("pronoun", "implied")
            and (_FRONTED.fullmatch(text, m.end(), r.start) or _FOR_MODEL.fullmatch(text, m.end(), r.start))
        ]
        subj = (
            _bracketed_owner(subs, sv, m.end())
            or subs.premodified(sv, m.start(), m.end())
            or (fronted[:1] if not any(r.reach <= m.start() for r in subs.models(sv)) else None)
            or fronted_owner(view, sv, subs, m.start())  # 'With a 128K extended context window, A reads …'
            or who(
                subs,
                sv,
                m.start(),
                seg.kind == "item" or label_line or labelled(view, sv, "context"),
                titles,
            )
        )
        subj = subj or subs.paragraph_subject(sv, m.start())
        if (
            len(subj) == 1
            and subj[0].via not in ("pronoun", "implied")
            and _MEASURED_AGAINST.search(text, max(seg.start, subj[0].start - 40), subj[0].start)
            and sv.focus
            and sv.focus != subj[0].canonical
        ):
            # "four times the speed of B, a 1M-token context window": B is the yardstick, not the owner
            subj = [Ref("model", sv.focus, m.start(), m.start(), m.start(), None, 0.7, "implied")]
        if not subj and strong:  # naming no owner: the model the section is about (window_owners.py)
            subj = section_owner(view, sv, subs, m.start())
        if len(subj) == 1 and _PLURAL_CAPACITY.fullmatch(text, subj[0].reach, m.start()):
            subj = subs.coordinated(sv, subj[0], False)  # "A and B read 128K": each of them
        for s in subj:
            if s.canonical:
                out.append(fact(view, sv, s, "context_window_tokens", integer_text(value), 0.85, "prose"))
                context_subjects.add(s.canonical)
        # "double the 1M offered by <model>"
        for om in re.finditer(
            r"\b(\d+(?:\.\d+)?)(K|M)\s+(?:offered|supported|provided|available)\s+(?:by|in|for)\s+",
            text[m.end() : seg.end],
        ):
            other = next((r for r in subs.models(sv) if r.start == m.end() + om.end()), None)
            if other is not None:
                v2 = float(om.group(1)) * MAGNITUDES[om.group(2)]
                out.append(fact(view, sv, other, "context_window_tokens", integer_text(v2), 0.75, "prose"))
    return out


_TO_VALUE = re.compile(r"(?:-tokens?|\s+tokens?)?\s+to\s+\d")
_IN_MODEL = re.compile(r"(?:-tokens?|\s+tokens?)?\s+(?:in|on|for|with)\s+(?:the\s+)?")


def _former_owner(subs: Subjects, sv: SegView, end: int) -> Ref | None:
    """The model a window 'from' which another grew belongs to: in "from 128K to 200K", the one the sentence
    names as the base (the successor to it, built on it); in "up from 32K in B", the model named after it."""
    text = subs.view.text
    named = [r for r in subs.models(sv) if r.via not in ("pronoun", "implied")]
    im = _IN_MODEL.match(text, end, sv.seg.end)
    if im is not None:
        after = [r for r in named if r.start == im.end()]
        if after:
            return after[0]
    if not _TO_VALUE.match(text, end, sv.seg.end):
        return None
    bases = [
        r
        for r in named
        if r.start < end and BASE_BEFORE.search(text, max(sv.seg.start, r.start - 45), r.start)
    ]
    return bases[-1] if len({r.canonical for r in bases}) == 1 else None


_MEASURED_AGAINST = re.compile(
    r"\b(?:times|x|twice|half)\s+(?:the\s+)?(?:speed|pace|size|throughput|price|cost)\s+of\s+(?:the\s+)?$",
    re.I,
)
_OWNER_OPEN, _CLOSE = re.compile(r"(?:\s+tokens?)?\s*\(\s*"), re.compile(r"\s*\)")


def _bracketed_owner(subs: Subjects, sv: SegView, end: int) -> list[Ref]:
    """'1M tokens (Name A) vs 256K (Name B)': the model named alone in the parenthesis after a value."""
    text = subs.view.text
    m = _OWNER_OPEN.match(text, end, sv.seg.end)
    if m is None:
        # 'a 1.05M context window (A and B)': the parenthesis after the window phrase
        w = _CTX_AFTER.match(text, end, sv.seg.end)
        m = _OWNER_OPEN.match(text, w.end(), sv.seg.end) if w else None
        if m is None:
            return []
        first = [r for r in subs.models(sv) if r.start == m.end() and r.via not in ("pronoun", "implied")]
        listed = subs.coordinated(sv, first[0], True) if first else []
        return listed if listed and _CLOSE.match(text, listed[-1].end) else []
    return [
        r
        for r in subs.models(sv)
        if r.start == m.end() and r.via not in ("pronoun", "implied") and _CLOSE.match(text, r.end)
    ][:1]


def _context_page(view: DocView) -> bool:
    """The page is about context windows: its title or first line says so, or three of its parts do."""
    first = view.segs[0].seg if view.segs else None
    if view.article.title and _CONTEXT_WORD.search(view.article.title):
        return True
    if first is not None and _CONTEXT_WORD.search(view.text, first.start, first.end):
        return True
    return len(view.segments_matching(_CONTEXT_WINDOW_GATE)) >= 3


_RANK_LINE = LineOpening(
    r"[ \t]*(?:[-*•][ \t]+)?(?:\*\*)?#?\d{1,3}(?:[.)]|[ \t]|[A-Z]|[位위名]"
    r"|" + ordinal_ending("en", "fr", "es") + r"[ \t*])|#\d{1,3}$",
    re.M,
)
# (one \d opens the forms with digits: re tries them with one check where no digit stands)
_TOKEN_DIGITS = (
    r"\d(?:(?:\s?|-)(?:k|m|million|thousand)\b|[\s-](?:input\s+)?tokens?\b|\s(?:de\s+)?токен|"
    r"\s(?:"
    + FOREIGN_MILLION
    + "|"
    + FOREIGN_THOUSAND
    + r")(?:(?<=тыс|млн)\.)?\s+(?:de\s+)?(?:tokens?|Token|токен))"
)
_TOKEN_WORDS = distribute(_WORD_NUM, r"[\s-]+million\b")
# searched as its digit forms and its words (`in_parts`): as one pattern (a \d or a word's start) `re`
# tried it at every position of a page that writes 'million'
_TOKEN_HINT = in_parts(
    re.compile(_TOKEN_DIGITS + r"|\b" + by_first_char(_TOKEN_WORDS), re.I),
    re.compile(_TOKEN_DIGITS),
    re.compile(by_first_char(_TOKEN_WORDS, not_after=r"\w")),
)
# without the spelled-out counts, for a page without 'million' (they never match there; see PARAM_DIGIT_GATE)
_TOKEN_DIGIT_HINT = re.compile(_TOKEN_DIGITS, re.I)

_FIELD_RANK_GATE = re.compile(r"#\s?\d{1,3}\s?/\s?\d")
# a ranking's first place opening a line ('1', '• 1', '1. Name', '#1', '| 1 |'): rankings.py reads the run
_FIRST_PLACE = LineOpening(r"[ \t]*(?:[-*•|][ \t]*)?(?:\*\*)?#?1[.)]?(?:\*\*)?(?:[ \t|]|$)", re.M)
_INLINE_RANK_GATE = re.compile(r"[:,;]\s*1\.\s+[A-Z][^\n]{3,200}?,\s*2\.\s+[A-Z]")


def prose_attributes(view: DocView) -> list[AttributeFact]:
    subs = Subjects(view)
    titles = Titles(view, subs)
    rank_segs = view.segments_matching(ranks.HINT) | ranks.numbered_items(view)
    boards = boards_mod.Boards(view) if rank_segs else None
    out: list[AttributeFact] = []
    if _RANK_LINE.in_text(view.text):
        built: list[boards_mod.Boards] = [boards] if boards is not None else []

        def board_names() -> boards_mod.Boards:  # built only when a ranked list or a page's ranks turn up
            if not built:
                built.append(boards_mod.Boards(view))
            return built[0]

        out += rank_lines.ranked_lines(view, subs, board_names)
        out += rank_lines.card_ranks(view, subs, board_names)
    if _FIRST_PLACE.in_text(view.text):
        out += rankings.rankings(view, subs, lambda: boards or boards_mod.Boards(view))
    if _FIELD_RANK_GATE.search(view.text):
        out += rank_lines.field_ranks(view, subs, lambda: boards or boards_mod.Boards(view))
    if _INLINE_RANK_GATE.search(view.text):
        out += rank_lines.inline_ranks(view, subs, lambda: boards or boards_mod.Boards(view))
    out += label_pairs(view, subs, titles) + spec_lines(view, subs)
    out += release_lines(view, subs) + row_notes(view, subs) + leads(view, subs)
    priced = view.segments_matching(PRICE_HINT)
    placed = view.segments_matching(PLACE_GATE)
    lean = not view.holds("billion", "trillion"), not view.holds("million")  # no spelled-out count can match
    rules: list[tuple[frozenset[int], Callable[..., list[AttributeFact]]]] = [
        (view.segments_matching(PARAM_DIGIT_GATE if lean[0] else PARAM_GATE), params),
        (view.segments_matching(_TOKEN_DIGIT_HINT if lean[1] else _TOKEN_HINT), grown(context_windows)),
        (foreign_segments(view), foreign_windows),
        (foreign_count_segments(view), foreign_counts),
        (view.segments_matching(DATE_GATE), release_dates),
    ]
    for sv in view.segs:
        if CLUTTER.match(view.text, sv.seg.start, sv.seg.end):
            continue
        if sv.seg.kind == "heading" and boards is not None and sv.index in rank_segs:
            out += ranks.ranks(view, sv, subs, boards)  # "**8.** Name: 1,449" the layout took for a heading
        if sv.seg.kind == "heading" and _CONTEXT_LABEL_HEAD.match(view.text, sv.seg.start, sv.seg.end):
            # "Context window: 1,048,576 tokens · Max output: …"
            out += context_windows(view, sv, subs, titles)
        if sv.seg.kind in ("heading", "row"):
            continue
        for allowed, rule in rules:
            if sv.index in allowed:
                out += rule(view, sv, subs, titles)
        if sv.index in priced:
            out += prices(view, sv, subs)
        if sv.seg.kind == "line" and sv.index not in view.table_segs:
            out += label_rows(view, sv, subs)
        if boards is not None and sv.index in rank_segs:
            out += ranks.ranks(view, sv, subs, boards)
        if sv.index in placed:  # 'auf Platz 5', '16º puesto', 'à la 9e place'
            boards = boards or boards_mod.Boards(view)
            out += foreign_places(view, sv, subs, boards)
    return sized_members(size_named_members(view, family_subjects(view, finest_dates(out))), view.doc_models)
