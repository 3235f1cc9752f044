"""Leads on a benchmark: a model that tops, leads or heads a benchmark the reader knows ('A tops the
multilingual MTEB', 'A leads Lab's live Bench-X Pro leaderboard', 'A placed first on Bench-Y') holds its
first place. The board is the benchmark itself, found by the benchmark reader, so no board word is needed;
a few lowercase words or a possessive may stand between the verb and the benchmark, a model's name may not
('A leads B on Bench-X' is a comparison with B).
"""

from __future__ import annotations

import re

from extractors.facts.alternation import by_first_char
from extractors.facts.document import DocView
from extractors.facts.rank_lists import past
from extractors.facts.ranks import _outside_brackets as outside_brackets
from extractors.facts.subjects import Subjects, fact
from schema.records import AttributeFact

_LEAD_VERB = re.compile(
    r"\b(?:(?P<top>tops|topped|leads|heads|headed)\s+(?P<the>the\s+)?|"
    r"(?:placed|placing|finished|finishing|ranks?|ranked|came|comes)\s+first\s+(?:on|in|at)\s+(?:the\s+)?)"
    r"(?:(?:[a-z][\w-]*|[A-Z][\w.+-]*['’]s)\s+){0,3}?$"
)
# a board word after the benchmark: 'leads Lab's live Bench-X leaderboard'; without it or 'the', a lead on
# a bare benchmark ('A tops Bench-X with 72%, B tops Bench-Y') is a score comparison, no board's place
_BOARD_AFTER = re.compile(
    r"(?:\s+[a-z][\w-]*)?\s+(?:leaderboards?|rankings?|standings|board|arena|chart)\b", re.I
)
# words between the verb and the benchmark that make it no board of the model's ('leads the way in',
# 'tops out at', 'heads of', 'leads to')
_NOT_BOARD_WORDS = re.compile(r"\b(?:way|pack|field|out|to|of|by|into|for|all|every|both)\b")
_GATE = re.compile(by_first_char("tops|topped|leads|heads|headed|first", not_after=r"\w") + r"\b")


def bench_leads(view: DocView, subs: Subjects) -> list[AttributeFact]:
    text = view.text
    out: list[AttributeFact] = []
    for sv in view.segs:
        # (a segment naming no benchmark has nothing to lead: asked before the gate's search)
        benches = sv.benchmarks() if sv.seg.kind != "row" else []
        if not benches or not _GATE.search(text, sv.seg.start, sv.seg.end):
            continue
        for b in benches:
            m = _LEAD_VERB.search(text, max(sv.seg.start, b.start - 70), b.start)
            if m is None or _NOT_BOARD_WORDS.search(m.group()) or past(text, sv, m.start(), b.end):
                continue
            if m.group("top") and not m.group("the") and not _BOARD_AFTER.match(text, b.end, sv.seg.end):
                continue
            before = [r for r in subs.before(sv, m.start(), False) if r.reach <= m.start()]
            subj = outside_brackets(subs, sv, before, m.start())  # 'A (with B as fallback) leads the …'
            if len(subj) == 1 and b.canonical:
                out.append(fact(view, sv, subj[0], "leaderboard_rank", "1", 0.7, "prose", b.canonical))
    return out
