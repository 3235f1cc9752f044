"""Which benchmark a value is on: the one named right after it ("N on B", "N% B"), the label it follows
("B = N", "B: N"), the frame of its clause ("On B, …"), the one a '(a vs. b on B)' pair names, or the one the
paragraph or section named before; never an earlier one when the value follows a benchmark-shaped name we
cannot resolve (used by scores.py).
"""

from __future__ import annotations

import re

from extractors.facts.conditions import conditions_in
from extractors.facts.dates import MONTHS, WEEKDAYS
from extractors.facts.document import Ref, SegView
from extractors.facts.entities import knowledge
from extractors.facts.numbers import NumberMention
from extractors.facts.unknown_bench import unknown_bench_at
from extractors.facts.value_clauses import VERSUS

# "76.4% on the telecom portion of τ2-bench": the part is the setting
_PORTION_OF = (
    r"\s*(?:%|percent|points?)?\s+(?:on|in)\s+(?:the|its)\s+(?P<part>[\w-]+(?:\s[\w-]+)?)\s+"
    r"(?:portion|part|subset|split|slice|section|track|domain|half|category|suite)\s+of\s+(?:the\s+)?"
)
PORTION_RE = re.compile(_PORTION_OF)
_BENCH_FOLLOW = re.compile(
    r"\s*(?:%|percent|points?|pts|[Ee]lo)?\s*(?:\([^)]*\)\s*)?"
    r"(?:(?!(?:and|or|but|while|whereas)\b)(?:[a-z-]+|[a-z]+@\d+)\s+){0,3}?"  # '99.5% pass@1 on B'
    r"(?:[A-Z][\w&-]*\s+(?:reports|reported|claims|claimed|lists|listed|quotes|quoted|cites|cited)\s+)?"
    # 'on' as other languages write it ('74,5 % auf B', '80,9 % sur B', '37,2% pada B', 'no B', 'en B')
    # ('Hits 84.6% On ARC-AGI-2': a headline in title case capitalises it)
    r"(?:on|in|at|for|across|of|On|In|At|For|Across|auf|bei|im|sur|dans|en|su|pada|di|em|no|na|на)\s+"
    r"(?:the\s+|its\s+|their\s+|The\s+|Its\s+|version\s+[\d.]+\s+of\s+(?:the\s+|its\s+)?|v[\d.]+\s+)?"
    # "solved 78.1% of the GitHub issues in SWE-bench Verified"
    r"|\s*(?:%|percent)?\s+of\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){1,3}?(?:in|on|from)\s+(?:the\s+)?"
    r"|" + _PORTION_OF
)
_ON_NAME = re.compile(
    # ('21% на SWE-EVO', '40 % auf Name', '35 % sur Name': 'on' as other languages write it)
    r"\s*(?:%|percent|points?|pts)?\s+(?:on|in|на|auf|sur|en|su|em|pada)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s[A-Z0-9][\w'’.-]*){0,3})"
)
_RATE_ON = re.compile(
    r"\s*(?:%|percent)?\s+(?:win|success|pass|acceptance|resolve|error|[a-z]+(?:-[a-z]+)+)\s+rates?\s+"
    r"(?:on|in|for|across|against)\s+"
    r"(?:the\s+)?"
)
# ('85.7% versus Claude's 83.4% on GPQA Diamond': the other side may name its model)
_LABELS_NEXT = re.compile(r"[ \t]*[:=][ \t]*[~≈]?\d")
_PAIR_NEXT = re.compile(
    r"\s*(?:%|percent|points?)?\s*" + VERSUS + r"\s+(?:[A-Z][\w.-]*(?:\s[\w.-]+){0,3}?['’]s\s+)?\d[\d.,]*"
)
_COORD_BENCHES = re.compile(r"\s+(?:and|or|vs\.?|versus|&)\s+")
_FRAME = re.compile(r"(?:On|In|For|Across|At|With)\s+(?:the\s+)?")
_SUBFRAME = re.compile(r"\b(?:on|in|at|for|across)\s+(?:the\s+)?$", re.I)

# "on <Name>" where Name is shaped like a benchmark we do not know ("on DriftBench", "on Westwind Tasks")
_UNKNOWN_ON = re.compile(
    r"\b(?:on|in|On|In)\s+(?:the\s+)?(?:(?:new|latest|updated|internal|own|recent)\s+)?"
    r"((?:[A-Z][\w'’-]*\s){0,3}[A-Z][\w'’-]*|[a-z]+(?:-[a-z]+){2,}|[a-z]+\s[A-Z]{3,}\b)"
    r"(?P<kind>\s+(?:benchmark|test|eval|evaluation|suite|exam|leaderboard)\b|\s*,)?"
)
# a task the sentence names in its own words right before the figure ('wins on multi-step tool calling: ')
# (and the pair's second figure: 'tool calling: 83.6% vs Y's 75.3%')
_TOPIC_LABEL = re.compile(
    r"\b(?:on|in|at|for)\s+(?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*\s*:\s*"
    r"(?:\d[\d.]*\s*%?\s+(?:vs\.?|versus)\s+(?:[\w.-]+\s+){0,3}?(?:[\w.-]+['’]s\s+)?)?$"
)
# a name-shaped word written straight before the value's parenthesis ('NL2Repo (39.8%)', 'Bench (52.7)')
_PAREN_OWNER = re.compile(r"(?<![\w-])(?P<name>[A-Z][\w.+-]*[A-Za-z0-9+])\s\($")
_NAME_AFTER_VALUE = re.compile(r"[ ]?%?[ ](?P<name>[A-Z][\w.-]*[A-Za-z0-9])(?=[\s,;.)]|$)")
# a name written straight before the value in a list of 'name value' pairs ('、xbench 78.0%', ', Foo: 61')
_NAME_BEFORE_VALUE = re.compile(
    r"(?:^|(?<=[\s,;(、，；]))(?P<name>[A-Za-z][\w.+-]*[A-Za-z0-9+])[ \t]*:?[ \t]*$"
)
_PAIR_BEFORE = re.compile(r"\s*%?\s*(?:,|、|，|;)\s*(?:and\s+)?")


def _after_bench_pair(text: str, sv: SegView, at: int) -> bool:
    """Whether a 'benchmark figure' pair and a list separator stand right before `at` ('HLE 29.8%, ')."""
    prev = next((x for x in reversed(sv.numbers) if x.end <= at), None)
    if prev is None or not _PAIR_BEFORE.fullmatch(text, prev.end, at):
        return False
    return any(
        r.kind == "benchmark"
        and r.reach <= prev.start
        and re.fullmatch(r"\s*:?\s*", text[r.reach : prev.start]) is not None
        for r in sv.refs
    )


_UNKNOWN_SHAPE = re.compile(r"Bench|bench|Eval|Tasks|Suite|QA|Arena|Exam|Test|MMLU|[a-z][A-Z]|^[A-Z]{3,}\b")


def _unknown_bench_on(text: str, start: int, end: int, sv: SegView) -> bool:
    """Whether text[start:end] scores on a name that no reference covers and that is shaped like a benchmark
    ('on DriftBench', 'on the new Agents' Last Exam benchmark', 'on needle-in-haystack', 'on strict JSON',
    'In the Frontier Science Research, …')."""
    if start >= end:
        return False
    for m in _UNKNOWN_ON.finditer(text, start, end):
        name = m.group(1)
        shaped = (
            _UNKNOWN_SHAPE.search(name)
            or ("-" in name and name.islower())
            or re.fullmatch(r"[a-z]+\s[A-Z]{3,}", name)  # 'on strict JSON': a task named by a format
            or (m.group("kind") or "").strip(" ,") != ""
            or (m.group("kind") == "," and len(name.split()) >= 2)
            # 'On Toolathon, M2 reached 46.3%': a sentence that opens on a name frames what follows
            or (m.group("kind") == "," and m.start() == sv.seg.start and text.startswith("On", m.start()))
        )
        if shaped and _calendar(name):
            continue
        if shaped and not any(r.start < m.end(1) and m.start(1) < r.end for r in sv.refs):
            return True
    return False


_QUARTER, _PCT_GAP, _ONE_BLANK = re.compile(r"q[1-4]"), re.compile(r"\s*%?\s"), re.compile(r"[ \t]")

_PAREN_GAP, _LABEL_GAP = re.compile(r"\s*\(\s*"), re.compile(r"\s*[:=]?\s*")
_LINE_LABEL_GAP = re.compile(r"[ \t]*[:=]?[ \t]*")


def _calendar(name: str) -> bool:
    """'on Tuesday', 'in March 2026', 'in Q3': a time, not a benchmark's name."""
    word = name.split()[0].lower().rstrip(".")
    return word in MONTHS or word in WEEKDAYS or _QUARTER.fullmatch(word) is not None


def bind_benchmark(
    text: str, n: NumberMention, sv: SegView, unknown_segs: frozenset[int] = frozenset()
) -> tuple[Ref | None, bool]:
    """The benchmark a number belongs to, and whether it was named in this segment. A number scored on a
    benchmark-shaped name we do not know ('47.2 on DriftBench') never falls back to an earlier benchmark."""
    benches = sv.benchmarks()
    for b in benches:
        if b.start >= n.end and _BENCH_FOLLOW.fullmatch(text, n.end, b.start):
            return b, True
        # "77.3% Terminal-Bench, 56.8% SWE-bench Pro": a percentage written straight before its benchmark
        # (not a name that labels the next figure: 'HumanEval: 87.2% GPQA: 81.4%')
        if (
            n.percent
            and b.start > n.end
            and _PCT_GAP.fullmatch(text[n.end : b.start])
            and not _LABELS_NEXT.match(text, b.reach)
        ):
            return b, True
        # '98.3 on AIME 2025, 76.5 SWE-Bench Verified': so is a figure with decimals in a list of them
        if (
            n.decimals
            and b.start > n.end
            and _ONE_BLANK.fullmatch(text[n.end : b.start])
            and not _LABELS_NEXT.match(text, b.reach)
        ):
            return b, True
    after_name = _NAME_AFTER_VALUE.match(text, n.end)
    if (
        after_name is not None
        and _UNKNOWN_SHAPE.search(after_name.group("name"))
        and not any(r.start <= after_name.start("name") < r.reach for r in sv.refs)
    ):
        return None, False  # '(1586 EQ-Bench, 1483 LMArena)': the value of a benchmark we do not know
    pair = _PAIR_NEXT.match(text, n.end)
    if pair is not None:
        # "(92.4% vs. 87.7% on GPQA Diamond)": the pair's benchmark is both values'
        for b in benches:
            if b.start >= pair.end() and _BENCH_FOLLOW.fullmatch(text, pair.end(), b.start):
                return b, True
    owner = _PAREN_OWNER.search(text, max(sv.seg.start, n.start - 40), n.start)
    if (
        owner is not None
        and not any(r.start < owner.end("name") and owner.start("name") < r.reach for r in sv.refs)
        and not _calendar(owner.group("name"))
        and not conditions_in(owner.group("name"))
        # 'on Verified (87.6%)': a word of a benchmark the sentence names stands for it
        and not any(
            owner.group("name") in (b.surface or "").split() for b in [*benches, sv.bench_inherited] if b
        )
    ):
        return None, False  # 'and NL2Repo (39.8%)': the value of a name we do not know, never of one before
    rate = _RATE_ON.match(text, n.end)
    if rate is not None and not any(b.start == rate.end() for b in benches):
        return (
            None,
            False,
        )  # '55% win rate on PR reviews': a rate on something that is not a benchmark we know
    variant = _variant_on(text, n, sv, benches)
    if variant is not None:
        return variant, True
    on_name = _ON_NAME.match(text, n.end)
    if (
        on_name is not None
        and not _calendar(on_name.group("name"))
        and not any(r.start <= on_name.start("name") < r.reach for r in sv.refs)
    ):
        return None, False  # '33.3 on Apex Agents': a name we do not know, never the benchmark named before
    label = _LABEL_IS.search(text, max(sv.seg.start, n.start - 60), n.start)
    if label is not None:
        # 'IMOAnswerBench = 89.8', 'Chinese-SimpleQA = 84.4': the value is the label's; a label no benchmark
        # covers from its first character is one we do not know, never the benchmark named before it
        lab_start = label.start("label")
        own = [b for b in benches if b.start == lab_start and b.reach <= label.end("label") + 1]
        if own:
            return own[-1], True
        if not any(lab_start <= r.start < label.end("label") for r in sv.refs if r.kind == "model") and not (
            conditions_in(label.group("label"))  # 'Humanity's Last Exam, no tools: 42.8'
        ):
            return None, False
    if _unknown_bench_on(text, n.end, min(sv.seg.end, n.end + 40), sv) and re.match(
        r"\s*(?:%|percent|points?|pts)?\s+(?:(?:accuracy|score|pass rate|success rate)\s+)?(?:on|in)\s",
        text[n.end : n.end + 32],
    ):
        return None, False
    frame = None
    fm = _FRAME.match(text, sv.seg.start)
    if fm:
        frame = next((b for b in benches if b.start == fm.end()), None)
    before = [b for b in benches if b.end <= n.start]
    since = before[-1].end if before else sv.seg.start
    if _unknown_bench_on(text, since, n.start, sv) or (
        sv.index in unknown_segs and unknown_bench_at(text, sv.refs, since, n.start) >= 0
    ):
        return None, False  # the value follows a benchmark-shaped name we cannot resolve
    named_before = _NAME_BEFORE_VALUE.search(text, max(since, n.start - 40), n.start)
    if (
        named_before is not None
        and (
            _UNKNOWN_SHAPE.search(named_before.group("name"))
            # … or any name in a run of 'benchmark figure' pairs ('HLE 29.8%, webwalk 66.0%')
            or _after_bench_pair(text, sv, named_before.start())
        )
        and not any(
            r.start < named_before.end("name") and named_before.start("name") < r.reach for r in sv.refs
        )
    ):
        return None, False  # '… HLE 34.6%、xbench 78.0%': the figure of a benchmark-like name we do not know
    if not before and _TOPIC_LABEL.search(text, sv.seg.start, n.start):
        return None, False  # 'X wins on multi-step tool calling: 83.6%': a task it names, not a benchmark
    if not before and _task_opener(text, sv, n.start):
        return None, False  # 'Multi-needle (8 needles): A 74%, …', 'In legal drafting, A scored 55%': a task
    if before:
        b = before[-1]
        if _PAREN_GAP.fullmatch(text[b.reach : n.start]):
            return b, True  # 'On A (57.0%) and B (39.8%)': the value in a benchmark's own parenthesis
        if _LABEL_GAP.fullmatch(text[b.reach : n.start]) and text[b.reach : n.start]:
            return (
                b,
                True,
            )  # 'On A, X leads (~61) … also tops coding (B 88.6%)': the name just before labels it
        if (
            frame is None
            and len(before) > 1
            and before[-2].canonical != b.canonical
            and _COORD_BENCHES.fullmatch(text, before[-2].reach, b.start)
        ):
            # 'A and B are different tests - comparing 88.6% against 69.2%': two benchmarks named together
            # before a value that names neither leave it no benchmark of its own
            return None, False
        if frame is None or b is frame or _SUBFRAME.search(text[max(sv.seg.start, b.start - 12) : b.start]):
            return b, True
        if _LINE_LABEL_GAP.fullmatch(text[b.reach : n.start]):
            return b, True  # 'On A, X leads …, also tops coding (B 88.6%)': a figure right after B is B's
        return frame, True
    if frame is not None:
        return frame, True
    if sv.bench_inherited is not None and _later_column(text, sv, n, sv.bench_inherited):
        return None, False
    if _AREA_LABEL.search(text, since, n.start):
        return None, False  # 'X wins on multi-step tool calling: 83.6%': a task area's figure, no benchmark's
    if sv.bench_inherited is not None and _AREA_FRAME.match(text, sv.seg.start):
        return None, False  # 'In legal reasoning, X scored 61.2%': an area the sentence opens on
    if sv.bench_inherited is not None and sv.seg.kind == "item" and _topic_item(text, sv):
        return None, False  # '- Tool Use: X led retail (86.2%)': an area the item names, not the list's board
    return sv.bench_inherited, False


# a sentence framed by a task area in lower case ('In financial reasoning, …', 'On agentic coding tasks, …')
_AREA_FRAME = re.compile(
    r"[ \t]*(?:In|On|For|At)\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?:reasoning|coding|code|math|mathematics|tasks|knowledge|writing|translation|vision|understanding|"
    r"retrieval|search|planning|science|tool use|tool calling)\s*,"
)
# a list item that opens on a label of its own ('- Tool Use: …', '- **Graduate Reasoning:** …')
_ITEM_TOPIC = re.compile(
    r"[ \t]*(?:[-*•]\s*)?(?:\*\*)?(?P<label>[A-Z][\w'’&/-]*(?:[ ][\w'’&/-]+){0,3}?)(?:\*\*)?\s*:(?:\*\*)?\s"
)
# a label that names the measure itself ('- Score: 85%', '- Overall: …'): the list's benchmark is still meant
_MEASURE_LABEL = re.compile(
    r"(?i)(?:(?:overall|average|avg|mean|total|final|best|top|our|official)\s+)?"
    r"(?:scores?|results?|accuracy|performance|ratings?|ranks?|rankings?|values?|elo|overall|average|total)"
)


def _topic_item(text: str, sv: SegView) -> bool:
    """Whether the item opens on a label naming a task area of its own, not a benchmark, model or setting."""
    m = _ITEM_TOPIC.match(text, sv.seg.start)
    if m is None:
        return False
    label = m.group("label")
    if any(r.start < m.end("label") and m.start("label") < r.reach for r in sv.refs):
        return False
    return not (_MEASURE_LABEL.fullmatch(label) or conditions_in(label) or _calendar(label))


# a value labelled by a task area in lower case, not by a benchmark ('wins on multi-step tool calling: 83.6%')
_AREA_LABEL = re.compile(
    r"\b(?:on|in|at)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s*:\s*"
    # … and the other side of its pair ('…: 83.6% vs Y's 75.3%')
    r"(?:\d[\d.,]*\s*%?\s*(?:vs\.?|versus|against)\s+(?:[A-Z][\w.-]*(?:\s[\w.-]+){0,3}?(?:'s|’s)\s+)?)?$"
)


# a sentence or line that opens on a task it names in its own words, not on a benchmark we know: a label
# ('Multi-needle (8 needles): …', '- Math Competitions: …') or a frame of lower-case words ('In legal
# drafting, …'); its figures are that task's, never those of a benchmark named earlier
_TASK_OPENER = re.compile(
    r"(?:[-•*–]\s*)?(?:(?P<label>[A-Z][a-z][\w-]*(?:[ ][A-Za-z][\w-]*){0,3})"
    r"(?:\s*\([^()\n]{1,30}\))?\s*:(?!\d)"
    r"|(?:In|On|For|At)\s+(?P<frame>[a-z][\w-]+(?:\s[a-z][\w-]+){1,3}),)"
)
# words of a label or frame that say how a figure is reported, or that join a sentence on, not which task
_NOT_A_TASK = frozenset(
    [
        "results",
        "result",
        "key",
        "note",
        "notes",
        "update",
        "summary",
        "overall",
        "verdict",
        "bottom",
        "line",
        "takeaway",
        "takeaways",
        "score",
        "scores",
        "benchmark",
        "benchmarks",
        "performance",
        "highlights",
        "source",
        "sources",
        "winner",
        "details",
        "example",
        "accuracy",
        "average",
        "avg",
        "mean",
        "median",
        "total",
        "rate",
        "pass",
        "success",
        "win",
        "numbers",
        "figures",
        "data",
        "chart",
        "table",
        "rank",
        "ranking",
        "leaderboard",
        "other",
        "this",
        "that",
        "these",
        "those",
        "the",
        "a",
        "an",
        "its",
        "our",
        "their",
        "my",
        "his",
        "her",
        "terms",
        "short",
        "addition",
        "contrast",
        "comparison",
        "particular",
        "general",
        "practice",
        "fact",
        "turn",
        "sum",
        "theory",
        "brief",
        "all",
        "both",
        "each",
        "some",
        "most",
        "many",
        "recent",
        "early",
        "late",
        "what",
        "which",
        "how",
        "why",
        "where",
        "when",
        "top",
        "best",
        "leader",
        "initial",
        "first",
        "tests",
        "test",
        "testing",
        "evaluation",
        "evaluations",
        "experiments",
        "runs",
        "trials",
        "study",
    ]
)
# a clause opening on a subordinator ('As newer systems arrived:') leads a list in, it names no task; only as
# the label's first word ('Retrieval during long chats:' is a task)
_LEAD_IN_OPENERS = frozenset(["as", "after", "since", "once", "while", "until", "before", "during"])


def _task_opener(text: str, sv: SegView, at: int) -> bool:
    """Whether the segment opens, before `at`, on a task named in its own words (see _TASK_OPENER)."""
    m = _TASK_OPENER.match(text, sv.seg.start, at)
    if m is None:
        return False
    grp = "label" if m.group("label") else "frame"
    phrase = m.group(grp)
    words = phrase.lower().replace("-", " ").split()
    if len(words) < 2:
        return False  # one word ('Top:', 'Verdict:') lays a page out more often than it names a task
    return not (
        any(w in _NOT_A_TASK for w in words)
        or words[0] in _LEAD_IN_OPENERS
        or any(r.start < m.end(grp) and m.start(grp) < r.reach for r in sv.refs)
        or _calendar(phrase)
        or conditions_in(phrase)
    )


# a header line of a table left as text: its label column, then the columns ('Model AA Index SWE-bench …')
_HEADER_OPEN = re.compile(r"\s*(?:Models?|Names?|LLMs?|Systems?)\s+(?P<cols>\S[^\n]*)$")


def _later_column(text: str, sv: SegView, n: NumberMention, b: Ref) -> bool:
    """'Model AA Intelligence SWE-bench Verified …' over 'GPT-5.5 60.2 …': a benchmark heading a later column
    of a header line is not the row's first value's (that value is under the column before it)."""
    if sv.seg.kind != "line" or b.start >= sv.seg.start:
        return False
    head_start = text.rfind("\n", 0, b.start) + 1
    if not _HEADER_OPEN.match(text, head_start, b.start):
        return False
    return not any(
        sv.seg.start <= x.start < n.start and not any(r.start <= x.start < r.reach for r in sv.refs)
        for x in sv.numbers
    )


_VARIANT_ON = re.compile(
    r"\s*(?:%|percent|points?|pts)?\s*(?:\([^)]*\)\s*)?(?:(?!(?:and|or|but)\b)[a-z-]+\s+){0,4}?(?:on|in)\s+"
    r"(?:the\s+)?(?P<w>[A-Z][a-z]+)(?![\w-])(?!\s+[A-Z])"
)


def _variant_on(text: str, n: NumberMention, sv: SegView, benches: list[Ref]) -> Ref | None:
    """'80.2% with prompt changes on Verified' after 'SWE-Bench Pro' was named: the variant word alone names
    the sibling of a benchmark in view (its name with the last word swapped), when we know that sibling."""
    m = _VARIANT_ON.match(text, n.end)
    if m is None or any(r.start <= m.start("w") < r.reach for r in sv.refs):
        return None
    word = m.group("w")
    ids = knowledge().bench_ids
    seen = [*benches, *([sv.bench_inherited] if sv.bench_inherited else [])]
    for b in reversed(seen):
        stem = b.canonical.rsplit(" ", 1)[0] if " " in b.canonical else b.canonical
        cand = f"{stem} {word}"
        if cand in ids and cand != b.canonical:
            unit = knowledge().bench_unit.get(cand, b.unit)
            return Ref(
                "benchmark", cand, m.start("w"), m.end("w"), m.end("w"), None, 0.8, "variant", word, unit
            )
    return None


_LABEL_IS = re.compile(
    r"(?:^|(?<=[,;:(])|(?<=\band)|(?<=\bbut)|(?<=however,))\s*"
    r"(?!(?:and|but|however|or|while|whereas)\b)"
    # a label's words start with a letter, digit or sign: a spaced dash ends a run-on list's item
    r"(?P<label>[A-Za-z][\w'.+/-]*(?:[ ][\w'.+/][\w'.+/-]*){0,4}?(?:\s*\([^()]{1,30}\))?)\s*(?:=|:)\s*$"
)


_OWN_VERSION = re.compile(r"\s*(?:%|percent)?\s*\(\s*v?(\d{1,2}(?:\.\d{1,2})?)\s*\)")
_TAIL_VERSION = re.compile(r"\s+v?\d{1,2}(?:\.\d{1,2})?$")


def version_after(bench: str, after: str) -> str:
    """'82.7% (2.0) vs 76.2% (2.1)', '| 76.2% (2.1) |': a version in parentheses right after a figure names
    the benchmark's version that figure is on, when we know that version (else the benchmark as bound)."""
    m = _OWN_VERSION.match(after)
    if m is None or not _TAIL_VERSION.search(bench):
        return bench
    cand = f"{_TAIL_VERSION.sub('', bench)} {m.group(1)}"
    return cand if cand in knowledge().bench_ids else bench
