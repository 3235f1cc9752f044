"""A model card's `model-index:` block (YAML front matter, often with its indentation lost on the way): the
model of each `- name:` entry, then per result the `dataset:` entry's `name:` and the `metrics:` entry's first
`value:`. Each model's results become one ('Benchmark', model) grid, a row per dataset, read by
`tables.read_grid` like any table.
"""

from __future__ import annotations

import re

from extractors.facts.cell_lines import LineGrid, text_lines
from extractors.facts.document import DocView

_KEY = re.compile(r"^(?:-\s*)?(?P<key>[\w-]+):\s*(?P<val>.*?)\s*$")
_FIGURE = re.compile(r"[-+]?\d{1,4}(?:\.\d+)?")


def model_index_grids(view: DocView) -> list[LineGrid]:
    """(header, rows, evidence, start, end, method) of each model's results in a `model-index:` block."""
    text = view.text
    if "model-index:" not in text:
        return []
    lines = text_lines(text)
    start = next((k for k, (s, e) in enumerate(lines) if text[s:e].strip() == "model-index:"), None)
    if start is None:
        return []
    out: list[LineGrid] = []
    model = ""
    section = ""  # the key whose entry the next lines fill: 'dataset', 'metrics', 'task', 'source'
    dataset = ""
    taken = False  # this result's figure is read (a second metric of one dataset is another measure)
    rows: list[tuple[str, str]] = []
    spans: list[tuple[int, int]] = []

    def close() -> None:
        if model and rows:
            evs = [view.evidence(s, e) for s, e in spans]
            out.append((("Benchmark", model), list(rows), evs, spans[0][0], spans[-1][1], "model_index"))

    for s, e in lines[start + 1 :]:
        line = text[s:e].strip()
        m = _KEY.match(line)
        if m is None:
            if line.startswith("---") or not line.startswith(("-", "http", ">")):
                break  # the front matter ends
            continue
        key, val = m.group("key"), m.group("val")
        if key == "name" and line.startswith("-") and section in ("", "model", "source", "args"):
            close()
            model, rows, spans, section = val, [], [], "model"
        elif key in ("results", "task", "dataset", "metrics", "source", "args"):
            section = key
            if key == "task":
                dataset, taken = "", False
        elif key == "name" and section == "dataset":
            dataset = val
        elif key == "value" and section == "metrics" and dataset and not taken and _FIGURE.fullmatch(val):
            rows.append((dataset, val))
            spans.append((s, e))
            taken = True
    close()
    return out
