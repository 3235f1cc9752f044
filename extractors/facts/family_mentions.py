"""Family mentions: a name written as a whole family ('the Name 3 family', 'the Name-2 series', 'all Name 4
models', 'four Name-5 checkpoints') stands for several models, so no single model's size, window, date or rank
is its. A fact whose sentence names its subject only that way belongs to the one member of the family the
same sentence names ('Name-3-9B is the open model in the Name 3 family, released on …'), else to nobody; a
launch date stays the family's when the sentence names none of its members ('Lab launched the Name 3 family
in May'), and so does a window said of the whole family ('All Name 3 models read 128K tokens'): a lineup
shares its window far more often than its sizes or places. A window said of part of a family ('some', 'two of
the', 'most', 'the smaller' Name 3 models), two windows in one sentence, or a size before the family's name is
nobody's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.facts import entities as ent
from extractors.facts.document import DocView
from extractors.facts.folded_openings import folded_first_char
from schema.records import AttributeFact

# the nouns that make a name a group of models; a plural model noun counts ('the Name 3 models')
_GROUP_AFTER = re.compile(
    r"(?:[\s\u00a0]+(?:open(?:-weights?)?|open-source|AI|LLM|language))*"
    r"[\s\u00a0]+(?:family|families|series|line-?up|line|collection|generation|models|variants|checkpoints)\b",
    re.I,
)
# a word every `_GROUP_AFTER` holds (asked before a pattern is compiled from the fact's subject)
_GROUP_NOUN = re.compile(  # case-blind, opening on one class of its first letters (folded_openings)
    folded_first_char("famil|series|line|collection|generation|models|variants|checkpoints")
)


def _spelled(name: str) -> re.Pattern[str]:
    """`name` as text writes it: spaces, hyphens (any dash) or nothing between its parts."""
    parts = r"[\s_\-\u2010-\u2015]*".join(re.escape(w) for w in re.findall(r"[^\W_]+|[^\w\s-]", name))
    return re.compile(rf"(?<![\w.]){parts}(?![\w.]|[\-\u2010-\u2015]\w)", re.I)


def _member(family: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Whether `name` is a member of `family`: its parts in order with more between or after them ('Name Large
    3' in the 'Name 3' family, 'Name-3-9B' in the 'Name 3' one)."""
    if len(name) <= len(family) or name[0] != family[0]:
        return False
    rest = iter(name)
    return all(part in rest for part in family)


def family_subjects(view: DocView, facts: list[AttributeFact]) -> list[AttributeFact]:
    out = []
    windows: dict[tuple[str, int], set[str]] = {}  # the windows each sentence gives each name
    for f in facts:
        if f.attribute == "context_window_tokens" and f.evidence.start >= 0:
            windows.setdefault((f.subject, f.evidence.start), set()).add(f.value)
    for f in facts:
        ev = f.evidence
        if ev.start < 0 or f.attribute not in _SINGLE:
            out.append(f)
            continue
        text = view.text[ev.start : ev.end]
        if _GROUP_NOUN.search(text) is None:
            out.append(f)  # no group noun: no name in the sentence is said as a family (no pattern compiled)
            continue
        said = list(_spelled(f.subject).finditer(text))
        if not said or not all(_GROUP_AFTER.match(text, m.end()) for m in said):
            out.append(f)
            continue
        # the family's members the sentence names
        parts = ent.name_parts(f.subject)
        members = {
            m for m in view.doc_models if _member(parts, ent.name_parts(m)) and _spelled(m).search(text)
        }
        if len(members) == 1:
            out.append(replace(f, subject=members.pop()))
        elif not members and f.attribute in _FAMILY_WIDE and _whole(f, text, said, windows):
            out.append(f)  # 'Lab launched the Name 3 family in May': the family's own launch
    return out


# a size of the kind a window is written in ('128K', '1M', '1.5 million')
_SIZE = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)?\s?(?:[KkM]\b|million\b)", re.I)
# what may stand before a family said whole in its clause: nothing, or 'all', 'every', 'each' and an article
_WHOLE_LEAD = re.compile(r"(?:(?:all|every|each)(?:\s+of)?\s+)?(?:(?:the|its|their|these|those)\s+)?", re.I)


def _whole(
    f: AttributeFact, text: str, said: list[re.Match[str]], windows: dict[tuple[str, int], set[str]]
) -> bool:
    """Whether a window is said of the whole family: every mention opens its clause, alone or after 'all',
    'every', 'each' and an article ('Most / Two of the / The smaller Name 3 models' are part of it), and the
    sentence gives the family one window only, after its name ('the open ones read 32K, the hosted ones 1M'
    is two groups; 'from 32K to 1M' a spread; 'At 32K tokens, Name 3 models answer …' a setting)."""
    if f.attribute != "context_window_tokens":
        return True
    if len(windows.get((f.subject, f.evidence.start), ())) > 1:
        return False
    sizes = [m.start() for m in _SIZE.finditer(text)]
    if len(sizes) != 1 or sizes[0] < said[0].end():
        return False  # 'from 32K to 1M' is a spread; 'At 32K tokens, Name 3 models …' a setting
    for m in said:
        lead = re.split(r"[,;:\u2014\u2013]|\s-\s", text[: m.start()])[-1].strip()
        if not _WHOLE_LEAD.fullmatch(lead + " " if lead else ""):
            return False
    return True


# what a family holds as a whole when its sentence names none of its members: its launch, its shared window
_FAMILY_WIDE = frozenset(("release_date", "context_window_tokens"))
_SINGLE = frozenset(
    ("parameters_total", "parameters_active", "context_window_tokens", "release_date", "leaderboard_rank")
)
