"""Siblings named by their version alone: a page about one member of a lettered family ('Vesk-R4') that
writes another member's lettered version bare ('R3.5 trailed it', 'up from R3's 40B') means that family's
member, although the page never writes it in full.

A family no list knows counts as well where the page names a member so ('Tarnfold-K4': 'K3' alone is
Tarnfold-K3), with its page model's letter only, but a letter and a digit are mostly something else there:
a metric ('an F1 of 0.8'), a GPU ('a T4'), a quarter ('in Q2'), a priority ('P1'), listed as data
(patterns/version_words.jsonl, 'lone_token'), and a token after an article ('the K4 tier') or before a word
for a grade of something ('K4 plan', 'G2 baselines') is that thing, not a member.

The letter must be one the family's members carry (its own models' letters, or the page model's), exactly
one of the page's families must carry it, the version must be no page model's already (`version_mentions`
reads those), and it must stand alone: a capitalised word right before it makes it another name's version
('Pictor V3' is Pictor's, not the page family's), and a word for a line after it ('the R3 series') makes it
the family's line, not one model.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from extractors.facts.entities import Mention, knowledge
from extractors.facts.members import family_canonical, family_letters, lettered_owners, lettered_version
from extractors.facts.patterns import kind_alternation, kind_words

# in a family no list knows: a metric, GPU, quarter or priority written as a letter and a digit ('F1', 'T4')
_LONE_TOKENS = frozenset(kind_words("version_words.jsonl", "lone_token"))
# ... and a token after an article, or before a word for a grade, a plan or a baseline ('the K4 tier')
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)[ \t]+$")
_GRADE_AFTER = re.compile(
    r"[ \t]+" + kind_alternation("version_words.jsonl", "grade_noun", longest_first=True) + r"\b", re.I
)

# a lettered version alone ('R3', 'M2.1'; not 'R3-Lite', 'A100', 'R3.5.1'), with a snapshot's date after it
# ('R3-0611', a month and a day: 'R3-2024' is no snapshot); Chinese or Japanese glued on either side leaves
# it alone ('反馈R3.5比')
_BARE_LETTERED = re.compile(
    r"(?P<ver>[A-Z](?<![A-Za-z0-9_.-][A-Z])\d{1,2}(?:\.\d{1,2})?)(?P<snap>-(?:0[1-9]|1[0-2])[0-3]\d)?"
    r"(?![A-Za-z0-9_.-]|\.\d)"
)
_NAME_BEFORE = re.compile(r"[A-Z][\w.-]*[ \t]$")
# the family's line at that version, not one model ('the R3 line', 'R3 series', 'R3 models')
_LINE_AFTER = re.compile(r"[ \t]+(?:line|series|family|generation|lineup|models|architectures?)\b", re.I)
# a device or a product with the same letter and digit, not a model ('the V8 engine', 'an M4 chip', 'an M3
# MacBook', 'an R2 bucket', 'M4芯片')
_THING_AFTER = re.compile(
    r"[ \t]+(?:engines?|chips?|chipsets?|processors?|[CGT]PUs?|MacBooks?|Macs?|iPads?|laptops?|buckets?|"
    r"storage|cards?|instances?|cars?|sedans?|motors?)\b|[ \t]*(?:芯片|显卡|引擎|处理器|チップ|エンジン)",
    re.I,
)


def sibling_versions(text: str, models: Iterable[str]) -> list[Mention]:
    """Mentions of the page family's siblings written by their lettered version alone ('V3.2' on a
    DeepSeek-V4 page means DeepSeek-V3.2), with a snapshot's date kept ('R1-0528')."""
    kb = knowledge()
    models = list(models)
    owned = lettered_owners(models)
    letters: dict[str, set[tuple[str, str]]] = {}
    unlisted: set[tuple[str, str]] = set()  # the families no list knows
    for canon in models:
        lv = lettered_version(canon)
        if lv is not None:
            # (a family no list knows, named so on the page, 'Tarnfold-M2': its own model's letter only)
            for letter in (family_letters(lv[0]) if lv[0] in kb.family_join else frozenset()) | {lv[2][0]}:
                letters.setdefault(letter, set()).add((lv[0], lv[1]))
            if lv[0] not in kb.family_join:
                unlisted.add((lv[0], lv[1]))
    if not letters:
        return []
    out = []
    for hit in _BARE_LETTERED.finditer(text):
        ver, snap = hit.group("ver"), hit.group("snap") or ""
        fams = letters.get(ver[0], set())
        if (
            (ver in owned and not snap)
            or len(fams) != 1
            or _NAME_BEFORE.search(text, max(0, hit.start() - 30), hit.start())
            or _LINE_AFTER.match(text, hit.end())
            or _THING_AFTER.match(text, hit.end())
        ):
            continue
        fam, join = next(iter(fams))
        if (fam, join) in unlisted and (
            ver in _LONE_TOKENS
            or _ARTICLE_BEFORE.search(text, max(0, hit.start() - 8), hit.start())
            or _GRADE_AFTER.match(text, hit.end())
        ):
            continue  # 'an F1 of 0.8', 'a T4', 'in Q2', 'the K4 tier': not a member of a family no list knows
        canon = family_canonical(kb, fam, ver, "", join) + snap
        out.append(
            Mention("model", canon, hit.start(), hit.end(), hit.group(), confidence=0.7, method="short")
        )
    return out
