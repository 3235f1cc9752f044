"""Which model a prose value is: the name that owns it by the segment's local structure ("M (N)", "M's N",
"M N", "N for M", "set by M"), the side of a '(a versus b)' or bare 'a versus b' pair, the names coordinated
before a plural verb ('A and B are tied at 57'), the nearest subject before it or a pronoun, or the sentence's
implied model (the section's focus) when nothing names one (used by scores.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from extractors.facts.conditions import conditions_in
from extractors.facts.document import Ref, SegView
from extractors.facts.figure_pairs import to_pair_side
from extractors.facts.folded_openings import folded_first_char
from extractors.facts.numbers import NumberMention
from extractors.facts.placed_words import aspect_words
from extractors.facts.row_owners import figure_tile, row_owner_after
from extractors.facts.score_gates import UP_FROM
from extractors.facts.score_owners import (
    aside_subject,
    closed_aside,
    dash_aside_subject,
    object_ref,
    other_subject,
    own_subject,
    unknown_owner,
)
from extractors.facts.value_clauses import ARROW_BEFORE, FOR, VERSUS, not_the_pages

_SETTING_AFTER = re.compile(
    r"\s*(?:%|percent)?\s*(?:with|without|at|using|under|in)\s+(?:the\s+|its\s+|a\s+)?"
    r"(?:no\s+)?(?:tools?|search|x?high|medium|low|minimal|max|\d+-shot|pass@|cons@|thinking|reasoning|"
    r"effort|[A-Z][\w-]*\s+(?:mode|harness|effort))\b",
    re.I,
)
_COMPARE_BEFORE = re.compile(  # case-blind, opening on one class of its first letters (folded_openings)
    folded_first_char(
        ["past", "than", "over", "against", "versus", r"vs\.?", "compared (?:with|to)", "behind", "beating"],
        ["beats", "trails?", "above", "below", "under", "surpass(?:ing|es)?", "exceed(?:ing|s)?"],
        # the same in other languages ('dibandingkan 88,1%', 'gegenüber 71 %', 'par rapport à 70 %')
        "dibandingkan(?: dengan)?|melampaui|gegenüber|verglichen mit|im Vergleich zu|par rapport à|comparé à|"
        "contre|frente a|frente al|comparado con|rispetto a|contro",
        not_after=r"\w",
    )
    + r"(?i:\s+(?:the\s+|a\s+|an\s+|its\s+)?$)"
)
_REPORTED_AFTER = re.compile(
    r"\s*%?\s+(?:that\s+)?(?:[A-Z][\w-]*(?:\s[A-Z][\w-]*)?|(?:the|its) (?:company|vendor|lab|developer|maker|"
    r"creator)|it)\s+"
    r"(?:had\s+|has\s+|originally\s+)?(?:published|reported|claimed|quoted|cited|announced|listed|measured|gave)\b"
)
_FOR_OTHER = re.compile(
    r"\s*(?:%|percent)?\s+for\s+(?:the|a|an|human|humans|people|experts?|our|its|their|"
    r"random|average|typical|most|all|every|each)\b",
    re.I,
)
_FOR_MODEL = re.compile(
    r"\s*(?:%|percent|Prozent|points?|pts|[Ee]lo)?\s+"
    + FOR
    + r"\s+(?:the\s+)?(?:(?:previous|prior|older|earlier)\s+)?"
    r"(?:[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*)?'s?\s+)?$"
)
# 'up from 79.9% on Y', 'up from 94% in Y': a model after 'on'/'in' owns a value it is compared from
_ON_MODEL = re.compile(
    r"\s*(?:%|percent|points?|pts)?\s+(?:on|in)\s+(?:the\s+)?(?:(?:previous|prior|older)\s+)?$"
)
# '71.2% with B': the name right after 'with' owns the figure (a setting after 'with' is _SETTING_AFTER's)
_WITH_MODEL = re.compile(r"\s*(?:%|percent|points?|pts)?\s+with\s+(?:the\s+)?$")
_INLINE_ITEM = re.compile(r"(?<=\S)\s[-•*]\s+(?=[A-Z][^:\n]{0,40}:\s*\d)")
_BY_MODEL = re.compile(
    r"\s*(?:%|percent|points?|pts)?\s*,?\s+(?:(?:was|is|were|are|has\s+been)\s+)?"
    r"(?:achieved|set|held|posted|scored|reached|recorded|earned|claimed|attained)\s+by\s+(?:the\s+)?"
    r"(?:[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*)?['’]s?\s+)?"  # 'set by Google's X': the maker's possessive
)
_POSSESSIVE = re.compile(
    r"'s?\s+(?:[\w+.-]+\s+){0,4}?(?:(?:result|score|figure|number|mark|rating|tally|total)"
    r",?\s+(?:of\s+)?)?"
    # "B's 72.0% and 69.1%": the figures listed after the first are B's too
    r"(?:\d[\d.]*\s*%?(?:\s*\([^()]{1,40}\))?(?:\s*,\s*(?:and\s+)?|\s+and\s+))*"
)
# a figure's owner after a participle in Romance languages and German ('el 33,2 % obtenido por B',
# 'obtido pelo B', 'obtenu par B', 'erzielt von B'), or after 'de' when an article opens the figure
# ('respecto al 28 % de B')
_BY_MODEL_PARTICIPLE = re.compile(
    r"\s*(?:%|Prozent)?\s*,?\s+(?:obtenid[oa]s?|lograd[oa]s?|alcanzad[oa]s?|conseguid[oa]s?|registrad[oa]s?|"
    r"obtid[oa]s?|alcançad[oa]s?|obtenue?s?|atteinte?s?|réalisée?s?|erzielt|erreicht)\s+"
    r"(?:por|par|pelo|pela|von)\s+(?:el\s+|la\s+|le\s+|l'|o\s+|a\s+|dem\s+)?"
)
_DE_MODEL = re.compile(r"\s+(?:de|do|da|du)\s+(?:l')?")
_ARTICLE_BEFORE = re.compile(r"\b(?:al|el|del|le|du|o|do|ao)\s+$")
# a figure's owner named right after it ('61.0% from C', '58.3 by C', '60.1% for C')
_OWNER_NEXT = re.compile(r"\s*%?\s*(?:from|by|for|of)\s+[A-Z]")
_ADJACENT = re.compile(r"\s*(?:[:,=—–]|\s-)?\s*(?:at\s+|with\s+|of\s+)?")
_COORD = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")
# "A (xhigh) and Google's B are tied": a setting in parentheses and the lab's possessive between the names
_COORD_LOOSE = re.compile(r"\s*(?:\([^()]{1,24}\))?\s*(?:,\s*(?:and\s+)?|and\s+)(?:[A-Z][\w&.-]*'s\s+)?")
# "X edges past Y (58.2 versus 55.9)": the first value is the subject's, the second the object's
_VS_FIRST = re.compile(
    r"\s*(?:%|percent|points?)?\s*(?:" + VERSUS + r"|to)\s+\d[\d.,]*\s*(?:%|[Ee]lo|points?|pts)?\s*\)"
)
_VS_SECOND = re.compile(r"\(\s*\d[\d.,]*\s*(?:%|[Ee]lo|points?|pts)?\s*(?:" + VERSUS + r"|to)\s+$")
# '(vs 78.2%)' with no owner named after: the comparison object named earlier in the sentence
_VS_ALONE = re.compile(r"\(\s*(?:versus|vs\.?)\s+$")
_IN_VS = re.compile(r"\(\s*(?:versus|vs\.?)\s[^()]*$")
# "X trailed Y on B, scoring 61.3 against 66.0": the same split without the parentheses
# ... or with the pair's benchmark between ('x on B versus y, x2 on B2 versus y2': each x the subject's)
_VS_ON = r"(?:\s+(?:on|in)\s+[^,;:\d]{1,50}?)?"
# ('it lands at 33.5 compared with 47.0 for B': the bare pair's joiner may be 'compared to/with')
_VS_BARE = r"(?:" + VERSUS + r"|,?\s*compared\s+(?:to|with))"
_VS_FIRST_BARE = re.compile(r"\s*(?:%|percent|points?|[Ee]lo)?" + _VS_ON + r"\s*" + _VS_BARE + r"\s+\d")
VS_SECOND_BARE = re.compile(r"\d\s*(?:%|percent|points?|[Ee]lo)?" + _VS_ON + r"\s*" + _VS_BARE + r"\s+$")
# "A and B are tied at 57", "Both A and B score 62": a plural verb after coordinated names
_PLURAL_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:are|were|both|each|all|tie|tied|share|score|post|reach|hit|land|get|achieve|record)\b"
)


def coordinated(text: str, models: list[Ref], m: Ref) -> list[Ref]:
    """'A, B and C are tied at 57' -> [A, B, C]."""
    if not _PLURAL_AFTER.match(text, m.reach):
        return [m]
    group = [m]
    idx = models.index(m)
    while idx > 0:
        prev = models[idx - 1]
        gap = text[prev.reach : group[0].start]
        if (_COORD.search(gap) and len(gap) <= 6) or _COORD_LOOSE.fullmatch(gap):
            group.insert(0, prev)
            idx -= 1
        else:
            break
    return group


# Chinese 'from <name>'s a (fell/rose) to b': 从 <name> 的 a … 至/到 b
_CJK_FROM_TO = re.compile(
    r"从[^，,。；;！!？?]{1,40}?的\s*\d[\d.,]*\s*(?:%|％|分)?\s*[^\d，,。；;！!？?]{0,8}?(?:至|到)\s*$"
)
_TREND_TO = re.compile(r"\bfrom\s+\d[\d.,]*\s*(?:%|percent)?\s+to\s+$", re.I)
# a name that leads its clause with a verb of ranking ('B leads …', 'B edges ahead …')
_LEADS_AFTER = re.compile(
    r"\s+(?:\w+ly\s+)?(?:leads|led|beats|beat|tops|topped|trails|trailed|edges|edged|wins|won|outscores|"
    r"outperforms|outpaces|wins|holds|scores|scored|posts|posted)\b"
)
# a rival that leads or trails the page's model on a benchmark, adverbs allowed ('Y still dominates B')
_RIVAL_LEADS = re.compile(
    r"\s+(?:(?:still|also|clearly|narrowly|\w+ly)\s+)?(?:leads|led|beats|tops|dominates|dominated|wins|won|"
    r"outscores|outperforms|trails|trailed)\b"
)
_CLAUSE_TURN = re.compile(r"\b(?:while|whereas|but)\s|;\s")


# a pair that is not two models': one model's change ('after the patch', 'than last year'), two settings
# ('with tools than without', 'in thinking mode'), two benchmarks ('stronger on A than on B')
_PAIR_NOT_RIVALS = re.compile(
    r"\b(?:than|after|before|since|previous(?:ly)?|predecessor|prior|earlier|last\s+(?:year|month|version|release)|"
    r"this\s+year|updated?|patch(?:ed)?|upgraded?|improved?|gained|climbed|jumped|rose|dropped|fell|moved|grew|"
    r"with(?:out)?\s+tools|mode|setting)\b",
    re.I,
)
# words after the second figure that qualify it ('60.4% last year', '60.4% in fast mode', '60.4% before',
# '60.4% a year ago', '60.4 for its older build')
_SECOND_QUALIFIED = re.compile(
    r"\s*(?:%|percent|points?|pts)?\s*(?:last|this|previous|prior|earlier|before|after|in|with|without|under|"
    r"\w+\s+(?:days?|weeks?|months?|years?)\s+ago|for\s+(?:its|the|their)\s+(?:older|previous|prior|earlier|"
    r"original|first|last)\b)\b",
    re.I,
)


def _compared_rival(
    text: str, sv: SegView, n: NumberMention, before: list[Ref], compared: Sequence[str], lead: bool = False
) -> Ref | None:
    """The second figure of a pair ('71.3% versus 66.8%', '(41.7% vs 40.9%)') when the sentence names at most
    one side before it: the other of the two models its paragraph compares. 'How does A compare to B? … A
    leads at 71.3% versus 66.8%'; '… A posted 57.2% to B's 54.6%. On T the margin is thinner (41.7% versus
    40.9%)', where the first figure is the implied subject's. Not a pair the sentence says is one model's
    change, two settings or two benchmarks (`_PAIR_NOT_RIVALS`, `_SECOND_QUALIFIED`)."""
    named = {m.canonical for m in before if m.via != "implied"}
    if len(compared) != 2:
        return None
    if _PAIR_NOT_RIVALS.search(text, sv.seg.start, n.start) or _SECOND_QUALIFIED.match(text, n.end):
        return None
    implied = sv.focus or sv.salient
    if not named and implied is not None and implied in compared:
        named = {implied}
    other = [c for c in compared if c not in named]
    if len(named) != 1 or len(other) != 1:
        return None
    # the first figure of a pair is the named (or implied) side's own ('A: 45 to 28')
    side = next(iter(named)) if lead else other[0]
    if lead and side not in compared:
        return None
    return Ref("model", side, n.start, n.start, n.start, None, 0.8, "implied")


def _vs_pair(text: str, sv: SegView, before: list[Ref]) -> tuple[Ref, Ref] | None:
    """The clause's subject and its comparison object, both named before a '(a versus b)' pair."""
    last = before[-1] if before else None
    if (
        last is not None
        and len(before) > 1
        and not object_ref(text, sv, last)
        and _LEADS_AFTER.match(text, last.reach)
    ):
        # 'Source: "A vs B" … B leads T at 82.7% versus 74.6%': the name opening the pair's clause leads it,
        # whatever pair of names came before; the other is the nearest different name before it
        other = [m for m in before[:-1] if m.canonical != last.canonical]
        gap = text[other[-1].reach : last.start] if other else ""
        if other and not _COORD_LOOSE.fullmatch(gap) and not _COORD.search(gap):
            return last, other[-1]
    # 'A beats B on x, while B retains y (a vs. b)': the subject is the last clause's, not the sentence's
    brk = [m.end() for m in _CLAUSE_TURN.finditer(text, sv.seg.start, before[-1].start)] if before else []
    clause = [m for m in before if brk and m.start >= brk[-1]]
    subj = next((m for m in clause or before if not object_ref(text, sv, m)), None)
    if clause and subj is not None:
        other = [m for m in before if m.canonical != subj.canonical]
        if other and not any(object_ref(text, sv, m) and m.canonical != subj.canonical for m in clause):
            return subj, other[-1]
    implied = sv.focus or sv.salient
    if subj is None and implied and any(object_ref(text, sv, m) for m in before):
        # 'sits in a dead heat with Y (1500 vs. 1505)': the sentence's implied subject, then its object
        subj = Ref("model", implied, sv.seg.start, sv.seg.start, sv.seg.start, None, 0.8, "implied")
    # the object may come first ('Compared with Y, X edges ahead, 84.1 against 82.4')
    obj = next(  # the nearest comparison object before the pair
        (m for m in reversed(before) if object_ref(text, sv, m) and subj and m.canonical != subj.canonical),
        None,
    )
    if obj is None and subj is not None and before and before[-1].canonical != subj.canonical:
        obj = before[-1]  # 'X is within 4 points of Y (73.3 vs 77.2)': the pair is the subject's, then Y's
    if (
        obj is None
        and subj is not None
        and implied
        and subj.canonical != implied
        and _RIVAL_LEADS.match(text, subj.reach)
    ):
        # 'Y still dominates B (78.2% vs 74.6%)' on a page about X: Y leads the page's own model there
        obj = Ref("model", implied, subj.start, subj.start, subj.start, None, 0.8, "implied")
    return (subj, obj) if subj and obj and subj.canonical != obj.canonical else None


_WEAK_GAP = re.compile(r"\s*[(:]?\s*")

_ALSO_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:[A-Z][\w&.-]*'s\s+)?")
_ALSO_END = re.compile(r"\s*(?:[.;,)]|$|\s(?:and|but|while|which|—|--)\b)")
_MODE_PAREN = re.compile(r"\s*(?:(?:non-)?thinking\s*|reasoning\s*)?\(\s*")
_DIGIT, _CLOSE_PAREN, _LABEL_GAP = re.compile(r"\d"), re.compile(r"\s*\)"), re.compile(r"\s*[:=]?\s*")


# a language, subject area or place written right after a name, then a few small words to the figure
_ASPECT_GAP = re.compile(r"[ \t](?P<w>[A-Z][a-z]+)[ \t]+(?:[a-z]+[ \t]+){0,3}[~≈]?$")


def _of_an_aspect(text: str, before: list[Ref], n: NumberMention) -> bool:
    if not before:
        return False
    last = max(before, key=lambda m: m.end)
    g = _ASPECT_GAP.fullmatch(text, last.end, n.start)
    return g is not None and g.group("w") in aspect_words()


def bind_models(
    text: str,
    n: NumberMention,
    sv: SegView,
    has_bench: bool,
    weak: Sequence[tuple[int, int]] = (),
    compared: Sequence[str] = (),
    lab_model: Callable[[str], str | None] = lambda _name: None,
) -> tuple[list[Ref], str]:
    models = sv.models()
    weak_here = [w for w in weak if sv.seg.start <= w[0] and w[1] <= n.start]
    if any(_WEAK_GAP.fullmatch(text[w[1] : n.start]) for w in weak_here):
        return [], "drop"  # the value of a name we are not sure is a model
    before_models = [m for m in models if m.reach <= n.start]
    if _of_an_aspect(text, before_models, n):
        return [], "drop"  # 'Name 3 Spanish reached 77%': the model's figure on one language, not its own
    item = next(reversed(list(_INLINE_ITEM.finditer(text, sv.seg.start, n.end))), None)
    if item is not None:
        # '… - B1: 37.6% — doubling Y's score - B2: 90.8%': a list run onto one line; a name in an earlier
        # item is not this item's
        models = [m for m in models if m.start >= item.start() or m.start >= n.end]
        before_models = [m for m in before_models if m.start >= item.start()]
        weak_here = [w for w in weak_here if w[0] >= item.start()]
    for m in models:
        if (
            m.start >= n.end
            and m.via != "pronoun"
            and (
                _FOR_MODEL.fullmatch(text, n.end, m.start)
                or _BY_MODEL.fullmatch(text, n.end, m.start)
                or _WITH_MODEL.fullmatch(text, n.end, m.start)
                or _BY_MODEL_PARTICIPLE.fullmatch(text, n.end, m.start)
                or (
                    n.percent
                    and _DE_MODEL.fullmatch(text, n.end, m.start)
                    and _ARTICLE_BEFORE.search(text, max(sv.seg.start, n.start - 6), n.start)
                )
                or (
                    _ON_MODEL.fullmatch(text, n.end, m.start)
                    and UP_FROM.search(text, max(sv.seg.start, n.start - 20), n.start)
                )
            )
        ):
            # '42.5 on B vs. 76.5 for Y', 'a top score of 93.9% achieved by Y': the name after owns the value;
            # 'vs 57 for A and B': the value of both
            also = [
                o
                for o in models
                if o.start > m.reach
                and _ALSO_JOIN.fullmatch(text[m.reach : o.start])
                and _ALSO_END.match(text[o.reach : o.reach + 8])
            ]
            return [m, *also[:1]], "for"
    if unknown_owner(text, sv, n):
        return [], "drop"  # '… and systems like Foo Lab (97.9%)': the value of a name we do not know
    side = to_pair_side(text, n, sv.numbers)
    if side is not None:
        # '… trails B on Name, 33.5 to 47.0': each side's figure, as 'a versus b' reads; the paragraph's two
        # models when the sentence names none; never a range's or a change's (figure_pairs.py), nor a pair
        # whose sentence names no benchmark ('A against C reads 64% to 52%' may be any measure)
        pair = _vs_pair(text, sv, before_models) if has_bench else None
        if pair:
            return [pair[side]], "prose"
        found = _compared_rival(text, sv, n, before_models, compared, lead=side == 0) if has_bench else None
        return ([found], "prose") if found is not None else ([], "drop")
    if text[max(sv.seg.start, n.start - 2) : n.start].rstrip().endswith("(") and _VS_FIRST.match(text, n.end):
        pair = _vs_pair(text, sv, before_models)
        if pair:
            return [pair[0]], "prose"
    elif _VS_SECOND.search(text, max(sv.seg.start, n.start - 24), n.start):
        pair = _vs_pair(text, sv, before_models)
        if pair:
            return [pair[1]], "prose"
        if (rival := _compared_rival(text, sv, n, before_models, compared)) is not None:
            return [rival], "prose"
    elif _VS_ALONE.search(text, max(sv.seg.start, n.start - 12), n.start):
        # '… 76.2% (vs 70.3% for Y) and 83.6% on M (vs 78.2%)': the rival the sentence set the subject against
        subj = next(
            (
                m
                for m in before_models
                if not object_ref(text, sv, m) and not _IN_VS.search(text, sv.seg.start, m.start)
            ),
            None,
        )
        lead = subj.canonical if subj is not None else (sv.focus or sv.salient)
        rivals = [m for m in before_models if m.canonical != lead and m.via not in ("implied", "pronoun")]
        if lead and rivals:
            return [rivals[-1]], "prose"
    elif _VS_FIRST_BARE.match(text, n.end):
        pair = _vs_pair(text, sv, before_models)
        if pair:
            return [pair[0]], "prose"
    elif VS_SECOND_BARE.search(text, max(sv.seg.start, n.start - 80), n.start):
        pair = _vs_pair(text, sv, before_models)
        if pair:
            return [pair[1]], "prose"
        if (rival := _compared_rival(text, sv, n, before_models, compared)) is not None:
            return [rival], "prose"
    for m in before_models:
        between = text[m.reach : n.start]
        if _MODE_PAREN.fullmatch(between):
            return [m], "paren"  # also after its mode in lower case ('Name 4.5 thinking (1510)')
    for m in models:
        if (
            m.start >= n.end
            and _OWNER_AFTER.fullmatch(text, n.end, m.start)
            and text.startswith(")", m.reach)
        ):
            return [m], "paren"  # 'jumps from 41.2% (GPT-5.4) to …': the name in parentheses owns the value
    trend = _CJK_FROM_TO.search(text, max(sv.seg.start, n.start - 60), n.start)
    if trend is not None and any(trend.start() < m.start < trend.end() for m in before_models):
        # '3.5 Flash 的幻觉率从 Gemini 3 Flash 的 92% 下降至 61%': the figure after 至 is the subject's, the
        # name after 从 owns only the figure it started from
        opener = [m for m in before_models if m.reach <= trend.start()]
        if opener:
            return [opener[-1]], "prose"
        named = {m.canonical for m in before_models if m.start > trend.start()}
        implied = next((c for c in (sv.focus, sv.salient) if c and c not in named), None)
        if implied and has_bench:
            return [Ref("model", implied, n.start, n.start, n.start, None, 0.8, "implied")], "implied"
    for m in before_models:
        own = _POSSESSIVE.fullmatch(text, m.end, n.start) or (
            m.reach > m.end and _POSSESSIVE.fullmatch(text, m.reach, n.start)  # "GPT-5 High's 94.6%"
        )
        listed = own is not None and _DIGIT.search(text[m.end : n.start]) is not None
        if listed and _OWNER_NEXT.match(text, n.end):
            continue  # "B's 65.2% and 61.0% from C": the last figure names its own owner
        if own and not any(o.start > m.end and o.end <= n.start for o in models):
            return [m], "possessive"
    if _FOR_OTHER.match(text, n.end):
        return [], "drop"
    before = text[max(sv.seg.start, n.start - 30) : n.start]
    if (
        _COMPARE_BEFORE.search(before)
        and not _REPORTED_AFTER.match(text, n.end)
        and not (_SETTING_AFTER.match(text, n.end) and _SETTING_AFTER.search(text, sv.seg.start, n.start))
    ):
        return [], "drop"  # a comparison object's value; unless both values name a setting (same model)
    for m in reversed(before_models):
        if _ADJACENT.fullmatch(text, m.reach, n.start):
            return coordinated(text, models, m), "adjacent"
        break
    annotations = [
        m
        for m in before_models
        if _VALUE_ANNOTATION.search(text, max(sv.seg.start, m.start - 12), m.start)
        and _CLOSE_PAREN.match(text[m.reach : m.reach + 3])
    ]
    if annotations and len(annotations) == len(before_models) and has_bench:
        # 'jumps from 36.6% (Y) to 74.0%': a name in parentheses after a value owns that value only
        implied = sv.focus or sv.salient
        if implied and all(implied != m.canonical for m in annotations):
            return [Ref("model", implied, n.start, n.start, n.start, None, 0.8, "implied")], "implied"
        return [], "drop"
    if before_models:
        m = before_models[-1]
        if (clause_subject := own_subject(text, sv, m.reach, n.start)) is not None:
            # 'but Vesk leads on B at 30%': a lab as the subject stands for its one model on the page
            if (lab_owned := lab_model(clause_subject)) is None:
                return [], "drop"
            return [Ref("model", lab_owned, n.start, n.start, n.start, None, 0.8, "labmodel")], "prose"
        if object_ref(text, sv, m) and not _WHICH.search(text, m.reach, n.start):
            # 'it edges out Y, scoring 72.1% …': the comparison's subject scores, not its object
            subject = next((o for o in reversed(before_models) if not object_ref(text, sv, o)), None)
            if subject is not None:
                return coordinated(text, models, subject), "prose"
            implied = sv.focus or sv.salient
            if implied and implied != m.canonical and has_bench:
                return [Ref("model", implied, n.start, n.start, n.start, None, 0.8, "implied")], "implied"
        outer = aside_subject(text, n, sv, before_models) or dash_aside_subject(text, n, sv, before_models)
        if outer is not None:
            return [outer], "prose"
        implied = sv.focus or sv.salient
        if has_bench and implied and implied != m.canonical and closed_aside(text, sv, m, n):
            # 'B1 at 87.6% — up from 80.8% on Y — and B2 at 64.3%': no subject named before the aside, so the
            # value after it is the article's model's, not the aside's
            return [Ref("model", implied, n.start, n.start, n.start, None, 0.8, "implied")], "implied"
        return coordinated(text, models, m), ("pronoun" if m.via == "pronoun" else "prose")
    after_models = [m for m in models if m.start >= n.end]
    if after_models and after_models[0].via == "pronoun" and after_models[0].start - n.end <= 3:
        return [after_models[0]], "pronoun"
    if (
        sv.seg.kind in ("item", "line")
        and _UNKNOWN_LABEL.fullmatch(text, sv.seg.start, n.start)
        and not any(sv.seg.start <= r.start < n.start for r in sv.refs)
        and not (sv.numbers and sv.numbers[0].start < n.start)
        and not _GENERIC_LABEL.match(text, sv.seg.start)
        and not conditions_in(text[sv.seg.start : n.start])
    ):
        return [], "drop"  # '3. Lumen Pro — 58': the value of a name we do not know, not the focus's
    implied = sv.focus or sv.salient
    if has_bench and (owner := row_owner_after(text, sv, n)) is not None:
        return [owner], "line_owner"  # a row whose model column follows its figure column
    # on a line (a list or a table left as text) only a value written right after its benchmark
    # ('Terminal-Bench 82.7%, SWE-bench Verified 74.4%' in a spec list) is the focus model's
    beside = (
        (
            sv.seg.kind == "line"
            and any(
                b.reach <= n.start
                # 'B: 40.1 → 46.8': the value after the arrow is the page model's (the one before is not)
                and (
                    _LABEL_GAP.fullmatch(text[b.reach : n.start])
                    or ARROW_BEFORE.fullmatch(text, b.reach, n.start)
                )
                for b in sv.benchmarks()
            )
        )
        or figure_tile(text, sv, n)
    )
    if has_bench and implied and (sv.seg.kind != "line" or beside) and not weak_here:
        if (
            not_the_pages(text, n)
            or other_subject(text, sv, n, implied)
            or _TREND_TO.search(text, max(sv.seg.start, n.start - 40), n.start)
        ):
            # 'HLE progress from 2.7% to 53.1%' with no model named: a board's trend, not the page model's
            return [], "drop"
        ref = Ref("model", implied, n.start, n.start, n.start, None, 0.8, "implied")
        return [ref], "implied"
    return [], "none"


_OWNER_AFTER = re.compile(r"\s*(?:%|percent|points?|pts)?\s*\(\s*")
_VALUE_ANNOTATION = re.compile(r"\d\s*(?:%|percent|points?|pts)?\s*\(\s*$")
_WHICH = re.compile(r"\b(?:which|who|that|whose)\b")

_UNKNOWN_LABEL = re.compile(
    # '**Name** (Orange): 80.3%': the bold may close before the parenthesis (a chart's bar and its colour)
    r"\s*(?:\*\*)?[A-Z][\w.-]*(?:\s[\w.-]+){0,4}\s*(?:\*\*)?\s*(?:\([^)]*\))?\s*(?:\*\*)?\s*(?:[—–:|]|\s-)\s*"
    r"(?:\*\*\s*)?(?:(?i:approximately|about|around|roughly)\s+)?"  # '**Name:** Approximately 80.1%'
)
_GENERIC_LABEL = re.compile(
    r"\s*(?:\*\*)?(?:With|Without|Overall|Average|Mean|Score|Total|Result|Pass|Accuracy|Reported|Measured|"
    r"Our|We|Self|Independent|Official|Vendor|Lab|Best|Top|Default|Thinking|Reasoning|High|Low|Medium|Max)\b"
)
