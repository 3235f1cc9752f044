"""The figure of the model that came before is nobody's: the left side of an upgrade arrow, a count the
words 'previous' or 'prior' lead with no name between, a count of an unnamed previous model, a count the
word 'predecessor' ends. A named predecessor keeps its own figure, the new figure stays the model's, and a
'prior' that dates nothing's count leaves the count alone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.facts.nlp import extract
from schema.records import Article


def figures(text: str) -> set[tuple[str, str, str]]:
    ex = extract(
        Article(url="https://t.example/p", text=text, published_at=datetime(2026, 7, 2, 12, tzinfo=UTC))
    )
    return {(a.subject, a.attribute, a.value) for a in ex.attributes}


W, T = "context_window_tokens", "parameters_total"


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        (
            "Tessel 4 reads 400K tokens, far beyond the 16K context window of our previous model.",
            {("Tessel 4", W, "400000")},
            {("Tessel 4", W, "16000")},
        ),
        (
            "Quarrow 5 beats its 70B dense predecessor on every coding task we ran.",
            set(),
            {("Quarrow 5", T, "70000000000")},
        ),
        (
            "Corvane says Tessel 4 brings big efficiency gains over the previous 52B MoE architecture.",
            set(),
            {("Tessel 4", T, "52000000000")},
        ),
        (
            "Brill 5 versus Brill 4, section by section.\nWhy it matters: more room for long files.\n"
            "Context Window: 96K → 3M\nBrill 5 now handles whole repositories.",
            set(),
            {("Brill 5", W, "96000")},
        ),
    ],
)
def test_the_earlier_figure_is_nobodys(
    text: str, kept: set[tuple[str, str, str]], gone: set[tuple[str, str, str]]
) -> None:
    got = figures(text)
    assert kept <= got
    assert not (gone & got), got


def test_named_predecessors_and_new_figures_stay() -> None:
    got = figures(
        "The previous Brill 4, a 40B model, stays on sale. Brill 5 has 90B parameters, up from the prior "
        "version."
    )
    assert {("Brill 4", T, "40000000000"), ("Brill 5", T, "90000000000")} <= got
