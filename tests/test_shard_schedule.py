"""bench/shard_schedule.py: the pool simulation it judges shard cuts with (issue #13)."""

from __future__ import annotations

from bench.shard_schedule import current_cut, parse_cut, simulate


def test_a_cut_is_read_as_sizes_in_queue_order() -> None:
    assert parse_cut("36x13,32") == [36] * 13 + [32]
    assert parse_cut("5,4x2") == [5, 4, 4]


def test_the_simulated_pool_hands_the_next_shard_to_the_first_free_worker() -> None:
    # no noise: two workers, four equal pages in two shards finish together; one shard of all four pages
    # leaves the other worker waiting the whole run
    quiet = {"sigma": 0.0, "per_shard": 0.0, "steal": 0.0, "runs": 50}
    end, wait = simulate([1.0] * 4, [2, 2], **quiet)  # type: ignore[arg-type]
    assert 2.0 <= end <= 2.1 and wait <= 0.1
    end, wait = simulate([1.0] * 4, [4], **quiet)  # type: ignore[arg-type]
    assert 4.0 <= end <= 4.1 and wait >= 3.9


def test_the_current_cut_is_make_shards_for_a_local_pool() -> None:
    assert current_cut(500, 2) == [36] * 13 + [32]
