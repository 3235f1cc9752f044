"""Parameter counts of a part of a model, not of the model: the part named in the clause before the count
('the embedding layer accounts for 170M', 'a vision transformer variant with 4.2 billion parameters', 'a
secondary model estimated at 7B parameters') or right after it ('a new 400M parameter vision encoder',
'0.33B params/block', '2B 参数的补丁模块'); not a part another phrase names after it ('7B parameters and a
vision encoder'), nor the model itself as a kind of encoder ('the 7B parameter Name encoder model')."""

from __future__ import annotations

import re

_PART = (
    r"embedding(?:s|\s+(?:layer|table|matrix))|(?:vision|image|audio|speech|text)\s+(?:encoder|tower|transformer)|"
    r"encoder|projector|adapter|transformer\s+(?:module|blocks?|layers?)|modules?|"
    r"(?:secondary|auxiliary|draft|helper|verifier)\s+(?:\w+\s+)?model"
)
_PART_BEFORE = re.compile(
    rf"\b(?:{_PART})\b[^,;:.]{{0,30}}?"
    r"\b(?:alone\s+)?(?:has|have|holds?|accounts?\s+for|contains?|makes?\s+up|uses?|is|are|with|of|at)\s+"
    r"(?:about\s+|around\s+|roughly\s+|only\s+|just\s+|~\s*)?$",
    re.I,
)
_PART_AFTER = re.compile(
    r"[\s-]*(?:param(?:eter)?s?|参数的?)?\s*(?:/\s*(?:block|layer|expert)\b|"
    r"(?:(?!(?:and|or|plus|but|with|a|an|the)\b)[\w-]+\s+){0,2}?"
    r"(?:(?:vision|image|audio|speech|text)\s+(?:encoder|tower)|encoder|projector|adapter)\b(?!\s+models?\b)|"
    r"[^\s,，。；]{0,8}(?:模块|编码器))",
    re.I,
)


def part_count(text: str, seg_start: int, seg_end: int, start: int, end: int) -> bool:
    """Whether the count at [start, end) is a part's."""
    return bool(
        _PART_BEFORE.search(text, max(seg_start, start - 60), start) or _PART_AFTER.match(text, end, seg_end)
    )
