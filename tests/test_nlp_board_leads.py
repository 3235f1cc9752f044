"""First places stated as a lead with its figure (extractors/facts/board_leads.py), and what must not be
read so. Own words and invented names."""

from __future__ import annotations

from extractors.facts.nlp import extract
from schema.records import Article

_TITLE = "Quillmark speech and recall leaderboard, June 2026"


def _ranks(body: str) -> set[tuple[str, str]]:
    text = _TITLE + "\nRankings of the newest open and closed models this month.\n\n" + body
    ex = extract(Article(url="https://t.example/leads", text=text, title=_TITLE))
    return {(a.subject, a.value) for a in ex.attributes if a.attribute == "leaderboard_rank"}


def test_a_lead_on_a_known_test_with_its_figure() -> None:
    got = _ranks("Summary\n- Orrin-4 Pro leads SimpleQA at 61.2%; nothing else passes 55% there.\n")
    assert ("Orrin-4 Pro", "1") in got


def test_top_of_a_test_by_a_fraction() -> None:
    got = _ranks("Summary\n- Tamsin-2.5-MoE-chat tops TruthfulQA at 0.812, ahead of far larger systems.\n")
    assert ("Tamsin-2.5-MoE-chat", "1") in got


def test_a_board_named_in_lowercase_and_a_place_taken_after_it() -> None:
    got = _ranks(
        "Summary\n- GPT-9o tops the quillmark code repair leaderboard at 74.1%, and takes second on "
        "quillmark's refactor leaderboard with 60.2%.\n"
    )
    assert {("GPT-9o", "1"), ("GPT-9o", "2")} <= got


def test_an_arena_led_with_its_elo() -> None:
    got = _ranks(
        "Summary\n- Orrin-4 Pro tops the Quillmark Speech Arena with ELO 1,204, well clear of the rest.\n"
    )
    assert ("Orrin-4 Pro", "1") in got


def test_a_task_led_on_a_named_test() -> None:
    got = _ranks("In vision, Orrin-4 Pro leads chart reading on MMMU-Pro at 91%, a clear margin.\n")
    assert ("Orrin-4 Pro", "1") in got


def test_a_task_led_on_a_test_never_seen() -> None:
    got = _ranks("In video, Tamsin-3 leads clip questions on VQM-Hard at 0.861, the best of the month.\n")
    assert ("Tamsin-3", "1") in got


def test_leads_that_are_no_first_place() -> None:
    """Must not: a figure set against a rival's, a lead held before, a lead by money or counts, a lead over a
    named model, a lead with no test or board."""
    got = _ranks(
        "Orrin-4 Pro leads SimpleQA at 61.2% versus Tamsin-3's 60.9%, a narrow gap.\n\n"
        "Tamsin-3 had topped the Quillmark Speech Arena with 1,190 Elo before the update.\n\n"
        "Pell-7 leads the pack at $0.40 per million tokens.\n\n"
        "Pell-7 leads SimpleQA with 12 million queries served.\n\n"
        "Pell-7 leads Tamsin-3 on the Quillmark recall leaderboard at 58%.\n\n"
        "Pell-7 leads GSM8K at 3x the speed of its peers.\n\n"
        "Pell-7 leads most runs on weekdays at 80% load.\n"
    )
    assert not {r for r in got if r[0] in ("Orrin-4 Pro", "Tamsin-3", "Pell-7") and r[1] == "1"}


def test_a_lead_on_a_bare_test_in_a_comparison_is_no_place() -> None:
    """Must not: a page setting a few models' scores side by side, no board named, states leads on tests."""
    text = (
        "Three assistants, tried side by side\n\nWe ran Orrin-4 Pro, Tamsin-3 and Pell-7 for a week.\n\n"
        "Orrin-4 Pro leads SimpleQA at 61.2%, while Tamsin-3 leads GSM8K at 93.0%.\n"
    )
    ex = extract(Article(url="https://t.example/side", text=text, title=text.split("\n")[0]))
    assert not [a for a in ex.attributes if a.attribute == "leaderboard_rank"]
