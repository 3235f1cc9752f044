"""Who a parameter count belongs to when no verb names it: a name's own bracket ('A (… 235B total …)'),
a count 'for' a name inside a bracket, a sentence opening on the count after one about a model, and the
models a segment names itself.
"""

from __future__ import annotations

import re

from extractors.facts.document import DocView, Ref, SegView
from extractors.facts.subjects import Subjects

# the rest of a bracket's clause after a count, up to 'for' and the name it is for: ' / 10B active for '
_FOR_NAME = re.compile(
    r"(?:\s*/\s*~?\d+(?:\.\d+)?\s?[BMT](?:\s+(?:active|total|activated))?)?\s+for\s+(?:the\s+)?"
)


def for_owner(view: DocView, sv: SegView, subs: Subjects, end: int) -> list[Ref] | None:
    """'(230B total / 10B active for A; ~229B / 10B for B)': inside a bracket, counts followed by 'for' and a
    versioned name are that name's, one clause per name (none when the name is one we do not know; None
    when no such name follows)."""
    text = view.text
    opened = text.rfind("(", sv.seg.start, end)
    if opened < 0 or ")" in text[opened:end]:
        return None
    m = _FOR_NAME.match(text, end, sv.seg.end)
    if m is None or not re.match(r"[A-Z][\w.-]*\d", text[m.end() : m.end() + 20]):
        return None  # (a count 'for' anything but a versioned name: 'for inference', 'for each token')
    return [r for r in named_in(subs, sv) if r.start == m.end()][:1]


def paren_owner(view: DocView, sv: SegView, subs: Subjects, pos: int) -> list[Ref]:
    """'A (a sparse MoE with 235B total parameters but only 22B active) and B (the largest dense one)': a
    count inside the parenthesis a name opens right after itself is that name's."""
    text = view.text
    opened = text.rfind("(", sv.seg.start, pos)
    if opened < 0 or ")" in text[opened:pos]:
        return []
    named = [r for r in named_in(subs, sv) if r.end <= opened and not text[r.end : opened].strip()]
    return named[-1:]


def fragment_subject(view: DocView, sv: SegView, subs: Subjects, pos: int) -> list[Ref]:
    """'Name is the teacher model. 288 billion active parameters, distilled down to power A and B.': a
    sentence that opens on the count goes on about the model the sentence before was about."""
    if sv.seg.kind != "sentence" or sv.seg.first or not sv.focus or view.text[sv.seg.start : pos].strip(" *"):
        return []
    prev = view.segs[sv.index - 1]
    named = [r for r in subs.models(prev) if r.via not in ("pronoun", "implied")]
    if prev.seg.para != sv.seg.para or not named or named[0].canonical != sv.focus:
        return []
    return [Ref("model", sv.focus, pos, pos, pos, None, 0.7, "implied")]


def named_in(subs: Subjects, sv: SegView) -> list[Ref]:
    """The models the segment names itself (no pronoun or implied one), each once."""
    named = [r for r in subs.models(sv) if r.via not in ("pronoun", "implied", "labmodel")]
    return [next(r for r in named if r.canonical == c) for c in dict.fromkeys(r.canonical for r in named)]


# a sentence opening on a phrase about the count ('At just 12 billion parameters, …', 'Despite their smaller
# size (14B parameters), …', 'With 41B active parameters, …'): the count is the main clause's subject's
_FRONTED = re.compile(r"\s*(?:At|With|Despite|Thanks\s+to|Weighing\s+in\s+at|Packing)\b")
# the subject after the comma when it names no model: 'this multimodal powerhouse', 'the model' (a pronoun is
# left to the pronoun reader)
_ANAPHOR = re.compile(
    r"(?:this|the)\s+(?:[\w-]+\s+){0,3}?(?:model|powerhouse|contender|variant|version|release|system|LLM)\b"
)


def fronted_owner(view: DocView, sv: SegView, subs: Subjects, pos: int) -> list[Ref]:
    """The subject of the main clause after a fronted phrase holding the count: the names right after its
    comma ('…, A and B are competitive'), else, for 'this model', the model the sentence before named
    last."""
    text = view.text
    if sv.seg.kind != "sentence" or not _FRONTED.match(text, sv.seg.start) or "," in text[sv.seg.start : pos]:
        return []
    comma = text.find(", ", pos, sv.seg.end)
    if comma < 0:
        return []
    after = comma + 2
    first = next((r for r in named_in(subs, sv) if r.start == after), None)
    if first is not None:
        return subs.coordinated(sv, first, True)
    # '…, it balances …': the model the pronoun stands for
    pronoun = [r for r in subs.models(sv) if r.start == after and r.via == "pronoun" and r.canonical]
    if pronoun and re.match(r"(?i)it\b", text[after : after + 3]):
        return pronoun[:1]
    if _ANAPHOR.match(text, after) and sv.index > 0 and view.segs[sv.index - 1].seg.para == sv.seg.para:
        return subs.recent(sv, 1, back=1)
    return []


# the opening of an appositive noun phrase after a name's comma, up to a count: ', a ', ', the flagship ',
# ', an open-source ', ', Lab's ' (no digit, comma or clause word between: the phrase describes that name)
_APPOSITIVE = re.compile(
    r",\s+(?:a|an|the|its|their|[A-Z][\w-]*['’]s)\s+(?:(?:[a-z][\w-]*(?:['’]s)?|\([A-Za-z]+\))\s+){0,3}?(?:[~≈]\s*)?$"
)
# the noun an appositive ends on after a bare count ('a 124B open-weights multimodal model', 'a dense 675B
# generalist', 'a 26B Mixture of Experts'): the count sizes the model the phrase describes
APPOSITIVE_NOUN = re.compile(
    r"(?:[\s-]+(?:[\w-]+|\([A-Za-z]+\))){0,4}?[\s-]+(?:models?|LLMs?|SLMs?|VLMs?|variant|version|generalist|"
    r"specialist|(?i:mixture[- ]of[- ]experts)|MoE)\b"
)

# the gate for a segment without a word about parameters: a bare B/T count inside such a phrase
APPOSITIVE_SIZE = re.compile(
    r",\s+(?:a|an|the|its|their|[A-Z][\w-]*['’]s)\s+(?:[\w()'’-]+\s+){0,3}?\d+(?:\.\d+)?\s?[BT]\b"
)


def appositive_owner(view: DocView, sv: SegView, subs: Subjects, pos: int) -> list[Ref]:
    """'A, a 124B open-weights model built on B', 'A, the flagship 78-billion-parameter variant, scores …':
    a count in the noun phrase set off by a comma right after a name is that name's."""
    text = view.text
    m = _APPOSITIVE.search(text, max(sv.seg.start, pos - 60), pos)
    if m is None:
        return []
    named = [r for r in named_in(subs, sv) if r.end <= m.start() and not text[r.end : m.start()].strip()]
    return named[-1:]


# a sentence opening on the model its count sizes: 'The full 744B parameter (40B active) model has …'
_THE_SIZED_MODEL = re.compile(
    r"\s*The\s+(?:full\s+|whole\s+|complete\s+)?\d+(?:\.\d+)?[BT][\s-]param(?:eter)?s?(?:\s*\([^()]{1,30}\))?"
    r"\s+model\b"
)


def sized_model_owner(view: DocView, sv: SegView, subs: Subjects) -> list[Ref]:
    """'The full 744B parameter (40B active) model has a 200K window. The full A model needs …': a sentence
    that opens on the model its count sizes and names nobody is about the section's model."""
    if not sv.focus or subs.models(sv) or not _THE_SIZED_MODEL.match(view.text, sv.seg.start, sv.seg.end):
        return []
    at = sv.seg.start
    return [Ref("model", sv.focus, at, at, at, None, 0.7, "implied")]
