"""flows.pattern_cache: compiled regular expressions kept across processes for the fork server's preload.

What must hold: a pattern taken from the table is the pattern `re` compiles (CPython's Pattern equality
compares the op-codes), the table only ever costs a miss (damaged, foreign or unwritable files change no
pattern), and outside the block `re` is untouched."""

from __future__ import annotations

import ast
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from flows import pattern_cache

pytestmark = pytest.mark.skipif(pattern_cache.ENGINE is None, reason="CPython's regex engine only")

NATIVE = pattern_cache._NATIVE

# invented names and shapes of our own: a family alternation, named groups, look-arounds, flags, bytes
PATTERNS: list[tuple[str | bytes, int]] = [
    (r"\b(?:Quillfin|Zarnok|Morrowlark)[- ]?(?P<size>\d+(?:\.\d+)?)\s*[BM]\b", 0),
    (r"(?<![\w.])(?P<score>\d{1,3}\.\d)\s*%?\s+on\s+(?P<board>[A-Z][\w-]+(?: [A-Z][\w-]+)*)", 0),
    (r"glimmer\s+bench  # a spaced-out name\n  (?:v(?P<v>\d+))?", re.IGNORECASE | re.VERBOSE),
    (r"^\|(?:[^|\n]*\|){3,}$", re.MULTILINE),
    ("|".join(f"Tessel-{n}" for n in range(300)), 0),
    (rb"\x00(?P<tag>[a-z]{2,8})\xff", 0),
    (r"(?=\d)(?!0\d)\d+(?:,\d{3})*", re.ASCII),
    (r"caf\u00e9 (?i:sc\u00f6re)", 0),
]
SAMPLES = [
    "Quillfin-7B and Zarnok 13.5 B; Morrowlark 2M",
    "it reached 71.4% on Ridge Trail Hard, then 9.0 on Lumen-QA",
    "GLIMMER bench v3 | a | b | c |",
    "| x | y | z |\n| 1 | 2 | 3 |",
    "Tessel-12 beat Tessel-299 and Tessel-7",
    "12,345 and 0123 and 9",
    "caf\u00e9 SC\u00d6RE",
]


def compiled(path: Path) -> tuple[list[re.Pattern[str] | re.Pattern[bytes]], pattern_cache.Stats]:
    re.purge()  # re's own cache would answer without asking its compiler
    with pattern_cache.cached(path) as stats:
        out = [re.compile(p, f) for p, f in PATTERNS]
    re.purge()
    return out, stats


def assert_as_re_compiles(patterns: list[re.Pattern[str] | re.Pattern[bytes]]) -> None:
    for got, (p, flags) in zip(patterns, PATTERNS, strict=True):
        want = NATIVE(p, flags)
        assert got == want  # same pattern, flags and op-codes
        assert (got.groups, got.groupindex, got.flags) == (want.groups, want.groupindex, want.flags)
        for text in SAMPLES:
            sample: str | bytes = text.encode("latin-1", "replace") if isinstance(p, bytes) else text
            assert [m.span() for m in got.finditer(sample)] == [m.span() for m in want.finditer(sample)]  # type: ignore[arg-type]


def test_a_warm_table_gives_the_patterns_re_compiles(tmp_path: Path) -> None:
    table = tmp_path / "patterns.marshal"
    cold, stats = compiled(table)
    assert (stats.hits, stats.misses, stats.written) == (0, len(PATTERNS), True)
    assert_as_re_compiles(cold)
    warm, stats = compiled(table)
    assert (stats.hits, stats.misses, stats.written) == (
        len(PATTERNS),
        0,
        False,
    )  # nothing new: not rewritten
    assert_as_re_compiles(warm)


def test_a_table_that_is_there_is_rewritten_for_many_new_patterns_only(tmp_path: Path) -> None:
    table = tmp_path / "patterns.marshal"
    compiled(table)
    few = [rf"Pellucid-{n}[a-z]?" for n in range(pattern_cache.REWRITE_AFTER - 1)]
    many = [rf"Gantry-{n}(?:-mini)?" for n in range(pattern_cache.REWRITE_AFTER)]
    for new, rewritten in ((few, False), (many, True)):
        re.purge()
        with pattern_cache.cached(table) as stats:
            got = [re.compile(p) for p in new]
        re.purge()
        assert (stats.misses, stats.written) == (len(new), rewritten)
        assert got == [NATIVE(p, 0) for p in new]
    # the first block's and the last one's; the few were never written
    assert set(pattern_cache.read(table)) == {(p, f) for p, f in PATTERNS} | {(p, 0) for p in many}


def test_outside_the_block_re_is_untouched(tmp_path: Path) -> None:
    with pytest.raises(KeyError), pattern_cache.cached(tmp_path / "p.marshal"):
        raise KeyError("a failing preload")
    assert re._compiler.compile is NATIVE  # type: ignore[attr-defined]
    re.purge()
    re.compile(r"Brindle-\d+")
    assert not (tmp_path / "p.marshal").exists() or pattern_cache.read(tmp_path / "p.marshal") == {}


def test_a_damaged_or_foreign_table_costs_only_misses(tmp_path: Path) -> None:
    table = tmp_path / "patterns.marshal"
    table.write_bytes(b"\x93not a table at all")
    patterns, stats = compiled(table)
    assert (stats.hits, stats.misses, stats.written) == (0, len(PATTERNS), True)
    assert_as_re_compiles(patterns)
    assert len(pattern_cache.read(table)) == len(PATTERNS)  # rewritten whole
    # the same entries under another interpreter's header: ignored
    header, entries, idle = marshal.loads(table.read_bytes())
    table.write_bytes(marshal.dumps(((*header[:2], "2.7.18 (elsewhere)", *header[3:]), entries, idle)))
    assert pattern_cache.read(table) == {}
    table.write_bytes(marshal.dumps((header, entries)))  # the first layout, without idle counts: ignored
    assert pattern_cache.read(table) == {}
    # entries whose op-codes were damaged: compiled afresh, never handed on
    spoiled = {key: (e[0], b"\x07\x00\x00\x00" * 3, *e[2:]) for key, e in entries.items()}
    table.write_bytes(marshal.dumps((header, spoiled, idle)))
    patterns, stats = compiled(table)
    assert (stats.hits, stats.misses) == (0, len(PATTERNS))
    assert_as_re_compiles(patterns)


def test_what_it_leaves_to_re(tmp_path: Path) -> None:
    class Name(str):
        pass

    table = tmp_path / "patterns.marshal"
    re.purge()
    with pattern_cache.cached(table) as stats:
        assert re.compile(Name(r"Vellum-\d")).pattern == "Vellum-\\d"  # a str subclass: as re does it
        with pytest.raises(re.error):
            re.compile(r"Orrin-(\d")  # a bad pattern fails as it does without the cache
    re.purge()
    assert (stats.hits, stats.misses, stats.written) == (0, 0, False)
    assert not table.exists()


def test_an_unwritable_place_or_no_place_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    patterns, stats = compiled(blocker / "patterns.marshal")
    assert (stats.misses, stats.written) == (len(PATTERNS), False)
    assert_as_re_compiles(patterns)
    monkeypatch.setenv("NEWSKB_PATTERN_CACHE", "")
    assert pattern_cache.default_path() is None
    monkeypatch.setenv("NEWSKB_PATTERN_CACHE", str(tmp_path / "named.marshal"))
    assert pattern_cache.default_path() == tmp_path / "named.marshal"
    monkeypatch.delenv("NEWSKB_PATTERN_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert pattern_cache.default_path() == tmp_path / "xdg" / "newskb" / (
        f"patterns-{sys.implementation.cache_tag}.marshal"
    )


def test_the_fork_servers_preload_fills_the_table_and_then_takes_from_it(tmp_path: Path) -> None:
    """The preload (a fresh interpreter, as the fork server runs it) compiles its patterns into the table
    once; the next preload, under another hash seed, takes them all from there and works its sample page to
    the same facts: no pattern of ours changes its text with the seed (alternations built from sets order
    words of one length by code point, `alternation.longest_first`)."""
    table = tmp_path / "patterns.marshal"
    code = (  # the patterns the block asks for, beside its counts
        "import re\n"
        "from flows import pattern_cache as c\n"
        "asked = set()\n"
        "with c.cached() as s:\n"
        "    inner = re._compiler.compile\n"
        "    def spy(p, flags=0):\n"
        "        asked.add((p, int(flags)))\n"
        "        return inner(p, flags)\n"
        "    re._compiler.compile = spy\n"
        "    from flows import parallel\n"
        "    n = parallel.warm_page()\n"
        "    re._compiler.compile = inner\n"
        "print(s.hits, s.misses, n)\n"
        "print(sorted(asked, key=repr))"
    )
    root = Path(__file__).resolve().parent.parent
    runs, tables = [], []
    for seed in ("1", "2"):
        env = {**os.environ, "NEWSKB_PATTERN_CACHE": str(table), "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-c", code], env=env, cwd=root, capture_output=True, text=True, check=True
        ).stdout.split("\n", 1)
        runs.append((*map(int, out[0].split()), set(ast.literal_eval(out[1]))))
        tables.append(set(pattern_cache.read(table)))
    (hits1, misses1, facts1, asked1), (hits2, misses2, facts2, asked2) = runs
    first, second = tables
    assert hits1 == 0 and misses1 >= len(first) > 500 and first <= asked1  # (re's cache may ask twice)
    # under the other seed the same patterns, bar one: babel's plural rules (a dependency's) join a set of
    # one-letter names into a class, not ours to order; a single miss does not rewrite the table
    missed = asked2 - asked1
    assert all(str(p).startswith("\\b(and|or|is|(?:with)?in|not|mod|[") for p, _flags in missed)
    assert len(missed) <= 1 and misses2 == len(missed) and hits2 >= len(first) - len(missed)
    assert second == first and facts2 == facts1 > 0


def _block(table: Path, patterns: list[str]) -> pattern_cache.Stats:
    re.purge()
    with pattern_cache.cached(table) as stats:
        for p in patterns:
            re.compile(p)
    re.purge()
    return stats


def test_two_checkouts_sharing_one_table_stop_rewriting_it(tmp_path: Path) -> None:
    """Two users of one file with rules that differ by more than REWRITE_AFTER patterns: once each has
    written its own, neither compiles again nor rewrites the file (a table holding only the last writer's
    patterns made each evict the other on every run)."""
    table = tmp_path / "shared.marshal"
    common = [rf"Harrowgate-{n}\b" for n in range(40)]
    left = common + [rf"Oxbind-{n}(?:-lite)?" for n in range(pattern_cache.REWRITE_AFTER + 3)]
    right = common + [rf"Fennick-{n}[xz]?" for n in range(pattern_cache.REWRITE_AFTER + 5)]
    assert _block(table, left).written and _block(table, right).written
    for user in (left, right, left, right):
        stats = _block(table, user)
        assert (stats.hits, stats.misses, stats.written) == (len(user), 0, False)
    assert len(pattern_cache.read(table)) == len(set(left) | set(right))


def test_entries_no_run_asks_for_age_out_and_the_table_stays_bounded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An entry is dropped once the file has been written IDLE_WRITES times without it being asked for,
    and the table never holds more than MAX_ENTRIES (the longest idle go first)."""
    table = tmp_path / "aging.marshal"
    first = [rf"Quaymoor-{n}" for n in range(pattern_cache.REWRITE_AFTER)]
    _block(table, first)
    for round_no in range(pattern_cache.IDLE_WRITES):
        fresh = [rf"Tinsmere-{round_no}-{n}" for n in range(pattern_cache.REWRITE_AFTER)]
        assert _block(table, fresh).written
        assert all((p, 0) in pattern_cache.read(table) for p in first)  # idle, but not for long enough
    _block(table, [rf"Lodestar-{n}" for n in range(pattern_cache.REWRITE_AFTER)])
    kept = pattern_cache.read(table)
    assert not any((p, 0) in kept for p in first)
    assert (rf"Tinsmere-{pattern_cache.IDLE_WRITES - 1}-0", 0) in kept
    monkeypatch.setattr(pattern_cache, "MAX_ENTRIES", pattern_cache.REWRITE_AFTER * 2)
    newest = [rf"Wicklow-{n}" for n in range(pattern_cache.REWRITE_AFTER)]
    _block(table, newest)
    kept = pattern_cache.read(table)
    assert len(kept) == pattern_cache.MAX_ENTRIES and all((p, 0) in kept for p in newest)
    assert all((rf"Lodestar-{n}", 0) in kept for n in range(pattern_cache.REWRITE_AFTER))  # next-newest


def test_the_suite_keeps_its_tables_out_of_the_users_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """tests/conftest.py names a session folder for the table, so fork servers the tests start (which read
    NEWSKB_PATTERN_CACHE) never write into ~/.cache/newskb."""
    where = pattern_cache.default_path()
    assert where is not None and where.is_relative_to(tmp_path_factory.getbasetemp())


def test_newskb_runs_with_the_table_named(cli: Any, tmp_path: Path) -> None:
    """NEWSKB_PATTERN_CACHE is a variable the settings accept: naming the table must not refuse a run
    (settings refuse NEWSKB_* names they do not know)."""
    assert os.environ["NEWSKB_PATTERN_CACHE"]
    res = cli("--db", str(tmp_path / "w.duckdb"), "status")
    assert "NEWSKB_PATTERN_CACHE" not in res.err and res.code == 0
