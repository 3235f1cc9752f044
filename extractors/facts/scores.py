"""Score facts from prose, parentheses, colon lists and flattened table lines.

For every number that can be a score (not money, a count, a gap, a range, a year, an approximation, a list
marker or part of a name: score_gates.py, score_markers.py) the segment's local structure picks the
benchmark ("N on B", the "On B," frame, the nearest B before it, or the one inherited from the paragraph or
section: score_benchmarks.py) and the model ("M (N)", "M's N", "M N", "N for M", the nearest subject before
it, a pronoun, or the section's focus when nothing names one: score_models.py). This module reads one
segment's figures: lists paired 'respectively', the settings in each value's window, the unit, and a heading
that is a benchmark and its value.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.facts.alternation import by_first_char
from extractors.facts.card_figures import card_ref, leader_ref
from extractors.facts.conditions import bench_tail_settings, conditions_in, join_settings
from extractors.facts.context import lab_model
from extractors.facts.document import DocView, Ref, SegView
from extractors.facts.entities import lab_aliases, lab_of
from extractors.facts.figure_pairs import arrow_owner, to_pair_side
from extractors.facts.group_figures import group_figure
from extractors.facts.list_runs import OWN_BINDINGS, runs, unpaired_figures
from extractors.facts.numbers import NumberMention, as_percent
from extractors.facts.other_figures import other_figure
from extractors.facts.rival_settings import aside_slots, inherited_setup, own_over_lead, rival_setup
from extractors.facts.score_benchmarks import PORTION_RE, bind_benchmark, version_after
from extractors.facts.score_gates import score_like
from extractors.facts.score_markers import model_versions, version_named
from extractors.facts.score_models import VS_SECOND_BARE, bind_models
from extractors.facts.score_owners import possessive_family
from extractors.facts.score_units import out_of
from extractors.facts.test_parts import part_beside
from extractors.facts.unknown_bench import UNKNOWN_INTRO
from extractors.facts.value_clauses import FOR, VERSUS
from schema.records import ScoreFact

# the rate of a fault the text measures on its own ('hallucination rate', 'taxa de alucinação', '幻觉率')
_FAULT_RATE = re.compile(
    r"(?i)\b(?:hallucination|error|refusal)\s+rates?\b[^.;:%]{0,40}$"
    r"|\btax(?:a|as)\s+de\s+(?:alucina\w*|erros?)\b[^.;:%]{0,40}$|\btasas?\s+de\s+(?:alucina\w*|error\w*)\b[^.;:%]{0,40}$"
    # … and the figures set against it ('an error rate of 3.46% against 5.33% for Y or 4.84% for Z')
    r"|\b(?:hallucination|error|refusal)\s+rates?\b(?:[^.;:%]|\.\d){0,40}%\s*"
    r"(?:against|versus|vs\.?|compared\s+(?:with|to))\b(?:[^.;:]|\.\d){0,60}$"
)
# a clause break between two values; an inline list's next item ('… / 79.0% (with parallel compute) - AIME
# 2025: 98%') starts its own clause too
_CLAUSE_BREAK = re.compile(
    r",\s*(?:and|but|while|whereas|as well as)\b|\.\s|\),\s|\s[-–•]\s+(?=[^:;,\-–•]{1,40}:)"
)


_COORD_GAP = re.compile(
    r"\s*(?:%|percent|points?)?\s+(?:on|in)\s+(?:(?!\.\s)[^,;]){1,50}?(?:,\s*(?:and\s+)?|\s+and\s+)"
)


_AFTER_CUT = re.compile(r"[;]|\.\s|, while\b|\bwhile\b|, but\b|\),\s")


def _window_settings(
    text: str, sv: SegView, n: NumberMention, prev_end: int, next_start: int
) -> dict[str, str]:
    after_text = text[n.end : next_start]
    for r in sv.refs:
        if r.kind == "model" and r.reach > r.end and n.end <= r.start < next_start:
            # a setting written with another model's name after the value is that model's ('scored 51,
            # tied with B (xhigh)'): blanked, so the value does not take it
            a, b = r.start - n.end, min(r.reach, next_start) - n.end
            after_text = after_text[:a] + " " * (b - a) + after_text[b:]
    # a closing bracket then a comma ends the value's own aside ('(61.0% vs 57.7%), HLE with tools (…)'): what
    # follows is the next item's, as the clause break cuts `before` for the next value
    after = _AFTER_CUT.split(after_text, maxsplit=1)[0]
    before = text[prev_end : n.start].rsplit(";", 1)[-1]
    if prev_end > sv.seg.start:
        # after an earlier value, a setting before the next clause break is that value's ('44.0 on X with
        # tools, and 31.2 on Y'): the next value only takes what its own clause states
        before = _CLAUSE_BREAK.split(before)[-1]
    found_after = conditions_in(after)
    found_before = conditions_in(before)
    for slot in conditions_in(before[-12:]):
        # a label right before the value is its own ('通信类 95.3 分, 零售类 79.5 分', 'no tools: 42.1, with
        # tools: 55.0'): the one after it is the next value's
        found_after.pop(slot, None)
    if "subset" not in found_before and "subset" not in found_after:
        part = part_beside(before, after_text)  # 'Retail 70.3%', '97.2% on telecom' (test_parts.py)
        if part:
            found_after["subset"] = part
    if _ELLIPTIC_WITHOUT.match(text, n.end):
        # 'x% with tools and y% without (it)': y's setting is the one before it, negated, where a negation is
        # known ('no tools', 'non-reasoning'); a setting without one ('with parallel compute') is not y's
        return {slot: _NEGATED[v] for slot, v in found_before.items() if v in _NEGATED}
    return {**found_before, **found_after}


# a bare 'without' right after a value, its object left out ('55% without', '22.4% without it.', '12 % ohne')
_ELLIPTIC_WITHOUT = re.compile(
    r"\s*(?:%|percent|points?)?\s*(?i:without|w/o|ohne|sans|sin|sem|senza)(?:\s+(?:it|them|one|them all))?"
    r"\s*(?:$|[.,;:)/]|\s[-–—]\s|\b(?:and|but|on|in)\b)"
)
_NEGATED = {
    "with tools": "no tools",
    "with Python tools": "no tools",
    "Thinking": "non-reasoning",
    "Deep Think": "non-reasoning",
    "extended thinking": "non-reasoning",
}


def _unit_value(
    n: NumberMention, bench: Ref, after: str = "", whole: int | None = None
) -> tuple[float, str | None] | None:
    if whole is not None:  # '27/30': the numerator as written, out of its whole (score_units.py)
        return (n.number, f"/{whole}") if bench.unit != "elo" else None
    if bool(n.currency) != (bench.unit == "USD") or n.currency not in (None, "", bench.unit):
        return None  # a benchmark scored in money takes money figures only, in its own currency ('€' on a
        # dollar balance is some other amount), and only it takes them
    if n.currency:
        return n.value, n.currency
    unit = "%" if n.percent else bench.unit
    if bench.unit == "elo":
        unit = "elo"
    value = n.number
    if unit == "%":
        if not n.percent and 100 < value <= 1000 and _POINTS_AFTER.match(after):
            return value, "points"  # '875 points on OCRBench': a benchmark scored out of 1,000
        if not n.percent:  # '0.43%' is already a percentage: a fraction of one percent
            value = as_percent(value, n.decimals)
        if value > 100:
            return None
    if unit == "elo" and value < 500:
        return None
    return value, unit


_POINTS_AFTER = re.compile(r"\s*(?:points|pts)\b")
_CJK_POINTS = ("分", "点", "점")
_CJK_COMPARED_BEFORE = re.compile(
    r"(?:超越|超过|超過|力压|力壓|领先|領先|击败|擊敗|优于|優於|高于|高於|于|於|比)\s*$"
)


def respective_pairs(text: str, sv: SegView, cands: list[NumberMention]) -> dict[int, Ref]:
    """'scores of 71.2, 64.0 and 58.3 on A, B and C respectively' (or models): number start -> its name.
    Without the word, a list of models followed later by a list of as many figures ('A, B and C took the top
    places with 28.3%, 27.9% and 17.5%') pairs them in order the same way."""
    if len(cands) < 2:
        return {}  # (before the search for the word, which most segments would pay for nothing)
    said = _RESPECTIVELY.search(text, sv.seg.start, sv.seg.end) is not None
    if not said and sum(1 for r in sv.refs if r.kind == "model" and r.start < cands[-2].start) < _IMPLIED_RUN:
        return {}  # no list of names before a list of figures: nothing to pair (most sentences)
    out: dict[int, Ref] = {}
    num_runs = runs(text, [(n.start, n.end) for n in cands])
    units = _versus_units(text, sv, cands) if said else []
    for kind in ("benchmark", "model"):
        refs = [r for r in sv.refs if r.kind == kind and r.via != "pronoun"]
        ref_runs = runs(text, [(r.start, r.reach) for r in refs])
        if kind == "benchmark" and units:
            # 'on A and B, respectively 68% versus 65% for Y, and 16% versus 9.9%': a pair per benchmark
            for ur in runs(text, [span for _members, span in units]):
                for rr in ref_runs:
                    if len(ur) == len(rr):
                        for a, b in zip(ur, rr, strict=True):
                            for i in units[a][0]:
                                out.setdefault(cands[i].start, refs[b])
        for nr in num_runs:
            for rr in ref_runs:
                if len(nr) != len(rr):
                    continue
                gap = (refs[rr[-1]].reach, cands[nr[0]].start)
                names_first = (
                    kind == "model"
                    and gap[0] <= gap[1]
                    and ";" not in text[gap[0] : gap[1]]
                    and not any(r.kind == "model" and gap[0] <= r.start < gap[1] for r in sv.refs)
                )  # nobody else named, no new clause, between the names and their figures
                if not said and not (names_first and len(rr) >= _IMPLIED_RUN):
                    continue
                for a, b in zip(nr, rr, strict=True):
                    out.setdefault(cands[a].start, refs[b])
    return out


_VS_JOIN = re.compile(r"\s*(?:%|percent|Prozent)?\s*" + VERSUS + r"\s+(?:(?:un|una|um|uma)\s+)?")
_FOR_TAIL = re.compile(r"\s*(?:%|percent|Prozent)?\s+" + FOR + r"\s+(?:the\s+)?")


def _versus_units(
    text: str, sv: SegView, cands: list[NumberMention]
) -> list[tuple[list[int], tuple[int, int]]]:
    """Figures set against each other ('68% versus 65% for Y') as one unit of a list, with the span the unit
    covers (its owner's name after 'for' included); [] when no two figures are set against each other."""
    units: list[tuple[list[int], tuple[int, int]]] = []
    for i, n in enumerate(cands):
        if units and _VS_JOIN.fullmatch(text, cands[i - 1].end, n.start):
            units[-1][0].append(i)
        else:
            units.append(([i], (n.start, n.end)))
    if all(len(members) == 1 for members, _span in units):
        return []
    out = []
    for members, (start, end) in units:
        end = cands[members[-1]].end
        tail = _FOR_TAIL.match(text, end)
        owner = next((r for r in sv.refs if tail and r.kind == "model" and r.start == tail.end()), None)
        out.append((members, (start, owner.reach if owner else end)))
    return out


_IMPLIED_RUN = 2  # names in a list that pair with as many figures without "respectively"
# the word that pairs a list of figures with a list of names in order, in the languages pages are written in
RESPECTIVELY_WORDS = (
    "respectively",
    "respectivement",
    "respectivamente",
    "rispettivamente",
    "beziehungsweise",
    "bzw.",
    "jeweils",
    "分别",
    "分別",
    "각각",
    "それぞれ",
)
_RESPECTIVELY = re.compile(
    r"\b(?:"
    + "|".join(re.escape(w) for w in RESPECTIVELY_WORDS if w.isascii())
    + r")(?!\w)|"
    + "|".join(w for w in RESPECTIVELY_WORDS if not w.isascii()),  # no word breaks in CJK text
    re.I,
)


_PERIOD_LABEL = re.compile(
    r"\s*(?:[-*•]\s*)?((?:19|20)\d\d\s+[QH][1-4]|[QH][1-4]\s+(?:19|20)\d\d|(?:19|20)\d\d)\s*:\s"
)

_WE_MEASURED = re.compile(
    r"\b(?:[Ww]e|[Oo]ur (?:own\s+)?(?:runs?|tests?|harness|re-?runs?|evaluation|measurement|attempt))\s+"
    r"(?:measured|got|saw|recorded|observed|obtained|scored|logged|found|reproduced|came in at|landed|lands|"
    r"came out at|finished at|returned|produced|gave|hit|reached)\b"
)

# "<Lab> reports 57.5% using its own agent harness", "The lab lists 87.0%": the maker's figure for its model
_MAKER_REPORTS = re.compile(
    r"(?:\b[Tt]he (?:lab|company|developer|vendor|maker|team|firm|startup)"
    r"|(?P<lab>[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2}))"
    r"(?:'s\s+own)?\s+(?:reports|reported|lists|listed|quotes|quoted|claims|claimed|cites|cited|publishes|"
    r"published|gives|gave|states|stated)\s+(?:a\s+(?:score\s+of\s+)?)?$"
)

_LAB_SUFFIX = re.compile(r"\s(?:Labs?|AI|Research|Systems|Intelligence|Foundry|Technologies|Computing)$")


def _is_lab(view: DocView, name: str) -> bool:
    if _LAB_SUFFIX.search(name):
        return True
    labs = set(view.model_lab.values()) | {lab_of(m) for m in view.doc_models}
    if any(lab and (lab == name or lab.startswith(name + " ")) for lab in labs):
        return True
    # 'Rook released Pell-3 …': the name launched a model in this article
    launch = (
        r"\s+(?:has\s+)?(?:released|launched|unveiled|introduced|announced|shipped|open-sourced|trained)\b"
    )
    return re.search(r"\b" + re.escape(name) + launch, view.text) is not None


_SAME_SETUP = re.compile(  # (each \b after its first letter: `re` skips to those letters, alternation.py)
    by_first_char("on|with|under|using", not_after=r"\w")
    + r" the same (?:harness|scaffold|setup|settings?|configuration)\b"
)


def _same_setup(view: DocView, sv: SegView) -> dict[str, str]:
    """'on the same harness': the settings the paragraph stated before this sentence."""
    # every match holds 'the same ' as written (a case-sensitive pattern): a page without it skips the scan
    if "the same " not in view.text or sv.index not in view.segments_matching(_SAME_SETUP):
        return {}
    i = sv.index - 1
    while i >= 0 and view.segs[i].seg.para == sv.seg.para and view.segs[i].seg.kind == "sentence":
        prev = view.segs[i].seg
        found = conditions_in(view.text[prev.start : prev.end])
        if found:
            return found
        i -= 1
    return {}


def _compared_pair(view: DocView, sv: SegView) -> tuple[str, ...]:
    """The models the paragraph so far names (a question opening it included), when they are exactly two."""
    names: dict[str, None] = {}
    i = sv.index
    while i >= 0 and view.segs[i].seg.para == sv.seg.para:
        for r in view.segs[i].refs:
            if r.kind == "model" and r.via not in ("pronoun", "implied"):
                names[r.canonical] = None
        i -= 1
    if i >= 0 and view.text[view.segs[i].seg.start : view.segs[i].seg.end].rstrip().endswith("?"):
        for r in view.segs[i].refs:
            if r.kind == "model" and r.via not in ("pronoun", "implied"):
                names[r.canonical] = None
    return tuple(names) if len(names) == 2 else ()


_ON_AFTER, _DASH_NUMBER_END = re.compile(r"\s*(?:[Ee]lo\s+)?(?:on|in)\s"), re.compile(r"-(\d+)$")


def segment_scores(view: DocView, sv: SegView) -> list[ScoreFact]:
    text = view.text
    weak = view.weak_between(sv.seg.start, sv.seg.end)
    cands = [n for n in sv.numbers if score_like(text, n, sv, weak) and not other_figure(text, n, sv)]
    wholes: dict[int, int] = {}  # a fraction's whole by its start: the figure then ends after it ('27/30')
    for i, n in enumerate(cands):
        if (frac := out_of(text, n)) is not None:
            wholes[n.start] = frac[0]
            cands[i] = replace(n, end=frac[1], raw=text[n.start : frac[1]])
    if wholes:  # the whole is no figure of its own ('64 / 89')
        spans = [(n.start, n.end) for n in cands if n.start in wholes]
        cands = [n for n in cands if not any(a < n.start < b for a, b in spans)]
    if any("." in n.raw and not n.percent for n in cands):  # only a dotted figure can be a model's version
        versions = model_versions(view.doc_models)
        cands = [n for n in cands if not version_named(text, n, versions)]
    facts: list[ScoreFact] = []
    bare: list[bool] = []  # the fact's figure is a whole number written without a unit
    paired = respective_pairs(text, sv, cands)
    unpaired = unpaired_figures(text, sv, cands, paired)
    lead_mode: str | None = None
    # the settings the figure before hands on (None when that figure was passed over)
    handed: dict[str, str] | None = None
    same_setup = _same_setup(view, sv) if cands else {}
    # a line that opens on a period ('2025 Q4: A (55) vs B (45)'): a snapshot in a series, dated
    period = _PERIOD_LABEL.match(text, sv.seg.start) if cands else None

    def lab_owned(lab: str) -> str | None:  # a lab as a clause's own subject: its one model on the page
        return lab_model(lab, view.doc_models, view.model_lab) if _is_lab(view, lab) else None

    for i, n in enumerate(cands):
        prev_window, handed = handed, None
        pair = paired.get(n.start)
        bench: Ref | None
        if pair is not None and pair.kind == "benchmark":
            bench, named = pair, True
        else:
            bench, named = bind_benchmark(text, n, sv, view.segments_matching(UNKNOWN_INTRO))
        if (
            not named
            and sv.board_inherited is not None
            and (bench is None or bench.unit != "elo")
            and not n.percent
            and n.decimals == 0
            and 800 <= n.number <= 2500
            and not _ON_AFTER.match(text[n.end : n.end + 12])
        ):
            bench = sv.board_inherited  # "holding fifth at 1519": an Elo rating on the board named before
        if bench is None:
            continue
        if not named and _FAULT_RATE.search(text, max(sv.seg.start, n.start - 120), n.start):
            continue  # 'cut its hallucination rate to 37.1%': a rate of faults, not a later-named result
        if pair is not None and pair.kind == "model":
            models, how = [pair], "respectively"
        else:
            # a re-test's own measurement ('we measured 64.1%') of the benchmark the paragraph just named
            retest = (
                bench is sv.bench_inherited and _WE_MEASURED.search(text, sv.seg.start, n.start) is not None
            )
            maker = None if named else _MAKER_REPORTS.search(text, max(sv.seg.start, n.start - 60), n.start)
            if maker is not None and maker.group("lab") and not _is_lab(view, maker.group("lab")):
                maker = None  # 'Reuters reports 40%': not the maker's figure
            has_bench = named or sv.seg.kind == "item" or retest or maker is not None
            to_pair = to_pair_side(text, n, sv.numbers) is not None
            compared = (
                _compared_pair(view, sv)
                if to_pair or VS_SECOND_BARE.search(text, sv.seg.start, n.start)
                else ()
            )
            models, how = bind_models(
                text,
                n,
                sv,
                has_bench,
                view.weak_names,
                compared,
                lab_owned,
            )
            if has_bench and (side := arrow_owner(view, sv, n)):
                models, how = [side], "prose"  # 'lower than X (14.6 → 11.3)': each side's (figure_pairs.py)
            owned, owner = possessive_family(text, sv, n, view.doc_models, lab_aliases())
            if owned:
                models, how = ([owner], "possessive") if owner is not None else ([], "drop")
            elif how == "none" and not named and (card := card_ref(view, sv, n, bench)) is not None:
                models, how = [card], "implied"  # a benchmark card's lone figure on a model's page
            elif how == "none" and not named and (leader := leader_ref(view, n)) is not None:
                models, how = [leader], "prose"  # a benchmark page's leader tile
        if not models or (pair is None and _later_in_tuple(text, sv, n)) or group_figure(text, sv, n.start):
            continue
        if n.start in unpaired and how not in OWN_BINDINGS:
            continue  # a list of figures no order pairs with its list of names: nobody's (list_runs.py)
        if how == "implied" and pair is None and i and _BARE_JOIN.fullmatch(text, cands[i - 1].end, n.start):
            continue  # 'where the scores are 45 and 28': two sides' figures, not two of the page model's
        if text.startswith(_CJK_POINTS, n.end) and (
            (how in ("implied", "pronoun") and not _leading_item_figure(text, sv, n))
            or any(
                not sv.seg.start <= m.start < sv.seg.end
                or (
                    _CJK_COMPARED_BEFORE.search(text, max(sv.seg.start, m.start - 6), m.start)
                    and text[m.reach : n.start].strip() not in ("(", "（")  # '超过B(68.2分)': B's own figure
                )
                for m in models
            )
        ):
            # a figure in points ('取得66.0分') is read only for a model its sentence names as its
            # subject, not for one named only as what is compared with ('毫不逊色于B', '超过B')
            continue
        whole = wholes.get(n.start)
        uv = _unit_value(n, bench, text[n.end : n.end + 12], whole)
        if uv is None or (not named and whole is not None and "/" in n.raw):
            continue  # (a slashed fraction is read for the benchmark its sentence names: score_units.py)
        value, unit = uv
        prev_end = cands[i - 1].end if i else sv.seg.start
        next_start = cands[i + 1].start if i + 1 < len(cands) else sv.seg.end
        window = _window_settings(text, sv, n, prev_end, next_start)
        if i:  # 'A 61% with tools, ahead of B (57%) and C (55%)': C shares the lead's test settings
            window, handed = rival_setup(
                inherited_setup(text, prev_end, n.start, sv.refs, prev_window),
                window,
                aside_slots(text, prev_end, n.start),
                aside_slots(text, n.end, next_start),
            )
        else:
            handed = window
        own_mode = conditions_in(text[prev_end : n.start]).get("model")
        if i and "model" not in window and lead_mode and _COORD_GAP.fullmatch(text, prev_end, n.start):
            # 'its Deep Think mode achieved 45.1% on A and 41.0% on B': the mode leads both values
            window["model"] = own_mode = lead_mode
        lead_mode = own_mode
        if same_setup and not window:
            window = same_setup
        if period is not None:
            window.setdefault("version", "as of " + " ".join(period.group(1).split()))
        own_version = _DASH_NUMBER_END.search(bench.canonical)
        if own_version and window.get("version") == "v" + own_version.group(1):
            del window["version"]  # 'ARC-AGI v2' is ARC-AGI-2 itself: its 'v2' is no version setting
        bench_parts = bench_tail_settings(text, bench.reach) if named else {}
        if i and bench.reach <= n.start:
            bench_parts = own_over_lead(bench_parts, window)
        portion = PORTION_RE.fullmatch(text, n.end, bench.start) if named and bench.start >= n.end else None
        if portion:
            bench_parts["subset"] = portion.group("part")
        if not named and bench.reach > bench.start:
            # a version or condition written after the board's name in the title, a heading or the lead ('…
            # Index v4.0, May update', 'score view for HLE w/o tools'): the figures below that take the
            # benchmark from there take its setting too, unless their own clause states one of that kind
            bench_parts = {k: v for k, v in bench_tail_settings(text, bench.reach).items() if k not in window}
        if (
            bench.surface
            and bench.surface != bench.canonical
            and bench.surface.startswith(bench.canonical + " ")
        ):
            rest = bench.surface[len(bench.canonical) + 1 :]
            bench_parts.setdefault("version" if re.fullmatch(r"v\d[\d.]*", rest) else "subset", rest)
        method = {"implied": "implied", "pronoun": "pronoun"}.get(
            how, "list" if sv.seg.kind == "item" else how
        )
        conf = 0.92 if named else 0.8
        conf *= {"implied": 0.85, "pronoun": 0.9, "prose": 0.95}.get(how, 1.0)
        for m in models:
            slots: list[tuple[str, str]] = []
            ms = m.setting or view.model_settings.get(m.canonical)
            if ms and "model" not in window:
                slots.append(("model", ms))
            slots += list(bench_parts.items()) + list(window.items())
            facts.append(
                ScoreFact(
                    model=m.canonical,
                    benchmark=version_after(bench.canonical, text[n.end : n.end + 16]),
                    value=value,
                    unit=unit,
                    setting=join_settings(slots),
                    evidence=view.evidence(sv.seg.start, sv.seg.end),
                    confidence=round(conf * min(m.confidence, 1.0), 3),
                    method=method,
                    model_surface=m.surface,
                    benchmark_surface=bench.surface,
                )
            )
            bare.append(not n.percent and n.decimals == 0)
    return _unit_wins(facts, bare)


# the figures before a later one in a parenthesis of bare figures ('B (61.5, 58.2, 49.0)'): a chart's values
# for as many systems, in the order it lists them, so no one owner takes more than the first
_TUPLE_BEFORE = re.compile(
    r"\(\s*\d[\d.]*\s*%?(?:\s*(?:,|，|、|\band\b)\s*\d[\d.]*\s*%?)*\s*(?:,\s*and|,|，|、|\band\b)\s*$"
)


# two bare figures joined by 'and' or a comma, nothing named between them
_BARE_JOIN = re.compile(r"\s*(?:%\s*)?(?:,\s*and|,|and)\s+")


def _later_in_tuple(text: str, sv: SegView, n: NumberMention) -> bool:
    """Whether n follows another bare figure inside one parenthesis ('(61.5, 58.2, 49.0)': 58.2 and 49.0)."""
    opened = text.rfind("(", sv.seg.start, n.start)
    return opened >= 0 and _TUPLE_BEFORE.match(text, opened, n.start) is not None


def _leading_item_figure(text: str, sv: SegView, n: NumberMention) -> bool:
    """A list item's figure with no model named before it ('- 数学能力:AIME25测评81.5分,超越B'): the item
    states the page model's result under its label, the names after it are what it is set against."""
    return sv.seg.kind == "item" and not any(
        r.kind == "model" and r.via != "pronoun" and sv.seg.start <= r.start < n.start for r in sv.refs
    )


def _unit_wins(facts: list[ScoreFact], bare: list[bool]) -> list[ScoreFact]:
    """One model's figures on one benchmark in one sentence, some written as percentages and others as
    bare whole numbers ('34 / 80 tasks, 42.5%', 'concurrency 4'): the percentages are the scores; the
    whole numbers are counts beside them."""
    with_unit = {(f.model, f.benchmark, f.setting) for f, b in zip(facts, bare, strict=True) if not b}
    return [
        f
        for f, b in zip(facts, bare, strict=True)
        if not (b and (f.model, f.benchmark, f.setting) in with_unit)
    ]


_HEADING_VALUE = re.compile(r"\s*\(\s*(?:[~≈]\s*)?\d[\d.,]*\s*%?\s*\)[\s:*#.]*")


def heading_score(view: DocView, sv: SegView) -> ScoreFact | None:
    """A heading that is a benchmark and its value ('Humanity's Last Exam (41.5%)') in an article about one
    model: that model's score."""
    benches = sv.benchmarks()
    model = sv.focus or view.focus
    if len(benches) != 1 or len(sv.numbers) != 1 or model is None or any(r.kind == "model" for r in sv.refs):
        return None
    b, n = benches[0], sv.numbers[0]
    text = view.text
    if text[sv.seg.start : b.start].strip(" *#") or not _HEADING_VALUE.fullmatch(text, b.reach, sv.seg.end):
        return None
    if n.start < b.reach or n.currency or text[max(0, n.start - 1) : n.start] in ("~", "≈"):
        return None
    uv = _unit_value(n, b)
    if uv is None:
        return None
    return ScoreFact(
        model=model,
        benchmark=b.canonical,
        value=uv[0],
        unit=uv[1],
        setting=join_settings(list(bench_tail_settings(text, b.reach).items())),
        evidence=view.evidence(sv.seg.start, sv.seg.end),
        confidence=0.7,
        method="heading",
        model_surface=model,
        benchmark_surface=b.surface,
    )


def prose_scores(view: DocView) -> list[ScoreFact]:
    out: list[ScoreFact] = []
    for sv in view.segs:
        if sv.seg.kind == "heading" and sv.index not in view.table_segs and sv.numbers:
            found = heading_score(view, sv)
            if found is not None:
                out.append(found)
            continue
        if sv.seg.kind in ("heading", "row") or sv.index in view.table_segs or not _can_score(sv):
            continue
        out.extend(segment_scores(view, sv))
    return out


def _can_score(sv: SegView) -> bool:
    """Whether `segment_scores` can find anything: a fact needs a figure and a benchmark, which is one the
    segment names (a pair, `bind_benchmark`, a variant of it), the one it inherits, or the board it inherits;
    without any of them every figure is passed over (a segment of prose without a figure or a benchmark)."""
    if not sv.numbers:
        return False
    return (
        sv.bench_inherited is not None
        or sv.board_inherited is not None
        or any(r.kind == "benchmark" for r in sv.refs)
    )
