"""head_starts: a pattern tried only where its starts (read from the pattern) stand finds what its own
finditer finds, in every window of a text, whatever the case and the script."""

from __future__ import annotations

import re

import pytest

from extractors.facts.comparison_words import HEAD
from extractors.facts.head_starts import Starts, fold_ascii

TEXTS = [
    "Quillon-7 OUTPERFORMS Brisa 2 on TallyBench, and it trails Morrow-3 by 4 points.",
    "Ferrow X is 3x faster than Lumen-2 — and “cheaper than” the older Lumen-1.",
    "Compared with Osk 4, Osk 5 holds a clear lead (+6.1 pp over Osk 4) on reasoning tasks.",
    "Tallis 2 matches the performance of Veld 9, while Veld 10 edges out both; neck and neck overall.",
    "Tallis 2 ist schneller als Veld 9. Tallis 2 es mejor que Veld 9 en código.",
    "Orrin-5 与 Pell-2 持平，Orrin-5 比 Pell-2 快 30%。Orrin-5 が Pell-2 を上回る。",
    "Kelvin sign: \u212aeeps a lead over Dorr-3; long s: \u017furpasses Dorr-2.",
    "",
    "-than than- xthan than",
    "The new model OUTSCORED every rival, finishing AHEAD OF the pack, more than double the score of Ivo.",
    # characters whose lower case is longer ('\u0130'), combining marks, a zero-width space, 'ß', a ligature
    "\u0130NFERIOR to Dorr-4? e\u0301beats Dorr-5, \u200bbeats Dorr-6, ahea\u0301d of Dorr-7; ﬁner than ß-2.",
]


def _spans(it: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in it]  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", TEXTS)
def test_head_starts_find_what_head_finds_in_every_window(text: str) -> None:
    starts = Starts(HEAD)
    folded = fold_ascii(text)
    assert len(folded) == len(text)
    windows = {(0, len(text))} | {(a, b) for a in range(0, len(text), 7) for b in range(a, len(text) + 1, 11)}
    for a, b in sorted(windows):
        assert _spans(starts.finditer(text, a, b, folded)) == _spans(HEAD.finditer(text, a, b)), (a, b)


@pytest.mark.parametrize(
    "pattern, flags",
    [
        (r"(?<![\w-])(?:win(?:s|ning)?|lead(?:s|ing)?\s+by|\d+(?:\.\d+)?\s?%)", re.I),
        (r"(?<![a-z])Lead", 0),  # a lookbehind the folding changes ('A' is not in it, 'a' is): not used
        (r"(?:ab){2,}c|x?y{0,3}z", re.I),
        (r"(?:\u212a|k)(?:ey|ee)", 0),
    ],
)
def test_starts_of_other_patterns(pattern: str, flags: int) -> None:
    rx = re.compile(pattern, flags)
    starts = Starts(rx, 4)
    for text in [*TEXTS, "ababc abc yyyz z KEY key \u212aee aLead Lead xLead 12.5% wins LEADS BY"]:
        folded = fold_ascii(text)
        for a in range(0, len(text) + 1, 3):
            assert _spans(starts.finditer(text, a, len(text), folded)) == _spans(rx.finditer(text, a))


def test_a_pattern_that_opens_anywhere_has_no_starts() -> None:
    with pytest.raises(ValueError):
        Starts(re.compile(r"[^q]x"))
    with pytest.raises(ValueError):
        Starts(re.compile(r".+?than"))
