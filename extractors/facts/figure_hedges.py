"""A figure as writers round it: 'approximately 88.7%', '~90%', 'around 80-82%'. A score set against another
model's ('A scores around 80-82% versus B at approximately 90%') is as much a contrast as one given to the
decimal; the hedge rounds the figure, it does not doubt the comparison. A range ('80-82%') stands for its
span: it is ahead of, or behind, the other figure only when both of its ends are (`range_low`).

A rounded figure is no licence to compare figures that are not of one kind (`apart`): the other figure
stands on a test of its own ('… compared to B at about 66% on HumanEval'), on a setting of its own ('…
without tools'), or is a share of a size or a cost ('B at roughly 45% of the cost'); and two rounded
figures closer than a point state no lead (`within_rounding`). A bracket after the first figure that holds a
result of its own ('(and 38% on X)') names no test for the contrast (`result_brackets`). The words are data:
side_words.jsonl kinds 'share_measure' and 'run_setting'."""

from __future__ import annotations

import re

from extractors.facts.patterns import side_alternation

# the hedge before a figure, with the space after it (none after a sign: '~90%')
FIGURE_HEDGE = r"(?:" + side_alternation("figure_hedge", spaces=r"\s+", longest_first=True) + r"\s*)"

# a hedge closing right before a figure
_HEDGE_BEFORE = re.compile(FIGURE_HEDGE + r"$", re.I)

# what follows the other side of a contrast when its figure is not of the first one's kind
_APART = re.compile(
    r"\s*(?:\([^()]{0,80}\)\s*)?(?:(?:on|in)\s+(?:the\s+)?(?-i:[A-Z0-9])"
    r"|(?:of|in)\s+(?:the\s+|its\s+|their\s+)?" + side_alternation("share_measure") + r"\b"
    r"|" + side_alternation("run_setting") + r"\s)",
    re.I,
)

# a bracket that holds a figure of its own: '(and 38% on HumanEval)'
_RESULT_BRACKET = re.compile(r"\([^()]*\d[^()]*\)")

# the first end of a range that closes on the figure after it: '80-' in '80-82%'
_RANGE_START = re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?)\s*%?\s*[-–]\s*$")


def range_low(text: str, start: int) -> float | None:
    """The first end of a range whose other end is the figure at `start`, or None when it is no range."""
    m = _RANGE_START.search(text, max(0, start - 16), start)
    if m is not None and re.search(r"[A-Z][\w.-]*[ -]$", text[max(0, m.start() - 30) : m.start()]):
        return None  # 'Kestrel 4 – 61%': a name's number, no range's end
    return float(m.group(1)) if m else None


def apart(text: str, end: int) -> bool:
    """Whether the other side of a contrast, ending at `end`, is followed by a test, a setting or a share of
    a measure of its own, so that its figure is not the first one's kind."""
    return _APART.match(text, end) is not None


def within_rounding(text: str, a_start: int, b_start: int, a: float, b: float) -> bool:
    """Whether both figures, at `a_start` and `b_start`, are rounded ('around 64%' and 'approximately
    64.5%') and lie less than a point apart, closer than the rounding can tell."""
    return abs(a - b) < 1.0 and all(
        _HEDGE_BEFORE.search(text, max(0, at - 24), at) is not None for at in (a_start, b_start)
    )


def result_brackets(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the brackets between `start` and `end` that hold a figure of their own."""
    return [m.span() for m in _RESULT_BRACKET.finditer(text, start, end)]
