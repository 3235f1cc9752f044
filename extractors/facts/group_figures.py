"""Figures a page states for a group of models, not for one: a quantifier stands as the clause's subject
('All Pell 4 models reach 64%', 'todos quedan entre 61 y 63'), or right after the names or the plural noun it
gathers ('the Pell models all land at 40%', 'Pell and Vanta all under 5%'). The figure is the group's
(often a bound or a range), so it is read for no member, nor for the family (used by scores.py)."""

from __future__ import annotations

import re

from extractors.facts.document import SegView

# 'all' and its words in the languages the pages are written in; never 'all-round', nor 'all' as an adverb:
# 'Name all but clears B' (nearly), 'All told, it …', 'All in all, …' (an aside closed by a comma)
_Q = r"(?:all|todos|todas|alle|tous|toutes|tutti|tutte|semua)(?![\w-])(?!\s+but\b|(?:\s+[^\W\d]+){0,2}\s*,)"
# the clause's start: a sentence, a clause, a label's colon or a line; an article or 'and' may come first
_OPENING = re.compile(rf"(?i:(?:and\s+|y\s+|und\s+|et\s+|e\s+)?{_Q})")
# a noun that gathers models ('models', 'Modelle', 'modelos', 'family'): before a quantifier that follows it
# ('the Pell models all …'), or after the names a quantifier opens on ('All Pell 4 models …')
_NOUNS = r"(?i:models?|modelle|modelos|modèles|modelli|family|series|variants|sizes)"
_GROUP_NOUN = re.compile(_NOUNS + r"\s+$")
_GATHERED = re.compile(r"\s+(?:(?:of\s+)?the\s+)?")
_NOUN_AFTER = re.compile(r"\s+" + _NOUNS + r"\b")
_CLAUSE_START = re.compile(r"[.;:!?](?:\s+|$)|\n\s*|\s[—–]\s")


def group_figure(text: str, sv: SegView, start: int) -> bool:
    """Whether the figure at `start` is stated for a group: a quantifier opens its clause, or stands right
    after a model's name (or a benchmark's, the models named before them) or a plural noun for models, with
    no other name between it and the figure."""
    lo = max((m.end() for m in _CLAUSE_START.finditer(text, sv.seg.start, start)), default=sv.seg.start)
    clause = text[lo:start]
    if not re.search(_Q, clause, re.I):
        return False  # the cheap test: most clauses hold no quantifier
    for q in re.finditer(_Q, clause, re.I):
        at = lo + q.start()
        after = [r for r in sv.refs if r.kind == "model" and at < r.start < start]
        if after:
            # 'All Pell 4 models reach …' gathers the family's members; 'all but Pell 4 …' names an owner
            first = after[0]
            if _GATHERED.fullmatch(text, lo + q.end(), first.start) and _NOUN_AFTER.match(text, first.reach):
                return True
            continue
        if _OPENING.fullmatch(text, lo, lo + q.end()) or _OPENING.fullmatch(clause[: q.end()].lstrip()):
            return True
        before = text[lo:at]
        if _GROUP_NOUN.search(before) or any(
            r.kind in ("model", "benchmark") and r.reach <= at and not text[r.reach : at].strip()
            for r in sv.refs
        ):
            return True
    return False
