"""Figures an article contradicts itself with: which of them a contradiction between sources may rest on.

One article rarely gives two different figures for one model × benchmark under one setting. When its facts do
(two values whose settings are not explicitly different), one of them is nearly always misread: a threshold
or a baseline in the same sentence ("a pass mark would be 50 %"), another model's figure in a comparison
("the vendor reports 88 for the rival"), a neighbouring benchmark of a list whose name was not recognised,
a sub-score or variant row of a table. When other sources confirm one of the article's values, the article's
other values that no other source confirms are set aside: they stay facts of the article (its consensus
and ranks see them) but a contradiction between sources is not opened on them alone. When no value of the
article is confirmed, nothing is set aside (we cannot tell which one is misread).

A page that ran the benchmark itself ("we measured 71 against the 75 the lab published", "in our run")
contradicts the published figure on purpose: that is the contradiction; so does a figure the page says
replaced an earlier one ("first given as 80, since corrected to 74"). An article whose disagreeing
facts carry such words (`own_run_words.jsonl`, data) sets nothing aside (`Fact.own_run`, read from the
evidence by `reports_own_run`).

A confirmation is a fact of another copy group (copies of one story repeat one reading, misread or not)
that agrees with the value up to rounding under a setting that is not explicitly different.

Pure functions over `warehouse.disputes.Fact`-like objects: `article_id`, `vote_unit`, `fact_id`, `stated`
and the `setting` compared (normalised by the caller).
"""

from __future__ import annotations

import bisect
import functools
import json
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol, TypeVar

from extractors.facts.alternation import longest_first
from warehouse.agreement import PARAMETER_TOLERANCE, Stated, agree, compared_decimals

_WORDS_FILE = Path(__file__).resolve().parent / "patterns" / "own_run_words.jsonl"


def _alternation(phrases: list[str]) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in longest_first(set(phrases)))


@functools.cache
def _own_run_pattern(path: Path = _WORDS_FILE) -> re.Pattern[str]:
    branches: list[str] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            more, unless = row["phrases"], row.get("unless_next", [])
            # a string where a list belongs would be read letter by letter
            if not (isinstance(more, list) and isinstance(unless, list)):
                raise TypeError("'phrases' or 'unless_next' is not a list")
            branch = rf"(?:{_alternation([row['id'], *more])})(?![\w-])"
            if unless:  # 'we got access to': the words right after the phrase that make it no own run
                branch += rf"(?!\s+(?:{_alternation(unless)})(?![\w-]))"
            branches.append(branch)
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{n}: not an own-run row ({exc})") from exc
    return re.compile(rf"(?<![\w-])(?:{'|'.join(branches)})", re.IGNORECASE)


@functools.lru_cache(maxsize=1 << 14)
def reports_own_run(evidence: str | None, path: Path = _WORDS_FILE) -> bool:
    """Whether a fact's evidence says its page measured the figure itself ('in our run', 'we reran') or
    corrected it ('revised to'); a row's `unless_next` words right after its phrase undo it ('we got
    access'). Kept per sentence: a table's figures share one evidence, so a reconcile reads each once."""
    return bool(evidence) and _own_run_pattern(path).search(evidence or "") is not None


class _Fact(Protocol):
    fact_id: str
    article_id: str
    vote_unit: str
    stated: Stated
    own_run: bool


F = TypeVar("F", bound=_Fact)


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def set_aside(rule: str, facts: Sequence[F], setting_of: Callable[[F], str | None]) -> set[str]:
    """Ids of facts an article contradicts itself with that no other source confirms, when another source
    confirms a value of the same article that they disagree with (see the module docstring)."""
    by_article: dict[str, list[F]] = defaultdict(list)
    for f in facts:
        by_article[f.article_id].append(f)
    out: set[str] = set()
    # the facts as confirmations: each distinct value under each setting once, with the copy groups stating
    # it (an item has many facts but few values, so `agree` runs per value, not per pair of facts)
    units_of: dict[tuple[str | None, Stated], set[str]] = defaultdict(set)
    for o in facts:
        units_of[(setting_of(o), o.stated)].add(o.vote_unit)
    values = list(units_of.items())
    # two numbers agree only within a window around them (half a unit of the coarser precision under
    # rounding, 2% under `relative`, none for integers and cents): a number is compared only with the
    # values in its window (sorted by number; bisect) and the values without a number, the rest with all
    numbered = sorted(((st.num, i) for i, ((_, st), _) in enumerate(values) if st.num is not None))
    nums = [n for n, _ in numbered]
    unnumbered = [i for i, ((_, st), _) in enumerate(values) if st.num is None]
    rounding: float | None = None
    if rule == "rounding" and nums:
        coarsest = min(compared_decimals(st) for (_, st), _ in values if st.num is not None)
        largest = max(1.0, abs(nums[0]), abs(nums[-1]))
        rounding = 0.5 * 10.0**-coarsest + 1e-9 * largest
    confirmed_memo: dict[tuple[str, str | None, Stated], bool] = {}

    def window(num: float) -> float | None:
        """How far from `num` a number that agrees with it can be under the rule (`agreement.agree`),
        widened a little against float rounding; None: any number may."""
        if rule == "rounding":
            return None if rounding is None else rounding * 1.001 + 1e-12
        if rule in ("integer", "cents"):
            return 1e-9 * 1.001 + 1e-12
        if rule == "relative":  # |a - b| <= t * max(|a|, |b|) <= t * (|a| + |a - b|)
            return PARAMETER_TOLERANCE * abs(num) / (1 - PARAMETER_TOLERANCE) * 1.001 + 1e-12
        return None

    def candidates(st: Stated) -> list[int] | range:
        span = None if st.num is None else window(st.num)
        if span is None or st.num is None:
            return range(len(values))
        lo = bisect.bisect_left(nums, st.num - span)
        hi = bisect.bisect_right(nums, st.num + span)
        return [i for _, i in numbered[lo:hi]] + unnumbered

    def confirmed_key(mk: tuple[str, str | None, Stated]) -> bool:
        """Whether another copy group states (vote unit, setting, value) `mk`'s value."""
        got = confirmed_memo.get(mk)
        if got is None:
            unit, sf, st = mk
            got = False
            for i in candidates(st):
                (so, stated), units = values[i]
                if (len(units) > 1 or unit not in units) and _compatible(sf, so) and agree(rule, st, stated):
                    got = True
                    break
            confirmed_memo[mk] = got
        return got

    for own in by_article.values():
        if len(own) < 2 or len({(setting_of(f), f.stated.text) for f in own}) < 2:
            continue
        if any(f.own_run for f in own):  # a page's own run set against a published figure: the contradiction
            continue
        # the article's facts by what decides their fate (copy group, setting, value): a table states one
        # value in many facts, and facts alike are set aside alike, so each is judged once against the
        # article's confirmed values (a fact alike to f is unconfirmed as f is, so it never set f aside)
        alike: dict[tuple[str, str | None, Stated], list[str]] = defaultdict(list)
        for f in own:
            alike[(f.vote_unit, setting_of(f), f.stated)].append(f.fact_id)
        judged = [(k, confirmed_key(k)) for k in alike]
        backed = [(sg, g) for (_, sg, g), ok in judged if ok]
        if not backed:
            continue
        for (unit, sf, stated), ok in judged:
            if not ok and any(_compatible(sf, sg) and not agree(rule, stated, g) for sg, g in backed):
                out.update(alike[(unit, sf, stated)])
    return out
