"""Who a claim's side is and the name it carries: the mention as written (a member, not its family; the
version as written), the antecedent a pronoun or an implied subject stands for, whether a mention is named as
what something is compared with, and the sides that are in doubt and not written (`claims`)."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from extractors.facts.alternation import longest_first
from extractors.facts.comparison_words import HEAD
from extractors.facts.comparisons import NOUN_BEFORE
from extractors.facts.dates import MONTHS, WEEKDAYS
from extractors.facts.document import OBJECT_BEFORE, DocView, Ref, SegView, fold
from extractors.facts.entities import SIZE, TIERS, lab_canonical, lab_of
from extractors.facts.folded_openings import folded_first_char
from extractors.facts.patterns import load_patterns, side_alternation, word_alternation
from extractors.facts.sentence_bounds import SENTENCE_END, sentence_start
from extractors.facts.subjects import Subjects

# a name the mention stops short of: "o3" in "o3-mini", "Grok 4.2" in "Grok 4.20" (the side is the whole name)
_GLUED_TAIL = re.compile(
    r"(?:-(?!(?:based|class|level|style|like|powered|sized|era|grade|only|series|family|generation|scale|"
    r"tier|type|and|or|to)\b)[A-Za-z][a-z]{2,}|\d+)(?:-[A-Za-z0-9]\w*)*(?![\w.-]*\d{4})"
)


@cache
def _glued_lab() -> re.Pattern[str]:
    """A lab's name glued to the model's by a lost line break or space ('OpenAIGPT OSS 120B')."""
    records = load_patterns()
    names = [p.alias for p in records if p.kind in ("model", "family")]
    labs = {
        p.alias
        for p in records
        if p.kind == "lab" and " " not in p.alias and not any(n.startswith(p.alias) for n in names)
    }
    return re.compile(word_alternation(labs, longest_first=True) + r"(?=[A-Z])")


@cache
def _short_family_names() -> dict[str, str]:
    """A family written without its maker's name ('Opus' for 'Claude Opus')."""
    return {
        p.alias: p.canonical
        for p in load_patterns()
        if p.kind == "family" and p.canonical != p.alias and p.canonical.endswith(" " + p.alias)
    }


@cache
def _short_family() -> re.Pattern[str]:
    alt = word_alternation(_short_family_names(), longest_first=True)
    return re.compile(r"(" + alt + r")\s+\d")


_TIER_FIRST = re.compile(r"(?:" + TIERS + r")\s+\d")


def side(text: str, r: Ref, renames: dict[str, str] | None = None) -> str:
    """The name a claim's side carries ('' when the name as written is cut short of its family: 'Large 3' in
    "Mistral's Large 3")."""
    if r.via not in INDIRECT and _CLASS_AFTER.match(text, r.end):
        return ""  # "GPT-4-class models", "o3-level reasoning": a class of models, not the model
    if r.via in ("short", "tier") and _SERIES_AFTER.match(text, r.end):
        return ""  # "the Kolt series": the family, not the member the short name stands for elsewhere
    name = _side(text, r, renames)
    level = _LEVEL_GLUED.search(name)
    if level and r.canonical and _LEVEL_NOUN.match(text, r.end):
        name = name[: level.start()]  # "GPT-5-level performance": the model whose level is meant
    if _CLASS_AFTER.search(name):
        return ""
    verb = _VERB_GLUED.match(name) or _HEAD_FIRST.match(name)
    if verb and verb.end() < len(name):
        name = name[verb.end() :]  # a found name that swallowed the verb before it
    glued = _glued_lab().match(name)
    if glued:
        name = name[glued.end() :]  # "OpenAIGPT OSS 120B" is GPT OSS 120B
    short = _short_family().match(name)
    if short:
        name = _short_family_names()[short.group(1)] + name[short.end(1) :]  # "Opus 4.7" is Claude Opus 4.7
    if (
        _TIER_FIRST.match(name)
        # "Achieves 79.7" read as a name; a family we know is not a verb ("Seed 2.0 Pro", "Hermes 3")
        or (VERB_NUMBER.match(name) and not _known_family_first(name))
        or _is_benchmark(name)
    ):
        return ""  # cut short of its family; "Achieves 79.7"; a benchmark read as a model ("MRCR-1M")
    return name


# a name read with its "-level" glued on, before the level's noun ("GPT-5-level performance")
_LEVEL_GLUED = re.compile(r"[-\s]level$", re.I)
_LEVEL_NOUN = re.compile(r"\s+(?:performance|capabilit(?:y|ies)|intelligence|quality)\b", re.I)
_CLASS_AFTER = re.compile(
    r"[-\s](?:class|level(?!\s+(?:performance|capabilit(?:y|ies)|intelligence|quality)\b)|grade|tier|caliber|"
    r"calibre|style|like|sized|scale)(?![\w-])|-ish(?![\w-])"
    r"|\s(?:variants|versions|checkpoints)\b",  # "the Qwen 3 variants": several members, not one model
    re.I,
)
_SERIES_AFTER = re.compile(r"\s+(?:series|family|lineup|line|models)\b", re.I)
VERB_NUMBER = re.compile(r"[A-Z][a-z]+(?:[^u\W]s|ed)\s+\d")  # "Achieves 79.7", not "Opus 4.7"


@cache
def _family_words() -> frozenset[str]:
    return frozenset(p.alias for p in load_patterns() if p.kind in ("family", "model") and " " not in p.alias)


def _known_family_first(name: str) -> bool:
    """The name opens with a family or model our patterns know ('Seed' in 'Seed 2.0 Pro')."""
    return name.split(" ", 1)[0] in _family_words()


@cache
def _benchmark_keys() -> frozenset[str]:
    return frozenset(fold(p.alias) for p in load_patterns() if p.kind == "benchmark") | frozenset(
        fold(p.canonical) for p in load_patterns() if p.kind == "benchmark"
    )


_WITH_END = re.compile(r"(?<![\w-])with\s+$")
_LINK_END = re.compile(r"\(\s*$|\b(?:of|with|to|than|vs\.?|versus)\s+(?:the\s+)?$")


def _is_benchmark(name: str) -> bool:
    return fold(name) in _benchmark_keys()


def _side(text: str, r: Ref, renames: dict[str, str] | None = None) -> str:
    """The name a claim's side carries: the resolved name, or the whole surface when the mention was cut short
    or mapped a named variant to its base ('Phi-4-reasoning' is not 'Phi-4'); a pronoun or implied side takes
    the whole name the document always writes for its model."""
    if r.via in INDIRECT or not r.surface:
        return (renames or {}).get(r.canonical, r.canonical)
    if (
        r.via == "snapshot"
        and re.search(r"-[A-Za-z][a-z]{2,}", r.surface)
        and not re.search(r"\d{4}", r.surface)
    ):
        return r.surface
    m = _GLUED_TAIL.match(text, r.end)
    if m:
        return text[r.start : m.end()]
    if (
        _DIGITS.findall(_POINT_ZERO.sub("", r.surface)) != _DIGITS.findall(_POINT_ZERO.sub("", r.canonical))
        and r.surface == text[r.start : r.end]
    ):
        return r.surface  # "Grok 4.20" is not "Grok 4.2": the version as written
    sized = _OWNED_SIZE.match(text, r.reach)
    if sized and not re.search(r"\d\s*[BM]\b", r.canonical, re.I):
        return f"{r.canonical} {sized.group(1)}"  # "Name 3's 4B model": the 4B member of Name 3
    tail = _TAIL_WORD.match(text, r.end)
    if tail and tail.group(1).strip() not in r.canonical:
        return r.canonical + tail.group(1)
    paren = _PAREN_VARIANT.match(text, r.end)
    if paren and paren.group(1) not in r.canonical and _always_bracketed(text, r.surface, paren.group(1)):
        return f"{r.canonical} {paren.group(1)}"  # "Name 3 8B (Reasoning)" on every mention: that variant
    end = name_end(text, r)
    # "Zephra 3.7 Verso and …": a variant word of a name no pattern knows is part of the name as written
    return text[r.start : end] if end > r.reach else r.canonical


def name_end(text: str, r: Ref) -> int:
    """Where the name as written ends: after a title-case variant word the mention left behind ('Zephra 3.7
    Verso and …'), else the mention's reach."""
    if r.via in INDIRECT or not r.surface or r.surface != text[r.start : r.end]:
        return r.reach
    size = _SIZE_TAIL.match(text, r.reach)
    if size and not re.search(r"\d\s*[BM]\b", r.canonical, re.I):
        return size.end()  # "SmolLM2 135M Instruct": the sized member written, not the family a mention knows
    word = _TITLE_TAIL.match(text, r.end)
    if (
        word
        and not _NOT_A_NAME_WORD.fullmatch(word.group(1).strip())
        and not HEAD.match(text, word.start(1) + 1)
    ):
        return max(r.reach, word.end(1))
    return r.reach


_DIGITS = re.compile(r"\d+")
# a parameter count written right after a name, with the variant word that may follow it ("Name2 135M
# Instruct"); not a count of something else ("Name 7B parameters", "2B tokens")
_SIZE_TAIL = re.compile(
    r"[ \t]\d+(?:\.\d+)?[BM](?![\w.-])(?:[ \t](?:Instruct|Base|Chat|IT|it)(?![\w-]))?"
    r"(?!\s+(?:parameters?|params|tokens|words|images|samples|rows)\b)"
)
# a size owned by the name, then the noun for a member ("Name 3's 4B model", "Name 2’s 70B version")
_OWNED_SIZE = re.compile(r"['’]s[ \t]+(" + SIZE + r")[ \t]+(?:model|version|variant|checkpoint)s?\b")
_POINT_ZERO = re.compile(r"\.0+(?![\d.])")  # "Sonnet 4.0" is "Sonnet 4" (unlike "Grok 4.20", not "Grok 4.2")
# one title-case word right after a name, inside sentence-case text (a lower-case word or a stop follows)
_TITLE_TAIL = re.compile(r"([ \t][A-Z][a-z]{2,})(?=\s+[a-z(]|[,.;:)]|['’]s\s|$)")
# a title-case word that does not continue a name: function words, words about a table, a takeaway's label
# ('Name 4.0 Small Intelligence: …'; patterns/side_words.jsonl), days, months
_NOT_A_NAME_WORD = re.compile(
    "(?:"
    + side_alternation("function", "noun", "label")
    + "|"
    + "|".join(longest_first(MONTHS))
    + "|"
    + "|".join(WEEKDAYS)
    + r")",
    re.I,
)


# a variant word the mention left behind ("Gemini 2 Flash Thinking models"): part of the side's name
_TAIL_WORD = re.compile(
    r"(\s+(?:Thinking|Speciale|Reasoning|Preview|Experimental|[Ii]nstruct|Base|" + TIERS + r"))\b(?![-\w])"
)


# a variant word in brackets right after a name ("Name 3 8B (Reasoning)"), alone: not a setting or its
# opposite ("(high)", "(Non-Reasoning)") nor a note ("(Reasoning, 30)"); the words: patterns/side_words.jsonl
_PAREN_VARIANT = re.compile(r"[ \t]?\((" + side_alternation("bracketed_variant") + r")\)")


def _always_bracketed(text: str, surface: str, word: str) -> bool:
    """The page never writes `surface` without its bracketed variant `word`: the variant is the model's name
    there ('Name 3 8B (Reasoning)' on a page about that variant); beside a bare 'Name 4', 'Name 4 (Thinking)'
    is the model run in a setting."""
    return all(
        (m := _PAREN_VARIANT.match(text, w.end())) is not None and m.group(1) == word
        for w in re.finditer(r"(?<![\w.-])" + re.escape(surface) + r"(?![\w.-])", text)
    )


INDIRECT = ("pronoun", "implied", "labmodel", "short", "tier", "sized", "version", "antecedent")


def _antecedent(view: DocView, subs: Subjects, sv: SegView, r: Ref, back: int = 3) -> Ref | None:
    """The nearest earlier mention, in this segment or the three before, that a pronoun side stands for: its
    name as written there is the side ('A separate checkpoint, X-Special, … The team claims it beats Y': the
    claim is X-Special's, not its family's)."""
    for i in range(sv.index, max(-1, sv.index - back - 1), -1):
        cand = [
            a
            for a in subs.models(view.segs[i])
            if a.canonical == r.canonical and a.via not in INDIRECT and a.surface and a.end <= r.start
        ]
        if cand:
            return cand[-1]
    return None


def longer_names(view: DocView, subs: Subjects) -> dict[str, str]:
    """Resolved name -> the one longer name the document writes for it whenever it names it ('Phi-4' ->
    'Phi-4-reasoning' in an article that writes it more often than plain 'Phi-4')."""
    longer: dict[str, Counter[str]] = {}
    bare: Counter[str] = Counter()
    for sv in view.segs:
        for r in subs.models(sv):
            if r.via in ("pronoun", "implied", "labmodel", "short", "tier") or not r.surface:
                continue
            name = _side(view.text, r)
            if name == r.canonical:
                bare[name] += 1
            else:
                longer.setdefault(r.canonical, Counter())[name] += 1
    out: dict[str, str] = {}
    for c, names in longer.items():
        folded: Counter[str] = Counter()
        for n, k in names.items():
            folded[n.lower()] += k
        top, k = folded.most_common(1)[0]
        if k > bare[c] and 2 * k > sum(folded.values()):
            out[c] = max((n for n in names if n.lower() == top), key=lambda n: names[n])
    return out


_VERB_GLUED = re.compile(
    r"(?:Introducing|Announcing|Meet|Presenting|Outperforms|Beats|Surpasses|Exceeds|Trails|Matches|Rivals|Tops|Does|Did|Can|Could|Will|Would|Should|Is|"
    r"Was|Has|Training|Trained|Perhaps|Maybe|Arguably|Possibly|Reportedly)\s+"
)


# a comparison's verb opening a found name ("Beating Kivu-2", "Outperforming X"): the name is after it
_HEAD_FIRST = re.compile(
    r"(?:Outperforming|Beating|Surpassing|Exceeding|Trailing|Matching|Rivaling|Rivalling|Topping|Edging\s+out|"
    r"Overtaking|Outscoring|Undercutting)\s+"
)


def trimmed(text: str, r: Ref) -> Ref:
    """A found name that swallowed the verb before it ('Outperforms Kivu-2' opening a list item) is the name
    after the verb."""
    if r.via not in ("weak", "discovered") or r.canonical != r.surface:
        return r
    m = _VERB_GLUED.match(r.surface) or _HEAD_FIRST.match(r.surface)
    if m is None or m.end() >= len(r.surface):
        return r
    name = r.surface[m.end() :]
    at = r.start + m.end()
    return Ref("model", name, at, r.end, r.reach, r.setting, r.confidence, r.via, name)


def is_named(r: Ref) -> bool:
    return r.via not in ("pronoun", "implied") and bool(r.canonical)


def is_object(text: str, seg_start: int, r: Ref) -> bool:
    """A model named as what something is compared with ('than X', 'beats X', 'competitors like X'), not as
    a clause's subject ('a comparable model such as X required …')."""
    before = _POSSESSOR.sub("", text[max(seg_start, r.start - 40) : r.start])
    if LIST_INTRO.search(before):
        return _CMP_WORD.search(text, max(seg_start, r.start - 90), r.start) is not None
    head = _HEAD_BEFORE.search(before) or OBJECT_BEFORE.search(before, max(0, len(before) - 14))
    if head and NOUN_BEFORE.search(before, 0, head.start()):
        head = None  # "its rival X": X is named, not compared with
    if not head and _WITH_END.search(before) and _DOING_AFTER.match(text, r.reach):
        return False  # "…, with A outperforming B": A is what the absolute clause is about
    return bool(head or _LINK_END.search(before))


_DOING_AFTER = re.compile(
    r"\s+(?:\w+ly\s+)?(?:outperform|beat|surpass|exceed|trail|lagg|match|edg|topp|lead|outscor|scor|rank|"
    r"finish|land|sitt|post)\w*ing\b"
)


_POSSESSOR = re.compile(r"(?:[A-Z][\w.-]*['’\"]s\s+)$")


LIST_INTRO = re.compile(r"\b(?:such\s+as|including|like)\s+(?:the\s+)?$", re.I)


_CMP_WORD = re.compile(
    r"outperform|surpass|exceed|beat|trail|match|rival|than\b|ahead|behind|compet|against|versus|edge|"
    r"compar(?:e|es|ed|ing)\b|contrast(?:s|ed|ing)\b",  # the verbs, not "a comparable model", "by contrast"
    re.I,
)


_HEAD_BEFORE = re.compile(  # case-blind, opening on one class of its first letters (folded_openings)
    folded_first_char(
        [r"outperform\w*", r"surpass\w*", r"exceed\w*", r"beat\w*", r"trail\w*", r"match\w*", r"rival\w*"],
        [r"approach\w*", "below", "above", r"crush\w*", r"edg\w+\s+(?:out|past)"],
        not_after=r"\w",
    )
    + r"(?i:\s+(?:both\s+|even\s+|the\s+)?$)"
)


def other_family(view: DocView, subs: Subjects, sv: SegView, r: Ref) -> bool:
    """'The Scout version' read as a member of a family other than the model named just before it ('… ships
    B-2 in three sizes. The Scout version …' is B-2's, not the article's focus's): a side in doubt."""
    if r.via not in ("short", "tier") or not r.surface.lower().startswith("the "):
        return False
    last = [
        a
        for i in range(max(0, sv.index - 1), sv.index + 1)
        for a in subs.models(view.segs[i])
        if is_named(a) and a.via not in ("short", "tier") and a.reach <= r.start
    ]
    return bool(last) and not r.canonical.startswith(last[-1].canonical)


_AND_ONE = re.compile(r"\s*(?:,\s*)?(?:and|or)\s+(?:the\s+)?|\s*,\s*")


def opening(view: DocView, subs: Subjects, sv: SegView, r: Ref) -> Ref:
    """A sentence opening with 'it' / 'the model' means the subject of the sentence before when that one
    names a model as its subject ('A was the leader until now. It is beaten by B': 'it' is A, whatever the
    article is about)."""
    if r.via != "pronoun":
        return r
    text = view.text
    lo = sentence_start(text, sv.seg.start, r.start)
    if text[lo : r.start].strip(" \t\"'“‘(-*"):
        return r  # not the sentence's opening word
    if lo > sv.seg.start:  # the sentence before is in this segment
        hi, start = lo, sentence_start(text, sv.seg.start, lo - 1)
        refs = [a for a in subs.models(sv) if start <= a.start < hi]
    elif sv.index > 0 and "\n\n" not in text[view.segs[sv.index - 1].seg.end : sv.seg.start]:
        pv = view.segs[sv.index - 1]
        start = sentence_start(text, pv.seg.start, pv.seg.end)
        refs = [a for a in subs.models(pv) if a.start >= start]
    else:
        return r
    first, last = None, None
    for a in refs:
        # "… compared with models like A and B. It …": B is coordinated with A, what it was compared with
        listed = last is not None and _AND_ONE.fullmatch(text, last.reach, a.start) is not None
        if is_named(a) and not is_object(text, start, a) and not listed:
            first = a
            break
        last = a if is_object(text, start, a) or listed else None
    if first is None or first.canonical == r.canonical or r.start - first.start > 400:
        return r
    return Ref(
        "model",
        first.canonical,
        r.start,
        r.end,
        r.reach,
        r.setting,
        r.confidence,
        "antecedent",
        first.surface,
    )


def named_side(view: DocView, subs: Subjects, sv: SegView, r: Ref, renames: dict[str, str] | None) -> str:
    if r.via in ("pronoun", "implied"):
        # a pronoun: the nearest mention in this segment or the three before; an implied subject: in this one
        a = _antecedent(view, subs, sv, r, 3 if r.via == "pronoun" else 0)
        if a is not None:
            return side(view.text, a, renames)
    return side(view.text, r, renames)


# a bare parameter count found as a name ('7B' standing for the page's 'Llama 7B')
_BARE_SIZE = re.compile(r"\d+(?:\.\d+)?\s?[BMKT]")
# a capitalised word right before it that is not a function word: the size belongs to that name
_CAPITAL_BEFORE = re.compile(
    r"(?<![A-Za-z.-])(?!(?:The|A|An|Its|Their|Our|This|That|And|But|Or|While|Unlike|Like|Both|Only|With|For|Of|"
    r"On|In|At|By|To|Than|Vs|Versus)\b)[A-Z][\w.-]*[ \t-]$"
)
_SIZE_BEFORE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?\s?[BMK])[ \t-]$")


def part_of_other_name(text: str, r: Ref) -> bool:
    """A short form found inside a longer name the page does not know: 'Kestrel 7B' is not the page's
    'Llama 7B' for its '7B', nor is '1B Brio' the page's 'Brio 7B'."""
    if r.via not in ("discovered", "short", "weak"):
        return False
    lo = max(0, r.start - 40)
    if _BARE_SIZE.fullmatch(r.surface.strip()):
        m = _CAPITAL_BEFORE.search(text, lo, r.start)
        return m is not None and m.group(0).strip(" \t-").lower() not in r.canonical.lower()
    size = _SIZE_BEFORE.search(text, lo, r.start)
    return size is not None and size.group(1).replace(" ", "").lower() not in r.canonical.lower()


# "Apple claims it …", "Meta says that it …": the maker speaking of its own model
_LAB_SAYS = re.compile(
    r"(?<![\w-])(?P<lab>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:says|said|claims|claimed|reports|reported|states|"
    r"stated|argues|insists|boasts|maintains)\s+(?:that\s+)?(?=it\b)"
)


def said_by_another_lab(view: DocView, r: Ref) -> bool:
    """A pronoun a lab's statement opens on ('Apple claims it outperforms B, though it only matches C') stands
    for that lab's own model, up to the sentence's end: resolved to a model another lab makes, the side is in
    doubt."""
    if r.via != "pronoun":
        return False
    text = view.text
    lo = max(0, r.start - 160)
    said = next(reversed(list(_LAB_SAYS.finditer(text, lo, r.start + 2))), None)
    if said is None or said.end() > r.start or SENTENCE_END.search(text, said.end(), r.start):
        return False
    labs = lab_canonical()
    lab = labs.get(said.group("lab")) or labs.get(said.group("lab").split()[-1])
    if lab is None:
        return False
    maker = lab_of(r.canonical) or view.model_lab.get(r.canonical)
    return maker is not None and not maker.startswith(lab) and not lab.startswith(maker)
