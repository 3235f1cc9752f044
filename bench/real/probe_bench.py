"""The `benchmarks` probe of probe.py: every benchmark name of an article's gold, wherever its text writes it,
becomes an invented name of the same shape, in text and gold alike.

New pages name benchmarks no list knows (a new suite, an index's next version, a descriptive name). The
rewrite keeps what a reader sees of a name and changes what a list would match:

- each word part of capitals or letters ('SWE', 'Live', 'Code', 'GPQA', 'Humanity') becomes an invented part
  of the same length and the same case letter by letter, vowels for vowels ('GPQA' -> 'KRTB', 'Diamond' ->
  'Lobeset'), the same invented part wherever the same part stands (so 'SWE-bench Verified' and 'SWE-bench
  Pro' stay siblings, 'GSM8K' and 'gsm8k' one name);
- kept: digits and versions ('Terminal-Bench 2.0' keeps '2.0': a version is shape, and moving it is the
  `versions` probe's business), separators, single letters, the closing words new benchmarks are still
  built on ('Bench', 'Eval', 'QA', 'Arena', 'Index', 'Exam', ...) and the variant words after a name
  ('Verified', 'Pro', 'Hard', 'Lite'), since a new benchmark's page writes those too; and a word of lower
  case letters only ('code editing benchmark', 'hallucination rate'), which describes rather than names.

So one word stays one word and a name keeps its word count. A page writes a gold name in other cases,
hyphens or as a short form the lists know ('HLE' for "Humanity's Last Exam"): the text is rewritten wherever
it writes a gold name, any of those spellings, or a pattern the benchmark list files under a gold name.
A name that could be an ordinary word ('MATH', 'Include') is matched in its own case only.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

_PATTERNS = Path(__file__).resolve().parents[2] / "extractors" / "facts" / "patterns"
# closing and variant words kept as they are (see the docstring)
_KEPT_WORDS = (
    "bench benchmark eval evals qa arena index exam test suite tasks leaderboard board "
    "verified pro hard lite easy mini plus max multilingual text vision coding expert diamond"
)
KEPT = frozenset(_KEPT_WORDS.split(" "))
_VOWELS, _CONS = "aeiou", "bcdfghjklmnprstvz"
# a word part: a run of capitals before a capitalised part or alone, or a capital and its small letters
_PART = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]+(?![a-z])|[A-Z]?[a-z]+")
_TOKEN = re.compile(r"[^\s]+")
# a name that cannot be an ordinary word in any case (as bench_spellings reads it)
_DISTINCT = re.compile(r"[A-Za-z]\d|\d[A-Za-z]|[a-z][A-Z]|[A-Z]-[A-Za-z]|[A-Za-z]-[A-Z]")
_SEP = r"[-\u2010\u2011\u00a0 ]?"


_SHORT_WORDS = "a an as at be by do go he if in is it me my no of on or so to up us we"


@cache
def _taken() -> frozenset[str]:
    """Every word part the pattern lists hold (an invented part must not be one of them) and a few short
    words of English."""
    out = set(_SHORT_WORDS.split(" "))
    for f in _PATTERNS.glob("*.jsonl"):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                pat = json.loads(line).get("pattern")
                if isinstance(pat, str):
                    out.update(p.lower() for p in _PART.findall(pat))
    return frozenset(out)


@cache
def invented(part: str) -> str:
    """The invented part for a word part, in lower case: same length, vowels where it has vowels."""
    low = part.lower()
    for salt in range(100):
        h = hashlib.sha256(f"{low}/{salt}".encode()).digest()
        new = "".join(
            (_VOWELS[h[i % 32] % 5] if c in _VOWELS + "y" else _CONS[h[i % 32] % len(_CONS)])
            for i, c in enumerate(low)
        )
        if new != low and new not in _taken():
            return new
    return low  # pragma: no cover - a hundred collisions in a row


def _cased(surface: str, new: str) -> str:
    return "".join(n.upper() if s.isupper() else n for s, n in zip(surface, new, strict=True))


def _rename_token(tok: str, alone: bool) -> str:
    if not alone and not re.search(r"[A-Z\d]", tok):
        return tok  # lower-case words describe ('code editing benchmark'); 'τ-bench' keeps its letters
    return _PART.sub(
        lambda m: (
            m.group()
            if len(m.group()) == 1 or m.group().lower() in KEPT
            else _cased(m.group(), invented(m.group()))
        ),
        tok,
    )


def rename(name: str) -> str:
    """'SWE-bench Verified' -> 'Kobe-bench Verified'-like: the benchmark name's invented twin (docstring)."""
    alone = len(name.split()) == 1  # a name of one word in lower case ('mbpp') is a name all the same
    return _TOKEN.sub(lambda m: _rename_token(m.group(), alone), name)


@cache
def _list_spellings() -> dict[str, list[str]]:
    """The benchmark list's patterns by the id they are filed under."""
    out: dict[str, list[str]] = {}
    for line in (_PATTERNS / "benchmarks.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out.setdefault(row["id"], []).append(row["pattern"])
    return out


def _spelling_re(name: str) -> str:
    parts = [re.escape(p) for p in re.split(r"[-\u2010\u2011\u00a0 ]", name) if p]
    body = _SEP.join(parts)
    if _DISTINCT.search(name):
        body = f"(?i:{body})"
    # not inside a longer word before it (a glued word before a capital is: 'BenchmarkMMLU'), and a letter
    # may not follow; a figure may ('MMLU88.5' is a glued table row)
    before = r"(?<![A-Za-z0-9])" if not name[0].isupper() else r"(?<![A-Z0-9])"
    after = r"(?!\d)" if name[-1].isdigit() else r"(?![A-Za-z])"
    return before + body + after


def _head(name: str) -> str:
    m = _PART.search(name)
    return m.group().lower() if m else ""


def list_aliases(name: str) -> list[str]:
    """The renamed patterns the benchmark list files under a gold name ('SWE-bench' under 'SWE-bench
    Verified'): the short forms a page writes for it, which the list resolves as-is; the probe's gold lists
    them as aliases so that a name found as the page writes it is not counted as another benchmark."""
    return [rename(p) for p in _list_spellings().get(name, []) if rename(p) != p]


def article_rewrite(names: Iterable[str]) -> Callable[[str], str]:
    """The rewrite of one article's text: its gold benchmark names, their spellings and the list's patterns
    filed under them or opening on the same word part (the 'OSWorld' of a page about 'OSWorld-Verified'),
    renamed wherever they stand; the rest of the text unchanged."""
    spellings: set[str] = set()
    heads = set()
    for n in names:
        if n and rename(n) != n:
            spellings.add(n)
            heads.add(_head(n))
    for pats in _list_spellings().values():
        spellings.update(p for p in pats if _head(p) in heads and rename(p) != p)
    if not spellings:
        return lambda s: s
    found = re.compile("|".join(_spelling_re(s) for s in sorted(spellings, key=len, reverse=True)))
    return lambda s: found.sub(lambda m: rename(m.group()), s)
