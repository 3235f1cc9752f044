"""A rival named in a fronted phrase is no owner of what the main clause states: 'Two seasons after B, this
release reads 2M tokens' or 'Unlike B, the new model reads 2M tokens'. The phrase before the comma
names B only as a yardstick; the clause after it speaks of the page's model through a description ('this
release', 'the new model') or a pronoun, so a window or size there is not B's.
"""

from __future__ import annotations

import re

# a fronted phrase that names a yardstick: a time or comparison word before the rival, the phrase ending at
# the sentence's first comma
_YARDSTICK = re.compile(
    r"\b(?:after|before|since|following|unlike|like|than|versus|vs\.?|over|(?:compared|relative)\s+(?:to|with)|"
    r"against|succeeding|replacing)\s+(?:the\s+)?$",
    re.I,
)
# the main clause opens on a description or pronoun of the page's model, not a name
_ANAPHOR = re.compile(
    r",\s+(?:(?:this|the|our|its)\s+(?:new(?:est)?\s+|latest\s+|next\s+)?"
    r"(?:upgrade|release|model|version|update|successor|flagship|one|system|launch|iteration)\b|it\b)",
    re.I,
)


def fronted_rival(text: str, seg_start: int, ref_start: int, ref_end: int, pos: int) -> bool:
    """True when the name at [ref_start, ref_end) stands in a fronted yardstick phrase of the sentence that
    starts at `seg_start`, and the main clause after that phrase's comma, which holds `pos`, opens on a
    description of the page's model."""
    if _YARDSTICK.search(text, max(seg_start, ref_start - 40), ref_start) is None:
        return False
    comma = text.find(",", ref_end, pos)
    if comma < 0 or "," in text[seg_start:ref_start] or "." in text[ref_end:comma]:
        return False
    return re.fullmatch(r"[^,;]{0,40}", text[ref_end:comma]) is not None and bool(_ANAPHOR.match(text, comma))
