"""Discovery of model and lab names the patterns do not know, from the shape of the name and its context.

A name shape ("Name-3 Ultra", "Name-R2", "Name-M 70B", "Name 2.5 Pro", "Name 4") gives a base confidence;
launch verbs, a lab's possessive, score verbs, a score right after the name, a table's model column and
repeated mentions raise it; words such as "harness" or "license" after the name lower it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from extractors.facts.entities import CJK, TIERS, Mention, Spans, knowledge

# a size ends a name unless the sentence gives it as the count ('Name 3 400B total / 20B active')
_SIZE = r"\d+(?:\.\d+)?[BM](?:-A\d+(?:\.\d+)?B)?(?![ \t]+(?:total|active|activated|param))"
_VER_LD = r"[A-Z]{1,2}\d{1,2}(?:\.\d+)?[a-z]?"  # X1, R2, V3.2 (not GPU-like H200 / B200)
_CHAIN = r"(?:-(?:[A-Z][a-z]{2,}|" + _VER_LD + r"|" + _SIZE + r"|\d{1,2}(?:\.\d+)?))*"
# head words must not be calendar, stop or sentence-starting words (built below from STOP_HEADS)
_HEAD_WORD = (
    # {2,}+ possessive: a name's next character ('-', a blank, a digit) is never a letter, so giving letters
    # back never helps a match (the same matches, without re retrying every shorter run of each word)
    r"(?:(?=[A-Z][A-Za-z]{2})(?!(?:@STOPS@)\b)[A-Z][A-Za-z]{2,}+(?:\d{1,2}(?=-\d+(?:\.\d+)?[BMT]\b))?"
    # a two-letter acronym head only with a hyphenated version ("QX-2", "ZR-7 Pro") or a version and a tier
    # ("VR 4 Pro"; not "AI 3" or "US 2")
    r"|[A-Z]{2}(?=-\d|\s\d{1,2}(?:\.\d)?\s(?:@TIERS@)\b))"
)
# a name never runs across a line break: blanks inside it are spaces or tabs
_NAME_TPL = (
    r"(?<![A-Za-z0-9_-])(?P<name>(?P<head>@HW@(?:[ \t]@HW@){0,2})"
    r"(?:(?P<hyv>(?:-[A-Za-z]+)*-[A-Z]{0,2}\d+(?:\.\d+)?(?:[a-z]|[BMT](?![a-z]))?(?:-[A-Z]\d+B)?"
    + _CHAIN
    + r")(?:[ \t]"
    + _SIZE
    + r")?"
    r"|(?P<hyl>-[A-Z]{1,2})[ \t]" + _SIZE + r""
    r"|(?P<sp>(?:-[A-Z][a-z]+)?[ \t](?:\d{1,2}(?:\.\d{1,2})?|" + _VER_LD + r"))"
    r"|(?P<sz>[ \t]" + _SIZE + r")"
    r"|(?P<hx>-[A-Z]{1,2}(?:-[A-Z][a-z]{3,})?(?![\w-])(?:[ \t]\d{1,2}(?:\.\d)?(?![\w.%]))?)"
    r"|(?P<tw>(?=[ \t](?:@TIERS@)(?![\w-]))))"  # a word and a tier only ('Lumen Pro'): weak on its own
    r"(?:[ \t](?:@TIERS@|" + _SIZE + r")(?![\w-]))*)"
    r"(?![A-Za-z0-9_-]|\.\d|%)"  # ASCII edges: Chinese runs on into a name without a space ('推出Tarn-5将')
)
_BENCH_SHAPE = re.compile(
    r"(?i)bench|eval|exam|arena|index|leaderboard|\btest|qa\b|mmlu|gpqa|aime|\bswe\b|\barch?\b|\bagi\b"
)
BENCH_SHAPE = _BENCH_SHAPE  # a benchmark's name shape, never a model's
STOP_HEADS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Top",
    "Section",
    "Chapter",
    "Table",
    "Figure",
    "Fig",
    "Version",
    "Phase",
    "Round",
    "Level",
    "Tier",
    "Series",
    "Step",
    "Stage",
    "Part",
    "Page",
    "Item",
    "Apache",
    "Python",
    "Windows",
    "Android",
    "Ubuntu",
    "Linux",
    "CUDA",
    "Covid",
    "COVID",
    "Gen",
    "Day",
    "Days",
    "Week",
    "Weeks",
    "Year",
    "Years",
    "Season",
    "Episode",
    "Vol",
    "Number",
    "Rank",
    "Group",
    "Team",
    "Class",
    "Type",
    "Model",
    "Models",
    "Grade",
    "Category",
    "Question",
    "Task",
    "Tasks",
    "Problem",
    "Rule",
    "Article",
    "Issue",
    "Edition",
    "Quarter",
    "Under",
    "Over",
    "About",
    "Around",
    "Only",
    "From",
    "With",
    "Since",
    "Between",
    "Above",
    "Below",
    "After",
    "Before",
    "Than",
    "Into",
    "Score",
    "Scores",
    "The",
    "And",
    "For",
    "Its",
    "All",
    "Both",
    "Each",
    "Some",
    "Most",
    "HTTP",
    "HTML",
    "USB",
    "PCIe",
    "HBM",
    "DDR",
    "GDDR",
    "iPhone",
    "Pixel",
    "Galaxy",
    "Summer",
    "Winter",
    "Spring",
    "Autumn",
    "Fall",
    "Node",
    "Route",
    "Highway",
    "Room",
    "Floor",
    "Building",
    "Act",
    "Amendment",
    "Plan",
    "Option",
    "Slide",
    "Note",
    "Footnote",
    "EUR",
    "USD",
    "GBP",
    "CNY",
    "JPY",
    "ISO",
    "IEEE",
    "RFC",
    "Tables",
    "Appendix",
    "Lines",
    "Line",
}
_SENTENCE = (
    "This|That|These|Those|Then|Now|Also|But|Yet|While|When|Where|Without|Across|Against|Among|Every|Even|Still|"
    "Here|There|According|Like|Unlike|Including|Meanwhile|However|Overall|Both|Labs?|Research|Systems|"
    # a question's or a headline's words in title case ('How Does Name-3 Compare', 'Nearly Matches Name R1')
    "Does|Did|Do|Is|Are|Was|Were|Can|Could|Will|Would|Should|How|What|Why|Which|Who|Nearly|Matches|Beats|"
    "Tops|Releases|Launches|Enters|Unveils|Introduces|Introducing|Announces|Announcing|Meet|Versus|Against|Vs|"
    "Intelligence|Technologies|Computing|Foundry|Inc|Corp|Ltd|Benchmark|Benchmarks|Results?|Scores?"
)
NAME_RE = re.compile(
    _NAME_TPL.replace(
        "@HW@",
        _HEAD_WORD.replace("@STOPS@", "|".join(sorted(STOP_HEADS, key=len, reverse=True)) + "|" + _SENTENCE),
    ).replace("@TIERS@", TIERS + "|Reasoning|Thinking")  # a new name may carry a mode word
)
_NEG_AFTER = re.compile(
    r"\s*(?:'s\s+)?(?:harness|scaffold|framework|license|licence|GPUs?|chips?|accelerators?|"
    # 'Name benchmark tables' / 'Name benchmark results' are the model's results, not a benchmark's name
    r"benchmark(?!s?\s+(?:tables?|results?|scores?|numbers|figures|performance|comparisons?|charts?))|"
    r"leaderboard|index|dataset|protocol|suite|split|test|exam|standard|rule|act|bill|mission|rocket|phone|"
    r"console|processor|CPU|TPU|NPU|server|cluster|engine|library|SDK|protocol|family|series|line-?up)\b",
    re.I,
)
_LAUNCH_BEFORE = re.compile(
    r"(?:released|launched|unveiled|introduced|announced|ships|shipped|debuted|open-sourced|releases|unveils|"
    r"launches|introduces|announces|published the weights of|opens up|open-sources|rolled out|rolls out|"
    r"called|named|dubbed|new|we present)\s+(?:[\w-]+,?\s+){0,3}?(?:the\s+|its\s+|a\s+)?$",
    re.I,
)
_POSSESSIVE_BEFORE = re.compile(
    r"[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2}'s?\s+(?:new\s+|latest\s+|flagship\s+)?$"
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
    r"\s*(?:\(\s*\d+(?:[.,]\d+)?(?:\s?%|\s(?:points?|pts|pontos|puntos|punti|punkte|poin))?\s*\)"
    r"|(?:'s|’s)?:?\s(?:at\s|with\s)?\d+(?:[.,]\d+)?(?:\s?%)?(?!\w))"
)
# strong shapes: a list line "[1.] Name (high) — 71.2" and a heading line that is just the name over a list
_LINE_LEAD = re.compile(r"[ \t]*(?:(?:\d{1,3}[.)]|[-*•])[ \t]+)?(?:#{1,4}[ \t]+)?(?:\*\*)?")
_LINE_VALUE = re.compile(r"(?:\*\*)?[ \t]*(?:\([^)\n]{0,30}\)[ \t]*)?(?:[—–:|]|[ \t]-[ \t])[ \t]*\d")
_HEAD_OVER_LIST = re.compile(r"(?:\*\*)?[ \t]*\n[ \t]*\n?[ \t]*[-*•][ \t]")
_QUESTION_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:Q|Question)\s*[:.]\s[^\n]*$")
_VALUE_FOR = re.compile(r"\d(?:[\d.,]*\d)?\s*(?:%|points?)?\s+for\s+(?:the\s+)?$")
_MODEL_NEAR = re.compile(r"\b(?:models?|sibling|variant|successor|predecessor|checkpoint|LLM)\b", re.I)
LAB_RE = re.compile(
    r"(?<![\w-])(?P<lab>(?:[A-Z][A-Za-z]+\s){0,2}(?:Labs|Lab|AI|Research|Systems|Intelligence|Foundry|"
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


def _base(m: re.Match[str]) -> float:
    name = m.group("name")
    tier = 0.1 if re.search(r"\s(?:" + TIERS + r")\b", name) else 0.0
    if m.group("hyv") or m.group("hyl"):
        return 0.5 + tier
    if m.group("tw") is not None:
        return 0.15
    if m.group("hx"):
        return 0.3 + tier
    sp = m.group("sp") or ""
    if m.group("sz"):
        return 0.25 + tier
    base = 0.4 if "." in sp or sp.startswith("-") or re.search(r"[A-Z]\d", sp) else 0.3
    return base - (0.05 if " " in m.group("head") else 0.0) + tier


# a model id written as one hyphenated token: 'Vendor-Family-Nano-9B-v2', 'Family3-Coder-480B-A35B-Instruct'
# possessive runs (++, *+): what may follow each run is never one of its characters, so giving characters back
# never helps a match; the same matches, without re retrying every shorter run
# Chinese or Japanese glued on either side ('Name-V3.1-Terminus在') leaves the id whole
_ID_NAME = re.compile(
    r"(?<![^\W" + CJK + r"]|[./-])(?P<name>[A-Z][A-Za-z]++\d*+(?:\.\d++)?(?:-[A-Za-z0-9]++(?:\.\d++)?){2,})"
    r"(?![^\W" + CJK + r"]|-|\.\d)"
)


# a word with its version glued on and one part after it ('Vesk3-VL', 'Orm2.5-Coder'): an id as much as
# 'Vesk-3-VL' is
_GLUED_VERSION_ID = re.compile(
    r"(?<![\w./-])[A-Z][a-z]{2,}\d{1,2}(?:\.\d{1,2})?-[A-Z][A-Za-z]+(?![\w-]|\.\d)"
)


# a capitalised word glued to an id's last size or version ('Vale-6-27bBrightmoor'): another cell's text
# (a tier glued on is the name's own: 'Name-2-9bInstruct')
_GLUED_WORD = re.compile(
    r"(?:(?<=-\d)|(?<=-\d{4})|(?<=\d[bBmMkK]))(?=[A-Z][a-z]{2,})(?!(?:"
    + TIERS
    + r"|Thinking|Instruct)(?![a-z]))"
)
_ID_ADJECTIVE = re.compile(r"-(?:based|class|level|style|like|powered|sized|scale|grade|tier|type|era|only)$")
# a camel-cased word and tiers joined by hyphens, no version ('LongCat-Flash-Thinking', 'SkyForge-Pro-Max')
_TIER_ID = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*(?:-(?:" + TIERS + r"|Thinking|Reasoning|Chat))+")
_FAMILY_WORD = re.compile(
    r"(?<![\w-])(?P<name>(?P<fam>[A-Z][A-Za-z]++) (?P<word>[A-Z][a-z]{2,}+))"  # possessive: as _ID_NAME
    r"(?: (?:Preview|Beta|Experimental))?(?![\w-]|\.\d| \d)"  # a release stage is a setting, not the name
    r"(?! [A-Z][a-z])"  # 'DeepSeek Sparse Attention': a longer proper name (a method, a product), not a model
)
# words after a family name that make a product or a plan, not a model
_PRODUCT_WORDS = {
    "Code", "App", "Apps", "Chat", "Desktop", "Team", "Teams", "Enterprise", "Studio", "Labs", "Search",
    "Voice", "Live", "Assistant", "Cloud", "Workspace", "Platform", "Models", "Model", "Family", "Series",
    "Users", "Subscribers", "Subscription", "Business", "Education", "Gov", "Web", "Mobile", "Android",
    "Store", "Agent", "Agents", "Canvas", "Projects", "Memory", "Artifacts", "Research", "Deep", "Advanced",
}  # fmt: skip


_HEADLINE_VERB = re.compile(
    r"Releases|Launches|Enters|Unveils|Introduces|Announces|Beats|Tops|Matches|Joins|Takes|Drops|Ships|"
    r"Leads|Wins|Gets|Adds|Brings|Makes|Hits|Lands|Debuts|Arrives|Returns|Goes|Is|Was|Has|Does"
)


_ADVERB = re.compile(r"[A-Z][a-z]{2,}ly (?=[A-Z][a-z])")


_TOKEN_COUNT_AFTER = re.compile(r"[\s-]*(?:tokens?|context)\b", re.I)


def _shapes(text: str) -> list[tuple[str, int, int, float, bool]]:
    """(name, start, end, base confidence, is a model id) of every name-shaped stretch: the name template's
    matches, and hyphenated model ids (with a digit) that it does not cover."""
    out: list[tuple[str, int, int, float, bool]] = []
    for m in NAME_RE.finditer(text):
        if m.group("head") in STOP_HEADS or _ADVERB.match(m.group("name")):
            continue  # 'A Fully Open 1.7B Model': an adverb opens a description, not a name
        if m.group("sp") and re.fullmatch(r"(?:19|20)\d\d", m.group("sp").strip()):
            continue
        if re.search(r"\s\d+(?:\.\d+)?[KkM]$", m.group("name")) and _TOKEN_COUNT_AFTER.match(text, m.end()):
            continue  # 'Long-Context Processing 1M token context window': a word before a token count
        out.append((m.group("name"), m.start(), m.end(), _base(m), False))
    taken = Spans((s, e) for _n, s, e, _b, _i in out).overlaps  # the template's shapes, indexed
    # a known family and a new word ('Claude Mythos', 'Gemini Lumen'): a weak shape of its own, which
    # the family evidence in `discover` can raise
    families = knowledge().family_alias
    for m in _FAMILY_WORD.finditer(text):
        if (
            m.group("fam") in families
            and m.group("word") not in _PRODUCT_WORDS
            and not _HEADLINE_VERB.fullmatch(m.group("word"))  # 'DeepSeek Releases …', 'Name Enters …'
            and not re.fullmatch(TIERS, m.group("word"))
            and not taken(m.start(), m.end())
        ):
            out.append((m.group("name"), m.start(), m.end(), 0.3, False))
    for m in _ID_NAME.finditer(text):
        name, end = m.group("name"), m.end()
        if _ID_ADJECTIVE.search(name):
            continue  # 'Name-4-class systems', 'Name-4-based apps': an adjective made of a name
        glued = _GLUED_WORD.search(name)
        if glued is not None:  # 'Vale-6-27bBrightmoor11 results': the lab (and a count) glued on
            name, end = name[: glued.start()], m.start() + glued.start()
        if re.search(r"\d", name) and not taken(m.start(), end):
            out.append((name, m.start(), end, 0.45, True))
        elif _TIER_ID.fullmatch(name) and not taken(m.start(), m.end()):
            out.append((name, m.start(), m.end(), 0.3, True))  # 'LongCat-Flash-Thinking': weak on its own
    for m in _GLUED_VERSION_ID.finditer(text):
        if not taken(m.start(), m.end()):
            out.append((m.group(), m.start(), m.end(), 0.45, True))  # 'Vesk3-VL': as an id of three parts
    taken = Spans((s, e) for _n, s, e, _b, _i in out).overlaps
    for m in _CAMEL_VERSION.finditer(text):
        if not taken(m.start(), m.end()):
            out.append(
                (m.group(), m.start(), m.end(), 0.3, True)
            )  # 'SmolLM2': a camel-case id and its version
    taken = Spans((s, e) for _n, s, e, _b, _i in out).overlaps
    for m in _CAMEL_ACRONYM.finditer(text):
        if not taken(m.start(), m.end()):
            # 'SmolVLM': a word and a capitalised acronym for the kind of model, no version: weak on its own,
            # a model only where the page introduces it as one (title, lede, subject of a score verb)
            out.append((m.group(), m.start(), m.end(), 0.2, True))
    return sorted(out, key=lambda x: x[1])


_CAMEL_VERSION = re.compile(r"(?<![\w.-])[A-Z][a-z]{2,}[A-Z]{1,4}\d{1,2}(?:\.\d)?(?![\w.-])")
_CAMEL_ACRONYM = re.compile(r"(?<![\w.-])[A-Z][a-z]{2,}(?:VLM|LLM|LM|VL)(?![\w.-])")
_GLUED = re.compile(
    r"\.\d{3,}|\d\.\d+\.\d+\.\d|\d[.,]\d+%|\d{6,}|\d{4,}\.\d|\$\d|(?:Pro|Max|Ultra|Flash|Lite|Mini|Turbo|Plus)\d{2,}"
)


# a leaderboard's access cell glued to the name, and the lab cell after it ('Name-5API Lab', 'Name-4oAPI
# Lab', 'Name-R1Open Source Lab')
_ACCESS_TAG = re.compile(r"(?<=[\da-z])(?:API|Open Source|Open Weights?|Proprietary|Closed)\b.*$", re.S)


def strip_access_tag(name: str) -> str:
    """The name without an access tag (and the lab) glued after it: 'Name-5API Lab' -> 'Name-5'."""
    return _ACCESS_TAG.sub("", name).strip()


# the lab a board writes after an access tag ('Name-5API Lab |', 'Name-R1Open Source Lab |')
_TAGGED_LAB = re.compile(
    r"(?<=[\da-z])(?:API|Open Source|Open Weights?|Proprietary|Closed) "
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


def plausible_name(name: str) -> bool:
    """A model name, not cells glued together: versions have short dotted parts ('GPT-5.4', 'Qwen2.5'), so
    'GPT-5.45775.176.178.3', 'Opus 4.680.8%' or a name carrying a price is refused."""
    return _GLUED.search(name) is None


_FAMILY_HYPHEN = re.compile(r"[A-Z][A-Za-z]+(?:-[A-Z][A-Za-z]*)+")


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
    # overlap questions against a page's mentions go through sorted indexes: a scan per name was quadratic
    in_not_family, in_names, in_known = (
        Spans(not_family).overlaps,
        Spans(names_known).overlaps,
        Spans(known).overlaps,
    )
    shapes = _shapes(text)
    for name, s, e, _b, _i in shapes:
        head, _sp, rest = name.partition(" ")
        if head in families and rest and not in_not_family(s, e):
            members[rest] = name
    # a known lab's name opening a shape ('… came Cohere Pika-4, which …'): the model is the rest of it
    labs_at = {k.start: k for k in known if k.kind == "lab"}
    for name, s, e, base, is_id in shapes:
        lab = labs_at.get(s)
        if lab is not None and lab.end < e and text[lab.end] == " " and not in_names(lab.end + 1, e):
            name, s = name[lab.end + 1 - s :], lab.end + 1
        if name in members.values() and not in_not_family(s, e):
            pass  # a family's new member: the family's own mention does not make it known
        elif _FAMILY_HYPHEN.fullmatch(name) and name.split("-")[0] in families and not in_not_family(s, e):
            pass  # a family's hyphenated variant without a version ('Name-VL'): the family does not name it
        elif (in_names if is_id else in_known)(s, e):
            continue
        if _BENCH_SHAPE.search(name) or not plausible_name(name):
            continue  # a benchmark's shape ("Quarry-QA 2", "Terminal-Bench 3"), not a model
        score = 0.25 if name in members or name in members.values() else 0.0
        name = members.get(name, name)
        if _NEG_AFTER.match(text, e):
            score -= 0.6
        before = text[max(0, s - 60) : s]
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
        fm = _FROM_AFTER.match(text, e)
        if fm:
            score += 0.2
        vm = _VERB_AFTER.match(text, fm.end() if fm else e)
        if vm:
            score += 0.25
            if re.match(r"\s+(?:[a-z]+\s+){0,4}\d", text[vm.end() : vm.end() + 40]):
                score += 0.15  # the subject of a score verb with its value: "X reaches 47.1"
        if _APPOS_AFTER.match(text, e) or _APPOS_BEFORE.search(before):
            score += 0.3
        if _ID_PAREN_AFTER.match(text, e):
            score += 0.25
        nm = _NUM_AFTER.match(text, e)
        if nm:
            score += 0.35 if "(" in nm.group() else 0.25
        line_start = text.rfind("\n", 0, s) + 1
        if _LINE_LEAD.fullmatch(text, line_start, s) and (
            _LINE_VALUE.match(text, e) or _HEAD_OVER_LIST.match(text, e)
        ):
            score += 0.45
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
        owner = next((mod for mod in models if after.startswith(mod)), None)
        conf = 0.8 if owner else 0.5
        if owner:
            model_lab.setdefault(owner, lab)
        prev = labs.get(lab)
        if prev is None or prev.confidence < conf:
            labs[lab] = Candidate(lab, "lab", conf, m.start("lab"), m.end("lab"))
    return list(labs.values()), model_lab
