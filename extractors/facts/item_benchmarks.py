"""Benchmarks a list names by its place: items that open on a label and a colon, then give models we
know their figures ('- TarnBench Lite: Halyard 3 at 61.2% versus Pennant-5 at 58.0%', '• QX-Hard: Halyard 3:
44.1 | Pennant-5: 40.7'), as a comparison table reads once its rows are written out as a list. The label of
such an item is a benchmark whatever it is called, when two items or more of the page are written so (items
on benchmarks we know count).

The label must pass the refusals grid_benchmarks.py gives a table's row label (measures, prices, sizes,
generic heads, categories, a task described in lower-case words, a model's or a lab's name) and hold a word
no plain category word has (see _NAMED_WORD), and the item must hold a figure a score is written as (a
percentage or a decimal) and a model we know after the colon.

Cheap: one regular expression over the text; only its items are looked at further."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.facts.entities import Mention
from extractors.facts.grid_benchmarks import benchmark_label, model_head

# a list item opening on a label and a colon ('- Name: ...', '• **Name**: ...', '3. Name: ...')
# (opening on one class, the blanks, the mark or the first digit, then which it was: re skips to those
# characters instead of trying the pattern at every position; the same matches, alternation.py)
_ITEM = re.compile(
    r"[ \t\-•*·\d](?:(?<=[ \t])[ \t]*(?:[-•*·]|\d{1,2}[.)])|(?<=[-•*·])|(?<=\d)\d?[.)])"
    r"[ \t]+(?:\*\*)?(?P<label>[^:：\n*]{2,60}?)(?:\*\*)?[ \t]*[:：]"
    r"(?P<rest>[^\n]+)"
)
# a word no plain word of a category has: capitals inside or alone ('TallyMath', 'QX'), a digit ('Ridge2',
# 'v2', '2026'); 'Tool Use' or 'Long Context' is a category an item heads as often as a benchmark
_NAMED_WORD = re.compile(r"[\w.]*(?:[A-Z][\w.]*[A-Z]|\d)[\w.]*|[A-Z]{2,}")
# a score as an item writes it: a percentage or a decimal ('61.2%', '44.1', '(0.53)'), not a price or a size
_SCORE = re.compile(
    r"(?<![\w.$€£])\d{1,3}(?:\.\d+)?\s?%|(?<![\w.$€£])\d{1,3}\.\d+(?![\w.%]|\s?[A-Za-z]{1,3}\b)"
)


def item_benchmarks(text: str, known: Sequence[Mention]) -> list[str]:
    """The labels of a list's items that set figures beside models we know (see the module docstring)."""
    if ":" not in text and "：" not in text:
        return []
    models = [m for m in known if m.kind == "model"]
    if not models:
        return []
    model_words = frozenset(m.surface for m in known if m.kind in ("model", "family") and len(m.surface) > 1)
    benches = frozenset(m.surface for m in known if m.kind == "benchmark")
    labs = frozenset(m.surface for m in known if m.kind == "lab")
    found: list[str] = []
    shaped = 0
    for item in _ITEM.finditer(text):
        label = item.group("label").strip()
        a, b = item.span("rest")
        if not _SCORE.search(item.group("rest")):
            continue
        if not any(a <= m.start < b for m in models):
            continue
        if any(x in label for x in benches):
            shaped += 1  # an item of the same list on a benchmark we know
            continue
        if (
            not benchmark_label(label, False, model_words)
            or not any(_NAMED_WORD.fullmatch(w) for w in re.split(r"[\s-]+", label))
            or model_head(label, model_words)
            or label in labs
        ):
            continue
        shaped += 1
        found.append(label)
    # a list: two items written so or more (one item alone may be any note)
    return list(dict.fromkeys(found)) if shaped >= 2 else []
