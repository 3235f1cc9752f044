"""spec_parity: which parity heads compare a spec of two models (no claim) and which a quality of theirs."""

from __future__ import annotations

import pytest

from extractors.facts.comparisons import Head
from extractors.facts.spec_parity import spec_parity


def _head(text: str, verb: str) -> Head:
    at = text.index(verb)
    return Head("on_par_with", at, at + len(verb), at + len(verb), "asserts", None, None)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Tollgate 4 equals the parameter count of Tollgate 3.", "equals"),
        ("Tollgate 4 also matches Corvid Mini's output limit.", "matches"),
        ("* **Licence:** open weights, matching Corvid Mini", "matching"),
        ("Tollgate 4 is on par with Corvid Mini in price.", "is on par with"),
        ("Matching Corvid Mini for licence terms, Tollgate 4 can be hosted in house.", "Matching"),
        ("Tollgate 4 equals Corvid Mini in size but not in polish of replies.", "equals"),
    ],
)
def test_a_spec_shared_is_no_parity(text: str, verb: str) -> None:
    assert spec_parity(text, _head(text, verb))


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Tollgate 4 matches Corvid Mini's context-retrieval accuracy on an inbox set.", "matches"),
        ("Tollgate 4 matches Corvid Mini's price performance on long mail threads.", "matches"),
        ("Tollgate 4 matches the window of Corvid Mini and its accuracy on FernQA.", "matches"),
        ("Tollgate 4 matches Corvid Mini's output limit, drafting and summary quality.", "matches"),
        ("Tollgate 4 matches Corvid Mini on FernQA at the same price.", "matches"),
        ("Tollgate 4 ties Corvid Mini in licence terms and on Marsh-Eval 2.", "ties"),
    ],
)
def test_a_quality_shared_keeps_its_parity(text: str, verb: str) -> None:
    assert not spec_parity(text, _head(text, verb))
