"""Benchmarks no list knows, found by the slot they stand in: a run of items of one shape ('B1 = 71.2, B2 =
64.0', '68.1 on B1, 52.3 on B2', '(71.8% B1, 63.4% B2)', '- B1: 40.2% → 55.0%' line after line,
'B1达71.2,B2达64.0') whose other items name known benchmarks names a benchmark in each of its slots, whatever
the name is; and the same for a table's row labels (or column heads) beside known benchmarks, its cells all
figures (used by unknown_bench.py and mentions.py)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from extractors.facts.name_templates import STOP_HEADS

if TYPE_CHECKING:
    from extractors.facts.entities import Mention
    from extractors.facts.table_rows import TextTable

# a name as pages write one: a capital (or a Greek letter) first, up to three words, joined by spaces or
# hyphens (a non-breaking one too), marks a benchmark's name may carry ('V*', 'WMT24++', 'Bio/Chem')
_NAME = r"(?P<name>[A-Zα-ω][\w'’*+/‑-]*(?:[ ][A-Z0-9][\w'’*+/‑-]*){0,2})"
_FIG = r"[~≈]?\d+(?:[.,]\d+)?"
# the shapes of an item; a figure that is an amount ('$3', '128K', '1M tokens') is none
_SHAPES = {
    # label first: 'B = 71.2', 'B: 40.2%', 'B达71.2' (达/为/达到: 'reaches' as Chinese pages write it)
    "label": re.compile(
        rf"(?<![A-Za-z0-9_‑-]){_NAME}[ \t]*(?:=|:|：|达到|达|为)[ \t]*{_FIG}"
        r"(?![.,:]?\d)(?![ \t]?(?:[KMBTkmb]\b|tokens?\b|[$€£¥x×]))"  # ('5:1' is a ratio)
    ),
    # figure first: '68.1 on B' ('52.5% in <Name>' is as often an earlier model's figure)
    "on": re.compile(rf"(?<![\w.,]){_FIG}[ \t]?%?[ \t]+on[ \t]+(?:the[ \t]+)?{_NAME}"),
    # a percentage and the name after it: '(78.4% B1, 61.0% B2)'
    # (the name closes the item: '93.4% Supported 200K tokens' names none)
    "pct": re.compile(rf"(?<![\w.,]){_FIG}[ \t]?%[ \t]+{_NAME}(?=[,;)]|[ \t]+(?:and|or)\b|[ \t]*$)", re.M),
}
_REACH = 220  # characters between two items of one run
_GAP_BREAK = re.compile(r"\n[ \t]*\n|[.!?。](?:\s|$)")
# a word that sums up or describes the others, not a test of its own ('Average', 'Overall', 'Total')
_SUMMARY = re.compile(
    r"(?i)(?:average|avg|mean|median|overall|total|sum|score|rank|ranking|result|delta|gap|difference|"
    r"price|cost|input|output|context|parameters?|params|speed|latency|throughput|size|date|released?|"
    r"license|note|source|tokens?|version|step|stage|phase|round|part|level|tier|year|q[1-4]|window|"
    # a decoding or training setting, or a plan ('Top-P: 0.95', 'Max Length = 8192', 'Pro Plan: 20')
    r"top-?[pk]|temperature|length|width|beam|batch|seed|epochs?|decay|plan)"
)
# a vendor or platform ('Vertex AI', 'Hugging Face') or a programming language ('48.8% JavaScript'): no test
_NOT_A_TEST = re.compile(
    r".*\s(?:AI|Labs?|Inc\.?|Cloud|Face|Studio)|(?:Java|Type|Coffee|Action)Script|PowerShell|Kotlin|Rust|Go|PHP"
)
_PLAIN = re.compile(r"[A-Z][a-z]+")
_LOWER = re.compile(r"[a-z]{3,}")
# a version alone names a model's release, not a test ('up from 86.7% in V3')
_BARE_VERSION = re.compile(r"[Vv]?\d+(?:\.\d+)*")
_TRIM = re.compile(r"[\s'’/‑-]+$|\*\*$")


# cells run together ('Name2024Undisclosed', '70BMaker'): a year or a size glued between words, or a word too
# long to be one
_GLUED = re.compile(r"[A-Za-z](?:19|20)\d\d|\d[BMK][A-Z][a-z]|[^\s]{25}")
_PIECE = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])")
# the hardware a figure was measured on ('58.9 on H100', 'on Nvidia Blackwell', 'on RTX 4090'): no test
_HARDWARE = re.compile(
    r"(?:Nvidia|NVIDIA|AMD|Intel|Apple|Qualcomm|RTX|GTX|TPU|GPU|[ABHLV]\d{2,3}[A-Z]?|MI\d{3}X?|M\d)(?![\w‑-])"
)


def bench_initials(known: Sequence[Mention]) -> frozenset[str]:
    """The initials of the benchmarks a page names in words ('LCB' for LiveCodeBench): a name opening with
    them ('LCB v5') is that benchmark written short, which the table readers resolve, not a new one."""
    out = set()
    for m in known:
        pieces = _PIECE.findall(m.canonical.split()[0]) if m.kind == "benchmark" and m.canonical else []
        if len(pieces) >= 2:
            out.add("".join(p[0] for p in pieces))
    return frozenset(out)


def _own_line(text: str, at: int) -> bool:
    """Whether an item opens its line (after a list marker)."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    return re.fullmatch(r"[ \t]*(?:[-*•·]|\d+[.)])?[ \t]*", line) is not None


def _refused(name: str) -> bool:
    """A name no benchmark is written as: a function word first, a summary word in it, one plain capitalised
    word ('Max', 'Quality'), a plain lower-case word among its words (a description, 'Context window'), or a
    chip or its maker first ('H100', 'Nvidia Blackwell'), a vendor's or platform's name ('Vertex AI') or a
    programming language."""
    words = name.split()
    return (
        len(name) < 2
        or not (name[0].isupper() or "α" <= name[0] <= "ω")
        or words[0] in STOP_HEADS
        or len(words) > 5
        or any(_SUMMARY.fullmatch(w) or _LOWER.fullmatch(w) for w in words)
        or _PLAIN.fullmatch(name) is not None
        or _BARE_VERSION.fullmatch(name) is not None
        or _GLUED.search(name) is not None
        or _HARDWARE.match(name) is not None
        or _NOT_A_TEST.fullmatch(name) is not None
    )


def _one_run(text: str, a: re.Match[str], b: re.Match[str], shape: str) -> bool:
    """Whether two items of one shape stand in one run: near, and no sentence or paragraph ends between
    them (list lines of label items are one run line after line)."""
    gap = text[a.end() : b.start()]
    if len(gap) > _REACH or "\n\n" in gap.replace(" ", ""):
        return False
    if _GAP_BREAK.search(gap) is None:
        return True
    return (
        shape == "label"
        and _own_line(text, a.start())
        and _own_line(text, b.start())
        and gap.count("\n") == 1
    )


def slot_benchmarks(
    text: str,
    covered: Callable[[int, int], bool],
    bench_at: Callable[[int, int], bool],
    initials: frozenset[str] = frozenset(),
) -> list[str]:
    """Names standing in the slot of an item whose siblings in the same run name known benchmarks
    (`bench_at`); a name any known mention covers (`covered`), a function word's or a summary word's is
    none."""
    out: list[str] = []
    for shape, rx in _SHAPES.items():
        items = list(rx.finditer(text))
        for i, m in enumerate(items):
            name = _TRIM.sub("", m.group("name"))
            s, e = m.start("name"), m.start("name") + len(name)
            if name in out or covered(s, e) or _refused(name) or name.split()[0] in initials:
                continue
            near = items[max(0, i - 3) : i + 4]
            if any(
                o is not m
                and bench_at(o.start("name"), o.end("name"))
                and _one_run(text, *((o, m) if o.start() < m.start() else (m, o)), shape)
                for o in near
            ):
                out.append(name)
    return out


# a cell holding one figure ('61.3', '44%', '23/100', '1504 (#1)'), or none ('—', 'N/A')
_FIG_CELL = re.compile(r"\**[~≈]?\d+(?:[.,]\d+)?[ \t]?%?(?:[ \t]?/[ \t]?\d+)?(?:[ \t]*\(#?\d+\))?\**")
_NO_CELL = re.compile(r"(?i)[^a-z0-9]*|n/?a|tbd|none|pending|preliminary")
# a parenthesised gloss, bold marks, or a gloss in words after the name ('Quill Index Logical reasoning')
_LABEL_TAIL = re.compile(r"\s*\([^()]*\)\s*$|\*+|\s+[A-Z][a-z]+(?:[ -](?:[a-z][\w-]*|&))+$")


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _figures(cells: list[str]) -> bool:
    """Whether a row's (or a column's) cells are figures, at least two of them, and nothing else."""
    cells = [c.strip() for c in cells]
    figs = sum(_FIG_CELL.fullmatch(c) is not None for c in cells)
    return figs >= 2 and all(_FIG_CELL.fullmatch(c) or _NO_CELL.fullmatch(c) for c in cells)


def _slot_name(
    text: str, cell: str, lo: int, hi: int, covered: Callable[[int, int], bool]
) -> tuple[str, bool] | None:
    """A cell's label as the page writes it (a parenthesised gloss and bold marks dropped) and whether a
    known mention covers it there; None when it is not found in text[lo:hi]."""
    name = _LABEL_TAIL.sub("", cell).strip()
    at = text.find(name, lo, hi) if name else -1
    if at < 0:
        return None
    if covered(at, at + len(name)):
        return name, True
    if _refused(name) or _CJK.search(name):
        return None  # (a head with a word glued on in Chinese or Japanese, 'Name得分', is read by the grids)
    return name, False


def table_benchmarks(
    text: str,
    tables: Iterable[TextTable],
    covered: Callable[[int, int], bool],
    bench_at: Callable[[int, int], bool],
    initials: frozenset[str] = frozenset(),
) -> list[str]:
    """Row labels of a table (or column heads, transposed) whose other labels name known benchmarks and
    whose cells are all figures: a benchmark named as the page writes it ('| Quillmark Index | 61.3 | 58.2
    |' under rows of known benchmarks)."""
    out: list[str] = []
    for t in tables:
        if not t.rows:
            continue
        head_end = t.row_spans[0][0]
        heads = [_slot_name(text, c, t.start, head_end, bench_at) for c in t.header[1:]]
        labels = [
            _slot_name(text, r[0], s, e, bench_at) if r else None
            for r, (s, e) in zip(t.rows, t.row_spans, strict=False)
        ]
        for slots, cells in (
            (labels, [list(r[1:]) for r in t.rows]),
            (heads, [[r[j] for r in t.rows if j < len(r)] for j in range(1, len(t.header))]),
        ):
            if not any(s is not None and s[1] for s in slots):
                continue  # no known benchmark among the labels
            for slot, row in zip(slots, cells, strict=False):
                if slot is None or slot[1] or slot[0] in out or slot[0].split()[0] in initials:
                    continue
                if _figures(row):
                    at = text.find(slot[0], t.start, t.end)
                    if not covered(at, at + len(slot[0])):
                        out.append(slot[0])
    return out


_TEST_WORD = r"(?:[Bb]enchmark|[Tt]est|[Ee]xam|[Ee]val(?:uation)?|[Ll]eaderboard)s?"
# a name the page glosses as a test: 'NAME (Long Form of the benchmark)' and a frame whose name a relative
# clause describes ('On NAME, which checks …, the model scored 61.0%')
_DEFINED = (
    re.compile(rf"(?<![\w-]){_NAME} \((?:the |a |an )?(?:[\w'’-]+ ){{0,5}}{_TEST_WORD}\)"),
    re.compile(
        rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?:On|In|For|At) (?:the )?{_NAME}, which [a-z]+s\b"
        r"(?=[^.!?\n]*?\d(?:\.\d+)?\s?(?:%|points?\b|pts\b))",
        re.M,
    ),
)


def defined_benchmarks(text: str, covered: Callable[[int, int], bool]) -> list[str]:
    """Names the page glosses as a test in a parenthesis, or describes in a relative clause after the frame of
    a sentence that scores (a name no list knows, but its place says what it is)."""
    out: list[str] = []
    for rx in _DEFINED:
        for m in rx.finditer(text):
            name = _TRIM.sub("", m.group("name"))
            s = m.start("name")
            if name not in out and not covered(s, s + len(name)) and not _refused(name):
                out.append(name)
    return out
