"""Short forms of the article's models: a word that names exactly one of them ('Opus', 'Maverick'), a tier
standing alone ('Flash scores 90.4%'), a version and a tier without the family ('3.5 Flash'). Each maps a
surface to the one model it can mean in this article, and to nothing when it could mean two."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from extractors.facts.alternation import longest_first

_GENERIC_WORDS = {
    "Pro",
    "Max",
    "Ultra",
    "Mini",
    "Nano",
    "Flash",
    "Lite",
    "Plus",
    "Turbo",
    "Fast",
    "Heavy",
    "Chat",
    "Codex",
    "Thinking",
    "Deep",
    "Think",
    "Preview",
    "Instruct",
    "Coder",
    "Large",
    "Medium",
    "Small",
    "Vision",
    "Open",
    "Air",
    "Edge",
    "Omni",
    "Swift",
    "Prime",
    "Model",
    "Claude",
    "Reasoner",
    "Distill",
    "Micro",
}
GENERIC_WORDS = frozenset(_GENERIC_WORDS)  # tier and mode words: no family of their own

_CAP_WORD, _TITLE_WORD = re.compile(r"[A-Z][A-Za-z]{2,}"), re.compile(r"[A-Z][a-z]{2,}")


def short_names(models: Iterable[str]) -> dict[str, str]:
    """Words that name exactly one of the article's models ('Opus', 'Maverick', 'Gemini')."""
    owners: dict[str, set[str]] = {}
    for canon in models:
        for w in _CAP_WORD.findall(canon):
            if w not in _GENERIC_WORDS:
                owners.setdefault(w, set()).add(canon)
    return {w: next(iter(c)) for w, c in owners.items() if len(c) == 1}


def named_members(models: Iterable[str], known: Iterable[str]) -> set[str]:
    """The members the name lists know of a line the article names, each made by one word of its own after
    the line's name ('Llama 4' named: 'Llama 4 Scout', 'Llama 4 Maverick'), so that word alone names it."""
    lines = set(models)
    return {
        k
        for k in known
        if (cut := k.rfind(" ")) > 0
        and k[:cut] in lines
        and _TITLE_WORD.fullmatch(k[cut + 1 :])
        and k[cut + 1 :] not in _GENERIC_WORDS
    }


_LAST_WORD = re.compile(r"[\s-]([A-Z][a-z]{2,})$")
_VERSION_TIER_TAIL = re.compile(r"(?<=\s)(\d{1,2}(?:\.\d{1,2})?\s[A-Z][a-z]{2,})$")


def tier_shorts(models: Iterable[str], lead: str | None = None) -> dict[str, str]:
    """A tier standing alone ('Flash scores 90.4%') names the one article model whose name ends in it; when
    several do ('Pro': 'Nova 3 Pro' and 'Nova 2 Pro'), the one of the generation the page opens on (its first
    tiered model, `lead`: 'Nova 3 Swift' named first, 'Pro' is 'Nova 3 Pro'), and none without one."""
    owners: dict[str, set[str]] = {}
    for canon in models:
        last = _LAST_WORD.search(canon)
        if last and last.group(1) in _GENERIC_WORDS:
            owners.setdefault(last.group(1), set()).add(canon)
    out = {w: next(iter(c)) for w, c in owners.items() if len(c) == 1}
    last = _LAST_WORD.search(lead) if lead else None
    if lead and last and last.group(1) in _GENERIC_WORDS:
        line = lead[: last.start()]
        for w, c in owners.items():
            if len(c) > 1 and f"{line} {w}" in c:
                out[w] = f"{line} {w}"
    return out


def ends_in_tier(name: str) -> bool:
    last = _LAST_WORD.search(name)
    return bool(last and last.group(1) in _GENERIC_WORDS)


def version_tier_shorts(models: Iterable[str]) -> dict[str, str]:
    """A version and a tier without the family ('3.5 Flash outperforms …', 'where 3.1 Pro had scored') name
    the one article model whose name ends in them."""
    owners: dict[str, set[str]] = {}
    for canon in models:
        tail = _VERSION_TIER_TAIL.search(canon)
        if tail and tail.group(1).split()[1] in _GENERIC_WORDS and tail.start() > 0:
            owners.setdefault(tail.group(1), set()).add(canon)
    return {w: o for w, c in owners.items() if (o := _one_owner(c))}


def _one_owner(owners: set[str]) -> str | None:
    """The one model a short form means: the only owner, or the shortest when every other owner is it with a
    neighbouring cell's text glued on ('FlashNova 3 Pro' for 'Nova 3 Pro', a tier word from the cell before;
    '71.4Nova 3 Pro', a figure). A glued capitalised word that is no tier ('SkyKite 3 Pro' beside 'Kite 3
    Pro') may be a name of its own: then the short form means neither."""
    first = min(owners, key=len)
    return first if all(_cell_glued(o, first) for o in owners if o != first) else None


def _cell_glued(name: str, short: str) -> bool:
    """Whether `name` is `short` with the end of a table cell run into it: a tier word or a non-letter."""
    if not name.endswith(short) or name[-len(short) - 1].isspace():
        return False
    before = name[: -len(short)]
    word = re.search(r"[A-Z][a-z]*$", before)
    return not before[-1].isalpha() or bool(word and word.group(0) in _GENERIC_WORDS)


def _tails_of(known: Iterable[str]) -> tuple[tuple[str, str], ...]:
    """(name, the name before its version and tier) of each of `known` that ends in them, in its order."""
    return tuple((k, k[: t.start()].strip()) for k in known if (t := _VERSION_TIER_TAIL.search(k)))


# the names lists' model ids (one frozenset for the process): searched once, not once per page
_known_tails = cache(_tails_of)


def family_version_tiers(models: Iterable[str], known: Iterable[str]) -> dict[str, str]:
    """A version and a tier of a family the page names, for a model the page never writes in full ('Nova 4
    Swift' named, '(3.8 Max: 61.0)' elsewhere): the one known model of one of the page's families whose name
    ends in them. Tails a page model has keep their owner; a tail two families' known models share is left
    out."""
    models = set(models)
    families = {
        canon[: tail.start()].strip()
        for canon in models
        if (tail := _VERSION_TIER_TAIL.search(canon)) and tail.start() > 0
    }
    own = version_tier_shorts(models)
    tails = _known_tails(known) if isinstance(known, frozenset) else _tails_of(known)
    kin = {k for k, family in tails if family in families}
    # a point version only: 'DJI Mini 3 Pro' or 'Chapter 3 Pro' on a page about the family is no model
    return {w: c for w, c in version_tier_shorts(models | kin).items() if w not in own and "." in w}


# the words that define a short form in parentheses after a name, in the languages pages are written in:
# 'X (hereafter Y)', 'X（以下简称“Y”）', 'X（以下、Y）', 'X(이하 Y)', 'X (ci-après Y)', 'X (im Folgenden Y)'
DEFINING_WORDS = (
    "hereafter referred to as",
    "hereinafter referred to as",
    "hereafter called",
    "hereafter",
    "hereinafter",
    "henceforth",
    "from here on",
    "referred to as",
    "以下简称",
    "以下簡稱",
    "以下称为",
    "以下稱為",
    "以下称",
    "以下稱",
    "下称",
    "下稱",
    "简称",
    "簡稱",
    "以下",
    "이하",
    "ci-après",
    "ci-dessous",
    "en adelante",
    "en lo sucesivo",
    "doravante",
    "de agora em diante",
    "im Folgenden",
    "nachfolgend",
    "d'ora in poi",
    "di seguito",
)
_QUOTE_OPEN = "\"“'‘「『《"
_QUOTE_CLOSE = "\"”'’」』》"
_SHORT = rf"[^\s{_QUOTE_CLOSE}{_QUOTE_OPEN}()（）,，、;；:：。]{{1,24}}"
_DEFINED = re.compile(
    r"[ \t]?[(（]\s*(?:(?P<cue>"
    + "|".join(re.escape(w) for w in longest_first(DEFINING_WORDS))
    + r")\s*[:：,，、]?\s*)?"
    + rf"[{_QUOTE_OPEN}]?(?P<short>{_SHORT})[{_QUOTE_CLOSE}]?"
    + r"\s*(?:という|と呼ぶ|라고\s*한다|라\s*함)?\s*[)）]"
    # Chinese without parentheses: 'X，简称“Y”', 'X, 简称Y'
    + rf"|\s*[,，]\s*(?P<cue2>简称|簡稱)\s*[:：]?\s*[{_QUOTE_OPEN}]?(?P<short2>{_SHORT})[{_QUOTE_CLOSE}]?",
    re.I,
)


def _abbreviates(short: str, name: str) -> bool:
    """'LN-Ultra' for 'Llama-Nemotron-Ultra': two capitals or more, the name's first letter, and its letters
    and digits in the name's order."""
    s = [c for c in short.lower() if c.isalnum()]
    n = [c for c in name.lower() if c.isalnum()]
    if sum(c.isupper() for c in short) < 2 or len(s) >= len(n) or not s or s[0] != n[0]:
        return False
    it = iter(n)
    return all(c in it for c in s)


def defined_shorts(text: str, named: Iterable[tuple[int, str]], taken: frozenset[str]) -> dict[str, str]:
    """Short forms the page defines for a model right after naming it ('Name 3 Large (hereafter NL3)',
    'Qwen3（以下简称“千问3”）', 'Llama-Nemotron-Ultra (LN-Ultra)'): short form -> the model, for the names
    given as (end, canonical). A bare parenthesis counts only when it abbreviates the name; a form another
    entity already has (`taken`) or that two models claim is left out."""
    out: dict[str, set[str]] = {}
    for end, canon in named:
        if not text.startswith((" (", "(", "（", " （", ",", "，", " ,"), end):
            continue
        m = _DEFINED.match(text, end)
        if m is None:
            continue
        short = (m.group("short") or m.group("short2")).strip()
        cued = bool(m.group("cue") or m.group("cue2"))
        if len(short) < 2 or short == canon or short in taken or short in _GENERIC_WORDS or short.isdigit():
            continue
        if not cued and not _abbreviates(short, canon):
            continue
        out.setdefault(short, set()).add(canon)
    return {s: next(iter(c)) for s, c in out.items() if len(c) == 1}
