"""'Its predecessor' (or 'the previous version') as a comparison's object is the page's latest earlier model
of the subject's own name: 'Quoll 5 ... beats its predecessor' with 'Quoll 4' on the page. Invented models
and sentences of our own; the must-nots keep a page with no earlier model of that name (another line's, or
only a later one), a predecessor's own figure ('its predecessor's 71%') and a comparison between versions
of a benchmark."""

from __future__ import annotations

import pytest

from tests.extracts import claims

_OPENING = (
    "Quoll 5 review\nQuoll 5 replaces Quoll 4 and Quoll 3 in the lineup, and Marten 2 remains its rival."
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Quoll 5 outperforms its predecessor on GSM8K.", ("Quoll 5", "outperforms", "Quoll 4", "asserts")),
        ("On GSM8K, Quoll 5 landed below its predecessor.", ("Quoll 5", "behind", "Quoll 4", "asserts")),
        (
            "Quoll 5 beats the previous version on HumanEval.",
            ("Quoll 5", "outperforms", "Quoll 4", "asserts"),
        ),
        ("Quoll 5 is 30% faster than its predecessor.", ("Quoll 5", "faster_than", "Quoll 4", "asserts")),
        # a participle after a comma keeps the sentence's subject
        (
            "Quoll 5 reached 1,380 points on the arena, overtaking its predecessor.",
            ("Quoll 5", "outperforms", "Quoll 4", "asserts"),
        ),
    ],
)
def test_its_predecessor_is_the_latest_earlier_model_of_the_name(
    line: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in {c[:4] for c in claims(f"{_OPENING}\n{line}")}


@pytest.mark.parametrize(
    "text",
    [
        # another line's model, or only a later one of the same name, is no predecessor
        "Marten 2 review\nMarten 2 sits beside Quoll 4.\nMarten 2 outperforms its predecessor on GSM8K.",
        "Quoll 5 review\nQuoll 6 is due next year.\nQuoll 5 outperforms its predecessor on GSM8K.",
        # a figure the predecessor owns is a score's business, not an object here
        "Quoll 5 review\nQuoll 4 came first.\nQuoll 5 scores 80% on GSM8K, above its predecessor's 71%.",
        # versions of a benchmark are no models
        "GSM8K v2 notes\nGSM8K v2 is harder than its predecessor, GSM8K v1.",
    ],
)
def test_no_earlier_model_of_the_name_gives_no_predecessor(text: str) -> None:
    found = claims(text)
    assert not {c for c in found if c[2] in ("Quoll 4", "Quoll 6", "Marten 1", "GSM8K v1")}


@pytest.mark.parametrize(
    "line",
    [
        # 'its' is the chip's, named by the relative clause
        "Quoll 5 runs on the new Tamsk chip, which is 25% faster than its predecessor.",
        # 'its' is the app's; the model stands in an aside
        "The Brisk Notes app, now on Quoll 5, opens three times as fast as its predecessor.",
        # the release of another maker
        "Quoll 5 also tops the prior release from Ostwick on HumanEval.",
    ],
)
def test_its_is_the_subject_of_the_comparison_and_a_model_of_that_line(line: str) -> None:
    assert not {c for c in claims(f"{_OPENING}\n{line}") if c[2] == "Quoll 4"}


def test_a_toolkit_has_no_predecessor_here() -> None:
    text = (
        "Quoll 5 review\nQuoll 5 ships with Tamsk SDK 3, and Tamsk SDK 2 is retired. "
        "Tamsk SDK 3 is faster than the previous version."
    )
    assert not {c for c in claims(text) if c[2] == "Tamsk SDK 2"}


def test_a_size_after_the_version_is_kept_on_the_predecessor() -> None:
    text = (
        "Brindle 4 90B review\nBrindle 4 90B replaces Brindle 3 90B.\n"
        "Brindle 4 90B beats its predecessor on HumanEval."
    )
    assert ("Brindle 4 90B", "outperforms", "Brindle 3 90B", "asserts") in {c[:4] for c in claims(text)}
