"""Imported once by the fork server of `newskb ingest --workers N` (multiprocessing's forkserver preload, see
flows.fork_server): the extractors and the NLP pipeline are built there and one page is worked through, and
every page-work process forked from it starts with them instead of building its own (about 1.3 s of CPU per
process; see flows.parallel.LocalProcesses). Their regular expressions come compiled from the pattern cache
(flows.pattern_cache), which saves about a third of this serial start."""

from flows import pattern_cache

with pattern_cache.cached():
    from flows.parallel import warm_up

    warm_up()
