"""What a comparison is compared with: the object after its head and the models coordinated with it ('A, B
and C', 'A at 75.1%, B at 69.4% and C'), a version standing alone for the one model of that version, the
object a coordinated comparative shares ('30% faster and 50% cheaper than B'), and the model 'it' stands for
as the object (`claims`)."""

from __future__ import annotations

import re
from functools import cache

from extractors.facts.antecedents import sentence_before
from extractors.facts.claim_sides import is_named, is_object, name_end
from extractors.facts.claim_subjects import COORD, POSSESSIVE_AFTER, VERB_AFTER
from extractors.facts.comparison_words import HEAD
from extractors.facts.comparisons import Head, read_head
from extractors.facts.discovery import plausible_name
from extractors.facts.document import DocView, Ref, SegView
from extractors.facts.entities import TIERS, knowledge
from extractors.facts.name_templates import STOP_HEADS
from extractors.facts.numbers import year_like
from extractors.facts.patterns import load_patterns, side_alternation, word_alternation
from extractors.facts.subjects import Subjects

_EXCEPT = re.compile(
    r"\b(?:except|excepting|but\s+not|other\s+than|apart\s+from|besides|save\s+for|barring|"
    r"with\s+the\s+exception\s+of|short\s+of)\b",
    re.I,
)
# a noun of X's users or usage, or a lower-case possessive, right after the object ('displace X customers'
# roles', 'unseat X users'): the object is what those hold, not the model (side_words 'usage_noun'); a
# noun of the object's own runs ('tops X trials at every seed'; kind 'own_result_noun') is the model's results
_HOLDERS_AFTER = re.compile(
    r"[ \t]+(?:[a-z]+(?:s['’]|['’]s)(?!\w)|(?!"
    + side_alternation("own_result_noun")
    + r"\b)"
    + side_alternation("usage_noun")
    + r"\b)"
)
# "X's predecessor", "X's older sibling": a model owned by X, unlike "X's score", "X's 71.2%"
_OWNED = re.compile(
    r"['’]s?\s+(?!(?:[\w-]+\s+){0,2}?(?:scores?|results?|performance|numbers?|accuracy|marks?|figures?|"
    r"best|showing|lead|output|speed|price|pricing|cost|latency|throughput|context|tokens?|rate|baselines?|"
    r"ratings?|levels?|average|tally|compute|budget|training)\b|\d|[$€£]|[A-Z0-9]|"
    r"(?:on|in|at|for|across|and|or|while|but)\b)"
)
# between the head and its object: "the previous", "competitors like", "larger models such as", "that of"
# "surpasses prior Sonnet": some earlier member of a family, not a named model
# "beating most of the index's benchmarks per the report on B": the tests are what is beaten, B sits in a
# phrase after them (but "beats the tests against B", "on tasks such as …, B" compare with B)
_TESTS_OBJECT = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,6}?(?:benchmarks|tests|evals|evaluations|tasks|categories|metrics|sub-?scores)\b"
    r"(?!\s*,?\s*(?:such\s+as|like|including|against|versus|vs\.?|over|from|than|of)\b)",
    re.I,
)
# "alongside", "together with" (patterns/side_words.jsonl, kind 'companion')
_COMPANION = re.compile(r"\b" + side_alternation("companion", spaces=r"\s+") + r"\s+$", re.I)
_EARLIER_ONE = re.compile(r"\b(?:prior|previous|older|earlier|last|old)\s+$", re.I)
# "40% cheaper than 5.4", "surpasses 3.1 Pro": a version alone, with the tier written after it if any
_BARE_VERSION = re.compile(r"\s+(?:the\s+)?(\d+(?:\.\d+)+)(?![\w.%])(?:\s+(?P<tier>" + TIERS + r")\b)?")
_OBJ_GAP = re.compile(r"(?:[^;:.!?()\]\n]|(?<=\d)\.(?=\d)){0,90}")  # "than the 63.085s required by B"
# the words that give examples of a group ("such as", "including", "notamment", "como"; patterns/
# side_words.jsonl, kind 'example')
_EXAMPLE = side_alternation("example", spaces=r"\s+", longest_first=True)
# commas an object may sit behind: "its nearest competitor, Y", "its larger counterpart, the Y", "larger
# models, such as Y"
_OBJ_COMMA = re.compile(
    r"(?:(?:,|\s*[—–])\s*" + _EXAMPLE + r"\s+(?:the\s+)?|(?:its|their|the)\s+"
    r"(?:[\w-]+\s+){0,3}(?:predecessors?|competitors?|rivals?|siblings?|successors?|challengers?|counterparts?|"
    r"flagships?|leaders?|incumbents?),\s*(?:the\s+)?)"
    r"(?:[A-Z][\w.-]*['’]s\s+)?(?:\[)?$"
)
# a plural noun naming a group of models, its members listed in the parenthesis after it (patterns/
# side_words.jsonl, kind 'group_noun')
_GROUP_PAREN = re.compile(r".*?\b(?P<noun>" + side_alternation("group_noun") + r")\s*(?P<open>\()\s*", re.I)
# (or the figure closing a parenthesis the name's reach stopped in: 'A (max, 56) and B' -> '56) and B')
_FIGURE_AFTER = re.compile(
    r"(?:\s+(?:at|with|by)\s+(?:about\s+|~)?\$?\d[\d.,]*\s?(?:%|percent|points?|pts|pp)?|\d[\d.]*\s?%?\))(?=[\s,])"
)
# "ahead of A and even the far bigger B": a rival a size comparative describes is listed too
_SIZED_LINK = re.compile(
    r"\s*,?\s*(?:and|or)\s+(?:even\s+)?(?:the\s+)?(?:much|far|significantly|considerably|vastly)\s+"
    r"(?:larger|bigger|smaller)\s+",
    re.I,
)
# a lower-case mode or effort word written after a listed name, before its figure
_MODE_AFTER = re.compile(r"\s+(?:thinking|reasoning|non-thinking|high|medium|low|max|preview)(?=\s*[(,])")
# "in the same tier as A / B": models set side by side with a slash are listed too
_SLASH = re.compile(r"\s*/\s*")
# "beats its predecessors like A and rivals such as B": the list goes on through a second group's examples
_GROUP_AGAIN = re.compile(
    r"\s*,?\s+(?:and|or|as\s+well\s+as)\s+(?:(?:also|even|other)\s+)?(?:[\w-]+\s+){0,3}?"
    + side_alternation("group_noun")
    + r"\s*,?\s+"
    + _EXAMPLE
    + r"\s+(?:the\s+)?",
    re.I,
)
_LISTED = re.compile(
    r"\s*,\s*(?P<name>[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,2})\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
)


# between an object named before the verb and its particle: quotes, a figure in brackets, "の 58%"
_BEFORE_PARTICLE = re.compile(
    r"[\s'’\"」』]*(?:[(（][^()（）]{0,20}[)）])?[\s'’\"」』]*(?:の\s*[\d.,]+\s*%?)?\s*"
)
_COORD_BEFORE = re.compile(r"\s*(?:と|、|,|및|와|과|और)\s*")


def _objects_before(text: str, models: list[Ref], at: int) -> list[Ref]:
    """'A が B と C を上回る': the models named right before the object particle at `at`."""
    last = next(
        (r for r in reversed(models) if r.reach <= at and _BEFORE_PARTICLE.fullmatch(text, r.reach, at)), None
    )
    if last is None:
        return []
    out = [last]
    for r in reversed([r for r in models if r.reach <= last.start]):
        if not _COORD_BEFORE.fullmatch(text, r.reach, out[0].start):
            break
        out.insert(0, r)
    return out


_COMMA = re.compile(r",")
_CLAUSE_BETWEEN = re.compile(
    r"\b(?:and|while|but|which|who|what|that|with\s+a)\b|\b(?:versions|variants|siblings|predecessors)\s+of\b"
)


def _named_before(r: Ref, start: int, noun: int) -> bool:
    """A model named between the head and a group noun: an object itself ('beats A and other open models
    (B)'), not a family or short name qualifying the group ('the top Orrin and Brisk models (…)')."""
    return start <= r.start < noun and r.via not in ("family", "short")


def objects(view: DocView, subs: Subjects, sv: SegView, models: list[Ref], head: Head, ce: int) -> list[Ref]:
    """The comparison's object and the models coordinated with it ('A, B and C')."""
    text = view.text
    if head.obj_before >= 0:
        return _objects_before(text, models, head.obj_before)
    if head.obj_from < 0:
        return []
    gap = _OBJ_GAP.match(text, head.obj_from, ce)
    limit = gap.end() if gap else head.obj_from
    # only a parenthesis right at the gap's end can open the group's members: the (slow) scan runs there only
    group = (
        _GROUP_PAREN.match(text, limit - 40 if limit - 40 > head.obj_from else head.obj_from, ce)
        if text.startswith("(", limit)
        else None
    )
    members_from = head.obj_from
    if (
        group is not None
        and group.end("open") == limit + 1
        and not any(_named_before(r, head.obj_from, group.start("noun")) for r in models)
        and any(r.start == group.end() for r in models)
    ):
        # "beats the top OpenAI and Anthropic models (A and B)": the group's members are the objects
        limit = members_from = group.end()
    first = next(
        (
            r
            for r in models
            if members_from <= r.start <= limit
            and r.start < ce
            and not (r.via == "pronoun" and r.surface.lower() in ("its", "their"))  # "its predecessor, X"
        ),
        None,
    )
    family = _family_at(text, members_from, ce)
    if family is not None and (first is None or family.reach <= first.start):
        first = family  # "trails Claude on code", "supera Claude e GLM-4.6": a family the text names alone
    if first is None:
        bare = _BARE_VERSION.match(text, head.obj_from, ce)
        if bare is None:
            return []
        # "40% cheaper than 5.4": the one model of the sentence with that version
        version, tier = bare.group(1), bare.group("tier")
        said = version + (" " + tier if tier else "")  # "3.1 Pro": only a model with that tier
        named = {
            r.canonical
            for r in models
            if is_named(r) and re.search(r"[\s-]" + re.escape(said) + r"$", r.canonical)
        }
        if not named:
            named = _same_line(view, sv, version, tier)
        if len(named) != 1:
            return []
        return [Ref("model", named.pop(), bare.start(1), bare.end(), bare.end(), None, 0.7, "version", said)]
    if first.via == "implied":
        return []
    between = (
        text[members_from : first.start] if first.start >= members_from else text[head.obj_from : first.start]
    )
    listed_labs = _labs_listed().fullmatch(between)  # "behind OpenAI and Grok 4"
    if not listed_labs and (
        (_COMMA.search(between) and not _OBJ_COMMA.search(between)) or _CLAUSE_BETWEEN.search(between)
    ):
        return []  # "beats GPT-5 and rivals X": the object is what the head governs, not a later clause's
    if (
        _EXCEPT.search(between)
        or _COMPANION.search(between)
        or _TESTS_OBJECT.match(between)
        or _OWNED.match(text, name_end(text, first))
        or _HOLDERS_AFTER.match(text, name_end(text, first))
        or (_EARLIER_ONE.search(between) and not re.search(r"\d", text[first.start : first.end]))
    ):
        # "beats everything except X" (X is not beaten); "beats X's predecessor" (the object is another
        # model); "could displace X customers' roles" (what X's users hold, no model); "tops the board
        # alongside X" (X shares the place)
        return []
    out = [first]
    # "beats much larger models like B 671B, C and D": the sizes of the others are not said
    for r in [r for r in models if r.start >= first.reach and r is not first and not head.alone]:
        if r.start >= ce or r.via == "implied" or VERB_AFTER.match(text, r.reach):
            break  # "A beats B, C trails both": C starts a clause of its own
        link = text[name_end(text, out[-1]) : r.start]
        mode = _MODE_AFTER.match(link)  # "Claude Sonnet 4.5 thinking (1510) and B": the mode it ran in
        link = link[mode.end() :] if mode else link
        figure = _FIGURE_AFTER.match(link)  # "ahead of A at 75.1%, B at 69.4% and C": each with its figure
        link = link[figure.end() :] if figure else link
        lab = _lab_before().search(link) or _MAKER_BEFORE.search(
            link
        )  # "such as A and Cohere Command A", "A and Zeta Labs' B": the next one's lab written before it
        link = link[: lab.start()] if lab else link
        if (
            COORD.fullmatch(link) is None
            and _ALSO_LINK.fullmatch(link) is None
            and not _slashed(link, r)
            and not _SIZED_LINK.fullmatch(link)
            and not _GROUP_AGAIN.fullmatch(link)
        ):
            listed = _LISTED.fullmatch(link)
            if listed is None:
                if re.fullmatch(r"\s*\([^)]{0,40}\)\s*,?\s*(?:and\s+)?", link) is None:
                    break
            elif plausible_name(listed.group("name")):
                # "A, B, Mistral Large, and C": a name in the list the mentions do not know is listed too
                at = out[-1].reach + listed.start("name")
                end = out[-1].reach + listed.end("name")
                out.append(
                    Ref(
                        "model", listed.group("name"), at, end, end, None, 0.6, "listed", listed.group("name")
                    )
                )
        out.append(r)
    tail = _LIST_TAIL.match(text, name_end(text, out[-1]), ce)
    family = _family_at(text, tail.end(), ce) if tail else None
    if family is None and not head.alone:
        last = _unknown_last(text, name_end(text, out[-1]), ce, models)
        return [*out, last] if last is not None else out  # "surpassing A and Brisk-2 Large"
    return (
        [*out, family] if family is not None and not head.alone else out
    )  # "surpassing A, B, Gemini, and all others"


# "A and Zeta Labs' B", "A and Nimbus AI's B": the next member's maker, a possessive of capitalised words
_MAKER_BEFORE = re.compile(r"(?<=[\s,])(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*(?:['’]s|(?<=s)['’])\s+$")
# "not only A but also B", "A as well as B": a list joined by words other than 'and'
_ALSO_LINK = re.compile(r"(?:\s*\([^)]{0,40}\))?\s*,?\s+(?:but\s+also|as\s+well\s+as)\s+(?:the\s+)?")


# a list's last member the mentions do not know, written as a model's name: capitalised words, one of them
# carrying a digit ("… A and Brisk-2 Large", "A、Corvo 3 Ultra 等"), where the phrase ends or goes on
_LAST_LINK = re.compile(
    r"(?:\s*\([^)]{0,40}\))?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*、\s*)(?:the\s+)?"
)
_LAST_NAME = re.compile(
    r"[A-Z](?:[\w·-]|\.(?=\w))*(?:[ \t]+(?:[A-Z0-9](?:[\w·-]|\.(?=\w))*|v\d(?:\w|\.(?=\w))*))*?"
    r"(?=\s*(?:[,.;:!?)\]]|$)|[ \t]+(?:on|in|at|across|for|while|but|with|and|or)\b|\s*\(|[\u4e00-\u9fff])"
)
# a product, device or chip that a page measures a model against, never a model itself ('… and Windows 11',
# 'Office 2024', 'Pixel 9 Pro', 'Ryzen 9', 'M4 Max', 'RTX 5090', 'H100')
_PRODUCT_HEAD = re.compile(
    r"(?:Office|Excel|Word|Pixel|Galaxy|Surface|MacBook|Mac|iPad|Xbox|PlayStation|Switch|Ryzen|Core|Xeon|"
    r"Snapdragon|Exynos|Tensor|Dimensity|Radeon|GeForce|RTX|GTX|Instinct|Gaudi|Quadro|[ABHM]\d{1,3})\b"
)


def _unknown_last(text: str, at: int, ce: int, models: list[Ref]) -> Ref | None:
    """A list's last member the mentions do not know, written as a model's name ('… A and Brisk-2 Large'),
    never a product or chip one ('… A and Pixel 9 Pro', 'Photoshop 2025') nor a name opening on a stop word
    ('Windows 11')."""
    link = _LAST_LINK.match(text, at, ce)
    m = _LAST_NAME.match(text, link.end(), ce) if link else None
    if m is None or not re.search(r"\d", m.group(0)) or not plausible_name(m.group(0)):
        return None
    words = m.group(0).split()
    if words[0] in STOP_HEADS or _PRODUCT_HEAD.match(m.group(0)):
        return None
    if all(year_like(w) for w in words if re.search(r"\d", w)):
        return None  # "… and Photoshop 2025": a product's yearly edition, no model's version
    if VERB_AFTER.match(text, m.end()) or any(r.start < m.end() and m.start() < r.end for r in models):
        return None  # "A beats B, and C2 trails both": C2 opens a clause of its own
    return Ref("model", m.group(0), m.start(), m.end(), m.end(), None, 0.6, "listed", m.group(0))


def _slashed(link: str, b: Ref) -> bool:
    """'GPT-5.4 / Opus 4.5+': two model names a slash sets side by side (a '+' after a version kept)."""
    return _SLASH.fullmatch(link.lstrip("+")) is not None and b.via not in ("pronoun", "implied")


_LIST_TAIL = re.compile(r"(?:\s*\([^)]{0,40}\))?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|et|e|y|und|dan)\s+)")


def _same_line(view: DocView, sv: SegView, version: str, tier: str | None = None) -> set[str]:
    """'14% faster than 4.6' in an article about Opus 4.7: the article's model with that version, if the
    article names it ('Claude Opus 4.6'); 'surpasses 3.1 Pro' in an article about Gemini 3.5 Flash: the
    version with the tier written after it ('Gemini 3.1 Pro'), not the article's own tier."""
    focus = sv.focus or view.focus
    at = re.search(r"\d+(?:\.\d+)+", focus or "")
    if not focus or at is None or at.group(0) == version:
        return set()
    name = focus[: at.start()] + version + (" " + tier if tier else focus[at.end() :])
    # the article need not spell it out when the knowledge base knows it ('1.4x the cost of 5.1')
    return {name} if name in view.doc_models or name in knowledge().model_ids else set()


@cache
def _labs_listed() -> re.Pattern[str]:
    """'behind OpenAI and Grok 4': labs listed before the model are not a clause of their own."""
    labs = {n for p in load_patterns() if p.kind == "lab" for n in (p.alias, p.canonical)}
    alt = word_alternation(labs, longest_first=True)
    return re.compile(r"\s*(?:" + alt + r"(?:\s*,\s*|\s+(?:and|or)\s+|\s*,\s*(?:and|or)\s+))+")


@cache
def _lab_before() -> re.Pattern[str]:
    """A lab's bare name right before a listed model ('and OpenAI GPT-4.1', 'and OpenAI-o1'), not a clause of
    its own."""
    labs = {n for p in load_patterns() if p.kind == "lab" for n in (p.alias, p.canonical)}
    alt = word_alternation(labs, longest_first=True)
    return re.compile(r"(?<=[\s、,])" + alt + r"(?:\s+|-)$")


@cache
def _families() -> tuple[re.Pattern[str], dict[str, str]]:
    """A family's name standing alone (not a lab's name too: 'DeepSeek' may be the lab), and its canonical."""
    records = load_patterns()
    labs = {n.lower() for p in records if p.kind == "lab" for n in (p.alias, p.canonical)}
    names = {p.alias: p.canonical for p in records if p.kind == "family" and p.alias.lower() not in labs}
    alt = word_alternation(names, longest_first=True)
    # not a member ("Gemini 3", "Claude Code", "GPT-5"), several ("the Claude models") or something the family
    # owns ("Claude's new model")
    rx = re.compile(
        r"\s*(?:the\s+)?(?P<name>" + alt + r")(?![\w-]|\.\w)"
        # then the phrase ends or goes on with a function word, never a noun the family qualifies ("the Claude
        # team's level", "the Claude models", "Claude Code")
        r"(?=\s*(?:[,.;:!?)\]—–]|\s-\s|$)|\s+(?:on|in|at|for|and|or|e|et|y|und|dan|with|by|across|while|but|when|"
        r"which|who|as|than|to|from|overall|too|again|here|there|sur|en|em|pada|di)\b|"
        r"['’]s\s+(?:[a-z]+\s+)?(?:scores?|results?|performance|numbers|price|pricing|costs?)\b)"
    )
    return rx, names


def _family_at(text: str, at: int, end: int) -> Ref | None:
    rx, names = _families()
    m = rx.match(text, at, end)
    if m is None:
        return None
    name = m.group("name")
    return Ref("model", names[name], m.start("name"), m.end("name"), m.end("name"), None, 0.6, "bare", name)


_NEXT_CMP = re.compile(
    # "4x cheaper on input and 2x cheaper on output than B": each comparative may name its own area first
    r"(?:\s+(?:on|in|for)\s+(?:the\s+)?[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?(?=,|\s+(?:and|but)\b))?"
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+but\s+)(?:(?:about|roughly|nearly|over|up\s+to|~)\s*)?"
    r"(?:\d+(?:\.\d+)?\s?(?:%|x|×|times|percent)\s+)?"
)


def shared_than(view: DocView, subs: Subjects, sv: SegView, models: list[Ref], at: int, ce: int) -> list[Ref]:
    """'30% faster and 50% cheaper than B': a comparative coordinated with the next one shares its object."""
    gap = _NEXT_CMP.match(view.text, at, ce)
    nxt = HEAD.match(view.text, gap.end(), ce) if gap else None
    if nxt is None or not nxt.group("than"):
        return []
    head = read_head(view.text, nxt, sv.seg.start)
    return objects(view, subs, sv, models, head, ce) if head is not None and head.obj_from >= 0 else []


def object_pronouns(
    view: DocView, subs: Subjects, sv: SegView, sent: int, subj: list[Ref], objs: list[Ref]
) -> list[Ref]:
    """'it' as the object is never the clause's own subject ('A is popular, but B beats it', 'A beats B on X
    and trails it on Y'): the nearest other model named before it in the sentence, else the subject of the
    sentence before; none there either, no object."""
    text = view.text
    models = [r for r in subs.models(sv) if r.canonical]
    names = {s.canonical for s in subj}
    out = []
    for o in objs:
        if o.via != "pronoun" or o.canonical not in names:
            out.append(o)
            continue
        other = [
            r
            for r in models
            if sent <= r.start and r.reach <= o.start and is_named(r) and r.canonical not in names
        ]
        if not other:
            # none in the sentence: the subject of the sentence before ("Y is the main rival. A beats it")
            prior, lo = sentence_before(view, subs, sv, sent)
            if prior and not is_object(text, lo, prior[0]) and prior[0].canonical not in names:
                other = [prior[0]]
        if other and not POSSESSIVE_AFTER.match(text, other[-1].reach):
            a = other[-1]  # named there, standing here (the benchmark after it follows the pronoun)
            out.append(
                Ref(
                    "model",
                    a.canonical,
                    o.start,
                    o.end,
                    o.reach,
                    o.setting,
                    o.confidence,
                    "pronoun",
                    o.surface,
                )
            )
    return out
