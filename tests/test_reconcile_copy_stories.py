"""A story and its copies are one source: two figures that every copy of the story gives (two runs of one
table, a variant row whose setting the text leaves unnamed) open no contradiction, as they open none on one
page; copies that differ in the figure itself (a corrupted copy) and two independent stories still do."""

from __future__ import annotations

from warehouse.agreement import score_value
from warehouse.reconcile import Fact, build_disputes
from warehouse.self_conflicts import two_sources


def _fact(fid: str, page: str, value: float, story: str | None = None, setting: str | None = None) -> Fact:
    return Fact(fid, "score", "Quillon-4", "Tarn-Bench", None, setting, "%", page, story or page,
                f"{page}.example", "news", score_value(value, None))  # fmt: skip


def _conflict(facts: list[Fact]) -> bool:
    (dispute,) = build_disputes(facts)
    return dispute.conflict


def test_two_runs_every_copy_of_a_story_repeats_open_nothing() -> None:
    # a write-up with a 'first pass' table (61.0) and a 'second pass' table (68.5), once as posted and once
    # as a mirror of the same text: one story giving its own two figures, not two sources at odds
    facts = [
        _fact("p1", "posted", 61.0, "story"),
        _fact("p2", "posted", 68.5, "story"),
        _fact("m1", "mirror", 61.0, "story"),
        _fact("m2", "mirror", 68.5, "story"),
    ]
    assert not _conflict(facts)


def test_a_figure_only_one_rendering_of_the_story_gives_opens_nothing() -> None:
    # the mirror lays a summary table out so that its average (64.0) is read against the benchmark too; the
    # posted copy gives only the run's 68.5: the 64.0 comes with 68.5 wherever it comes
    facts = [
        _fact("p1", "posted", 68.5, "story"),
        _fact("m1", "mirror", 68.5, "story"),
        _fact("m2", "mirror", 64.0, "story"),
    ]
    assert not _conflict(facts)


def test_a_corrupted_copy_still_contradicts_its_story() -> None:
    # must not: one copy prints 61.0 where the other prints 68.5 (neither gives both)
    facts = [_fact("p1", "posted", 61.0, "story"), _fact("m1", "mirror", 68.5, "story")]
    assert _conflict(facts)


def test_two_independent_stories_giving_both_figures_still_contradict() -> None:
    # must not: two outlets, each quoting the lab's 68.5 and the board's 61.0, are two sources at odds
    facts = [
        _fact("a1", "outlet-a", 68.5),
        _fact("a2", "outlet-a", 61.0),
        _fact("b1", "outlet-b", 68.5),
        _fact("b2", "outlet-b", 61.0),
    ]
    assert _conflict(facts)


def test_a_story_s_two_figures_against_a_third_source_still_contradict() -> None:
    # must not: the story's copies agree with each other, but another site gives 72.3
    facts = [
        _fact("p1", "posted", 61.0, "story"),
        _fact("p2", "posted", 68.5, "story"),
        _fact("m1", "mirror", 61.0, "story"),
        _fact("m2", "mirror", 68.5, "story"),
        _fact("z1", "elsewhere", 72.3),
    ]
    assert _conflict(facts)


def test_two_sources_reads_copy_groups_then_copies() -> None:
    assert two_sources({("g", "a")}, {("h", "b")})  # two groups
    assert two_sources({("g", "a")}, {("g", "b")})  # one group, copies differ in the figure
    assert not two_sources({("g", "a")}, {("g", "a")})  # one page
    assert not two_sources({("g", "a"), ("g", "b")}, {("g", "a"), ("g", "b")})  # every copy gives both
    assert not two_sources({("g", "b")}, {("g", "a"), ("g", "b")})  # one value comes only with the other
