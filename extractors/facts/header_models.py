"""The model a table left as text names in its header line: 'Test  Name-4  Where from  Best rival' is the
header of rows that give each benchmark the figure of that one model column first ('Bench A  71.3%  lab blog
Rival 2 (68.0%)'). A header naming two models or more is a comparison's (its columns are read as a grid),
and one with a figure in it is a row, not a header; a header whose labels are glued to the name may hide a
second model's column in them."""

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
    full = view.text
    if any(
        (r.start > sv.seg.start and not _apart(full[r.start - 1]))
        or (r.reach < sv.seg.end and not _apart(full[r.reach]))
        for r in models
    ):
        return None  # labels glued to the name ('BenchName-4Name-5Change'): other columns may hide in them
    return next(iter(named))


def _apart(ch: str) -> bool:
    """A blank, or a CJK character (words in Chinese or Japanese are written without blanks: 'Name-4得分')."""
    return ch.isspace() or ord(ch) >= 0x2E80
