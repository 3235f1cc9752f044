"""The names one article mentions: known patterns and family members, benchmarks and models it introduces
(discovered with a confidence), the names its tables list, snapshot ids, short forms, tier words, sizes,
'the same benchmark' references and the labs behind the models (used by reader.py to read an article).
"""

from __future__ import annotations

import re
from collections import Counter

from extractors.facts import entities as ent
from extractors.facts import members, short_forms
from extractors.facts import name_shapes as shapes
from extractors.facts.alternation import by_first_char, distribute
from extractors.facts.arenas import arena_mentions
from extractors.facts.bench_extents import checked_benchmarks
from extractors.facts.bench_folds import folded_benchmarks
from extractors.facts.cjk_benchmarks import cjk_benchmarks
from extractors.facts.compared_versions import compared_versions
from extractors.facts.defined_models import defined_models, written_longer
from extractors.facts.discovery import Candidate, discover, discover_labs, plausible_name
from extractors.facts.grid_benchmarks import grid_benchmarks
from extractors.facts.held_lines import finditer_in
from extractors.facts.introduced_names import introduced_names
from extractors.facts.item_benchmarks import item_benchmarks
from extractors.facts.lone_results import lone_results
from extractors.facts.name_templates import BENCH_SHAPE
from extractors.facts.numbers import CJK_LETTERS
from extractors.facts.opening_boards import opening_board
from extractors.facts.peer_names import peer_names
from extractors.facts.placed_benchmarks import placed_benchmarks
from extractors.facts.placed_words import placed_mentions
from extractors.facts.possessive_benchmarks import possessive_benchmarks
from extractors.facts.run_benchmarks import run_benchmarks
from extractors.facts.seeded_benchmarks import seeded_benchmarks
from extractors.facts.segments import Layout
from extractors.facts.sibling_versions import sibling_versions
from extractors.facts.unknown_bench import discover_benchmarks, suffixed_unit
from extractors.facts.vendor_names import vendor_prefixed
from schema.records import Table

_BENCHREF_RE = re.compile(
    by_first_char(
        distribute(
            "The|the", " (?:same |[a-z]+ )?(?:benchmark|index|test|leaderboard|board|exam|composite|scale)"
        ),
        # a demonstrative points back the same way ('struggled with this exam')
        distribute("This|this|That|that", " (?:benchmark|index|test|leaderboard|exam)"),
        cased=True,
        not_after=r"\w",
    )
    + r"\b"
)


_TABLE_NAME = r"[A-Z][\w.\-+ ]{1,40}"
# column headings that are never a model's name
GENERIC_COLUMN = re.compile(
    r"(?i)(?:score|scores|result|results|value|values|tags?|source|sources|notes?|comments?|spread|delta|"
    r"Δ|winner|rank|ranking|date|type|category|metric|average|avg|mean|median|difference|diff|change|"
    r"link|status|description|improvement|gain|gap|lead|margin|human|baseline|best|total|overall|"
    r"percentile|rating|elo|cost|price|speed|latency|notes|settings?|mode|config(?:uration)?|tools?|shots?|"
    r"harness|effort|variant|benchmark|task|domain|subset|split|"
    # a column of the others ('Larger Models', 'Other models', 'Competitors'): no one model's
    r"(?:[\w-]+\s+)?(?:models|others|competitors|rivals|peers))(?:\s*\([^)]*\))?"
)


def _title_end(layout: Layout) -> int:
    segs = layout.segments
    return segs[0].end if segs and segs[0].kind == "heading" else 0


def _table_model_names(layout: Layout, tables: tuple[Table, ...]) -> list[str]:
    names: list[str] = []
    for header, rows in [(t.header, t.rows) for t in layout.tables] + [(t.header, t.rows) for t in tables]:
        if header and re.fullmatch(r"(?i)models?|system|name|llm", header[0].strip() or "x"):
            names.extend(re.sub(r"\s*\([^)]*\)\s*$", "", r[0]).strip() for r in rows if r)
        elif len(header) > 1 and re.fullmatch(
            r"(?i)benchmark|task|eval(?:uation)?|test", header[0].strip() or "x"
        ):
            names.extend(re.sub(r"\s*\([^)]*\)\s*$", "", h).strip() for h in header[1:])
    return [
        n
        for n in names
        if not GENERIC_COLUMN.fullmatch(n) and not _GENERIC_WORD.search(n) and plausible_name(n)
    ]


# a ranked or bulleted list item that opens with a bold label and gives a figure
# ('2. **Name-X** (Red): 80.3%', '* **Name-X:** Approximately 80.3%')
_LIST_LABEL = re.compile(
    r"^[ \t]*(?:\d{1,3}[.)]|[-*•])[ \t]+\*\*(?P<name>[^*\n:]{2,48}?)[ \t]*:?\*\*[ \t]*"
    r"(?:\([^)\n]{0,30}\)[ \t]*)?:?[ \t]*(?:[Aa]pproximately|[Aa]bout|[Aa]round|~)?[ \t]*\d",
    re.M,
)


def _list_model_labels(text: str, known: list[ent.Mention]) -> list[str]:
    """The labels of a list whose items each open with a bold label and a figure, where a label names a model
    we know: the other labels are models too (a chart's bars, a board's entries), when they look like model
    names (a digit, a hyphen or a capital inside the word) and are nothing we know already."""
    # (an item's match lies in one line holding its '**': only those lines are scanned)
    items = [m for m in finditer_in(_LIST_LABEL, text, "*") if "**" in text[m.start() : m.start("name")]]
    runs: list[list[re.Match[str]]] = []
    for m in items:
        if runs and not text[runs[-1][-1].end() : m.start()].strip("\n").count("\n"):
            runs[-1].append(m)  # the next line: the same list
        else:
            runs.append([m])
    spans = ent.Spans([k for k in known if k.kind in ("model", "benchmark", "lab")])
    models = ent.Spans([k for k in known if k.kind == "model"])
    out: list[str] = []
    for run in runs:
        if len(run) < 3 or not any(models.overlaps(m.start("name"), m.end("name")) for m in run):
            continue
        for m in run:
            name = m.group("name").strip()
            if (
                not spans.overlaps(m.start("name"), m.end("name"))
                and re.search(r"\d|\w[-_]\w|[a-z][A-Z]", name)
                and not BENCH_SHAPE.search(name)
                and plausible_name(name)
            ):
                out.append(name)
    return out


# a heading word inside a longer heading ('DeepSeek-R1 Score', 'Best Score', 'Best Competitor'): a column
# about a model or about the others, never a model's own name
_GENERIC_WORD = re.compile(
    r"(?i)\b(?:score|scores|result|results|best|average|avg|mean|median|delta|difference|winner|competitors?|"
    r"baseline|total|overall|rank|ranking)\b"
)


# a short that is a tier word ('Pro') right after a capitalised word or a number belongs to that name
# a benchmark's name made an adjective ('LiveCodeBench-style problems', 'AMC/AIME/Olympiad-style'): a kind
# of task the text describes, not the benchmark it reports on
_KIND_OF = re.compile(r"(?:/[\w.-]+?)*-(?:style|like|type|esque|inspired|flavou?red)\b")
# a short name before a word for the people who make it ('The Name Team built …') names the makers
_MAKERS_AFTER = re.compile(r"[ \t]+(?:[Tt]eams?|[Rr]esearchers|[Ee]ngineers)\b")
_TIER_IN_NAME = re.compile(r"(?:[A-Z][\w.-]*|\d[\w.]*)[ -]$")
_NAME_BEFORE = re.compile(
    r"(?<![\w-])(?!(?:The|On|In|At|For|With|Through|Our|Its|Their|A|An|And|Of|From|To|As|By)\b)[A-Z][\w-]*"
    # a name with a CJK particle glued on ('Name-3는 ', 'Name-3は ') ends there: no part of a longer name
    rf"(?<![{CJK_LETTERS}]) $"
)


def _bench_mentions(text: str, names: dict[str, str]) -> list[ent.Mention]:
    """The places of the discovered benchmark `names` (surface -> canonical), each with the unit its name's
    ending gives; not the tail of a longer capitalised name ('Very Long Horizon Index' is not 'Long Horizon
    Index')."""
    found = shapes.word_mentions(text, names, "benchmark", "discovered", 0.8)
    found = [
        m
        for m in found
        if " " not in m.surface or not _NAME_BEFORE.search(text, max(0, m.start - 30), m.start)
    ]
    for m in found:
        m.unit = suffixed_unit(m.canonical)
    return found


def read_mentions(
    text: str, layout: Layout, html_tables: tuple[Table, ...], threshold: float
) -> tuple[
    list[ent.Mention], list[Candidate], dict[str, str], dict[str, str], dict[str, str], dict[str, str]
]:
    kb = ent.knowledge()
    patterns = [ent.with_variant(m, text) if m.kind == "model" else m for m in ent.pattern_mentions(text)]
    known = ent.merge_mentions(patterns, shapes.edition_mentions(text))
    _bench_variants(text, known, kb)
    known = ent.merge_mentions(known, folded_benchmarks(text, known))
    known = ent.merge_mentions(known, members.family_mentions(text))
    known = ent.merge_mentions(known, vendor_prefixed(text))
    table_names = _table_model_names(layout, html_tables)
    benches = discover_benchmarks(text, known)
    grid = [(t.header, t.rows) for t in layout.tables] + [(t.header, t.rows) for t in html_tables]
    benches.update((n, n) for n in grid_benchmarks(grid, known) if n not in benches)
    benches.update((n, n) for n in item_benchmarks(text, known) if n not in benches)
    benches.update((n, n) for n in run_benchmarks(text, known) if n not in benches)
    benches.update((n, n) for n in possessive_benchmarks(text, known) if n not in benches)
    benches.update((n, n) for n in cjk_benchmarks(text, known) if n not in benches)
    benches.update((n, n) for n in lone_results(text, known) if n not in benches)
    if not benches:
        benches.update((n, n) for n in placed_benchmarks(text, known))
    boards = opening_board(text, known, benches, [(t.start, len(t.rows)) for t in layout.tables])
    benches.update((n, n) for n in boards if n not in benches)
    benches = checked_benchmarks(text, benches)
    if benches:
        found = _bench_mentions(text, benches)
        known = ent.merge_mentions(known, found)
        if found and (more := checked_benchmarks(text, seeded_benchmarks(text, known, benches))):
            known = ent.merge_mentions(known, _bench_mentions(text, more))
    cands = discover(text, known, _title_end(layout), table_names)
    accepted = {c.name: c.name for c in cands if c.confidence >= threshold}
    for name in list(accepted):  # 'Fable 5' in an article that introduced 'Claude Fable 5'
        head, _sp, rest = name.partition(" ")
        # never a bare number ('3' for 'Claude 3' would be every '3' of the page: '3月26日', '3 points')
        if (
            head in kb.family_alias
            and re.search(r"\d", rest)
            and re.search(r"[^\d.]", rest)
            and rest not in accepted
        ):
            accepted[rest] = name
    _accept_peers(text, known, cands, accepted, threshold)
    for name in _list_model_labels(text, known):
        accepted.setdefault(name, name)
    in_known = ent.Spans(known).overlaps
    models = {m.canonical for m in known if m.kind == "model"}
    for name, s, e in defined_models(text):  # 'Name is a family of … models', 'Introducing Name:'
        # not a known model's tail ('R1' of 'DeepSeek-R1'): its short form, which the short forms read
        tail = any(c.endswith((" " + name, "-" + name)) for c in models)
        if not tail and not in_known(s, e) and plausible_name(name):
            # 'K5 Thinking is a … model' on a page naming 'Kimi K5 Thinking': the family's member
            full = written_longer(text, name)
            accepted.setdefault(full, full)
            accepted.setdefault(name, full)
    for name in table_names:
        known_name = any(m.surface == name for m in known)
        if name and name not in accepted and not known_name and re.fullmatch(_TABLE_NAME, name):
            accepted[name] = name
    # a lettered version a table or a line writes alone ('R2-Zero', 'R2' on a page that named Tarnfold-R2)
    # is that family's member, not a model of its own
    named = set(accepted.values())
    for name, canon in list(accepted.items()):
        short = members.version_cell(name, named - {name}) if canon == name else []
        if short and short[0].surface == name.strip():
            accepted[name] = short[0].canonical
        elif canon == name and (member := members.page_family_name(text, name)) is not None:
            accepted[name] = member  # ('K3 Pro' where the page wrote 'Vesk launched two K3 models')
    # a family's word the page itself introduces as one model ('Name is a 22-billion-parameter model'): the
    # discovered model, not the family
    introduced = {n for n, _s, _e in introduced_names(text)} & accepted.keys()
    known = [m for m in known if m.kind != "family" or m.surface not in introduced]
    mentions = ent.merge_mentions(
        known, shapes.word_mentions(text, accepted, "model", "discovered", 0.8, tiers=True)
    )
    parts = dict(kb.model_parts)
    for name in accepted:
        parts.setdefault(ent.name_parts(name), name)
    mentions = ent.merge_mentions(mentions, members.snapshot_mentions(text, parts))
    mentions = ent.merge_mentions(mentions, arena_mentions(text))
    _with_active_size(mentions)
    named = shapes.named_words(text, mentions, kb.model_ids) | placed_mentions(text, mentions, kb.model_ids)
    doc_models = {m.canonical for m in mentions if m.kind == "model"} | named
    families = {m.canonical for m in mentions if m.kind == "family"}
    mentions = [m for m in mentions if m.kind != "family"]
    shorts = short_forms.short_names(doc_models | short_forms.named_members(doc_models, kb.model_ids))
    mentions = ent.merge_mentions(mentions, members.size_mentions(text, doc_models))
    mentions = ent.merge_mentions(mentions, members.version_mentions(text, doc_models, families))
    mentions = ent.merge_mentions(mentions, sibling_versions(text, doc_models))
    doc_models |= {m.canonical for m in mentions if m.kind == "model" and m.method == "short"}
    # (not a page model: only the comparison whose slot it stands in names it)
    mentions = ent.merge_mentions(mentions, compared_versions(text, doc_models))
    main = _main_model(mentions)
    mentions = ent.merge_mentions(mentions, members.tier_mentions(text, doc_models, main))
    mentions = ent.merge_mentions(mentions, members.sized_items(text, main))
    mentions = ent.merge_mentions(mentions, members.near_size_mentions(text, mentions))
    mentions = ent.merge_mentions(
        mentions,
        [
            m
            for m in shapes.word_mentions(text, shorts, "model", "short", 0.75)
            if m.surface != m.canonical and not _MAKERS_AFTER.match(text, m.end)
        ]
        + [
            m
            for m in shapes.word_mentions(
                text, short_forms.tier_shorts(doc_models, _lead_tiered(mentions)), "model", "short", 0.7
            )
            if not _TIER_IN_NAME.search(text, max(0, m.start - 24), m.start)
        ]
        + shapes.word_mentions(text, short_forms.version_tier_shorts(doc_models), "model", "short", 0.75)
        + shapes.word_mentions(
            text, short_forms.family_version_tiers(doc_models, kb.model_ids), "model", "short", 0.7
        ),
    )
    mentions = _defined_shorts(text, mentions, accepted, kb)
    extra = shapes.extra_mentions(text) + [
        ent.Mention("benchref", "", m.start(), m.end(), m.group(), method="benchref")
        for m in _BENCHREF_RE.finditer(text)
    ]
    mentions = ent.merge_mentions(mentions, extra)
    mentions = [m for m in mentions if m.kind != "benchmark" or not _KIND_OF.match(text, m.end)]
    shapes.attach_tails(text, mentions)
    _mode_named(text, mentions, kb.model_ids)
    shapes.resolve_unversioned(mentions, text)
    lab_cands, model_lab = discover_labs(text, set(accepted), known)
    for c in cands:
        if c.name in accepted:
            object.__setattr__(c, "confidence", max(c.confidence, threshold))
    return mentions, cands + lab_cands, model_lab, accepted, shorts, benches


def _accept_peers(
    text: str, known: list[ent.Mention], cands: list[Candidate], accepted: dict[str, str], threshold: float
) -> None:
    """Names discovery found below its threshold that stand where the page's sure models stand; one written
    beside the short form of a family's member ('Fable 5 / Mythos 5' under 'Claude Fable 5') is that
    family's member too."""
    full = {(m.start, m.end): m.canonical for m in known if m.kind == "model"}
    for name, canon in accepted.items():
        if re.search(r"[A-Za-z]", name):  # not a bare number a table's cell left ('1', '56')
            full.update((span, canon) for span in shapes.whole_word_spans(text, name))
    weak = {
        c.name: list(shapes.whole_word_spans(text, c.name))
        for c in cands
        if c.kind == "model" and 0.25 <= c.confidence < threshold and c.name not in accepted
    }
    for name, beside in peer_names(text, weak, list(full)).items():
        short = text[beside[0] : beside[1]] if beside else ""
        canon = full.get(beside, "") if beside else ""
        accepted[name] = canon[: -len(short)] + name if short and canon.endswith(" " + short) else name


def _defined_shorts(
    text: str, mentions: list[ent.Mention], accepted: dict[str, str], kb: ent.Knowledge
) -> list[ent.Mention]:
    """The short forms the page defines for its models ('X (hereafter Y)', 'X（以下简称“Y”）') name them."""
    if "(" not in text and "（" not in text and "简称" not in text and "簡稱" not in text:
        return mentions
    taken = kb.model_ids | kb.bench_ids | frozenset(kb.family_alias)
    named = [(m.reach, m.canonical) for m in mentions if m.kind == "model" and m.method != "short"]
    defined = short_forms.defined_shorts(text, named, taken)
    if not defined:
        return mentions
    for m in mentions:
        if m.kind == "model" and m.surface in defined:
            m.canonical, m.method = defined[m.surface], "short"
    for s, canon in defined.items():
        if s in accepted:
            accepted[s] = canon
    return ent.merge_mentions(mentions, shapes.word_mentions(text, defined, "model", "short", 0.8))


def _mode_named(text: str, mentions: list[ent.Mention], known: frozenset[str]) -> None:
    """A new model the article (nearly) always writes with its mode word ('Name K5 Thinking … K5 Thinking'):
    the mode is part of its name (a model released as its own checkpoint), not a setting of each mention.
    When the family's known members carry that word in their names ('Kimi K2 Thinking'), a new member the
    article writes with it twice is so named too, even where bare mentions ('the K5 series') outnumber it.
    Known models keep their patterns' names."""
    kb = ent.knowledge()
    mode_words = members.family_mode_words()
    by: dict[str, list[ent.Mention]] = {}
    for m in mentions:
        if m.kind == "model":
            by.setdefault(m.canonical, []).append(m)
    for canonical, ms in by.items():
        if canonical in known or len(ms) < 2:
            continue
        fam = kb.family_core.match(canonical) if kb.family_core is not None else None
        kin = (
            mode_words.get(kb.family_alias[fam.group("fam")], frozenset()) if fam is not None else frozenset()
        )
        for word in ("Thinking", *sorted(kin - {"Thinking"})):
            moded = [m for m in ms if m.setting and text[m.end : m.tail].strip(" -") == word]
            if len(moded) >= 2 and (word in kin or len(moded) >= 3 * (len(ms) - len(moded))):
                for m in moded:
                    m.canonical, m.setting = f"{canonical} {word}", None
                break


# a variant written after a benchmark's name: a capitalised part glued with a hyphen ('OSWorld-V',
# 'BrowseComp-ZH') or a two-letter language code apart ('BrowseComp ZH'); not 'SWE-bench-style'
_VARIANT = re.compile(
    r"(?P<sep>-)(?P<v>[A-Z][A-Za-z]*)(?![\w-])|(?P<sp> )(?P<code>(?!AI\b)[A-Z]{2})(?![\w-])"
)


def _bench_variants(text: str, known: list[ent.Mention], kb: ent.Knowledge) -> None:
    """A benchmark we know followed by a variant's part is that variant: the known benchmark the written
    part abbreviates ('OSWorld-V' -> OSWorld-Verified), else a benchmark of its own named as written
    ('BrowseComp-ZH'), never the bare benchmark it starts with."""
    for m in known:
        if m.kind != "benchmark":
            continue
        vm = _VARIANT.match(text, m.end)
        if vm is None:
            continue
        written = text[m.start : vm.end()]
        low = written.lower()
        longer = {
            r.canonical
            for r in kb.records
            if r.kind == "benchmark" and r.alias.lower().startswith(low) and r.canonical != m.canonical
        }
        if len(longer) > 1:
            continue
        canonical = longer.pop() if longer else m.surface + "-" + (vm.group("v") or vm.group("code"))
        m.canonical, m.end, m.surface = canonical, vm.end(), written
        m.unit = kb.bench_unit.get(canonical, m.unit)


_TOTAL_SIZE_END = re.compile(r"\d+(?:\.\d+)?B$")
_ACTIVE_SIZE = re.compile(r" A\d+(?:\.\d+)?B")  # after the name with its total size


def _with_active_size(mentions: list[ent.Mention]) -> None:
    """A name ending in its total size ('Qwen3.5-122B') where the article also names the model with its
    active size ('Qwen3.5-122B-A10B'), and no other one: the same model, under its full name."""
    names = {m.canonical for m in mentions if m.kind == "model"}
    full: dict[str, str] = {}
    for n in names:
        if _TOTAL_SIZE_END.search(n):
            longer = [o for o in names if o.startswith(n) and _ACTIVE_SIZE.fullmatch(o, len(n))]
            if len(longer) == 1:
                full[n] = longer[0]
    if full:
        for m in mentions:
            if m.kind == "model" and m.canonical in full:
                m.canonical = full[m.canonical]


def _main_model(mentions: list[ent.Mention]) -> str | None:
    """The model an article names most, at least twice as often as any other (None when there is none)."""
    top = Counter(m.canonical for m in mentions if m.kind == "model").most_common(2)
    if not top or top[0][1] < 3 or (len(top) > 1 and top[0][1] < 2 * top[1][1]):
        return None
    return top[0][0]


def _lead_tiered(mentions: list[ent.Mention]) -> str | None:
    """The first model the page names in full whose name ends in a tier word ('Nova 3 Swift')."""
    for m in sorted(mentions, key=lambda m: m.start):
        if m.kind == "model" and m.method != "short" and m.surface and short_forms.ends_in_tier(m.canonical):
            return m.canonical
    return None
