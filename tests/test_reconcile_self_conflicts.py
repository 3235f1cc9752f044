"""A page that gives two figures for one model and benchmark under one setting has misread one of them; when
another source confirms one, the unconfirmed one opens no contradiction between sources (but stays a fact)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from warehouse.agreement import Stated, agree, format_number, norm_setting, score_value
from warehouse.reconcile import Fact, build_disputes
from warehouse.self_conflicts import reports_own_run, set_aside


def _fact(fid: str, page: str, value: float, setting: str | None = None, unit: str | None = None) -> Fact:
    return Fact(fid, "score", "Vell-7", "Bramble-QA", None, setting, "%", page, unit or page,
                f"{page}.example", "news", score_value(value, None))  # fmt: skip


def _conflict(facts: list[Fact]) -> bool:
    (dispute,) = build_disputes(facts)
    return dispute.conflict


def _aside(facts: list[Fact]) -> set[str]:
    return set_aside("rounding", facts, lambda f: norm_setting(f.setting))


def test_a_page_contradicting_itself_against_a_confirmed_value_opens_nothing() -> None:
    # page one: 'Vell-7 reaches 64.2 on Bramble-QA; its vendor quotes 88 for the rival'
    # (88 misread as Vell-7's)
    facts = [_fact("a1", "one", 64.2), _fact("a2", "one", 88.0), _fact("b1", "two", 64.2)]
    assert _aside(facts) == {"a2"}
    assert not _conflict(facts)
    # the misread figure stays a fact of its key: only the dispute leaves it out
    (dispute,) = build_disputes(facts)
    assert {f.fact_id for k in dispute.keys for f in k.facts} == {"a1", "a2", "b1"}


def test_two_pages_that_disagree_still_contradict() -> None:
    assert _conflict([_fact("a1", "one", 64.2), _fact("b1", "two", 70.5)])


def test_nothing_is_set_aside_when_no_value_of_the_page_is_confirmed() -> None:
    facts = [_fact("a1", "one", 64.2), _fact("a2", "one", 88.0), _fact("b1", "two", 71.0)]
    assert _aside(facts) == set()
    assert _conflict(facts)


def test_a_copy_of_the_same_story_confirms_nothing() -> None:
    # a reworded copy repeats its story's reading, misread or not: it is one source with it
    facts = [
        _fact("a1", "one", 64.2, unit="story"),
        _fact("a2", "one", 88.0, unit="story"),
        _fact("c1", "copy", 64.2, unit="story"),
    ]
    assert _aside(facts) == set()


def test_both_values_confirmed_stay_in_dispute() -> None:
    facts = [
        _fact("a1", "one", 64.2),
        _fact("a2", "one", 70.5),
        _fact("b1", "two", 64.2),
        _fact("c1", "three", 70.5),
    ]
    assert _aside(facts) == set()
    assert _conflict(facts)


def test_values_under_explicitly_different_settings_are_no_self_contradiction() -> None:
    facts = [
        _fact("a1", "one", 30.0, "no tools"),
        _fact("a2", "one", 47.0, "with tools"),
        _fact("b1", "two", 30.0, "no tools"),
    ]
    assert _aside(facts) == set()
    assert not _conflict(facts)


def test_a_rounded_repeat_on_one_page_is_no_self_contradiction() -> None:
    # 'about 64' in the lead, '64.2' in the table: one value
    facts = [_fact("a1", "one", 64.0), _fact("a2", "one", 64.2), _fact("b1", "two", 64.2)]
    facts.append(_fact("c1", "three", 70.0))
    assert _aside(facts) == set()
    assert _conflict(facts)  # the third page's 70 disagrees with both


def _keeps_its_disagreement(sentence: str, values: tuple[float, float], confirmed: float, pages: str) -> None:
    """A page whose two figures the sentence tells as its own run (or a correction), a second page confirming
    one of them: the sentence counts, nothing is set aside and the key stays in dispute."""
    page, other = pages.split()
    assert reports_own_run(sentence)
    facts = [_fact("a1", page, values[0]), _fact("a2", page, values[1]), _fact("b1", other, confirmed)]
    for f in facts[:2]:
        f.own_run = reports_own_run(sentence)
    assert _aside(facts) == set()
    assert _conflict(facts)


def test_a_page_that_ran_the_benchmark_itself_keeps_its_disagreement() -> None:
    # a check page: 'On Bramble-QA our rerun gave Vell-7 61.0, under the 64.2 its lab published'
    sentence = "On Bramble-QA our rerun gave Vell-7 61.0, under the 64.2 its lab published."
    _keeps_its_disagreement(sentence, (61.0, 64.2), 64.2, "check launch")


def test_own_run_words_are_whole_phrases() -> None:
    assert reports_own_run("Vell-7 reached 61.0 when we re-ran the suite")
    assert reports_own_run("In our   testing the model scored 61.0")
    assert not reports_own_run("The lab reports 88 for its rival on Bramble-QA")
    assert not reports_own_run("our running total of launches")  # 'our run' inside a longer word
    assert not reports_own_run(None)


def test_own_run_words_are_data_and_a_bad_row_names_its_file(tmp_path: Path) -> None:
    words = tmp_path / "own_run_words.jsonl"
    words.write_text('{"id": "our tally", "phrases": ["we counted"]}\n', encoding="utf-8")
    assert reports_own_run("by our tally it is 12", words) and reports_own_run("we counted 12", words)
    bad = tmp_path / "bad" / "own_run_words.jsonl"  # the rows are read once per file
    bad.parent.mkdir()
    bad.write_text('{"id": "our tally", "phrases": "we counted"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"own_run_words\.jsonl:1: .*not a list"):
        reports_own_run("anything", bad)


@pytest.mark.parametrize(
    "sentence",
    [
        "I ran it myself twice and Vell-7 landed at 58.5 both times.",
        "In my testing Vell-7 only managed 58.5.",
        "We tested Vell-7 over a weekend and it came in at 58.5.",
        "Our measurements place Vell-7 near 58.5.",
        "Our reproduction of the suite yields 58.5 for Vell-7.",
        "Vell-7 sits at 58.5 on our hardware.",
        "We evaluated Vell-7 as shipped: 58.5.",
    ],
)
def test_other_wordings_of_a_page_s_own_run_keep_its_disagreement(sentence: str) -> None:
    _keeps_its_disagreement(sentence, (58.5, 66.0), 66.0, "bench vendor")


def test_a_figure_the_page_corrected_is_not_set_aside() -> None:
    # a launch page: 'Vell-7 was listed at 66.0 when it shipped; the vendor has since revised that to 59.5'
    sentence = "Vell-7 was listed at 66.0 when it shipped; the figure was later corrected to 59.5."
    _keeps_its_disagreement(sentence, (66.0, 59.5), 66.0, "launch wire")


@pytest.mark.parametrize(
    "sentence",
    [
        "Last week we got access to Vell-7 through a waitlist.",
        "When we measured adoption across teams, Vell-7 led with 58.5 percent.",
        "Our evaluation of the press release found 66.0 quoted twice.",
    ],
)
def test_access_adoption_or_a_read_of_a_release_is_no_own_run(sentence: str) -> None:
    assert not reports_own_run(sentence)


def _aside_by_every_pair(rule: str, facts: list[Fact]) -> set[str]:
    """The module docstring's definition written out plainly, every fact against every other."""

    def confirmed(f: Fact) -> bool:
        return any(
            o.vote_unit != f.vote_unit
            and _same_or_unstated(f.setting, o.setting)
            and agree(rule, f.stated, o.stated)
            for o in facts
        )

    out: set[str] = set()
    for page in {f.article_id for f in facts}:
        own = [f for f in facts if f.article_id == page]
        if len({(f.setting, f.stated.text) for f in own}) < 2:
            continue
        for f in own:
            if not confirmed(f) and any(
                _same_or_unstated(f.setting, g.setting)
                and not agree(rule, f.stated, g.stated)
                and confirmed(g)
                for g in own
                if g is not f
            ):
                out.add(f.fact_id)
    return out


def _same_or_unstated(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


@pytest.mark.parametrize("rule", ["rounding", "relative", "integer", "cents"])
def test_the_windowed_search_sets_aside_what_every_pair_would(rule: str) -> None:
    # pages stating a few near values each (an invented table's rows), some copies of one story, some
    # settings: what set_aside finds through its number windows is what comparing every pair finds
    rng = random.Random(f"self-conflicts-{rule}")
    for trial in range(60):
        facts: list[Fact] = []
        for p in range(rng.randint(2, 7)):
            unit = f"story{rng.randint(0, 2)}" if rng.random() < 0.3 else f"page{p}"
            for n in range(rng.randint(1, 5)):
                base = rng.choice([7.0, 64.2, 64.25, 88.0, 1200.0, 1210.0, 1230.0, 0.5])
                value = round(base * (1 + rng.choice([0, 0, 0.01, 0.019, 0.021, -0.015])), rng.randint(0, 2))
                stated = Stated(format_number(value, 2) if rule == "cents" else str(value), value, 2)
                if rule == "rounding":
                    stated = score_value(value, None)
                elif rule == "integer":
                    stated = Stated(str(round(value)), float(round(value)), 0)
                setting = rng.choice([None, None, "pass@1", "with tools"])
                facts.append(Fact(f"t{trial}p{p}n{n}", "attribute", "Vell-7", "size", None, setting, None,
                                  f"page{p}", unit, f"page{p}.example", "news", stated))  # fmt: skip
        got = set_aside(rule, facts, lambda f: f.setting)
        assert got == _aside_by_every_pair(rule, facts), (rule, trial)
