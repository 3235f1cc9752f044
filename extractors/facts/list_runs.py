"""Lists written 'A, B and C': which spans of a segment form one list, and the figures of a list that cannot
be paired one to one with the list of names before them.

'A, B and C scored 71.2%, 68.4% and 80.1%' pairs names and figures in order (scores.respective_pairs). When
the names' list holds fewer or more names than the figures' list, or one of its members was not read as a
name ('Nameless, B and C scored …': two names for three figures), no order pairs them: the figures then go to
nobody, never all to the name written last, which the nearest-subject reading would give them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.facts.document import Ref, SegView
from extractors.facts.numbers import NumberMention

# 'and' as lists write it ('68 % et 65 %', 'A y B', '68 bzw. 65 Prozent'), an article after it
# ('un 68 % y un 65 %')
_AND = r"(?:and|et|y|e|und|bzw\.|ou|o)"
LIST_SEP = re.compile(
    r"\s*(?:%|percent|Prozent|pour\s?cent|por\s?ciento|por\s?cento)?\s*"
    rf"(?:,\s*(?:{_AND}\s+)?|\s+{_AND}\s+|[、，和与與及と]\s*)(?:(?:un|una|um|uma)\s+)?"
)
# what stands between a list of names and its figures: a verb phrase, no clause of its own
_NAMES_TO_FIGURES = re.compile(r"\s+(?:[a-z]+\s+){1,4}(?:of\s+|at\s+)?")
# a list member before the first name read, that is no name read: a name-shaped token, a word and a version
# ('Brantor 2, B and C', 'brantor-2, B and C', 'Windows 11, B and C'), or a capitalised word opening the
# sentence ('Brantor, B and C'); not a date or a sentence's opening words ('In March 2025, B and C')
_MEMBER_BEFORE = re.compile(
    r"(?<![\w.-])(?P<m>[A-Z][\w.-]*(?:[ ][\w.-]*\d[\w.-]*)?|[a-z][\w.]*-[\w.-]*\d[\w.-]*)"
    r"(?:,\s*(?:and\s+)?|\s+and\s+)$"
)
_NOT_MEMBER = re.compile(
    r"(?:The|In|On|At|For|With|By|As|Of|From|To|And|But|So|Then|Now|Here|There|Also|Meanwhile|However|"
    r"Overall|Today|Yesterday|Last|This|That|These|Those|Both|All|Only|Even|While|When|After|Before|Since|"
    r"Among|Across|Against|Compared|Results|Scores|Models|Jan\w*|Feb\w*|Mar\w*|Apr\w*|May|June?|July?|"
    r"Aug\w*|Sep\w*|Oct\w*|Nov\w*|Dec\w*|Q[1-4]|H[12]|Week|Day|Round|Step|Phase|Part)\b"
    r"|.*\b(?:19|20)\d\d\b"
)


def _missing_member(text: str, seg_start: int, first: int) -> bool:
    """A list member written before the name at `first` that was not read as a name."""
    m = _MEMBER_BEFORE.search(text, max(seg_start, first - 40), first)
    if m is None or _NOT_MEMBER.match(m.group("m")):
        return False
    # a bare capitalised word is a member only where it opens the sentence
    return bool(re.search(r"\d", m.group("m"))) or not text[seg_start : m.start()].strip()


# bindings a figure makes on its own whatever list it stands in: 'N for M', 'N (M)', "M's N"
OWN_BINDINGS = frozenset(["for", "paren", "possessive"])


def runs(text: str, spans: Sequence[tuple[int, int]]) -> list[list[int]]:
    """Indexes of spans written as one list ('A, B and C'), lists of two or more only."""
    out: list[list[int]] = []
    for i, (start, _end) in enumerate(spans):
        if out and LIST_SEP.fullmatch(text, spans[i - 1][1], start):
            out[-1].append(i)
        else:
            out.append([i])
    return [r for r in out if len(r) >= 2]


def unpaired_figures(
    text: str, sv: SegView, cands: Sequence[NumberMention], paired: dict[int, Ref]
) -> frozenset[int]:
    """The starts of the figures of a list (two or more) that follows a list of names it cannot be paired
    with one to one: the names' list is longer or shorter, or opens on a member not read as a name. Figures
    already paired (with benchmarks or names) are not among them."""
    if len(cands) < 2:
        return frozenset()
    models = sorted((r for r in sv.refs if r.kind == "model" and r.via != "pronoun"), key=lambda r: r.start)
    if not models:
        return frozenset()
    out: set[int] = set()
    for nr in runs(text, [(n.start, n.end) for n in cands]):
        figures = [cands[i] for i in nr]
        if any(n.start in paired for n in figures):
            continue
        first = figures[0].start
        before = [r for r in models if r.reach <= first]
        if not before or not _NAMES_TO_FIGURES.fullmatch(text, before[-1].reach, first):
            continue  # the figures do not follow a subject's verb: no list of names is their subject
        names = [before[-1]]
        for r in reversed(before[:-1]):
            if not LIST_SEP.fullmatch(text, r.reach, names[0].start):
                break
            names.insert(0, r)
        missing = _missing_member(text, sv.seg.start, names[0].start)
        if len(names) == len(figures) and not missing:
            continue
        if len(names) == 1 and not missing:
            continue  # one subject's several figures ('B scored 71% and 80% on X and Y')
        out.update(n.start for n in figures)
    return frozenset(out)
