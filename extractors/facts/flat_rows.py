"""Tables flattened to single spaces: a header line of names after a corner word, then a label and a run of
figures per line (comparison columns such as 'Delta' after the names are not the models'). Each becomes the
grid every other table shape becomes, so `tables.read_grid` reads it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from extractors.facts.cell_lines import LineGrid
from extractors.facts.document import DocView, SegView
from extractors.facts.glued_rows import CAPITALISED
from extractors.facts.mentions import GENERIC_COLUMN
from extractors.facts.name_runs import split_names
from extractors.facts.table_cells import BENCH_CORNER, MODEL_HEADER, SETTING_TAIL
from extractors.facts.table_columns import NEW_BENCH_HEAD, SUMMARY_HEAD
from schema.records import Evidence

# (a rating keeps its unit in its cell: '1633 Elo')
_FLAT_VAL = r"[-+]?\d[\d,]*(?:\.\d+)?(?:\s?%|\s?pp|\s?pts|\s(?i:elo))?[*†‡]*|n/a|N/A|—|–|-"
_FLAT_TOKEN = re.compile(rf"(?<!\S)(?:{_FLAT_VAL})(?!\S)")


def _flat_run(row: str, k: int, label_end: int = 0) -> tuple[str, list[str]] | None:
    """The label and the figures of a flattened row: the first run of k figures or more after a label
    (figures over a diff column stay in the run; text after the run is a notes column's). The label reaches
    at least `label_end` (a benchmark's name with its version: 'Terminal-Bench 2.0 67.9%')."""
    run: list[re.Match[str]] = []
    for m in [*_FLAT_TOKEN.finditer(row, label_end), None]:
        if m is not None and run and not row[run[-1].end() : m.start()].strip():
            run.append(m)
            continue
        if len(run) >= k and run[0].start() > 0 and row[: run[0].start()].strip():
            return row[: run[0].start()].strip(), [r.group() for r in run]
        run = [m] if m is not None else []
    return None


# columns after the names that compare them ('Benchmark A B Delta'): their cells are not the models'
_DIFF_WORD = r"(?:Delta|Δ|Change|Diff(?:erence)?|Gap|Spread|Winner|Improvement|Lead|Notes?|Uplift)"
# each may say what it compares in parentheses ('Delta (31B vs G3)')
# (and a text column may close the header after them: 'Winner Why It Matters', a few words and no figure)
_DIFF_COLS = re.compile(
    rf"(?:\s+{_DIFF_WORD}(?:\s*\([^()]{{0,30}}\))?)+(?:\s+(?-i:[A-Z])[^\W\d_]*(?:\s+[^\W\d_]+){{0,5}})?\s*$",
    re.I,
)
_DIFF_WORD_RE = re.compile(rf"(?<!\S){_DIFF_WORD}(?![\w])", re.I)


_PAREN = re.compile(r"\([^()]*\)")
_HEAD_NOTE = re.compile(r"\s*\([^()]{1,30}\)\s*")

# columns between the corner and the names that describe each row, not a model's figures ('Benchmark Metric
# n-shot E2B PT E4B PT' over 'HellaSwag Accuracy 10-shot 72.2 78.6')
_DESCRIPTOR = re.compile(r"(?i)metrics?|n-shots?|#?\s?shots?|settings?|mode|harness|type")
_SHOTS = re.compile(r"(?i)\s*(?:\d+-shot|zero-shot|few-shot|\d+)\s*$")


def _descriptor_cells(lead: str) -> tuple[str, list[str]]:
    """The corner word of a header and the descriptor columns after it ('Benchmark Metric n-shot' ->
    'Benchmark', ['Metric', 'n-shot'])."""
    words = lead.split()
    k = len(words)
    while k > 1 and _DESCRIPTOR.fullmatch(words[k - 1]):
        k -= 1
    return " ".join(words[:k]), words[k:]


def _split_label(
    label: str, bench_end: int, descs: list[str], is_bench: Callable[[str], bool] | None
) -> tuple[str, ...]:
    """A flattened row's label cut into the benchmark and its descriptor cells: the benchmark is the name we
    know at the start of the row (the longest run of its first words that `is_bench` knows); a shots column
    takes a trailing '10-shot' and the first column what is left after the benchmark. Without a benchmark
    we know, only a trailing shot count is cut off."""
    if not descs:
        return (label,)
    cells = [""] * len(descs)
    rest = label
    for j in range(len(descs) - 1, -1, -1):
        shots = _SHOTS.search(rest) if "shot" in descs[j].lower() else None
        if shots is not None and shots.start() > 0:
            cells[j], rest = shots.group().strip(), rest[: shots.start()].rstrip()
            continue
        if j > 0:
            continue
        if not 0 < bench_end < len(rest) and is_bench is not None:
            ends = [m.end() for m in _NON_SPACE.finditer(rest)][:-1]
            bench_end = next((e for e in reversed(ends) if is_bench(rest[:e])), 0)
        if not 0 < bench_end < len(rest) and _METRIC_HEAD.fullmatch(descs[0]):
            bench_end = _metric_cut(rest)
        if 0 < bench_end < len(rest):
            cells[0], rest = rest[bench_end:].strip(), rest[:bench_end].strip()
    return (rest, *cells)


_METRIC_HEAD = re.compile(r"(?i)metrics?")
# what a metric column's cells are made of ('Accuracy', 'Token F1 score', '(ChrF) Character-level F-score')
_METRIC_WORD = re.compile(
    r"(?i)\(.*\)|acc(?:uracy)?|scores?|f1|f-score|em|exact|match|token|(?:char(?:acter)?|word)-level|rate|"
    r"(?:pass|avg|maj)@\d+|chrf\+*|bleu|rouge(?:-\w+)?|macro|micro|average|avg|mean|normali[sz]ed|strict|loose"
)


def _metric_cut(label: str) -> int:
    """Where a metric cell begins at the end of a row label whose benchmark we do not know: the longest run
    of trailing metric words (a word repeating the label's first one counts: 'ECLeKTic ECLeKTic score'),
    leaving at least one word; 0 when the label ends in none."""
    words = list(re.finditer(r"\S+", label))
    cut = 0
    for m in reversed(words[1:]):
        if not (_METRIC_WORD.fullmatch(m.group()) or m.group() == words[0].group()):
            break
        cut = m.start()
    return cut


def _diff_count(diff: re.Match[str] | None) -> int:
    """How many comparison columns a header's tail names ('Delta (31B vs G3)' is one)."""
    return len(_DIFF_WORD_RE.findall(_PAREN.sub(" ", diff.group()))) if diff else 0


def _bench_label_end(sv: SegView) -> int:
    """Where a benchmark named at the start of a row ends, in the row's offsets (0 when none opens it)."""
    for r in sv.refs:
        if r.kind == "benchmark" and r.start - sv.seg.start <= 3:
            return r.end - sv.seg.start
    return 0


_NON_SPACE, _PARENS, _SENTENCE_END = re.compile(r"\S+"), re.compile(r"\([^)]*\)"), re.compile(r"[.:;!?]$")


def flat_grids(view: DocView, is_bench: Callable[[str], bool] | None = None) -> list[LineGrid]:
    """Tables flattened to single spaces: a header line that is nothing but model (or benchmark) names, after
    an optional label word, then lines of a label followed by exactly one value per header name."""
    out: list[LineGrid] = []
    segs = view.segs
    text = view.text
    i = 0
    while i < len(segs):
        sv = segs[i]
        i += 1
        if sv.seg.kind not in ("line", "item", "sentence", "heading"):
            continue
        names = [r for r in sv.refs if r.kind in ("model", "benchmark") and r.via != "pronoun"]
        if not names or len({r.kind for r in names}) != 1:
            continue
        lead, descs = _descriptor_cells(text[sv.seg.start : names[0].start].strip())
        if len(names) < 2 and not (BENCH_CORNER.fullmatch(lead) or MODEL_HEADER.match(lead)):
            continue  # one name we know: only after a corner word ('Benchmark A-1 B-2', B-2 new)
        cells = [lead, *descs]
        covered = True
        spans: list[tuple[int, int]] = []
        diff = _DIFF_COLS.search(text, names[-1].end, sv.seg.end)
        head_end = diff.start() if diff else sv.seg.end
        extra = _diff_count(diff)
        for a, b in zip(names, [*names[1:], None], strict=True):
            end = b.start if b is not None else head_end
            cell = text[a.start : end].strip()
            rest = text[max(a.reach, a.end) : end]
            tail = rest.strip()
            if a.kind == "model" and CAPITALISED.fullmatch(tail) and not GENERIC_COLUMN.fullmatch(tail):
                # a name we do not know after one we know ('Magistral Medium Magistral Small')
                cut = max(a.reach, a.end) + rest.index(tail)
                spans += [(a.start, cut), (cut, end)]
                cells += [text[a.start : cut].strip(), tail]
                continue
            words = rest.split()
            if a.kind == "benchmark" and len(names) >= 3 and words and all(_new_bench(w) for w in words):
                # benchmarks we do not know after one we know ('MathVision ZeroBench(sub) DYNAMATH'): a
                # column each
                cut = max(a.reach, a.end)
                spans.append((a.start, cut))
                cells.append(text[a.start : cut].strip())
                for w in _NON_SPACE.finditer(rest):
                    spans.append((cut + w.start(), cut + w.end()))
                    cells.append(w.group())
                continue
            # what follows a name in a header cell may only be its setting ('AIME 2025 pass@1', '(high)')
            if _PARENS.sub("", rest).strip() and not (a.kind == "benchmark" and SETTING_TAIL.fullmatch(rest)):
                covered = False
            spans.append((a.start, end))
            cells.append(cell)
        if any(n.start < head_end and not any(st <= n.start < en for st, en in spans) for n in sv.numbers):
            continue
        if len(cells) - len(descs) < 3:
            continue
        if not covered or len(lead.split()) > 3 or _SENTENCE_END.search(text[sv.seg.start : sv.seg.end]):
            continue
        rows, evs, j = _flat_rows(view, i, len(cells) - 1 - len(descs), extra, descs, is_bench)
        sized = _size_column(rows, _head_line(view, sv) if not descs else "")
        if sized:
            rows, cells = sized, [cells[0], "Params", *cells[1:]]
        if rows:
            view.table_segs.add(i - 1)
            out.append((tuple(cells), rows, evs, sv.seg.start, segs[j - 1].seg.end, "flat_table"))
            i = j
    return out


# a model's size at the end of a row's label ('321B', '300B/424B', '7.5B')
_SIZE_END = re.compile(r"\s+(\d+(?:\.\d+)?[BMK](?:\s?/\s?\d+(?:\.\d+)?[BMK])?)\s*$")
_SIZE_HEAD = re.compile(r"(?i)\b(?:params?\.?|parameters|size)(?!\w)")


def _head_line(view: DocView, sv: SegView) -> str:
    """The header line a flattened table's names are on, with the line before it in its paragraph when the
    page broke the header there ('Model Total Params.' over 'MMMU MathVision …')."""
    head = view.text[sv.seg.start : sv.seg.end]
    prev = view.segs[sv.index - 1] if sv.index > 0 else None
    if prev is not None and prev.seg.para == sv.seg.para and prev.seg.end - prev.seg.start <= 40:
        head = view.text[prev.seg.start : prev.seg.end] + " " + head
    return head


def _size_column(rows: list[tuple[str, ...]], head: str) -> list[tuple[str, ...]] | None:
    """A column of sizes between the names and the figures ('Model Total Params. MMMU …' over 'Name-3 321B
    74.2 …'): where the header names one and every row's label ends in a size after a name, the size is cut
    off into a column of its own, read as the row's model's parameter count (the names' sizes are no part of
    their names then)."""
    if len(rows) < 2 or not _SIZE_HEAD.search(head):
        return None
    cut = [_SIZE_END.search(r[0]) for r in rows]
    if not all(cut):
        return None
    return [(r[0][: m.start()].strip(), m.group(1), *r[1:]) for r, m in zip(rows, cut, strict=True) if m]


def _new_bench(word: str) -> bool:
    m = NEW_BENCH_HEAD.fullmatch(word)
    return m is not None and not SUMMARY_HEAD.fullmatch(m.group("name"))


def _flat_rows(
    view: DocView,
    i: int,
    k: int,
    extra: int = 0,
    descs: Sequence[str] = (),
    is_bench: Callable[[str], bool] | None = None,
) -> tuple[list[tuple[str, ...]], list[Evidence], int]:
    """The rows of a flattened table from segment `i` on: a label (cut into the `descs` columns that
    describe it) and k figures per line (`extra` more in columns that compare them); the rows, their
    evidence and the first segment after the table."""
    segs, text = view.segs, view.text
    rows: list[tuple[str, ...]] = []
    evs: list[Evidence] = []
    j = i
    para = segs[i - 1].seg.para
    while j < len(segs) and segs[j].seg.kind != "heading":
        row_text = text[segs[j].seg.start : segs[j].seg.end]
        bench_end = _bench_label_end(segs[j])
        found = _flat_run(row_text, k, bench_end)
        if found is None and not rows and _HEAD_NOTE.fullmatch(row_text):
            para = segs[j].seg.para
            j += 1
            continue  # a note under the header ('(24.8-25.5)', a date range the last column covers)
        if segs[j].seg.para != para and (found is None or segs[j].seg.para != para + 1):
            break  # rows ending in a note are paragraphs of their own: the table goes on while they parse
        para = segs[j].seg.para
        j += 1
        if found is None:
            continue  # no label, or a hole we cannot place
        label, vals = found
        if extra and len(vals) >= k + extra:
            vals = vals[: len(vals) - extra]
        label = (label + " " + " ".join(vals[: len(vals) - k])).strip()
        rows.append((*_split_label(label, bench_end, list(descs), is_bench), *vals[len(vals) - k :]))
        view.table_segs.add(j - 1)
        evs.append(view.evidence(segs[j - 1].seg.start, segs[j - 1].seg.end))
    return rows, evs, j


# words of a sentence in a header cell ('expressed in percent of 32B'): a derived column, no model's name
_PROSE_HEAD = re.compile(r"(?<![\w-])[a-z]{2,} [a-z]{2,}(?: |$)")


def _head_name(name: str) -> str:
    """A name the header cut gives, cleaned: a cell in words of a sentence names no model (its column
    derives from the others), and a last word repeating the end of the one before ('Name-30B-A3B A3B') is the
    next column's first word, not the name's."""
    if _PROSE_HEAD.search(name):
        return ""
    words = name.split()
    if len(words) >= 2 and re.split(r"[-\s]", words[-2])[-1] == words[-1]:
        return " ".join(words[:-1])
    return name


# a header's second line: a size or a variant word under each name ('28M 300M 1B Large 960h')
_UNDER_HEAD = re.compile(
    r"\s*(?:(?:\d+(?:\.\d+)?[KMBT]|[A-Z]?[a-z]+|\d+h)\s+){1,7}(?:\d+(?:\.\d+)?[KMBT]|[A-Z]?[a-z]+|\d+h)\s*"
)


def _stacked_names(head: str, under: list[str]) -> list[str] | None:
    """Names written over two header lines ('Talon Talon Whisper wav2vec 2.0' over '28M 1B Large 960h'):
    the first line's words, a version joining the word before it, each with the word under it; None when
    the counts differ or the second line holds no size at all."""
    words: list[str] = []
    for tok in head.split():
        if re.fullmatch(r"v?\d+(?:\.\d+)*", tok) and words:
            words[-1] += " " + tok
        else:
            words.append(tok)
    if len(words) != len(under) or not any(re.fullmatch(r"\d+(?:\.\d+)?[KMBT]", u) for u in under):
        return None
    return [f"{w} {u}" for w, u in zip(words, under, strict=True)]


def shaped_flat_grids(view: DocView, is_bench: Callable[[str], bool]) -> list[LineGrid]:
    """Flattened tables whose header names models we do not know ('Tarn-5 Tarn-4.7 Orbis V3.2 Kelp K2.5'):
    the rows below say how many columns there are (k figures after a label, the labels benchmarks), and the
    header is cut into k names at their versions (`name_runs.split_names`)."""
    out: list[LineGrid] = []
    segs, text = view.segs, view.text
    i = 0
    while i < len(segs) - 2:
        sv = segs[i]
        i += 1
        # a second header line under the names: each one's size or variant ('28M 300M 1B Large 960h')
        stacked = _UNDER_HEAD.fullmatch(text, segs[i].seg.start, segs[i].seg.end) is not None
        if i - 1 in view.table_segs or sv.seg.kind not in (
            "line",
            "heading",
            *(("item",) if stacked else ()),
        ):
            continue
        head = text[sv.seg.start : sv.seg.end].strip()
        if any(r.kind == "benchmark" for r in sv.refs) or _flat_run(head, 2) is not None:
            continue  # a header of names holds no benchmark and no run of figures (versions stand alone)
        under = text[segs[i].seg.start : segs[i].seg.end].split() if stacked else []
        at = i + 1 if stacked else i
        first = _flat_run(text[segs[at].seg.start : segs[at].seg.end], 2, _bench_label_end(segs[at]))
        if first is None or at in view.table_segs:
            continue
        i = at
        diff = _DIFF_COLS.search(head)
        extra = _diff_count(diff)
        head = head[: diff.start()] if diff else head
        k = len(first[1]) - extra
        if k < 2:
            continue
        lead, descs = "", []
        corner = re.match(r"\S+\s+", head)
        if corner and BENCH_CORNER.fullmatch(corner.group().strip()):
            lead, head = corner.group().strip(), head[corner.end() :]
            while (word := re.match(r"\S+\s+", head)) and _DESCRIPTOR.fullmatch(word.group().strip()):
                descs.append(word.group().strip())
                head = head[word.end() :]
        names = _stacked_names(head, under) if under else split_names(head, k)
        if names is None or len(names) != k:
            continue
        names = [_head_name(n) for n in names]
        claimed = set(view.table_segs)
        rows, evs, j = _flat_rows(view, i, k, extra, descs, is_bench)
        # a row whose descriptor cells could be cut off ('Accuracy', '5-shot') is a benchmark's too
        benches = sum(1 for r in rows if is_bench(r[0]) or any(r[1 : 1 + len(descs)]))
        if len(rows) < 2 or benches * 2 < len(rows):
            view.table_segs.intersection_update(claimed)  # not a table after all: its lines stay prose
            continue  # the rows must be benchmarks: then the names across are the models
        view.table_segs.update({i - 1, i - 2} if under else {i - 1})
        out.append(
            (
                (lead or "Benchmark", *descs, *names),
                rows,
                evs,
                sv.seg.start,
                segs[j - 1].seg.end,
                "flat_table",
            )
        )
        i = j
    return out
