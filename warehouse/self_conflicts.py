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

import functools
import json
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol, TypeVar

from warehouse.agreement import Stated, agree

_WORDS_FILE = Path(__file__).resolve().parent / "patterns" / "own_run_words.jsonl"


def _alternation(phrases: list[str]) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(phrases), key=len, reverse=True))


@functools.cache
def _own_run_pattern(path: Path = _WORDS_FILE) -> re.Pattern[str]:
    branches: list[str] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            more, unless = row["phrases"], row.get("unless_next", [])
            if not isinstance(more, list) or not isinstance(
                unless, list
            ):  # a string is read letter by letter
                raise TypeError("'phrases' or 'unless_next' is not a list")
            branch = rf"(?:{_alternation([row['id'], *more])})(?![\w-])"
            if unless:  # 'we got access to': the words right after the phrase that make it no own run
                branch += rf"(?!\s+(?:{_alternation(unless)})(?![\w-]))"
            branches.append(branch)
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{n}: not an own-run row ({exc})") from exc
    return re.compile(rf"(?<![\w-])(?:{'|'.join(branches)})", re.IGNORECASE)


def reports_own_run(evidence: str | None, path: Path = _WORDS_FILE) -> bool:
    """Whether a fact's evidence says its page measured the figure itself ('in our run', 'we reran') or
    corrected it ('revised to'); a row's `unless_next` words right after its phrase undo it ('we got
    access')."""
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
    confirmed_memo: dict[str, bool] = {}

    def confirmed(f: F) -> bool:
        got = confirmed_memo.get(f.fact_id)
        if got is None:
            sf = setting_of(f)
            got = any(
                o.vote_unit != f.vote_unit
                and _compatible(sf, setting_of(o))
                and agree(rule, f.stated, o.stated)
                for o in facts
            )
            confirmed_memo[f.fact_id] = got
        return got

    for own in by_article.values():
        if len(own) < 2 or len({(setting_of(f), f.stated.text) for f in own}) < 2:
            continue
        if any(f.own_run for f in own):  # a page's own run set against a published figure: the contradiction
            continue
        for f in own:
            if confirmed(f):
                continue
            sf = setting_of(f)
            if any(
                _compatible(sf, setting_of(g)) and not agree(rule, f.stated, g.stated) and confirmed(g)
                for g in own
                if g is not f
            ):
                out.add(f.fact_id)
    return out
