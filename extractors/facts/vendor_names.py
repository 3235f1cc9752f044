"""Model names written after their vendor's prefix: OpenAI's reasoning series as 'GPT-o3 Pro', 'GPT-o4-mini',
'OpenAI-o1' or 'Openai O1-1217'. The one-letter family 'o' is read only where nothing is glued before it
(`family_mentions`), so a prefix hides a tier written after the member ('GPT-o3 Pro' read as o3, not o3-pro)
and a capital O hides the member itself; here the prefix is set aside and the rest read as the family."""

from __future__ import annotations

import re

from extractors.facts.entities import TIER_WORDS, Mention, knowledge
from extractors.facts.members import family_canonical

# ('(?:Chat)?(?:GPT|OpenAI|Openai|OPENAI)' after no word character, written by first letter with the
# lookbehind after it, so that re skips to the letters C, G and O: see alternation.py)
_PREFIXED_O = re.compile(
    r"(?:C(?<![A-Za-z0-9_-]C)hat(?:GPT|OpenAI|Openai|OPENAI)|G(?<![A-Za-z0-9_-]G)PT|"
    r"O(?<![A-Za-z0-9_-]O)(?:penAI|penai|PENAI))[- ]?(?=[oO]\d)"
)


def vendor_prefixed(text: str) -> list[Mention]:
    kb = knowledge()
    if kb.family_core is None:
        return []
    out: list[Mention] = []
    for p in _PREFIXED_O.finditer(text):
        pos = p.end()
        window = text[:pos] + text[pos].lower() + text[pos + 1 : pos + 48]  # 'O1' is o1
        hit = kb.family_core.match(window, pos)
        if hit is None or kb.family_alias.get(hit.group("fam")) != "o":
            continue
        known = "o" + hit.group("ver")
        if known in kb.model_ids and not TIER_WORDS.intersection(re.split(r"[- ]", hit.group("tiers"))):
            canon = known  # a snapshot after a known member ('O1-1217') is that member
        else:
            canon = family_canonical(kb, "o", hit.group("ver"), hit.group("tiers"))
        out.append(
            Mention("model", canon, pos, hit.end(), text[pos : hit.end()], confidence=0.9, method="family")
        )
    return out
