"""The model a table left as text names in its header line: 'Benchmark  Name-4  Rival  Source' is the header
of rows that give each benchmark the figure of that one model column first ('Bench A  71.3%  Rival 2: 68.0%
lab blog'). A header naming two models or more is a comparison's (its columns are read as a grid), and one
with a figure in it is a row, not a header."""

from __future__ import annotations

from extractors.facts.document import DocView, SegView


def header_model(view: DocView, sv: SegView) -> str | None:
    """The one model a table's header line names among its column labels; None when it names none, several,
    or holds a figure or a benchmark (a row of its own)."""
    models = [r for r in sv.refs if r.kind == "model" and r.via not in ("pronoun", "implied")]
    if any(r.kind == "benchmark" for r in sv.refs) or any(
        not any(r.start <= n.start < r.reach for r in models) for n in sv.numbers
    ):
        return None  # (a version inside the model's name, 'Name 4', is no figure)
    named = {r.canonical for r in models}
    if len(named) != 1:
        return None
    text = view.text[sv.seg.start : sv.seg.end]
    if len(text.split()) < 3 or len(text) > 80:
        return None  # a header has the model among other column labels; a lone name is a heading
    return next(iter(named))
