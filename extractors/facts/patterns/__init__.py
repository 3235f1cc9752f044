"""Entity patterns kept as data: one JSON object per line, SpanRuler style, `id` = canonical name.

Files: models.jsonl (MODEL), families.jsonl (FAMILY: a name used before a version, with its lab, how the
canonical name is joined, and `modes`: the modes it ships as models of their own, '|'-separated, such as "Deep
Think" for 'Name 3 Deep Think'), labs.jsonl (LAB), benchmarks.jsonl (BENCHMARK, with its `unit`; leaderboards
and indices are benchmarks too). A bad line raises `PatternError` naming the file and line. Word lists kept
beside them (setting_words.jsonl, side_words.jsonl, name_settings.jsonl and comparatives.jsonl, other
languages' comparatives read by `foreign_comparatives`; ranking_words.jsonl, verbs of place and words that
make a figure no score, read by `claim_successors`; measure_nouns.jsonl, measure nouns and whether less of
each is better, read by `measure_leads`; board_words.jsonl, the header and heading words that set another
measure beside a benchmark and the words of a benchmark's own unit, read by `headed_runs`, and a benchmark's
closing words, read by `bench_word`; lead_words.jsonl, the lead verbs, board nouns, count and group
words of board_leads.py, read by `kind_words`) are read with `data_rows`, which fails the same way.
`word_alternation` writes a list of words as a regex alternation, one way for every module;
`side_alternation` the side words of given kinds. README.md beside this file lists every file and
its readers."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from extractors.facts.alternation import longest_first as by_length

PATTERN_DIR = Path(__file__).resolve().parent
PATTERN_FILES = ("models.jsonl", "families.jsonl", "labs.jsonl", "benchmarks.jsonl")
LABELS = {"MODEL": "model", "FAMILY": "family", "LAB": "lab", "BENCHMARK": "benchmark"}
_ALLOWED_KEYS = {"label", "pattern", "id", "lab", "join", "unit", "requires", "modes"}
_UNITS = {"%", "elo", "USD", None}


class PatternError(ValueError):
    """A pattern line that cannot be used; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class PatternRecord:
    kind: str  # model | family | lab | benchmark
    canonical: str
    alias: str  # the text of the pattern
    label: str
    lab: str | None = None
    join: str | None = None
    unit: str | None = None
    requires: str | None = None
    modes: str | None = None  # FAMILY: modes shipped as models of their own ('Deep Think'), '|'-separated
    source: str = ""  # file:line


def _fail(where: str, msg: str) -> PatternError:
    return PatternError(f"{where}: {msg}")


def parse_line(line: str, where: str) -> PatternRecord | None:
    """One pattern line -> record; blank lines and `//` comments give None."""
    s = line.strip()
    if not s or s.startswith("//"):
        return None
    try:
        obj: Any = json.loads(s)
    except json.JSONDecodeError as exc:
        raise _fail(where, f"not valid JSON ({exc.msg})") from None
    if not isinstance(obj, dict):
        raise _fail(where, "a pattern must be a JSON object")
    extra = set(obj) - _ALLOWED_KEYS
    if extra:
        raise _fail(where, f"unknown keys {sorted(extra)}")
    label = obj.get("label")
    if label not in LABELS:
        raise _fail(where, f"label must be one of {sorted(LABELS)}, got {label!r}")
    pattern, cid = obj.get("pattern"), obj.get("id")
    if not isinstance(pattern, str) or not pattern.strip():
        raise _fail(where, "pattern must be a non-empty string")
    if not isinstance(cid, str) or not cid.strip():
        raise _fail(where, "id (the canonical name) must be a non-empty string")
    unit = obj.get("unit")
    if unit not in _UNITS:
        raise _fail(where, f"unit must be '%', 'elo', 'USD' or null, got {unit!r}")
    for key in ("lab", "join", "requires", "modes"):
        if key in obj and not isinstance(obj[key], str):
            raise _fail(where, f"{key} must be a string")
    if label == "FAMILY" and "lab" not in obj:
        raise _fail(where, "a FAMILY pattern needs its lab")
    return PatternRecord(
        kind=LABELS[label],
        canonical=cid.strip(),
        alias=pattern.strip(),
        label=label,
        lab=obj.get("lab"),
        join=obj.get("join"),
        unit=unit,
        requires=obj.get("requires"),
        modes=obj.get("modes"),
        source=where,
    )


def load_file(path: Path) -> list[PatternRecord]:
    out: list[PatternRecord] = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        rec = parse_line(line, f"{path.name}:{i}")
        if rec is not None:
            out.append(rec)
    return out


@cache
def _load_all(directory: str) -> tuple[PatternRecord, ...]:
    out: list[PatternRecord] = []
    for name in PATTERN_FILES:
        out.extend(load_file(Path(directory) / name))
    return tuple(out)


def load_patterns(directory: Path | None = None) -> list[PatternRecord]:
    """Every pattern of every file, validated; cached per directory."""
    return list(_load_all(str(directory or PATTERN_DIR)))


def alias_triples(directory: Path | None = None) -> list[tuple[str, str, str]]:
    """(kind, canonical, alias) for each pattern, to seed the warehouse's alias registry."""
    seen: dict[tuple[str, str, str], None] = {}
    for r in load_patterns(directory):
        seen.setdefault((r.kind, r.canonical, r.alias), None)
        seen.setdefault((r.kind, r.canonical, r.canonical), None)
    return list(seen)


def data_rows(path: Path, keys: tuple[str, ...] = ()) -> tuple[dict[str, Any], ...]:
    """The rows of a list kept as data (a word list, not an entity pattern file): one JSON object per line,
    blank lines skipped; a line that is not an object with every key in `keys` raises PatternError naming
    the file and line."""
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path.name}:{n}"
        try:
            obj: Any = json.loads(line)
        except json.JSONDecodeError as exc:
            raise _fail(where, f"not valid JSON ({exc.msg})") from None
        if not isinstance(obj, dict) or any(k not in obj for k in keys):
            raise _fail(where, f"a row must be a JSON object with {list(keys)}")
        rows.append(obj)
    return tuple(rows)


@cache
def kind_words(file: str, *kinds: str) -> tuple[str, ...]:
    """The words of `kinds` in the word list `file` (a patterns/*.jsonl name), in file order: a row is one
    word (`id`) or several (`words`) of its `kind`. The one reader of a list's words by kind."""
    words: list[str] = []
    for row in data_rows(PATTERN_DIR / file, ("kind",)):
        if row["kind"] in kinds:
            words.extend(str(w) for w in (row["words"] if "words" in row else [row["id"]]))
    return tuple(words)


@cache
def kind_alternation(file: str, *kinds: str, spaces: str = r"\ ", longest_first: bool = False) -> str:
    """The words of `kinds` in `file` (`kind_words`) as one alternation (`word_alternation`)."""
    return word_alternation(kind_words(file, *kinds), spaces=spaces, longest_first=longest_first)


@cache
def side_words(kind: str) -> tuple[str, ...]:
    """side_words.jsonl: the words of one `kind` (`id` = the word): 'function', 'noun' and 'label' words never
    continue a name; a 'bracketed_variant' in brackets after a name may be part of it; 'heading' and
    'results_title' words make a heading descriptive; 'group_noun', 'member_group' (a group whose
    members a dash or colon lists after it, claim_groups.py) and 'companion' words shape a claim's object;
    'people' words (a people's or a language's, capitalised wherever they stand) open no new name;
    'facet' words name a model's own setting, mode or variant ('the high-effort setting', 'the fast mode');
    'generic_head' words make a table head name no benchmark ('Average', 'Win rate'); 'business', 'axis' and
    'growth' words mark business figures (business_figures.py); 'figure_owner', 'owner_measure',
    'checker_error', 'scale_definer', 'scale_verb', 'scale_meaning', 'gap_word' and 'lead_word' words give a
    figure to something other than a model (other_figures.py); 'result_word' words, before a figure, make it a
    result, and a 'usage_noun' after 'N% on Name' makes the name a platform's (lone_results.py), a
    'source_noun' ('outputs', 'logs') a source of data and a 'change_word' before it a market's change,
    while 'capitals', 'tongue_code', 'ailment' and 'device' words are never a test's name
    (run_benchmarks.py); 'cost_word'
    and 'speed_word' words name a claim's price or speed area (claim_benchmarks.py) and, with 'cost_row_word',
    'speed_row_word' and 'speed_row_end' ('time' as a label's last word), a verdict table's price or speed
    row, while 'verdict_head', 'margin_head', 'tie_word', 'spec_noun' and 'spec_row_word' words find a verdict
    column, its margin, a tie and a spec row (claim_verdicts.py); 'spec_noun' and 'quality_noun' words tell a
    parity of specifications from one of quality (spec_parity.py); 'figure_hedge' words round the figure after
    them ('approximately 88%', figure_hedges.py)."""
    return kind_words("side_words.jsonl", kind)


def word_alternation(words: Iterable[str], *, spaces: str = r"\ ", longest_first: bool = False) -> str:
    """`words` as one regex alternation in a non-capturing group ('(?:a|b|c)'), each word literal
    (`re.escape`), in the order given or, with `longest_first`, longest first (words of one length in
    code-point order: `alternation.longest_first`, the same text whatever the hash seed when `words` is a
    set), so that a word is never cut short by another it starts with. A space in a word matches `spaces`
    (r"\\s+": any run of white space, 'such  as'). The boundaries around it are the caller's."""
    items = by_length(words) if longest_first else list(words)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", spaces) for w in items) + ")"


@cache
def side_alternation(*kinds: str, spaces: str = r"\ ", longest_first: bool = False) -> str:
    """The side words of `kinds`, kind after kind in file order, as one alternation (`word_alternation`): one
    way to build it, so that a list's words mean the same in every module."""
    return word_alternation(
        (w for kind in kinds for w in side_words(kind)), spaces=spaces, longest_first=longest_first
    )


@cache
def release_words(kind: str) -> tuple[str, ...]:
    """release_words.jsonl: the words of one `kind` (`id` = the word) around a release sentence: 'other_time'
    words, a 'relative' word before a 'period' word ('the previous spring', 'over the weekend') and any
    'month' set a sentence's event at a time of its own (fronted_dates.py); 'benchmark_modifier' words stand
    between a release word and the benchmark it releases (released_benchmarks.py); a 'version_noun' before
    a dotted year-month-day makes it a version, and a 'date_lead' word lets an unpadded one be a date
    (dates.py); a 'maker_verb' after a lab names what it made (unknown_bench.py), a 'maker_report' verb
    after the maker of the page's model makes the lab its speaker (lead_owners.py)."""
    return kind_words("release_words.jsonl", kind)


@cache
def place_words(kind: str) -> tuple[str, ...]:
    """place_words.jsonl: the words of one `kind` (`id` = the word) around a rank: a 'modal' or an
    'expectation' word ('expected to') before a 'foreseen_verb' (or 'be' and a 'foreseen_be' word) makes a
    place foreseen, not held, with a 'modal_adverb' between; a 'clause_joint' before anything but a place ends
    the modal's reach (rank_lists.py). A 'rank_head' or a 'row_counter' heads a place column
    (table_columns.py); an 'off_board_column' head or a 'steps_intro' line before a table makes its places no
    board's (rank_tables.py); a 'placing_verb' puts its object at a place, and the 'winner_modifier',
    'top_ranked', 'role_noun', 'role_adverb' and 'zh_*' words name the first place as a role before its holder
    (held_places.py). A 'board_head' word in the heading above a numbered list makes it a board, and an
    item whose rest after its model opens on a lower-case word other than a 'row_link' is a roundup's
    headline (roundup_lines.py). A 'below_place_verb' and up to six words, or a 'below_pronoun_verb' and 'it'
    or 'them', place a model given a bare 'above' / 'below' (comparisons.py). A 'size_column' or a
    'figure_column' head holds figures that are no score, as does a 'rating_column' (place_rows.py) or a
    'count_column' (glued_records.py) head."""
    return kind_words("place_words.jsonl", kind)


@cache
def family_words(kind: str) -> tuple[str, ...]:
    """family_words.jsonl: the words of one `kind` (`id` = the word, lower-case) around a family's members: a
    'member' word numbered as a day, round or part and an 'event' word open no page family (page_families.py);
    a quantised 'build' format or a 'descriptor' word after a known member makes no longer id
    (longer_ids.py)."""
    return kind_words("family_words.jsonl", kind)


@cache
def board_words(kind: str) -> tuple[str, ...]:
    """board_words.jsonl: the words of one `kind` (`id` = the word): besides the header words headed_runs.py
    reads, a benchmark's closing words: 'closing' words end a benchmark's name wherever it stands ('Kiln
    Arena', 'TallyQA'), 'title_closing' words do so in a title or the subject of an opening line ('Kiln Recall
    Benchmark'), a 'possessive_closing' word after an owner's name ('Tanselo's Final Test'), a 'variant'
    is joined to a name by a hyphen ('-Verified'), and a 'length' head is no rate of a board
    (board_metrics.py)."""
    return kind_words("board_words.jsonl", kind)


@cache
def bench_word(*kinds: str) -> re.Pattern[str]:
    """A word that makes a name a benchmark's: a closing word of `kinds` (board_words.jsonl) with no
    lower-case letter after it, or a 'variant' joined on by a hyphen: one list for every module that asks it,
    kind after kind in file order."""
    closing = word_alternation(w for kind in kinds for w in board_words(kind))
    return re.compile(closing + r"(?![a-z])|-" + word_alternation(board_words("variant")) + r"\b")
