"""Must-not cases for `two_sources` through the copy detector: two outlets that each quote the same two
figures in prose of their own, and a two-publisher templated digest, are two sources; their figures still
open a contradiction. Every name and sentence here is invented."""

from __future__ import annotations

from extractors.web.identity import group_against, signature
from warehouse.agreement import score_value
from warehouse.reconcile import Fact, build_disputes

_OUTLETS = {
    "outlet-a": "Halyard 3 arrived this week from Pennant Labs. Our desk spent the week with it on a modest "
    "workstation and kept notes on every task we tried, from drafting letters to sorting invoices. Halyard 3 "
    "scores 68.5% on Quarry-Bench, its maker claims. The Quarry-Bench board lists Halyard 3 at 61.0% on "
    "Quarry-Bench.",
    "outlet-b": "Pennant's figure for Halyard 3 is 68.5% on Quarry-Bench. A volunteer rerun put Halyard 3 at "
    "61.0% on Quarry-Bench instead. Buyers at mid-sized firms told us the licence terms matter more to them "
    "than any single leaderboard figure, and several will wait for an outside audit.",
}


def _facts(texts: dict[str, str]) -> list[Fact]:
    groups = group_against({aid: signature(t) for aid, t in texts.items()}, {})
    return [
        Fact(
            f"{aid}{i}",
            "score",
            "Halyard 3",
            "Quarry-Bench",
            None,
            None,
            "%",
            aid,
            groups[aid],
            f"{aid}.example",
            "news",
            score_value(v, None),
        )
        for aid in texts
        for i, v in enumerate((68.5, 61.0))
    ]


def test_two_outlets_quoting_the_same_two_figures_still_contradict() -> None:
    (dispute,) = build_disputes(_facts(_OUTLETS))
    assert dispute.conflict


def test_a_digest_template_filled_by_two_publishers_still_contradicts() -> None:
    texts = {
        pub: f"The {pub} Friday model digest. This week: Halyard 3 from Pennant Labs. Maker's number: "
        f"Halyard 3 scores 68.5% on Quarry-Bench. Board number: Halyard 3 scores 61.0% on Quarry-Bench. {own}"
        for pub, own in (
            ("Ledger", "Our own tests ran on a borrowed laptop over a long weekend."),
            ("Wirehouse", "Readers in three cities wrote in about the price."),
        )
    }
    (dispute,) = build_disputes(_facts(texts))
    assert dispute.conflict
