"""A row left as text that names a model after its figure (`row_owners.row_owner_after`): the model's own
cell takes the figure; prose that relates the figure to the name leaves it with the page's model."""

from __future__ import annotations

import pytest

from extractors.facts.nlp import extract
from schema.records import Article

_PAGE = (
    "Marl-5 notes\n\nMarl-5 is the new model from Dunlin Works.\n\n"
    "Benchmark Result Remark\n{row}\nGPQA Diamond 61.0% as printed\n"
)


def _owner(row: str) -> str | None:
    """Who the page's MMLU figure goes to."""
    text = _PAGE.format(row=row)
    scores = extract(Article(url="https://t.example/r", text=text, title="Marl-5 notes")).scores
    return next((s.model for s in scores if s.benchmark == "MMLU"), None)


@pytest.mark.parametrize(
    ("row", "owner"),
    [
        ("MMLU 80.4% Marl-4 Mar 2026", "Marl-4"),  # the model's own cell, a month after it
        ("MMLU 80.4% held by Marl-4 (Mar 2026)", "Marl-4"),
    ],
)
def test_row_owner_after_the_figure(row: str, owner: str) -> None:
    assert _owner(row) == owner


@pytest.mark.parametrize(
    "row",
    [
        "MMLU 80.4% up from Marl-4",  # a trend from the older model
        "MMLU 80.4% Marl-4 level",  # a model named as a standard of comparison
        "MMLU 80.4% ahead of Marl-4",  # a rival the figure is set against
        "MMLU 80.4% Marl-4: 77.0%",  # a rival's column with its own figure
    ],
)
def test_a_name_the_row_relates_the_figure_to_is_no_owner(row: str) -> None:
    assert _owner(row) != "Marl-4"


def test_a_name_after_a_leading_figure_that_opens_a_clause_of_its_own_is_no_owner() -> None:
    page = (
        "Marl-5 notes\n\nMarl-5 is the new model from Dunlin Works. Our picks on MMLU:\n\n"
        "* 80.4% — Marl-4 came in lower, at 77.0%\n"
    )
    scores = extract(Article(url="https://t.example/r", text=page, title="Marl-5 notes")).scores
    assert ("Marl-4", 80.4) not in {(s.model, s.value) for s in scores}


def test_a_figure_first_tile_under_a_caption_line_is_not_the_page_models() -> None:
    page = (
        "Marl-5 notes\n\nMarl-5 is the new model from Dunlin Works.\n\n"
        "Best before this week\n58.5% MMLU\nSkilled human testers\n86.0% MMLU\n"
    )
    scores = extract(Article(url="https://t.example/r", text=page, title="Marl-5 notes")).scores
    assert not [s for s in scores if s.model == "Marl-5"]
