"""Release dates: which model a date in a sentence is the release date of.

A date (read by `dates.py`) is a release date when the nearest trigger word before it (or, failing that,
just after it) is a release word (released, launched, shipped, rolled out, available from, general
availability, GA, preview since, announced, weights or checkpoints published, …), not a word that dates
something else (a paper published or posted, a knowledge cutoff, a funding round, a deadline). The model is
the release word's subject or object, a group or family's members, a name whose own parenthesis holds the
date, or each name of a 'Name on <date>' list; `finest_dates` keeps the most precise date per model.
"""

from __future__ import annotations

import re

from extractors.facts import groups
from extractors.facts.dates import DateMention, find_dates, today_dates, weekday_dates
from extractors.facts.document import DocView, Ref, SegView
from extractors.facts.family_owners import whole_family
from extractors.facts.fronted_dates import fronted_release
from extractors.facts.released_benchmarks import benchmark_released
from extractors.facts.subjects import Subjects, fact
from extractors.facts.titles import Titles
from schema.records import AttributeFact

_CJK_WORD = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]")

# the words that give a date its meaning; group "rel" is a release word, anything else dates something else
TRIGGER_RE = re.compile(
    r"(?:\b|(?=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]))(?P<rel>(?:checkpoints?|weights)\b[^.;:]{0,40}?\b(?:were|was|are|is|got|have\s+been|has\s+been)\s+"
    r"(?:published|posted|uploaded|made\s+public|pushed)|released|releases|release\s+date|launch(?:ed|es)?|launch\s+date|published\s+(?:the\s+)?weights|weights\s+of|"
    r"(?:announcement|release|debut|unveiling|roll-?out)\s+(?:on|in)|unveil(?:ed|s)|"
    r"introduc(?:ed|es|e|ing)|(?<=\bwe\s)release|(?<=\bwe're\s)releasing|(?<=\bwe\sare\s)releasing|ship(?:ped|s)|debut(?:ed|s)?|put\s+out|roll(?:ed|s)\s+out|open-sourced|"
    r"made\s+(?:it\s+)?available|bec(?:ame|omes)\s+available|(?:available|live)\s+(?:from|since|on|starting)|"
    r"went\s+live|goes\s+live|went\s+GA|goes\s+GA|GA\s+on|general(?:ly)?\s+availab(?:le|ility)|"
    r"(?:in|entered|into)\s+(?:public\s+)?preview(?:\s+since)?|"
    r"announced|announces|arrived|arrives|opened\s+(?:up\s+)?(?:access|it|the\s+weights)|"
    r"weights\s+(?:went|were)\s+(?:up|public|published)|followed(?=\s+(?:on|in|suit\s+on)\b)|followed\s+(?:up\s+)?with|(?:series|family|line)\s+(?:began|started)\s+with|"
    r"dropped(?!\s+(?:to|from|by|out)\b)|landed(?=\s+(?:on|in)\b)|release\s+of|"
    # the release words of the other languages whose months are read
    r"lance|lancé|lancée|lanza|lanzó|lanzado|lança|lançou|lançado|lanciato|lancia|rilasciato|rilascia|"
    r"veröffentlicht|vorgestellt|présenté|presentado|publié|sorti|merilis|meluncurkan|dirilis|diluncurkan|"
    r"släppte|släpptes|lanserade|lanserades|lanseres|lansert|udgav|udgivet|udgiver|lancerede|lanceret|"
    r"发布|上线|推出|开源|發布|開源|釋出|リリース|公開|発表|공개|출시|발표|선보)(?:\b|(?<=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]))"
    r"|\b(?P<other>published|posted|paper|preprint|report|cutoff|cut-off|knowledge|training\s+data|"
    r"founded|raised|funding|deadline|conference|workshop|submitted|updated|deprecated|retired|sunset|"
    r"expires?|scheduled|closes?|born)\b",
    re.I,
)


_NOT_MODEL = re.compile(
    r"\b(?:funding|round|deal|partnership|paper|report|acquisition|investment|pricing|prices?|plan|program|"
    r"programme|tier|feature|update|results|study|policy|valuation|merger|lawsuit|event|conference|keynote|"
    r"office|hub|campus|fund|grant|initiative|team|division|app|API\s+pricing)s?\s+(?:was\s+|were\s+|is\s+|"
    r"are\s+|that\s+was\s+)?$",
    re.I,
)


_PLURAL_VERB = re.compile(r"\s*,?\s*(?:are|were|both|all|each|will\s+be|have\s+been|went|go|became|become)\b")


def _governing(view: DocView, sv: SegView, d: DateMention) -> re.Match[str] | None:
    """The trigger word that says what a date is the date of: the nearest one before it in its clause,
    else the first one just after it."""
    text = view.text
    lo = max(sv.seg.start, d.start - 90)
    before = list(TRIGGER_RE.finditer(text, lo, d.start))
    if before:
        return before[-1]
    return TRIGGER_RE.search(text, d.end, min(sv.seg.end, d.end + 45))


def _subject(subs: Subjects, sv: SegView, trig: re.Match[str], d: DateMention) -> list[Ref]:
    text = subs.view.text
    models = subs.models(sv)
    t0, t1 = trig.start(), trig.end()
    # a group opening the clause: "All three were released on …"
    group = groups.group(subs, sv, min(t0, d.start)) or (
        groups.group(subs, sv, d.start) if re.match(r"checkpoint|weights", trig.group(), re.I) else None
    )
    if group:
        return group
    # "released the Name family on Tuesday with A, B and C": each member listed after the date
    if t1 <= d.start and _FAMILY_OBJ.fullmatch(text, t1, d.start):
        wm = _WITH_MEMBERS.match(text, d.end)
        first = [r for r in models if wm and r.start == wm.end() and r.via != "pronoun"]
        if first:
            return subs.coordinated(sv, first[0], True)
    # "A 1.2 … shipped on <date> as a pair of models: B and C": each member listed after the colon
    am = _AS_MEMBERS.match(text, d.end) if t1 <= d.start else None
    if am is not None:
        first = [
            r for r in models if am.end() <= r.start <= am.end() + 40 and r.via not in ("pronoun", "implied")
        ]
        if first:
            listed = subs.coordinated(sv, first[0], True)
            later = [r for r in models if r.start > first[0].start and r.via not in ("pronoun", "implied")]
            if len(listed) < 2 and later and re.search(r"\band\b", text[first[0].end : later[0].start]):
                listed = [first[0], later[0]]  # "B (a note, a repo name) and the closed C (…)"
            return listed
    # "introduced the latest addition to the Name series—Name 3.1 Lite": the name the phrase ends on
    add = _ADDITION.match(text, t1)
    if add is not None:
        named = [r for r in models if r.start == add.end() and r.via != "pronoun"]
        if named:
            return subs.coordinated(sv, named[0], True)
    # the object of the release word: "launched Name on …", "released Name March 12"
    lo, hi = (t1, d.start) if t1 <= d.start else (t1, t1 + 45)
    objs = [r for r in models if lo <= r.start and r.start <= hi and r.via != "pronoun"]
    if (
        objs
        and (
            re.fullmatch(
                r"\s*(?:(?:its|the|a|an|new|first|own|latest|model|open|flagship|[\w-]+,)\s+)*",
                text[t1 : objs[0].start],
            )
            # 'On <date>, Lab released two models at once: A and B' (a date after the list is each name's)
            or (
                d.end <= t0
                and re.fullmatch(
                    r"\s*(?:\w+\s+){0,4}(?:models|versions|variants|members)(?:\s+\w+)?\s*:\s*",
                    text[t1 : objs[0].start],
                )
            )
        )
    ):
        return subs.coordinated(sv, objs[0], True)  # "released A and B on Monday": both
    # "… versions: A (September 29, 2025), B (November 24, 2025)": the name the date is bracketed after
    paren = [
        r
        for r in models
        if r.via != "pronoun" and r.end <= d.start and _BRACKETED.fullmatch(text, r.end, d.start)
    ]
    if paren:
        return paren[-1:]
    # "Released on March 30, 2026, Name …"
    if trig.start() - sv.seg.start <= 3:
        after = [r for r in models if d.end <= r.start <= d.end + 30 and r.via != "pronoun"]
        if after:
            return [after[0]]
    # "At the end of April 2026, Name was released": the name between the date and a passive release word
    if d.end <= t0:
        between = [
            r for r in models if d.end <= r.start and r.reach <= t0 and r.via not in ("pronoun", "implied")
        ]
        if between and _PASSIVE_GAP.fullmatch(text, between[-1].reach, t0):
            return subs.coordinated(sv, between[-1], False)
    # the subject of the clause: the nearest model before the release word (or before the date)
    subj = subs.before(sv, min(t0, d.start), True)
    if (
        len(subj) == 1
        and subj[0].via not in ("pronoun", "implied")
        and re.fullmatch(r"\s*,\s*", text[subj[0].reach : t0])
        and _UPGRADE_TO.search(text, max(sv.seg.start, subj[0].start - 40), subj[0].start)
    ):
        # "A is a reliability upgrade to B, released on May 28": the clause's own subject, not the yardstick
        head = [r for r in models if r.via not in ("pronoun", "implied") and r.end <= subj[0].start]
        if head and _IS_A.match(text, head[0].reach):
            return [head[0]]
    if len(subj) == 1 and _PLURAL_VERB.match(text, subj[0].reach):
        return subs.coordinated(sv, subj[0], False)  # "A and B are available from …": each of them
    if (
        len(subj) == 1
        and subj[0].via not in ("pronoun", "implied")
        and re.fullmatch(r"\s*", text[subj[0].reach : t0])
    ):
        group = subs.coordinated(sv, subj[0], False)  # "A and B launched on …"
        if len(group) > 1 and re.search(r"\band\b|&", text[group[-2].reach : group[-1].start]):
            return group
    return subj


_UPGRADE_TO = re.compile(
    r"\b(?:upgrade|successor|follow-?up|update|refresh|sequel|improvement|step\s+up)\s+(?:to|over|of|from)\s+"
    r"(?:the\s+)?$",
    re.I,
)
_IS_A = re.compile(r"\s+(?:is|was|arrives\s+as|comes\s+as)\s+(?:a|an|the)\b")
_ADDITION = re.compile(
    r"\s+(?:the|its|their)\s+(?:latest|newest|new|third|second|fourth|next)\s+(?:addition|member|entry)\s+(?:to|of|in)"
    r"\s+(?:the|its|their)\s+[^,;:—–.]{1,40}?(?:series|family|line-?up|line|range)\s*(?:[—–:,]|\s-)\s*"
)
_PASSIVE_GAP = re.compile(
    r"\s+(?:was|were|got|has\s+been|have\s+been)\s+(?:(?:officially|finally|quietly|also)\s+)?"
)
_BRACKETED = re.compile(r"\s*[(\[]\s*(?:(?:released|launched|on|from)\s+)?")


def _bracketed_name(subs: Subjects, sv: SegView, d: DateMention) -> bool:
    text = subs.view.text
    return any(r.end <= d.start and _BRACKETED.fullmatch(text, r.end, d.start) for r in subs.models(sv))


_DATE_CLOSES = re.compile(r"\s*(?:\)|,|;|\s(?:preview|release|launch|GA)\b)", re.I)


def _dated_name(subs: Subjects, sv: SegView, d: DateMention) -> Ref | None:
    """The model whose parenthesis holds this date as one of its comma-separated parts, the date alone or
    after a release word, and no other model: 'Name (November 2025)', 'Name (Lab, March 2026)', 'Name
    (alias name-2509, shipped 18 September 2025)' date the name; 'Name (as of March 2026)' or 'Name (trained
    until 2025)' do not."""
    text = subs.view.text
    if not _DATE_CLOSES.match(text, d.end):
        return None
    models = [r for r in subs.models(sv) if r.via not in ("pronoun", "implied")]
    for r in models:
        if (
            r.end <= d.start
            and _OWN_PAREN.fullmatch(text, r.end, d.start)
            and not any(r.end <= o.start < d.start for o in models)
        ):
            return r
    return None


# a name's own parenthesis: other short parts before the date ('24B', the lab, an alias), then the date,
# alone or after a release word: 'Name (November 2025)', 'Name (Lab, January 2025)', '(…, released in May)'
_OWN_PAREN = re.compile(
    r"\s*\(\s*(?:[^(),;:]{1,40},\s*){0,3}"
    r"(?:(?:[^(),;:]{1,40}\s)?(?:releas|launch|ship|debut|unveil)\w*\s+(?:(?:in|on)\s+)?)?"
)


def _in_paren(text: str, start: int, trig: re.Match[str], d: DateMention) -> bool:
    """Whether the trigger word stands in the same parenthesis as the date, after its opening."""
    opened = text.rfind("(", start, trig.start())
    return opened > text.rfind(")", start, trig.start()) and ")" not in text[trig.end() : d.start]


_RELEASE_WORD = re.compile(r"\b(?:releas|launch|ship|debut|arriv|unveil)\w*", re.I)


def _paren_pair(subs: Subjects, sv: SegView, d: DateMention) -> Ref | None:
    """'(A, February 5)' after a release word in the sentence: A's date."""
    text = subs.view.text
    if not re.match(r"\s*\)", text[d.end : d.end + 3]) or not _RELEASE_WORD.search(
        text, sv.seg.start, d.start
    ):
        return None
    for r in subs.models(sv):
        if (
            r.via not in ("pronoun", "implied")
            and r.end <= d.start
            and re.fullmatch(r"\s*,\s*", text[r.reach : d.start])
            and re.search(r"\(\s*$", text[max(sv.seg.start, r.start - 3) : r.start])
        ):
            return r
    return None


_FAMILY_OBJ = re.compile(
    r"\s+(?:the|its|a|an|their)\s+(?:new\s+)?[\w.+-]+(?:\s[\w.+-]+){0,2}\s+(?:family|lineup|line-up|series|range)"
    r"(?:\s+of\s+models)?\s+(?:on|in)?\s*"
)
_AS_MEMBERS = re.compile(
    r"\s*,?\s+(?:as|in)\s+(?:a\s+pair\s+of|two|three|four|several)\s+(?:new\s+)?"
    r"(?:models|versions|variants|sizes|editions)\s*:\s*"
)
_WITH_MEMBERS = re.compile(r"\s*,?\s+(?:with|comprising|made\s+up\s+of|including|namely)\s+")


_PUBLISHED_AFTER_NAME = re.compile(
    r"(?:\s+(?:weights|checkpoints?))?\s+(?:was|were|got|has\s+been|have\s+been)\s+(?:also\s+|then\s+|quietly\s+|"
    r"finally\s+)?$"
)


_CLAUSE_OPEN = re.compile(
    r"\s*(?:and\s+|while\s+|but\s+)?(?:(?:the|its|their|smaller|larger|bigger|new|open|open-weights)\s+)*"
)


def _model_published(subs: Subjects, sv: SegView, trig: re.Match[str]) -> bool:
    """'Name was published on 10 March': a model that is itself published (not a paper about it) is
    released."""
    if trig.group().lower() not in ("published", "posted"):
        return False
    text = subs.view.text
    for r in subs.models(sv):
        if r.via in ("pronoun", "implied") or not _PUBLISHED_AFTER_NAME.fullmatch(text, r.end, trig.start()):
            continue
        # the name opens its clause ("The smaller Name was published …"), not "A paper describing Name was …"
        lo = max(
            sv.seg.start,
            text.rfind(", ", sv.seg.start, r.start) + 2,
            text.rfind("; ", sv.seg.start, r.start) + 2,
        )
        return bool(_CLAUSE_OPEN.fullmatch(text, lo, r.start))
    return False


# two dates written as one list or range after one release word ('in March and April 2025', 'May 5 / June 2')
_DATE_LIST = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and|or|to|through|–|-|/|;)\s*(?:(?:in|on)\s+)?")


_ON_DATE = re.compile(r"\s+(?:on|in)\s+")


def _names_on_dates(subs: Subjects, sv: SegView, dates: list[DateMention]) -> list[tuple[DateMention, Ref]]:
    """Two or more 'Name on <date>' pairs listed after a release word, or in a sentence walking through a
    line's versions with none: each name with the date after it."""
    text = subs.view.text
    named = [r for r in subs.models(sv) if r.via not in ("pronoun", "implied")]
    pairs = [
        (d, r) for d in dates for r in named if r.end < d.start and _ON_DATE.fullmatch(text, r.end, d.start)
    ]
    if len(pairs) < 2 or len({r.canonical for _, r in pairs}) < len(pairs):
        return []
    first = min(r.start for _, r in pairs)
    trig = list(TRIGGER_RE.finditer(text, sv.seg.start, first))
    if trig and trig[-1].group("rel") is None:
        return []
    if not trig and not _SEQUENCE.search(text, sv.seg.start, sv.seg.end):
        return []
    return pairs


# a sentence that walks through a line's versions with no release word: 'xAI's sequence: A in July 2025, B in
# November 2025, then C in March 2026', 'from A in November 2023 through C in March 2026'
_SEQUENCE = re.compile(
    r"\b(?:sequence|timeline|history|from\s+\S+(?:\s\S+)?\s+in\s+\S+\s+\d{4}\s+(?:through|to|until))\b", re.I
)


def release_dates(
    view: DocView, sv: SegView, subs: Subjects, titles: Titles | None = None
) -> list[AttributeFact]:
    dates = find_dates(view, sv.seg.start, sv.seg.end)
    dates += weekday_dates(view, sv, dates)
    if not dates:
        dates = today_dates(view, sv)
    out: list[AttributeFact] = []
    listed = _names_on_dates(subs, sv, dates)
    for d, r in listed:
        # "released … A on September 29, B on November 12, and C on November 18": each name its own date
        out.append(fact(view, sv, r, "release_date", d.value, 0.75, "prose"))
    done = {id(d) for d, _ in listed}
    for d in dates:
        if id(d) in done:
            continue
        trig = _governing(view, sv, d)
        inside = trig is not None and _in_paren(view.text, sv.seg.start, trig, d)
        owner = _dated_name(subs, sv, d) if trig is None or inside else None
        if owner is not None:
            # 'Name (November 2025)', 'Name (August 2025, later …)': a name dated in its own parenthesis
            out.append(fact(view, sv, owner, "release_date", d.value, 0.7, "bracket"))
            continue
        paired = _paren_pair(subs, sv, d) if trig is None else None
        if paired is not None:
            # "the first release (A, February 5) and the last (B, March 5)": a name and its date in one
            # parenthesis, after a release word
            out.append(fact(view, sv, paired, "release_date", d.value, 0.7, "bracket"))
            continue
        bracketed = _bracketed_name(subs, sv, d)
        if trig is None and bracketed:
            # "released … A (September 29, 2025), B (…), and C (February 17, 2026)": the list's release word
            trig = next(reversed(list(TRIGGER_RE.finditer(view.text, sv.seg.start, d.start))), None)
        if trig is None or (trig.group("rel") is None and not _model_published(subs, sv, trig)):
            out += fronted_release(view, sv, subs, d, TRIGGER_RE)  # 'On <date>, Lab, …, released A'
            continue
        paren = view.text.rfind("(", sv.seg.start, trig.start())
        if (
            paren >= 0
            and ")" not in view.text[paren : d.start]
            and any(e.end <= paren and not view.text[e.end : paren].strip(" ,") for e in dates)
        ):
            continue  # 'released on October 9, 2024 (and announced on October 16)': an aside after the date
        took = [e for e in dates if trig.end() <= e.start and e.end <= d.start]
        if took and not bracketed and not _DATE_LIST.fullmatch(view.text, took[-1].end, d.start):
            continue  # 'shipped in March 2025 and is still, in May 2026, …': the release's date came first
        if _NOT_MODEL.search(view.text, max(sv.seg.start, trig.start() - 30), trig.start()) and not any(
            r.start - trig.end() in (1, 2) and r.via != "pronoun" for r in subs.models(sv)
        ):
            continue  # "a funding round announced on …", "pricing launched in …": not a model's release
        if re.search(
            r"\b(?:until|through|by|before|after|between|from\s+\S+\s+to|as\s+of|as\s+at)\s+$",
            view.text[d.start - 20 : d.start],
        ):
            continue
        if _CJK_WORD.match(trig.group()) and trig.end() <= d.start:
            # a verb-final clause after the date ('A 발표: <date> … B와 C가 공개'): its own release word
            nxt = TRIGGER_RE.search(view.text, d.end, min(sv.seg.end, d.end + 80))
            if nxt is not None and nxt.group("rel") and _cjk_between(subs, sv, nxt, d):
                trig = nxt
        if benchmark_released(view.text, sv, trig.start(), trig.end(), d.start):
            continue  # 'the Forge-9 benchmark, released in June 2026': a test's date, no model's
        cjk = _CJK_WORD.match(trig.group()) is not None
        subj = (_cjk_between(subs, sv, trig, d) if cjk else []) or _subject(subs, sv, trig, d)
        if cjk and not any(r.via != "implied" for r in subj):
            # Chinese, Japanese and Korean: none named between the date and the release word; the name its
            # relative clause goes on to ('2025年11月にリリースしたA', '출시한 A'), else nothing dated
            # ('于 2024 年 8 月發布的測試集')
            named = [r for r in subs.models(sv) if r.via not in ("implied", "pronoun")]
            subj = [r for r in named if _RELATIVE_END.fullmatch(view.text, trig.end(), r.start)][:1]
            if not subj:
                continue
        if all(r.via == "implied" for r in subj):
            # "The lab first shipped the original Name family in March 2023": the family's, not the member's
            subj = whole_family(view, sv, d.start) or subj
        if titles is not None and all(r.via == "implied" for r in subj):
            subj = titles.subject(sv, min(trig.start(), d.start)) or subj  # a spec block's 'Released: …' line
        for s in [t for r in subj for t in groups.stem_members(view.text, r)]:
            if s.canonical:
                out.append(
                    fact(
                        view,
                        sv,
                        s,
                        "release_date",
                        d.value,
                        0.75 if d.weekday else 0.8,
                        "weekday" if d.weekday else "prose",
                    )
                )
    return out


# the ending that turns a CJK release word into a clause on the name after it: Japanese した/された,
# Korean 한/된, Chinese 的/后的
def _cjk_between(subs: Subjects, sv: SegView, trig: re.Match[str], d: DateMention) -> list[Ref]:
    """Chinese, Japanese and Korean: the models named between the date and the release word after it
    ('2026年2月19日、A を…リリース', '2025년 5월 22일 … A와 B를 발표'), the last and those joined to it."""
    text = subs.view.text
    named = [r for r in subs.models(sv) if r.via not in ("implied", "pronoun")]
    between = [r for r in named if d.end <= r.start and r.end <= trig.start()]
    subj = between[-1:]
    while (
        subj
        and len(between) > len(subj)
        and _CJK_AND.fullmatch(text, between[-len(subj) - 1].end, subj[0].start)
    ):
        subj = between[-len(subj) - 1 :]
    return subj


_CJK_AND = re.compile(r"\s*(?:와|과|및|,|、|和|与|與|と|及)\s*")
_RELATIVE_END = re.compile(r"(?:した|された|されている|한|된|했던|되었던|的|后的|後的)\s*")


def finest_dates(facts: list[AttributeFact]) -> list[AttributeFact]:
    """A month-only release date ('in September 2025') gives way to the full date the article gives the same
    model in that month ('September 29, 2025'); a date counted back from a weekday ('shipped on Wednesday')
    gives way to a date the article states for the same model."""
    dated = [f for f in facts if f.attribute == "release_date" and len(f.value) == 10]
    full = {(f.subject, f.value[:7]) for f in dated}
    stated = {f.subject for f in dated if f.method != "weekday"}
    return [
        f
        for f in facts
        if not (f.attribute == "release_date" and len(f.value) == 7 and (f.subject, f.value) in full)
        and not (
            f.method == "weekday" and f.subject in stated
        )  # a stated date beats one counted from a weekday
    ]
