"""A page that gives two values for one model and benchmark itself (a bracket of rounds, each round a small
table whose label was not read as a setting) is at odds with neither value: two pages that reproduce the same
two-valued table contradict each other in nothing, while a page whose figure matches neither value still
contradicts them.

Through a real warehouse (load, reconcile, the `contradictions` view); model and benchmark names, tables and
figures are invented.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from tests.test_reconcile import article, load_items, score
from warehouse.agreement import norm_setting, score_value
from warehouse.db import open_warehouse
from warehouse.reconcile import Fact, build_disputes, reconcile
from warehouse.self_conflicts import states_also

# a bracket page: each round pits one challenger against the same favourite on the same three tasks
ROUND_ONE = "| Ember-Ops | 61 | 84 | favourite | +23 |"
ROUND_TWO = "| Ember-Ops | 77 | 89 | favourite | +12 |"


@pytest.fixture()
def con(tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    with open_warehouse(tmp_path / "wh.duckdb") as c:
        yield c


def flagged(con: duckdb.DuckDBPyConnection) -> set[tuple[str, str]]:
    return {(s, a) for s, a in con.execute("SELECT subject, attribute FROM contradictions").fetchall()}


def _bracket(name: str, host: str | None = None) -> object:
    return article(
        name,
        [
            score("Tarn-4", "Ember-Ops", 84.0, text=ROUND_ONE),
            score("Tarn-4", "Ember-Ops", 89.0, text=ROUND_TWO),
            score("Quillon 2 30B", "Ember-Ops", 61.0, text=ROUND_ONE),
        ],
        host=host,
    )


def test_two_pages_with_the_same_two_valued_table_contradict_in_nothing(
    con: duckdb.DuckDBPyConnection,
) -> None:
    """The bracket on a blog and its mirror as a rendered repository page: each gives the favourite 84 in
    round one and 89 in round two. Before, 84 on one page against 89 on the other was a contradiction."""
    load_items(con, [_bracket("bracket-blog"), _bracket("bracket-mirror", host="mirror")])  # type: ignore[list-item]
    reconcile(con, "l1")
    assert flagged(con) == set()


def test_a_page_matching_neither_value_still_contradicts(con: duckdb.DuckDBPyConnection) -> None:
    recap = "A weekly recap credits Tarn-4 with 72 on Ember-Ops."
    load_items(
        con,
        [
            _bracket("bracket-blog"),  # type: ignore[list-item]
            _bracket("bracket-mirror", host="mirror"),  # type: ignore[list-item]
            article("recap", [score("Tarn-4", "Ember-Ops", 72.0, text=recap)]),
        ],
    )
    reconcile(con, "l1")
    assert flagged(con) == {("Tarn-4", "Ember-Ops")}


def test_a_page_matching_one_value_of_the_two_valued_page_opens_nothing(
    con: duckdb.DuckDBPyConnection,
) -> None:
    """A news item repeats round two's 89 only: the bracket page states 89 as well, so the news item's figure
    is at odds with nothing the bracket page says."""
    news = "Tarn-4 took the second round of the bracket with 89 on Ember-Ops."
    load_items(
        con,
        [_bracket("bracket-blog"), article("news", [score("Tarn-4", "Ember-Ops", 89.0, text=news)])],  # type: ignore[list-item]
    )
    reconcile(con, "l1")
    assert flagged(con) == set()


# --- the rule on its own (no database) ----------------------------------------------------------------------


def _fact(fid: str, page: str, value: float, setting: str | None = None, own_run: bool = False) -> Fact:
    f = Fact(fid, "score", "Tarn-4", "Ember-Ops", None, setting, "%", page, page, f"{page}.example", "news",
             score_value(value, None))  # fmt: skip
    f.own_run = own_run
    return f


def _conflict(facts: list[Fact]) -> bool:
    (dispute,) = build_disputes(facts)
    return dispute.conflict


def test_only_a_page_giving_two_values_states_another() -> None:
    facts = [_fact("a1", "two-valued", 84.0), _fact("a2", "two-valued", 89.0), _fact("b1", "single", 84.0)]
    states = states_also("rounding", facts, lambda f: norm_setting(f.setting))
    assert states is not None
    assert states("two-valued", None, score_value(89.0, None))
    assert states("two-valued", None, score_value(84.4, None))  # up to rounding
    assert not states("two-valued", None, score_value(72.0, None))
    assert not states("single", None, score_value(84.0, None))  # one value: the plain case, no answer
    assert not states("elsewhere", None, score_value(84.0, None))
    # no page giving two values under one setting: nothing to ask
    plain = [_fact("a1", "one", 84.0), _fact("a2", "one", 89.0, "with tools"), _fact("b1", "two", 84.0)]
    assert states_also("rounding", plain, lambda f: norm_setting(f.setting)) is None


def test_must_not_two_single_valued_pages_lose_their_contradiction() -> None:
    assert _conflict([_fact("a1", "one", 84.0), _fact("b1", "two", 89.0)])


def test_must_not_a_page_that_ran_it_itself_hide_its_own_disagreement() -> None:
    # 'in our run Tarn-4 got 84, not the 89 its lab announced': the own run's two values are the contradiction
    facts = [
        _fact("a1", "check", 84.0, own_run=True),
        _fact("a2", "check", 89.0, own_run=True),
        _fact("b1", "launch", 89.0),
    ]
    assert _conflict(facts)


def test_must_not_a_value_under_an_explicitly_different_setting_count_as_stated() -> None:
    # the two-valued page gives 89 with tools only; another page's 89 without a stated setting is covered, but
    # a third page's 89 under 'no tools' is not what the two-valued page says under that setting
    facts = [
        _fact("a1", "two-valued", 84.0, "no tools"),
        _fact("a2", "two-valued", 89.0, "with tools"),
        _fact("b1", "other", 89.0, "no tools"),
    ]
    assert _conflict(facts)


def test_must_not_a_page_with_two_stated_settings_hide_an_unstated_disagreement() -> None:
    # a card with 26 without tools and 41 with tools does not contradict itself: a recap's 41 with no setting
    # stated is compared with the card's 26 as before
    facts = [
        _fact("a1", "card", 26.0, "no tools"),
        _fact("a2", "card", 41.0, "with tools"),
        _fact("b1", "recap", 41.0),
    ]
    assert _conflict(facts)


def test_must_not_a_default_row_and_its_variant_row_count_as_one_setting() -> None:
    # a card's plain row says 30 and its 'with tools' row 50, and a mirror of the card says the same; a recap
    # gives 50 with no setting: the card's two rows are two settings, not a page at odds with itself, so the
    # recap's figure still disagrees with the cards' default row
    facts = [
        _fact("a1", "card", 30.0),
        _fact("a2", "card", 50.0, "with tools"),
        _fact("m1", "mirror", 30.0),
        _fact("m2", "mirror", 50.0, "with tools"),
        _fact("b1", "recap", 50.0),
    ]
    assert _conflict(facts)
