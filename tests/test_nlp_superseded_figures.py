"""An old figure written beside a new one belongs to no model: the number an arrow grows from on a line that
names nobody, and a count tied to 'prior', 'previous' or 'predecessor'. It stays where the model keeps it
('retains the 200K window of ...'), where the arrow line names the model itself, where the page also writes
it on its own, and where the earlier model is named."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.facts.nlp import extract
from extractors.facts.superseded_figures import _old_figures
from schema.records import Article


def figures(text: str) -> set[tuple[str, str, str]]:
    ex = extract(
        Article(url="https://t.example/p", text=text, published_at=datetime(2026, 7, 2, 12, tzinfo=UTC))
    )
    return {(a.subject, a.attribute, a.value) for a in ex.attributes}


CTX, TOTAL = "context_window_tokens", "parameters_total"

# (page text, facts that must be read, (attribute, value) pairs no model may get)
DROPPED = [
    # a spec card whose arrow line names no model
    ("Ferrule 7 specs\nModel: Ferrule 7\nContext: 48K → 640K\nRelease: July", set(), {(CTX, "48000")}),
    (
        "Ferrule 7 accepts 320K tokens, twenty times the 16K-token window of the previous generation.",
        {("Ferrule 7", CTX, "320000")},
        {(CTX, "16000")},
    ),
    (
        "Ferrule 7 is a 30B model with a 640K window, up from the prior 48K window.",
        {("Ferrule 7", CTX, "640000")},
        {(CTX, "48000")},
    ),
    ("Mirelle 2 is a 9B model that tops the 22B dense predecessor in math.", set(), {(TOTAL, "22000000000")}),
]


@pytest.mark.parametrize(("text", "kept", "gone"), DROPPED)
def test_an_earlier_models_figure_is_dropped(
    text: str, kept: set[tuple[str, str, str]], gone: set[tuple[str, str]]
) -> None:
    got = figures(text)
    assert kept <= got
    assert not {(attr, value) for _, attr, value in got} & gone, got


KEPT = [
    # a verb of keeping: the old model's window is the new one's too
    (
        "Ferrule 7 retains the 200K context window of the previous model and adds image input.",
        ("Ferrule 7", CTX, "200000"),
    ),
    # the arrow line is about the named model itself
    ("Mirelle 2 window: 64K -> 512K once the flag is on.", ("Mirelle 2", CTX, "64000")),
    # another model keeps the figure the arrow starts from, written plainly at the sentence's end
    ("Ferrule 7's window grows 96K → 2M tokens, and Quintal-3 keeps 96K.", ("Quintal-3", CTX, "96000")),
]


@pytest.mark.parametrize(("text", "fact"), KEPT)
def test_a_figure_the_model_still_holds_stays(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in figures(text)


def test_a_plain_figure_before_a_full_stop_rescues_the_old_one() -> None:
    assert _old_figures("Context: 96K → 2M. The Lite tier stays at 96K.", "Quintal-3") == []
    assert _old_figures("Context: 96K → 2M. The Lite tier stays at 2M.", "Quintal-3") == [96000.0]


def test_a_named_earlier_model_and_the_new_figure_keep_their_own() -> None:
    got = figures(
        "The prior Mirelle 1, a 9B model, is still served. Mirelle 2 has 27B parameters, up from the "
        "previous release."
    )
    assert {("Mirelle 1", TOTAL, "9000000000"), ("Mirelle 2", TOTAL, "27000000000")} <= got
