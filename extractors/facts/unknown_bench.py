"""Benchmarks the patterns do not know: names an article introduces or scores on like a benchmark ("<Name>,
a new benchmark of …", "the <Name> benchmark", "N% on B1, M% on <Name>"), found before facts are read; and
benchmark-shaped names we cannot resolve ('through the <Four Word Name> Index'), after which a value belongs
to that unknown benchmark, never to the one named before it (used by context.py and scores.py)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from extractors.facts.alternation import by_first_char
from extractors.facts.entities import Mention, Spans
from extractors.facts.name_templates import FUNCTION_WORDS, STOP_HEADS
from extractors.facts.patterns import release_words, side_words, word_alternation
from extractors.facts.table_columns import SKIP_HEAD

if TYPE_CHECKING:
    from extractors.facts.document import Ref

# a word that says what kind of benchmark one is, not which ('in the External benchmark mirrors category')
_KIND_WORDS = frozenset(
    [
        "External",
        "Internal",
        "Public",
        "Private",
        "Custom",
        "Standard",
        "Main",
        "Core",
        "Overall",
        "Original",
        "Official",
        "Popular",
        "Academic",
        "Agentic",
        "Coding",
        "Reasoning",
        "Math",
        "General",
        "Key",
        "Other",
        "Same",
        "New",
        "Latest",
        "Full",
    ]
)

# one camel-case word and its version ('CaseLaw v2'): shaped like a benchmark's name, not a model's
_VERSIONED_NAME = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]* v\d+(?:\.\d+)?")

UNKNOWN_INTRO = re.compile(
    by_first_char(
        "Through|through|On|on|In|in|With|with|Our internal|our internal|Our in-house|our in-house|The|the",
        cased=True,
        not_after=r"\w",
    )
    + r" (?:the )?"
    r"(?:[A-Z][\w-]* ){1,5}"
    # a capitalised name the page calls a benchmark in lower case ('leads the Quarry Long Context Reasoning
    # benchmark at 75.7%'): a test of its own, not the one the paragraph was about
    r"(?:Index|Bench|Tasks|Suite|Eval|Arena|Exam|Test|benchmark)\b"
)


def unknown_bench_at(text: str, refs: Sequence[Ref], start: int, end: int) -> int:
    """Where text[start:end] names a benchmark-shaped name ('the <Name> Index') no benchmark reference
    covers; -1 if it does not."""
    for m in UNKNOWN_INTRO.finditer(text, start, end):
        if not any(
            r.start < m.end() and m.start() < r.end
            for r in refs
            if r.kind == "benchmark" or (r.kind == "model" and m.group().endswith("benchmark"))
        ):  # 'the Kestrel 4 benchmark' is the model's results
            return m.start()
    return -1


_BNAME = r"([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?: v?\d+(?:\.\d+)?)?)"
_SUITE_WORDS = r"Tasks|Suite|Bench|Eval|QA|Arena|Index|Exam|Test"
_BENCH_SUFFIX = re.compile(r"(?:Bench|bench|Eval|Arena|QA|Tasks|Suite)(?: v?\d+(?:\.\d+)?)?$")
# a named suite: capitalised words ending in a suite word ("Larch Agent Suite", "Plumb Index")
_BNAME_MULTI = (
    r"((?:(?!(?:On|In|At|For|The|With|And|Its|Our|Through)\b)[A-Z][A-Za-z0-9]+ ){1,3}"
    r"(?:" + _SUITE_WORDS + r")(?: v?\d+(?:\.\d+)?)?)"
)
# "<Name>, a new benchmark of …" (groups 1-2); searched only just before one of its closing words
_INTRO_APPOS = re.compile(
    # the comma makes the appositive ('published in Nature the most difficult benchmark' is no name)
    # a site's domain after the name is not part of it ('BenchLM.ai, the most thorough leaderboard')
    # or a definition opening a benchmark's own page ('<Name> is a benchmark of 134 tasks')
    rf"(?=[A-Z])(?:{_BNAME_MULTI}|{_BNAME})(?:\.(?:ai|com|org|io|dev))?(?:, | is )"  # (lookahead: above)
    rf"(?:a|an|our|the|its|their|the lab's|the company's) "
    rf"(?:new |open |public |hard |harder |own |in-house |internal |private )*(?:[a-z-]+ ){{0,3}}"
    rf"(?:benchmark|eval(?:uation)?(?: suite)?|test suite|suite|test|leaderboard|composite|index)\b"
)
# what follows the closing word of a definition ('is a benchmark of / for / that …')
_DEFINES = re.compile(r"\s+(?:of|for|that|which|to|designed|built|measuring|testing|from|with)\b|[,.;:]")
_APPOS_END = re.compile(r"(?:benchmark|evaluation|eval|suite|test|leaderboard|composite|index)\b")
_APPOS_REACH = 160
# groups 3-6 of the same numbering
# a lookahead of the characters a match can start with: re turns every other position away at once
_BENCH_INTRO = re.compile(
    r"(?=[AFILORTUWafilortuw])(?:"
    rf"\b[Tt]he {_BNAME} (?:benchmark|eval(?:uation)?|test suite|leaderboard)\b"
    rf"|\b(?:Introducing|[Rr]eleasing|[Ll]aunching|[Uu]nveiling) (?:the )?{_BNAME}\b"
    # scored on / run through / introduced as ours: only a name shaped like a benchmark
    rf"|\b(?:[Oo]n|[Ii]n|[Aa]t|[Ff]or|[Tt]hrough|[Ww]ith"
    rf"|(?:[Oo]ur|[Ii]ts|[Tt]heir)(?: own| internal| in-house)+)"
    rf" (?:the )?(?:{_BNAME_MULTI}|{_BNAME})(?=[\s,.;:)]))"
)


def _appositive_intros(text: str) -> list[re.Match[str]]:
    """The matches `_INTRO_APPOS.finditer(text)` gives, searched only in the reach before each closing word
    (the pattern starts at any capital letter, which made a whole-text scan the costliest step here)."""
    out: list[re.Match[str]] = []
    done = 0
    for k in _APPOS_END.finditer(text):
        if k.end() <= done:
            continue
        start = max(done, k.start() - _APPOS_REACH)
        if start > done:
            sp = text.find(" ", start)  # begin at a word, not inside one
            start = sp + 1 if 0 <= sp < k.start() else start
        for m in _INTRO_APPOS.finditer(text, start, k.end()):
            if re.match(r"[-\u2010-\u2015]\w", text[m.end() : m.end() + 2]):
                continue  # a closing word that opens a compound ('JSON, the test-gen surprise')
            if text.startswith(" is ", m.end(1) if m.group(1) else m.end(2)) and not _DEFINES.match(
                text, m.end()
            ):
                continue  # '<Name> is the top benchmark performer': no definition of a benchmark
            out.append(m)
            done = m.end()
    return out


# a line of its own naming a benchmark, maybe its version in parentheses ('CorpFin (v2) Benchmark')
_HEADED_BENCH = re.compile(
    r"(?m)^(?:The )?([A-Z][A-Za-z0-9.-]*[A-Z0-9][A-Za-z0-9.-]*|[A-Z][A-Za-z0-9.-]+ [A-Z0-9][A-Za-z0-9.-]*)"
    r"(?: \([^()\n]{1,12}\))? (?:[Bb]enchmark|[Ll]eaderboard)[ \t]*$"
)
# words a descriptive heading is made of ('Quick-Glance Leaderboard', 'Open LLM Leaderboard', 'LLM
# Benchmark'): a heading of these words alone names no benchmark (patterns/side_words.jsonl, kind 'heading';
# a real board so named is known whole to the benchmark patterns)
_HEADING_WORDS = frozenset(side_words("heading"))
_WORD_SPLIT = re.compile(r"[\s-]+")


def _named_again(text: str, name: str, start: int, end: int) -> bool:
    """Whether the page writes a heading's name anywhere else: a benchmark a heading introduces is named
    again in the text (its runs, its tasks); a heading's descriptive words ('Quick-Glance Leaderboard') are
    not."""
    # as a name of its own, not inside a longer one ('Arena' in 'Chatbot Arena' is not named again)
    own = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")
    return any(
        m.start() != start
        and not _longer_name_before(text, m.start())
        and not _NAME_AFTER.match(text, m.end())
        for m in own.finditer(text)
    )


def _longer_name_before(text: str, at: int) -> bool:
    """Whether a capitalised word joined by one space before `at` makes the name part of a longer one
    ('Chatbot Arena'); a sentence's opening or function word is not ('The Arena suite', 'In Arena, ...')."""
    m = _NAME_BEFORE.search(text, max(0, at - 40), at)
    return m is not None and m.group(1) not in STOP_HEADS and m.group(1) not in _OPENERS


# a capitalised word joined by one space makes the name part of a longer one ('Chatbot Arena', 'Arena Hard')
_NAME_BEFORE = re.compile(r"([A-Z][\w.]*)[ \t]$")
_OPENERS = FUNCTION_WORDS | {"In", "On", "At", "This", "By", "As"}  # and the prepositions a sentence opens on
_NAME_AFTER = re.compile(r"[ \t][A-Z]")


def _descriptive(name: str) -> bool:
    return all(w.lower() in _HEADING_WORDS or w.isdigit() for w in _WORD_SPLIT.split(name) if w)


_ON_NAMED_BENCH = re.compile(
    by_first_char("On|on|In|in|Across|across", cased=True, not_after=r"\w")
    + r" (?:the )?((?:[A-Z][A-Za-z0-9-]* ){0,2}[A-Z][A-Za-z0-9-]*) "
    r"(?:benchmark|eval|evaluation|leaderboard)\b"
)
# ('\d\d*', the same as '\d+', opens on the class: `re` skips to the digits at once)
_PCT_ON = re.compile(
    r"\d\d*(?:\.\d+)?(?:\s?%|\s+per\s?cent|\s+points?)?\s+on\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]*(?:\s[A-Z0-9](?:[\w'’.-]*[\w'’-])?){0,2})(?=[\s,;.)]|$)"
    r"(?!\s+(?:benchmark|eval|test|suite))"
)
_SENTENCE_END = re.compile(r"\.(?!\d)|\n")
_LINK_WORDS = {"and", "or", "on", "in", "with", "of", "vs", "the", "at", "for", "to", "plus", "while", "but"}
# the value alone or set against a rival's ('(61.2% vs 58.0%)', '(71.4 vs. 69.9)'); the parenthesis maybe
# glued to the name, as text beside CJK writes it ('Name(80.2%)')
_PAREN_VALUE = re.compile(r"\s?\(\s*\d+(?:\.\d+)?\s?%?(?:\s+vs\.?\s+\d+(?:\.\d+)?\s?%?)?\s*\)")
_NAME_PAREN = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][\w.+-]*[A-Za-z0-9+](?:\s[A-Z0-9](?:[\w.+-]*[A-Za-z0-9+])?){0,2})$"
)


def _named_values(text: str) -> list[tuple[re.Match[str], int]]:
    """'Name (39.8%)': the name written straight before a value's parenthesis, and where the value ends."""
    out = []
    for v in _PAREN_VALUE.finditer(text):
        m = _NAME_PAREN.search(text, max(0, v.start() - 60), v.start())
        if m is not None:
            out.append((m, v.end()))
    return out


# a name and its figure as a list or a run of results writes them: 'Name: 14.8%', 'Name = 62.0' at a line's
# start (after a bullet) or after a comma, a semicolon or 'and'; or a share before a name in parentheses
# ('(92.1% Name)'). The name is a benchmark when a known benchmark is labelled the same way beside it.
_LABEL_NAME = r"[A-Z][\w.+'’-]*(?:[ \t][A-Z0-9][\w.+-]*){0,2}"
_LABEL_FIG = r"[ \t]*[~≈]?\d+(?:\.\d+)?(?:[ \t]?%|(?![\w.]|[,/]\d))"
# (searched in parts, each opening on one class so that re skips to its characters instead of trying every
# position of a line: `_LED_LABEL`, a name after what stands before it (the line's start with blanks or a
# bullet, a comma, a semicolon, 'and'), or the share in parentheses; `_EQUALLED`, 'Name = N' opening on the
# name's capital; and a name opening its line bare, `_LINE_LABEL`, matched at the line's start)
_LED_LABEL = re.compile(
    r"[ \t\-*•·▪–,;a(](?:(?:(?<![^\n].)(?:(?<=[ \t])[ \t]*(?:[-*•·▪–][ \t]*)?|(?<=[-*•·▪–])[ \t]*)"
    r"|(?<=[,;])[ \t]*|(?<=a)(?<!\w.)nd[ \t]+)"
    rf"(?P<name>{_LABEL_NAME})[ \t]*:{_LABEL_FIG}"
    rf"|(?<=\()[ \t]*\d+(?:\.\d+)?[ \t]?%[ \t]+(?P<pname>{_LABEL_NAME})[ \t]*\))"
)
_EQUALLED = re.compile(rf"(?P<ename>[A-Z](?<![\w-].){_LABEL_NAME.removeprefix('[A-Z]')})[ \t]*={_LABEL_FIG}")
_LINE_LABEL = re.compile(rf"(?P<name>{_LABEL_NAME})[ \t]*:{_LABEL_FIG}")
_LABELLED_REACH = 300
# what every labelled match holds: a figure after ':' or '=', or opening a parenthesis
_LABEL_FIGURE = re.compile(r"[:=][ \t]*[~≈]?\d|\([ \t]*\d")


def _start(m: re.Match[str]) -> int:
    return m.start()


def _labelled(text: str) -> Iterator[re.Match[str]]:
    """'Name: N%' at a line's start (after a bullet) or after a comma, a semicolon or 'and'; 'Name = N';
    '(N% Name)': the leftmost first, each search going on after the last match's end, searched only in the
    lines that hold a `_LABEL_FIGURE` (no match spans a line end: names, blanks and figures are written
    without one, so another line holds none). The groups: 'name', 'ename' or 'pname', by the form."""
    done = 0
    for f in _LABEL_FIGURE.finditer(text):
        if f.start() < done:
            continue  # a second figure in a line already searched
        start = text.rfind("\n", 0, f.start()) + 1
        done = text.find("\n", f.end()) + 1 or len(text)  # after the line's end: it reads as at the end
        pos = start
        if (bare := _LINE_LABEL.match(text, start, done)) is not None:
            yield bare
            pos = bare.end()
        led, eq = _LED_LABEL.search(text, pos, done), _EQUALLED.search(text, pos, done)
        while (m := min((x for x in (led, eq) if x is not None), key=_start, default=None)) is not None:
            yield m
            pos = m.end()
            if led is not None and led.start() < pos:
                led = _LED_LABEL.search(text, pos, done)
            if eq is not None and eq.start() < pos:
                eq = _EQUALLED.search(text, pos, done)


# 'on the Quarry-Telecom agentic benchmark': a name, a word or two saying what it tests, then the word for a
# benchmark; only a name no word could be (a digit, a hyphen or a capital inside it: not 'the LLM arena
# leaderboard', 'the Google internal benchmark')
_DESCRIBED = re.compile(
    # ('[Tt](?<!\w.)he': the word start written after the first letter, so that re skips to the t's)
    r"[Tt](?<!\w.)he (?P<name>[A-Zτ][\w²³]*(?:-[\w²³]+)*) "
    r"(?:[a-z][a-z-]+ ){1,2}(?:benchmark|eval|evaluation)\b"
)
_ODD_NAME = re.compile(r"\d|[²³]|\w-\w|[a-z][A-Z]")
# one word built on a benchmark's closing word ('TallyQA', 'ThicketBench', 'QuarryEval', 'KilnArena'): a
# benchmark wherever the page writes it, as a name the lists know is (a capital, then a small letter: not a
# run of capitals such as 'VQA')
_SUFFIXED = re.compile(
    r"[A-Z](?<![\w-][A-Z])[a-z][A-Za-z0-9]*?(?:Bench|Eval|QA|Arena)"
    r"(?:[ -]v\d{1,2}(?:\.\d{1,2})?)?(?![\w-]|\.\d)"
)

# a company's name however it ends ('KettleBench Inc.', 'TallyQA Ltd'): written so anywhere, no benchmark
# (the capital before the lookbehind: re skips to the capitals; the word taken whole, as only a whole word can
# be followed by the comma or the blank)
_FIRM = re.compile(r"([A-Z](?<![\w-][A-Z])\w++)(?=,?[ \t]+(?:Inc|Ltd|LLC|Corp|Corporation|GmbH|PLC|Co)\b)")


def suffixed_unit(name: str) -> str | None:
    """The unit of a name built on 'Bench', 'Eval' or 'QA': a share of its tasks, as the lists' benchmarks so
    built are scored ('through the 162 TallyQA cases' is a count, not a score); an arena's unit is its own."""
    return "%" if _SUFFIXED.fullmatch(name) and "Arena" not in name else None


def _labelled_siblings(
    text: str, covered: Callable[[int, int], bool], bench_at: Callable[[int, int], bool]
) -> list[str]:
    """Names labelled with a figure ('HiddenMath: 14.8%', 'Apex Shortlist = 90.2', '(92.1% FLORES-200)')
    beside a known benchmark labelled the same way within a few labels: benchmarks by their place in the run,
    whatever their name."""
    found = [
        (m, next(g for g in ("name", "ename", "pname") if m.groupdict().get(g))) for m in _labelled(text)
    ]
    out: list[str] = []
    for i, (m, g) in enumerate(found):
        name = m.group(g)
        if covered(m.start(g), m.end(g)) or name.split()[0] in STOP_HEADS or SKIP_HEAD.search(name):
            continue
        if not re.search(r"[A-Z].*[A-Z]|\d|[a-z][A-Z]", name) and not _BENCH_SUFFIX.search(name):
            continue  # one plain capitalised word ('Overall: 81%', 'Accuracy: 72%') is no name by its shape
        if any(
            h == g and abs(o.start() - m.start()) < _LABELLED_REACH and bench_at(o.start(h), o.end(h))
            for o, h in found[max(0, i - 3) : i + 4]
            if o is not m
        ):
            out.append(name)
    return out


_BENCH_GATE = re.compile(r"ench|[Ee]val|Arena|QA|Tasks|uite|Index|Exam|Test|eaderboard")


# a capitalised word joined by one blank before a one-word name ('Tarn' of 'Tarn Diamond')
_HEAD_WORD = re.compile(r"([A-Z][\w.'’+-]*)[ \t]$")


_NEXT_WORD = re.compile(r"\s*(\S+)")
# a capitalised word the page writes as a maker: in the possessive or before a maker's verb ('Brindle's team',
# 'Brindle published …'; release_words.jsonl kind 'maker_verb')
# (the capital first, its boundary a lookbehind after it: `re` skips to the capitals, alternation.py)
_MAKER = re.compile(
    r"([A-Z](?<!\w.)[\w-]*)(?:['’]s\b|\s+" + word_alternation(release_words("maker_verb")) + r"\b)"
)


def _head_start(text: str, at: int, covered: Callable[[int, int], bool], makers: frozenset[str]) -> int:
    """Where the name ending in the word at `at` starts: up to two capitalised words before it joined by one
    blank ('Tarn Diamond, a hard benchmark' names 'Tarn Diamond', not 'Diamond'), neither a function word
    or a sentence's opener, a name the page knows, the name itself again (a heading run into its text:
    'KelpQA KelpQA is a benchmark'), nor a plain capitalised word opening its sentence ('Introducing KelpQA,
    a benchmark'), nor one of the page's `makers` ('Brindle published …': 'Brindle Osprey, a benchmark' names
    'Osprey')."""
    start = at
    first = _NEXT_WORD.match(text, at)  # the name's first word, read where it stands (no copy of the page)
    own = first.group(1) if first else ""
    for _ in range(2):
        m = _HEAD_WORD.search(text, max(0, start - 40), start)
        if m is None:
            break
        word = m.group(1)
        if (
            word in STOP_HEADS
            or word in _OPENERS
            or covered(m.start(1), m.end(1))
            or word == own
            or word in makers
        ):
            break
        opens = re.search(r"(?:^|[.!?:]\s|\n)\s*$", text[max(0, m.start(1) - 3) : m.start(1)]) is not None
        if opens and re.fullmatch(r"[A-Z][a-z]+", word):
            break
        start = m.start(1)
    return start


def discover_benchmarks(text: str, known: Sequence[Mention]) -> dict[str, str]:
    """Benchmark names an article introduces: "<Name>, a benchmark of …", "the <Name> benchmark", names
    shaped like one (…Bench, …Eval, …Arena, …QA) that are released or scored on ('on <Name>'), and names
    labelled with a figure like the known benchmarks beside them ('Name = 41.3', '(88.7% Name)')."""
    # a lab's name is no name of its own inside a longer one ('Meta-Elo')
    covered = Spans([k for k in known if k.kind != "lab"]).overlaps
    bench_at = Spans([k for k in known if k.kind == "benchmark"]).overlaps
    labelled = (
        _labelled_siblings(text, covered, bench_at) if ":" in text or "=" in text or "% " in text else []
    )
    out: dict[str, str] = {name: name for name in labelled}
    # 'N% on B1, M% on Apex Agents and K% on B2', '64.0 on B1, 56.9 on Name': a name scored like the known
    # benchmarks beside it is one
    pct_on = list(_PCT_ON.finditer(text)) if " on " in text else []
    for i, m in enumerate(pct_on):
        name = m.group("name")
        if name in out or covered(m.start("name"), m.end("name")) or name.split()[0] in STOP_HEADS:
            continue
        near = [o for o in pct_on[max(0, i - 3) : i + 4] if o is not m and abs(o.start() - m.start()) < 200]
        if any(
            bench_at(o.start("name"), o.end("name"))
            and not _SENTENCE_END.search(text, min(o.end(), m.end()), max(o.start(), m.start()))
            for o in near
        ):
            out[name] = name
    if _BENCH_GATE.search(text) is None:
        return out
    firms = {m.group(1) for m in _FIRM.finditer(text)}
    for m in _SUFFIXED.finditer(text):
        if not covered(m.start(), m.end()) and m.group() not in firms:
            out.setdefault(m.group(), m.group())
    lab_at = Spans([k for k in known if k.kind == "lab"]).overlaps
    for m in _DESCRIBED.finditer(text):
        name = m.group("name")
        if _ODD_NAME.search(name) and not covered(m.start(1), m.end(1)) and not lab_at(m.start(1), m.end(1)):
            out.setdefault(name, name)
    found = [(0, m) for m in _appositive_intros(text)] + [(2, m) for m in _BENCH_INTRO.finditer(text)]
    makers = frozenset(m.group(1) for m in _MAKER.finditer(text)) if found else frozenset()
    for offset, m in found:
        grp = next(i for i in range(1, 5) if m.group(i) is not None)
        idx = grp + offset
        name = m.group(grp)
        if offset == 0 and grp == 2:  # 'on Tarn Diamond, a hard benchmark': the whole name, not its tail
            name = text[_head_start(text, m.start(grp), covered, makers) : m.end(grp)]
        if name in out or covered(m.start(grp), m.end(grp)) or len(name) <= 2:
            continue  # 'the AI benchmark', 'in AI evaluation': a field's two letters, not a benchmark's name
        if idx in (4, 6) and not _BENCH_SUFFIX.search(name) and not _VERSIONED_NAME.fullmatch(name):
            continue  # released or scored on: only a name shaped like a benchmark (several words may end
            # in Index / Exam / Test too: 'through the Plumb Agentic Index'; a named index has no unit)
        if idx < 4 and (name in STOP_HEADS or not re.search(r"[A-Z].*[A-Z]|\d|[a-z]{3}", name)):
            continue
        out[name] = name
    # 'Terminal Bench 2 (57.0%) and NL2Repo (39.8%)': a name valued like a known benchmark beside it is one
    parens = _named_values(text) if "(" in text else []
    for i, (m, m_end) in enumerate(parens):
        name = m.group("name")
        if name in out or covered(m.start("name"), m.end("name")) or name.split()[0] in STOP_HEADS:
            continue
        if not re.search(r"[A-Z].*[A-Z]|\d|[a-z][A-Z]", name) and not _BENCH_SUFFIX.search(name):
            continue  # one plain capitalised word ('Anthropic (72%)') is no benchmark's name by its shape
        prev = re.search(r"([a-z]+)\s+$", text[max(0, m.start() - 20) : m.start()])
        if prev and prev.group(1) not in _LINK_WORDS:
            continue  # 'cybersecurity CTFs (77.6%)': an area described, not a name
        beside = [
            (q, q_end)
            for q, q_end in parens[max(0, i - 3) : i + 4]
            if q is not m and abs(q.start() - m.start()) < 160
        ]
        if any(
            bench_at(q.start("name"), q.end("name"))
            and not re.search(r"[.\n]", text[min(q_end, m_end) : max(q.start(), m.start())])
            for q, q_end in beside
        ):
            out[name] = name
    # a heading of its own ('CorpFin (v2) Benchmark'), or 'On NYT Connections benchmark, …': the word
    # 'benchmark' says what the name is
    headed = _HEADED_BENCH.finditer(text) if "enchmark" in text or "eaderboard" in text else iter(())
    for m in itertools.chain(headed, _ON_NAMED_BENCH.finditer(text)):
        name = m.group(1)
        if (
            name not in out
            and not covered(m.start(1), m.end(1))
            and name.split()[0] not in STOP_HEADS
            and name not in _KIND_WORDS
            and not _descriptive(name)
            and len(name) > 2
            # last: it scans the whole text
            and (m.re is not _HEADED_BENCH or _named_again(text, name, m.start(1), m.end(1)))
        ):
            out[name] = name
    return out
