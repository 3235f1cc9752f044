"""Parameter counts of a part of a model, not of the model: the part named in the clause before the count
('the embedding layer accounts for 170M', 'a vision transformer variant with 4.2 billion parameters', 'a
secondary model estimated at 7B parameters') or right after it ('a new 400M parameter vision encoder',
'0.33B params/block', '2B 参数的补丁模块'); not a part another phrase names after it ('7B parameters and a
vision encoder'), nor the model itself as a kind of encoder ('the 7B parameter Name encoder model').
A count in brackets after a part the clause names ('a prediction module speeds decoding (140M params)') or
set off after it ('its draft model, at 1.2B parameters') is the part's too, unless a name stands right
before the bracket ('drops its vision encoder, and Name 3 (70B parameters)') or the part is what the
subject is ('Name 3, a text encoder (0.6B', 'Name 3 as a plug-in module (8B'); so is one expert's size
('sixteen experts (each 5B parameters)', '32 experts of 2B parameters', '2B per expert'), but not an active
count ('128 experts with 22B active parameters' is the model's)."""

from __future__ import annotations

import re

from extractors.facts.patterns import kind_alternation

# a part's noun (part_words.jsonl 'part'), or a 'helper' word before 'model' ('its draft model')
_PART = (
    kind_alternation("part_words.jsonl", "part", spaces=r"\s+", longest_first=True)
    + "|"
    + kind_alternation("part_words.jsonl", "helper")
    + r"\s+(?:\w+\s+)?model"
)
_PART_BEFORE = re.compile(
    rf"\b(?:{_PART})\b[^,;:.]{{0,30}}?"
    r"\b(?:alone\s+)?(?:has|have|holds?|accounts?\s+for|contains?|makes?\s+up|uses?|is|are|with|of|at)\s+"
    r"(?:about\s+|around\s+|roughly\s+|only\s+|just\s+|~\s*)?$",
    re.I,
)
# the part named earlier in the clause, the count opening a bracket or set off by a comma after it
_PART_SET_OFF = re.compile(rf"\b(?:{_PART})\b(?:[^.;:()]{{0,60}}\(\s*~?|,\s+(?:at|of|with)\s+~?)$", re.I)
# one expert of many: 'sixteen experts (each 5B', '32 experts of 2B', '5B per expert' ('14B active parameters
# each' after 'Each model' is every model's own count, and a 'mixture of experts with 14B' the model's)
_EACH_BEFORE = re.compile(
    r"(?<!of\s)(?<!of-)\bexperts?\b(?:[^.;]{0,50}?\beach|\s+(?:of|with|at))\s+(?:with\s+|of\s+|at\s+)?~?$",
    re.I,
)
# an active count after the experts' count is the model's ('128 experts with 22B active parameters'); the
# count's span may hold the word already
_ACTIVE = re.compile(r"\bactive\b", re.I)
_ACTIVE_AFTER = re.compile(r"\s*(?:param(?:eter)?s?\s+)?active\b", re.I)
# a count in brackets right after a name is the name's ('and Name 3 (70B parameters) does the same')
_NAME_BEFORE = re.compile(r"\b[A-Z][\w.\-]*(?:\s+[A-Z0-9][\w.\-]*){0,2}\s*\(\s*~?$")
# the part noun said of the subject itself, set off after it: 'Name, a text encoder (', 'Name as a module ('
_SUBJECT_IS = re.compile(r"(?:,|\bas|\bis)\s+an?\s+(?:[\w-]+\s+){0,2}$", re.I)
_EACH_AFTER = re.compile(r"\s*(?:param(?:eter)?s?\s+)?per\s+expert\b", re.I)
_PART_AFTER = re.compile(
    r"[\s-]*(?:param(?:eter)?s?|参数的?)?\s*(?:/\s*(?:block|layer|expert)\b|"
    r"(?:(?!(?:and|or|plus|but|with|a|an|the)\b)[\w-]+\s+){0,2}?"
    r"(?:(?:vision|image|audio|speech|text)\s+(?:encoder|tower)|(?:vision|image|audio|speech)\s+transformer|ViT|"
    r"encoder|projector|adapter)\b(?!\s+models?\b)|"
    r"[^\s,，。；]{0,8}(?:模块|编码器))",
    re.I,
)


def part_count(text: str, seg_start: int, seg_end: int, start: int, end: int) -> bool:
    """Whether the count at [start, end) is a part's."""
    before = max(seg_start, start - 80)
    return bool(
        _PART_BEFORE.search(text, max(seg_start, start - 60), start)
        or _PART_AFTER.match(text, end, seg_end)
        or _set_off_part(text, before, start)
        or (_EACH_BEFORE.search(text, before, start) and not _active(text, start, end, seg_end))
        or _EACH_AFTER.match(text, end, seg_end)
    )


def _active(text: str, start: int, end: int, seg_end: int) -> bool:
    return bool(_ACTIVE.search(text, start, end) or _ACTIVE_AFTER.match(text, end, seg_end))


def _set_off_part(text: str, before: int, start: int) -> bool:
    """A part named earlier in the clause and the count set off after it, unless a name stands right before
    the bracket or the part noun says what the subject is."""
    part = _PART_SET_OFF.search(text, before, start)
    if part is None:
        return False
    named = _NAME_BEFORE.search(text, part.start(), start)
    return not (named or _SUBJECT_IS.search(text, before, part.start()))
