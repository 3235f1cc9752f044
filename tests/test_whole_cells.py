"""A cell under a table's 'Model' header is one name: when the page knows a shorter name that opens it, the
rest of the cell (a size written in lower case, a local runner's ':tag', a version after a word of its own)
is still the name. Settings in parentheses, a name the cell writes whole and cells outside the model column
read as before."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.facts import entities as ent
from extractors.facts.nlp import extract
from extractors.facts.whole_cells import whole_cell
from schema.records import Article

_INTRO = (
    "Marlow Arena results\n\n"
    "Twelve open checkpoints answered the arena's question set this month. Tamsin 4 and Pell-Coder were "
    "the two newcomers, and Velda Speech 2.6 joined the voice track.\n\n"
    "The open top six\n\nThe maintainers published the table on Friday:\n"
)


def ranks(text: str) -> set[tuple[str, str]]:
    ex = extract(
        Article(url="https://t.example/w", text=text, published_at=datetime(2026, 6, 5, 12, tzinfo=UTC))
    )
    return {(a.subject, a.value) for a in ex.attributes if a.attribute == "leaderboard_rank"}


def test_a_model_cell_longer_than_the_name_the_page_knows_is_read_whole() -> None:
    rows = [
        "| 1 | Tamsin 4 48b Instruct | Tamsin Labs | Apache 2.0 |",
        "| 2 | pell-coder:30b | Pell | MIT |",
        "| 3 | Tamsin 4 | Tamsin Labs | Apache 2.0 |",
        "| 4 | Velda Speech 2.6 | Velda | MIT |",
        "| 5 | Brook Speech v1.5 | Brook | MIT |",
    ]
    text = _INTRO + "| Rank | Model | Lab | License |\n|---|---|---|---|\n" + "\n".join(rows) + "\n"
    got = ranks(text)
    assert {
        ("Tamsin 4 48b Instruct", "1"),
        ("pell-coder:30b", "2"),
        ("Tamsin 4", "3"),
        ("Velda Speech 2.6", "4"),
        ("Brook Speech v1.5", "5"),
    } <= got
    assert ("Velda Speech 2.6", "5") not in got  # 'Speech' of another row is no short name of Velda's


def test_a_setting_in_parentheses_stays_a_setting() -> None:
    rows = [
        "| 1 | Tamsin 4 (high) | Tamsin Labs | Apache 2.0 |",
        "| 2 | Velda Speech 2.6 | Velda | MIT |",
        "| 3 | Brook Speech v1.5 | Brook | MIT |",
    ]
    text = _INTRO + "| Rank | Model | Lab | License |\n|---|---|---|---|\n" + "\n".join(rows) + "\n"
    got = ranks(text)
    assert ("Tamsin 4", "1") in got
    assert not any(s.startswith("Tamsin 4 (") for s, _ in got)


def _known(canonical: str, surface: str, start: int = 0) -> ent.Mention:
    return ent.Mention("model", canonical, start, start + len(surface), surface)


@pytest.mark.parametrize(
    ("cell", "mention", "want"),
    [
        ("Tamsin 4 48b Instruct", _known("Tamsin 4", "Tamsin 4"), "Tamsin 4 48b Instruct"),
        ("Orla 9 61b a7b", _known("Orla 9", "Orla 9"), "Orla 9 61b a7b"),
        ("Orla 9 61b a7b non-thinking", _known("Orla 9", "Orla 9"), "Orla 9 61b a7b non-thinking"),
        ("Orla 61b a7b no thinking", _known("Orla61b", "Orla 61b"), "Orla 61b a7b no thinking"),
        ("pell-coder:30b", _known("Pell-Coder", "pell-coder"), "pell-coder:30b"),
        ("orla9:12b", None, "orla9:12b"),
        ("Brook Speech v1.5", _known("Velda Speech 2.6", "Speech", 6), "Brook Speech v1.5"),
        ("Tamsin 4 48b HOT", _known("Tamsin 4", "Tamsin 4"), "Tamsin 4 48b"),  # a board's badge drops
        ("velda6:14b-q8", None, "velda6:14b-q8"),  # a quantised size after the colon
    ],
)
def test_whole_cells(cell: str, mention: ent.Mention | None, want: str) -> None:
    assert whole_cell(cell, mention) == want


@pytest.mark.parametrize(
    ("cell", "mention"),
    [
        ("Tamsin 4", _known("Tamsin 4", "Tamsin 4")),  # the name is the cell
        ("Tamsin 4 Thinking", _known("Tamsin 4", "Tamsin 4")),  # a mode word, no size: a setting
        ("Tamsin 4 48B", _known("Tamsin 4 48B", "Tamsin 4 48B")),  # the reader took the size already
        ("Tamsin 4 27b it", _known("Tamsin 4 27B", "Tamsin 4 27b")),  # the same, a stage word after it
        ("Team Orla", None),  # no digit: no checkpoint
        ("note: see below", None),  # words and a colon, no runner tag
        ("Open Speech", _known("Velda Speech 2.6", "Speech", 5)),  # no version of its own
        ("OpenAI Tamsin 4", _known("Tamsin 4", "Tamsin 4", 7)),  # a lab before a name of two words
        ("Tamsin 4 + 2b verifier", _known("Tamsin 4", "Tamsin 4")),  # a stack of two models
        ("Tamsin 4 45m deadline", _known("Tamsin 4", "Tamsin 4")),  # a time limit, not a checkpoint
        ("Tamsin 4 4m context", _known("Tamsin 4", "Tamsin 4")),  # a context length
        ("Tamsin 4 with 900m ranker", _known("Tamsin 4", "Tamsin 4")),  # a helper model beside it
        ("Tamsin 4 against 12b rival", _known("Tamsin 4", "Tamsin 4")),  # the size is another's
        ("Tamsin 4 vs 3b floor", _known("Tamsin 4", "Tamsin 4")),  # a comparison row
        ("todo:r7", None),  # a placeholder: no size after the colon, no name before it
        ("orla:nightly-0612", None),
        ("box:h200x4", None),  # a machine
        ("tfidf:n3", None),  # a retrieval setting
    ],
)
def test_cells_left_alone(cell: str, mention: ent.Mention | None) -> None:
    assert whole_cell(cell, mention) is None


def test_a_row_that_is_a_stack_or_a_setting_names_no_new_model() -> None:
    rows = [
        "| 1 | Tamsin 4 + 2b verifier | Tamsin Labs | Apache 2.0 |",
        "| 2 | Tamsin 4 45m deadline | Tamsin Labs | Apache 2.0 |",
        "| 3 | Tamsin 4 48b HOT | Tamsin Labs | Apache 2.0 |",
        "| 4 | Velda Speech 2.6 | Velda | MIT |",
    ]
    intro = (
        "Marlow Arena, June\n\nThis month Tamsin 4 sits on top of the Marlow Arena and Velda Speech 2.6 "
        "trails it; the maintainers posted the board on Friday.\n\n"
    )
    text = intro + "| Rank | Model | Lab | License |\n|---|---|---|---|\n" + "\n".join(rows) + "\n"
    got = ranks(text)
    assert ("Tamsin 4 48b", "3") in got
    assert not any(("+" in s or "deadline" in s or "HOT" in s) for s, _ in got)


def test_a_runner_column_keeps_tags_with_a_size_only() -> None:
    text = (
        "Home-lab scores, spring\n\n"
        "Every checkpoint ran on a desk machine; the tags are the runner's own.\n\n"
        "| Model | MMLU-Pro |\n|---|---|\n"
        "| tamsin4:22b | 58.3 |\n| velda6:14b-q8 | 54.6 |\n| box:h200x4 | 52.2 |\n| todo:r7 | 40.9 |\n"
    )
    ex = extract(
        Article(url="https://t.example/r", text=text, published_at=datetime(2026, 6, 5, 12, tzinfo=UTC))
    )
    subjects = {s.model for s in ex.scores}
    assert {"tamsin4:22b", "velda6:14b-q8"} <= subjects
    assert not subjects & {"box:h200x4", "todo:r7"}
