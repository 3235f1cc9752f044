"""The other side of a comparative figure that names none, and compute comparisons stated as figures:
"compared with A, B …", "A used X, while B needed Y (~11x less compute)", "B used 30.8M GPU-hours. A needed
only 2.8M, 11x less compute", "A took 2.8M GPU hours, compared to 30.8M GPU hours for B" (`claims`)."""

from __future__ import annotations

import re

from extractors.facts.claim_sides import is_named, is_object, name_end, side
from extractors.facts.comparisons import Head, polarity
from extractors.facts.discovery import plausible_name
from extractors.facts.document import DocView, Ref, SegView
from extractors.facts.figure_hedges import FIGURE_HEDGE, apart, range_low, result_brackets, within_rounding
from extractors.facts.sentence_bounds import SENTENCE_END, sentence_end, sentence_start
from extractors.facts.subjects import Subjects
from schema.records import ClaimFact

# "… lead at 77.1% compared to B's 68.8%", "… ahead at 80%, versus 76% for B": the figure set against B's
_SET_AGAINST_AFTER = re.compile(
    r"\d[\d.,]*%?(?:/[\w.]+)?(?:\s+[a-z]+){0,3}\s*,?\s+(?:compared\s+(?:to|with)|versus|vs\.?|against)\s+(?:(?:[^,;()]|,(?=\d)){0,40}?\d(?:[^,;()]|,(?=\d)){0,30}?"
    r"\s+for\s+)?"
    r"(?:the\s+)?(?:[A-Z][\w.-]*['’]s\s+)?$"
)


_MARKER_BEFORE = re.compile(r"(?:compared\s+(?:to|with)|versus|vs\.?)\s+(?:the\s+)?$")


def set_against(text: str, models: list[Ref], head: Head, end: int, subj: list[Ref]) -> list[Ref]:
    """The other side of an elliptical head named after it as what its figure is set against."""
    names = {s.canonical for s in subj}
    stop = text.find(";", head.end, end)
    end = end if stop < 0 else stop
    return [
        r
        for r in models
        if is_named(r)
        and head.end <= r.start < end
        and r.canonical not in names
        and (
            _SET_AGAINST_AFTER.search(text, max(head.end, r.start - 110), r.start)
            # "a 2.5-times faster time to first token compared to B": the head's own figure is set against B
            or (
                head.magnitude is not None
                and _MARKER_BEFORE.search(text, max(head.end, r.start - 60), r.start)
            )
            # "scored higher on X, with B at 58.6% and A at 64.3%": both figures given after the comparison
            or (
                _WITH_BEFORE.search(text, max(head.end, r.start - 12), r.start) is not None
                and _AT_FIGURE.match(text, name_end(text, r)) is not None
            )
        )
    ][:1]


_WITH_BEFORE = re.compile(r",\s*with\s+(?:the\s+)?$")
_AT_FIGURE = re.compile(r"\s+(?:at|on|scoring|with)\s+\d")


# what a figure of each relation measures, to find it stated for the other side
_QUANTITY = {
    "less_compute_than": r"gpu[- ]?hours?|flops|compute|tokens|gpus",
    "more_compute_than": r"gpu[- ]?hours?|flops|compute|tokens|gpus",
    "cheaper_than": r"\$|costs?|price[sd]?|dollars?",
    "more_expensive_than": r"\$|costs?|price[sd]?|dollars?",
    "faster_than": r"tok(?:ens)?/s|tokens?\s+per\s+second|speed|latency|seconds|ms",
    "slower_than": r"tok(?:ens)?/s|tokens?\s+per\s+second|speed|latency|seconds|ms",
    "smaller_than": r"parameters|params|context|\d+(?:\.\d+)?\s?[BMK]",
    "larger_than": r"parameters|params|context|\d+(?:\.\d+)?\s?[BMK]",
    "outperforms": r"\d%|\bscor",
    "behind": r"\d%|\bscor",
}


_QUANTITY_RX = {k: re.compile(r"(?:" + v + r")(?![\w])", re.I) for k, v in _QUANTITY.items()}


_SCORED_BEFORE = re.compile(r"\b(?:scor|rank|rat|perform)\w*\s+(?:\w+ly\s+)?$", re.I)
_CONTRAST_BEFORE = re.compile(r"(?:,\s*|\s)(?:while|whereas|but)\s+(?:the\s+)?(?:[A-Z][\w.-]*['’]s\s+)?$")


# the relations of quality: a lead, a deficit or a parity is never said against a model merely named before it
_QUALITY = {"outperforms", "behind", "on_par_with"}


def named_between(text: str, models: list[Ref], head: Head, sent: int, subj: list[Ref]) -> list[Ref]:
    """The other side of a measure's comparative with no object ('A competes with B on reasoning while costing
    10x less', 'A keeps B's context window at a fraction of the cost'): the one other model its sentence names
    between the subject and the comparative; nothing when it names several, or for a lead in quality."""
    if head.relation in _QUALITY or len(subj) != 1:
        return []
    own = subj[0].start >= sent and subj[0].via != "implied"
    lo = max(sent, subj[0].reach) if own else sent
    between = [
        r
        for r in models
        if is_named(r) and lo <= r.start and r.reach <= head.start and r.canonical != subj[0].canonical
    ]
    return between[:1] if len({r.canonical for r in between}) == 1 else []


def other_side(
    view: DocView,
    subs: Subjects,
    sv: SegView,
    models: list[Ref],
    head: Head,
    span: tuple[int, int],
    subj: list[Ref],
) -> list[Ref]:
    """The other side of a figure with no object ('A needed 2.8M GPU-hours (~11x less compute), while B used
    30.8M'; 'B used 30.8M GPU-hours. A needed only 2.8M, 11x less compute'): the subject of the contrast
    clause after it, else the one model of the sentence before when that sentence states the same kind of
    quantity. Nothing when it is not that plain."""
    text = view.text
    sent, ce = span
    quantity = _QUANTITY_RX.get(head.relation)
    names = {s.canonical for s in subj}
    end = sentence_end(text, ce, sv.seg.end)
    after = [r for r in models if ce <= r.start < end and is_named(r) and r.canonical not in names]
    if (
        after
        and head.relation in ("outperforms", "behind")
        and _SCORED_BEFORE.search(text, max(sent, head.start - 24), head.start)
    ):
        # "A scores higher on X, while B …": the scores of the two clauses' subjects are compared
        first = after[0]
        return [first] if _CONTRAST_BEFORE.search(text, max(ce, first.start - 40), first.start) else []
    if (
        head.magnitude is None
        or quantity is None
        or (head.relation in ("outperforms", "behind") and head.unit != "points")
    ):
        return []
    if after:
        first = after[0]
        return [first] if _CONTRAST_BEFORE.search(text, max(ce, first.start - 40), first.start) else []
    # the sentence before, in this segment or the one before it in the same paragraph
    lo = sentence_start(text, sv.seg.start, sent)
    if lo < sent:
        refs, hi = [r for r in models if lo <= r.start < sent], sent
    elif sv.index > 0 and "\n\n" not in text[view.segs[sv.index - 1].seg.end : sv.seg.start]:
        pv = view.segs[sv.index - 1]
        refs, hi = subs.models(pv), pv.seg.end
        lo = sentence_start(text, pv.seg.start, hi)
        refs = [r for r in refs if r.start >= lo]
    else:
        return []
    named = [r for r in refs if is_named(r)]
    if len({r.canonical for r in named}) != 1 or named[0].canonical in names:
        return []
    if (
        not quantity.search(text, lo, hi)
        or not re.search(r"\d", text[lo:hi])
        or is_object(text, lo, named[0])
    ):
        return []
    return named[:1]


# "A took 2.8M GPU hours, compared to 30.8M GPU hours for B": two training budgets set against each other
_GPU_HOURS = re.compile(
    r"(?P<num>\d+(?:[.,]\d+)*)\s*(?P<scale>million|billion|thousand|[MKB](?![\w]))?\s*"
    r"(?:(?:[A-Z]\d{2,4}|Nvidia\s+[A-Z]\d{2,4})\s+)?GPU[-\s‑]?hours?\b",
    re.I,
)


_SCALE = {"million": 1e6, "m": 1e6, "billion": 1e9, "b": 1e9, "thousand": 1e3, "k": 1e3}


_SET_AGAINST = re.compile(
    r"\b(?:while|whereas|compared\s+(?:to|with)|versus|vs\.?|against|but|by\s+contrast|in\s+contrast|"
    r"by\s+comparison|(?:a|one)[-\s](?:tenth|fifth|quarter|third)\s+of|a\s+fraction\s+of)\b|;",
    re.I,
)
# a sentence set against the one before it: "By comparison, B took 30.8M GPU hours."
_CONTRAST_OPENING = re.compile(
    r"\s*(?:(?:by|in|for)\s+(?:comparison|contrast)|meanwhile|compare\s+that\s+(?:to|with)|by\s+way\s+of\s+contrast)"
    r"\b,?",
    re.I,
)
# the other figure written without its unit: "2.8M GPU hours versus B's 30.8M"
_SCALED = re.compile(r"(?P<num>\d+(?:[.,]\d+)*)\s*(?P<scale>million|billion|thousand|[MKB](?![\w]))")

# "Compared with B's 30.8M GPU hours, A needed just 2.8M": the sentence opens by setting one against the other
_FRONT_SET = re.compile(
    r"[\s\"'“(*-]*(?:[Cc]ompared\s+(?:to|with)|[Rr]elative\s+to|[Aa]gainst|[Vv]ersus|[Nn]ext\s+to|[Uu]nlike)\b"
)
_USED_AFTER = re.compile(r"\s+(?:needed|used|took|required|consumed|burned|spent|reportedly\s+\w+)\b")


def _figures(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The GPU-hour figures of a span, and a scaled number beside the one figure with its unit."""
    figures = list(_GPU_HOURS.finditer(text, start, end))
    if len(figures) == 1:
        bare = [
            b
            for b in _SCALED.finditer(text, start, end)
            if not (figures[0].start() <= b.start() < figures[0].end())
        ]
        if len(bare) == 1:
            figures = sorted([figures[0], bare[0]], key=lambda f: f.start())
    return figures


def _owner(text: str, named: list[Ref], f: re.Match[str], lo: int) -> Ref | None:
    """Whose figure: 'X GPU hours for B', 'the 30.8M GPU hours B needed', else the model named before it."""
    after = next((r for r in named if f.end() <= r.start <= f.end() + 40), None)
    if after is not None and (
        re.fullmatch(r"\s+(?:for|by)\s+(?:the\s+)?(?:[A-Z][\w.-]*['’]s\s+)?", text[f.end() : after.start])
        or (
            re.fullmatch(r"\s+(?:that\s+)?", text[f.end() : after.start])
            and _USED_AFTER.match(text, after.reach)
        )
    ):
        return after
    before = [r for r in named if lo <= r.start and r.reach <= f.start()]
    return before[-1] if before else None


def compute_figures(view: DocView, subs: Subjects, sv: SegView, models: list[Ref]) -> list[ClaimFact]:
    """Two GPU-hour figures, each plainly a different model's, set against each other ('while', 'compared
    to', 'versus B's 30.8M', or a sentence opening 'By comparison,' after the one with the other figure): the
    smaller one used less compute. The ratio is not stated: no magnitude."""
    text = view.text
    named = [r for r in models if is_named(r)]
    figures = _figures(text, sv.seg.start, sv.seg.end)
    lo = sv.seg.start
    if len(figures) == 1 and sv.index > 0 and _CONTRAST_OPENING.match(text, sv.seg.start):
        pv = view.segs[sv.index - 1]
        before = _figures(text, pv.seg.start, pv.seg.end)
        if len(before) != 1 or "\n\n" in text[pv.seg.end : sv.seg.start]:
            return []
        figures, lo = [before[0], figures[0]], pv.seg.start
        named = [r for r in subs.models(pv) if is_named(r)] + named
    elif (
        len(figures) != 2
        or SENTENCE_END.search(text, figures[0].end(), figures[1].start())
        or not (
            _SET_AGAINST.search(text, figures[0].end(), figures[1].start())
            or _FRONT_SET.match(text, sv.seg.start, figures[0].start())
        )
    ):
        return []
    if not any(_GPU_HOURS.fullmatch(f.group(0)) for f in figures):
        return []
    owners: list[Ref] = []
    for f in figures:
        owner = _owner(text, named, f, lo)
        if owner is None or (owners and owner is owners[-1]):
            return []
        owners.append(owner)
        lo = f.end()
    values = []
    for f in figures:
        try:
            v = float(f.group("num").replace(",", ""))
        except ValueError:
            return []
        values.append(v * _SCALE.get((f.group("scale") or "").lower(), 1.0))
    if owners[0].canonical == owners[1].canonical or values[0] == values[1] or min(values) <= 0:
        return []
    small, large = (owners[0], owners[1]) if values[0] < values[1] else (owners[1], owners[0])
    left, right = side(text, small), side(text, large)
    if not left or not right or not plausible_name(left) or not plausible_name(right):
        return []
    return [
        ClaimFact(
            subject=left,
            relation="less_compute_than",
            object=right,
            evidence=view.evidence(sv.seg.start, sv.seg.end),
            confidence=round(0.7 * min(small.confidence, large.confidence, 1.0), 3),
            method="claim",
            polarity="asserts",
        )
    ]


# "at 1/10th the training cost of B", "training costs eleven times higher than B": cost and compute both
TRAINING_COST = re.compile(r"\btraining\s+(?:costs?|budgets?|bills?)\b|\bcosts?\s+to\s+train\b", re.I)


TRAINING_TWIN = {"cheaper_than": "less_compute_than", "more_expensive_than": "more_compute_than"}


# "70% versus 58% for B", "59.1 against B's 43.9", "up to 37.5% from B's 26.5%": a score set against the
# other model's on the same measure
# a figure, with thousands written with commas ("1,656 Elo")
_N = r"(?:\d{1,3}(?:,\d{3})+(?![\d.])|\d+(?:\.\d+)?)"
_CONTRAST = re.compile(
    # (_N with its first digit first and the lookbehind after it, so that re skips to the digits)
    r"(?P<a>\d(?<![\w.$€£,]\d)(?:\d{0,2}(?:,\d{3})+(?![\d.])|\d*(?:\.\d+)?))"
    r"\s?(?P<ua>%|percent|points?|pts|Elo)?(?!\w|\.\d)\)?"
    # "scores 85.8 percent on MathVista compared to B's 81.3 percent": the measure named between
    r"(?:\s+(?:on|in)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[\w.-]+){0,2}?(?:\s*\([^()]{1,80}\))?)?\s*,?\s*\(?"
    r"(?:versus|vs\.?|against|compared\s+(?:to|with)|(?:(?:[-–—]\s*)?(?:up|down)\s+)?from|"
    # the same on French, Spanish, Portuguese and German pages: "68 % contre 65 % pour B"
    r"contre|contra|frente\s+al?|gegenüber|"
    r"(?:far\s+|well\s+|just\s+)?above)\s+(?:the\s+)?",
    re.I,
)
_THEIRS_BEFORE = re.compile(
    r"['’]s?\s+" + FIGURE_HEDGE + r"?(?P<b>" + _N + r")\s?(?P<ub>%|percent|points?|pts|Elo)?(?!\w|\.\d)", re.I
)
# "A at 9.9% versus B at 16%": the other model's figure given with "at"
_THEIRS_AT = re.compile(
    r"\s+at\s+" + FIGURE_HEDGE + r"?(?P<b>" + _N + r")\s?(?P<ub>%|percent|points?|pts|Elo)?(?!\w|\.\d)", re.I
)
_THEIRS_AFTER = re.compile(
    FIGURE_HEDGE
    + r"?(?P<b>"
    + _N
    + r")\s?(?P<ub>%|points?|pts|Elo)?\s+(?:for|from|by|of|in|pour|para|por|de|del|für|von)\s+(?:the\s+)?"
    r"(?:[a-z][\w-]*\s+){0,3}?$",
    re.I,
)
_SET_BEFORE = re.compile(r"\b(?:vs\.?|versus|against|than|for|to|from|of|with)\s+(?:the\s+)?$", re.I)
# a figure of which less is better, or not a score: no ranking by size
_NOT_A_SCORE = re.compile(
    r"\b(?:errors?|hallucinat\w*|latency|costs?|pric\w*|seconds|time|tokens|parameters|context|memory|"
    r"gpu|flops|compute|refus\w*|loss|perplexity)\b|[$€£]",
    re.I,
)


def _theirs(text: str, at: int, r: Ref) -> tuple[Ref, re.Match[str]] | None:
    """The other model's figure right after a contrast: "B's 43.9" or "58% for B"."""
    if not at <= r.start <= at + 60:
        return None
    fig = (
        _THEIRS_BEFORE.match(text, name_end(text, r)) or _THEIRS_AT.match(text, name_end(text, r))
        if r.start == at
        else None
    )
    fig = fig or _THEIRS_AFTER.fullmatch(text, at, r.start)
    return (r, fig) if fig is not None else None


def score_contrasts(view: DocView, sv: SegView, models: list[Ref]) -> list[ClaimFact]:
    """A score set against another model's ('A scores 70% versus 58% for B', '… 59.1 against B's 43.9'):
    the higher one is ahead. The first side is the sentence's first model, with no other between it and its
    figure; the other side owns the second figure by name ('B's 43.9', '58% for B')."""
    text = view.text
    named = [r for r in models if is_named(r)]
    out: list[ClaimFact] = []
    last: tuple[ClaimFact, int] | None = None  # the contrast before in the sentence, and where it ends
    for m in _CONTRAST.finditer(text, sv.seg.start, sv.seg.end):
        # "23.4% compared to 0.5% for B and 1.6% for C": each other model with its own figure
        pairs: list[tuple[Ref, re.Match[str]]] = []
        at = m.end()
        while (
            theirs := next((t for r in named if (t := _theirs(text, at, r)) is not None), None)
        ) is not None:
            pairs.append(theirs)
            other, fig = theirs
            after = max(fig.end(), name_end(text, other))
            more = _AND_NEXT.match(text, after)
            if more is None:
                break
            at = more.end()
        made = [
            c
            for other, fig in pairs
            for c in _contrast(view, sv, named, m, other, fig, _opening_pronoun(text, sv, models, m.start()))
        ]
        if not pairs and last is not None:
            made = _same_sides(view, sv, named, m, *last)
        out += made
        if made:
            ends = [max(fig.end(), name_end(text, other)) for other, fig in pairs]
            last = (made[-1], max(ends, default=m.end()))
        elif pairs:
            last = None
    return out


_BARE_THEIRS = re.compile(
    r"(?P<b>" + _N + r")\s?(?P<ub>%|percent|points?|pts|Elo)?(?!\w|\.\d|\s*(?:for|from|of)\s)", re.I
)


def _same_sides(
    view: DocView, sv: SegView, named: list[Ref], m: re.Match[str], prev: ClaimFact, prev_end: int
) -> list[ClaimFact]:
    """'A at 76.2% (vs 70.3% for B) and C at 83.6% (vs 78.2%)': a later pair of bare figures in the same
    sentence, with no model named since, sets the same two models against each other on the next measure."""
    text = view.text
    fig = _BARE_THEIRS.match(text, m.end())
    if (
        fig is None
        or _unit(m.group("ua")) != _unit(fig.group("ub"))
        or SENTENCE_END.search(text, prev_end, m.start())
        or ";" in text[prev_end : m.start()]
        or any(prev_end <= r.start < fig.end() for r in named)
        or _NOT_A_SCORE.search(text, prev_end, m.start())
    ):
        return []
    benches = [x for x in sv.benchmarks() if prev_end <= x.start < m.end()]
    if not benches:
        return []  # the same measure again, or none named: no claim of its own
    mine, other_v = float(m.group("a").replace(",", "")), float(fig.group("b").replace(",", ""))
    if mine == other_v:
        return []
    relation = "outperforms" if mine > other_v else "behind"
    subject, obj = prev.subject, prev.object
    return [
        ClaimFact(
            subject=subject,
            relation=relation,
            object=obj,
            evidence=prev.evidence,
            confidence=prev.confidence,
            benchmark=benches[-1].canonical,
            method="claim",
            polarity="asserts",
        )
    ]


_AND_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?=\S)")


def _unit(u: str | None) -> str:
    """A figure's unit as compared: '%' and 'percent' are one."""
    u = (u or "").lower()
    return "%" if u == "percent" else "" if u == "elo" else u[:2]  # "1,656 Elo versus B's 1,314"


# the sentence's opening, a fronted phrase included ("In the X benchmark, it scores …")
_SENT_OPEN = re.compile(r"[\s•*>-]*(?:(?:In|On|At|For|Across)\s[^,;.:]{1,80},\s*)?")


def _opening_pronoun(text: str, sv: SegView, models: list[Ref], at: int) -> Ref | None:
    """'It scores 82.7% on X compared to B's 76.2%': the resolved pronoun or 'the model' that opens the
    sentence of a contrast, when no model is named before its figure."""
    sent = sentence_start(text, sv.seg.start, at)
    openers = [
        r
        for r in models
        if r.via == "pronoun"
        and r.canonical
        and r.reach <= at
        and (_SENT_OPEN.fullmatch(text, sent, r.start) or _CLAUSE_OPEN.search(text, sent, r.start))
        and r.surface.lower() not in ("its", "their")
    ]
    # "On A, X scored 82.7% against B's 69.4%, and on C, it reached 51.7% versus B's 43.8%": the pronoun
    # opening the contrast's own clause, nearest before its figure
    opener = max(openers, key=lambda r: r.start, default=None)
    reporter = _REPORTER_OPEN.match(text, sent, at)
    if opener is None and reporter and sv.focus and not any(sent <= r.start < at for r in models):
        # "Google reports X at 76.2% (vs 70.3% for B)": figures a source gives for no model named are the
        # ones of the model the passage is about
        end = reporter.end()
        return Ref("model", sv.focus, end, end, end, None, 0.8, "implied", "")
    return opener


# a later clause's opening: ", and on C, it reached …", "; the model scored …"
_CLAUSE_OPEN = re.compile(
    r"(?:,\s*(?:and|but|while|whereas)\s+|;\s*)(?:(?:in|on|at|for|across)\s[^,;.:]{1,80},\s*)?$", re.I
)


# a source that gives figures, opening the sentence: "Google reports …", "Pichai showcased …"
_REPORTER_OPEN = re.compile(
    r"[\s•*>-]*[A-Z][\w.'’-]*\s+(?:[\w.'’-]+\s+){0,2}?(?:also\s+)?(?:reports?|reported|showcas(?:es|ed)|lists?|listed|"
    r"cites?|cited|touts?|touted|highlights?|highlighted|publish(?:es|ed)|posts?|posted)\b"
)


def _contrast(
    view: DocView,
    sv: SegView,
    named: list[Ref],
    m: re.Match[str],
    other: Ref,
    fig: re.Match[str],
    opener: Ref | None = None,
) -> list[ClaimFact]:
    """The claim of one contrast: the sentence's first model's figure against `other`'s (or the pronoun
    that opens the sentence, when it names none before the figure)."""
    text = view.text
    if _unit(m.group("ua")) != _unit(fig.group("ub")):
        return []
    sent = sentence_start(text, sv.seg.start, m.start())
    lo = sent
    later = (
        _CLAUSE_OPEN.search(text, sent, opener.start) if opener is not None and opener.start > sent else None
    )
    if later is not None and opener is not None:
        sent, lo = later.start(), opener.start  # the later clause's contrast, whose subject the pronoun is
    before = [r for r in named if lo <= r.start and r.reach <= m.start()]
    if not before and opener is not None:
        before = [opener]
    if not before or before[0].canonical == other.canonical or ";" in text[before[0].reach : m.start()]:
        return []
    own = before[0]
    if _THEIRS_BEFORE.match(text, name_end(text, own)) or _SET_BEFORE.search(
        text, max(sent, own.start - 16), own.start
    ):
        return []  # "… (59.0 vs. B's 75.1) and (42.5 vs. 76.5 for C)": B owns a figure set against another
    if any(r.canonical != own.canonical for r in before[1:]) or _NOT_A_SCORE.search(
        text, max(own.reach, m.start() - 60), m.start()
    ):
        return []
    mine, other_v = float(m.group("a").replace(",", "")), float(fig.group("b").replace(",", ""))
    low = range_low(text, m.start("a"))
    if low is not None and (low > other_v) != (mine > other_v):
        return []  # "80-90% versus B's 85%": the range spans the other figure
    if within_rounding(text, m.start("a"), fig.start("b"), mine, other_v):
        return []  # "around 64% … approximately 64.5%": closer than the rounding tells
    relation = "outperforms" if mine > other_v else "behind"
    how = polarity(text, Head(relation, m.start(), m.end(), -1, "asserts", None, None), sent, sv.seg.end)
    if mine == other_v or how != "asserts":
        return []
    left, right = side(text, own), side(text, other)
    if not left or not right or not plausible_name(left) or not plausible_name(right) or left == right:
        return []
    held = result_brackets(text, m.start(), m.end())  # "(and 38% on X)": another result's test
    benches = [
        x for x in sv.benchmarks() if sent <= x.start < m.end() and not any(a <= x.start < b for a, b in held)
    ]
    after = max(fig.end(), name_end(text, other))
    own_test = benches[-1].canonical if benches else None
    if apart(text, after) and not any(
        x.canonical == own_test for x in sv.benchmarks() if after <= x.start < after + 40
    ):
        return []  # "… compared to B at about 66% on HumanEval", "… of the cost", "… without tools"
    return [
        ClaimFact(
            subject=left,
            relation=relation,
            object=right,
            evidence=view.evidence(sv.seg.start, sv.seg.end),
            confidence=round(0.7 * min(own.confidence, other.confidence, 1.0), 3),
            benchmark=benches[-1].canonical if benches else None,
            method="claim",
            polarity="asserts",
        )
    ]
