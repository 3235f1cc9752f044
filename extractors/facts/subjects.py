"""Who an attribute or claim is about: the models of a segment (with the weak names the statement itself makes
likely), the subject before a position, groups ("Both …", "All three …") and comparatives ("the smaller one").

A statement that gives a parameter count, a context window, a price, a release or a rank is itself evidence
that the name it is about is a model, so names discovery found below its threshold (`DocView.weak_names`)
take part here; the stages that read scores keep ignoring them.
"""

from __future__ import annotations

import bisect
import re

from extractors.facts.alternation import by_first_char
from extractors.facts.descriptions import description_size
from extractors.facts.document import OBJECT_BEFORE, DocView, Ref, SegView
from extractors.facts.name_templates import FUNCTION_WORDS
from schema.records import AttributeFact

_SIZE_PART = re.compile(r"[-_](?:[A-Za-z]+[-_])?(\d+(?:\.\d+)?[BbMm])(?![\w])(?![-_]\d+[Ee]\b)")
_COMPARATIVE = re.compile(
    r"\b[Tt]he\s+(?P<cmp>smaller|larger|bigger|biggest|smallest|largest|lighter|heavier)\s+"
    r"(?:one|model|sibling|variant|version|of the (?:two|pair))\b"
)
_SMALL_TIER = re.compile(r"\b(?:Mini|Lite|Small|Nano|Tiny|Air|Flash|Micro|Edge)\b")
_BIG_TIER = re.compile(r"\b(?:Max|Ultra|Large|Pro|Heavy|XL)\b")


def _expand(view: DocView, r: Ref) -> Ref:
    """A snapshot-style surface that names a distinct size ('Name-R1-Distill-32B') is its own model, not the
    base name the snapshot rule mapped it to."""
    if r.via != "snapshot" or not r.surface:
        return r
    m = _SIZE_PART.search(r.surface)
    if m is None:
        return r
    size = m.group(1).lower()
    if size in r.canonical.lower().replace(" ", "").replace("-", ""):
        return r
    return Ref("model", r.surface, r.start, r.end, r.reach, r.setting, r.confidence, "sized", r.surface)


_CHAIN = re.compile(r",\s+(?:(?:and|but)\s+)?(?:also\s+)?(?!this\b)[a-z]+s\b")
# a tier word standing alone for the family member that carries it ("Flash supports …", "the Lite model")
_TIER_WORDS = (
    "Mini|Lite|Small|Nano|Tiny|Air|Flash|Micro|Edge|Max|Ultra|Large|Medium|Pro|Heavy|XL|Turbo|Plus|Base"
)
_TIER = re.compile(
    "(?P<tier>"
    + by_first_char(_TIER_WORDS, cased=True, not_after=r"[\w.-]")
    + r")(?![\w-])(?!\s+(?:plan|tier|subscription|subscribers?|users?|accounts?|customers?|"
    r"edition|version|output|input|tokens?|mode|effort|reasoning|of)\b)"
)
# a role standing for family members: the flagship (the largest member), the dense (non-MoE) members
_ROLE = re.compile(
    r"\b[Tt]he\s+(?:(?P<flag>flagship|largest|biggest)(?:\s+(?:model|member|one|version))?"
    r"|(?P<dense>dense|MoE|mixture-of-experts)\s+(?:models|members|ones|variants|versions|siblings))\b"
)
_PREDICATE = re.compile(r"\b(?:is|was|are|were|becomes|became|remains|remained)\s+(?:now\s+)?$")
_PREV_WORD = re.compile(r"([A-Z0-9][\w.+-]*)\s+$")
# a determiner, with up to two adjectives before the quantity ('the full 671B-parameter Name', 'the older
# dense 32B Name'); a function word there puts the quantity in a clause of its own ('a model with 3B Name')
_DETERMINER = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+"
    r"(?:(?!(?:with|of|at|on|in|for|to|and|or|than|has|have|is|was|by|from|about|over|under)\s)[a-z]{3,12}\s+){0,2}$"
)
_PREMOD_GAP = re.compile(r"(?:[\s-](?:token|context|window|parameter|param)s?){0,2}\s+(?:new\s+|open\s+)?")
_MODEL_NOUN = re.compile(r"\b(?:[Aa]|[Tt]he|[Tt]his|[Ii]ts)\s+(?:new\s+|same\s+)?model\b")
_MOE_WORD = re.compile(r"mixture-of-experts|\bMoE\b|\bsparse\b")
# ", which it also serves next to Y," inside a clause: its models are not the clause's subject
_RELATIVE = re.compile(r",\s+(?:which|who|whose|that)\b[^,;]*,")
_COORD_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)")


_DEFINITE_SPEC = re.compile(
    r"\s*(?:(?:the|its)\s+)?(?:(?:native|maximum|input)\s+)?(?:context(?:\s+(?:window|length))?|window|"
    r"parameter\s+count|price|pricing)\b",
    re.I,
)


class Subjects:
    """Per-document cache of the model refs (with weak names) of each segment."""

    def __init__(self, view: DocView) -> None:
        self.view = view
        self._cache: dict[int, list[Ref]] = {}
        self._weak = sorted(view.weak_names)
        self._weak_starts = [w[0] for w in self._weak]
        self._tier_map: dict[str, str] | None = None
        self._weak_focus: str | bool | None = False

    def _tiers(self) -> dict[str, str]:
        """Tier word -> the one model of the document whose name ends in it ('Flash' -> 'Name-5 Flash')."""
        if self._tier_map is None:
            found: dict[str, list[str]] = {}
            for name in self.view.doc_models:
                m = _TIER.search(name)
                if m and m.end() == len(name) and m.start() > 0 and name[m.start() - 1] in " -":
                    found.setdefault(m.group("tier"), []).append(name)
            self._tier_map = {t: names[0] for t, names in found.items() if len(names) == 1}
        return self._tier_map

    def models(self, sv: SegView) -> list[Ref]:
        hit = self._cache.get(sv.index)
        if hit is not None:
            return hit
        refs = [_expand(self.view, r) for r in sv.models()]
        lo = bisect.bisect_left(self._weak_starts, sv.seg.start)
        hi = bisect.bisect_left(self._weak_starts, sv.seg.end)
        if lo < hi:
            text = self.view.text
            for s, e in self._weak[lo:hi]:
                if e > sv.seg.end:
                    continue
                # a longer weak name over a shorter one ("Name-3 Mini" over "Name-3"): the sibling is meant
                inner = [r for r in refs if s <= r.start and r.end <= e and r.end - r.start < e - s]
                if inner and all(r.via != "pronoun" for r in inner):
                    refs = [r for r in refs if r not in inner]
                if not any(r.start < e and s < r.end for r in refs):
                    refs.append(Ref("model", text[s:e], s, e, e, None, 0.7, "weak", text[s:e]))
        tiers = self._tiers()
        if tiers and sv.seg.kind != "row":
            text = self.view.text
            for m in _TIER.finditer(text, sv.seg.start, sv.seg.end):
                name = tiers.get(m.group("tier"))
                if name and not any(r.start <= m.start() < r.end for r in refs):
                    prev = _PREV_WORD.search(text, max(sv.seg.start, m.start() - 30), m.start())
                    if prev and prev.group(1) not in FUNCTION_WORDS:
                        continue  # part of a longer capitalised name ("Corvid Swift Flash", "Reasoning Max")
                    refs.append(
                        Ref("model", name, m.start(), m.end(), m.end(), None, 0.75, "tier", m.group())
                    )
        if lo < hi or tiers:
            refs.sort(key=lambda r: r.start)
        if any(r.via == "pronoun" and not r.canonical for r in refs):
            # "It ships with …" in an article whose model discovery only half-trusts: the answer's or title's
            implied = self.fallback(sv)
            if implied:
                refs = [
                    Ref("model", implied, r.start, r.end, r.reach, None, 0.7, "pronoun", r.surface)
                    if r.via == "pronoun" and not r.canonical
                    else r
                    for r in refs
                ]
        if lo < hi:
            # "Name …; it had …": a pronoun right after a weak name that opens the sentence means that name
            for i, r in enumerate(refs):
                if r.via == "pronoun" and i == 1 and refs[0].via == "weak":
                    w = refs[i - 1]
                    refs[i] = Ref(
                        "model", w.canonical, r.start, r.end, r.reach, None, 0.7, "pronoun", r.surface
                    )
        self._cache[sv.index] = refs
        return refs

    def premodified(self, sv: SegView, num_start: int, end: int) -> list[Ref] | None:
        """'the 1.6-trillion-parameter Name', 'the 400K-context Name': the model the quantity modifies."""
        text = self.view.text
        if not _DETERMINER.search(text, max(sv.seg.start, num_start - 34), num_start):
            return None
        m = _PREMOD_GAP.match(text, end, sv.seg.end)
        if m is None:
            return None
        hit = [r for r in self.models(sv) if r.start == m.end() and r.via not in ("pronoun", "implied")]
        return hit[:1] or None

    def paragraph_subject(self, sv: SegView, pos: int) -> list[Ref]:
        """A sentence naming no model ('Corlen describes a model with only 3B active parameters') inside a
        paragraph that named its subject earlier: that subject."""
        if sv.seg.kind != "sentence" or any(r.via != "implied" for r in self.models(sv)):
            return []
        text = self.view.text
        if self.view.focus and _MODEL_NOUN.search(text, sv.seg.start, pos):
            # "A model with only 9B active parameters …" with no name near: the article's focus model
            para_named = sv.focus if not sv.seg.first else None
            return [Ref("model", para_named or self.view.focus, pos, pos, pos, None, 0.7, "implied")]
        if sv.seg.first:
            return []
        if not sv.focus:
            # no focus worked out ('Lab updated Name on Monday. The context window stays at 262K.'): the one
            # model the paragraph named before, when the sentence opens on a definite spec noun
            if not _DEFINITE_SPEC.match(text, sv.seg.start):
                return []
            named_before = {
                r.canonical
                for prev in self.view.segs[max(0, sv.index - 3) : sv.index]
                if prev.seg.para == sv.seg.para
                for r in self.models(prev)
                if r.via not in ("pronoun", "implied") and r.canonical
            }
            if len(named_before) != 1:
                return []
            return [Ref("model", named_before.pop(), pos, pos, pos, None, 0.7, "implied")]
        for i in range(sv.index - 1, -1, -1):
            prev = self.view.segs[i]
            if prev.seg.para != sv.seg.para:
                break
            named = (r.canonical for r in self.models(prev) if r.via not in ("pronoun", "implied"))
            if sv.focus in named:
                return [Ref("model", sv.focus, pos, pos, pos, None, 0.75, "implied")]
        return []

    def coordinated(self, sv: SegView, first: Ref, forward: bool) -> list[Ref]:
        """'A, B and C': the list `first` opens (forward) or closes (backward)."""
        text = self.view.text
        named = [r for r in self.models(sv) if r.via not in ("pronoun", "implied")]
        if first not in named:
            return [first]
        i = named.index(first)
        group = [first]
        step = 1 if forward else -1
        j = i + step
        while 0 <= j < len(named):
            a, b = (group[-1], named[j]) if forward else (named[j], group[0])
            if not _COORD_GAP.fullmatch(text, a.reach, b.start) or named[j].canonical in {
                g.canonical for g in group
            }:
                break
            if forward:
                group.append(named[j])
            else:
                group.insert(0, named[j])
            j += step
        return group

    def before(self, sv: SegView, pos: int, allow_implied: bool) -> list[Ref]:
        """The model a statement at `pos` is about: the nearest model before it, a pronoun just after, or the
        section focus."""
        models = self.models(sv)
        sized = self.sized(sv, pos)
        if sized:
            return sized
        before = [m for m in models if m.reach <= pos]
        text = self.view.text
        for rel in _RELATIVE.finditer(text, sv.seg.start, pos):
            # "Name, which it also serves next to Y, accepts …": the relative clause's models are not it
            outside = [m for m in before if not rel.start() < m.start < rel.end()]
            if outside and outside[-1].start < rel.start() and not text[rel.end() : pos].count(","):
                before = outside
        if before:
            last = before[-1]
            if last.via == "pronoun" and last.surface.lower() in ("its", "their"):
                named = [m for m in before if m.via not in ("pronoun", "implied")]
                if named:
                    return [named[-1]]  # "Name …: Lab, its developer, quotes …" is about Name
            if (
                len(before) > 1
                and OBJECT_BEFORE.search(text[max(sv.seg.start, last.start - 24) : last.start])
                and _CHAIN.search(text, last.reach, min(sv.seg.end, pos + 12))  # the verb at `pos` too
            ):
                # "A ranks behind B, and comes with …": the clause chain goes on about its subject A
                subj = [m for m in before[:-1] if m.via != "implied" and m.canonical != last.canonical]
                if subj:
                    return [subj[0]]
            return [last]
        after = [m for m in models if m.start >= pos]
        if after and after[0].via == "pronoun" and after[0].start - pos <= 40:
            return [after[0]]
        implied = sv.focus or sv.salient or self.fallback(sv)
        if implied:
            implied = self._not_compared(sv, pos, implied)
        if allow_implied and implied:
            return [Ref("model", implied, pos, pos, pos, None, 0.75, "implied")]
        if not models and _LEAD_PRONOUN.match(text, sv.seg.start, pos):
            # "It has …" where no model was named yet for the pronoun: the answer's or article's model
            implied = self.fallback(sv)
            if implied:
                return [Ref("model", implied, pos, pos, pos, None, 0.7, "pronoun")]
        return []

    def recent(self, sv: SegView, n: int, back: int = 4, partial: bool = False) -> list[Ref]:
        """The last `n` distinct models named (not by pronoun) before this segment, oldest first (fewer only
        when `partial`)."""
        names: list[Ref] = []
        seen: set[str] = set()
        for i in range(sv.index - 1, max(-1, sv.index - 1 - back), -1):
            prev = self.view.segs[i]
            if prev.seg.kind == "heading":
                break
            for r in reversed(self.models(prev)):
                sized = r.via == "pronoun" and bool(r.canonical) and description_size(r.surface) is not None
                if (r.via in ("pronoun", "implied", "labmodel") and not sized) or r.canonical in seen:
                    continue  # (a description naming a size, 'the 3B version', names its member)
                seen.add(r.canonical)
                names.insert(0, r)
                if len(names) == n:
                    return names
        return names if n == 0 or partial else []

    def role(self, sv: SegView, pos: int) -> list[Ref] | None:
        """'the flagship handles 512K' (the largest member of the family in play), 'the dense models read
        128K' (the members not described as mixture-of-experts) in the clause before `pos`."""
        text = self.view.text
        start = max(
            sv.seg.start, text.rfind(", ", sv.seg.start, pos) + 2, text.rfind("; ", sv.seg.start, pos) + 2
        )
        m = _ROLE.search(text, start, pos)
        if m is None or any(
            start <= r.start < m.start() or (r.start >= m.end() and not text[m.end() : r.start].strip())
            for r in self.models(sv)
        ):
            return None  # "Name is the largest at …", "The flagship Name has …": the name is the subject
        if _PREDICATE.search(text, max(start, m.start() - 12), m.start()):
            return None  # "Name, released today, is the largest model yet — 1T parameters": a predicate
        if _COMPARED.search(text, max(start, m.start() - 25), m.start()):
            # "unchanged from the flagship: a 400K-token window": the flagship is what the story's model is
            # compared with; the figure is the story's model's
            if sv.focus and not any(r.via != "implied" for r in self.models(sv)):
                return [Ref("model", sv.focus, pos, pos, pos, None, 0.7, "implied")]
            return None
        family = self._family(sv)
        if len(family) < 2:
            return []
        if m.group("flag"):
            ranked = sorted(family, key=lambda r: _size_rank(r.canonical))
            top, second = _size_rank(ranked[-1].canonical), _size_rank(ranked[-2].canonical)
            return [ranked[-1]] if top > second else []
        moe = {r.canonical for r in family if self._described_moe(r.canonical)}
        if not moe or len(moe) == len(family):
            return []
        want_moe = m.group("dense") != "dense"
        return [r for r in family if (r.canonical in moe) == want_moe]

    def _family(self, sv: SegView) -> list[Ref]:
        """The members of the family of the model named last (this or up to six segments back)."""
        last: Ref | None = None
        for i in range(sv.index, max(-1, sv.index - 7), -1):
            named = [r for r in self.models(self.view.segs[i]) if r.via not in ("pronoun", "implied")]
            if named:
                last = named[-1]
                break
        if last is None:
            return []
        base = _base(last.canonical)
        text = self.view.text
        members: dict[str, Ref] = {}
        for prev in self.view.segs[: sv.index + 1]:
            for r in self.models(prev):
                if r.via in ("pronoun", "implied") or r.canonical in members:
                    continue
                if _base(r.canonical) == base and not (
                    r.canonical == base and re.search(re.escape(base) + r"\s+(?:family|series|line)", text)
                ):
                    members[r.canonical] = r
        return list(members.values())

    def _described_moe(self, name: str) -> bool:
        text = self.view.text
        for sv in self.view.segs:
            for w in _MOE_WORD.finditer(text, sv.seg.start, sv.seg.end):
                named = [r for r in self.models(sv) if r.reach <= w.start() and r.via != "implied"]
                if named and named[-1].canonical == name:
                    return True
        return False

    def comparative(self, sv: SegView, pos: int) -> list[Ref] | None:
        """'the smaller one has …' right before `pos`: the smaller (larger) of the two models just named."""
        text = self.view.text
        window = max(sv.seg.start, pos - 60)
        found = list(_COMPARATIVE.finditer(text, window, pos))
        if not found:
            return None
        cmp = found[-1].group("cmp")
        here = [r for r in self.models(sv) if r.reach <= found[-1].start() and r.via not in ("pronoun",)]
        names = list(dict.fromkeys(r.canonical for r in here if r.via != "implied"))
        pair = [next(r for r in here if r.canonical == c) for c in names[-2:]] if len(names) >= 2 else []
        if len(pair) < 2:
            pair = self.recent(sv, 2)
        if len(pair) != 2:
            return []
        a, b = pair
        sa, sb = _size_rank(a.canonical), _size_rank(b.canonical)
        if sa == sb:
            return []
        small, big = (a, b) if sa < sb else (b, a)
        return [small] if cmp in ("smaller", "smallest", "lighter") else [big]

    def sized(self, sv: SegView, pos: int) -> list[Ref] | None:
        """'Its 4B sibling has …', 'the 300B-A24B flagship handles …': the member of the family in play with
        that size (a name of the document, else the family name with the size), not the model named before."""
        text = self.view.text
        found = list(_SIZED.finditer(text, sv.seg.start, pos))
        bare = list(_BARE_SIZE.finditer(text, sv.seg.start, pos))
        if bare and (not found or bare[-1].start() > found[-1].start()):
            # "12B handles 128K tokens, and 4B reads 32K": a bare size naming a member the article names
            b = bare[-1]
            names = set(self.view.doc_models) | {text[s:e] for s, e in self._weak}
            hit = [n for n in names if re.search(r"[\s-]" + re.escape(b.group("size")) + r"$", n)]
            named = [r for r in self.models(sv) if r.via not in ("pronoun", "implied")]
            if len(hit) == 1 and not any(b.start("size") <= r.start < pos for r in named):
                at = b.start("size")
                return [Ref("model", hit[0], at, b.end(), b.end(), None, 0.75, "sized", b.group())]
        if not found:
            return None
        m = found[-1]
        if m.group("det").lower() in ("a", "an") and not m.group("noun"):
            return None  # "a 70B model" is any model of that size
        named = [r for r in self.models(sv) if r.via not in ("pronoun", "implied")]
        if any(m.start() <= r.start < pos for r in named) or any(r.start <= m.start() < r.end for r in named):
            return None
        last: Ref | None = None
        for i in range(sv.index, max(-1, sv.index - 7), -1):
            seg = self.view.segs[i]
            prior = [
                r for r in self.models(seg) if r.via not in ("pronoun", "implied") and r.start < m.start()
            ]
            if prior:
                last = prior[-1]
                break
        if last is None:
            return None
        base = _base(last.canonical)
        size = m.group("size")
        if base == last.canonical:
            return None  # a name with no size: the family has no sized members to pick from
        names = set(self.view.doc_models) | {text[s:e] for s, e in self._weak}
        hit = [n for n in names if _base(n) == base and re.search(r"(?<![\w.])" + re.escape(size) + r"$", n)]
        name = hit[0] if len(hit) == 1 else base + last.canonical[len(base)] + size
        return [Ref("model", name, m.start(), m.end(), m.end(), None, 0.75, "sized", m.group())]

    def _not_compared(self, sv: SegView, pos: int, name: str) -> str | None:
        """An implied subject that is the model the sentence compares with later ('… roughly a third of what
        the full Name costs'): the article's focus instead, else nobody."""
        text = self.view.text
        for r in self.models(sv):
            if (
                r.canonical == name
                and r.start >= pos
                and r.via not in ("pronoun", "implied")
                and _CMP_OBJECT.search(text, max(sv.seg.start, r.start - 40), r.start)
            ):
                focus = self.view.focus
                return focus if focus and focus != name else None
        return name

    def fallback(self, sv: SegView) -> str | None:
        """Who an implied subject means when the layout gave none: in a Q&A answer the model its question
        names, else the article focus, else the likely model (a weak name) the title names."""
        asked = self._question_model(sv)
        if asked:
            return asked
        if self.view.focus:
            return self.view.focus
        if self._weak_focus is False:
            self._weak_focus = None
            segs = self.view.segs
            if segs and segs[0].seg.kind == "heading":
                end = segs[0].seg.end
                text = self.view.text
                counts: dict[str, int] = {}
                for s, e in self._weak:
                    counts[text[s:e]] = counts.get(text[s:e], 0) + 1
                titled = {self.view.text[s:e] for s, e in self._weak if e <= end}
                if titled:
                    self._weak_focus = min(titled, key=lambda n: (-counts[n], len(n)))
        return self._weak_focus if isinstance(self._weak_focus, str) else None

    def _question_model(self, sv: SegView) -> str | None:
        """'Q: What exactly is Name?' / 'A: It has …': the model the question before an answer names."""
        text = self.view.text
        answered = False
        for i in range(sv.index, max(-1, sv.index - 6), -1):
            prev = self.view.segs[i]
            if prev.seg.kind == "heading":
                return None
            if i < sv.index and _QUESTION.match(text[prev.seg.start : prev.seg.end]):
                if not answered:
                    return None
                named = [r for r in self.models(prev) if r.via not in ("pronoun", "implied", "labmodel")]
                return named[0].canonical if named else None
            if _ANSWER.match(text, prev.seg.start):
                answered = True
        return None


def family_base(name: str) -> str:
    """The family a member belongs to: its name without a trailing tier word or size."""
    return re.sub(r"[\s-](?:" + _TIER_WORDS + r"|\d+(?:\.\d+)?[BM])$", "", name)


_base = family_base


def _size_rank(name: str) -> float:
    m = re.search(r"\b(\d+(?:\.\d+)?)\s?([BM])\b", name)
    if m:
        return float(m.group(1)) * (1e9 if m.group(2) == "B" else 1e6)
    if _SMALL_TIER.search(name):
        return -1.0
    if _BIG_TIER.search(name):
        return 1e15
    return 0.0


def fact(
    view: DocView,
    sv: SegView,
    subj: Ref,
    attr: str,
    value: str,
    conf: float,
    method: str,
    qualifier: str | None = None,
) -> AttributeFact:
    return AttributeFact(
        subj.canonical,
        attr,
        value,
        view.evidence(sv.seg.start, sv.seg.end),
        round(conf * min(subj.confidence, 1.0), 3),
        qualifier=qualifier,
        method=method,
    )


_CMP_OBJECT = re.compile(
    r"\b(?:than|as|what|compared\s+(?:with|to)|versus|vs\.?|unlike|like)\s+(?:the\s+)?"
    r"(?:full|original|bigger|larger|standard|regular|base)?\s*$",
    re.I,
)
_COMPARED = re.compile(r"\b(?:from|than|as|like|unlike|with|versus|vs\.?|to|matches|matching)\s+$", re.I)
_SIZED = re.compile(
    r"\b(?P<det>[Ii]ts|[Tt]he|[Tt]heir|[Aa]n?)\s+(?:new\s+|smaller\s+|larger\s+|tiny\s+)?"
    r"(?P<size>\d+(?:\.\d+)?[BM](?:-A\d+(?:\.\d+)?[BM])?)(?![\w-])"
    r"(?P<noun>\s+(?:sibling|variant|version|model|member|flagship|one|edition|checkpoint)\b)?"
)
_BARE_SIZE = re.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\band\s)|(?<=\bwhile\s)|(?<=\bwhereas\s)|(?<=\bbut\s)|(?<=[.!?]\s))"
    r"(?P<size>\d+(?:\.\d+)?[BM])(?![\w-])(?=\s+(?:reads?|handles?|accepts?|takes?|supports?|holds?|has|have|"
    r"gets?|offers?|costs?|is|was|tops\s+out)\b)"
)
_QUESTION = re.compile(r"\s*(?:Q\s*[:.]|Question\s*:)|[^\n]*\?\s*$")
_LEAD_PRONOUN = re.compile(r"\s*(?:A\s*[:.]\s*)?(?:It|Its|This\s+model|The\s+model)\b")
_ANSWER = re.compile(r"\s*(?:A\s*[:.]|Answer\s*:)")
