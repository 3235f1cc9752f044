"""A spec sheet's row label and its count ('Attention Heads 96', 'Number of Stacked Blocks 48', 'Routed
Experts per Step 6') is no model: it is never a candidate, and the sheet's context length stays with the
page's model instead of going to the label before it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.facts.nlp import extract
from extractors.facts.spec_labels import spec_label
from schema.records import Article, Extraction


def _extract(text: str) -> Extraction:
    title = text.split("\n", 1)[0]
    return extract(
        Article(
            url="https://t.example/s", title=title, text=text, published_at=datetime(2026, 7, 2, tzinfo=UTC)
        )
    )


SHEET = (
    "Zorvan 3 model card\n\nZorvan 3 is a sparse model from Teluma Labs.\n\nSpecs at a glance: Context "
    "Length 256K Routed Experts per Step 6 Attention Heads 96 Number of Shared Experts 2 Total Parameters "
    "900B Hidden Size 6144 Number of Layers 70 Tokenizer BPE."
)


def test_spec_rows_are_no_models() -> None:
    ex = _extract(SHEET)
    names = {c.name for c in ex.candidates}
    assert "Zorvan 3" in names
    assert not names & {"Shared Experts 2", "Attention Heads 96", "Step 6", "Layers 70"}
    windows = {(a.subject, a.value) for a in ex.attributes if a.attribute == "context_window_tokens"}
    assert windows == {("Zorvan 3", "256000")}


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Hidden Size 4096", "Hidden Size 4096", True),
        ("Number of Stacked Blocks 48", "Stacked Blocks 48", True),
        ("Number of Rivets 12", "Rivets 12", True),
        ("Routed Experts per Step 6", "Step 6", True),
        # must not: models whose names hold no spec noun, or a count lead far from them
        ("Brevik 2 and Calder Mini 4 lead", "Calder Mini 4", False),
        ("Quorra Heads-Up 2 ships", "Quorra Heads-Up 2", False),
        ("the number of users of Tallis 5 grew", "Tallis 5", False),
        ("Oriel Flux 2.5", "Oriel Flux 2.5", False),
    ],
)
def test_spec_label(text: str, name: str, expected: bool) -> None:
    assert spec_label(text, name, text.index(name)) is expected


def test_models_beside_a_sheet_stay() -> None:
    ex = _extract(
        "Brevik 2 arrives\n\nBrevik 2 arrives with a 64K context. On Quillbench Brevik 2 scores 61.2 while "
        "Calder Mini 4 scores 55.0."
    )
    models = {s.model for s in ex.scores}
    assert models == {"Brevik 2", "Calder Mini 4"}
