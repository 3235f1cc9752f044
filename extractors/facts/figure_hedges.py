"""A figure as writers round it: 'approximately 88.7%', '~90%', 'around 80-82%'. A score set against another
model's ('A scores around 80-82% versus B at approximately 90%') is as much a contrast as one given to the
decimal; the hedge rounds the figure, it does not doubt the comparison. A range ('80-82%') stands for its
span: it is ahead of, or behind, the other figure only when both of its ends are (`range_low`)."""

from __future__ import annotations

import re

from extractors.facts.patterns import side_alternation

# the hedge before a figure, with the space after it (none after a sign: '~90%')
FIGURE_HEDGE = r"(?:" + side_alternation("figure_hedge", spaces=r"\s+", longest_first=True) + r"\s*)"

# the first end of a range that closes on the figure after it: '80-' in '80-82%'
_RANGE_START = re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?)\s*%?\s*[-–]\s*$")


def range_low(text: str, start: int) -> float | None:
    """The first end of a range whose other end is the figure at `start`, or None when it is no range."""
    m = _RANGE_START.search(text, max(0, start - 16), start)
    if m is not None and re.search(r"[A-Z][\w.-]*[ -]$", text[max(0, m.start() - 30) : m.start()]):
        return None  # 'Kestrel 4 – 61%': a name's number, no range's end
    return float(m.group(1)) if m else None
