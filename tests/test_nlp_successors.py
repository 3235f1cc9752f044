"""Rankings told one place at a time ('A tops X at 70%. B follows at 64%.'): the follower's figure must be a
score of the leader's kind, and the lead must be a present one."""

from __future__ import annotations

import pytest

from extractors.facts.nlp import extract
from schema.records import Article


def behind(text: str) -> set[tuple[str, str]]:
    ex = extract(Article(url="https://t.example/r", text=text))
    return {(c.subject, c.object) for c in ex.claims if c.relation == "behind"}


def test_a_follower_with_a_score_of_the_same_kind_is_behind() -> None:
    text = "Ossel-9 tops the MNQ-Plus board at 81.2% accuracy. Brindle 4 follows at 77.5% accuracy."
    assert ("Brindle 4", "Ossel-9") in behind(text)


@pytest.mark.parametrize(
    "text",
    [
        # a rate of another kind: a low error or refusal rate is no lower place
        "Ossel-9 tops the MNQ-Plus board at 81.2% accuracy. Brindle 4 follows at 9.4% error.",
        "Ossel-9 tops the MNQ-Plus board at 81.2% pass rate. Brindle 4 follows at 6% refusal rate.",
        "Ossel-9 tops the MNQ-Plus board at 81.2%. Brindle 4 follows at 14% failure rate.",
        "Ossel-9 tops the MNQ-Plus board at 81.2%. Brindle 4 follows at 3.1% hallucination rate.",
        # a lead in the past is no ranking now
        "Ossel-9 led the MNQ-Plus board at 81.2% a year ago. Brindle 4 follows at 77.5% now.",
        "Ossel-9 led the MNQ-Plus board at 81.2% until February. Brindle 4 follows at 77.5%.",
        "Ossel-9 topped the MNQ-Plus board at 81.2% last year. Brindle 4 follows at 77.5%.",
    ],
)
def test_no_place_from_another_rate_or_a_past_lead(text: str) -> None:
    assert ("Brindle 4", "Ossel-9") not in behind(text)
