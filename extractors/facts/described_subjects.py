"""A comparison's subject written as a description of a model rather than its name: 'The Maverick version'
(a member named by a word of its own) and 'the 27B model' (a member named by its size)."""

from __future__ import annotations

import re

from extractors.facts.claim_sides import is_named
from extractors.facts.document import DocView, Ref, SegView
from extractors.facts.entities import TIERS
from extractors.facts.subjects import Subjects

_NAMEISH = re.compile(r"\b[A-Z][A-Za-z]+[- ]?\d")
_TIER = re.compile(r"\b(?:" + TIERS + r")\b")
_NAMED_NP = re.compile(r"\b[Tt]he\s+([A-Z][a-z]+)\s+(?:version|variant|model|edition|release)\b")
_SIZED_NP = re.compile(
    # "the 27B model", or a clause opening on its size ("32B dense model beats …", "32B稠密模型超越 …")
    r"(?:\b[Tt]he\s+(?:(?:largest|smallest|biggest|flagship|new|top)\s+)?|(?<![^\s*\-•])(?=\d[\d.]*[BM]\s*(?:"
    r"dense|MoE|稠密|混合专家)))(?:(?P<size>\d+(?:\.\d+)?[BM])"
    r"(?:-(?P<variant>[A-Z][a-z]+))?|(?P<bsize>\d+(?:\.\d+)?)[-\s]billion(?:[-\s]param(?:eter)?s?)?)\s*"
    r"(?:(?:dense|MoE|稠密|混合专家)\s*)?(?:(?<=\s)(?:model|variant|version|member|one)\b|模型)"
)


def named_member(view: DocView, subs: Subjects, sv: SegView, cs: int, at: int) -> list[Ref] | None:
    """'The Maverick version outperforms X': a member the text names by a word of its own, never the focus;
    None when the clause (from `cs` to the head at `at`) holds no such phrase, [] when it names no one
    plainly."""
    text = view.text
    named_np = _NAMED_NP.search(text, cs, at)
    if not named_np:
        return None
    word = named_np.group(1)
    hit = sorted(n for n in view.doc_models if re.search(r"[\s-]" + re.escape(word) + r"$", n))
    # the family is the last model named before it, with no other name-like word in between
    last = [
        r
        for i in range(max(0, sv.index - 1), sv.index + 1)
        for r in subs.models(view.segs[i])
        if is_named(r) and r.reach <= named_np.start()
    ]
    base = last[-1].canonical if last else None
    if last and _NAMEISH.search(text, last[-1].reach, named_np.start()):
        base = None
    if not hit and base and _TIER.fullmatch(word) and not _TIER.search(base):
        hit = [f"{base} {word}"]  # "The Maverick version" of an article about Llama 4: Llama 4 Maverick
    if len(hit) != 1:
        return []
    start, end = named_np.start(1), named_np.end(1)
    return [Ref("model", hit[0], start, end, end, None, 0.75, "tier", word)]


def sized_member(view: DocView, sv: SegView, cs: int, at: int) -> Ref | None:
    """'the largest 27B model outperforms …': the member of that size the page names, else the focus
    family's."""
    text = view.text
    sized = _SIZED_NP.search(text, cs, at)
    if not sized:
        return None
    size = sized.group("size") or sized.group("bsize") + "B"
    variant = sized.group("variant")
    tail = r"(?:[\s-]" + re.escape(variant) + ")?$" if variant else r"(?:-A\d+(?:\.\d+)?B)?$"
    hit = sorted(n for n in view.doc_models if re.search(r"[\s-]" + re.escape(size) + tail, n))
    # the family the section or the article is about (not a sized member a list item named)
    focus = next((f for f in (sv.focus, view.focus) if f and not re.search(r"\d[BM]\b", f)), None)
    if focus and not any(n.startswith(focus) for n in hit):
        hit = []  # "32B稠密模型" on a page about Qwen3 naming Qwen2.5-32B before: the focus's own member
    if not hit and focus:
        # "The 32B-Instruct model" on a page about the Qwen2.5 Coder family: its member of that size
        hit = [f"{focus} {size}" + (f" {variant}" if variant else "")]
    if len(hit) != 1:
        return None
    return Ref("model", hit[0], sized.start(), sized.end(), sized.end(), None, 0.75, "sized")
