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
  pass the name validator; a claim missing a side, or whose side is in doubt, is not written (who the subject
  is: `claim_subjects`; the name a side carries: `claim_sides`; compute stated as figures: `claim_figures`;
  figures moved by an arrow in a list under a line naming the pair: `claim_arrows`);
- what it is measured on: the benchmark or area named with it, one claim per benchmark given its own figures
  (`claim_benchmarks`);
- polarity: `negated` under a negation ("could not reproduce … beating"), `hedged` under a hedge
  ("supposedly", "may", "matches or beats") or for a near-parity head ("comparable to", "nearly matches"),
  else `asserts`; a question, a condition, an aim or a refuted report is not asserted (`assertions`).
"""

from __future__ import annotations

import re
from functools import cache

from extractors.facts.assertions import doubted_source, listed_claim, unasserted
from extractors.facts.claim_arrows import arrow_claims
from extractors.facts.claim_benchmarks import below_head, benchmarks, measured_area, own_area
from extractors.facts.claim_both import both_before
from extractors.facts.claim_figures import (
    TRAINING_COST,
    TRAINING_TWIN,
    compute_figures,
    named_between,
    other_side,
    score_contrasts,
    set_against,
)
from extractors.facts.claim_groups import group_members
from extractors.facts.claim_heads import about_the_name_before, not_a_comparison_of_models, passive_head
from extractors.facts.claim_lists import one_list
from extractors.facts.claim_members import tiered_members
from extractors.facts.claim_objects import object_pronouns, objects, shared_than
from extractors.facts.claim_pairs import declared_rival
from extractors.facts.claim_places import place_claims, place_gate
from extractors.facts.claim_repeats import heading_repeats
from extractors.facts.claim_rivals import page_rival, weighed_against
from extractors.facts.claim_rows import row_claims
from extractors.facts.claim_sides import (
    INDIRECT,
    VERB_NUMBER,
    is_named,
    is_object,
    longer_names,
    name_end,
    named_side,
    opening,
    other_family,
    part_of_other_name,
    said_by_another_lab,
    trimmed,
)
from extractors.facts.claim_subjects import (
    POSSESSIVE_AFTER,
    VERB_AFTER,
    clause_subjects,
)
from extractors.facts.claim_successors import names_a_successor, successor_claims
from extractors.facts.claim_ties import names_a_tie, tie_claims
from extractors.facts.claim_verdicts import verdict_claims
from extractors.facts.claim_yardsticks import fronted_list, fronted_yardstick, measure_yardstick
from extractors.facts.comparison_measures import listed_dimensions, number, unit_of
from extractors.facts.comparison_words import GATE, HEAD
from extractors.facts.comparisons import APPROX_THAN, BY_N, LEAD_BY, Head, hedged_host, polarity, read_head
from extractors.facts.descriptions import is_description
from extractors.facts.discovery import plausible_name
from extractors.facts.document import DocView, Ref, SegView, fold
from extractors.facts.head_starts import Starts, fold_ascii
from extractors.facts.measure_leads import measured_relations
from extractors.facts.predecessors import predecessor_of
from extractors.facts.sentence_bounds import clause, sentence_end, sentence_start
from extractors.facts.side_completions import completed
from extractors.facts.subjects import Subjects
from extractors.facts.token_volumes import tokens_not_spent
from extractors.facts.trade_offs import trade_off_claims
from schema.records import ClaimFact

# "trails both", "lags them all": an object the comparison names by a word, not a model
_PRON_SLOT = re.compile(
    r"\s+(?:both|all|them|it|everyone|everything|each|these|those|most|many|several|others?)\b", re.I
)
_PRON_OBJ = re.compile(r"\b(?:each\s+other|one\s+another)\b", re.I)
_ASSIGNED = re.compile(r"\s*=\s*\d")  # "MRCR-1M = 83.5": a metric given its value, not a model


def _benchmark_names(view: DocView, sv: SegView) -> set[str]:
    """The benchmarks this segment and the document name: a side never is one ('MRCR-1M … but behind X')."""
    return {fold(b.canonical) for b in sv.benchmarks()} | {fold(k) for k in view.benches}


_DIGIT = re.compile(r"\d")


@cache
def _heads() -> Starts:
    """HEAD searched through its possible starts (built once, at the first page with a comparison)."""
    return Starts(HEAD, 5)


def segment_claims(
    view: DocView, sv: SegView, subs: Subjects | None = None, memo: dict[str, dict[str, str]] | None = None
) -> list[ClaimFact]:
    subs = subs or Subjects(view)
    text = view.text
    seg_start, seg_end = sv.seg.start, sv.seg.end
    # never a found name that is a verb and a figure ("Achieves 79.7 on Droid, surpassing B")
    found = [r for r in subs.models(sv) if r.canonical]
    # a description ('this 41B model', 'le modèle') sizes or dates its model; a claim's sides stay the ones
    # the comparison's own reader resolves
    found = [r for r in found if not (r.via == "pronoun" and is_description(r.surface))]
    if not found:
        return []  # (the sides below are some of these)
    if (folded := view.memo.get("ascii_folded")) is None:
        folded = view.memo["ascii_folded"] = fold_ascii(text)
    heads = list(_heads().finditer(text, seg_start, seg_end, folded))  # HEAD.finditer, tried at its starts
    if not heads and _DIGIT.search(text, seg_start, seg_end) is None:
        return []  # no head, and no figure for compute_figures or score_contrasts (both open on a digit)
    # "MRCR-1M = 83.5 and …, but still trail B": a metric given its value is no side, nor a subject
    metrics = {
        fold(r.canonical) for r in found if r.via in ("weak", "discovered") and _ASSIGNED.match(text, r.reach)
    }
    models = [
        trimmed(text, r)
        for r in found
        if not (r.via in ("weak", "discovered") and VERB_NUMBER.match(r.canonical))
        and fold(r.canonical) not in metrics
        and not part_of_other_name(text, r)  # "Kestrel 7B beats X": not the page's 'Llama 7B'
    ]
    if not models:
        return []
    out: list[ClaimFact] = []
    seen: set[tuple[str, str, str, str, str | None]] = set()
    prev: tuple[list[Ref], list[Ref], int] | None = (
        None  # the sentence's last comparison: sides and its clause
    )
    renames: dict[str, str] | None = None
    objects_seen: set[int] = set()  # refs this sentence already compared something with
    for m in heads:
        head = read_head(text, m, seg_start)
        cs, ce = clause(text, seg_start, head.start if head else m.start(), seg_end)
        if head is None:
            if m.group("than") and not APPROX_THAN.match(text, m.end()):
                prev = ([], [], m.start())  # "more efficiently than any model tested": compared with no model
            continue
        # the sentence inside the segment (a block glued from several sentences)
        sent = sentence_start(text, seg_start, m.start())
        if prev is not None and prev[2] < sent:
            prev = None
        # "A beats B (3x larger)": B is the larger one, whatever side the clause gives it
        about = about_the_name_before(text, models, head, seg_start)
        if not_a_comparison_of_models(text, m, head, cs) or _NONE_COUNTED.match(text, head.end):
            continue  # "B is better at 0 benchmarks": a count of none, no comparison won
        if head.relation == "outperforms" and _OR_AFTER_PARITY.search(
            text, max(seg_start, head.start - 30), head.start
        ):
            continue  # "competitive with or superior to B": read once, as the hedged parity before it
        if head.relation == "on_par_with" and (
            _NO_MATCH.search(text, max(seg_start, m.start() - 8), m.start())
            or (
                m.group(0).endswith("level of")
                and _NOT_AT.search(text, max(seg_start, m.start() - 12), m.start())
            )
        ):
            # "A is no match for B", "A is not at the level of B": B is ahead (the negation is the head's)
            head.relation, head.polarity, not_at = "behind", "asserts", True
        else:
            not_at = False
        passive = passive_head(text, m)
        host = False
        if head.obj_from >= 0 and _SHARE_OF.match(text, head.obj_from):
            # "reaches or even exceeds 90% of B's capabilities": a share of B's level, not ahead of B
            head.relation, head.polarity, head.magnitude, head.unit = "on_par_with", "hedged", None, None
        objs = objects(view, subs, sv, models, head, ce)
        if not objs and (listed := group_members(view, subs, sv, models, head, ce)) is not None:
            head, ce, objs = listed  # "trails the leaders: A, B and C": the group's members (`claim_groups`)
        if head.obj_before >= 0 and not objs:
            continue  # "그록 4를 앞섰다": the object is named before the verb, as no model we know
        subj, own = clause_subjects(view, subs, sv, models, head, (sent, cs), prev, objs, objects_seen)
        mutual = head.pair  # the sides are one list's members, compared with each other
        if head.pair:
            if len(subj) < 2:
                continue
            subj, objs = subj[:1], subj[1:]
        elif not objs and (pred := predecessor_of(text, head.obj_from, subj, view.doc_models)):
            objs = pred  # "A beats its predecessor": the page's earlier model of A's line (`predecessors`)
        elif not objs and (head.obj_from < 0 or not _PRON_OBJ.match(text, head.obj_from)):
            # elliptical: the sentence's previous comparison, or the other clause's subject ("A used …, while
            # B needed 11x less compute")
            against = set_against(text, models, head, sentence_end(text, head.end, seg_end), subj)
            if head.obj_from >= 0 and not (
                (
                    head.relation == "behind"
                    and m.group("behind")
                    and not _PRON_SLOT.match(text, head.obj_from)
                    and not _NP_SLOT.match(text, head.obj_from)  # "placed second behind the newcomer"
                )
                or (m.group("frac") and not m.group(0).endswith("of"))  # "… with a tenth of the compute"
                # "…, and it similarly outperforms on GPQA", "trails on computer use — 64.7% vs B's 72.5%"
                or (
                    m.group("out")
                    and _ON_AFTER.match(text, head.obj_from)
                    and (prev or against or weighed_against(view, subs, sv, head, subj))
                )
                or (own and both_before(text, head.obj_from, prev, subj))  # "A edges out B, but C tops both"
            ):
                continue
            if against and subj:
                objs = against  # "… lead at 77.1% compared to B's 68.8%": the figure it is set against
            elif prev is None and (paired := declared_rival(view, subs, sv, subj, head)):
                objs = paired  # on an "A vs B" page, "A is faster at ~120ms": B (`claim_pairs`)
            elif (
                head.weak
                and prev is None
                and not _SCORED_CMP.search(text, max(cs, head.start - 24), head.start)
                and not fronted_yardstick(text, models, sent, head.start, subj)  # "Against B, A is faster"
            ):
                continue  # "scores higher on X, while B …": the contrast clause's subject is the other side
            elif prev is not None:
                p_subj, p_objs, _ = prev
                if not p_objs:
                    continue
                fronts = fronted_list(text, models, sent, subj) if own else None
                if fronts is not None and fronts[1] <= head.start:
                    # "Against C, B is faster and A is cheaper": the phrase opening the sentence is the other
                    # side; past a clause break ("…; A is cheaper") it names none
                    objs = fronted_yardstick(text, models, sent, head.start, subj, carried=True)
                    if not objs:
                        continue
                elif own:
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
                    and not POSSESSIVE_AFTER.match(text, name_end(text, r))
                    and r.canonical not in {s.canonical for s in subj}
                ]
                if not others and m.group("ahead") and subj:
                    # "ran A and B head-to-head and A came out ahead": the one other model of the sentence
                    named = {
                        r.canonical: r
                        for r in models
                        if is_named(r)
                        and sent <= r.start
                        and r.reach <= head.start
                        and r.canonical != subj[0].canonical
                        and not VERB_AFTER.match(text, r.reach)  # "Where A leads and where B pulls ahead"
                    }
                    others = list(named.values()) if len(named) == 1 else []
                if not others and m.group("out"):
                    # "A vs B … A outperforms across most benchmarks": the one other model the passage names
                    others = weighed_against(
                        view, subs, sv, head, subj, bool(m.group("lead") and LEAD_BY.match(text, m.end()))
                    )
                objs = others[:1]
        elif _PRON_OBJ.match(text, max(head.obj_from, 0)) and len(subj) == 1:
            both = subs.coordinated(sv, subj[0], True)
            subj, objs = both[:1], both[1:]
            mutual = True
        if not objs and (head.obj_from < 0 or (m.group("frac") and not m.group(0).endswith("of"))):
            # "Compared to B, A has half the active parameters": no object after the measure
            objs = (
                measure_yardstick(text, models, sent, head.start, subj)
                or shared_than(view, subs, sv, models, m.end(), ce)
                or set_against(text, models, head, sentence_end(text, head.end, seg_end), subj)
                or other_side(view, subs, sv, models, head, (sent, ce), subj)
            )
            # the other side named in the clause the measure hangs on: as sure as that clause says it
            host = not objs and bool(objs := named_between(text, models, head, sent, subj))
            objs = objs or (
                weighed_against(
                    view, subs, sv, head, subj, bool(m.group("lead") and LEAD_BY.match(text, m.end()))
                )
                if m.group("edge") or m.group("ahead") or (m.group("lead") and head.obj_from < 0)
                # "A is ~3x cheaper and 2-4x faster" on a page that has been comparing A with one
                # other model
                else page_rival(view, subs, subj, head.start)
                if head.magnitude is not None
                else []
            )
        if not subj or not objs:
            continue
        objs = object_pronouns(view, subs, sv, sent, subj, objs)
        if not objs:
            continue
        # an other side named in a later clause ("…, while B …"): the benchmark follows the head itself
        mag, unit = head.magnitude, head.unit
        after = max(head.end, name_end(text, objs[-1])) if objs[-1].start < ce else head.end
        obj_end = after
        if passive:
            subj, objs = objs, subj  # "A is outperformed by B": B is the one ahead
        if about is not None and not (subj and subj[0].canonical == about.canonical):
            if len(objs) != 1 or objs[0].canonical != about.canonical or passive:
                continue
            subj, objs = objs, subj[:1]
        how = unasserted(text, head, (cs, ce), seg_end, polarity(text, head, cs, seg_end))
        how = "asserts" if not_at and how == "negated" else how
        how = "hedged" if how == "asserts" and not own and hedged_host(text, sent, cs) else how
        if how == "asserts" and host and polarity(text, head, sent, seg_end) == "hedged":
            how = "hedged"  # the host's hedge carries, not its negation ("never matched B, while 2x cheaper")
        if how == "asserts" and (
            listed_claim(text, sent, head.start) or doubted_source(text, sent, head.start)
        ):
            how = "hedged"  # "The headline claims were bold: four times the speed of B, …": what was claimed
        if how == "question" and head.obj_from < 0:
            continue  # "A vs B: which is better?": no comparison of its own is stated
        how = "hedged" if how == "question" else how
        if head.alone and how != "asserts":
            continue  # "can't beat bigger models like B": a size said in passing, not stated of the subject
        by = BY_N.match(text, after, ce)
        if mag is None and by is not None:
            raw = by.group("mag").lower()
            mag = 1.0 if raw == "a single" else number(raw)
            unit, after = unit_of(by.group("unit") or by.group("unit2")), by.end()
        benches = benchmarks(view, sv, head, (obj_end, after, head.end), (sent, cs, ce), models, objs)
        if benches == [None] and head.relation not in ("outperforms", "behind", "on_par_with"):
            benches = [own_area(text, m.groupdict().get("dim"), m.end())]  # "2x cheaper on input and …"
        relations = [head.relation]
        measured = measured_area(text, head, obj_end, ce)
        if measured is not None:
            # "beats B on price": cheaper than B; "outperforms B in efficiency": more efficient in what is
            # not said (no claim, but the sentence's comparison for the figures after it: "…, 97% faster")
            relations = [measured] if measured else []
        elif (by_measure := measured_relations(text, cs, head.start, head.relation)) is not None:
            # "Inference speed exceeds B by 18%": faster than B, not better; "Memory use exceeds B": no lead
            relations = by_measure
        if head.relation in TRAINING_TWIN and TRAINING_COST.search(
            text, max(sent, head.start - 60), head.end
        ):
            relations.append(TRAINING_TWIN[head.relation])  # what it cost to train is compute too
        if head.relation.endswith("compute_than") and tokens_not_spent(text, head.start, head.end, sent, ce):
            # tokens of a window, a rate or a data set, not tokens spent on a task
            relations = [r for r in relations if not r.endswith("compute_than")]
        # ('below B in price' is cheaper than B: measured_area reads a head of being lower on the measure)
        by_area = head.relation in _BY_AREA and not (measured and below_head(text, head))
        dims = listed_dimensions(text, after, ce) if by_area else None
        if dims:
            # "beats B on both price and benchmarks": cheaper than B, and ahead of it; a size is not a lead
            relations = [_BY_AREA[head.relation].get(d or "", head.relation) for d in dims if d != "size"]
        each = _respective(text, head, len(subj), cs, sentence_end(text, head.end, seg_end))
        for si, s in enumerate(subj):
            if each is not None:
                mag = each[si]
            for o in objs:
                # "leads B by 21.8 points and C by 7.8 points": each listed object with its own margin
                by_own = (
                    BY_N.match(text, name_end(text, o), ce)
                    if len(objs) > 1 and head.magnitude is None
                    else None
                )
                mag_o, unit_o = mag, unit
                if by_own is not None and o.start < ce:
                    raw = by_own.group("mag").lower()
                    mag_o = 1.0 if raw == "a single" else number(raw)
                    unit_o = unit_of(by_own.group("unit") or by_own.group("unit2"))
                if said_by_another_lab(view, s) or said_by_another_lab(view, o):
                    continue  # "Apple claims it outperforms B": Apple's model, not another lab's
                if not mutual and one_list(subs, sv, s, o):
                    continue  # "approaches A and B, which are larger": A is not compared with B
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
                    completed(view, named_side(view, subs, sv, s2, renames)),
                    completed(view, named_side(view, subs, sv, o2, renames)),
                )
                if (
                    not left
                    or not right
                    or fold(left) == fold(right)  # 'Deep-Seek-R1' and 'DeepSeek-R1': one model
                    or not plausible_name(left)
                    or not plausible_name(right)
                    or {fold(left), fold(right)} & (_benchmark_names(view, sv) | metrics)
                    or any(_ASSIGNED.match(text, r.reach) for r in (s2, o2) if r.via not in INDIRECT)
                    or (
                        o2.via == "bare" and fold(left).startswith(fold(right))
                    )  # "A 5 beats A": its own family
                ):
                    continue
                for relation, bench in (
                    (r, b) for r in relations for b in (benches if r == head.relation else [None])
                ):
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
                            magnitude=mag_o,
                            unit=unit_o if mag_o is not None else None,
                            benchmark=bench,
                            method="claim",
                            polarity=how,
                        )
                    )
        prev = (subj, objs, cs)
        # a model found as the other side in a later clause is still that clause's subject ("…, while B …")
        objects_seen.update(id(o) for o in objs if o.via != "implied" and o.start < ce)
    if not any(c.relation.endswith("compute_than") for c in out):
        out += compute_figures(view, subs, sv, models)
    pairs = {frozenset((c.subject, c.object)) for c in out}
    out += [c for c in score_contrasts(view, sv, models) if frozenset((c.subject, c.object)) not in pairs]
    return out


_BY_AREA = {
    "outperforms": {"cost": "cheaper_than", "speed": "faster_than"},
    "behind": {"cost": "more_expensive_than", "speed": "slower_than"},
}


_FIGURE_LIST = re.compile(
    r"(?P<list>(?:\d+(?:\.\d+)?\s?(?:%|x|×)?\s*,\s*)*\d+(?:\.\d+)?\s?(?:%|x|×)?\s*,?\s+and\s+)$"
)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)


def _respective(text: str, head: Head, n: int, cs: int, end: int) -> list[float] | None:
    """'A and B were 10% and 56.59% cheaper than C, respectively': each subject's own figure, in order."""
    if n < 2 or head.magnitude is None or not _RESPECTIVELY.search(text, head.end, end):
        return None
    listed = _FIGURE_LIST.search(text, cs, head.start)
    if listed is None:
        return None
    figures = [float(f) for f in re.findall(r"\d+(?:\.\d+)?", listed.group("list"))]
    return [*figures, head.magnitude] if len(figures) + 1 == n else None


# a parity head left without its object before "or" ("on par with or exceeding B", "comparable to or better
# than")
_OR_AFTER_PARITY = re.compile(
    r"\b(?:par\s+with|comparabl[ey]\s+to|competitive\s+with|close\s+to|similar\s+to|level\s+of|same\s+level|rivals?)"
    r"\s+or\s+(?:even\s+)?$",
    re.I,
)
_NP_SLOT = re.compile(
    r"\s+(?:the|a|an|its|their|his|her|our|your|some|other|closed|open|older|newer|larger|smaller|proprietary)\s+[a-z]",
    re.I,
)
_ON_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:on|in|across|at)\s", re.I)
_NOT_AT = re.compile(r"\b(?:not|n['’]t|never|nowhere\s+near)\s+(?:yet\s+|quite\s+)?$", re.I)
_NO_MATCH = re.compile(r"\bno\s+$", re.I)
_SHARE_OF = re.compile(
    r"\s*(?:about\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|up\s+to\s+|~)?\d+(?:\.\d+)?\s?(?:%|percent)\s+of\s+",
    re.I,
)
_NONE_COUNTED = re.compile(r"\s+(?:at|in|on|across)\s+(?:0|zero|none|no)\b", re.I)
_SCORED_CMP = re.compile(r"\b(?:scor|rank|rat|perform)\w*\s+(?:\w+ly\s+)?$", re.I)


def prose_claims(view: DocView) -> list[ClaimFact]:
    out: list[ClaimFact] = []
    allowed = view.segments_matching(GATE)
    subs = Subjects(view)
    memo: dict[str, dict[str, str]] = {}
    said: set[tuple[str, str, str | None, str, str | None, str]] = set()
    placed = view.segments_matching(place_gate())
    written: dict[int, list[ClaimFact]] = {}  # each segment's claims: the lead of a list of arrow lines
    before: SegView | None = None  # the segment before (a ranking told in turn may start there)
    for sv in view.segs:
        if sv.seg.kind == "row" or sv.index in view.table_segs:
            continue
        claims = segment_claims(view, sv, subs, memo) if sv.index in allowed else []
        if sv.index in placed:
            pairs = {frozenset((c.subject, c.object)) for c in claims}
            claims += [
                c
                for c in place_claims(view, sv, subs.models(sv))
                if frozenset((c.subject, c.object)) not in pairs
            ]
        if names_a_tie(view.text, sv.seg.start, sv.seg.end):
            # "X is a dead heat", "A and B share the crown": a tie named as a noun (`claim_ties`)
            par = {frozenset((c.subject, c.object)) for c in claims if c.relation == "on_par_with"}
            claims += [
                c
                for c in tie_claims(view, sv, subs.models(sv), out + claims)
                if frozenset((c.subject, c.object)) not in par
            ]
        if names_a_successor(view.text, sv.seg.start, sv.seg.end):
            # "A leads at 70%. B follows at 64%.": a ranking told in turn (`claim_successors`)
            pairs = {frozenset((c.subject, c.object)) for c in claims}
            prev = (before, subs.models(before)) if before is not None else None
            claims += [
                c
                for c in successor_claims(view, sv, subs.models(sv), prev)
                if frozenset((c.subject, c.object)) not in pairs
            ]
        before = sv
        written[sv.index] = claims
        for c in claims:
            # a line the page repeats (the title again as a heading) states its claim once
            key = (c.subject, c.relation, c.object, c.polarity, c.benchmark, c.evidence.text)
            if key not in said:
                said.add(key)
                out.append(c)
    tables = verdict_claims(view, row_claims(view, subs))  # a verdict column's rows too
    claims = tiered_members(view.doc_models, out + arrow_claims(view, subs, written) + tables)
    return heading_repeats(view.article.text, trade_off_claims(claims, view.doc_models))
