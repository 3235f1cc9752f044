"""Comparative claims: who is ahead of, behind, on a par with, faster, cheaper, smaller or lighter in compute
than whom, by how much, on what, and how sure the text is.

A claim is read from the comparison's structure inside its clause, not from a list of phrases:

- the head: a verb of comparison ("outperforms", "trails", "matches", "rivals"), a preposition ("ahead of",
  "behind", "on par with", "comparable to") or a comparative with its dimension ("3x faster than", "10x less
  compute than", "a fifth of the cost of", "higher training costs than"); the dimension picks the relation
  (speed, price, compute, size, quality) in the gold's vocabulary: outperforms / behind / on_par_with /
  faster_than / slower_than / cheaper_than / more_expensive_than / less_compute_than / more_compute_than /
  smaller_than / larger_than;
- the direction from the syntax: the clause's subject is the left side, the comparison's object (after the
  verb, "than", "of", "with") the right side; a clause without a subject of its own (", surpassing …",
  "while running 3x faster") takes the sentence's, and a comparative without an object ("… while B is a step
  behind", "(~11x less compute)") compares with the sentence's other side;
- both sides are resolved models (the document's mentions, pronouns, implied subjects; `Subjects`) whose names
  pass the name validator; a claim missing a side is not written;
- polarity: `negated` under a negation ("could not reproduce … beating"), `hedged` under a hedge
  ("supposedly", "may", "matches or beats") or for a near-parity head ("comparable to", "nearly matches"),
  else `asserts`.
"""

from __future__ import annotations

import re

from extractors.facts.claim_figures import (
    FRONTED,
    TRAINING_COST,
    TRAINING_TWIN,
    compute_figures,
    fronted,
    other_side,
)
from extractors.facts.claim_sides import (
    INDIRECT,
    LIST_INTRO,
    is_named,
    is_object,
    longer_names,
    name_end,
    named_side,
    opening,
    other_family,
    trimmed,
)
from extractors.facts.comparisons import (
    APPROX_THAN,
    BY_N,
    GATE,
    HEAD,
    SENTENCE_END,
    Head,
    clause,
    number,
    polarity,
    read_head,
    unit_of,
)
from extractors.facts.discovery import plausible_name
from extractors.facts.document import DocView, Ref, SegView
from extractors.facts.entities import TIERS
from extractors.facts.subjects import Subjects
from schema.records import ClaimFact

_EXCEPT = re.compile(
    r"\b(?:except|excepting|but\s+not|other\s+than|apart\s+from|besides|save\s+for|barring|"
    r"with\s+the\s+exception\s+of|short\s+of)\b",
    re.I,
)
# "X's predecessor", "X's older sibling": a model owned by X, unlike "X's score", "X's 71.2%"
_OWNED = re.compile(
    r"['’]s?\s+(?!(?:[\w-]+\s+){0,2}?(?:scores?|results?|performance|numbers?|accuracy|marks?|figures?|"
    r"best|showing|lead|output|speed|price|pricing|cost|latency|throughput|context|tokens?|rate)\b|\d|[A-Z0-9]|"
    r"(?:on|in|at|for|across|and|or|while|but)\b)"
)
# between the head and its object: "the previous", "competitors like", "larger models such as", "that of"
# "surpasses prior Sonnet": some earlier member of a family, not a named model
_EARLIER_ONE = re.compile(r"\b(?:prior|previous|older|earlier|last|old)\s+$", re.I)
_BARE_VERSION = re.compile(r"\s+(?:the\s+)?(\d+(?:\.\d+)+)(?![\w.%])")
_OBJ_GAP = re.compile(r"[^;:.!?()\]\n]{0,90}")
# commas an object may sit behind: "its nearest competitor, Y", "larger models, such as Y"
_OBJ_COMMA = re.compile(
    r"(?:,\s*(?:such\s+as|including|like|namely|e\.g\.,?)\s+(?:the\s+)?|(?:its|their)\s+(?:[\w-]+\s+){0,2}"
    r"(?:predecessors?|competitors?|rivals?|siblings?|successors?|challengers?|counterparts?),\s*)"
    r"(?:[A-Z][\w.-]*['’]s\s+)?(?:\[)?$"
)
_COORD = re.compile(
    r"(?:\s*\([^)]{0,40}\))?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*,?\s+and\s+even\s+)"
    r"(?:(?:the\s+)?[A-Z][\w.-]*['’\"]s\s+|their\s+own\s+|its\s+own\s+|the\s+)?"
)
_LISTED = re.compile(
    r"\s*,\s*(?P<name>[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,2})\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
)
# "trails both", "lags them all": an object the comparison names by a word, not a model
_PRON_SLOT = re.compile(
    r"\s+(?:both|all|them|it|everyone|everything|each|these|those|most|many|several|others?)\b", re.I
)
_PRON_OBJ = re.compile(r"\b(?:each\s+other|one\s+another)\b", re.I)
_BENCH_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:,\s*)?(?:on|in|at|across|for)\s+(?:the\s+)?$")
_AREA = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:on|in|across)\s+(?:the\s+)?"
    # not a time or an amount ("in about three months", "in roughly a quarter", "in 2026")
    r"(?!(?:about|roughly|around|nearly|just|only|under|over|less|more|a|an|one|two|three|four|five|six|"
    r"\d|[a-z]+\s+(?:months?|weeks?|days?|years?|quarters?)\b)|(?:months?|weeks?|days?|years?|quarters?)\b)"
    r"(?P<area>(?:(?:most|many|several|multiple|certain|"
    r"all|nearly\s+all|a\s+range\s+of|key|core|major)\s+)?[a-z][a-z-]+(?:\s+(?!(?:and|or|while|but|with|at|for|to|"
    r"as|which|that|than|by|in|on|when|where|since|because|though|although|is|are|was|were|has|have|had|"
    r"remains?|still)\b)[a-z][a-z-]+|,?\s+(?:and|or)\s+(?!(?:where|when|how|why|what|which|who|whom|whose|it|its|"
    r"they|their|the|a|an|is|are|was|were|has|have|does|do|did|can|will)\b)[a-z][a-z-]+|"
    r",\s+(?!(?:and|or|but|while|which|who|with|is|are|was|were|has|have|had|remains?|still|such|including|"
    r"like|e\.g)\b)[a-z][a-z-]+){0,5})"
)


def _list_gap(text: str, seg_start: int, r: Ref) -> str:
    """The words before `r` back to the enumeration that may hold it ('like A, B and ')."""
    before = text[max(seg_start, r.start - 80) : r.start]
    return re.sub(r"(?:[A-Z][^,;:]{0,30}?(?:,\s*|\s+and\s+|,\s*and\s+))+$", "", before)


_VERB_AFTER = re.compile(
    r"\s+(?:also\s+|still\s+|only\s+|now\s+)?(?:outperform|beat|trail|lag|match|surpass|exceed|lead|is\b|are\b|"
    r"was\b|were\b|has\b|had\b|scor|rank|sits?\b|comes?\b|falls?\b|remains?\b|does|did\b|do\b|can\b|"
    r"cannot|could|will\b|won['’]t|would|should|may\b|might|must)",
    re.I,
)
_LIKE_BEFORE = re.compile(r"(?<![\w-])(?:[Uu]nlike|[Ll]ike|[Aa]s\s+with)\s+(?:the\s+)?$")


# "X's code generation" (not X's clause), unlike "Lab's open-source Name model" (the model itself) and "X's
# score is higher than …" (a measure of X compared: X's claim)
_POSSESSIVE_AFTER = re.compile(
    r"['’]s?\s(?!(?:[\w-]+\s){0,3}(?:model|variant|version)\b|(?:[a-z]+\s+)?(?:lead|advantage|edge|margin)\s+over\b|"
    r"(?:overall\s+|average\s+|benchmark\s+)?"
    r"(?:scores?|results?|performance|quality|accuracy|context(?:\s+window)?|price|pricing|cost|speed|latency|throughput|"
    r"capabilit(?:y|ies)|abilities|(?:pre-?)?training(?:\s+run)?|inference)"
    r"\s+(?:[a-z]+\s+){0,3}?(?:is|are|was|were|remains?|outperform\w*|surpass\w*|beat\w*|exceed\w*|trail\w*|"
    r"took|takes|needed|needs|required|requires|used|uses|cost|costs|consumed)\b|(?:[\w-]+\s+){1,3}(?:is|are|was|were)\s+(?:\$|~|about\s+)?\d)"
)


def _compared(text: str, seg_start: int, models: list[Ref]) -> set[int]:
    """The refs named as what something is compared with, and the models coordinated with them ('beats A,
    B and C')."""
    out: set[int] = set()
    last: Ref | None = None
    for r in models:
        if r.via != "implied" and (
            is_object(text, seg_start, r)
            or FRONTED.search(text, max(seg_start, r.start - 80), r.start)
            or (
                last is not None
                and id(last) in out
                and _COORD.fullmatch(text, last.reach, r.start)
                and not _VERB_AFTER.match(text, r.reach)  # "A beats B, C trails both": C starts a clause
                # "Compared with A, B needed …", "Unlike A, B …": B is the clause's subject, not a second one
                and not FRONTED.search(text, max(seg_start, last.start - 40), last.start)
                and not _LIKE_BEFORE.search(text, max(seg_start, last.start - 12), last.start)
            )
        ):
            out.add(id(r))
        if r.via != "implied":
            last = r
    return out


def _objects(view: DocView, subs: Subjects, sv: SegView, models: list[Ref], head: Head, ce: int) -> list[Ref]:
    """The comparison's object and the models coordinated with it ('A, B and C')."""
    text = view.text
    if head.obj_from < 0:
        return []
    gap = _OBJ_GAP.match(text, head.obj_from, ce)
    limit = gap.end() if gap else head.obj_from
    first = next(
        (
            r
            for r in models
            if head.obj_from <= r.start <= limit
            and r.start < ce
            and not (r.via == "pronoun" and r.surface.lower() in ("its", "their"))  # "its predecessor, X"
        ),
        None,
    )
    if first is None:
        bare = _BARE_VERSION.match(text, head.obj_from, ce)
        if bare is None:
            return []
        # "40% cheaper than 5.4": the one model of the sentence with that version
        version = bare.group(1)
        named = {
            r.canonical
            for r in models
            if is_named(r) and re.search(r"[\s-]" + re.escape(version) + r"$", r.canonical)
        }
        if len(named) != 1:
            return []
        at = bare.start(1)
        return [Ref("model", named.pop(), at, bare.end(1), bare.end(1), None, 0.7, "version", version)]
    if first.via == "implied":
        return []
    between = text[head.obj_from : first.start]
    if (re.search(r",", between) and not _OBJ_COMMA.search(between)) or re.search(
        r"\b(?:and|while|but|which|who|what|that|with\s+a)\b", between
    ):
        return []  # "beats GPT-5 and rivals X": the object is what the head governs, not a later clause's
    if (
        _EXCEPT.search(between)
        or _OWNED.match(text, name_end(text, first))
        or (_EARLIER_ONE.search(between) and not re.search(r"\d", text[first.start : first.end]))
    ):
        # "beats everything except X" (X is not beaten); "beats X's predecessor" (the object is another model)
        return []
    out = [first]
    i = models.index(first)
    for r in models[i + 1 :]:
        if r.start >= ce or r.via == "implied" or _VERB_AFTER.match(text, r.reach):
            break  # "A beats B, C trails both": C starts a clause of its own
        link = text[name_end(text, out[-1]) : r.start]
        if _COORD.fullmatch(link) is None:
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
    return out


def _subjects(
    view: DocView,
    subs: Subjects,
    sv: SegView,
    models: list[Ref],
    head: Head,
    bounds: tuple[int, int],
    prev: tuple[list[Ref], list[Ref], int] | None,
    objs: list[Ref],
    taken: set[int],
) -> tuple[list[Ref], bool]:
    """The clause's subject (True when it is the clause's own, False when borrowed from the sentence)."""
    text = view.text
    start, cs = bounds

    compared = _compared(text, sv.seg.start, models) | taken

    def subjectish(r: Ref, lo: int, hi: int) -> bool:
        return (
            lo <= r.start
            and r.reach <= hi
            and not (r.via == "pronoun" and r.surface.lower() in ("its", "their"))
            and id(r) not in compared
            and bool(r.canonical)
            and not (
                r.via != "pronoun" and _POSSESSIVE_AFTER.match(text, name_end(text, r))
            )  # "X's code generation"
        )

    own = [r for r in models if subjectish(r, cs, head.start)]
    if len(own) > 1:
        # "X achieves … on benchmarks like A, B and C, outperforms Y": an enumeration's members are not the
        # subject when the clause named one before them
        listed = [r for r in own[1:] if LIST_INTRO.search(_list_gap(text, start, r))]
        own = [r for r in own if r not in listed]
    if len(own) > 1:
        # "A, which is built on C, outperforms B", "A (a C fine-tune) beats B": a model inside an inserted
        # clause is not the subject when the clause names one outside it
        spans = [(i.start(), i.end()) for i in _INSERTION.finditer(text, cs, head.start)]
        outside = [r for r in own if not any(a < r.start and r.reach <= b for a, b in spans)]
        own = outside or own
    antecedent = _relative_antecedent(text, models, cs, head.start)
    if antecedent is not None:
        own = [antecedent]  # "A is cheaper than B, which is faster than C": 'which' is B
    elif own and _IN_NOUN.search(text, max(cs, own[-1].start - 60), own[-1].start):
        return [], True  # "the new tokenizer in A produces more tokens than B": the tokenizer is compared
    # "… results against larger models, including X. Surprisingly, it matches Y": a pronoun subject means the
    # previous clause's subject, never a model named there as what it was compared with
    if (
        own
        and own[-1].via == "pronoun"
        and own[-1].canonical
        in {r.canonical for r in models if r.start < cs and is_named(r) and id(r) in compared}
    ):
        subject = next((r for r in models if r.start < cs and subjectish(r, sv.seg.start, cs)), None)
        if subject is None:
            return [], True
        own = [subject]
    if own and own[-1].via not in INDIRECT and _RELATIVE_OF.match(text, own[-1].reach):
        return [], True  # "A's smaller version trails X": another model than A, not named
    member = _MEMBER_AFTER.match(text, own[-1].reach) if own else None
    if member and _fold(member.group("word")) not in _fold(own[-1].canonical):
        return [], True  # "A's new Scout variant outperforms …": a member the text does not name in full
    if own:
        # the nearest subject before the head: "A is faster than B, and B is 3 points ahead of A"
        group = _coordinated(text, models, own[-1])
        if head.pair:
            return group, True
        if len(group) > 1 and all(g in own for g in group) and _plural(text, cs, group, head):
            return group, True  # "A and B both trail C", "A, B and C all beat D"
        return [own[-1]], True
    if (
        re.fullmatch(r"[\s\"'“(*-]*", text[start : head.start])
        and re.match(r"[A-Za-z]+ing\b", text[head.start :])
    ) or _FRONT_PP.fullmatch(text, start, head.start):
        # "Beating X by 3 points, B took the top spot": a fronted participle's subject follows its comma
        end = next((b.start() for b in SENTENCE_END.finditer(text, head.end, sv.seg.end)), sv.seg.end)
        after = next(
            (
                r
                for r in models
                if head.end < r.start < end
                and r.canonical
                and _AFTER_COMMA.search(text, max(head.end, r.start - 8), r.start)
                and id(r) not in taken
            ),
            None,
        )
        return ([after], True) if after is not None else ([], True)
    if prev is not None and prev[0]:
        return prev[
            0
        ], False  # "… outperforms X while running 3x faster": the comparison goes on about its subject
    earlier = [r for r in models if subjectish(r, start, cs)]
    if earlier:
        # "A used X, while B needed only Y — about 11x less compute": the clause right before names who
        at = len(text[start:cs].rstrip(" \t—–-;:,")) + start
        pcs = clause(text, start, at, at)[0]
        last = [r for r in earlier if r.start >= pcs]
        pick = last[0] if last and head.obj_from < 0 else earlier[0]
        if head.start - pick.reach > 200 or re.search(r"\||\n", text[pick.reach : head.start]):
            return [], False  # a page flattened into one run of text: the model far back is not plainly it
        return [pick], False
    larger = subs.comparative(sv, head.start)
    if larger:
        return larger[:1], True  # "the larger one still trails X"
    named_np = _NAMED_NP.search(text, cs, head.start)
    if named_np:
        # "The Maverick version outperforms X": a member the text names by a word of its own, never the focus
        word = named_np.group(1)
        hit = sorted(n for n in view.doc_models if re.search(r"[\s-]" + re.escape(word) + r"$", n))
        # the family is the last model named before it, with no other name-like word in between
        last = [
            r
            for i in range(max(0, sv.index - 1), sv.index + 1)
            for r in subs.models(view.segs[i])
            if is_named(r) and r.reach <= named_np.start()
        ]
        base = last[-1].canonical if last else None
        if last and _NAMEISH.search(text, last[-1].reach, named_np.start()):
            base = None
        if not hit and base and _TIER.fullmatch(word) and not _TIER.search(base):
            hit = [f"{base} {word}"]  # "The Maverick version" of an article about Llama 4: Llama 4 Maverick
        if len(hit) != 1:
            return [], True
        at, end = named_np.start(1), named_np.end(1)
        return [Ref("model", hit[0], at, end, end, None, 0.75, "tier", word)], True
    # no model is the subject here ("This latest iteration …", "- Outperforms X"): the list's label line, else
    # the model the paragraph or section is about, never the comparison's own object
    sized = _SIZED_NP.search(text, cs, head.start)
    if sized:
        size = sized.group("size")
        hit = sorted(n for n in view.doc_models if re.search(r"[\s-]" + re.escape(size) + r"$", n))
        if len(hit) == 1:  # "the largest 27B model outperforms …": the member of that size
            return [Ref("model", hit[0], sized.start(), sized.end(), sized.end(), None, 0.75, "sized")], True
    if _OTHER_SUBJECT.search(text, cs, head.start) or any(
        is_named(r) and cs <= r.start and r.reach <= head.start and id(r) not in compared for r in models
    ):
        # "No model has yet beaten X", "Most rivals trail X", "A's developers say it beats X": the subject is
        # not a model, or not plainly one; never the article's focus
        return [], False
    if any(
        not any(0 <= nf.start() - r.reach <= 2 for r in models)  # "Lab's X models": the family named
        for nf in _NOT_FOCUS.finditer(text, cs, head.start)
    ):
        # "Its smaller sibling beats X", "the previous flagship", "open models", "a distilled variant": the
        # clause's subject is a model the article is not about, or several; never the article's focus
        return [], False
    compared_names = {o.canonical for o in objs}
    label = _label(view, subs, sv)
    if label == "":
        return [], False
    name = next(
        (
            n
            for n in (label, sv.focus, sv.salient, view.focus, subs.fallback(sv))
            if n and n not in compared_names
        ),
        None,
    )
    if not name:
        return [], False
    members = {
        m for m in view.doc_models if m.startswith(name) and re.match(r"[\s-][A-Za-z]", m[len(name) :])
    }
    named_here = [r for r in models if cs <= r.start and r.reach <= head.start and is_named(r)]
    if (
        named_here
        and named_here[-1].canonical != name  # "the findings of X beating Y": X, and X is the focus
        and re.fullmatch(
            r"\s*(?:(?:both|all|also|still|now|each|even)\s+)*", text[named_here[-1].reach : head.start]
        )
    ):
        # "In tests of A, B and C both trail D": a model right before the head is its subject, only not
        # plainly; never the focus
        return [], False
    if len(members) > 1 and not label:
        return (
            [],
            False,
        )  # the family of an article naming two of its members (Pro, Flash): which one is unsaid
    pos = head.start
    return [Ref("model", name, pos, pos, pos, None, 0.75, "implied")], False


_AFTER_COMMA = re.compile(r",\s+(?:the\s+)?$")
_RELATIVE_OF = re.compile(
    r"['’]s?\s+(?:[a-z][\w-]*\s+){0,3}(?:version|variant|model|sibling|successor|predecessor|edition|checkpoint)s?\b"
)
# a subject noun phrase that is not the article's model: a relative of it, several models, an indefinite one
_NOT_FOCUS = re.compile(
    r"\b(?:siblings?|predecessors?|successors?|cousins?|rivals?|competitors?|challengers?|models|variants|"
    r"versions|systems|LLMs|releases|checkpoints|alternatives?|peers?)\b"
    r"|\b(?:older|previous|prior|earlier|last|original|smaller|larger|bigger|tiny|distilled|base|other|rival|"
    r"competing|legacy|first)\b(?:\s+[\w'’-]+){0,2}?\s+(?:model|version|variant|release|flagship|checkpoint|"
    r"generation|edition)\b"
    r"|\b(?:an?|one)\s+(?:[\w-]+\s+){0,2}?(?:version|variant|checkpoint)\b"
    # "the new tokenizer in 4.7": a part of a model
    r"|\b(?:the|its|their)\s+(?:[a-z][\w-]*(?<!ed)(?<!s)\s+){1,2}?(?:in|inside|within)\s+\S",
    re.I,
)
# "With 11x less compute than B, A …", "Trained at a tenth of the cost of B, A …": the subject follows the
# comma
_FRONT_PP = re.compile(
    r"[\s\"'“(*-]*(?:[Ww]ith|[Aa]t|[Uu]sing|[Nn]eeding|[Rr]equiring|(?:[Tt]rained|[Bb]uilt|[Dd]eveloped)\s+"
    r"(?:on|with|using|at|for))\s+(?:(?:just|only|roughly|about|around|some|a)\s+)?"
)
# a clause set inside the subject's: ", which is built on C,", ", like C,", "(a C fine-tune)"
_INSERTION = re.compile(
    r",\s*(?:which|who|whose|that|itself|built|based|developed|derived|distilled|fine-tuned|trained|released|"
    r"made|known|like|unlike|along\s+with|alongside|together\s+with|as\s+well\s+as|much\s+like|a\s+successor|"
    r"the\s+successor|successor)\b[^,;()]*,|\([^()]*\)"
)
# "A, which …": the model a relative clause opens on
_WHICH_AFTER = re.compile(r"\s*(?:\([^()]*\)\s*)?,\s*(?:which|who)\s+(?:itself\s+|also\s+|in\s+turn\s+)?")
# "the new tokenizer in A", "the router inside A": a part of the model is the clause's subject
_IN_NOUN = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w-]*\s+){1,3}?(?:in|inside|within)\s+(?:the\s+)?$"
)
_PLURAL_HEAD = re.compile(
    r"(?:outperform|beat|trail|lag|surpass|exceed|top|match|rival|underperform|edge|crush|approach|lead|"
    r"fall|rank|sit|land|score)(?![\w-])",
    re.I,
)


def _relative_antecedent(text: str, models: list[Ref], cs: int, at: int) -> Ref | None:
    """The model a relative clause holding the head opens on ('B, which itself is faster than C'), when no
    comma closes that clause before the head."""
    for r in reversed(models):
        if r.start < cs or r.reach >= at or not is_named(r):
            continue
        rel = _WHICH_AFTER.match(text, r.reach)
        if rel is not None and rel.end() <= at and "," not in text[rel.end() : at]:
            return r
        return None
    return None


# "A, B and C", "A (high) and Lab's B": the gap between coordinated models
_COORD_BACK = re.compile(
    r"(?:\s*\([^()]{0,30}\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:[A-Z][\w.-]*['’]s\s+)?"
)


def _coordinated(text: str, models: list[Ref], last: Ref) -> list[Ref]:
    """The named models coordinated with `last` before it ('A, B and C', 'A (xhigh) and Lab's B')."""
    if not is_named(last) or last not in models:
        return [last]
    group = [last]
    for r in reversed(models[: models.index(last)]):
        if not is_named(r) or r.canonical in {g.canonical for g in group}:
            break
        if not _COORD_BACK.fullmatch(text, r.reach, group[0].start):
            break
        group.insert(0, r)
    return group


def _plural(text: str, cs: int, group: list[Ref], head: Head) -> bool:
    """Coordinated subjects the comparison is about together: 'Both A and B beat C', 'A and B both trail C',
    'A, B and C all beat D', 'A and B outperform C' (the verb's plural)."""
    if re.search(
        r"\b(?:[Bb]oth|[Aa]ll\s+of)\s+(?:the\s+)?$", text[max(cs, group[0].start - 12) : group[0].start]
    ):
        return True
    if re.search(r"\b(?:both|all|are|were|have|each)\b", text[group[-1].reach : head.start]):
        return True
    return _PLURAL_HEAD.match(text, head.start) is not None


_MEMBER_AFTER = re.compile(
    r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}(?P<word>[A-Z][\w.-]*)\s+(?:model|variant|version|edition)\b"
)


def _fold(name: str) -> str:
    return re.sub(r"[\W_]+", "", name).lower()


_ASSIGNED = re.compile(r"\s*=\s*\d")  # "MRCR-1M = 83.5": a metric given its value, not a model


def _benchmark_names(view: DocView, sv: SegView) -> set[str]:
    """The benchmarks this segment and the document name: a side never is one ('MRCR-1M … but behind X')."""
    return {_fold(b.canonical) for b in sv.benchmarks()} | {_fold(k) for k in view.benches}


_OTHER_SUBJECT = re.compile(
    r"\b(?:none|nothing|nobody|others)\b|\b(?:no|neither|every|each|any|all|most|many|few|several|some|other)\s+"
    r"(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:models?|rivals?|competitors?|systems?|ones?|labs?|LLMs?)\b",
    re.I,
)
_NAMEISH = re.compile(r"\b[A-Z][A-Za-z]+[- ]?\d")
_TIER = re.compile(r"\b(?:" + TIERS + r")\b")
_NAMED_NP = re.compile(r"\b[Tt]he\s+([A-Z][a-z]+)\s+(?:version|variant|model|edition|release)\b")
_SIZED_NP = re.compile(
    r"\b[Tt]he\s+(?:(?:largest|smallest|biggest|flagship|new|top)\s+)?(?P<size>\d+(?:\.\d+)?[BM])\s+"
    r"(?:model|variant|version|member|one)\b"
)
_LABEL_LINE = re.compile(r"[\s*#]*(?P<name>[^:\n]{2,60}?)(?:\s*\([^)]*\))?\s*[*]*:[*\s]*$")


def _label(view: DocView, subs: Subjects, sv: SegView) -> str | None:
    """'Name (Preview):' on a line of its own, then '- Outperforms X …' items: the items are about Name."""
    if sv.seg.kind != "item":
        return None
    for i in range(sv.index - 1, max(-1, sv.index - 12), -1):
        prev = view.segs[i]
        if prev.seg.kind == "item":
            continue
        m = _LABEL_LINE.fullmatch(view.text, prev.seg.start, prev.seg.end)
        named = [r for r in subs.models(prev) if is_named(r)]
        if m and len(named) == 1 and named[0].start - prev.seg.start <= 4:
            return named[0].canonical
        # "A launched in March.\n- Outperforms X": the one model the line before the list is about; a line
        # naming several leaves the items' subject unknown (never the article's focus)
        subjects = {r.canonical for r in named if not is_object(view.text, prev.seg.start, r)}
        if len(subjects) == 1 and not view.text[prev.seg.start : prev.seg.end].rstrip().endswith(":"):
            return subjects.pop()
        return "" if len(subjects) > 1 else None
    return None


_SCORED_ON = re.compile(r"\d\s*%?\s*(?:on|in|at)\s+(?:the\s+)?$")
_NO_AREA = re.compile(
    r"some|many|most|several|all|others?|it|them|this|that|these|those|both|each|paper", re.I
)
# "in my tests", "on the leaderboard", "in head-to-head comparisons": where it was measured, not an area
_VAGUE_AREA = re.compile(
    r"(?:my|our|your|its|their|his|her|every|each|any|one|the|a|an)\s+.*|(?:head-to-head\s+|side-by-side\s+|"
    r"internal\s+|independent\s+|early\s+|real-world\s+|blind\s+)?(?:tests?|testing|comparisons?|evaluations?|"
    r"evals?|trials?|leaderboards?|rankings?|standings|charts?|practice|general|total|fact|turn|contrast|"
    r"places?|spots?|lineup|benchmarks?|areas?|categories|tasks?|addition|particular|other\s+words|short|"
    r"theory|paper|balance|average|sum|brief|summary|response|return|effect|essence|reality|comparison|"
    r"total|sum|part|some\s+cases|most\s+cases|many\s+cases)",
    re.I,
)
_FRONT_AREA = re.compile(
    r"[\s\"'“(*-]*(?:[Oo]n|[Ii]n|[Aa]cross)\s+(?P<area>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,3}),\s"
)
_DIMENSION_AREA = re.compile(
    r"(?:the\s+)?(?:price|pricing|cost|costs|speed|latency|throughput|compute|size|efficiency|"
    r"input\s+side|output\s+side)",
    re.I,
)


def _benchmark(
    view: DocView, sv: SegView, head: Head, anchors: tuple[int, int], cs: int, ce: int
) -> str | None:
    """'on B' right after the object (or after its margin, 'by 3 points on B'), an area named there ('on
    health tasks'), the one benchmark named before the head, or for a margin in points the paragraph's."""
    text = view.text
    benches = sv.benchmarks()
    after = anchors[0]
    for at in dict.fromkeys(anchors):
        later = [b for b in benches if at <= b.start < ce and _BENCH_AFTER.fullmatch(text[at : b.start])]
        if later:
            return later[0].canonical
    area = _AREA.match(text, after, ce)
    if area and not any(area.start() <= b.start < area.end() for b in benches):
        if (
            _DIMENSION_AREA.fullmatch(area.group("area"))
            or _NO_AREA.fullmatch(area.group("area"))
            or _VAGUE_AREA.fullmatch(area.group("area"))
        ):
            return None  # "undercuts B on price", "trailing on some 'classical' exams": no area named
        return area.group("area")  # "on health tasks": an area, not the benchmark named before
    before = {
        b.canonical
        for b in benches
        if b.end <= head.start
        and (
            head.relation in ("outperforms", "behind", "on_par_with")
            # "78% on B, 3x faster than Y": a score's benchmark does not measure speed, price or compute
            or not _SCORED_ON.search(text, max(0, b.start - 24), b.start)
        )
    }
    if len(before) == 1:
        return before.pop()  # "On B, X beats Y"; several named before: none of them is the one
    sent = sv.seg.start
    for b in SENTENCE_END.finditer(text, sv.seg.start, head.start):
        sent = b.end()
    front = _FRONT_AREA.match(text, sent, head.start)
    if front and not before and not any(front.start() <= b.start < front.end() for b in benches):
        fronted_area = front.group("area")
        if not any(rx.fullmatch(fronted_area) for rx in (_DIMENSION_AREA, _NO_AREA, _VAGUE_AREA)):
            return fronted_area  # "On coding tasks, X beats Y"
    inherited = sv.bench_inherited
    return inherited.canonical if inherited and head.unit == "points" else None


def segment_claims(
    view: DocView, sv: SegView, subs: Subjects | None = None, memo: dict[str, dict[str, str]] | None = None
) -> list[ClaimFact]:
    subs = subs or Subjects(view)
    text = view.text
    seg_start, seg_end = sv.seg.start, sv.seg.end
    models = [trimmed(text, r) for r in subs.models(sv) if r.canonical]
    if not models:
        return []
    out: list[ClaimFact] = []
    seen: set[tuple[str, str, str, str, str | None]] = set()
    prev: tuple[list[Ref], list[Ref], int] | None = (
        None  # the sentence's last comparison: sides and its clause
    )
    renames: dict[str, str] | None = None
    objects_seen: set[int] = set()  # refs this sentence already compared something with
    for m in HEAD.finditer(text, seg_start, seg_end):
        head = read_head(text, m, seg_start)
        cs, ce = clause(text, seg_start, head.start if head else m.start(), seg_end)
        if head is None:
            if m.group("than") and not APPROX_THAN.match(text, m.end()):
                prev = ([], [], m.start())  # "more efficiently than any model tested": compared with no model
            continue
        sent = seg_start  # the sentence inside the segment (a block glued from several sentences)
        for b in SENTENCE_END.finditer(text, seg_start, m.start()):
            sent = b.end()
        if prev is not None and prev[2] < sent:
            prev = None
        if _not_a_comparison_of_models(text, m, head, cs):
            continue
        if head.relation == "on_par_with" and _NO_MATCH.search(
            text, max(seg_start, m.start() - 8), m.start()
        ):
            head.relation, head.polarity = "behind", "asserts"  # "A is no match for B": B is ahead
        passive = _passive(text, m)
        if head.obj_from >= 0 and _SHARE_OF.match(text, head.obj_from):
            # "reaches or even exceeds 90% of B's capabilities": a share of B's level, not ahead of B
            head.relation, head.polarity, head.magnitude, head.unit = "on_par_with", "hedged", None, None
        objs = _objects(view, subs, sv, models, head, ce)
        subj, own = _subjects(view, subs, sv, models, head, (sent, cs), prev, objs, objects_seen)
        if head.pair:
            if len(subj) < 2:
                continue
            subj, objs = subj[:1], subj[1:]
        elif not objs and (head.obj_from < 0 or not _PRON_OBJ.match(text, head.obj_from)):
            # elliptical: the sentence's previous comparison, or the other clause's subject ("A used …, while
            # B needed 11x less compute")
            if head.obj_from >= 0 and not (
                (
                    head.relation == "behind"
                    and m.group("behind")
                    and not _PRON_SLOT.match(text, head.obj_from)
                )
                or (m.group("frac") and not m.group(0).endswith("of"))  # "… with a tenth of the compute"
            ):
                continue
            if (
                head.weak
                and prev is None
                and not _SCORED_CMP.search(text, max(cs, head.start - 24), head.start)
            ):
                continue  # "scores higher on X, while B …": the contrast clause's subject is the other side
            if prev is not None:
                p_subj, p_objs, _ = prev
                if not p_objs:
                    continue
                if own:
                    objs = [r for r in [*p_subj, *p_objs] if r.canonical not in {s.canonical for s in subj}]
                else:
                    subj, objs = p_subj, p_objs
            else:
                others = [
                    r
                    for r in models
                    if is_named(r)
                    and sent <= r.start
                    and r.reach <= cs
                    and not is_object(text, seg_start, r)
                    and not _POSSESSIVE_AFTER.match(text, name_end(text, r))
                    and r.canonical not in {s.canonical for s in subj}
                ]
                objs = others[:1]
        elif _PRON_OBJ.match(text, max(head.obj_from, 0)) and len(subj) == 1:
            both = subs.coordinated(sv, subj[0], True)
            subj, objs = both[:1], both[1:]
        if not objs and head.obj_from < 0:
            objs = (
                fronted(text, models, sent, head.start, subj)
                or _shared_than(view, subs, sv, models, m.end(), ce)
                or other_side(view, subs, sv, models, head, (sent, ce), subj)
            )
        if not subj or not objs:
            continue
        objs = _object_pronouns(view, subs, sv, sent, subj, objs)
        if not objs:
            continue
        # an other side named in a later clause ("…, while B …"): the benchmark follows the head itself
        mag, unit = head.magnitude, head.unit
        after = max(head.end, name_end(text, objs[-1])) if objs[-1].start < ce else head.end
        obj_end = after
        if passive:
            subj, objs = objs, subj  # "A is outperformed by B": B is the one ahead
        how = _unasserted(text, head, (cs, ce), seg_end, polarity(text, head, cs, seg_end))
        if how == "question" and head.obj_from < 0:
            continue  # "A vs B: which is better?": no comparison of its own is stated
        how = "hedged" if how == "question" else how
        by = BY_N.match(text, after, ce)
        if mag is None and by is not None:
            raw = by.group("mag").lower()
            mag = 1.0 if raw == "a single" else number(raw)
            unit, after = unit_of(by.group("unit") or by.group("unit2")), by.end()
        bench = _benchmark(view, sv, head, (obj_end, after), cs, ce)
        relations = [head.relation]
        if head.relation in TRAINING_TWIN and TRAINING_COST.search(
            text, max(sent, head.start - 60), head.end
        ):
            relations.append(TRAINING_TWIN[head.relation])  # what it cost to train is compute too
        for s in subj:
            for o in objs:
                if renames is None and (s.via in INDIRECT or o.via in INDIRECT):
                    # once per document, not per segment (a long page has thousands of segments)
                    memo = {} if memo is None else memo
                    if "renames" not in memo:
                        memo["renames"] = longer_names(view, subs)
                    renames = memo["renames"]
                s2, o2 = opening(view, subs, sv, s), opening(view, subs, sv, o)
                if other_family(view, subs, sv, s2) or other_family(view, subs, sv, o2):
                    continue
                left, right = (
                    named_side(view, subs, sv, s2, renames),
                    named_side(view, subs, sv, o2, renames),
                )
                if (
                    not left
                    or not right
                    or left == right
                    or not plausible_name(left)
                    or not plausible_name(right)
                    or {_fold(left), _fold(right)} & _benchmark_names(view, sv)
                    or any(_ASSIGNED.match(text, r.reach) for r in (s2, o2) if r.via not in INDIRECT)
                ):
                    continue
                for relation in relations:
                    key = (left, relation, right, how, bench)
                    if key in seen:
                        continue
                    seen.add(key)
                    out.append(
                        ClaimFact(
                            subject=left,
                            relation=relation,
                            object=right,
                            evidence=view.evidence(seg_start, seg_end),
                            confidence=round(0.75 * min(s2.confidence, o2.confidence, 1.0), 3),
                            magnitude=mag,
                            unit=unit if mag is not None else None,
                            benchmark=bench,
                            method="claim",
                            polarity=how,
                        )
                    )
        prev = (subj, objs, cs)
        # a model found as the other side in a later clause is still that clause's subject ("…, while B …")
        objects_seen.update(id(o) for o in objs if o.via != "implied" and o.start < ce)
    if not any(c.relation.endswith("compute_than") for c in out):
        out += compute_figures(view, sv, models)
    return out


_NO_MATCH = re.compile(r"\bno\s+$", re.I)
_SHARE_OF = re.compile(
    r"\s*(?:about\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|up\s+to\s+|~)?\d+(?:\.\d+)?\s?(?:%|percent)\s+of\s+",
    re.I,
)
_SCORED_CMP = re.compile(r"\b(?:scor|rank|rat|perform)\w*\s+(?:\w+ly\s+)?$", re.I)


def _sentence_before(view: DocView, subs: Subjects, sv: SegView, sent: int) -> tuple[list[Ref], int]:
    """The named models of the sentence before `sent` (in this segment, or the last sentence of the segment
    before in the same paragraph) and where that sentence starts."""
    text = view.text
    if sent > sv.seg.start:
        lo = sv.seg.start
        for b in SENTENCE_END.finditer(text, sv.seg.start, sent):
            if b.end() < sent:
                lo = b.end()
        return [r for r in subs.models(sv) if lo <= r.start and r.reach <= sent and is_named(r)], lo
    if sv.index == 0 or "\n\n" in text[view.segs[sv.index - 1].seg.end : sv.seg.start]:
        return [], sent
    pv = view.segs[sv.index - 1]
    lo = pv.seg.start
    for b in SENTENCE_END.finditer(text, pv.seg.start, pv.seg.end):
        lo = b.end()
    return [r for r in subs.models(pv) if r.start >= lo and is_named(r)], lo


def _object_pronouns(
    view: DocView, subs: Subjects, sv: SegView, sent: int, subj: list[Ref], objs: list[Ref]
) -> list[Ref]:
    """'it' as the object is never the clause's own subject ('A is popular, but B beats it', 'A beats B on X
    and trails it on Y'): the nearest other model named before it in the sentence; none there, no object."""
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
            prior, lo = _sentence_before(view, subs, sv, sent)
            if prior and not is_object(text, lo, prior[0]) and prior[0].canonical not in names:
                other = [prior[0]]
        if other and not _POSSESSIVE_AFTER.match(text, other[-1].reach):
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


# what a comparative compares when words stand between it and "than": "better known", "a larger user base", "a
# higher hallucination rate" compare something other than the models' quality or size (or the worse way round)
_SIZE_NOUN = re.compile(
    r"\b(?:parameters?|params|models?|versions?|variants?|context(?:\s+windows?)?|footprint|size|memory|"
    r"checkpoints?|weights)\b",
    re.I,
)
_WORSE_IS_MORE = re.compile(
    r"\b(?:hallucinat\w*|errors?|failures?|refusals?|mistakes?|loss|perplexity|toxicity|bias|risks?|"
    r"regressions?|bugs?|misalign\w*|harm\w*|jailbreak\w*|sycophan\w*|decepti\w*|"
    r"(?<!win\s)(?<!pass\s)(?<!success\s)(?<!solve\s)rates?)\b",
    re.I,
)


def _not_a_comparison_of_models(text: str, m: re.Match[str], head: Head, cs: int) -> bool:
    cmp = (m.group("cmp") or "").lower()
    dim = (m.group("dim") or "").strip().lower()
    if cmp in ("better", "worse", "stronger", "weaker") and re.match(r"[a-z]+(?:ed|wn)\b", dim):
        return True  # "better known than", "better funded than"
    if cmp in ("faster", "slower", "quicker") and re.match(r"(?:growing|rising|expanding|adopted)\b", dim):
        return True  # "faster growing than"
    if cmp in ("larger", "bigger", "smaller") and dim and not _SIZE_NOUN.search(dim):
        return True  # "a larger user base than", "a bigger deal than"
    # "a higher hallucination rate than", "its error rate is lower than": more is worse
    return (
        cmp in ("higher", "lower", "more", "less", "fewer")
        and head.relation in ("outperforms", "behind")
        and bool(_WORSE_IS_MORE.search(text, max(cs, head.start - 40), head.end))
    )


# a participle of comparison followed by its agent: "is outperformed by B", "was edged out by B" (not "by 3
# points", a margin)
_PASSIVE_HEAD = re.compile(r"(?:ed|en|ook|one)(?:\s+(?:out|past))?$", re.I)
_AGENT = re.compile(
    r"\s+(?:(?:only|just|even|also|narrowly|easily|handily|soundly|clearly|comfortably|slightly|now|again|"
    r"already)\s+)?by\s+(?!(?:about|roughly|around|nearly|almost|just|only|over|some|~)?\s*(?:\d|a\s+(?:single|wide|"
    r"narrow|small|large|big|slim|clear|comfortable)|an?\s+\w+\s+(?:margin|gap|lead)|(?:one|two|three|four|five|"
    r"six|seven|eight|nine|ten)\b))",
    re.I,
)


def _passive(text: str, m: re.Match[str]) -> bool:
    verb = m.group("out") or m.group("behind")
    if not verb or not _PASSIVE_HEAD.search(m.group(0)):
        return False
    return _AGENT.match(text, m.end()) is not None


_NEXT_CMP = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+but\s+)(?:(?:about|roughly|nearly|over|up\s+to|~)\s*)?"
    r"(?:\d+(?:\.\d+)?\s?(?:%|x|×|times|percent)\s+)?"
)


def _shared_than(
    view: DocView, subs: Subjects, sv: SegView, models: list[Ref], at: int, ce: int
) -> list[Ref]:
    """'30% faster and 50% cheaper than B': a comparative coordinated with the next one shares its object."""
    gap = _NEXT_CMP.match(view.text, at, ce)
    nxt = HEAD.match(view.text, gap.end(), ce) if gap else None
    if nxt is None or not nxt.group("than"):
        return []
    head = read_head(view.text, nxt, sv.seg.start)
    return _objects(view, subs, sv, models, head, ce) if head is not None and head.obj_from >= 0 else []


# not stated as fact: a question, a condition, a doubt ("Does A beat B?", "If A beats B, …", "critics doubt A
# beats B")
_CONDITION = re.compile(
    r"\b(?:if|unless|(?<!without\sa\s)(?<!without\s)(?<!no\s)(?<!beyond\s)(?:doubts?|doubted)|doubtful|either|"
    r"(?:believed|thought|rumou?red|tipped)\s+to|questionable|unclear|unproven|used\s+to|arguably|possibly|perhaps|"
    r"maybe|probably|presumably|should|aims?\s+to|aiming\s+to|hopes?|hoping|unlikely|will|poised\s+to|"
    r"set\s+to|promises?\s+to)\b",
    re.I,
)
# after the comparison: "…, at least on paper", "… in theory"
_CONDITION_AFTER = re.compile(r"\b(?:on\s+paper|in\s+theory|supposedly|reportedly|allegedly)\b", re.I)
_SCARCELY = re.compile(
    r"\b(?:hardly|scarcely|far\s+from|unable\s+to|(?:has|have|is|are)\s+yet\s+to)\s+$", re.I
)
_SENT_STOP = re.compile(r"[.!?](?=[\"')\]]*(?:\s|$))")


def _unasserted(text: str, head: Head, clause_span: tuple[int, int], seg_end: int, how: str) -> str:
    cs, ce = clause_span
    if how != "asserts":
        return how
    stop = _SENT_STOP.search(text, head.end, seg_end)
    if (
        stop is not None
        and stop.group(0) == "?"
        and not (stop.start() > ce and _LATER_QUESTION.match(text, ce))  # "A beats B, but will it beat C?"
    ):
        return "question"
    if _SCARCELY.search(text, max(cs, head.start - 24), head.start) or _NO_EVIDENCE.search(
        text, cs, head.start
    ):
        return "negated"  # "hardly beats", "there is no evidence that A beats B"
    if (
        _CONDITION.search(text, cs, head.start)
        or _CONDITION_AFTER.search(text, head.end, ce)
        or _INTENT.search(text, cs, head.start)
    ):
        return "hedged"
    return how


_LATER_QUESTION = re.compile(
    r",?\s*(?:but|and|yet|so|while)\s+(?:will|would|does|do|did|is|are|was|were|can|could|should|has|have|how|"
    r"why|what|who|which)\b",
    re.I,
)
_NO_EVIDENCE = re.compile(r"\bno\s+(?:evidence|proof|sign|indication)\s+(?:yet\s+)?that\b", re.I)
# an aim, not a result: "tries to beat", "was built to beat", "wants A to beat", "the claim that A beats B"
_INTENT = re.compile(
    r"\b(?:tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?|wants?|wanted|built|designed|meant|intended|engineered|"
    r"plans?|planned|seeks?|sought|seeking|struggl(?:e|es|ed|ing)|races?|racing|raced|vies|vying)\b"
    r"[^,;.]{0,40}?\bto\s+(?:\w+\s+)?$"
    r"|\b(?:the|a|this|that)\s+(?:claim|idea|notion|suggestion|assertion|rumou?r|hope|fear)\s+that\b",
    re.I,
)


def prose_claims(view: DocView) -> list[ClaimFact]:
    out: list[ClaimFact] = []
    allowed = view.segments_matching(GATE)
    subs = Subjects(view)
    memo: dict[str, dict[str, str]] = {}
    said: set[tuple[str, str, str | None, str, str | None, str]] = set()
    for sv in view.segs:
        if sv.seg.kind == "row" or sv.index in view.table_segs or sv.index not in allowed:
            continue
        for c in segment_claims(view, sv, subs, memo):
            # a line the page repeats (the title again as a heading) states its claim once
            key = (c.subject, c.relation, c.object, c.polarity, c.benchmark, c.evidence.text)
            if key not in said:
                said.add(key)
                out.append(c)
    return out
