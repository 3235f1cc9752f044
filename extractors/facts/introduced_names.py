"""Names a page introduces as models, whatever their shape: a name with no version ('Vantor',
'Kestrel-Large', 'Orrin Mesa') is a model where the page says so in the same breath: it is given a parameter
count ('Vantor is a 40-billion-parameter model', 'Orrin Mesa, a 9B parameter LLM'), or it is what a model is
called ('an LLM called Vantor', 'its new model, Kestrel-Large, scored …').

Each finder opens on its anchor (the word 'param', the verbs 'called' / 'named' / 'dubbed', a head noun and a
comma), found by substring first: a page without the anchor costs one substring test.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors.facts.alternation import longest_first
from extractors.facts.entities import knowledge, lab_aliases

# a name: up to three capitalised words (or a word and a short version); a point only before a capital or a
# digit ('Name-2.5', 'A.X K1')
_NAME = r"(?P<name>[A-Z][\w+·-]*(?:\.[A-Z\d][\w+-]*)*(?:[ \t][A-Z0-9][\w+-]*(?:\.\d+[\w+-]*)*){0,2})"
# 'Name is a 40-billion-parameter …', 'Name, an open 9B parameter …' (read back from the word 'param')
_SIZED = re.compile(
    r"(?<![\w.-])" + _NAME + r"(?:,|[ \t]is)[ \t]+an?[ \t]+(?:[\w-]+[ \t]+){0,3}?\d+(?:\.\d+)?[- ]?"
    r"(?:billion|B|million|M|trillion|T)[- ](?:total[- ])?$"
)
# a size in parentheses right after the name: 'Name R+ (104B)', 'Name (35 billion parameters)', 'Name (300M)'
_SIZE_PAREN = re.compile(
    r"\((?:\d+(?:\.\d+)?[ \t]?[BMT]|\d+(?:\.\d+)?[ \t](?:billion|million|trillion)"
    r"(?:[ \t-](?:total[ \t-])?param\w*)?)\)"
)
_BEFORE_PAREN = re.compile(r"(?<![\w.+-])" + _NAME + r"[ \t]?$")
# a maker's possessive, the name (quoted or not), a score verb and its figure: "Vendor's “Name” scored 13.6%",
# 'its Name Helper scored 48%'
_MAKER_SCORED = re.compile(
    r"(?:'s|’s|i(?<!\w.)ts)[ \t]+[“\"']?"  # (opening on literal characters: alternation.py)
    + _NAME
    + r"[”\"']?[ \t]+(?:scored|scores|achieved|achieves|reached|reaches|posted|posts|hit|hits|earned|earns)"
    # a score's figure: a percent, points or 'N out of M' (not '100 million users', '3 markets', '2 times')
    r"[ \t]+(?:an?[ \t]+)?(?:score[ \t]+of[ \t]+)?\d+(?:\.\d+)?[ \t]?"
    r"(?:%|percent\b|points?\b|pts\b|out[ \t]+of\b)"
)
# the rest of the clause after the figure, where a benchmark may be named ('scored 48% on QuizBench')
_CLAUSE_REST = re.compile(r"[^.;\n]{0,80}")
# a product or a feature of a model, not a model ("Name-5's Computer Use API scored …")
_PRODUCT_END = re.compile(r"\b(?:API|APIs|App|Apps|SDK|Tools?|Platform|Service|Plugin|Feature|Extension)$")
# 'a model called Name', 'an open LLM (…) named Name'
_CALLED = re.compile(
    r"(?:m(?<!\w.)odels?|L(?<!\w.)LMs?|V(?<!\w.)LMs?)"
    r"(?:[ \t]\([^)\n]{0,40}\))?,?[ \t]+(?:called|named|dubbed)[ \t]+" + _NAME
)
# 'its latest model, Name, offers …': the name between commas, then a verb or a preposition (not a list)
_APPOSED = re.compile(
    r"(?:m(?<!\w.)odel|L(?<!\w.)LM|f(?<!\w.)lagship)[ \t]*,[ \t]+"
    + _NAME
    + r",[ \t]+(?=(?:which|who|is|was|has|had|claiming|on|at|in|with|[a-z]{3,}(?:s|ed))\b)"
)
# a bare article before the head ('the model, Figure 3, shows', 'testing a model, Smith, who …') points back
# at a model already named; the apposition is a figure or a person. 'its model', 'the new model' introduce.
_BARE_BEFORE = re.compile(r"(?:^|[^\w-])(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ee]ach|[Ee]very|[Aa]ny)[ \t]+$")
# what the count is of: a model's head noun between the article and the count or right after 'parameter'
# ('Name, a 400M-parameter vision encoder' is a part of a model)
_HEAD_NOUN = r"(?:models?|LLMs?|VLMs?|MoE|[Mm]ixture|transformer|variant)"
_MODEL_HEAD = re.compile(r"\b" + _HEAD_NOUN)
_HEAD_AFTER = re.compile(r"\w*(?:[ \t]+[\w-]+){0,4}?[ \t]+" + _HEAD_NOUN)
# words that open a sentence or a clause, never a name of their own (defined_models reads them too); time
# words too ('Today Name is a 40B parameter model'). The days and months are written out: dates.py has them,
# but importing it here would close a cycle (dates -> document -> discovery -> name_templates -> this module)
NOT_NAME = re.compile(
    r"(?:It|Its|This|That|The|These|Those|They|There|He|She|We|Our|Their|And|But|Which|What|When|While|As|A|An|"
    r"In|On|At|For|With|From|By|Of|To|Both|Each|All|Only|Even|Also|"
    r"Today|Yesterday|Tomorrow|Now|Then|Meanwhile|Later|Earlier|Recently|Currently|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$"
)
_WORD = re.compile(r"\w")
_WORD_OR_DASH = re.compile(r"[\w-]")
_SHORT_ACRONYM = re.compile(r"[A-Z]{1,3}$")  # 'API', 'AI': too short to be a name on this evidence alone


@lru_cache(maxsize=4)  # read twice per page: as shapes, and where a family's word is one of them
def introduced_names(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of every name the text introduces as a model by a parameter count or by calling it
    one."""
    out: list[tuple[str, int, int]] = []
    if "param" in text:
        at = text.find("param")
        while at >= 0:
            lo = max(0, at - 160)
            m = _SIZED.search(text, lo, at)
            if m is not None and (_MODEL_HEAD.search(m.group()) or _HEAD_AFTER.match(text, at + 5)):
                out.append((m.group("name"), m.start("name"), m.end("name")))
            at = text.find("param", at + 5)
    if "(" in text:
        for p in _SIZE_PAREN.finditer(text):
            m = _BEFORE_PAREN.search(text, max(0, p.start() - 60), p.start())
            if m is not None and _sized_model(text, m, p):
                out.append((m.group("name"), m.start("name"), m.end("name")))
    if "'s " in text or "’s " in text or "its " in text:
        families = knowledge().family_alias  # a family's bare word scored is not one model
        out += [
            (m.group("name"), m.start("name"), m.end("name"))
            for m in _MAKER_SCORED.finditer(text)
            if m.group("name") not in families
            and _PRODUCT_END.search(m.group("name")) is None
            and _model_like(text, m)
        ]
    if "called " in text or "named " in text or "dubbed " in text:
        out += [(m.group("name"), m.start("name"), m.end("name")) for m in _CALLED.finditer(text)]
    if ", " in text:
        out += [
            (m.group("name"), m.start("name"), m.end("name"))
            for m in _APPOSED.finditer(text)
            if _BARE_BEFORE.search(text, max(0, m.start() - 12), m.start()) is None
        ]
    kept = []
    for n, s, e in out:
        # a clause word before the name is no part of it ('The lineup includes Name R (35B)')
        while " " in n and NOT_NAME.match(n.split()[0]) is not None:
            head = n.split()[0]
            n, s = n[len(head) + 1 :].lstrip(), s + len(head) + 1
        if NOT_NAME.match(n.split()[0]) is None and _plain(text, n):
            kept.append((n, s, e))
    return kept


def _sized_model(text: str, m: re.Match[str], p: re.Match[str]) -> bool:
    """A size in parentheses is a model's where its sentence says parameters or names a model near it
    ('Name (35 billion parameters)', 'three models: - Name (8B)', 'Name (52B) — a mid-range model'), or the
    name holds a family's word ('Family 3.1 Turbo (70B)'); a lab, a country or a price with a figure ('Lab
    (40B)', 'Land (300M)') is none."""
    name = m.group("name")
    if name.split()[-1] in lab_aliases() or name in lab_aliases():
        return False
    # the sentence says parameters ('Name R (35 billion parameters), Name R+ (104B)')
    lo, hi = text.rfind("\n", max(0, m.start() - 200), m.start()), text.find("\n", p.end(), p.end() + 200)
    lo2 = text.rfind(". ", max(lo, 0), m.start())
    if "param" in text[max(lo, lo2, 0) : hi if hi >= 0 else p.end() + 200]:
        return True
    if _MODEL_HEAD.search(text, max(0, m.start() - 40), min(len(text), p.end() + 40)) is not None:
        return True
    return _holds_family(name)


def _holds_family(name: str) -> bool:
    """A family's name or bare word inside the name ('Family 3.1 Turbo', 'Lab's Family Deep Think')."""
    kb = knowledge()
    return kb.family_re.search(name) is not None or any(w in kb.family_alias for w in name.split())


def _model_like(text: str, m: re.Match[str]) -> bool:
    """A possessive's name that scored is a model where it looks like one (quoted, a digit, a family's word
    in it: "Lab's “Name”", 'Lab's Name-2', 'Lab's Family Deep Think', or a company's 'its Name') or a
    benchmark is named in the clause after the figure ('scored 48% on QuizBench'); else it may be a person
    ('the school's Jo Park scored 92%')."""
    name = m.group("name")
    if text[m.start("name") - 1] in "“\"'" or any(c.isdigit() for c in name) or m.group().startswith("its"):
        return True
    if _holds_family(name):
        return True
    rest = _CLAUSE_REST.match(text, m.end())
    return rest is not None and _benchmarks().search(rest.group()) is not None


@lru_cache(maxsize=1)
def _benchmarks() -> re.Pattern[str]:
    names = longest_first({r.alias for r in knowledge().records if r.kind == "benchmark"})
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def _plain(text: str, name: str) -> bool:
    """Not a short acronym, nor a version the page also writes as the tail of a longer id ('V4-Pro' of
    'Vendor-V4-Pro')."""
    if _SHORT_ACRONYM.match(name):
        return False
    if not any(c.isdigit() for c in name):
        return True
    at = text.find(name, 1)
    while at > 0:
        end = at + len(name)
        after = text[end : end + 1]
        if (
            text[at - 1] in "- "
            and at >= 2
            and _WORD.match(text[at - 2])
            and not (after and _WORD_OR_DASH.match(after))
        ):
            return False
        at = text.find(name, at + 1)
    return True
