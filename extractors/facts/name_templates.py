"""Name templates: the shapes a model name the patterns do not know may take, found in a text with a base
confidence each.

The name template ("Name-3 Ultra", "Name-R2", "Name-M 70B", "Name 2.5 Pro", "Name 4"), hyphenated model ids
('Vendor-Family-Nano-9B-v2', 'Vesk3-VL'), a known family and a new word ('Claude Mythos') and camel-cased ids
('SmolLM2', 'SmolVLM'); calendar, stop and sentence-starting words never head a name. Whether a shape is a
model is the context's question (`discovery`).
"""

from __future__ import annotations

import re

from extractors.facts.alternation import by_first_char, longest_first
from extractors.facts.entities import TIERS, Spans, knowledge
from extractors.facts.introduced_names import introduced_names
from extractors.facts.name_leads import LEAD_STOPS
from extractors.facts.news_tokenizer import CJK
from extractors.facts.numbers import year_like
from extractors.facts.page_families import page_families

# a count after it is no size: 'Acme-SDK 2B downloads', 'Relay-API 3B requests' are a product's figures
_COUNT_NOUN = (
    r"downloads?|installs?|users?|requests?|calls?|queries|views?|visits?|subscribers?|sales|revenue"
)
_SIZE = (
    r"E?\d+(?:\.\d+)?[BM](?:[- ]A\d+(?:\.\d+)?B)?(?![ \t]+(?:total|active|activated|param|(?:"
    + _COUNT_NOUN
    + r")\b))"
)
# a figure's unit in Chinese or Japanese ('85分', '3倍', '2个', '85点'): the number before it is no version
CJK_UNIT = r"[分点點倍个個次秒％]"
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
# the same head word after its capital, which the name's opening reads (`_HEAD_WORD` with its first letter
# taken: its tests at that letter held in a one-character lookbehind), so that the name pattern opens on a
# class, [A-Z], and `re` skips to the capitals instead of trying every position (alternation.py)
_HEAD_REST = (
    # (a lead word stops only a name's first word, and only before another capitalised word: 'Pick Name 3'
    # but 'Select 2 Pro' and 'Name 3 Local' keep it; `name_leads`)
    r"(?:(?<=(?=[A-Z][A-Za-z]{2})(?!(?:@STOPS@)\b)(?!(?:@LEADS@)[ \t]+[A-Z]).)"
    r"[A-Za-z]{2,}+(?:\d{1,2}(?=-\d+(?:\.\d+)?[BMT]\b))?"
    r"|[A-Z](?=-\d|\s\d{1,2}(?:\.\d)?\s(?:@TIERS@)\b))"
)
# a name never runs across a line break: blanks inside it are spaces or tabs
_NAME_TPL = (
    r"(?P<name>(?P<head>[A-Z](?<![A-Za-z0-9_-].)@HR@(?:[ \t]@HW@){0,2})"
    # (a version may be written with a small 'v': 'Seeker-v2')
    r"(?:(?P<hyv>(?:-[A-Za-z]+)*-(?:[A-Z]{0,2}|v)\d+(?:\.\d+)?(?:[a-z]|[BMT](?![a-z]))?(?:-[A-Z]\d+B)?"
    + _CHAIN
    + r")(?:[ \t]"
    + _SIZE
    + r")?"
    # an upper-case suffix of up to four letters names the kind of model ('Name-VL 9B', 'Name-ASR 9B',
    # 'Name-OCR 3B'); the size after it makes it a model's name
    r"|(?P<hyl>-[A-Z]{1,4})[ \t]" + _SIZE + r""
    # a spaced version has one digit before its point: 'Name 85.6' is a figure ('Attains 85.6 on B')
    # (a release number led by a zero is an id, never a figure: 'Name Embedding 001')
    r"|(?P<sp>(?:-[A-Z][a-z]+)?[ \t](?:\d(?:\.\d{1,2})?|\d{2}|0\d{2}|" + _VER_LD + r"))"
    r"|(?P<sz>[ \t]" + _SIZE + r")"
    # (a version's edge is ASCII: Chinese or Japanese glued after it leaves it whole, 'Name-V 4.5的')
    r"|(?P<hx>-[A-Z]{1,2}(?:-[A-Z][a-z]{3,})?(?![\w-])(?:[ \t]\d{1,2}(?:\.\d)?(?![A-Za-z0-9_.%]|"
    + CJK_UNIT
    + r"))?)"
    r"|(?P<tw>(?=[ \t](?:@TIERS@)(?![\w-]))))"  # a word and a tier only ('Lumen Pro'): weak on its own
    r"(?:[ \t](?:@TIERS@|" + _SIZE + r")(?![A-Za-z0-9_-]))*)"
    r"(?![A-Za-z0-9_-]|\.\d|%)"  # ASCII edges: Chinese runs on into a name without a space ('推出Tarn-5将')
)
BENCH_SHAPE = re.compile(  # a benchmark's name shape, never a model's
    r"(?i)bench|eval|exam|arena|index|leaderboard|\btest|qa\b|mmlu|gpqa|aime|\bswe\b|\barch?\b|\bagi\b"
)
# words that open a sentence or join one on: a capitalised one of them before a name is not part of it
FUNCTION_WORDS = frozenset(
    ("The", "A", "An", "Its", "Their", "Our", "Both", "Only", "And", "But", "While", "Unlike", "Like")
)
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
    "System",
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
    "Update",
    "Patch",
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
_STOPS = "|".join(longest_first(STOP_HEADS)) + "|" + _SENTENCE
NAME_RE = re.compile(
    _NAME_TPL.replace("@HR@", _HEAD_REST.replace("@STOPS@", _STOPS).replace("@LEADS@", LEAD_STOPS))
    .replace("@HW@", _HEAD_WORD.replace("@STOPS@", _STOPS))
    .replace("@TIERS@", TIERS + "|Reasoning|Thinking")  # a new name may carry a mode word
)


_TIER_WORD = re.compile(r"\s(?:" + TIERS + r")\b")
# a stop word with a point version and a tier word ('Stage 2.5 Flash'): the tier makes it a name, where
# 'Step 2' or 'Part 1.2' alone is the page's own numbering
# (the words grouped by first letter, the lookbehind after it: `re` skips to the positions of those letters
# instead of trying the pattern at every position; the same matches)
_STOP_TIER_NAME = re.compile(
    by_first_char(longest_first(STOP_HEADS), cased=True, not_after=r"[\w-]")
    + r"[ \t]\d{1,2}\.\d{1,2}(?:[ \t](?:"
    + TIERS
    + r"))+(?![\w-])"
)


def _base(m: re.Match[str]) -> float:
    name = m.group("name")
    tier = 0.1 if _TIER_WORD.search(name) else 0.0
    if m.group("hyv") or (m.group("hyl") and len(m.group("hyl")) <= 3):
        return 0.5 + tier
    if m.group("hyl"):  # a longer suffix ('-ASR', '-OCR') is as often a product's: it needs a cue besides
        return 0.4 + tier
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
    r"(?P<name>[A-Z](?<![^\W" + CJK + r"][A-Z]|[./-][A-Z])"
    r"[A-Za-z]++\d*+(?:\.\d++)?(?:-[A-Za-z0-9]++(?:\.\d++)?){2,})"
    r"(?![^\W" + CJK + r"]|-|\.\d)"
)


# (the patterns below open on their first letter and look behind it, rather than opening on the look-behind:
# the engine then skips ahead to capitals instead of trying the look-behind at every character)
# a word (or an acronym) with its version glued on, and any parts after it, hyphened or spaced ('Vesk3-VL',
# 'Orm2.5-Coder', 'Orm2.5-27B', 'Orm2.5 27B Instruct', 'Vesk3', 'QLM4.5'): an id as much as 'Vesk-3-VL' is.
# Alone, the version has one digit before its point ('Layers48', 'Diamond88.4' are a glued cell and figure)
# and an acronym a point version ('RTX4090', 'COVID19' are no names); a bare word and number ('Vesk3',
# 'Web3') is weak on its own
_GLUED_VERSION_ID = re.compile(
    r"[A-Z](?<![\w./-][A-Z])(?:[a-z]{2,}(?:\d{1,2}(?:\.\d{1,2})?(?=-)|\d(?:\.\d)?)|[A-Z]{1,4}\d\.\d)"
    r"(?P<parts>(?:-(?:[A-Z][A-Za-z]+|"
    + _SIZE
    + r"))*(?:[ \t](?:"
    + TIERS
    + r"|Thinking|"
    + _SIZE
    + r")(?![\w-]))*)"
    r"(?![\w%-]|[.,]\d)"  # ('Verified49.2%', 'Input32,768': glued cells)
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
    r"(?P<name>(?P<fam>[A-Z](?<![\w-][A-Z])[A-Za-z]++) (?P<word>[A-Z][a-z]{2,}+))"  # possessive: as _ID_NAME
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
_COUNT_END = re.compile(r"\s\d+(?:\.\d+)?[KkM]$")
_TIER_NAME = re.compile(TIERS)
_DIGIT = re.compile(r"\d")


def shapes(text: str) -> list[tuple[str, int, int, float, bool]]:
    """(name, start, end, base confidence, is a model id) of every name-shaped stretch: the name template's
    matches, and hyphenated model ids (with a digit) that it does not cover."""
    out: list[tuple[str, int, int, float, bool]] = []
    for m in NAME_RE.finditer(text):
        if m.group("head") in STOP_HEADS or _ADVERB.match(m.group("name")):
            continue  # 'A Fully Open 1.7B Model': an adverb opens a description, not a name
        if m.group("sp") and year_like(m.group("sp").strip()):
            continue
        if _COUNT_END.search(m.group("name")) and _TOKEN_COUNT_AFTER.match(text, m.end()):
            continue  # 'Long-Context Processing 1M token context window': a word before a token count
        out.append((m.group("name"), m.start(), m.end(), _base(m), False))
    out += [(m.group(), m.start(), m.end(), 0.5, False) for m in _STOP_TIER_NAME.finditer(text)]
    taken = Spans((s, e) for _n, s, e, _b, _i in out).overlaps  # the template's shapes, indexed
    # a known family and a new word ('Claude Mythos', 'Gemini Lumen'): a weak shape of its own, which
    # the family evidence in `discover` can raise
    families = knowledge().family_alias
    shown: frozenset[str] | None = None  # the page's own families, read at the first unknown one
    for m in _FAMILY_WORD.finditer(text):
        if m.group("fam") not in families and shown is None:
            shown = page_families(text)
        if (
            (m.group("fam") in families or (shown is not None and m.group("fam") in shown))
            and m.group("word") not in _PRODUCT_WORDS
            and not _HEADLINE_VERB.fullmatch(m.group("word"))  # 'DeepSeek Releases …', 'Name Enters …'
            and not _TIER_NAME.fullmatch(m.group("word"))
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
        if _DIGIT.search(name) and not taken(m.start(), end):
            out.append((name, m.start(), end, 0.45, True))
        elif _TIER_ID.fullmatch(name) and not taken(m.start(), m.end()):
            out.append((name, m.start(), m.end(), 0.3, True))  # 'LongCat-Flash-Thinking': weak on its own
    taken = Spans((s, e) for _n, s, e, _b, _i in out).overlaps
    for m in _GLUED_VERSION_ID.finditer(text):
        if not taken(m.start(), m.end()):
            # 'Vesk3-VL', 'Orm2.5-27B': as an id of three parts; 'Vesk3' or 'Orm2.5' alone as weak as
            # 'SmolLM2'
            # (a bare word and point version is as often software or a standard: 'Python3.9', 'TLS1.3')
            base = 0.45 if m.group("parts") else 0.3
            out.append((m.group(), m.start(), m.end(), base, True))
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
    taken = Spans((s, e) for _n, s, e, _b, _i in out).overlaps
    for m in _DEFINED_NAME.finditer(text):
        if m.group("name") not in STOP_HEADS and not taken(m.start("name"), m.end("name")):
            # 'we release LFM2, a new class of … models', 'Codestral is Mistral's first code model': a name
            # the page itself defines as a new model
            out.append((m.group("name"), m.start("name"), m.end("name"), 0.6, False))
    taken = Spans((s, e) for _n, s, e, _b, _i in out).overlaps
    for name, s, e in introduced_names(text):
        if name not in STOP_HEADS and not taken(s, e):
            # 'Name is a 40-billion-parameter model', 'an LLM called Name': the page says it is a model, so
            # its shape needs no version (read as an id: a family's word the patterns know does not hide it)
            out.append((name, s, e, 0.6, True))
    if _QUOTE_GATE.search(text):
        taken = Spans((s, e) for _n, s, e, _b, _i in out).overlaps
        for m in _QUOTED_NAME.finditer(text):
            name = m.group("name")
            if (
                (" " in name or re.search(r"\d|.[A-Z]", name))
                and _TYPE_BEFORE.search(text, max(0, m.start() - 30), m.start())
                and not taken(m.start("name"), m.end("name"))
            ):
                # 'its reasoning AI 'Name X THINK'', 'OpenAIのAIエージェント「Name research」': a name the
                # page quotes right after saying it is a model
                out.append((name, m.start("name"), m.end("name"), 0.8, False))
    return sorted(out, key=lambda x: x[1])


_DEFINED_NAME = re.compile(
    # (the capital first, then the lookbehind and the word list asked of it from behind, a lookbehind of one
    # character holding the lookahead: re skips to the capitals instead of trying every position)
    r"(?P<name>[A-Z](?<![\w.-].)(?<=(?!(?:The|This|That|These|It|Its|Today|Here|There|We|Our|Their|Now|"
    r"Meanwhile|Also|Which|What|And|But|Each|Every|One|Another)\b).)"
    r"[\w.·-]*+(?:[ \t][A-Z0-9][\w.·-]*+){0,2})"
    r"(?=(?:,|[ \t]+is)[ \t]+(?:a[ \t]+new|an?[ \t]+next-generation|its[ \t]+(?:new|first|latest)|"
    r"[A-Z][\w-]*['’]s[ \t]+(?:new|first|latest))[ \t]+(?:[\w-]+[ \t]+){0,5}?(?i:models?|LLMs?|VLMs?)\b)"
)
_QUOTE_GATE = re.compile(r"[‘'\"“「『][A-Z]")
_QUOTED_NAME = re.compile(r"[‘'\"“「『](?P<name>[A-Z][\w.-]*+(?:[ \t][A-Za-z0-9][\w.-]*+){0,3})[’'\"”」』]")
_TYPE_BEFORE = re.compile(
    r"(?:\b(?:models?|AI|LLMs?|chatbots?|assistants?|agents?)\)?|モデル|エージェント|模型)[ \t]*$"
)


# a camel-cased word and its version glued on ('SmolLM2') or written as a release tag ('OpenSeeker-v2';
# Chinese or Japanese glued after it does not lengthen it)
_CAMEL_VERSION = re.compile(
    r"[A-Z](?<![\w.-][A-Z])[a-z]{2,}(?:[A-Z]{1,4}\d{1,2}(?:\.\d)?(?![\w.-])"
    r"|[A-Z][a-z]{2,}-v\d{1,2}(?:\.\d{1,2})?(?![^\W" + CJK + r"]|[.-]))"
)
_CAMEL_ACRONYM = re.compile(r"[A-Z](?<![\w.-][A-Z])[a-z]{2,}(?:VLM|LLM|LM|VL)(?![\w.-])")
