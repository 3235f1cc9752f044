"""bench/shard_schedule.py: the pool simulation it judges shard cuts with (issue #13)."""

from __future__ import annotations

import json
from pathlib import Path

from bench.shard_schedule import _head, cached_costs, current_cut, parse_cut, simulate


def test_a_cut_is_read_as_sizes_in_queue_order() -> None:
    assert parse_cut("36x13,32") == [36] * 13 + [32]
    assert parse_cut("5,4x2") == [5, 4, 4]


def test_the_simulated_pool_hands_the_next_shard_to_the_first_free_worker() -> None:
    # no noise: two workers, four equal pages in two shards finish together; one shard of all four pages
    # leaves the other worker waiting the whole run
    end, wait = simulate([1.0] * 4, [2, 2], sigma=0.0, per_shard=0.0, steal=0.0, runs=50)
    assert 2.0 <= end <= 2.1 and wait <= 0.1
    end, wait = simulate([1.0] * 4, [4], sigma=0.0, per_shard=0.0, steal=0.0, runs=50)
    assert 4.0 <= end <= 4.1 and wait >= 3.9


def test_a_merge_never_lands_on_a_worker_already_done() -> None:
    # one shard: the other worker is idle the whole run, so a merge's cost cannot shorten its wait
    _, calm = simulate([1.0] * 4, [4], sigma=0.0, per_shard=0.0, steal=0.0, runs=50)
    _, merged = simulate([1.0] * 4, [4], sigma=0.0, per_shard=0.0, steal=0.5, runs=50)
    assert merged == calm


def test_the_current_cut_covers_every_page_in_enough_shards() -> None:
    cut = current_cut(500, 2)
    assert sum(cut) == 500 and len(cut) >= 2


def test_kept_costs_of_another_commit_or_fewer_pages_are_not_reused(tmp_path: Path) -> None:
    kept = tmp_path / "costs.json"
    kept.write_text(json.dumps({"head": _head(), "pages": 3, "costs": [0.5, 0.25, 0.75]}))
    assert cached_costs(kept, 2) == [0.5, 0.25]  # the same commit, enough pages: read back
    kept.write_text('{"head": "0000000", "pages": 3, "costs": [0.5, 0.25, 0.75]}')
    assert cached_costs(kept, 2) != [0.5, 0.25]  # measured again
