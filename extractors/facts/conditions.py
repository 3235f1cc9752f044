"""Settings kept apart from names: effort, mode, tools, harness, n-shot, metric variant, benchmark version or
subset.

`conditions_in(text)` reads the settings stated in a stretch of text; `join_settings` orders and joins them
the way the gold labels write them ("Thinking; no tools", "xhigh; v4.0", "v6; pass@1"); `setting_swing` tells
two values under two settings ('from 76.2 at low effort to 84.0 at high') from a change. The words other
languages write for a setting ('ohne Tools', 'sin herramientas', '不使用工具', '思考模式') are data
(patterns/setting_words.jsonl): each reads as the English setting, so a German page's 'ohne Tools' and an
English one's 'no tools' are one setting when their figures are compared.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from extractors.facts.alternation import longest_first
from extractors.facts.numbers import NumberMention
from extractors.facts.patterns import data_rows, word_alternation

# what an 'at max' / 'at low' names when it is a serving condition, not an effort
_SERVING_FILE = Path(__file__).resolve().parent / "patterns" / "serving_conditions.jsonl"
_SERVING = word_alternation(
    (w for row in data_rows(_SERVING_FILE, ("words",)) for w in row["words"]),
    spaces=r"\s+",
    longest_first=True,
)
_ORDER = ("model", "subset", "version", "tools", "harness", "shots", "metric", "other")
_WORD_SHOTS = {"zero": "0", "one": "1", "few": "few", "five": "5", "three": "3", "ten": "10"}

_RULES: list[tuple[str, re.Pattern[str], str]] = [
    (
        "tools",
        re.compile(
            r"\b(?:no|without(?: any)?) (?:tools|tool use|tool access)\b|\bwithout them\b|"
            r"\btools? (?:off|disabled)\b|\btool-free\b|\btools away\b|\bw/o\.?\s*tools\b",
            re.I,
        ),
        "no tools",
    ),
    ("tools", re.compile(r"\bwith Python tools\b|\bPython tools\b", re.I), "with Python tools"),
    (
        "tools",
        re.compile(
            r"\b(?:with|using|given) (?:web )?(?:search|tools|tool use|a code interpreter|a python sandbox)"
            r"|\bsearch and (?:a )?code (?:interpreter|tools)|\bwhen (?:search|tools) (?:and [\w ]+ )?"
            r"(?:is|are) allowed|\bwith tools\b|\btools? (?:on|enabled)\b|"
            r"\btool-(?:enabled|augmented|enhanced|assisted)\b|"
            r"\bw/\s*tools\b",
            re.I,
        ),
        "with tools",
    ),
    ("shots", re.compile(r"\b(\d+|zero|one|few|five|three|ten)[- ]shot\b", re.I), "{shots}"),
    ("metric", re.compile(r"\b((?:pass|cons|maj|avg|best)@\d+)\b", re.I), "{m1l}"),
    ("version", re.compile(r"(?<![\w.])v(\d+(?:\.\d+)?)\b|\bversion (\d+(?:\.\d+)?)\b"), "v{v}"),
    ("model", re.compile(r"\b(xhigh|x-high)\b(?: (?:reasoning )?(?:effort|setting|mode))?", re.I), "xhigh"),
    (
        "model",
        re.compile(
            r"\b(?:at|with|on) (?:its |the )?(high|medium|low|minimal|max)(?: reasoning)? "
            r"(?:effort|setting|mode|thinking)\b",
            re.I,
        ),
        "{m1l}",
    ),
    # an effort written as a thinking level or budget ('High Thinking Level', 'low thinking budget')
    ("model", re.compile(r"\b(high|medium|low|minimal)\s+thinking\s+(?:level|budget)\b", re.I), "{m1l}"),
    # the mode's name may be quoted ("the 'Deep Think' mode", 'mode “Deep Think”')
    ("model", re.compile(r"\b(Thinking|Contemplating|Instant|Deep Think)['’”\"]? mode\b"), "{m1}"),
    ("model", re.compile(r"\bnon-(?:reasoning|thinking)\b", re.I), "non-reasoning"),
    # 'with Deep Think' as other languages write it too ('dengan', 'mit', 'avec', 'con', 'com')
    (
        "model",
        re.compile(
            r"\b(?:with|using|in|under|dengan|mit|avec|con|com) (?:the |its |mode |modus )?['‘“\"]?"
            r"(Deep Think|extended thinking)\b"
        ),
        "{m1}",
    ),
    # 'at max' / 'at low' alone; not before what it qualifies when that is how the model was served or priced
    # ('at max throughput', 'at low cost', 'at high concurrency'): a condition of one sentence, no effort
    (
        "model",
        re.compile(
            r"\bat (high|medium|low|minimal|max)\b(?! (?:of|than|end|level|school)\b)"
            rf"(?!\s+{_SERVING}\b)"
        ),
        "{m1l}",
    ),
    ("harness", re.compile(r"\b([A-Z][\w]*-\d+) harness\b"), "{m1} harness"),
    (
        "harness",
        re.compile(r"\b(?:the|an?) ([A-Z][\w.-]*) (scaffold|harness|agent framework)\b"),
        "{m1} {m2}",
    ),
    (
        "harness",
        re.compile(r"\b([A-Z][\w]*)'s own agent harness\b|\b([A-Z][\w]*)'s agent harness\b"),
        "{m12} agent harness",
    ),
    (
        "harness",
        re.compile(r"\b(?:its|their|[Tt]he (?:lab|vendor|company)'s) own (?:agent )?harness\b"),
        "own agent harness",
    ),
    (
        "subset",
        re.compile(
            r"\bin the (retail|telecom|airline) domain\b|\bin (retail|telecom|airline)\b|"
            r"\b(retail|telecom|airline) tasks\b",
            re.I,
        ),
        "{m123l}",
    ),
    # the text-only part of a multimodal test ('HLE (Text-only)', '50.7% (text-only subset)'); not a model
    # that reads text only ('a text-only model')
    (
        "subset",
        re.compile(
            r"\btext[- ]only\b(?:\s+(?:subset|set|split|questions))?(?!\s+(?:model|LLM|version|variant))",
            re.I,
        ),
        "text-only",
    ),
    # the same domains written in Chinese ('通信类 95.3 分', traditional '零售類')
    ("subset", re.compile(r"(?:通信|电信|電信)[类類]"), "telecom"),
    ("subset", re.compile(r"零售[类類]"), "retail"),
    ("subset", re.compile(r"航空[类類]"), "airline"),
    ("other", re.compile(r"\bagent swarm\b", re.I), "Agent Swarm"),
    ("other", re.compile(r"\bparallel (?:test[- ]time )?compute\b", re.I), "parallel test-time compute"),
    ("other", re.compile(r"\bexperimental chat version\b", re.I), "experimental chat version"),
]


_WORDS_FILE = Path(__file__).resolve().parent / "patterns" / "setting_words.jsonl"


def _word_rx(word: str) -> str:
    """A setting word as a pattern: spacing free, and a word of letters not inside a longer word."""
    body = r"\s+".join(re.escape(w) for w in word.split())
    return rf"(?<!\w){body}(?!\w)" if word[:1].isascii() else body


def _word_rows(path: Path = _WORDS_FILE) -> list[dict[str, Any]]:
    """patterns/setting_words.jsonl: {slot, setting, words} per line, in the file's order (a negated setting
    before the plain one: '不使用工具' holds '使用工具')."""
    return list(data_rows(path, ("slot", "setting", "words")))


def _word_rules(rows: list[dict[str, Any]]) -> list[tuple[str, re.Pattern[str], str]]:
    """The rows as rules, each behind a lookahead of its words' first characters."""
    rules = []
    for row in rows:
        alternatives = "|".join(_word_rx(w) for w in longest_first(row["words"]))
        rules.append(
            (
                row["slot"],
                re.compile(_first_chars(row["words"]) + f"(?:{alternatives})", re.I),
                row["setting"],
            )
        )
    return rules


def _first_chars(words: Iterable[str]) -> str:
    """A lookahead of the words' first characters: a pattern opening on `(?<!\\w)` (or, under re.I, on
    letters) is tried at every position; this turns a position that starts no word away in one step."""
    return "(?=[" + "".join(sorted({re.escape(w[:1]) for w in words if w})) + "])"


_WORD_ROWS = _word_rows()
_WORD_RULES = _word_rules(_WORD_ROWS)
_RULES.extend(_WORD_RULES)


def _fill(tpl: str, m: re.Match[str]) -> str:
    if tpl == "{shots}":
        n = m.group(1).lower()
        return f"{_WORD_SHOTS.get(n, n)}-shot"
    if tpl == "v{v}":
        return "v" + (m.group(1) or m.group(2))
    groups = [g for g in m.groups() if g]
    first = groups[0] if groups else m.group()
    return (
        tpl.replace("{m1l}", first.lower())
        .replace("{m123l}", first.lower())
        .replace("{m12}", first)
        .replace("{m1}", first)
        .replace("{m2}", groups[1] if len(groups) > 1 else "")
    )


# a word every rule above needs (lower case, over the lower-cased text): one pass that lets the ~25 rules
# skip the many stretches that state no setting at all (most of the ones a page's figures are read in)
_CUES = re.compile(
    r"tool|shot|@|v\d|version|x-?high|effort|setting|mode|think|non-|\bat (?:high|medium|low|minimal|max)\b|"
    r"harness|scaffold|framework|retail|telecom|airline|[类類]|swarm|search|python|interpreter|without them|"
    r"parallel|text.only"
)


_WORD_CUES = re.compile(
    _first_chars(w for row in _WORD_ROWS for w in row["words"])
    + "(?:"
    + ("|".join(rx.pattern for _slot, rx, _tpl in _WORD_RULES) or r"(?!)")
    + ")",
    re.I,
)


def conditions_in(text: str) -> dict[str, str]:
    """Settings stated in `text`, by slot (first match per slot); a new dict each call (callers edit it)."""
    return dict(_stretch_conditions(text))


# the same labels and clauses are read again by several passes (about 4 calls in 10 repeat one); the result
# depends on the text alone, so the cache only bounds memory (an article reads hundreds of stretches)
@lru_cache(maxsize=4096)
def _stretch_conditions(text: str) -> tuple[tuple[str, str], ...]:
    return tuple(_read_conditions(text).items())


def _read_conditions(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    if not _CUES.search(text.lower()) and not _WORD_CUES.search(text):
        return out
    for slot, rx, tpl in _RULES:
        if slot in out:
            continue
        m = rx.search(text)
        if m:
            out[slot] = _fill(tpl, m)
    return out


def join_settings(parts: Iterable[tuple[str, str]]) -> str | None:
    """Join (slot, value) pairs in the house order, dropping duplicates; None when empty."""
    by_slot: dict[str, list[str]] = {}
    for slot, value in parts:
        if value and value not in by_slot.get(slot, []):
            by_slot.setdefault(slot, []).append(value)
    vals = [v for s in _ORDER for v in by_slot.get(s, [])]
    return "; ".join(dict.fromkeys(vals)) or None


# a condition written straight after the benchmark's name, no comma ('HLE with tools (58.4% vs 53.1%)', 'the
# HumanEval pass@1 metric', 'HLE w/o tools'): it names the test as run, so every figure read on that mention
# takes it, not only the one whose clause it falls in
_BENCH_TAIL = re.compile(
    r"(?:\s*\(([^()]{1,30})\)|,\s*((?:no|with|without)\s+\w+(?:\s\w+)?)|\s+(v\d+(?:\.\d+)?)"
    r"|\s+((?:with|without|w/o|no)\s+(?:tools|tool use)\b|(?:pass|cons|maj|avg)@\d+\b))"
)


def bench_tail_settings(text: str, start: int) -> dict[str, str]:
    """Settings written right after a benchmark name: '(5-shot)', ', no tools', ' v6', ' (pass@1)'."""
    m = _BENCH_TAIL.match(text, start)  # matched in place: slicing text[start:] made this quadratic
    if not m:
        return {}
    if m.group(1) and re.search(r"\d\s*%|\d\.\d", m.group(1)):
        return {}  # '(and 93.8% with Deep Think)': another value's clause, not the benchmark's setting
    return conditions_in(m.group(0))


_SWING_OPEN = re.compile(r"\b(?:from|between)\s+$", re.I)

_SWING_NEXT = re.compile(r"[^.;\d]{1,60}?\s(?:to|and)\s+(?:\d[\d.,]*)\s*(?:%|percent)?")


def setting_swing(text: str, n: NumberMention, before: str) -> bool:
    """'from 76.2 at low effort to 84.0 at high', 'between 70.5 without tools and 81.9 with tools': two values
    under two settings (both are scores), unlike 'rose from 71 to 84' (only the new value is current)."""
    if not _SWING_OPEN.search(before):
        return False
    m = _SWING_NEXT.match(text, n.end)
    if m is None:
        return False
    first = text[n.end : m.end()].rsplit(" to ", 1)[0].rsplit(" and ", 1)[0]
    second = re.split(r"[.;,]", text[m.end() : m.end() + 60], maxsplit=1)[0]
    return bool(conditions_in(first)) and bool(conditions_in(second))
