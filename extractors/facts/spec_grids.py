"""Spec tables flattened to single spaces: a header of a corner word and the column labels a spec sheet uses
('Model Total parameters Active parameters Context length'), then a line per model whose cells after its name
are exactly that many values. Each becomes a grid `tables.read_grid` reads, as `flat_rows.py`'s do.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from extractors.facts.cell_lines import LineGrid
from extractors.facts.document import DocView, SegView
from schema.records import Evidence

# the columns of a spec table flattened to single spaces: each header word run is one of these labels
_SPEC_LABEL = (
    r"(?:(?:Total|Active|Activated)\s+)?[Pp]aram(?:eter)?s?(?:\s+\((?:weights|total|active|est\.?)\))?|"
    r"(?:Max(?:imum)?\s+)?[Cc]ontext(?:\s+(?:[Ww]indow|[Ll]ength|[Ss]ize))?|"
    r"(?:Max(?:imum)?\s+)?[Oo]utput(?:\s+(?:[Tt]okens|[Ll]imit))?(?:\s+\(approx\.?\))?|"
    r"(?:Estimated\s+)?[Tt]raining\s+[Tt]okens\*?|"
    r"(?:Input|Output)\s+(?:[Cc]ost|[Pp]rice)(?:\s*/\s*1M\s+tokens)?|"
    r"[Rr]elease(?:\s+[Dd]ate)?|[Rr]eleased|[Ll]icen[cs]e|[Ll]ayers|[Ee]xperts|[Mm]odalit(?:y|ies)|[Vv]ocab(?:ulary)?"
)
_SPEC_HEADER = re.compile(
    rf"(?P<corner>Model(?:\s+[Nn]ame)?|Name|Variant)\s+(?P<cols>(?:{_SPEC_LABEL})(?:\s+(?:{_SPEC_LABEL}))+)\s*"
)
_SPEC_COL = re.compile(rf"{_SPEC_LABEL}")
# one cell of such a row: a count with its unit, a price or a range of prices, or a word for no value
_SPEC_VALUE = re.compile(
    r"(?<!\S)(?:~|≈)?\$?\d[\d,]*(?:\.\d+)?(?:\s?[KMBT])?(?:\s+tokens)?(?:\s*[–-]\s*\$?\d[\d,]*(?:\.\d+)?)?"
    r"(?:\s+\([^()]{1,30}\))?(?!\S)|Not\s+public|Undisclosed|N/A|n/a|—"
)


def _headers(view: DocView, header: re.Pattern[str]) -> Iterator[tuple[int, SegView, re.Match[str]]]:
    """(index, segment, match) of each line, heading or sentence not yet in a table whose whole text is a
    flattened table's `header` (checked as the caller goes: a table it reads claims its lines)."""
    for i, sv in enumerate(view.segs):
        if i in view.table_segs or sv.seg.kind not in ("line", "heading", "sentence"):
            continue
        hm = header.fullmatch(view.text, sv.seg.start, sv.seg.end)
        if hm is not None:
            yield i, sv, hm


def spec_flat_grids(view: DocView) -> list[LineGrid]:
    """Spec tables flattened to single spaces: a header of a corner word and known column labels ('Model
    Total parameters Active parameters Context length'), then one line per model whose cells after its name
    are exactly that many values ('Name-Flash 284B 13B 1M tokens')."""
    out: list[LineGrid] = []
    segs, text = view.segs, view.text
    for i, sv, hm in _headers(view, _SPEC_HEADER):
        cols = [c.group() for c in _SPEC_COL.finditer(hm.group("cols"))]
        rows: list[tuple[str, ...]] = []
        evs: list[Evidence] = []
        j = i + 1
        while j < len(segs) and segs[j].seg.kind in ("line", "sentence") and j not in view.table_segs:
            row = text[segs[j].seg.start : segs[j].seg.end]
            found = [m for m in _SPEC_VALUE.finditer(row) if m.start() > 0]
            vals = found[-len(cols) :] if len(found) >= len(cols) else []
            name = row[: vals[0].start()].strip() if vals else ""
            if not name or len(name.split()) > 6 or row[vals[-1].end() :].strip():
                break
            before = found[-len(cols) - 1] if len(found) > len(cols) else None
            if (
                before is not None
                and re.fullmatch(r"\d+(?:\.\d+)?", before.group().strip())
                and not row[before.end() : vals[0].start()].strip()
            ):
                break  # 'Name 5 70B 128K' under three columns: a cell is missing, the version is no value
            if any(row[a.end() : b.start()].strip() for a, b in itertools.pairwise(vals)):
                break  # words between two values: not one cell per column
            rows.append((name, *(re.sub(r"\s*\([^()]*\)$", "", v.group()) for v in vals)))
            evs.append(view.evidence(segs[j].seg.start, segs[j].seg.end))
            j += 1
        if len(rows) >= 2:
            view.table_segs.update(range(i, j))
            out.append(
                ((hm.group("corner"), *cols), rows, evs, sv.seg.start, segs[j - 1].seg.end, "flat_table")
            )
    return out


# a flattened header of a name column (after a rank column's at most) and its size column, then other
# columns ('Variant Parameters Training Data MMMU Score Approximate Cost/1K images', 'Rank Model Parameters
# Perplexity')
_SIZED_HEADER = re.compile(
    r"(?P<rank>(?:Rank|#)\s+)?(?P<corner>Model(?:\s+[Nn]ame)?|Variant|Name)\s+(?:Parameters|Params\.?|Size)\s+(?P<rest>.+)"
)
# the size cell after a model's name ('7B', '~7B', '34B', '244M', '175 billion'), standing alone; an amount
# of data or the quantity a price is for is none ('1.3B tokens', '8M documents', '$0.40 per 1M')
_SIZE_CELL = re.compile(
    r"(?<!\S)(?<!per )[~≈]?\d+(?:\.\d+)?(?:[BMK]|\s(?:billion|million))(?!\S)"
    r"(?!\s+(?:tokens?|docs|documents?|images?|pairs|samples|examples|rows|words|hours|files|pages)\b)"
)
_PERCENT = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d+)?%")
_RANK_CELL = re.compile(r"#?(\d{1,3})\.?\s+")


def sized_score_grids(view: DocView) -> list[LineGrid]:
    """Spec tables flattened to single spaces, their cells of words: a header of a name column and a size
    column, then other columns ('Variant Parameters Key Feature MMMU Score'), then a line per model: its
    name up to its size (the model's parameter count) and the rest. Where the header names one benchmark
    and every line holds one percentage, that is the benchmark's score ('Name-VL-Chat 7B Bilingual EN/CN
    35.2%')."""
    out: list[LineGrid] = []
    segs, text = view.segs, view.text
    for i, sv, hm in _headers(view, _SIZED_HEADER):
        benches = {r.canonical for r in sv.refs if r.kind == "benchmark"}
        rows: list[tuple[str, ...]] = []
        evs: list[Evidence] = []
        j = i + 1
        while j < len(segs) and segs[j].seg.kind in ("line", "item", "sentence") and j not in view.table_segs:
            row = text[segs[j].seg.start : segs[j].seg.end]
            size = _SIZE_CELL.search(row)
            lead = _RANK_CELL.match(row) if hm.group("rank") else None
            name = row[lead.end() if lead else 0 : size.start()].strip() if size else ""
            if not size or not name or len(name.split()) > 5 or row.rstrip().endswith("."):
                break
            if hm.group("rank") and not lead:
                break
            rows.append((name, size.group(), *_PERCENT.findall(row), *([lead.group(1)] if lead else [])))
            evs.append(view.evidence(segs[j].seg.start, segs[j].seg.end))
            j += 1
        if len(rows) < 2:
            continue
        view.table_segs.update(range(i, j))
        header: tuple[str, ...] = ("Model", "Params")
        ranked = 1 if hm.group("rank") else 0
        if len(benches) == 1 and all(len(r) == 3 + ranked for r in rows):
            bench = next(r for r in sv.refs if r.kind == "benchmark")
            header = (*header, text[bench.start : bench.end])
        rows = [(*r[: len(header)], *r[len(r) - ranked :]) for r in rows]
        header = (*header, *(["Rank"] if ranked else []))
        out.append((header, rows, evs, sv.seg.start, segs[j - 1].seg.end, "flat_table"))
    return out
