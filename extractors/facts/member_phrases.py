"""Members a sentence describes instead of naming: a page about a family often gives one member's figures
through a noun phrase, not the member's name ('its Ultra edition carries 2T parameters', 'a Nano variant
that runs 2 billion active parameters', 'a dense 22B parameter model' beside another member, 'the biggest
Name 4 model weighs 300 billion parameters'). The reader then gives the figure to the family's name, the one
model it knows. A figure of such a phrase belongs to that member: the family with the tier ('Name 2 Ultra')
or the size ('Name 2 22B'), as the page spells it when it names it in full, else the family's name and the
word.

Only a figure the phrase itself owns moves: the nearest phrase before it opens the figure's clause (no
model's name and no sentence end between); the phrase is not said of the name ('Name 2 is a 9B parameter
model'); a sized phrase stands among the members a sentence lists; the figure's subject is a family's plain
name (no size or tier of its own); and the member has no figure of its own for that attribute. A stage word
('the Base version', 'the Instruct model') stays the family's: pages write it for the family itself. A
superlative moves a total count only when it names the family ('the largest Name 4 model'); 'flagship'
never does: that is the page's model.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.facts import entities as ent
from extractors.facts.document import DocView
from schema.records import AttributeFact

_ATTRS = frozenset(("parameters_total", "parameters_active", "context_window_tokens"))
# a cheap test before any pattern runs: the member nouns every phrase ends on
_GATE = re.compile(r"\b(?:model|version|variant|edition|checkpoint)\b", re.I)
# tiers that make a member of their own ('Pro', 'Mini'); stage words ('Base', 'Instruct') are left out
_TIER = (
    r"Pro|Ultra|Max|Mini|Nano|Flash|Lite|Plus|Turbo|Fast|Heavy|Air|Large|Medium|Small|Micro|Tiny|Super|"
    r"Edge|Prime|Spark|Swift|Omni|Coder|Speciale"
)
# the kind words a phrase may put before its noun ('a Mini mixture of experts model', 'a dense 4B model')
_KIND = (
    r"(?:(?:dense|sparse|hybrid|multimodal|reasoning|(?:mixture|Mixture)[- ]of[- ](?:experts|Experts)|MoE)"
    r"\s+)*"
)
_NOUN = r"(?:model|version|variant|edition|checkpoint)\b"
_DET = r"(?<![\w-])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+"
_TIER_PHRASE = re.compile(_DET + r"(?P<tier>" + _TIER + r")\s+" + _KIND + _NOUN)
# 'a dense 4B parameter model', 'the 12B-parameter variant', 'a 7 billion parameter checkpoint'
_SIZE_PHRASE = re.compile(
    _DET
    + r"(?:(?:dense|sparse|small|smaller|compact|larger|bigger)\s+)?"
    + r"(?P<num>\d+(?:\.\d+)?)\s?(?P<unit>B|M|billion|million)[- ]param(?:eter)?s?[- ]"
    + _KIND
    + _NOUN
)
# 'the largest Name 4 model': the family named inside the phrase
_TOP_PHRASE = re.compile(
    _DET
    + r"(?P<sup>largest|biggest|smallest|flagship)\s+(?P<fam>[A-Z][\w.-]*(?:\s+[\w.-]+){0,3}?)\s+"
    + _NOUN
)
# a count as prose writes it, to find where the figure stands in its sentence
_COUNT = re.compile(
    r"(?<![\w.])(?P<num>\d+(?:\.\d+)?)\s?(?P<mag>[KMBT]|thousand|million|billion|trillion)(?![a-zA-Z])",
    re.I,
)
_MAG = {"k": 1e3, "m": 1e6, "b": 1e9, "t": 1e12, "thousand": 1e3, "million": 1e6, "billion": 1e9}
_MAG["trillion"] = _MAG["t"]
_STOP = re.compile(r"[.;!?](?:\s|$)")
_HAS_SIZE = re.compile(r"(?:^|[\s-])[AE]?\d+(?:\.\d+)?[BMT]\b|\d+x\d+B", re.I)
_ENDS_TIER = re.compile(r"(?:^|[\s-])(?:" + ent.TIERS + r")$")


def _value_at(text: str, value: float) -> int:
    """Where the sentence writes `value` as a count ('12 billion', '1.02T', '256K'), or -1."""
    for m in _COUNT.finditer(text):
        mag = m.group("mag").lower()
        got = float(m.group("num")) * _MAG.get(mag, 0.0)
        if got and abs(got - value) <= 0.005 * value:
            return m.start()
    return -1


def _size_text(count: float) -> str:
    return f"{count / 1e9:g}B" if count >= 1e9 else f"{count / 1e6:g}M"


def _plain_family(name: str) -> bool:
    """A family's name without a member's size or tier ('Name 2', not 'Name 2 Pro' or 'Name 2 9B')."""
    return not _HAS_SIZE.search(name) and not _ENDS_TIER.search(name)


def _member(family: str, word: str, doc_models: set[str]) -> str:
    """The page's spelling of the family's member `word` ('Name-2-Pro'), else the family and the word."""
    want = (*ent.name_parts(family), *ent.name_parts(word))
    for m in sorted(doc_models):
        if ent.name_parts(m) == want:
            return m
    return f"{family} {word}"


def _phrase_member(f: AttributeFact, sentence: str, at: int, doc_models: set[str]) -> str | None:
    """The member the phrase opening the figure's clause (the figure at `at`) describes, if any."""
    found: list[tuple[int, str]] = []
    tiers = [(m.start(), m.group("tier")) for m in _TIER_PHRASE.finditer(sentence)]
    sizes = [(m.start(), m) for m in _SIZE_PHRASE.finditer(sentence)]
    found += [(start, _member(f.subject, tier, doc_models)) for start, tier in tiers if start < at]
    if len(tiers) + len(sizes) >= 2:  # a sized member only among the members a sentence lists
        for start, m in (s for s in sizes if s[0] <= at):
            size = float(m.group("num")) * _MAG[m.group("unit").lower()]
            found.append((start, _member(f.subject, _size_text(size), doc_models)))
    if f.attribute == "parameters_total":
        for m in _TOP_PHRASE.finditer(sentence, 0, at):
            if m.group("sup") != "flagship" and ent.name_parts(m.group("fam")) == ent.name_parts(f.subject):
                found.append((m.start(), _member(f.subject, _size_text(float(f.value)), doc_models)))
    if not found:
        return None
    start, member = max(found)
    between = sentence[start:at]
    if _STOP.search(between) or any(_named(between, m) for m in doc_models if m != f.subject):
        return None
    return None if _said_of(f.subject, sentence[:start]) else member


def _said_of(name: str, before: str) -> bool:
    """Whether the phrase is said of the name itself ('Name 2 is a 9B-parameter model', 'Name 2, the Pro
    version'): the name ends the text before it but for a verb of being or a comma."""
    tail = before.lower().rstrip()
    tail = re.sub(r"(?:\s*(?:,|:|—|–|\(|\bis|\bwas|\bas|\bwhich\s+is))+$", "", tail).rstrip()
    words = ent.name_parts(tail)
    parts = ent.name_parts(name)
    return bool(parts) and words[-len(parts) :] == parts


def _named(text: str, model: str) -> bool:
    return bool(model) and model.lower() in text.lower()


def member_phrases(view: DocView, facts: list[AttributeFact]) -> list[AttributeFact]:
    """Facts whose figure a member phrase owns, given to that member (see the module's note)."""
    own = {(f.subject, f.attribute) for f in facts}
    out = []
    for f in facts:
        ev = f.evidence
        if f.attribute in _ATTRS and ev.start >= 0 and _GATE.search(ev.text) and _plain_family(f.subject):
            at = _value_at(ev.text, float(f.value))
            member = _phrase_member(f, ev.text, at, view.doc_models) if at >= 0 else None
            if member and (member, f.attribute) not in own:
                f = replace(f, subject=member)
        out.append(f)
    return out
