"""Benchmarks a sentence or a list names by their place in a run of results, with no known benchmark
beside them: two figures or more written the same way ('61.2% on QRX-Hard and 48.0% on TallyMath',
'- KELP: 71.0%' over '- Ridge-2: 64.5%', 'Name (55.1%), Name (40.2%)', 'Name 85.0, Name 82.4' with no mark
between a name and its figure), and a sentence framed by a name that then gives a figure ('On ORBIT-Long,
Halyard 3 reaches 58.1%'). Each name must be shaped as no
ordinary word is: a run of capitals, a capital inside a word, letters and digits in one word, capitals joined
by a hyphen, or a closing word such as 'Bench' glued on; the run's shape and that name shape together stand
where a list would (unknown_bench.py asks for a known benchmark beside the name instead). A bare run
('NAME N, NAME N') must also show in one item a closing word or a year, or hold a known benchmark, and so must
a run whose name is let through by its count alone ('WIN-48: 88%'): else it breaks a figure down by locale,
chip, venue or size, or values rival systems. 'N% accuracy on Name' needs a test's shape (test_shaped) and no
source noun after the name ('on RX45 logs'; kind 'source_noun'). Refused: platforms, places and hardware
written in capitals ('AWS', 'NYC', 'GPU'; patterns/side_words.jsonl, kind 'capitals'), language or country
codes ('FR'; kind 'tongue_code'), illnesses ('HIV'; kind 'ailment'), devices ('ThinkPad'; kind 'device'),
a name shaped like a model's (a word and its version), and a list flattened into one line by ' - ' bullets
whose names are all weak ('calls - NORAM: 41.5% - MENA: 18.5%': regions' shares, decimals or not) (used by
mentions.py)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from extractors.facts.business_figures import business, period_or_size
from extractors.facts.dates import MONTHS
from extractors.facts.entities import Mention, Spans
from extractors.facts.held_lines import held_lines
from extractors.facts.name_templates import STOP_HEADS
from extractors.facts.patterns import side_alternation, side_words
from extractors.facts.table_columns import SKIP_HEAD

_NAME = r"[A-Z][\w'’+-]*(?:\.\d+)?(?:[ ][A-Z0-9][\w'’+-]*(?:\.\d+)?){0,2}"
_SCORE = r"[~≈]?\d{1,3}(?:[.,]\d{1,2})?"
# 'N% on Name' (a share, or a figure with decimals; maybe 'N% accuracy on Name'), 'Name: N%' / 'Name = N'
# at a list item's or a clause's start, 'Name (N%)'
_ON = re.compile(
    # (the figure's first character before the lookbehind: `re` skips to the digits)
    r"(?P<fig>[~≈\d](?<![\w.$].)(?:(?<=\d)\d{0,2}|(?<=[~≈])\d{1,3})(?:[.,]\d{1,2})?)"
    # ('85.1 percent on Name': the word as the share's sign)
    r"(?:[ \t]?%|[ \t]+per[ \t]?cent|(?<=\.\d)|(?<=\.\d\d))"
    # ('a 77.1% score on Name', '96.7% accuracy on Name': the noun of what the figure measures; kind
    # 'figure_noun' of patterns/side_words.jsonl)
    rf"(?:[ \t]+(?P<noun>{side_alternation('figure_noun')}))?[ \t]+on[ \t]+"
    rf"(?:the[ \t]+)?(?P<on>{_NAME})"
    r"(?=[\s,;:.)]|$)"
)
# (searched through `_labels`: `_LABEL` opens on one class, the first character of what stands before the
# name, with which it was and where checked behind it, so that re skips to those characters instead of trying
# the optional run of blanks at every position; a name opening its line with nothing before it is
# `_LINE_LABEL`, matched at the line's start)
_LABEL_TAIL = (
    # (what the name measures may stand between it and its figure: 'Name (long context): N%')
    rf"(?P<label>{_NAME})(?:\*\*)?(?:[ \t]\([^()\n]{{1,30}}\))?[ \t]*[:=](?:\*\*)?[ \t]*(?P<fig>{_SCORE})"
    r"(?:[ \t]?%|(?![\w.,/]))"
)
_LABEL = re.compile(
    # (at a line's start: blanks, a bullet or a number, then bold marks)
    r"[ \t\-*•·▪–\d,;a](?:(?<![^\n].)(?:(?<=[ \t])[ \t]*(?:[-*•·▪–][ \t]*|\d{1,2}[.)][ \t]+)?(?:\*\*)?"
    r"|(?<=[-*•·▪–])[ \t]*(?:\*\*)?|(?<=\*)\*|(?<=\d)\d?[.)][ \t]+(?:\*\*)?)"
    # (after a comma, a semicolon or 'and')
    r"|(?<=[,;])[ \t]*|(?<=a)(?<!\w.)nd[ \t]+"
    # (a list flattened into one line keeps its bullets between blanks: 'The scores: - Name: N% - Name: N%')
    r"|(?<=[ \t])(?<=[\w%:)].)[ \t]*[-•▪–][ \t]+(?:\*\*)?)" + _LABEL_TAIL
)
_LINE_LABEL = re.compile(_LABEL_TAIL)


def _labels(text: str) -> Iterator[re.Match[str]]:
    """What the one pattern 'a line's start, a bullet, a comma, 'and' or a flattened bullet, then a name,
    a ':' or '=' and a figure' found: a match lies in one line holding its ':' or '=', and one opening on the
    name itself starts at the line's start."""
    for start, end in held_lines(text, ":="):
        m = _LINE_LABEL.match(text, start, end)
        if m is not None:
            yield m
        yield from _LABEL.finditer(text, start if m is None else m.end(), end)


# (the name's capital before the lookbehind: `re` skips to the capitals)
_PAREN = re.compile(
    rf"(?P<paren>[A-Z](?<![\w-].){_NAME.removeprefix('[A-Z]')})[ \t]\([ \t]*(?P<fig>{_SCORE})[ \t]?%?[ \t]*\)"
)
# (opening on one class, a blank or the 'O' / 'I' of 'On' / 'In', with the text's start or a sentence's end
# before it: re skips to those characters instead of trying the optional blanks at every position)
_FRAME = re.compile(
    r"[ \tOI](?<![^.!?\n].)(?:(?<=[ \t])[ \t]*[OI]n|(?<=[OI])n)"
    rf"[ \t]+(?:the[ \t]+)?(?P<frame>{_NAME}),[^.\n]*?\d%?"
)
# 'Name N%' as an item of a run ('(Name 85.0, Name Two 82.4)', 'Top results: Name 80.2%, Name 2.0 66.7%'):
# the figure, after a blank, closes its item (a ',', ';', ')', 'and' or a full stop after it, or the line's
# end); the item's name is what stands between the separator before it and the figure (see `_bare_items`)
_BARE_FIG = re.compile(
    r"[~≈\d](?<![^ \t].)(?:(?<=\d)\d{0,2}|(?<=[~≈])\d{1,3})(?:[.,]\d{1,2})?(?:[ \t]?%)?"
    r"(?=[ \t]*(?:[,;)]|and[ \t]|\.(?!\d)|$))",
    re.M,
)
_BARE = re.compile(rf"(?P<bare>{_NAME})[ \t]+(?P<fig>{_SCORE})(?:[ \t]?%)?")
# what opens an item: a separator of the run, a bullet, bold marks and blanks after it
_ITEM_OPEN = re.compile(r".*(?:[(,;:\n]|\band)[ \t]*(?:[-*•·▪–][ \t]+)?(?:\*\*)?", re.S)
_ITEM_REACH = 60


def _bare_items(text: str) -> Iterator[re.Match[str]]:
    """Each 'Name N%' item of a run: the name from the item's opening separator up to its figure."""
    for f in _BARE_FIG.finditer(text):
        lo = max(0, f.start() - _ITEM_REACH)
        opened = _ITEM_OPEN.match(text[lo : f.start()])  # (greedy: the last separator)
        if opened is None:
            continue
        start = lo + opened.end()
        if (label := _ROW_LABEL.match(text, start, f.start())) is not None:
            start = label.end()  # a spec sheet's row label before the run ('Key Results Name 82.7%, …')
        m = _BARE.match(text, start, f.end())
        if m is not None and m.end() == f.end() and _bare_name(m.group("bare")):
            yield m


# capitalised plain words ending in a plural ('Headline Scores', 'Benchmarks'): what a row or a line calls
# the run, not a name in it
_ROW_LABEL = re.compile(r"(?:[A-Z][a-z]+[ \t]+)*[A-Z][a-z]+[a-rt-z]s[ \t]+(?=[A-Z])")


_NUMBER_WORD = re.compile(r"\d+(?:\.\d+)?")


def _bare_name(name: str) -> bool:
    """Whether a name before a bare figure holds no figure of a row: one number at most, last, and one with
    decimals only as a closing word's version ('Name-Bench 2.1', not 'Name 94.1 90.2' of a table's row)."""
    words = name.split()
    nums = [i for i, w in enumerate(words) if _NUMBER_WORD.fullmatch(w)]
    if not nums:
        return True
    if nums != [len(words) - 1] or len(words) < 2:
        return False
    return "." not in words[-1] or _CLOSING.search(words[-2]) is not None


# a word no ordinary word is shaped like (see the docstring)
_SHAPED_WORD = re.compile(
    r"[A-Z]{2,}[\w'’+-]*|\w*[a-z][A-Z]\w*|\w*[A-Za-z]\d\w*|\w*\d[A-Za-z]\w*|\w*[A-Za-z]-[A-Z0-9][\w-]*"
    r"|\w+(?:Bench|Eval|QA|Arena)"
)
# a name shaped like a model's: a word and its version first ('Halyard 3', 'Pennant-5.1 Pro', 'Corvid3-27B',
# 'Tarn V4'), not a year ('TallyMath 2026'); a run of results names models as often as benchmarks
MODEL_SHAPED = re.compile(r"[A-Z][A-Za-z]*[- ]?[A-Z]?(?!(?:19|20)\d\d(?!\d))\d")
# capitals with a count in thousands or a year's two digits, glued on or after a hyphen or a blank ('TALLY8K',
# 'QUOIN25', 'QUOIN-25'): a test's set, as a model's version is one digit or has a point ('Tarn4', 'Tarn4.5'),
# a chip's number three ('HX200'), and a model's name goes on after its number ('QX-35-Lite')
_COUNTED = re.compile(r"[A-Z]{2,}[- ]?(?:\d\d|\d+K)(?![\w.-])")
_CLOSING = re.compile(r"(?i)bench|eval|arena|index|qa\b")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n\s*\n")
_REACH = 240
# (capitals, two-letter codes of a language or a country, illnesses and devices: never a test's name)
_PLATFORMS = frozenset(
    (*side_words("capitals"), *side_words("tongue_code"), *side_words("ailment"), *side_words("device"))
)
# a noun of where the measured items came from, just after 'N% accuracy on Name' ('… on Tarn-4 outputs',
# '… on RX45 logs'): the name is a source of data or a machine, not a test
_SOURCE_AFTER = re.compile(rf"(?:[ \t]+[a-z][\w-]*)?[ \t]+{side_alternation('source_noun')}\b")
# a year closing a name ('VOLE 2025', 'QuoinMath 2026'): a test's edition
_YEAR_END = re.compile(r"(?<![\w.])(?:19|20)\d\d$")


def _shaped(name: str, covered: bool) -> bool:
    words = name.split()
    if covered or words[0] in STOP_HEADS or words[0].lower() in MONTHS or SKIP_HEAD.search(name):
        return False
    if MODEL_SHAPED.match(name) and not _CLOSING.search(name) and not _COUNTED.match(name):
        return False
    if period_or_size(words[0]) or business(name):
        return False  # 'In FY2025, …', 'Q1: 12%', 'YoY: 9%'

    return any(
        _SHAPED_WORD.fullmatch(w) and w.strip("'’s") not in _PLATFORMS and w.upper() not in _PLATFORMS
        for w in words
    )


# a weak name: one word of capitals alone ('EMEA', 'NYSE') or a brand's capital inside a word ('TikTok',
# 'OpenRouter'), shaped as a benchmark's name but as often a region's, a platform's or a ratio's
_WEAK = re.compile(r"[A-Z]{2,6}|[A-Z][a-z]+(?:[A-Z][a-z]*)+(?:AI)?|[A-Z][a-z]?[A-Z][a-z]?")


def _weak_run(run: Sequence[re.Match[str]], grp: str) -> bool:
    """Whether a run names only weak names by whole figures ('EMEA: 35%', 'TikTok (40%)', '25% on
    OpenRouter'): shares of a whole more often than results; a decimal or one distinct name makes it a run
    of results."""
    return all(_WEAK.fullmatch(m.group(grp)) and "." not in m.group("fig") for m in run)


def _flattened_weak(text: str, run: Sequence[re.Match[str]], grp: str) -> bool:
    """Whether a run of labels flattened into one line by ' - ' bullets names only weak names ('usage -
    EMEA: 35.5% - APAC: 22.5%'): a one-line list of regions' or platforms' shares, decimals or not; a list
    of results names at least one benchmark shaped otherwise."""
    lo, hi = min(m.start() for m in run), max(m.end() for m in run)
    if "\n" in text[lo:hi] or not _FLAT_JOINT.search(text, lo, hi):
        return False
    return all(_WEAK.fullmatch(m.group(grp)) for m in run)


_FLAT_JOINT = re.compile(r"[\w%:)][ \t]+[-•▪–][ \t]+")


def _line(text: str, m: re.Match[str]) -> str:
    start = max(text.rfind("\n", 0, m.start()), max(text.rfind(". ", 0, m.start()), 0))
    end = min(x for x in (text.find("\n", m.end()), text.find(". ", m.end()), len(text)) if x >= 0)
    return text[start:end]


def test_shaped(name: str) -> bool:
    """Whether a name carries a mark only a test's name has: a closing word ('Bench', 'QA'), capitals with a
    count ('TALLY8K'), a capitalised part after a hyphen ('KELP-Agent') or a year as its edition; a camel-case
    word alone ('MacBook', 'KelpNet') is as often a product's."""
    return bool(
        _CLOSING.search(name)
        or _COUNTED.search(name)
        or re.search(r"[A-Za-z]-[A-Z]", name)
        or _YEAR_END.search(name)
    )


def from_source(text: str, m: re.Match[str]) -> bool:
    """Whether a source noun follows the name of an 'N% on Name' match ('on RX45 logs')."""
    return _SOURCE_AFTER.match(text, m.end("on")) is not None


def _cued(text: str, run: Sequence[re.Match[str]], grp: str, benches: Callable[[int, int], bool]) -> bool:
    """Whether a run of bare 'NAME N' items shows it lists tests: an item with a closing word or a year, or a
    known benchmark among the items (after the ':' or '(' that opens the run: 'on QuillBench: MARROW 84.5, …'
    names the test the items, rival systems, were measured on); capitals alone, or with a count ('WIN-48',
    'HXA50'), as often name locales, chips, venues, sizes or rivals."""
    if any(_CLOSING.search(m.group(grp)) or _YEAR_END.search(m.group(grp)) for m in run):
        return True
    lo, hi = min(m.start() for m in run), max(m.end() for m in run)
    start = max(text.rfind(c, 0, lo) for c in "\n:(")
    end = min(x for x in (text.find("\n", hi), text.find(". ", hi), text.find(")", hi), len(text)) if x >= 0)
    return benches(start + 1, end)


# the pieces lone_results.py reads a lone result with
ON_RESULT = _ON
WEAK_NAME = _WEAK
line_of = _line
shaped_name = _shaped


def _between_sentences(text: str, a: re.Match[str], b: re.Match[str]) -> bool:
    return _SENTENCE_END.search(text, min(a.end(), b.end()), max(a.start(), b.start())) is not None


def run_benchmarks(text: str, known: Sequence[Mention]) -> list[str]:
    """The names of runs of results and of framing sentences (see the docstring) no mention covers."""
    if "%" not in text and "=" not in text and " on " not in text:
        return []
    covered = Spans([k for k in known if k.kind in ("benchmark", "model", "lab", "family")]).overlaps
    benches = Spans([k for k in known if k.kind == "benchmark"]).overlaps
    out: list[str] = []
    for rx, grp in ((_ON, "on"), (_LABEL, "label"), (_PAREN, "paren"), (_BARE, "bare")):
        scan = _labels(text) if rx is _LABEL else _bare_items(text) if rx is _BARE else rx.finditer(text)
        found = [
            m
            for m in scan
            if _shaped(m.group(grp), covered(m.start(grp), m.end(grp)))
            and not (
                rx is _ON and (from_source(text, m) or (m.group("noun") and not test_shaped(m.group("on"))))
            )
        ]
        for i, m in enumerate(found):
            run = [  # other names of the run, in the same sentence (a list's items are lines of their own)
                o
                for o in found[max(0, i - 2) : i + 3]
                if o is not m
                and abs(o.start() - m.start()) < _REACH
                and o.group(grp) != m.group(grp)
                and (
                    rx is _LABEL
                    or not _SENTENCE_END.search(text, min(o.end(), m.end()), max(o.start(), m.start()))
                )
            ]
            if not run or _weak_run([m, *run], grp) or business(_line(text, m)):
                continue
            if rx is _LABEL and _flattened_weak(text, [m, *run], grp):
                continue
            counted = MODEL_SHAPED.match(m.group(grp)) is not None  # (let through by its count alone)
            if (rx is _BARE or (counted and rx is not _ON)) and not _cued(text, [m, *run], grp, benches):
                continue
            out.append(m.group(grp))
    for m in _FRAME.finditer(text):
        if _shaped(m.group("frame"), covered(m.start("frame"), m.end("frame"))) and not business(m.group()):
            out.append(m.group("frame"))
    return list(dict.fromkeys(out))
