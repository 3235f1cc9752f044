"""Lines that hold a whole table row: a benchmark label, then each model's figure after its name
('* **MMLU (5-shot):** Model-A: 72.4, Model-B: 70.1, Model-C: ~65'), as a chart's caption or a summary writes
them. Consecutive lines naming the same models in the same order are one grid (header 'Benchmark' and the
names, one row per line); section titles between them do not end it. Also list lines of a benchmark with its
model in parentheses and a figure ('- MMLU (Model-9B-Chat)72.4%'). `tables.read_grid` reads the grids.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extractors.facts import entities as ent
from extractors.facts.cell_lines import LineGrid, text_lines
from extractors.facts.document import DocView

# the label, in bold or not, with its colon inside or after the bold
_ROW_LINE = re.compile(
    r"^(?:[-*•·▪]\s*)?(?:\*\*)?(?P<label>[^:*|]{2,60}?)\s*(?:\*\*)?\s*:\s*(?:\*\*)?\s*(?P<pairs>.+?)\.?\s*$"
)
_PAIR = re.compile(
    r"\s*(?:\*\*)?(?P<name>[A-Za-z][^:,;|]{1,40}?)(?:\*\*)?\s*:\s*(?:\*\*)?"
    r"(?P<val>[~≈]?\d{1,4}(?:\.\d+)?\s?%?)(?:\*\*)?\s*"
)
_PAIR_SEP = re.compile(r"[,;]\s+")
# two pairs in a row on one line: what every row holds (a cheap look at the whole text first)
_TWO_PAIRS = re.compile(r":[ \t]*(?:\*\*)?[ \t]*[~≈]?\d[^\n]*?[,;][ \t][^\n]*?:[ \t]*(?:\*\*)?[ \t]*[~≈]?\d")
_SECTION = re.compile(r"(?:[-*•]\s*)?(?:\*\*|#+\s*)?[A-Z][A-Za-z&/ -]{1,40}(?:\*\*)?:?")


def _row(line: str) -> tuple[str, list[tuple[str, str]]] | None:
    m = _ROW_LINE.match(line)
    if m is None:
        return None
    parts = _PAIR_SEP.split(m.group("pairs"))
    pairs = [p for part in parts if (p := _PAIR.fullmatch(part))]
    if len(parts) < 3 or len(pairs) < len(parts):
        return None
    return m.group("label").strip(), [(p.group("name").strip(), p.group("val")) for p in pairs]


def pair_line_grids(
    view: DocView,
    refs_of: Callable[[str], list[ent.Mention]],
    prime: Callable[[list[str]], None],
) -> list[LineGrid]:
    """(header, rows, evidence, start, end, method) of each run of lines that each give a benchmark's figures
    model by model; most of the names must be models and the label must not be one."""
    text = view.text
    if _TWO_PAIRS.search(text) is None:
        return []  # no line holds two 'name: figure' pairs (most pages): no line to parse
    lines = text_lines(text)
    parsed = [_row(text[s:e]) for s, e in lines]
    names = sorted({n for p in parsed if p for n, _v in p[1]})
    if not names:
        return []
    prime(names + [p[0] for p in parsed if p])

    def is_model(cell: str) -> bool:
        return any(r.kind == "model" for r in refs_of(cell))

    out: list[LineGrid] = []
    run: list[int] = []
    for k in [*range(len(lines)), -1]:
        p = parsed[k] if k >= 0 else None
        head = parsed[run[0]] if run else None
        if p is not None and head is not None and [n for n, _v in p[1]] == [n for n, _v in head[1]]:
            run.append(k)
            continue
        if p is None and k >= 0 and run and _SECTION.fullmatch(text[lines[k][0] : lines[k][1]]):
            continue  # a section title between the rows ('**OCR**')
        if head is not None:
            heads = [n for n, _v in head[1]]
            models = sum(is_model(n) for n in heads)
            got = [pi for i in run if (pi := parsed[i]) is not None]
            if 2 * models > len(heads) and not any(is_model(lab) for lab, _prs in got):
                rows = [(lab, *(v for _n, v in prs)) for lab, prs in got]
                evs = [view.evidence(*lines[i]) for i in run]
                out.append(
                    (("Benchmark", *heads), rows, evs, lines[run[0]][0], lines[run[-1]][1], "pair_lines")
                )
        run = [k] if p is not None else []
    return out


# a list line of a benchmark, the model in parentheses and its figure, maybe glued: '- MMLU (Model-9B)72.4%'
_RIVAL_WORD = re.compile(
    r"\s*(?:vs\.?|versus|against|compared\s+(?:to|with)|than|over|beats?|ahead\s+of)\s", re.I
)
_OWNED_LINE = re.compile(
    r"^(?:[-*•]\s*)?(?P<bench>[A-Za-z][^()\n:]{1,40}?)\s*\((?P<model>[^()\n]{2,40})\)\s*:?\s*"
    r"(?P<val>\d{1,4}(?:\.\d+)?\s?%?)\s*$"
)


def owned_line_grids(
    view: DocView,
    refs_of: Callable[[str], list[ent.Mention]],
    prime: Callable[[list[str]], None],
) -> list[LineGrid]:
    """Runs of two or more list lines that each give a benchmark, its model in parentheses and a figure
    ('- MMLU (Model-9B-Chat)72.4%'): one grid, 'Benchmark' and the models across, a row per line.
    The parenthesis must name a model and the label must not."""
    text = view.text
    lines = text_lines(text)
    parsed = [_OWNED_LINE.match(text[s:e]) for s, e in lines]
    found = [p for p in parsed if p]
    if len(found) < 2:
        return []
    prime([p.group("model") for p in found] + [p.group("bench") for p in found])

    def is_model(cell: str) -> bool:
        return any(r.kind == "model" for r in refs_of(cell))

    def only_model(cell: str) -> bool:  # '(Name-9B-Chat)', not '(vs Name-9B-Chat)': a rival's, not the owner
        return is_model(cell) and _RIVAL_WORD.match(cell) is None

    owned = [
        k
        for k, p in enumerate(parsed)
        if p and only_model(p.group("model")) and not is_model(p.group("bench"))
    ]
    blocks: list[list[int]] = []
    for k in owned:
        if blocks and k == blocks[-1][-1] + 1:
            blocks[-1].append(k)
        else:
            blocks.append([k])
    out: list[LineGrid] = []
    for block in blocks:
        if len(block) < 2:
            continue
        got = [pi for k in block if (pi := parsed[k]) is not None]
        models = list(dict.fromkeys(pi.group("model").strip() for pi in got))
        rows = [
            (
                pi.group("bench").strip(),
                *(pi.group("val") if m == pi.group("model").strip() else "-" for m in models),
            )
            for pi in got
        ]
        evs = [view.evidence(*lines[k]) for k in block]
        out.append(
            (("Benchmark", *models), rows, evs, lines[block[0]][0], lines[block[-1]][1], "owned_lines")
        )
    return out
