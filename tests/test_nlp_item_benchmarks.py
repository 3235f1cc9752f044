"""Benchmarks a list names by its place (extractors/facts/item_benchmarks.py): items that open on a label
and a colon and then set figures beside models we know name a benchmark whatever it is called; category
words, measures and a lone note do not. Own words and invented names throughout: the models are handed
over as the mentions the knowledge base would have found on the page."""

from __future__ import annotations

import re

from extractors.facts.entities import Mention
from extractors.facts.item_benchmarks import item_benchmarks

_MODELS = ("Halyard 3", "Pennant-5")
_INTRO = (
    "Halyard 3 against Pennant-5\n\nHalyard 3 and Pennant-5 were run side by side on the lab's suites.\n\n"
)


def _known(text: str) -> list[Mention]:
    return [
        Mention("model", name, m.start(), m.end(), name)
        for name in _MODELS
        for m in re.finditer(re.escape(name), text)
    ]


def _names(text: str, extra: tuple[Mention, ...] = ()) -> list[str]:
    return item_benchmarks(text, [*_known(text), *extra])


def test_labelled_items_with_model_figures_name_benchmarks() -> None:
    page = _INTRO + (
        "How they compare:\n"
        "- TarnBench Lite: Halyard 3 reached 61.2% while Pennant-5 stopped at 58.0%\n"
        "- QX-Hard: Halyard 3: 44.1% | Pennant-5: 40.7%\n"
        "• **Kelpie 2026**: Pennant-5 (0.72) ahead of Halyard 3 (0.69)\n"
    )
    assert _names(page) == ["TarnBench Lite", "QX-Hard", "Kelpie 2026"]


def test_an_item_on_a_known_benchmark_makes_the_list() -> None:
    """One new label beside an item on a benchmark we know is still a list of two."""
    page = _INTRO + (
        "- Ridgeline QA: Halyard 3 at 80.5%, Pennant-5 at 79.9%\n"
        "- FernEval: Halyard 3 at 66.0%, Pennant-5 at 61.5%\n"
    )
    at = page.index("Ridgeline QA")
    known = (Mention("benchmark", "Ridgeline QA", at, at + len("Ridgeline QA"), "Ridgeline QA"),)
    assert _names(page, known) == ["FernEval"]


def test_category_measure_and_lone_items_name_no_benchmark() -> None:
    """Must not: plain category words, a price, a context size, a lower-case description, a
    label of a model's shape; one item alone."""
    page = _INTRO + (
        "- Tool Use: Halyard 3 solved 91.5% of the shop tasks and Pennant-5 88.0%\n"
        "- Long Context: Halyard 3 kept 77.5% of its accuracy, Pennant-5 70.2%\n"
        "- Price: Halyard 3 costs $2.50 per million tokens against $4.00\n"
        "- Context: Halyard 3 reads 256K tokens, Pennant-5 128K\n"
        "- Hard math problems: Halyard 3 solved 41.5%, Pennant-5 39.0%\n"
        "- Halyard 4: beats Halyard 3 by 2.5 points and Pennant-5 by 4.0\n"
    )
    assert _names(page) == []
    lone = _INTRO + "- Brambleton-7: Halyard 3 scored 71.5% and Pennant-5 69.0%\n\nThat was all.\n"
    assert _names(lone) == []
    # no model we know after the colon: a label over the page's own figures alone is left alone
    bare = _INTRO + "- TarnBench Lite: 61.2% to 64.0%\n- QX-Hard: 44.1% to 47.3%\n"
    assert _names(bare) == []
