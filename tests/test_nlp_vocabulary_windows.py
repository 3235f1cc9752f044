"""A tokenizer's vocabulary counted in tokens ('a 96K-token vocabulary') is no context window, however near a
window it stands in the sentence; the window beside it is still read."""

from __future__ import annotations

import pytest

from tests.extracts import windows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tarvo 4 launches\n\nOne request to Tarvo 4 may fill a 128K token context length, while the "
            "tokenizer behind it keeps a 96K token vocabulary.\n",
            {("Tarvo 4", "128000")},
        ),
        (
            "Tarvo 4 launches\n\nTarvo 4 reads 256K tokens of context and ships a 150K-token vocabulary.\n",
            {("Tarvo 4", "256000")},
        ),
        # must not: a vocabulary named first, a window after it
        (
            "Tarvo 4 launches\n\nTarvo 4 has a 128K vocabulary and a 64K context window.\n",
            {("Tarvo 4", "64000")},
        ),
    ],
)
def test_a_vocabulary_is_no_window(text: str, expected: set[tuple[str, str]]) -> None:
    assert windows(text, "en") == expected
