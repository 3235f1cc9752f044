"""What a comparison is measured on: the benchmark right after its object or margin ('beats B on GPQA'), an
area named there ('on health tasks'), the one benchmark named before the head, each benchmark of a
coordinated list with its own figures ('on A (96.1% vs 95.3%) and B (62.8% vs 60.4%)'), each benchmark named
with figures in the areas' parentheses ('on reasoning (~10 pt gap on ARC-AGI-2), search (~9 pt gap on
BrowseComp)'), and the benchmarks an area points back to ('ahead of B on those two evaluations')."""

from __future__ import annotations

import re

from extractors.facts.comparison_words import HEAD
from extractors.facts.comparisons import Head
from extractors.facts.document import DocView, Ref, SegView
from extractors.facts.measure_leads import lower_is_faster
from extractors.facts.patterns import side_alternation
from extractors.facts.sentence_bounds import sentence_start


def benchmarks(
    view: DocView,
    sv: SegView,
    head: Head,
    anchors: tuple[int, ...],
    bounds: tuple[int, int, int],
    models: list[Ref],
    objs: list[Ref],
) -> list[str | None]:
    """The benchmarks one comparison is stated on (`[None]`: none named); `anchors` are where the object and
    its margin end, `bounds` the sentence's start and the clause's start and end."""
    sent, cs, ce = bounds
    after = anchors[1]
    for at in dict.fromkeys(anchors):
        listed = _listed_benchmarks(view, sv, at, ce)
        if listed:
            return listed
    bench = _benchmark(view, sv, head, anchors, cs, ce)
    out = _coordinated_benchmarks(view, sv, bench, head.end, ce)
    if bench is not None and _BACK_AREA.match(bench):
        # "the leader on A and B, ahead of C on those two evaluations": the benchmarks named before
        before: list[str | None] = [
            b.canonical for b in sv.benchmarks() if sent <= b.start and b.end <= head.start
        ]
        out = list(dict.fromkeys(before)) or [None]
    if len(out) == 1 and all(o.start < after for o in objs if o.start >= head.end):
        # "leads on reasoning (~10 pt gap on ARC-AGI-2), search (~9 pt gap on BrowseComp), …": each
        # benchmark given its figures in the areas' parentheses is a comparison of its own
        # … up to the next model named ("… and B on long-context recall (MRCR 83.5 vs 92.9)" is B's)
        nxt = min((r.start for r in models if after <= r.start < ce), default=ce)
        out = _parenthesised_benchmarks(view, sv, after, nxt) or out
    return out


_BENCH_AFTER = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:,\s*)?(?:on|in|at|across|for|sur|auf|en|em|pada|di|su|dans|bei)\s+(?:the\s+)?$"
)
AREA = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:on|in|across|(?<=edge\s)for|(?<=edges\s)for|(?<=lead\s)for|(?<=leads\s)for|(?<=advantage\s)for|(?<=advantages\s)for)\s+(?:the\s+)?"
    # not a time or an amount ("in about three months", "in roughly a quarter", "in 2026")
    r"(?!(?:about|roughly|around|nearly|just|only|under|over|less|more|a|an|one|two|three|four|five|six|"
    r"\d|[a-z]+\s+(?:months?|weeks?|days?|years?|quarters?)\b)|(?:months?|weeks?|days?|years?|quarters?)\b)"
    r"(?P<area>(?:(?:most|many|several|multiple|certain|"
    r"all|nearly\s+all|a\s+range\s+of|key|core|major)\s+)?[a-z][a-z-]+(?:\s+(?!(?:and|or|while|but|with|at|for|to|"
    r"as|which|that|than|by|in|on|when|where|since|because|though|although|is|are|was|were|has|have|had|"
    r"remains?|still)\b)[a-z][a-z-]+|,?\s+(?:and|or)\s+(?!(?:where|when|how|why|what|which|who|whom|whose|it|its|"
    # 'in cost and in B': a second phrase of its own, not the area's next word
    r"they|their|the|a|an|is|are|was|were|has|have|does|do|did|can|will|on|in|at|across)\b)[a-z][a-z-]+|"
    r",\s+(?!(?:and|or|but|while|which|who|with|is|are|was|were|has|have|had|remains?|still|such|including|"
    r"like|e\.g)\b)[a-z][a-z-]+){0,5})"
)


_SCORED_ON = re.compile(r"\d\s*%?\s*(?:on|in|at)\s+(?:the\s+)?$")
_NO_AREA = re.compile(
    r"some|many|most|several|all|others?|it|them|this|that|these|those|both|each|paper", re.I
)
# "in my tests", "on the leaderboard", "in head-to-head comparisons": where it was measured, not an area
_VAGUE_AREA = re.compile(
    r"(?:my|our|your|its|their|his|her|every|each|any|one|the|a|an)\s+.*|(?:head-to-head\s+|side-by-side\s+|"
    r"internal\s+|independent\s+|early\s+|real-world\s+|blind\s+)?(?:tests?|testing|comparisons?|evaluations?|"
    r"evals?|trials?|leaderboards?|rankings?|standings|charts?|practice|general|total|fact|turn|contrast|"
    r"places?|spots?|lineup|benchmarks?|areas?|categories|tasks?|addition|particular|other\s+words|short|"
    r"theory|paper|balance|average|sum|brief|summary|response|return|effect|essence|reality|comparison|"
    r"total|sum|part|some\s+cases|most\s+cases|many\s+cases)",
    re.I,
)
_FRONT_AREA = re.compile(
    r"[\s\"'“(*-]*(?:[Oo]n|[Ii]n|[Aa]cross)\s+(?:terms\s+of\s+)?(?P<area>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,3}),\s"
)
_DIMENSION_AREA = re.compile(
    r"(?:the\s+)?(?:price|pricing|cost|costs|speed|latency|throughput|compute|size|efficiency|affordability|"
    r"input\s+side|output\s+side)",
    re.I,
)


def _benchmark(
    view: DocView, sv: SegView, head: Head, anchors: tuple[int, ...], cs: int, ce: int
) -> str | None:
    """'on B' right after the object (or after its margin, 'by 3 points on B'), an area named there ('on
    health tasks'), the one benchmark named before the head, or for a margin in points the paragraph's."""
    text = view.text
    benches = sv.benchmarks()
    after = anchors[0]
    for at in dict.fromkeys(anchors):
        later = [b for b in benches if at <= b.start < ce and _BENCH_AFTER.fullmatch(text[at : b.start])]
        if later:
            return later[0].canonical
    area = AREA.match(text, after, ce)
    nxt = HEAD.search(text, area.start("area"), area.end()) if area else None
    if area and nxt:  # "beats B on reading, trails C": the area ends where the next comparison starts
        area = AREA.match(text, after, len(text[: nxt.start()].rstrip(" ,")))
    if area and not any(area.start() <= b.start < area.end() for b in benches):
        if (
            _DIMENSION_AREA.fullmatch(area.group("area"))
            or _NO_AREA.fullmatch(area.group("area"))
            or _VAGUE_AREA.fullmatch(area.group("area"))
        ):
            return None  # "undercuts B on price", "trailing on some 'classical' exams": no area named
        return area.group("area")  # "on health tasks": an area, not the benchmark named before
    before = {
        b.canonical
        for b in benches
        if b.end <= head.start
        and not re.search(
            r"\boverall\b", text[b.end : head.start]
        )  # "…, and it ranks third overall, behind B"
        and (
            head.relation in ("outperforms", "behind", "on_par_with")
            # "78% on B, 3x faster than Y": a score's benchmark does not measure speed, price or compute
            or not _SCORED_ON.search(text, max(0, b.start - 24), b.start)
        )
    }
    if len(before) == 1:
        return before.pop()  # "On B, X beats Y"; several named before: none of them is the one
    sent = sentence_start(text, sv.seg.start, head.start)
    front = _FRONT_AREA.match(text, sent, head.start)
    if front and not before and not any(front.start() <= b.start < front.end() for b in benches):
        fronted_area = front.group("area")
        if not any(rx.fullmatch(fronted_area) for rx in (_DIMENSION_AREA, _NO_AREA, _VAGUE_AREA)):
            return fronted_area  # "On coding tasks, X beats Y"
    inherited = sv.bench_inherited
    return inherited.canonical if inherited and head.unit == "points" else None


# each with its own figures: "on A (96.1% vs 95.3%) and B (62.8% vs 60.4%)" ("on A and B" is one claim)
_FIG = r"[~$]?\d[\d.,]*\s?(?:%|[Ee]lo|points?|pts)?"
_BENCH_AND = re.compile(
    # "A at 76.2% (vs 70.3% for Y) and B at 83.6% (vs 78.2%)": the benchmark's own figure before the bracket
    r"(?:\s+(?:at|with|of)\s+|\s*:\s*)?(?:[~$]?\d[\d.,]*\s?(?:%|[Ee]lo|points?|pts)?\s*)?"
    r"\s*\([^()]{0,40}\d[^()]{0,40}\)\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:on\s+)?(?:the\s+)?"
    # "on A, scoring 1656 Elo versus 1314 for agentic tasks, and on B with 83.6% versus 78.2%": the figures
    # set against each other after A, then the next benchmark given its own
    r"|,?\s+(?:[a-z]+\s+){0,2}?(?:with\s+|at\s+)?"
    + _FIG
    + r"\s+(?:vs\.?|versus|against)\s+"
    + _FIG
    + r"(?:\s+(?:for|on|in)\s+[a-z][a-z -]{0,40}?)?\s*,?\s+and\s+(?:on|in)\s+(?:the\s+)?"
)
# the next benchmark's own figures set against another's: "B with 83.6% versus 78.2%", "B (62.8% vs 60.4%)"
_OWN_FIGURES = re.compile(
    r"\s*(?::\s*|\s+(?:at|with|of)\s+)?(?:" + _FIG + r"\s*)?(?:\(\s*(?:vs\.?\s+)?[^()]{0,40}\d[^()]{0,40}\)|"
    r"(?:vs\.?|versus|against)\s+" + _FIG + r")"
)


def _coordinated_benchmarks(
    view: DocView, sv: SegView, bench: str | None, at: int, ce: int
) -> list[str | None]:
    """'higher on A (96.1% vs 95.3%) and B (62.8% vs 60.4%)': a comparison on each benchmark given figures."""
    if bench is None:
        return [bench]
    text = view.text
    benches = sorted((b for b in sv.benchmarks() if b.start < ce), key=lambda b: b.start)
    named = [b for b in benches if at <= b.start]
    first = next((i for i, b in enumerate(named) if b.canonical == bench), None)
    if first is None:
        # "A at 76.2% (vs 70.3% for Y) and B at 83.6% (vs 78.2%)": the benchmark named right before the head
        # inside its own figures
        before = [b for b in benches if b.start < at and b.canonical == bench]
        if not before or not _OWN_FIGURES.match(text, before[-1].end):
            return [bench]
        named = [before[-1], *named]
        first = 0
    out: list[str | None] = [bench]
    for prev, nxt in zip(named[first:], named[first + 1 :], strict=False):
        gap = _BENCH_AND.fullmatch(text, prev.end, nxt.start)
        if gap is None or (
            not gap.group(0).lstrip().startswith("(") and not _OWN_FIGURES.match(text, nxt.end)
        ):
            break
        if nxt.canonical not in out:
            out.append(nxt.canonical)
    return out


_BACK_AREA = re.compile(
    r"(?:those|these|both|each|all)\s+(?:(?:two|three|four|five|\d)\s+)?(?:of\s+them|evaluations?|evals?|"
    r"benchmarks?|tests?|boards?|leaderboards?)\b|(?:both|each)$"
)


def _parenthesised_benchmarks(view: DocView, sv: SegView, at: int, ce: int) -> list[str | None]:
    """The benchmarks named inside the parentheses with figures that follow a comparison in its clause
    ('on A (57.9 vs 75.6, B 37.7 vs 44.4)', 'on x (~10 pt gap on A), y (~9 pt gap on B)'); none unless two."""
    text = view.text
    benches = sv.benchmarks()
    spans = []
    for p in _FIGURE_PARENS.finditer(text, at, ce):
        inside = [b for b in benches if p.start() < b.start and b.end < p.end()]
        starts = [p.start(), *(b.end for b in inside)]
        ends = [*(b.start for b in inside), p.end()]
        rest = "".join(text[a:e] for a, e in zip(starts, ends, strict=True))
        if re.search(r"\d", rest):  # a figure beside the benchmark's name, not 'MATH-500' alone
            spans.append((p.start(), p.end()))
    named = sorted(
        (b for b in benches if any(a < b.start and b.end < e for a, e in spans)), key=lambda b: b.start
    )
    out: list[str | None] = list(dict.fromkeys(b.canonical for b in named))
    return out if len(out) > 1 else []


_FIGURE_PARENS = re.compile(r"\([^()]{1,120}\)")


_AREA_JOIN = re.compile(r",|\s+(?:and|but)\b")
_OWN_AREA = re.compile(
    r"\s+(?:on|in|for)\s+(?:the\s+)?(?P<area>[a-z][a-z-]*(?:\s+(?!(?:and|but|or|than)\b)[a-z][a-z-]*)?)"
)


def own_area(text: str, dim: str | None, at: int) -> str | None:
    """'4x cheaper on input and 2x cheaper on output than B': the area a measured comparative names right
    after itself, inside its own 'than' (`dim`, ' on output') or before the next comparative that shares
    the object ('on input and …'); two such comparatives are two claims, each on its own area."""
    own = _OWN_AREA.fullmatch(dim) if dim else None
    if own is None and not dim:
        own = _OWN_AREA.match(text, at)
        if own is not None and not _AREA_JOIN.match(text, own.end()):
            own = None
    if own is None:
        return None
    area = own.group("area")
    return None if any(rx.fullmatch(area) for rx in (_NO_AREA, _VAGUE_AREA)) else area


# "better at 5 benchmarks (A, B, C)", "leads on academic benchmarks (A, B)": the brackets name what it is on
_LISTED = re.compile(
    r"\s*(?:,\s*)?(?:on|in|at|across)\s+(?:the\s+)?(?:(?:\d+|[a-z][a-z-]*)\s+){0,4}?\((?P<list>[^()]{2,200})\)"
)
_LIST_GLUE = re.compile(r"(?:[\s,;/&]|\b(?:and|or)\b)*")


def _listed_benchmarks(view: DocView, sv: SegView, at: int, ce: int) -> list[str | None]:
    """The benchmarks a bracket right after the comparison lists, when it lists nothing else ('better at 3
    benchmarks (A, B, C)': a comparison on each); none when the bracket holds anything but their names."""
    m = _LISTED.match(view.text, at, ce)
    if m is None:
        return []
    inside = sorted(
        (b for b in sv.benchmarks() if m.start("list") <= b.start and b.end <= m.end("list")),
        key=lambda b: b.start,
    )
    if not inside:
        return []
    cuts = [m.start("list"), *(x for b in inside for x in (b.start, b.end)), m.end("list")]
    rest = (view.text[a:e] for a, e in zip(cuts[::2], cuts[1::2], strict=True))
    if not all(_LIST_GLUE.fullmatch(r) for r in rest):
        return []
    return list(dict.fromkeys(b.canonical for b in inside))


_AREA_DIM = re.compile(
    rf"(?:the\s+)?(?:(?P<cost>{side_alternation('cost_word', longest_first=True)})|"
    rf"(?P<speed>{side_alternation('speed_word', longest_first=True)})|efficiency|compute|size)(?![\w-])",
    re.I,
)


# a head that places the subject lower on the measure itself ('is well below B'), not behind it in rank
_BELOW_HEAD = re.compile(r"\bbelow$", re.I)


# a merit noun after the measure word ('in price appeal', 'in cost efficiency'): more of it is better, so
# being below B in it says nothing of being cheaper or faster (side_words 'merit_head', or any -ness or
# -ity noun)
_MERIT_AFTER = re.compile(r"[\s-]+(?:" + side_alternation("merit_head") + r"|[a-z]+(?:ness|ity))\b", re.I)


def below_head(text: str, head: Head) -> bool:
    """Whether the head places its subject lower on the measure itself ('is well below B')."""
    return _BELOW_HEAD.search(text, head.start, head.end) is not None


def measured_area(text: str, head: Head, at: int, ce: int) -> str | None:
    """A lead in quality said of a measure ('beats B on price', 'outperformed B in efficiency'): the measure's
    relation, '' when the measure says no direction of its own, None for any other area."""
    if head.relation not in ("outperforms", "behind") or head.unit == "points":
        return None
    area = AREA.match(text, at, ce)
    dim = _AREA_DIM.match(area.group("area")) if area else None
    if dim is None:
        return None
    ahead = head.relation == "outperforms"
    merit = area is not None and _MERIT_AFTER.match(area.group("area"), dim.end()) is not None
    if merit and (dim.group("cost") or dim.group("speed")):
        # "well below B in price appeal", "ahead of B in cost efficiency": a merit of the measure, no price or
        # speed relation
        return ""
    if below_head(text, head):
        # "sits well below B in price", "below B in latency": less of it, which is the lead for a price or a
        # latency (a lower speed or throughput stays the lag)
        if dim.group("cost"):
            return "cheaper_than"
        if lower_is_faster(dim.group().lower().removeprefix("the").strip()):
            return "faster_than"
    if dim.group("cost"):
        return "cheaper_than" if ahead else "more_expensive_than"
    if dim.group("speed"):
        return "faster_than" if ahead else "slower_than"
    return ""
