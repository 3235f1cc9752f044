"""Who a comparison is about: the clause's subject (its own, one borrowed from the clause or sentence before,
a list's label line, the article's focus when no model is the subject), never a model inside an inserted
clause, a part of a model or a relative of it; coordinated subjects (the groups themselves in `coordination`,
the label line and the sentence before a subject is borrowed from in `antecedents`); and what 'it' as the
object stands for (`claims`)."""

from __future__ import annotations

import re

from extractors.facts.antecedents import list_label, sentence_before
from extractors.facts.claim_sides import INDIRECT, LIST_INTRO, is_named, is_object, name_end
from extractors.facts.claim_yardsticks import FRONTED
from extractors.facts.comparisons import Head
from extractors.facts.coordination import THEY, coordinated, plural, they
from extractors.facts.described_subjects import named_member, sized_member
from extractors.facts.document import DocView, Ref, SegView, fold
from extractors.facts.lead_owners import known_lead
from extractors.facts.measure_leads import measure_lead, measured_model
from extractors.facts.member_mentions import family_in_doubt
from extractors.facts.patterns import side_alternation
from extractors.facts.sentence_bounds import clause, sentence_end
from extractors.facts.subjects import Subjects

COORD = re.compile(
    r"(?:\s+(?:series|family|lineup|line))?(?:\s*[(（][^)）]{0,40}[)）])?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&|et|und|dan|e|y)\s+|\s*,?\s+and\s+even\s+|"
    # Chinese lists: "超越 A、B 及 C", "优于 A(43.4%)和 B" (与 is the marker of "与 B 持平", never a list)
    # (a lab's name glued before the next model: "、OpenAI-o1")
    r"\s*(?:、|以及|及|和|或)\s*(?:[A-Z][A-Za-z]+-)?|"
    r"\s+/\s+)"
    r"(?:(?:the\s+)?[A-Z][\w.-]*['’\"]s\s+|their\s+own\s+|its\s+own\s+|the\s+)?"
)


def _list_gap(text: str, seg_start: int, r: Ref) -> str:
    """The words before `r` back to the enumeration that may hold it ('like A, B and ')."""
    before = text[max(seg_start, r.start - 80) : r.start]
    return re.sub(r"(?:[A-Z][^,;:]{0,30}?(?:,\s*|\s+and\s+|,\s*and\s+))+$", "", before)


VERB_AFTER = re.compile(
    r"\s+(?:also\s+|still\s+|only\s+|now\s+)?(?:outperform|beat|trail|lag|match|surpass|exceed|lead|is\b|are\b|"
    r"was\b|were\b|has\b|had\b|scor|rank|sits?\b|comes?\b|falls?\b|remains?\b|does|did\b|do\b|can\b|"
    r"cannot|could|will\b|won['’]t|would|should|may\b|might|must)",
    re.I,
)
_LIKE_BEFORE = re.compile(r"(?<![\w-])(?:[Uu]nlike|[Ll]ike|[Aa]s\s+with)\s+(?:the\s+)?$")


# "X's code generation" (not X's clause), unlike "Lab's open-source Name model" (the model itself) and "X's
# score is higher than …" (a measure of X compared: X's claim)
POSSESSIVE_AFTER = re.compile(
    r"['’]s?\s(?!(?:[\w-]+\s){0,3}(?:model|variant|version)\b|(?:[a-z]+\s+)?(?:lead|advantage|edge|margin)\s+over\b|"
    r"(?:overall\s+|average\s+|benchmark\s+)?"
    r"(?:scores?|results?|API|api|performance|quality|accuracy|context(?:\s+window)?|price|pricing|cost|speed|latency|throughput|"
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
                and COORD.fullmatch(text, last.reach, r.start)
                and not VERB_AFTER.match(text, r.reach)  # "A beats B, C trails both": C starts a clause
                # "Compared with A, B needed …", "Unlike A, B …": B is the clause's subject, not a second one
                and not FRONTED.search(text, max(seg_start, last.start - 40), last.start)
                and not _LIKE_BEFORE.search(text, max(seg_start, last.start - 12), last.start)
            )
        ):
            out.add(id(r))
        if r.via != "implied":
            last = r
    return out


def clause_subjects(
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
                r.via != "pronoun" and POSSESSIVE_AFTER.match(text, name_end(text, r))
            )  # "X's code generation"
            and not (r.via != "pronoun" and _SERIES.match(text, r.end))  # "the first release in the X series"
            # "the jump from A to B is smaller than …": the change is compared, not A or B
            and not (
                r.via != "pronoun" and _FROM_BEFORE.search(text, max(sv.seg.start, r.start - 60), r.start)
            )
            and not _CJK_WITH_BEFORE.search(text, max(sv.seg.start, r.start - 24), r.start)
            # "positioned at A-level performance at half the price": a level named by A, not A
            and not (
                r.via != "pronoun"
                and (_LEVEL_AFTER.match(text, r.end) or _LEVEL_AFTER.search(text[r.start : r.end]))
            )
        )

    # never the object itself, named before the verb on Japanese, Korean and Hindi pages ("A が B を上回る")
    own = [r for r in models if subjectish(r, cs, head.start) and all(r is not o for o in objs)]
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
    if _CONNECTIVE_ANAPHOR.match(text, cs, head.start) and (not own or own[-1].via == "pronoun"):
        # "Also, its result beat B", "Notably, the newcomer trails B": a word taking a model up again after a
        # lone connective means the one model the sentence before named, and nobody when it named several
        # (a model that sentence only set something against is not the one taken up)
        before, lo = sentence_before(view, subs, sv, start)
        taken_up = {r.canonical: r for r in before if is_named(r) and not _set_against(text, lo, r)}
        if len(taken_up) > 1:
            return [], True
        # only the sentence's subject, or a model the writer says they tried ('We also ran B.'), is taken up;
        # a model in its object or a prepositional phrase ('Many teams still use B', 'it was priced below
        # B'), or none, leaves the page's model as the one meant
        one = next(iter(taken_up.values()), None)
        if one is not None and (
            _SENTENCE_SUBJECT.fullmatch(text, lo, one.start) or _WRITER_TRIED.fullmatch(text, lo, one.start)
        ):
            return [one], True
    antecedent = _relative_antecedent(text, models, cs, head.start)
    if antecedent is not None and _CAUSATIVE.match(text, name_end(text, antecedent), head.start):
        # "A hands prompts to B, which makes it 3x slower (than C)": what B makes slower is 'it', the
        # sentence's subject A, never B; with no 'than' it is slower than it was, no model
        first = next((r for r in models if subjectish(r, start, antecedent.start)), None)
        return ([first] if first is not None and head.obj_from >= 0 else []), True
    if antecedent is not None:
        own = [antecedent]  # "A is cheaper than B, which is faster than C": 'which' is B
        group = coordinated(text, models, antecedent)
        if len(group) > 1 and _PLURAL_WHICH.match(text, antecedent.reach):
            return group, True  # "… approaches B and C, which are larger": both
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
    if (
        own
        and own[-1].via == "pronoun"
        and own[-1].canonical
        in {
            r.canonical
            for r in models
            if start <= r.start < head.start
            and is_named(r)
            and (id(r) in compared or _CMP_BEFORE.search(text, start, r.start))
        }
    ):
        # "… competes with A, B and C. It beats A and B but only matches C": a pronoun is never a model its
        # own sentence names as what something is compared with
        return [], True
    if own and own[-1].via == "pronoun":
        # nor one the sentence before named only on a comparison's far side ("A holds up against systems
        # like B and C. It beats B"): that sentence's subject is a model the text does not name
        before, lo = sentence_before(view, subs, sv, start)
        there = [r for r in before if r.canonical == own[-1].canonical]
        if there and all(_CMP_BEFORE.search(text, lo, r.start) for r in there):
            return [], True
    if own and own[-1].via == "pronoun" and own[-1].canonical in {o.canonical for o in objs if is_named(o)}:
        return [], True  # "… like A and B. It outperformed A and B": 'it' is not one of what it beat
    if own and own[-1].via not in INDIRECT and _RELATIVE_OF.match(text, own[-1].reach):
        return [], True  # "A's smaller version trails X": another model than A, not named
    member = _MEMBER_AFTER.match(text, own[-1].reach) if own else None
    if member and fold(member.group("word")) not in fold(own[-1].canonical):
        return [], True  # "A's new Scout variant outperforms …": a member the text does not name in full
    if not own and THEY.match(text, cs):
        group = they(view, subs, sv, cs)
        if group:
            return group, True  # "A and B beat C. They also outperform D": both
    if own:
        # the nearest subject before the head: "A is faster than B, and B is 3 points ahead of A"
        group = coordinated(text, models, own[-1])
        if head.pair:
            return group, True
        if (
            len(group) > 1
            and all(g in own for g in group)
            and plural(text, cs, group, head)
            # "A was overshadowed by B, and C lagged behind D": a model named as what the clause before
            # compared something with is not one of this clause's subjects
            and not any(
                is_object(text, sv.seg.start, g) or _AGENT_BEFORE.search(text, max(cs, g.start - 30), g.start)
                for g in group[:-1]
            )
        ):
            return group, True  # "A and B both trail C", "A, B and C all beat D"
        return [own[-1]], True
    if (
        re.fullmatch(r"[\s\"'“(*-]*", text[start : head.start]) and _ING_WORD.match(text, head.start)
    ) or _FRONT_PP.fullmatch(text, start, head.start):
        # "Beating X by 3 points, B took the top spot": a fronted participle's subject follows its comma
        end = sentence_end(text, head.end, sv.seg.end)
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
    if cs > start and _own_noun_phrase(text, cs, head.start):
        # "A scores 15%, while models with 200K windows beat it", "…, but the SALM models win": the clause
        # names a subject of its own that is no model; the sentence's subject is not borrowed for it
        return [], False
    if prev is not None and prev[0]:
        lead = _LEAD_WORD.match(text, cs, head.end)
        if lead and lead.start(1) < head.start and not _FUNCTION_WORD.fullmatch(lead.group(1)) and cs > start:
            return [], False  # "A beats X; Scout (109B) ahead of Y": a clause naming its own subject, unknown
        # "… outperforms X while running 3x faster": the comparison goes on about its subject
        return prev[0], False
    earlier = [r for r in models if subjectish(r, start, cs)]
    if earlier:
        # "A used X, while B needed only Y — about 11x less compute": the clause right before names who
        at = len(text[start:cs].rstrip(" \t—–-;:,")) + start
        pcs = clause(text, start, at, at)[0]
        last = [r for r in earlier if r.start >= pcs]
        pick = last[0] if last and head.obj_from < 0 else earlier[0]
        if (
            head.start - pick.reach > 200
            or _RUN_BREAK.search(text, pick.reach, head.start)
            or _parenthesis_about_another(text, pick.reach, head, pick.canonical)
        ):
            return [], False  # a page flattened into one run of text: the model far back is not plainly it
        return [pick], False
    if _THIS_MODEL.match(text, cs):
        # "… open-sources X. 该模型 (this model) beats Y": the model the sentence before named last
        last = [
            r
            for i in range(max(0, sv.index - 1), sv.index + 1)
            for r in subs.models(view.segs[i])
            if r.reach <= start and is_named(r) and not _SERIES.match(text, r.end)
        ]
        plain = [r for r in last if not _LEVEL_AFTER.match(text, r.end)]
        if plain:
            return [plain[-1]], True
        if last:
            return (
                [],
                True,
            )  # the sentence before names only "A-level" models: which model is meant is in doubt
    larger = subs.comparative(sv, head.start)
    if larger:
        return larger[:1], True  # "the larger one still trails X"
    named = named_member(view, subs, sv, cs, head.start)
    if named is not None:
        return named, True  # "The Maverick version outperforms X": a member named by a word of its own
    # no model is the subject here ("This latest iteration …", "- Outperforms X"): the list's label line, else
    # the model the paragraph or section is about, never the comparison's own object
    sized = sized_member(view, sv, cs, head.start)
    if sized:
        return [sized], True  # "the largest 27B model outperforms …": the member of that size
    if _OTHER_SUBJECT.search(text, cs, head.start) or any(
        is_named(r)
        and cs <= r.start
        and r.reach <= head.start
        and id(r) not in compared
        and not _SERIES.match(text, r.end)
        for r in models
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
    indefinite = _INDEFINITE_NP.search(text, cs, head.start)
    if (
        indefinite
        and _VERB_HEAD.match(text, head.start)
        # "X, an open reasoning model that matches B": a description of X set beside it, not another thing
        and not re.search(r"[,(]\s*$", text[max(cs, indefinite.start() - 3) : indefinite.start()])
        and not re.search(r"\b(?:that|which|who)\b", indefinite.group(0))
    ):
        # "… claiming a cheap home GPU setup outperforms X": an indefinite subject is some other thing, never
        # the article's model
        return [], False
    fronted = _FRONT_ADVERBIAL.match(text, cs, head.start)
    # "In terms of price, Acme Nova Micro was cheaper than X": the subject follows a fronted phrase's comma
    # the head itself may be the verb right after the name ("Nimbo outperforms X")
    lead = _LEAD_WORD.match(text, fronted.end() if fronted else cs, head.start + 1)
    # "Scout sits in line with X, ahead of Y": a name-like word we do not know is the subject; not the focus
    unknown_lead = lead.group(1) if lead and not _FUNCTION_WORD.fullmatch(lead.group(1)) else ""
    measured = measure_lead(text, fronted.end() if fronted else cs, head.start) is not None
    if measured:
        unknown_lead = ""  # "Inference speed exceeds X": a measure of the page's model, not an unknown model
    compared_names = {o.canonical for o in objs}
    label = list_label(view, subs, sv)
    if label == "":
        return [], False
    # "Pricing is unchanged from A. That is 5x cheaper than B": a model the sentence before named only as what
    # something was compared with, or where a change started, is not what this one is about
    before, lo = sentence_before(view, subs, sv, start)
    past = {r.canonical for r in before if _set_against(text, lo, r)} - {
        r.canonical for r in before if not _set_against(text, lo, r)
    }
    name = next(
        (
            n
            for n in (
                (measured_model(view, sv, label),)
                if measured
                else (label, sv.focus, sv.salient, view.focus, subs.fallback(sv))
            )
            if n and n not in compared_names and n not in past
        ),
        None,
    )
    if not name:
        return [], False
    if any(r.canonical == name and id(r) in compared for r in models if r.start < cs) and not any(
        r.canonical == name and id(r) not in compared for r in models if r.start < cs
    ):
        # "… competes with A, B and C. The server model beats D": no model is the subject; the one last
        # named was what the sentence before compared something with, never the subject here
        return [], False
    if (
        unknown_lead
        and unknown_lead.lower() not in name.lower()
        and not (lead and known_lead(view, sv, lead, name))
    ):
        return [], False  # a name-like word we do not know leads; a benchmark or the model's maker is known
    if _parenthesis_about_another(text, start, head, name):
        return [], False
    if _ZH_NP_BEFORE.search(text, max(cs, head.start - 16), head.start):
        return (
            [],
            False,
        )  # "单次迭代的 Elo 跃升幅度超过了 B": a thing of something (的 …) is the subject, not a model
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
    if not label and family_in_doubt(view, sv, name):
        return [], False  # the family of a page that has named its members (Pro, Flash): which one is unsaid
    pos = head.start
    if (
        unknown_lead
        and re.search(r"\d", unknown_lead)
        and fold(name).startswith(fold(unknown_lead))
        and fold(name) != fold(unknown_lead)
    ):
        # "SmolLM2 demonstrates …" on a page whose focus is SmolLM2-1.7B-Instruct: the model as written, not
        # one member of it the text does not name here
        at = lead.start(1) if lead else pos
        return [Ref("model", unknown_lead, at, at + len(unknown_lead), pos, None, 0.75, "implied")], False
    return [Ref("model", name, pos, pos, pos, None, 0.75, "implied")], False


def _parenthesis_about_another(text: str, lo: int, head: Head, name: str) -> bool:
    """'Terra (positioned at half the cost of B)': a comparison inside a parenthesis is about the name right
    before it, not a subject borrowed from elsewhere."""
    opened = text.rfind("(", lo, head.start)
    if opened < 0 or ")" in text[opened : head.start]:
        return False
    named = _NAME_BEFORE_PAREN.search(text, max(lo, opened - 40), opened)
    return bool(
        named and not _FUNCTION_WORD.fullmatch(named.group(1)) and named.group(1).lower() not in name.lower()
    )


# a clause opening on a capitalised word and then a lower-case one ("Scout sits …"), not a verb or adverb
_LEAD_WORD = re.compile(
    # (a list item's number glued to the name: "14Kestrel 7B beats …")
    r"[^\w\n]*(?:\d{1,3}(?=[A-Z][a-z]))?([A-Z][\w.-]*[A-Za-z0-9](?<!s)(?<!ed)(?<!ing)(?<!ly))"
    # "Acme Nova Micro and Acme Nova Lite outperformed …": a name of several capitalised words
    r"(?:\s+[A-Z][\w.-]*[A-Za-z0-9])*"
    # "Nimbo 7B beats X": a size or version written after the unknown name is part of it
    r"(?:\s+\d[\w.]*)?\s+(?:\([^)]{0,40}\)\s+)?[a-z]"
)
_FRONT_ADVERBIAL = re.compile(
    r"[^\w\n]*(?:(?:In|On|At|For|Across|Under|By|With|Within|According\s+to|After|Before)\s[^,;:.\n]{0,60}"
    # "Still, that result …": a connective word alone before the comma (the subject follows it in lowercase)
    r"|[A-Z][a-z]+(?=,\s+[a-z])),\s+"
)
# a lone connective, then a word taking a model up again: 'Also, its result', 'Notably, the newcomer'
_CONNECTIVE_ANAPHOR = re.compile(
    r"[^\w\n]*[A-Z][a-z]+,\s+(?:its|the\s+(?:newcomer|entrant|latter|new\s+model)|th(?:is|at)\s+model)\b"
)
# what stands before a model that is its sentence's subject: nothing, or a short fronted phrase and a comma
_SENTENCE_SUBJECT = re.compile(r"[^\w\n]*(?:[A-Z][\w-]*(?:\s+[\w-]+){0,3},\s+)?(?:the\s+)?")
# the writer trying a model: 'We also ran B.', 'We evaluated B'
_WRITER_TRIED = re.compile(r"[^\w\n]*We\s+(?:also\s+)?" + side_alternation("trial_verb") + r"\s+(?:the\s+)?")
_FUNCTION_WORD = re.compile(
    r"The|This|That|These|Those|It|Our|Their|His|Her|In|On|At|With|For|By|As|And|But|Or|So|Yet|Still|Now|Then|"
    r"Here|There|Overall|According|After|Before|While|When|Where|Which|Who|What|Why|How|If|Although|Though|"
    r"Despite|Unlike|Like|Compared|Against|Both|All|Each|Every|Most|Many|Some|No|Not|Only|Even|Just|Plus|"
    r"Over|Across|During|Since|Until|Within|Through|Throughout|Among|Beyond|Under|From|Last|Earlier|Later|"
    r"Today|Yesterday|Model|Meanwhile|Moreover|Additionally|Furthermore|However|Notably|Surprisingly|"
    r"Importantly|Interestingly|Finally|First|Second|Third|Also|Thus|Hence|Together|Its|One|Another|"
    r"We|You|They|He|She|I|A|An|Il|Elle|Er|Sie|Es|Ele|Ella|Dia|Ia|"
    # the focus's measure: "Performance is competitive with X"
    r"Performance|Results?|Accuracy|Quality|Speed|Pricing|Price|Cost|Reasoning|Coding|Overall"
)
_AFTER_COMMA = re.compile(r",\s+(?:the\s+)?$")
_THIS_MODEL = re.compile(
    r"[\s\"'“(*-]*(?:(?:[Tt]his|[Tt]he\s+new)\s+model\b|(?:该|此|这款|这个|本|該|這款)(?:模型|版本))"
)
# a comparison word earlier in the sentence: a model named after it is on a comparison's far side
_CMP_BEFORE = re.compile(
    r"\b(?:outperform|beat|surpass|exceed|trail|lag|match|rival|outscor|overtak|ti(?:e[sd]?|ying)\b|than\b|against\b|"
    r"versus\b|vs\b)",
    re.I,
)
# a subject noun phrase opening on an indefinite article right before the head ("a ~$500 GPU setup beats X")
_INDEFINITE_NP = re.compile(r"(?<![\w-])(?:[Aa]n?|[Ss]ome|[Aa]ny)\s+(?:[^\s,;:.()]+\s+){1,5}(?:\w+ly\s+)?$")
_VERB_HEAD = re.compile(
    r"(?:outperform|beat|surpass|exceed|trail|lag|match|rival|top|edge|crush|overtak|outscor|outpac)", re.I
)
_ZH_NP_BEFORE = re.compile(r"的[^，,。；;:：、的\d%\n]{1,10}$")
_LEVEL_AFTER = re.compile(r"[-\s](?:level|class|grade)\b(?!-)|\s*[级級]", re.I)  # "A-level", "A级"
_NAME_BEFORE_PAREN = re.compile(r"(?<![\w.-])([A-Z][\w.-]*[A-Za-z0-9])\s*$")
# a row, line or flattened list item between two clauses ("…[2] - 编程能力…"): not one sentence
_RUN_BREAK = re.compile(r"\||\n|\s[-•·]\s+(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])")
# "与 A 不同" (unlike A), "比 A 快" (faster than A): a model after a comparison's preposition is its object
# and "超越前代 A" (surpassing the previous A): right after a comparison's verb, a model is what it beat
_CJK_WITH_BEFORE = re.compile(
    r"(?:(?:与|跟|同|比|較|较|相比|相较|對比|对比)\s*(?:[A-Z][\w.-]*\s+)?"
    r"|(?:超越|超过|超出|击败|打败|胜过|优于|领先于?|落后于?|逊色于|不及|次于|低于|高于|强于|弱于|远超)"
    r"[^\s\d,，。;；:：、()（）A-Za-z]{0,3})$"
)
_FROM_BEFORE = re.compile(
    r"\b(?:from|between)\s+(?:the\s+)?$|\bfrom\s+[^,;.()]{1,40}?\s+to\s+$"
    # "模型标识从 A 变为 B" (changed from A to B), "由 A 升级到 B": where a change started or ended
    r"|(?:从|由|從)\s*[\"“「『]?$|(?:从|由|從)[^,;。，；]{1,40}?(?:变为|变成|到|至|升级到|升级为)\s*[\"“「『]?$",
    re.I,
)
_THAN_BEFORE = re.compile(
    r"\b(?:than|vs\.?|versus|against|over|(?:compared|relative)\s+(?:to|with))\s+(?:the\s+)?$", re.I
)


def _set_against(text: str, lo: int, r: Ref) -> bool:
    """`r` is named as what something is set against ('than A', 'unchanged from A', 'from A to B')."""
    return bool(
        _FROM_BEFORE.search(text, max(lo, r.start - 60), r.start)
        or _THAN_BEFORE.search(text, max(lo, r.start - 30), r.start)
    )


_SERIES = re.compile(r"\s*(?:(?:series|family|lineup)(?![\w-])|系列)", re.I)
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
_ING_WORD = re.compile(r"[A-Za-z]+ing\b")
_FRONT_PP = re.compile(
    r"[\s\"'“(*-]*(?:[Ww]ith|[Aa]t|[Uu]sing|[Nn]eeding|[Rr]equiring|(?:[Tt]rained|[Bb]uilt|[Dd]eveloped)\s+"
    r"(?:on|with|using|at|for))\s+(?:(?:just|only|roughly|about|around|some|a)\s+)?"
)
# a clause set inside the subject's: ", which is built on C,", ", like C,", "(a C fine-tune)"
_INSERTION = re.compile(
    r",\s*(?:which|who|whose|that|itself|built|based|developed|derived|distilled|fine-tuned|trained|released|"
    r"made|known|like|unlike|along\s+with|alongside|together\s+with|as\s+well\s+as|much\s+like|a\s+successor|"
    r"the\s+successor|successor)\b[^,;()]*,|\([^()]*\)"
    # "A, the first model retrained since C, wins …": a noun phrase set beside A describes it
    r"|,\s*(?:the|an?)\s[^,;()]*,"
)
# "A, which …": the model a relative clause opens on
# the agent of a passive: "was outshone by B", "overshadowed by B"
_AGENT_BEFORE = re.compile(
    r"(?:\b(?:was|were|is|are|been|being|got)\s+(?:\w+\s+)?[a-z]+|\b[a-z]+(?:ed|en|wn))\s+(?:\w+ly\s+)?by\s+"
    r"(?:the\s+)?$"
)
_PLURAL_WHICH = re.compile(r"\s*(?:\([^()]*\)\s*)?,\s*(?:which|who)\s+(?:are|were|have|both|all|each)\b")
_WHICH_AFTER = re.compile(r"\s*(?:\([^()]*\)\s*)?,\s*(?:which|who)\s+(?:itself\s+|also\s+|in\s+turn\s+)?")
# "the new tokenizer in A", "the router inside A": a part of the model is the clause's subject
# "…, which makes it 3x slower": the relative's verb makes its object the comparative's holder
_CAUSATIVE = re.compile(
    r"\s*(?:\([^()]*\)\s*)?,\s*(?:which|that)\s+(?:also\s+)?(?:makes?|made|leaves?|left|renders?|keeps?)\s+(?:it|them)\b"
)
_IN_NOUN = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w-]*\s+){1,3}?(?:in|inside|within)\s+(?:the\s+)?$"
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


_MEMBER_AFTER = re.compile(
    r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}(?P<word>[A-Z][\w.-]*)\s+(?:model|variant|version|edition)\b"
)


# a clause opening on a noun phrase of its own: a determiner or quantifier and the words after it ("the SALM
# models", "the third row"), or a plural noun for models in general ("models with 200K windows")
_OWN_NP = re.compile(
    r"[\s,;:—–-]*(?:(?:while|whereas|but|and|yet|though|although|where|when)\s+)?"
    r"(?:(?:the|their|these|those|other|most|many|no|neither|such)\s+(?P<words>(?:[\w'’.-]+\s+){0,4}?)"
    r"(?P<noun>[a-z][\w-]*)"
    r"|(?:[a-z][\w-]*\s+){0,2}?(?:models|systems|rivals|competitors|LLMs|others)\b)",
)
# a noun phrase taking the model up again ("the new model", "the larger version"): not a subject of its own
_ANAPHOR_NP = re.compile(
    r"(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:model|version|release|variant|one|flagship|newcomer)$", re.I
)


def _own_noun_phrase(text: str, cs: int, at: int) -> bool:
    """Whether the clause before the head opens on a noun phrase of its own that does not take a model up
    again (no model name is in it: the clause's models were looked for before)."""
    m = _OWN_NP.match(text, cs, at)
    if m is None:
        return False
    if m.group("noun"):
        if m.group("noun") in ("same", "latter", "former", "first", "second"):
            return False
        # (the whole clause before the head: the lazy match stops at 'the new', short of its noun 'model')
        return not _ANAPHOR_NP.search(text[cs:at].strip())
    return True


_OTHER_SUBJECT = re.compile(
    r"\b(?:none|nothing|nobody|others)\b|\b(?:no|neither|every|each|any|all|most|many|few|several|some|other)\s+"
    r"(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:models?|rivals?|competitors?|systems?|ones?|labs?|LLMs?)\b",
    re.I,
)
