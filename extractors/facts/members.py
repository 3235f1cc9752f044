"""A family's members however a page writes them: family and version ('Claude Opus 4.6', 'Claude4Opus',
'GPT-8API'), API ids and snapshots ('gemini-3-pro', 'claude-opus-4-6-20251101', 'qwen-3-fast'), a size or a
tier standing for a member ('the 27B', 'the Lite model'), a lettered version alone ('V4-Pro'), a member's own
word ('Maverick'); and the same passes over a short text that is not part of the article (a table cell).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from extractors.facts import short_forms
from extractors.facts.alternation import by_first_char, longest_first
from extractors.facts.arenas import arena_mentions
from extractors.facts.entities import (
    SNAPSHOT_RE,
    TIER_WORDS,
    TIERS,
    TIERS_LOW,
    Knowledge,
    Mention,
    knowledge,
    lab_aliases,
    merge_mentions,
    name_parts,
    normalize_setting,
    pattern_mentions,
)
from extractors.facts.name_shapes import attach_tails, edition_mentions, literal_matches, word_mentions
from extractors.facts.token_anchors import SEPARATED, SEPARATED_TWICE, token_matches

_DASH_SPACE, _DASH_UNDER, _ID_SEP = re.compile(r"[- ]"), re.compile(r"[-_]"), re.compile(r"[-_.]")
_SPACES, _DIGIT, _GLUED_VER = re.compile(r"\s+"), re.compile(r"\d"), re.compile(r"\d*\.\d{3,}|\d*\.\d+\.\d")


def family_canonical(kb: Knowledge, fam: str, ver: str, tiers: str, join: str | None = None) -> str:
    join = kb.family_join.get(fam, " ") if join is None else join
    if ver[:1].islower() and ver[1:2].isdigit():
        ver = ver[0].upper() + ver[1:]  # 'Name k5' is 'Name K5'
    tail = "".join(" " + t for t in _DASH_SPACE.split(tiers.strip(" -")) if t)
    if fam.islower() and len(fam) == 1:
        tail = tail.replace(
            " ", "-"
        ).lower()  # a reasoning id's tier as the id writes it: 'o3 Mini' is o3-mini
    if ver.endswith(".0"):
        plain = _SPACES.sub(" ", f"{fam}{join}{ver[:-2]}{tail}")
        known = (f"{fam}{join}{ver[:-2]}", plain)
        if any(k in kb.model_ids for k in known) or name_parts(plain) in kb.model_parts:
            ver = ver[:-2]  # 'Sonnet 4.0' is Claude Sonnet 4, 'Gemini-3.0-Pro' is Gemini 3 Pro
    name = _SPACES.sub(" ", f"{fam}{join}{ver}{tail}")
    return kb.model_parts.get(name_parts(name), name)  # a known model's own spelling ('Claude 4 Opus')


@cache
def family_mode_words() -> dict[str, frozenset[str]]:
    """The mode words a family's known members carry as part of their names ('Kimi K2 Thinking', 'GPT-5.3
    Instant'): family -> words. Tier words are not modes (the family pattern reads them already)."""
    kb = knowledge()
    words: dict[str, set[str]] = {}
    for r in kb.records:
        head, _sp, word = r.alias.rpartition(" ")
        if r.kind != "model" or not head or kb.family_core is None or word in TIER_WORDS:
            continue
        hit = kb.family_core.fullmatch(head)
        if hit is not None and re.fullmatch(r"[A-Z][a-z]{3,}", word):
            words.setdefault(kb.family_alias[hit.group("fam")], set()).add(word)
    return {f: frozenset(ws) for f, ws in words.items()}


def family_mentions(text: str) -> list[Mention]:
    kb = knowledge()
    out = []
    found = list(kb.family_re.finditer(text))
    if kb.lab_glued is not None and kb.family_core is not None:
        for g in kb.lab_glued.finditer(text):
            hit = kb.family_core.match(text, g.end())
            if hit is not None:
                found.append(hit)
    for m in sorted(found, key=lambda x: x.start()):
        if _GLUED_VER.match(m.group("ver")):
            continue  # a version glued to a table cell ('GPT-5.578.2%'): no model version looks like that
        fam = kb.family_alias[m.group("fam")]
        if m.group("ver").startswith("v") and "V" not in family_letters(fam):
            continue  # 'Name v2' of a family whose members are not lettered V: a version word, not V2
        if (
            len(fam) == 1
            and f"{fam}{kb.family_join.get(fam, ' ')}{m.group('ver')}" in kb.model_ids
            and not TIER_WORDS.intersection(_DASH_SPACE.split(m.group("tiers")))
        ):
            # a one-letter family ('o3') only finds the members the patterns do not list ('o7'), or a known
            # member with a tier word written apart ('o3 Pro', 'o3 Mini': the Pro and mini models, not o3; a
            # snapshot date after it, 'o1-1217', is o1's alias)
            continue
        tiers, end, setting = m.group("tiers"), m.end(), None
        effort = _EFFORT_TIER.search(tiers)
        if effort is not None and m.group("fam") in TIER_WORDS:
            # 'Opus 4.6 Max': a name written from its tier ('Opus', 'Sonnet') takes an effort word after it as
            # its setting, not as a second tier ('Qwen3 Max', 'GPT-5.1-Codex-Max' stay names)
            end = m.start("tiers") + effort.start()
            tiers, setting = tiers[: effort.start()], effort.group(1).lower()
        canon = family_canonical(kb, fam, m.group("ver"), tiers)
        found_m = Mention(
            "model", canon, m.start(), end, text[m.start() : end], confidence=0.9, method="family"
        )
        if setting is not None:
            found_m.setting, found_m.tail = setting, m.end()
        out.append(found_m)
    return out


# a tier word that is also an effort setting, last in a name's tiers
_EFFORT_TIER = re.compile(r"[- ](Max|Medium)$")


# after the known name: a word, then a size ('-Distill-32B', '-distill-qwen-32b'); a size right after the
# name ('Llama-4-Maverick-17B-128E') is the same model's full id
_SIZE_TOKEN = re.compile(r"[-_](?:[A-Za-z][A-Za-z0-9]{2,}[-_])+(\d+(?:\.\d+)?[BbMm])(?![\w.])")


# a capitalised word after a known name inside an id ('Name-VL-Thinking-2506'): a variant of that name
_MODE_WORD = re.compile(r"[-_][A-Z][a-z]{3,}[-_]\d|[-_]Thinking$")  # '-Thinking' ending an id: a checkpoint


# a family's API id with one separator ('qwen-3', 'gemma-3'), tried through the family only
_SHORT_SLUG_RE = re.compile(
    r"(?<![\w.-])[a-z][a-z0-9]*+[-_][a-z0-9.]*[a-z0-9](?![\w-]|\.\w)"
)  # *+: see SNAPSHOT_RE


# a quantisation or packaging tag at the end of a checkpoint's id ('-4bit', '-8bit', '-FP8', '-MLX',
# '-GGUF', '-AWQ'): a file format of the model, not a part of its name
_QUANT = (
    r"\d{1,2}[-_]?bits?|[Ff][Pp](?:4|8|16)|[Bb][Ff]16|[Ii][Nn][Tt][48]|MLX|mlx|GGUF|gguf|AWQ|awq"
    r"|GPTQ|gptq|[Qq]\d(?:_[Kk](?:_[MmSsLl])?)?"
)
_QUANT_TAIL = re.compile(rf"(?:[-_](?:{_QUANT}))+$")
# the id's last part alone (cheap: most ids end in no tag, and the tail pattern is then never tried)
_QUANT_LAST = re.compile(rf"(?:{_QUANT}|[Ss]|[Mm]|[Ll]|[Kk])")


def snapshot_mentions(text: str, parts_map: dict[tuple[str, ...], str]) -> list[Mention]:
    """Ids such as 'claude-opus-4-6' or 'Vendor2-Max-0424': a known name's parts followed by a separator."""
    out = []
    spans = {}
    cut: set[tuple[int, int]] = set()
    for m in token_matches(SNAPSHOT_RE, text, SEPARATED_TWICE, ".-"):  # (only the words holding two)
        last = _DASH_UNDER.split(m.group())[-1]
        q = _QUANT_TAIL.search(m.group()) if _QUANT_LAST.fullmatch(last) else None
        if q is None or q.start() == 0:
            spans[m.span()] = m.group()
        elif q.start() > 0 and len(_ID_SEP.split(m.group()[: q.start()])) >= 3:
            spans[(m.start(), m.start() + q.start())] = m.group()[
                : q.start()
            ]  # 'Name-3-Next-4bit': 'Name-3-Next'
            cut.add((m.start(), m.start() + q.start()))
    for m in token_matches(_SHORT_SLUG_RE, text, SEPARATED, ".-"):  # 'qwen-3-fast': two; 'o3-mini': one
        spans.setdefault((m.start(), m.start() + len(m.group().rstrip("."))), m.group().rstrip("."))
    for (start, end), surface in sorted(spans.items()):
        if not _DIGIT.search(surface):
            continue
        parts = name_parts(surface)
        for n in range(len(parts), 1, -1):
            canon = parts_map.get(parts[:n])
            if canon is None:
                continue
            if n < len(parts):
                # the known name must end at a '-' or '_' in the surface, not inside a number
                pos = 0
                low = surface.lower()
                for p in parts[:n]:
                    pos = low.index(p, pos) + len(p)
                if pos < len(surface) and surface[pos] not in "-_":
                    continue
                minor = _MINOR.match(surface, pos) if canon[-1:].isdigit() else None
                if minor:  # 'claude-opus-4-7' when only 4.6 and 4 are known: the id writes 4.7, not 4
                    canon = _family_slug(surface.lower()) or canon + "." + minor.group(1)
                    pos = minor.end()
                size = _SIZE_TOKEN.match(surface, pos)
                flat = canon.lower().replace(" ", "").replace("-", "")
                # a checkpoint's tag cut off ('Name-3-Next-4bit'): a word ending the id names a variant
                mode = _MODE_WORD.match(surface, pos) or (
                    (start, end) in cut and re.fullmatch(r"[-_][A-Z][a-z]{3,}", surface[pos:])
                )
                if (size and size.group(1).lower() not in flat) or (mode and not _tier_tail(low, pos, canon)):
                    # 'Name-R1-Distill-32B', 'Name-VL-Thinking-2506': a sized or named variant is a model of
                    # its own, not the base name
                    canon = surface
                else:
                    canon += _tier_tail(low, pos, canon)  # 'o3-mini', 'name-3-fast': a tier makes a model
            out.append(Mention("model", canon, start, end, surface, confidence=0.9, method="snapshot"))
            break
        else:
            canon = _family_slug(surface)
            if canon is not None:
                out.append(Mention("model", canon, start, end, surface, confidence=0.85, method="snapshot"))
    return out


def _tier_tail(low: str, pos: int, canon: str) -> str:
    """The tier words right after a known name inside an id ('-mini', '-fast'), unless the name has them."""
    tail = _TIER_TAIL.match(low, pos)
    if tail is None:
        return ""
    words = [_TIER_SPELLING[t] for t in _DASH_UNDER.split(tail.group()) if t]
    have = canon.lower().replace("-", " ").split()
    return "".join(" " + w for w in words if w.lower() not in have)


_TIER_SPELLING = {t.lower(): t for t in reversed(TIERS.split("|"))}  # 'mini' stays small, 'pro' -> 'Pro'


# a minor version after a known name ending in its version ('-7' after 'claude-opus-4'): one or two digits,
# not a date part ('-2026', '-08'), a size ('-8b', '-30-a3b') or a count of bits ('-4bit')
_MINOR = re.compile(
    r"[-_](?!0\d)(\d{1,2})(?=[-_](?:(?![Aa]\d)[A-Za-z]|\d{4}|\d+(?:\.\d+)?[BbMm](?![a-z]))|$)"
)
_TIER_TAIL = re.compile(r"(?:[-_](?:" + TIERS_LOW + r")(?![a-z\d]))+")


def _family_slug(surface: str) -> str | None:
    """'gemini-3.5-pro' -> 'Gemini 3.5 Pro', 'claude-opus-5-1-20260101' -> 'Claude Opus 5.1': a member of a
    known family written as an API id, when no known model's id starts it."""
    kb = knowledge()
    if kb.family_slug is None or not surface[:1].islower():
        return None
    m = kb.family_slug.match(surface)
    if m is None:
        return None
    fam = kb.family_slug_ids[m.group("fam")]
    ver = m.group("ver").replace("-", ".")
    if ver[:1].isalpha():
        ver = ver[0].upper() + ver[1:]
    tiers = " ".join(_TIER_SPELLING.get(t, t.upper()) for t in _DASH_UNDER.split(m.group("tiers")) if t)
    return family_canonical(kb, fam, ver, tiers)


_SIZE_REF = re.compile(
    by_first_char("The|the|Its|its", cased=True, not_after=r"\w")
    + r"\s+(?:new\s+|dense\s+|larger\s+|smaller\s+)?(?P<size>\d+(?:\.\d+)?[BbMT](?:-A\d+(?:\.\d+)?B)?)"
    r"(?![\w-])"
)


# a line opening on a size and then a figure ('31B 86.4%', '26B A4B 85.5%' under a 'Model Score' heading)
_SIZE_LINE = re.compile(
    r"(?m)^[ \t]*(?P<size>\d+(?:\.\d+)?[BMT](?:[ -]A\d+(?:\.\d+)?B)?)(?=[ \t]+\d[\d.,]*[ \t]*%?[ \t]*$)"
)


def size_mentions(text: str, models: Iterable[str]) -> list[Mention]:
    """'the 27B', 'The 300B-A24B flagship', a line '31B 86.4%': the one article model whose name ends in that
    size."""
    if not any(ch.isdigit() for m in models for ch in m[-1:]) and "B" not in "".join(models):
        return []
    out = []
    refs = sorted([*_SIZE_REF.finditer(text), *_SIZE_LINE.finditer(text)], key=lambda m: m.start())
    for m in refs:
        size = re.escape(m.group("size").upper()).replace(r"\ ", "[ -]").replace(r"\-", "[ -]")
        owners = [c for c in models if re.search(r"[\s-]" + size + r"$", c, re.I)]
        total = re.match(r"\d+(?:\.\d+)?B(?=[ -]A)", m.group("size"))
        if not owners and total:  # '30B A3B' for a model the article names by its total size alone
            owners = [c for c in models if re.search(r"[\s-]" + total.group() + r"$", c, re.I)]
        if len(owners) == 1:
            s = m.start("size")
            out.append(
                Mention("model", owners[0], s, m.end(), m.group("size"), confidence=0.8, method="short")
            )
    return out


_MEMBER_NOUN = re.compile(r"(?:[ \t]+(?:[Dd]ense|MoE))?[ \t]+(?:version|model|variant)\b")


def near_size_mentions(text: str, found: Sequence[Mention]) -> list[Mention]:
    """'Name 3 was released …, and the 27B Dense version achieves …' where no model the article names has
    that size: that size of the model named last before it (within a few sentences), 'Name 3 27B'."""
    named = sorted((m for m in found if m.kind == "model"), key=lambda m: m.start)
    out = []
    for m in _SIZE_REF.finditer(text):
        size = m.group("size").upper()
        if not _MEMBER_NOUN.match(text, m.end()) or any(
            re.search(r"[\s-]" + re.escape(size) + r"$", c.canonical, re.I) for c in named
        ):
            continue
        before = [c for c in named if c.end <= m.start() and m.start() - c.end <= 300]
        base = before[-1].canonical if before else None
        if base is None or not re.search(r"\d", base) or re.search(r"\d[BM]$", base):
            continue
        s = m.start("size")
        name = f"{base} {size.replace('-', ' ')}"
        out.append(Mention("model", name, s, m.end(), m.group("size"), confidence=0.75, method="short"))
    return out


# a list item that opens on a member's size ('- 31B Dense — …', '- 26B A4B MoE: …', '- E4B — …')
_SIZED_ITEM = re.compile(
    r"(?m)^[ \t]*[-*•][ \t]*\n?[ \t]*(?P<size>E\d+(?:\.\d+)?B|\d+(?:\.\d+)?B(?:[ -]A\d+(?:\.\d+)?B)?)"
    r"(?:[ \t]+(?:Dense|MoE|dense|MoE model|dense model))?[ \t]*(?:[—–:]|-[ \t])"
)


def sized_items(text: str, base: str | None) -> list[Mention]:
    """List items named by a size alone under an article about one family version ('Name 4': '- 31B Dense —
    …', '- E4B — …'): each item is that size of it ('Name 4 31B', 'Name 4 E4B')."""
    if base is None or re.search(r"\d+(?:\.\d+)?B$", base) or not re.search(r"\d", base):
        return []
    return [
        Mention(
            "model",
            f"{base} {m.group('size').replace('-', ' ')}",
            m.start("size"),
            m.end("size"),
            m.group("size"),
            confidence=0.75,
            method="short",
        )
        for m in _SIZED_ITEM.finditer(text)
    ]


_TIER_REF = re.compile(
    by_first_char("The|the", cased=True, not_after=r"\w")
    + rf"\s+(?P<tier>{TIERS})(?:\s+(?:model|version|variant|edition|sibling)\b|[ \t]*(?=\n|$))"
)


def tier_mentions(text: str, models: Iterable[str], base: str | None = None) -> list[Mention]:
    """'the Lite model', a heading 'The Lite model': the one article model whose name ends in that tier; when
    none does, that tier of the article's main model (`base`, 'Name-2' -> 'Name-2 Lite')."""
    models = list(models)
    out = []
    for m in _TIER_REF.finditer(text):
        tier = m.group("tier")
        owners = [c for c in models if re.search(r"[\s-]" + re.escape(tier) + r"$", c)]
        if not owners and base and not re.search(r"\s(?:" + TIERS + r")$", base):
            owners = [f"{base} {tier}"]
        if len(owners) == 1:
            out.append(
                Mention("model", owners[0], m.start(), m.end(), m.group(), confidence=0.8, method="short")
            )
    # a member's own name alone ('Maverick beats …', 'Scout (109B total)') where the article names its
    # family and version ('Llama 4'): that member, as the family's known members are named
    for m in _MEMBER_WORD.finditer(text):
        word = m.group()
        owners = [c for c in models if re.search(r"[\s-]" + word + r"$", c)]
        if not owners:
            fams = _member_families(word)
            owners = [
                f"{c} {word}"
                for c in models
                if re.sub(r"[\s-]?\d[\w.]*$", "", c) in fams and re.fullmatch(r".+?[\s-]\d[\w.]*", c)
            ]
        if len(set(owners)) == 1:
            out.append(Mention("model", owners[0], m.start(), m.end(), word, confidence=0.75, method="short"))
    return out


# members known by a name of their own, never a common word ('Maverick', 'Scout', 'Behemoth')
_MEMBER_WORD = re.compile(
    by_first_char("Maverick|Scout|Behemoth", cased=True, not_after=r"[\w-]") + r"(?![\w-])"
)


def version_mentions(text: str, models: Iterable[str], families: Iterable[str] = ()) -> list[Mention]:
    """A lettered version standing for its family's member ('V4-Pro' and 'V4-Flash' in an article about
    DeepSeek-V4, 'K2.5' beside Kimi K2.5): the family and that version, with the tiers written after it. With
    the `families` the article names alone ('DeepSeek launched two V4 models'), a version in the lettering of
    exactly one of them is that family's ('V4 Pro': its members are lettered 'V3', 'R1')."""
    kb = knowledge()
    models = list(models)
    owners = lettered_owners(models)
    letters: dict[str, set[str]] = {}
    for fam in families:
        for letter in family_letters(fam):
            letters.setdefault(letter, set()).add(fam)
    for hit in _NEW_LETTERED.finditer(text) if letters else ():
        version = hit.group("ver")
        named = letters.get(version[0], set())
        if version not in owners and len(named) == 1:
            fam = next(iter(named))
            owners[version] = {(fam, kb.family_join[fam])}
    _page_family_owners(text, owners)
    vers = {v: next(iter(o)) for v, o in owners.items() if len(o) == 1}
    if not vers:
        return []
    out = []
    # the versions longest first, each not after a word character, a point or a hyphen, then its tiers
    for at, ver, m in literal_matches(text, sorted(vers, key=len, reverse=True), _NOT_AFTER, _VERSION_TIERS):
        fam, join = vers[ver]
        if text[max(0, at - len(fam) - 1) : at].rstrip(" -").endswith(fam):
            continue  # the family's own mention covers it
        canon = family_canonical(kb, fam, ver, m.group("tiers"), join)
        if not m.group("tiers"):
            # a bare version is the article's one model of that version ('K2' where the article is about
            # 'Name K2 Thinking'), and nothing when it has several
            members = [c for c in models if c.startswith(canon) and not _WORD_OR_POINT.match(c, len(canon))]
            if len(members) != 1:
                continue
            canon = members[0]
        out.append(Mention("model", canon, at, m.end(), text[at : m.end()], confidence=0.75, method="short"))
    return out


# a lettered version standing alone, as a family's members are lettered ('V4', 'K2.5', 'M2.7'; not 'A100')
_NEW_LETTERED = re.compile(r"(?P<ver>[A-Z](?<![\w.-][A-Z])\d{1,2}(?:\.\d{1,2})?)(?![\w.]|-\d)")

# a lettered version with a tier after it, written alone ('V4 Pro', 'K3-Flash'): a member, whoever's it is
_TIERED_LETTERED = re.compile(
    r"(?P<ver>[A-Z](?<![\w.-][A-Z])\d{1,2}(?:\.\d{1,2})?)[- ](?:" + TIERS + r")(?![\w]|\.\d|-\d)"
)
# a word a page writes as an owner ('Vesk’s', "Vesk's"): a lab or family name, never a common word
_OWNER_WORD = re.compile(r"(?P<word>[A-Z](?<![\w-][A-Z])[A-Za-z]{3,})(?:'|’)s(?![\w])")


def _page_family_owners(text: str, owners: dict[str, set[tuple[str, str]]]) -> None:
    """A family we do not know, named alone before its members are written as lettered versions ('Vesk
    launched two K3 models: K3 Pro and K3 Flash'): the one word of the sentence that first writes such a
    version which the page also writes as an owner ('Vesk’s') owns every version no model of the page owns."""
    hits = [h for h in _TIERED_LETTERED.finditer(text) if h.group("ver") not in owners]
    if not hits:
        return
    kb = knowledge()
    start = max(text.rfind(c, 0, hits[0].start()) for c in ".!?\n") + 1
    sentence = set(re.findall(r"(?<![\w-])[A-Z][A-Za-z]{3,}(?![\w-])", text[start : hits[0].start()]))
    written = {m.group("word") for m in _OWNER_WORD.finditer(text)}
    cands = {
        w
        for w in sentence & written
        if w not in short_forms.GENERIC_WORDS and w not in kb.family_alias and w not in lab_aliases()
    }
    if len(cands) != 1:
        return
    fam = cands.pop()
    for h in hits:
        owners.setdefault(h.group("ver"), {(fam, " ")})


def page_family_name(text: str, name: str) -> str | None:
    """A name a table or a line writes as a lettered version and a tier alone ('K3 Pro'), on a page that names
    its family only alone ('Vesk launched two K3 models'): that family's member ('Vesk K3 Pro')."""
    m = _TIERED_LETTERED.fullmatch(name.strip())
    if m is None:
        return None
    owners: dict[str, set[tuple[str, str]]] = {}
    _page_family_owners(text, owners)
    if not (own := owners.get(m.group("ver"))):
        return None
    fam, join = next(iter(own))
    return family_canonical(knowledge(), fam, m.group("ver"), name.strip()[m.end("ver") :], join)


@cache
def family_letters(fam: str) -> frozenset[str]:
    """The letters a family's known members carry before their version ('V', 'R' for DeepSeek)."""
    join = knowledge().family_join.get(fam, " ")
    rx = re.compile(re.escape(fam) + re.escape(join) + r"?([A-Z])\d")
    return frozenset(m.group(1) for k in knowledge().model_ids if (m := rx.match(k)))


# a name the page gave, of a family we do not know, with a lettered version ('Tarnfold-R2', 'Vesk K3.5')
_LETTERED_SHAPE = re.compile(
    r"(?P<fam>[A-Z][A-Za-z]{2,})(?P<join>[ -])(?P<ver>[A-Z]\d{1,2}(?:\.\d{1,2})?)(?![\w.])"
)


def lettered_version(canon: str) -> tuple[str, str, str] | None:
    """(family, join, version) of a member named with a lettered version: a family we know ('DeepSeek-V4',
    'Kimi K2.5'), or one the page names that is shaped so ('Tarnfold-R2 Pro': its 'R2' alone means it)."""
    kb = knowledge()
    if (v := _lettered_version_re().match(canon)) is not None:
        return v.group("fam"), kb.family_join[v.group("fam")], v.group("ver")
    v = _LETTERED_SHAPE.match(canon)
    if v is None or v.group("fam") in short_forms.GENERIC_WORDS or v.group("fam") in kb.family_join:
        return None
    return v.group("fam"), v.group("join"), v.group("ver")


def lettered_owners(models: Iterable[str]) -> dict[str, set[tuple[str, str]]]:
    """Lettered version -> the (family, join) pairs of the article's models that carry it; a family we know
    wins over a word only shaped like one ('Performance K2.6' beside Kimi K2.6)."""
    known: dict[str, set[tuple[str, str]]] = {}
    shaped: dict[str, set[tuple[str, str]]] = {}
    kb = knowledge()
    for canon in models:
        if (lv := lettered_version(canon)) is not None:
            (known if lv[0] in kb.family_join else shaped).setdefault(lv[2], set()).add(lv[:2])
    return {**shaped, **known}


@cache
def _lettered_version_re() -> re.Pattern[str]:
    """A family member's canonical name with a lettered version ('DeepSeek-V4', 'Kimi K2.5')."""
    kb = knowledge()
    fams = longest_first(kb.family_join)
    alts = "|".join(f"(?:{re.escape(f)}){re.escape(kb.family_join[f])}" for f in fams)
    fam_group = "|".join(re.escape(f) for f in fams)
    return re.compile(r"(?=(?:" + alts + r"))(?P<fam>" + fam_group + r")[ -]?(?P<ver>[A-Z]\d+(?:\.\d+)?)\b")


_NOT_AFTER, _WORD_OR_POINT = re.compile(r"[\w.-]"), re.compile(r"[\w.]")
_VERSION_TIERS = re.compile(r"(?P<tiers>(?:[- ](?:" + TIERS + r"))*)(?![\w]|\.\d|-\d)")


@cache
def _member_families(word: str) -> frozenset[str]:
    """The families whose known members are named '<family> <version> <word>' ('Llama' for 'Maverick')."""
    heads = {k[: -len(word) - 1] for k in knowledge().model_ids if k.endswith(" " + word)}
    return frozenset(re.sub(r"[\s-]?\d[\w.]*$", "", h) for h in heads)


def mentions_in(
    text: str,
    accepted: dict[str, str],
    shorts: dict[str, str],
    benches: dict[str, str] | None = None,
    models: Iterable[str] = (),
) -> list[Mention]:
    """The same passes over a short text that is not part of the article text (a table cell or caption); with
    the article's `models`, a cell that is a lettered version alone ('R1', 'R1-Zero', 'V4 Flash') names that
    version of the family the article writes it with."""
    kb = knowledge()
    found = merge_mentions(
        merge_mentions(pattern_mentions(text), edition_mentions(text)), family_mentions(text)
    )
    if benches:
        found = merge_mentions(found, word_mentions(text, benches, "benchmark", "discovered", 0.8))
    found = merge_mentions(found, word_mentions(text, accepted, "model", "discovered", 0.8, tiers=True))
    parts = dict(kb.model_parts)
    for name in accepted:
        parts.setdefault(name_parts(name), name)
    found = merge_mentions(found, snapshot_mentions(text, parts))
    found = merge_mentions(found, arena_mentions(text))
    found = merge_mentions(
        found, [m for m in word_mentions(text, shorts, "model", "short", 0.75) if m.surface != m.canonical]
    )
    found = [m for m in found if m.kind in ("model", "benchmark")]
    found = resolve_cell(text, found, models)
    attach_tails(text, found)
    return found


# a lettered version, then at most a hyphen-joined word, a word with a digit or a tier ('R1-Zero', 'R1 Dev1',
# 'V4 Flash'; not 'R1 English': a section row under the header)
_VERSION_CELL = re.compile(
    r"\s*(?P<ver>[A-Z]\d+(?:\.\d+)?)(?P<rest>-[A-Za-z][\w.]*| [A-Za-z]+\d[\w.]*| (?:" + TIERS + r"))?\s*"
)


def resolve_cell(cell: str, found: list[Mention], models: Iterable[str]) -> list[Mention]:
    """A cell's mentions with the article's short forms of its models: a lettered version alone ('R1-Zero')
    where the cell names no model, a tier and a setting ('Pro High') over a name only the table gave."""
    models = list(models)
    if not models:
        return found
    if not any(m.kind == "model" for m in found):
        found = found + version_cell(cell, models)
    if all(m.method == "discovered" for m in found if m.kind == "model"):
        tier = tier_cell(cell, models)  # the article's tiers are only looked up when no known name covers it
        if tier:
            found = [m for m in found if m.kind != "model"] + tier
    return found


def version_cell(cell: str, models: Iterable[str]) -> list[Mention]:
    """'R1-Zero' in a header where the article names DeepSeek-R1: DeepSeek-R1-Zero (the rest as written)."""
    m = _VERSION_CELL.fullmatch(cell)
    if m is None:
        return []
    owners = lettered_owners(models).get(m.group("ver"), set())
    if len(owners) != 1:
        return []
    fam, join = next(iter(owners))
    canon = f"{fam}{join}{m.group('ver')}{m.group('rest') or ''}"
    surface = cell[m.start("ver") : m.end()].strip()
    return [Mention("model", canon, m.start("ver"), m.end(), surface, confidence=0.75, method="short")]


_TIER_CELL = re.compile(
    r"\s*(?P<tier>[A-Z][a-z]{2,})(?:\s+(?P<rest>[A-Za-z][\w-]*(?:\s[A-Za-z][\w-]*)?))?\s*"
)


def tier_cell(cell: str, models: Iterable[str]) -> list[Mention]:
    """'Pro High' in a header where the article's one model ending in 'Pro' is Name V4 Pro: that model, with
    the setting written after its tier ('Flash Non-Think', 'Pro Max')."""
    m = _TIER_CELL.fullmatch(cell)
    if m is None:
        return []
    owner = short_forms.tier_shorts(models).get(m.group("tier"))
    rest = m.group("rest")
    setting = normalize_setting(rest) if rest else ""
    if owner is None or setting is None:
        return []
    end = m.end()
    surface = cell.strip()
    return [Mention("model", owner, m.start("tier"), end, surface, setting or None, 0.7, "short", tail=end)]
