"""Scores owned by the page's model when a general subject ('other labs') stands only in a subordinate clause
that closes before the figure."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.facts.nlp import extract
from schema.records import Article


def scores(text: str) -> set[tuple[str, str, float]]:
    ex = extract(
        Article(url="https://t.example/s", text=text, published_at=datetime(2026, 6, 5, 12, tzinfo=UTC))
    )
    return {(s.model, s.benchmark, s.value) for s in ex.scores}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Varro-5 is out. While other labs focused on chat, the release scores 62% on ARC-AGI-2.",
            {("Varro-5", "ARC-AGI-2", 62.0)},
        ),
        (
            "Varro-5 is out. Unlike rival models tuned for speed, the release reaches 47.5% on ARC-AGI-2.",
            {("Varro-5", "ARC-AGI-2", 47.5)},
        ),
        ("Varro-5 is out. While other models score 30% on ARC-AGI-2 the release does better.", set()),
    ],
)
def test_a_general_subject_in_a_closed_subordinate_clause(
    sentence: str, expected: set[tuple[str, str, float]]
) -> None:
    assert scores(sentence) == expected


@pytest.mark.parametrize("title", ["Results", "Final Standings", "Latest Leaderboard"])
def test_a_generic_results_title_keeps_the_list_on_the_benchmark_above(title: str) -> None:
    text = (
        f"We put three new models through GPQA Diamond this month.\n\n{title}\n\n"
        "Varro-5\n\n80.1%\n\nPell-2\n\n77.4%\n\nKestro-3\n\n70.9%\n"
    )
    assert scores(text) == {
        ("Varro-5", "GPQA Diamond", 80.1),
        ("Pell-2", "GPQA Diamond", 77.4),
        ("Kestro-3", "GPQA Diamond", 70.9),
    }


def test_a_bare_word_with_a_point_version_is_no_model_on_its_own() -> None:
    """'Ruby3.2', 'TLS1.3': a word with its version glued on and nothing after it is as often software or a
    standard as a model, so it is weak alone; with a part after it ('Orm2.5-27B') it is an id."""
    page = "We ran Vesk 2 under a new harness. Under Ruby3.2 the model reached 71.5% on HumanEval."
    assert not {s for s in scores(page) if s[0] == "Ruby3.2"}
    assert ("Orm2.5-27B", "MBPP", 64.0) in scores("Orm2.5-27B scores 64.0% on MBPP.")


def test_a_subordinator_leads_a_list_in_only_as_the_labels_first_word() -> None:
    """'As newer systems arrived: A 55.3, B 60.1' keeps the paragraph's benchmark; 'Recall during long
    sessions: A 55.3, B 60.1' names its own task, so the paragraph's benchmark is not given to its pairs."""
    page = (
        "Quarry Bench explained\n\nQuarry Bench is a reasoning test from a small lab.\n\n"
        "Results. Tamsa-2 led at 41.2, with Orel 2 Pro at 38.5. Recall during long sessions: Pim-3 55.3, "
        "Tamsa-3 60.1."
    )
    assert not {s for s in scores(page) if s[0] in ("Pim-3", "Tamsa-3")}


def test_a_heading_name_counts_as_named_again_only_as_a_name_of_its_own() -> None:
    """A heading's name before 'Leaderboard' is a benchmark only when the page writes it again; inside a
    longer name ('Arena' in 'Chatbot Arena') it is not written again."""
    from extractors.facts.unknown_bench import _named_again

    page = "Arena Leaderboard\n\nVotes come from Chatbot Arena and Arena-Hard users."
    assert not _named_again(page, "Arena", 0, 5)
    assert _named_again(page + " Our weekly Arena board updates daily.", "Arena", 0, 5)


def test_a_sentences_opening_word_does_not_make_a_heading_name_longer() -> None:
    from extractors.facts.unknown_bench import _named_again

    page = "Quokka Leaderboard\n\n"
    for again in ("The Quokka suite has 300 tasks.", "In Quokka, models answer riddles."):
        assert _named_again(page + again, "Quokka", 0, 6), again
