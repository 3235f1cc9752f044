"""Compiled regular expressions kept across processes for the fork server's preload (issue #13).

The preload of `newskb ingest --workers N` (flows.page_worker_preload) compiles about 2,400 distinct regular
expressions as it imports the extractors and works its sample page: ~0.6 s of its ~2 s of CPU, all of it on
the serial path every parallel run waits for before its first page is handed out. Python caches nothing
of that between processes: `re` turns each pattern into a list of integer op-codes (parsing and code
generation in Python, the expensive part) and hands the list to the C engine (`_sre.compile`, cheap). Within
`cached()`, `re`'s compiler looks each pattern up in a table read from a file, by the pair (pattern, flags):
str and bytes patterns of one spelling are two keys, as they never compare equal. It gives the engine the
op-codes stored there; a pattern the table lacks is compiled as `re` would, and when enough were lacking
(REWRITE_AFTER) the table is written back at the end (to a temporary name, then renamed). The file is
read whole in ~15 ms (op-codes as bytes); with it the preload's CPU falls by about a third.

The engine gets exactly what `re` would give it (the same op-codes: CPython's Pattern equality, which
compares them, holds; tested), and it checks them itself (`_sre.compile` validates the code). A table
written by another Python version or regex engine is ignored (its header names both); a file that cannot be
read or written is treated as empty, and a pattern the table's entry fails for is compiled afresh: the
cache can only cost a miss, never change a pattern. It leans on two private names of CPython's `re`
(`_compiler._code`, `_sre.compile`, unchanged from 3.7 to 3.13); where they are missing, `cached()` changes
nothing. Outside `cached()`, `re` is untouched.

Where: NEWSKB_PATTERN_CACHE (a file path; empty: no cache), else `$XDG_CACHE_HOME/newskb/`, else
`~/.cache/newskb/`, one file per interpreter (`patterns-cpython-311.marshal`). Since a key is the pattern
itself, checkouts whose rules differ can share that file: a write keeps the entries already there besides
the ones this run used, so two checkouts stop missing once each has written its own. What keeps it small:
each entry counts the writes since a run last asked for it, and is dropped after IDLE_WRITES of them; past
MAX_ENTRIES, the longest idle go first. The file is trusted as Python trusts its bytecode cache (both are
marshal data in a folder of the user's): whoever can write there can change what runs anyway.
"""

from __future__ import annotations

import array
import contextlib
import dataclasses
import importlib
import marshal
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

try:  # CPython's internals (no type stubs: reached by name); elsewhere `cached()` is a no-op
    _sre: Any = importlib.import_module("_sre")
    _compiler: Any = importlib.import_module("re._compiler")
    _parser: Any = importlib.import_module("re._parser")
    ENGINE: tuple[Any, ...] | None = (_sre.MAGIC, _sre.CODESIZE)
    _NATIVE = _compiler.compile
    if array.array("I").itemsize != _sre.CODESIZE or not hasattr(_compiler, "_code"):
        ENGINE = None
except (ImportError, AttributeError):  # pragma: no cover - another interpreter
    ENGINE = None

# A table that is there is rewritten only for this many misses or more: writing it costs ~5 ms of CPU and
# ~30 ms of wall on the preload's serial path, about what compiling 16 patterns costs, and a few patterns
# miss in every process (alternations that join a set's words in the order of the interpreter's hash seed)
REWRITE_AFTER = 16
# An entry no run has asked for over this many writes of the file is dropped (rules that changed for good)
IDLE_WRITES = 8
# At most this many entries are written (the preload of one checkout uses ~2,500; ~1.35 KB each on disk)
MAX_ENTRIES = 8000
DEBUG = 128  # re.DEBUG: prints the code as it compiles; never cached
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]  # flags, op-codes, groups, names
Key = tuple[str | bytes, int]


def default_path() -> Path | None:
    """Where the table lives (see the module's docstring); None: no cache."""
    named = os.environ.get("NEWSKB_PATTERN_CACHE")
    if named is not None:
        return Path(named) if named.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newskb" / f"patterns-{sys.implementation.cache_tag}.marshal"


def _header() -> tuple[Any, ...]:
    return ("newskb-patterns", 2, sys.version, ENGINE)


@dataclasses.dataclass(slots=True)
class Stats:
    """What one `cached()` block did: patterns taken from the table, compiled afresh, and whether it wrote."""

    hits: int = 0
    misses: int = 0
    written: bool = False


def _load(path: Path) -> tuple[dict[Key, Entry], dict[Key, int]]:
    """The table in `path` and, per entry, the writes since a run last used it (both {} when the file is
    missing, unreadable, or written by another interpreter or an older layout)."""
    try:
        with path.open("rb") as fh:
            header, table, idle = marshal.load(fh)
    except (OSError, EOFError, ValueError, TypeError):
        return {}, {}
    if header != _header() or not isinstance(table, dict) or not isinstance(idle, dict):
        return {}, {}
    return table, idle


def read(path: Path) -> dict[Key, Entry]:
    """The table in `path` ({} when it is missing, unreadable, or written by another interpreter)."""
    return _load(path)[0]


def merged(
    old: dict[Key, Entry], idle: dict[Key, int], used: dict[Key, Entry]
) -> tuple[dict[Key, Entry], dict[Key, int]]:
    """What the next write holds: every entry this run used (idle 0), and the old ones it did not use
    with one more idle write, unless that makes IDLE_WRITES + 1; at most MAX_ENTRIES, the least idle."""
    ages = {key: 0 for key in used}
    for key in old.keys() - used.keys():
        age = idle.get(key, 0) + 1
        if age <= IDLE_WRITES:
            ages[key] = age
    keep = sorted(ages, key=ages.__getitem__)[:MAX_ENTRIES]  # a stable sort: this run's own come first
    return {key: used[key] if key in used else old[key] for key in keep}, {key: ages[key] for key in keep}


def write(path: Path, table: dict[Key, Entry], idle: dict[Key, int] | None = None) -> bool:
    """Write the table (with each entry's idle writes, 0 where not given) to a temporary name beside
    `path`, then rename it (readers see the old or the new file whole); False if the folder cannot be
    written."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    ages = {key: (idle or {}).get(key, 0) for key in table}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as fh:
            marshal.dump((_header(), table, ages), fh)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        return False
    return True


def _entry(pattern: str | bytes, flags: int) -> Entry:
    """What `re._compiler.compile` hands the engine for this pattern (its steps, kept as plain data)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    names = parsed.state.groupdict
    by_index: list[str | None] = [None] * parsed.state.groups
    for name, i in names.items():
        by_index[i] = name
    codes = array.array("I", code).tobytes()
    return int(flags | parsed.state.flags), codes, parsed.state.groups - 1, dict(names), tuple(by_index)


def _compiler_with(table: dict[Key, Entry], used: dict[Key, Entry], stats: Stats) -> Callable[..., Any]:
    def compile(p: Any, flags: int = 0) -> Any:  # the signature `re` calls
        kind = type(p)
        if (kind is not str and kind is not bytes) or flags & DEBUG:
            return _NATIVE(p, flags)  # parsed trees, str subclasses, debugging: as `re` does it
        key = (p, int(flags))
        entry = table.get(key)
        if entry is not None:
            with contextlib.suppress(Exception):  # a stale or damaged entry: compiled afresh below
                pattern = _sre.compile(p, entry[0], array.array("I", entry[1]).tolist(), *entry[2:])
                stats.hits += 1
                used[key] = entry
                return pattern
        entry = _entry(p, int(flags))  # raises re.error for a bad pattern, as `re` would
        pattern = _sre.compile(p, entry[0], array.array("I", entry[1]).tolist(), *entry[2:])
        stats.misses += 1
        used[key] = entry
        return pattern

    return compile


@contextlib.contextmanager
def cached(path: Path | None = None) -> Iterator[Stats]:
    """Within: `re` takes compiled patterns from the table at `path` (default `default_path()`). At the
    end the table is written back, its old entries merged with the ones used (`merged`), if it was missing
    (or unreadable) and anything was compiled, or if REWRITE_AFTER patterns or more were not in it. A no-op
    without a path or off CPython."""
    stats = Stats()
    where = path if path is not None else default_path()
    if where is None or ENGINE is None:
        yield stats
        return
    used: dict[Key, Entry] = {}
    table, idle = _load(where)
    _compiler.compile = _compiler_with(table, used, stats)
    try:
        yield stats
    finally:
        _compiler.compile = _NATIVE
    if stats.misses >= (REWRITE_AFTER if table else 1):
        stats.written = write(where, *merged(table, idle, used))


def main() -> None:
    """Fill the table as the fork server's preload would (`python -m flows.pattern_cache`), so that the
    first parallel run after a change of rules starts warm too (bench/worker_ratio.py calls it)."""
    with cached() as stats:
        from flows.parallel import warm_up

        warm_up()
    print(f"pattern cache {default_path()}: {stats.hits} kept, {stats.misses} compiled")


if __name__ == "__main__":
    main()
