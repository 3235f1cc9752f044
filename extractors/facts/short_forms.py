"""Short forms of the article's models: a word that names exactly one of them ('Opus', 'Maverick'), a tier
standing alone ('Flash scores 90.4%'), a version and a tier without the family ('3.5 Flash'). Each maps a
surface to the one model it can mean in this article, and to nothing when it could mean two."""

from __future__ import annotations

import re
from collections.abc import Iterable

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


def short_names(models: Iterable[str]) -> dict[str, str]:
    """Words that name exactly one of the article's models ('Opus', 'Maverick', 'Gemini')."""
    owners: dict[str, set[str]] = {}
    for canon in models:
        for w in re.findall(r"[A-Z][A-Za-z]{2,}", canon):
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
        and re.fullmatch(r"[A-Z][a-z]{2,}", k[cut + 1 :])
        and k[cut + 1 :] not in _GENERIC_WORDS
    }


def tier_shorts(models: Iterable[str]) -> dict[str, str]:
    """A tier standing alone ('Flash scores 90.4%') names the one article model whose name ends in it."""
    owners: dict[str, set[str]] = {}
    for canon in models:
        last = re.search(r"[\s-]([A-Z][a-z]{2,})$", canon)
        if last and last.group(1) in _GENERIC_WORDS:
            owners.setdefault(last.group(1), set()).add(canon)
    return {w: next(iter(c)) for w, c in owners.items() if len(c) == 1}


def version_tier_shorts(models: Iterable[str]) -> dict[str, str]:
    """A version and a tier without the family ('3.5 Flash outperforms …', 'where 3.1 Pro had scored') name
    the one article model whose name ends in them."""
    owners: dict[str, set[str]] = {}
    for canon in models:
        tail = re.search(r"(?<=\s)(\d{1,2}(?:\.\d{1,2})?\s[A-Z][a-z]{2,})$", canon)
        if tail and tail.group(1).split()[1] in _GENERIC_WORDS and tail.start() > 0:
            owners.setdefault(tail.group(1), set()).add(canon)
    return {w: next(iter(c)) for w, c in owners.items() if len(c) == 1}


# a short name the article declares for a model right after it: "Name 3 (以下简称"N3")", "Name 3 (hereafter
# 'N3')", "Name 3（下称「N3」）"
_DECLARED = re.compile(
    r"\s*[(（]\s*(?:以下简称|以下簡稱|以下称|以下稱|下称|下稱|简称|簡稱|以下|hereafter|hereinafter|henceforth)"
    r"\s*[:：,，]?\s*[“\"「『‘']\s*(?P<alias>[^”\"」』’'()（）\n]{1,16}?)\s*[”\"」』’']\s*[)）]",
    re.I,
)


def declared_aliases(text: str, models: Iterable[tuple[int, str]]) -> dict[str, str]:
    """The short names the article declares in brackets after a model's name (each model's end and canonical),
    when the short name is not itself written as another model's."""
    out: dict[str, str] = {}
    for end, canon in models:
        m = _DECLARED.match(text, end)
        if m is not None and m.group("alias") != canon:
            out.setdefault(m.group("alias"), canon)
    return out
