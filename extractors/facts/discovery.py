"""Discovery of model and lab names the patterns do not know, from the context of a name's shape.

A name shape (`name_templates`) gives a base confidence; launch verbs, a lab's possessive, score verbs, a
score right after the name, a table's model column and repeated mentions raise it; words such as "harness" or
"license" after the name lower it. Also: whether a name is plausible rather than table cells glued together,
and a board's access tag or lab cell glued to a name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from extractors.facts.api_ids import id_shapes
from extractors.facts.described_tests import described_as_test
from extractors.facts.entities import TIER_WORDS, TIERS, Mention, Spans, knowledge
from extractors.facts.folded_openings import folded_first_char
from extractors.facts.glued_leads import glued_lead, glued_tail, known_at
from extractors.facts.inner_families import families_inside
from extractors.facts.longer_ids import longer_id_test
from extractors.facts.name_cues import made_by_after, rival_cue, score_of_after
from extractors.facts.name_evidence import row_head
from extractors.facts.name_templates import BENCH_SHAPE, shapes
from extractors.facts.page_families import page_families
from extractors.facts.patterns import kind_alternation
from extractors.facts.placed_words import placed_names
from extractors.facts.spec_labels import spec_label


def _arch_words(kind: str) -> str:
    """architecture_words.jsonl: the words of one `kind` as one alternation: 'part' words name a building
    block of a model's design ('Transformer', 'MoE'); a 'layers_object' word after 'layers' makes it the
    name's verb ('Name-2 layers a search step over …')."""
    return kind_alternation("architecture_words.jsonl", kind)


_NEG_AFTER = re.compile(
    r"\s*(?:'s\s+)?(?:harness|scaffold|framework|license|licence|GPUs?|chips?|accelerators?|"
    # 'Name benchmark tables' / 'Name benchmark results' are the model's results, not a benchmark's name
    r"benchmark(?!s?\s+(?:tables?|results?|scores?|numbers|figures|performance|comparisons?|charts?))|"
    r"leaderboard|index|dataset|protocol|suite|split|test|exam|standard|rule|act|bill|mission|rocket|phone|"
    r"console|processor|CPU|TPU|NPU|server|cluster|engine|library|SDK|protocol|family|series|line-?up|"
    # a building block a model's architecture is made of ('Name-2 layers', 'Name-2/Transformer hybrid',
    # 'Name2+MoE'): a component the text describes, not a model it measures; 'layers' as the name's verb
    # ('Name-2 layers a search step over …') and 'state-space model' (the kind of model the name is) are none
    r"layers?(?![ \t]+" + _arch_words("layers_object") + r"\b)|state-space(?![ \t]+models?\b)|"
    r"[/+]\s?" + _arch_words("part") + r")\b",
    re.I,
)
# 'a hybrid Name-2 …', 'Transformer/Name-2', 'MoE / Name-2': the same, named as one part of a hybrid design
_HYBRID_BEFORE = re.compile(r"(?i)(?:\bhybrid[ \t-]+|\b" + _arch_words("part") + r"[ \t]?[/+][ \t]?)$")
# 'a hybrid Name-2 model': the model's own kind, not one part of another design
_MODEL_AFTER = re.compile(r"[ \t]+models?\b")
_LAUNCH_BEFORE = re.compile(  # case-blind, opening on one class of its first letters (folded_openings)
    folded_first_char(
        "released|launched|unveiled|introduced|announced|ships|shipped|debuted|open-sourced|releases|unveils|"
        "launches|introduces|announces|published the weights of|opens up|open-sources|rolled out|rolls out|"
        "called|named|dubbed|new|we present"
    )
    + r"(?i:\s+(?:[\w-]+,?\s+){0,3}?(?:the\s+|its\s+|a\s+)?$)"
)
_POSSESSIVE_BEFORE = re.compile(
    r"[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2}'s?\s+(?:new\s+|latest\s+|flagship\s+|[a-z]+-[a-z]+\s+)?$"
)
_VERB_AFTER = re.compile(
    r"\s*(?:\([^)]{0,40}\)\s*)?(?:,\s*)?(?:scores|scored|reaches|reached|posts|posted|achieves|achieved|"
    r"resolves|resolved|solves|solved|manages|collects|leads|led|tops|topped|trails|trailed|hits|gets|accepts|supports|"
    r"arrives|takes|bets|ranks|ranked|sits|follows|followed|entered|enters|debuts|outperforms|beats|"
    r"is\s+(?:now\s+|still\s+)?(?:a|an|the)|was|"
    r"has|offers|handles|uses|matched|lands|remains|finished|comes|holds|earns|delivers|records|registers|"
    r"reports|returns|averages|answers|runs|needs|needed|costs|ships|gets|got|clears|sets|matches|edges|"
    r"(?:is|stays|remains|sits|slipped\s+to|slips\s+to|fell\s+to|climbed\s+to|rose\s+to|moved\s+to)\s+"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))|"
    r"keeps|kept|stays|stayed|slipped|slips|climbed|climbs|'s\s+\d+(?:\.\d+)?\s+(?:on|beats|tops)|"
    r"is\s+\d+(?:\.\d+)?(?:%|x|\s+(?:percent|times))\s+(?:faster|slower|cheaper|better|smaller)|are\s+tied|and\s+(?:GPT|Claude|Gemini|Llama|Grok|Qwen|DeepSeek)|'s\s+(?:scores?|results?|figures?|numbers?|ratings?))\b"
)
_LAB_POSSESSIVE = re.compile(
    r"[A-Z][\w&.-]*\s(?:Labs?|AI|Research|Systems|Intelligence|Foundry|Technologies|Computing)'s?\s+"
    r"(?:new\s+|latest\s+|flagship\s+|open-weight\s+|open\s+)?$"
)
_FROM_AFTER = re.compile(
    r"\s*(?:\([^)]{0,40}\)\s*)?,?\s+(?:from|by|out of)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?"
    r"[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2}"
)
_APPOS_AFTER = re.compile(
    r"(?:,|\s[—–])\s+(?:its|their|the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:model|flagship|system|checkpoint|LLM|VLM|sibling|"
    r"successor|variant|release|MoE|mixture-of-experts|option|pick|choice|contender|offering|alternative|"
    r"entrant|newcomer)\b"
    r"|,\s+(?:a|an|the)\s+\d+(?:\.\d+)?[BMT]-parameter\b"
)
_APPOS_BEFORE = re.compile(
    r"\b(?:its|their|a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:model|flagship|checkpoint|sibling|successor|variant|"
    r"LLM|system)\s*[,:]\s*$"
)
_ID_PAREN_AFTER = re.compile(r"\s*\(`?[a-z][a-z0-9]*(?:[-_.][a-z0-9]+){2,}`?\)")
_NUM_AFTER = re.compile(
    # a figure in parentheses, alone or with its benchmark ('(77.2%)', '(77.2% on Bench-V)')
    r"\s*(?:\(\s*\d+(?:[.,]\d+)?(?:\s?%|\s(?:points?|pts|pontos|puntos|punti|punkte|poin))?"
    r"(?:\s*\)|\s+(?:on|in)\s)"
    r"|(?:'s|’s)?:?\s(?:at\s|with\s)?\d+(?:[.,]\d+)?(?:\s?%)?(?!\w)"
    # Chinese and Japanese: a particle or a score verb, then the figure ('が49点', '得分 76.2%', '以 83.6%')
    r"|\s?(?:が|は|得分|得分为|为|為|达到|達到|以|拿下|获得|取得|で)\s?\d+(?:[.,]\d+)?\s?(?:%|％|点|分|pts))"
)
# a score figure later in the name's clause: a percentage, or a figure after a word that gives one ('at',
# 'of', 'hit', 'Elo'), before the clause ends or another capitalised word could be its owner
_FIGURE_NEAR = re.compile(
    r"(?:\]\]|[”\"»」])?"
    # not a clause of another subject or a phrase the name only governs ('Under Name 3.2 the model reached')
    r"(?![ \t,]+(?:the|a|an|this|that|these|those|its|their|it|they|we|our|and|or|but|in|on|under|with|for|"
    r"from|of|as|than|by|over|vs|versus)\b)(?:[ \t,]+(?:[a-z][\w'’-]*|\([^()\n]{0,20}\))){0,6}?[ \t]+\(?(?:"
    r"[~≈]?\d{1,3}(?:[.,]\d+)?[ \t]?(?:%|percent\b)"
    r"|(?:at|of|to|hit|hitting|reached|reaching|scored|scoring|Elo)(?:[ \t]+(?:rating|score))?"
    r"[ \t]+[~≈]?\d[\d.,]*(?![\w.,]))"
)
# strong shapes: a list line "[1.] Name (high) — 71.2" and a heading line that is just the name over a list
_LINE_LEAD = re.compile(r"[ \t]*(?:(?:\d{1,3}[.)]|[-*•])[ \t]+)?(?:#{1,4}[ \t]+)?(?:\*\*)?")
_LINE_VALUE = re.compile(r"(?:\*\*)?[ \t]*(?:\([^)\n]{0,30}\)[ \t]*)?(?:[—–:|]|[ \t]-[ \t])[ \t]*\d")
_HEAD_OVER_LIST = re.compile(r"(?:\*\*)?[ \t]*\n[ \t]*\n?[ \t]*[-*•][ \t]")
_QUESTION_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:Q|Question)\s*[:.]\s[^\n]*$")
_VALUE_FOR = re.compile(r"\d(?:[\d.,]*\d)?\s*(?:%|points?)?\s+for\s+(?:the\s+)?$")
_MODEL_NEAR = re.compile(r"\b(?:models?|sibling|variant|successor|predecessor|checkpoint|LLM)\b", re.I)
LAB_RE = re.compile(
    r"(?P<lab>(?=[A-Z])(?<![\w-])(?:[A-Z][A-Za-z]+\s){0,2}(?:Labs|Lab|AI|Research|Systems|Intelligence|Foundry|"
    r"Technologies|Computing|Robotics))(?=(?:'s?)?\s+(?:new\s+|latest\s+)?(?P<after>[A-Z][\w.-]*))"
)


@dataclass(frozen=True, slots=True)
class Candidate:
    name: str
    kind: str
    confidence: float
    start: int
    end: int
    lab: str | None = None


_GLUED = re.compile(
    r"\.\d{3,}|\d\.\d+\.\d+\.\d|\d[.,]\d+%|\d{6,}|\d{4,}\.\d|\$\d|(?:Pro|Max|Ultra|Flash|Lite|Mini|Turbo|Plus)\d{2,}"
)


# a leaderboard's access cell glued to the name, and the lab cell after it ('Name-5API Lab', 'Name-4oAPI
# Lab', 'Name-R1Open Source Lab')
_ACCESS_TAG = re.compile(r"(?<=[\da-z])(?:API|Open Source|Open Weights?|Proprietary|Closed)\b.*$", re.S)


# a group's label or an access badge a row's name cell opens with ('Open-Source VLM Name3', 'Proprietary
# Name-5', 'OSSName-Flash'): the table's grouping of the rows under it, not part of the name
_GROUP_LABEL = re.compile(
    r"^(?:(?:(?:Open|Closed)[- ]?(?:Source|Weights?)|Proprietary|Commercial|OSS)"
    r"(?:[ \t]+(?:M?LLMs?|VLMs?|Models?|LMs?))?|M?LLMs?|VLMs?)"
    r"(?:[ \t]+|(?<=OSS)(?=[A-Z][a-z]))(?=[A-Z][\w.-]*\d|[A-Z][a-z]+[A-Z])"
)


def strip_access_tag(name: str) -> str:
    """The name without an access tag (and the lab) glued after it: 'Name-5API Lab' -> 'Name-5', nor a group
    label before it: 'Open-Source VLM Name3' -> 'Name3'."""
    return _GROUP_LABEL.sub("", _ACCESS_TAG.sub("", name).strip())


# the lab a board writes after an access tag ('Name-5API Lab |', 'Name-R1Open Source Lab |'); each tag's
# first letter before the lookbehind, so that `re` skips to those letters (alternation.py)
_TAGGED_LAB = re.compile(
    r"(?:A(?<=[\da-z]A)PI|O(?<=[\da-z]O)pen (?:Source|Weights?)|P(?<=[\da-z]P)roprietary"
    r"|C(?<=[\da-z]C)losed) "
    r"(?P<lab>[A-Z]\w+(?: [A-Z]\w+)?)[ \t]*(?:\||$)",
    re.M,
)


@lru_cache(maxsize=4)
def _tagged_labs(text: str) -> frozenset[str]:
    return frozenset(m.group("lab") for m in _TAGGED_LAB.finditer(text))


def strip_board_lab(name: str, text: str) -> str:
    """A board's name cell with its lab cell after it ('Name-5-mini Lab'), where the page writes that lab
    after an access tag on another row ('Name-5API Lab'): the name alone. A name we do not know keeps its own
    last word otherwise ('Name 4.5 Verso')."""
    for lab in _tagged_labs(text):
        if name.endswith(" " + lab) and re.search(r"\d", name[: -len(lab)]):
            return name[: -len(lab)].strip()
    return name


# a spec table's row label read as part of a name ('Value 10', 'FamilyMistral 3', 'MoE Large 3'): no model
LABEL_NAME = re.compile(r"(?:Value|Family|MoE|Hybrid|Dense|Architecture|Type|Specs?|Parameters?)(?=\s|[A-Z])")


# a row label that names a reference point or a property of the benchmark, not a model: a baseline, humans,
# chance, a ceiling, the best score so far, a count ('Human expert baseline', 'Chance accuracy', 'Ceiling',
# 'Highest score (2025Q1)', 'Question count', 'Choices per question', 'Random guessing')
_REFERENCE_LABEL = re.compile(
    r"(?i)(?:(?:random|chance|majority|human|humans|expert|experts|non-experts?|average human|phd|oracle|"
    r"(?:highest|best|top|median|mean|average)\s+(?:score|result)|ceiling|upper|lower|number|question|choices)"
    r"\b.*|.*\b(?:baseline|ceiling|bound|chance|guess(?:ing)?|level|performance|count|per question|"
    r"humans?|experts?|(?:highest|best|top)\s+score))(?:\s*\([^)]*\))?"
)

_API_TAG = re.compile(r"API\b")
# a time, not a model: "Mid-2023 had a clear gap", "Early 2024", "Q3 2025", "H2-2024"
_DATE_NAME = re.compile(r"(?i)(?:mid|early|late|end|start|q[1-4]|h[12])[-\s]?(?:19|20)\d\d")


def plausible_name(name: str) -> bool:
    """A model name, not cells glued together: versions have short dotted parts ('GPT-5.4', 'Qwen2.5'), so
    'GPT-5.45775.176.178.3', 'Opus 4.680.8%' or a name carrying a price is refused; nor a reference row's
    label ('Human expert baseline', 'Chance accuracy', 'Ceiling'), nor an access tag and snapshot written
    after a model's name ('Name 1.5 Pro API-0409-Preview')."""
    return (
        _GLUED.search(name) is None
        and _REFERENCE_LABEL.fullmatch(name.strip()) is None
        and _API_TAG.match(name) is None
        and _DATE_NAME.fullmatch(name.strip()) is None
    )


# a family's word opening a hyphenated id the family's own grammar does not read ('Name-VL', 'Seed-OSS-36B-
# Instruct': a word, not a version, after the family)
_FAMILY_HYPHEN = re.compile(
    r"[A-Z][A-Za-z]+(?:-[A-Z][A-Za-z]*)+|[A-Z][A-Za-z]+-(?!(?:"
    + TIERS
    + r")-)[A-Z][A-Za-z]*(?:-[A-Za-z0-9.]+)+"
)


# a magnitude word after a name's last number ('Name 62 billion', 'Name 8 million'): the number is a count
_COUNT_AFTER = re.compile(r"[ \t]+(?:billion|million|trillion|thousand)\b", re.I)


def discover(
    text: str, known: Sequence[Mention], title_end: int = 0, table_names: Sequence[str] = ()
) -> list[Candidate]:
    """Candidate model names (best confidence per name) with their first evidence span."""
    hits: dict[str, list[tuple[int, int, float]]] = {}
    bases: dict[str, float] = {}
    launched_end = -1
    # the title and the lede: a name seen there, in FAQ questions and as a verb's subject 3+ times is a model
    lede_at = text.find("\n\n", title_end + 2) if title_end else -1
    lede_end = lede_at if lede_at > 0 else title_end
    strong_pos: dict[str, int] = {}
    # a lab's or family's name inside a model id ('Vendor-Family-Nano-9B') does not make the id known
    names_known = [k for k in known if k.kind not in ("lab", "family")]
    # a new name right after a known family ('Claude Fable 5') is that family's member: its full name is
    # the family and the name, also where the text later drops the family ('Fable 5 leads …')
    families = knowledge().family_alias
    not_family = [k for k in known if k.kind != "family"]
    members: dict[str, str] = {}
    member_names: set[str] = set()
    # overlap questions against a page's mentions go through sorted indexes: a scan per name was quadratic
    in_not_family, in_names, in_known = (
        Spans(not_family).overlaps,
        Spans(names_known).overlaps,
        Spans(known).overlaps,
    )
    found = placed_names(text, shapes(text))
    taken = Spans((s, e) for _n, s, e, _b, _i in found).overlaps
    found = sorted(found + [x for x in id_shapes(text) if not taken(x[1], x[2])], key=lambda x: x[1])
    family_inside = families_inside([k for k in known if k.kind == "family"])
    longer_id = longer_id_test(known)
    # the tail of a model the page names in full ('Sonnet 4' of 'Claude Sonnet 4') is read as that model
    tails = {k.surface.partition(" ")[2]: k.canonical for k in names_known if k.kind == "model"}
    for name, s, e, _b, _i in found:
        head, _sp, rest = name.partition(" ")
        if head in families and rest and not in_not_family(s, e):
            member_names.add(name)
            # a rest two families share ('7B' of 'Name 7B' and 'Other 7B') is no one family's member
            members[rest] = name if members.get(rest, name) == name else ""
        elif rest.isalpha() and head in page_families(text):
            # 'Vantor Zenith' beside 'Vantor Crest 4.7': a member, as 'Claude Zenith' is
            member_names.add(name)
    members = {rest: name for rest, name in members.items() if name}
    members |= {name: tails[name] for name in member_names & tails.keys()}
    # a known lab's name opening a shape ('… came Cohere Pika-4, which …'): the model is the rest of it
    labs_at = {k.start: k for k in known if k.kind == "lab"}
    for name, s, e, base, is_id in found:
        lab = labs_at.get(s)
        if lab is not None and lab.end < e and text[lab.end] == " " and not in_names(lab.end + 1, e):
            name, s = name[lab.end + 1 - s :], lab.end + 1
        elif (maker := _MAKER_BEFORE_ID.match(name)) is not None and _maker_word(text, maker.group(1)):
            name, s = name[maker.end() :], s + maker.end()  # 'Vendor Name-5.4 High': the maker, then the id
        if (lead := glued_lead(text, name, s)) > 0 and LABEL_NAME.match(name) is None:
            name, s = name[lead:], s + lead  # 'ItemName 4 Scout': a row's label glued before the name
            if known_at(text, s, name):
                continue  # a name we know, longer, the glued word hid from the name lists' matcher
        if (tail := glued_tail(text, name)) > 0:
            name, e = name[:-tail], e - tail  # 'Name-4o-miniOther': the next cell's name glued on
        group = _GROUP_LABEL.match(name)
        if group is not None:  # 'OSSName-Flash-2601', 'Open-Source VLM Name3': the row's group, then the name
            name, s = name[group.end() :], s + group.end()
        if name in member_names and not in_not_family(s, e):
            pass  # a family's new member: the family's own mention does not make it known
        elif _FAMILY_HYPHEN.fullmatch(name) and name.split("-")[0] in families and not in_not_family(s, e):
            pass  # a family's hyphenated variant without a version ('Name-VL'): the family does not name it
        elif longer_id(text, name, s, e):
            pass  # a known member's longer hub id ('Name4-Next-80B-A3B'): read whole, as an unknown one is
        elif not is_id and not in_not_family(s, e) and family_inside(text, name, s, e):
            pass  # a family's word inside a new name ('Canary Qwen 2.5B'): a model of its own, named after it
        elif (in_names if is_id else in_known)(s, e):
            continue
        if BENCH_SHAPE.search(name) or not plausible_name(name):
            continue  # a benchmark's shape ("Quarry-QA 2", "Terminal-Bench 3"), not a model
        if described_as_test(text, e):
            continue  # 'Name 2M, which probes lookups in huge inputs': a test the page describes
        if spec_label(text, name, s):
            continue  # a spec row's label and its count ('Attention Heads 64'), not a model
        if _COUNT_AFTER.match(text, e) and re.search(r" \d+(?:\.\d+)?$", name):
            continue  # 'Name 62 billion': the number is a count of the name's, no version of it
        score = 0.25 if name in members or name in member_names else 0.0
        name = members.get(name, name)
        before = text[max(0, s - 60) : s]
        if _NEG_AFTER.match(text, e) or (_HYBRID_BEFORE.search(before) and not _MODEL_AFTER.match(text, e)):
            score -= 0.6
        if _LAUNCH_BEFORE.search(before) or (
            launched_end >= 0
            and re.fullmatch(r",?\s+(?:and|as well as|plus)\s+(?:the\s+)?|,\s+", text[launched_end:s])
        ):
            score += 0.25
            launched_end = e  # "released A and B": B is launched too
        if _VALUE_FOR.search(before):
            score += 0.25
        if _LAB_POSSESSIVE.search(before):
            score += 0.3
        elif _POSSESSIVE_BEFORE.search(before):
            score += 0.2
        fm = _FROM_AFTER.match(text, e) or made_by_after(text, e, s)
        if fm:
            score += 0.2
        vm = _VERB_AFTER.match(text, fm.end() if fm else e)
        if vm:
            score += 0.25
            if re.match(r"\s+(?:[a-z]+\s+){0,4}\d", text[vm.end() : vm.end() + 40]):
                score += 0.15  # the subject of a score verb with its value: "X reaches 47.1"
        if _APPOS_AFTER.match(text, e) or _APPOS_BEFORE.search(before):
            score += 0.3
        if rival_cue(text, s, e):
            score += 0.15  # 'beats Name 4.6 on …', 'ahead of Name 3': the rival is a model too
        if _ID_PAREN_AFTER.match(text, e):
            score += 0.25
        nm = _NUM_AFTER.match(text, e)
        if nm:
            score += 0.35 if "(" in nm.group() else 0.25
        elif score_of_after(text, e, s):
            score += 0.25  # 'Name 3.5, with a score of 59.4'
        elif not vm and _FIGURE_NEAR.match(text, e):
            score += (
                0.15  # a score given further on in its clause ('Name 2, which posted 84.7%', 'hit 61.4%')
            )
        line_start = text.rfind("\n", 0, s) + 1
        if _LINE_LEAD.fullmatch(text, line_start, s) and (
            _LINE_VALUE.match(text, e) or _HEAD_OVER_LIST.match(text, e)
        ):
            score += 0.45
        if row_head(text, s, e):
            score += 0.3
        if _MODEL_NEAR.search(text, max(0, s - 25), min(len(text), e + 25)):
            score += 0.1
        if s < title_end:
            score += 0.1
        if s < lede_end or vm or _QUESTION_BEFORE.search(before):
            strong_pos[name] = strong_pos.get(name, 0) + 1
        bases[name] = base
        hits.setdefault(name, []).append((s, e, score))
    for name in table_names:
        if name in hits:
            hits[name].append((-1, -1, 0.35))
    out: list[Candidate] = []
    for name, occ in hits.items():
        ranked = sorted((o[2] for o in occ), reverse=True)
        n = len([o for o in occ if o[0] >= 0])
        conf = bases[name] + sum(w * max(x, 0.0) for w, x in zip((1.0, 0.5, 0.25), ranked, strict=False))
        conf += (0.1 if n >= 2 else 0.0) + (0.05 if n >= 3 else 0.0)
        if any(o[2] < -0.3 for o in occ) and ranked[0] < 0.3:
            conf = min(conf, 0.2)
        if strong_pos.get(name, 0) >= 3 and not any(o[2] < -0.3 for o in occ):
            conf = max(conf, 0.8)
        first = next(o for o in occ if o[0] >= 0)
        out.append(Candidate(name, "model", round(max(0.0, min(conf, 0.99)), 3), first[0], first[1]))
    # a bare family stem ("Name-M") next to a longer accepted name ("Name-M 70B") is not a model of its own
    names = [c.name for c in out]
    out = [
        c
        for c in out
        if re.search(r"\d", c.name) or not any(o != c.name and o.startswith(c.name + " ") for o in names)
    ]
    out = _drop_vendor_prefixes(text, out)
    out = _versioned_families(text, out)
    # a sibling of a confident name ("Name-M 8B" next to "Name-M 70B") is a model too
    strong = {_stem(c.name) for c in out if c.confidence >= 0.75}
    return [
        Candidate(
            c.name,
            c.kind,
            round(min(0.99, max(c.confidence + 0.3, _sibling_floor(c.name))), 3),
            c.start,
            c.end,
        )
        if c.confidence < 0.75 and c.confidence > 0.2 and _stem(c.name) in strong
        else c
        for c in out
    ]


# a word before a name that is a whole id of its own, a word and its hyphenated version ('Vendor Name-5.4'):
# the maker's name, as a board writes it before each model
_MAKER_BEFORE_ID = re.compile(r"([A-Z][A-Za-z]+)[ \t](?=[A-Z][A-Za-z]+-\d)")


def _maker_word(text: str, word: str) -> bool:
    """A word that may be a maker's name before a model's id: no family we know, no spec label ('Hybrid
    Name-2'), nor a word the page writes in lower case."""
    return (
        word not in knowledge().family_alias
        and LABEL_NAME.match(word) is None
        and re.search(rf"\b{word.lower()}\b", text) is None
    )


# a name's family word: the letters it opens with ('Name' of 'Name 4.6 Pro', 'Name3.5-27B', 'Name-5.4')
_FAMILY_WORD = re.compile(r"[A-Z][A-Za-z]{2,}(?=[\s\d-])")
_WORD_BEFORE = re.compile(r"\d[A-Z][a-z]+[ \t]$")
_FIRST_VERSION = re.compile(
    r"(?<![\w.])(?:[A-Za-z]{0,2}|(?<=[A-Za-z]))(\d{1,2}(?:\.\d{1,2})?)(?![\d.]|[BMT]\b)"
)


def _written_lower(word: str, text: str, seen: dict[str, bool]) -> bool:
    """Whether the page writes `word` (letters only) as a lower-case word; one scan per word and page, and
    none where the letters are not in the text at all."""
    hit = seen.get(word)
    if hit is None:
        hit = seen[word] = word in text and re.search(rf"\b{word}\b", text) is not None
    return hit


def _versioned_families(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Names that open with one word and carry two or more versions on the page ('Name 4.6', 'Name 4.7 Pro',
    'Name3.5-27B'): a family's members, as a page comparing generations writes them, so each is a model a
    little more surely than its own context says (more for three versions than for two). Not a word the page
    also writes in lower case ('Speech 3' where the page speaks of speech), nor a family we know under another
    spelling (the patterns read those), nor a tier word before a figure ('Scout 79.6': a member's score)."""
    known = {f.lower() for f in knowledge().family_alias}
    versions: dict[str, set[str]] = {}
    # the second word of a name glued to a rank, which the shape could not open ('01Granite Speech 4.1')
    inner = {c.name for c in cands if _WORD_BEFORE.search(text, max(0, c.start - 40), c.start)}
    lower_seen: dict[str, bool] = {}
    for c in cands:
        fam = _FAMILY_WORD.match(c.name) if c.name not in inner else None
        ver = _FIRST_VERSION.search(c.name, fam.end()) if fam else None
        if (
            fam
            and ver
            and fam.group().lower() not in known
            and fam.group() not in TIER_WORDS
            and not _written_lower(fam.group().lower(), text, lower_seen)
        ):
            versions.setdefault(fam.group(), set()).add(ver.group(1))
    out = []
    for c in cands:
        fam = _FAMILY_WORD.match(c.name) if c.name not in inner else None
        n = len(versions.get(fam.group(), ())) if fam else 0
        if n >= 2 and 0.2 < c.confidence < 0.75 and _FIRST_VERSION.search(c.name, fam.end() if fam else 0):
            c = replace(c, confidence=round(min(0.99, c.confidence + (0.2 if n == 2 else 0.3)), 3))
        out.append(c)
    return out


def _drop_vendor_prefixes(text: str, cands: list[Candidate]) -> list[Candidate]:
    """'Vendor Name-9' beside 'Name-9', where the text also writes the vendor as a maker ('from Vendor',
    "Vendor's", 'Vendor released'): one model written with its vendor's name in front, kept as 'Name-9' with
    the better confidence of the two."""
    by_name = {c.name: c for c in cands}
    drop: set[str] = set()
    for c in cands:
        head, _sp, rest = c.name.partition(" ")
        other = by_name.get(rest)
        if other is None or not re.search(r"\d", rest) or head in knowledge().family_alias:
            continue
        vendor = re.escape(head)
        if re.search(
            rf"\b(?:from|by|at)\s+{vendor}\b|\b{vendor}(?:'s|\s+(?:released|launched|announced|unveiled|"
            rf"introduced|says|said|claims|reports))\b",
            text,
        ):
            drop.add(c.name)
            if c.confidence > other.confidence:
                by_name[rest] = Candidate(rest, other.kind, c.confidence, other.start, other.end, other.lab)
    return [by_name[c.name] for c in cands if c.name not in drop]


def _sibling_floor(name: str) -> float:
    """A sibling that differs by a size token ('Name 3 300B-A24B' next to 'Name 3 27B') is a member too."""
    return 0.8 if re.search(r"\s\d+(?:\.\d+)?[BMT](?:-A\d+(?:\.\d+)?B)?$", name) else 0.0


def _stem(name: str) -> str:
    return re.split(r"[\s]", name)[0]


def discover_labs(
    text: str, models: set[str], known: Sequence[Mention]
) -> tuple[list[Candidate], dict[str, str]]:
    """Lab names seen as '<Lab>'s <Model>' or '<Lab> released <Model>'; also which lab made which model."""
    labs: dict[str, Candidate] = {}
    model_lab: dict[str, str] = {}
    covered = Spans(known).overlaps
    for m in LAB_RE.finditer(text):
        lab = m.group("lab")
        if covered(m.start(), m.end("lab")):
            continue
        after = text[m.start("after") : m.start("after") + 40]
        # (the longest name it opens: "Lab's Name 2 Mini" is Name 2 Mini's, not Name 2's)
        owner = max((mod for mod in models if after.startswith(mod)), key=len, default=None)
        conf = 0.8 if owner else 0.5
        if owner:
            model_lab.setdefault(owner, lab)
        prev = labs.get(lab)
        if prev is None or prev.confidence < conf:
            labs[lab] = Candidate(lab, "lab", conf, m.start("lab"), m.end("lab"))
    return list(labs.values()), model_lab
