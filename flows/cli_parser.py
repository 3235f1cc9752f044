"""The `newskb` command line's grammar: every verb, its options and their checks (flows.cli runs them).

Exit codes: 0 ok, 1 partial failure, 2 usage or input error (argparse's own errors exit 2 too).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import NoReturn

from flows.sql_output import DEFAULT_MAX_WIDTH, FORMATS

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")


def _number(kind: type[float] | type[int], low: float) -> Callable[[str], float]:
    """An argparse type: a finite `kind` >= low (so `--delay -3` or `--concurrency 0` is refused)."""

    def parse(text: str) -> float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a {kind.__name__}") from None
        if not value >= low or value in (float("inf"), float("-inf")):
            raise argparse.ArgumentTypeError(f"{text!r} is out of range (must be >= {low:g})")
        return value

    parse.__name__ = kind.__name__
    return parse


class _Version(argparse.Action):
    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        print(version_text())
        parser.exit(EXIT_OK)


def version_text() -> str:
    """newskb's version, the warehouse schema it writes, and the DuckDB releases that read its files."""
    from importlib.metadata import PackageNotFoundError, version

    from warehouse.migrations import available

    def of(dist: str) -> str:
        try:
            return version(dist)
        except PackageNotFoundError:
            return "?"

    schema = max((m.version for m in available()), default=0)
    return (
        f"newskb {of('newskb')} (warehouse schema v{schema}; DuckDB {of('duckdb')}, "
        "files readable by DuckDB 1.5 and later)"
    )


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="newskb", description="A knowledge base of AI-model news, kept in DuckDB.")
    p.add_argument("--db", help="warehouse file (default: $NEWSKB_DB, else ./data/newskb.duckdb)")
    p.add_argument("--config", help="settings file (default: $NEWSKB_CONFIG, else ./newskb.toml if present)")
    p.add_argument("--version", action=_Version, nargs=0, help="show the version and exit")
    sub = p.add_subparsers(dest="cmd", metavar="COMMAND", parser_class=_Parser)

    def verb(name: str, help: str) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, help=help, description=help)
        sp.add_argument("--db", default=argparse.SUPPRESS, help="warehouse file")
        return sp

    sp = verb("ingest", "fetch sources, extract facts and load them into the warehouse")
    sp.add_argument("--feed", action="append", metavar="URL", help="an RSS or Atom feed (repeatable)")
    sp.add_argument(
        "--sitemap", action="append", metavar="URL", help="a sitemap or sitemap index (repeatable)"
    )
    sp.add_argument("--url", action="append", metavar="URL", help="a single article page (repeatable)")
    sp.add_argument(
        "--path", action="append", metavar="DIR", help="a folder of .html/.md/.txt files (repeatable)"
    )
    sp.add_argument("--sources", metavar="FILE", help="sources file (default: ./sources.toml)")
    sp.add_argument(
        "--delay", type=_number(float, 0), metavar="SECONDS", help="minimum gap per host for this run"
    )
    sp.add_argument(
        "--concurrency", type=_number(int, 1), metavar="N", help="requests at once per host for this run"
    )
    sp.add_argument(
        "--workers",
        type=_number(int, 0),
        metavar="N",
        help="page-work processes (default: the cores available)",
    )
    sp.add_argument("--prefect", action="store_true", help="run as a Prefect flow (needs a Prefect API)")
    sp.add_argument("--json", action="store_true", help="print the run summary as JSON")

    sp = verb("reprocess", "re-run extraction and NLP on stored pages, without fetching")
    sp.add_argument("--json", action="store_true", help="print the run summary as JSON")

    sp = verb("extract", "print the article extracted from files or URLs (no warehouse)")
    sp.add_argument("inputs", nargs="+", metavar="FILE_OR_URL")
    sp.add_argument("--json", action="store_true", help="one JSON object per input and line")

    sp = verb("sql", "run read-only SQL against the warehouse (one or several statements)")
    sp.add_argument("query", metavar="QUERY", nargs="?", help="SQL text; `-` or nothing with a pipe: stdin")
    sp.add_argument("-f", "--file", metavar="FILE", help="read the SQL from FILE (`-`: standard input)")
    sp.add_argument(
        "--param",
        action="append",
        metavar="NAME=VALUE",
        help="bind $NAME in the SQL to VALUE (text; repeatable)",
    )
    sp.add_argument("--format", choices=FORMATS, default="table")
    sp.add_argument("--json", action="store_true", help="same as --format json")
    sp.add_argument(
        "--max-width",
        type=int,
        default=DEFAULT_MAX_WIDTH,
        metavar="N",
        help=f"table: widest column in characters (default {DEFAULT_MAX_WIDTH}; 0: no limit)",
    )
    sp.add_argument("--wrap", action="store_true", help="table: wrap long cells instead of cutting them")

    sp = verb("export", "export the public views to Parquet or CSV files with a manifest")
    sp.add_argument("--format", choices=("parquet", "csv"), default="parquet")
    sp.add_argument("--to", metavar="DIR", help="target folder (default: settings export_dir, data/export)")
    sp.add_argument("--view", action="append", metavar="NAME", help="only this view (repeatable)")
    sp.add_argument("--json", action="store_true", help="print the manifest as JSON")

    sp = verb("review", "review contradictions between sources")
    sp.add_argument("--web", action="store_true", help="serve the review page on 127.0.0.1")
    sp.add_argument("--host", default="127.0.0.1", help=argparse.SUPPRESS)
    sp.add_argument("--port", type=int, default=8765, help="port for --web (default 8765)")
    rsub = sp.add_subparsers(dest="review_cmd", metavar="ACTION", parser_class=_Parser)
    r = rsub.add_parser("list", help="list contradictions")
    r.add_argument("--db", default=argparse.SUPPRESS, help="warehouse file")
    r.add_argument("--status", choices=("open", "resolved", "dismissed"), help="only this status")
    r.add_argument("--subject", "--model", dest="subject", help="models whose name or an alias contains this")
    r.add_argument("--benchmark", help="benchmarks (or attributes) whose name or an alias contains this")
    r.add_argument("--search", help="any part of model, benchmark, alias, value or id")
    r.add_argument("--source", help="items with a value from this publisher or feed (a part of it)")
    r.add_argument("--sort", choices=("subject", "benchmark", "values", "sources", "opened", "updated"))
    r.add_argument("--limit", type=int, help="show at most this many items")
    r.add_argument("--offset", type=int, default=0, help="skip this many items first")
    r.add_argument("--json", action="store_true")
    r = rsub.add_parser("show", help="the values of one contradiction side by side")
    r.add_argument("--db", default=argparse.SUPPRESS, help="warehouse file")
    r.add_argument("id", help="an item id, or a unique prefix of it (4+ characters)")
    r.add_argument("--json", action="store_true")
    for action, helptext in (
        ("resolve", "settle a contradiction on a value"),
        ("dismiss", "dismiss a contradiction (e.g. different conditions)"),
        ("reopen", "reopen a resolved or dismissed contradiction"),
        ("setting", "give one value of an item a setting (split or merge values by setting)"),
    ):
        r = rsub.add_parser(action, help=helptext)
        r.add_argument("--db", default=argparse.SUPPRESS, help="warehouse file")
        r.add_argument("id", help="an item id, or a unique prefix of it (4+ characters)")
        if action == "resolve":
            r.add_argument("--value", required=True, help="the value that is right")
        if action == "setting":
            r.add_argument("--value", required=True, help="the value (as listed by `review show`)")
            r.add_argument("--to", help='the setting it was measured under ("" for not stated)')
            r.add_argument("--as-stated", action="store_true", help="forget a reviewer's setting for it")
        r.add_argument("--note", required=action in ("resolve", "dismiss"), help="why")
        r.add_argument("--who", help="reviewer name (default: the login name)")
        r.add_argument("--json", action="store_true")

    sp = verb("entities", "list entities and candidates; add aliases; merge entities")
    esub = sp.add_subparsers(dest="entities_cmd", metavar="ACTION", parser_class=_Parser, required=True)
    kinds = ("model", "family", "lab", "benchmark")

    def entity_action(name: str, help: str, *positionals: str) -> argparse.ArgumentParser:
        e = esub.add_parser(name, help=help)
        e.add_argument("--db", default=argparse.SUPPRESS, help="warehouse file")
        e.add_argument("--json", action="store_true")
        for positional in positionals:
            e.add_argument(positional)
        return e

    e = entity_action("list", "canonical entities with their aliases")
    e.add_argument("--kind", choices=kinds)
    e.add_argument("--like", help="only names containing this text")
    e = entity_action("candidates", "names discovered from context, waiting for review")
    e.add_argument("--status", choices=("new", "accepted", "rejected"))
    for e in (
        entity_action("alias", "make ALIAS another name of CANONICAL", "alias", "canonical"),
        entity_action(
            "merge", "merge entity SOURCE into TARGET (SOURCE becomes an alias)", "source", "target"
        ),
        entity_action("accept", "accept a discovered candidate name", "name"),
        entity_action("reject", "reject a discovered candidate name", "name"),
    ):
        e.add_argument("--kind", default="model", choices=kinds)

    sp = verb("serve", "run scheduled ingestion with Prefect (starts a local server if needed)")
    sp.add_argument("--sources", metavar="FILE", help="sources file (default: ./sources.toml)")
    sp.add_argument(
        "--workers", type=int, metavar="N", help="page work on a work pool; start N local `prefect worker`s"
    )

    sp = verb("status", "the last runs and jobs, and whether a scheduler is serving")
    sp.add_argument("--json", action="store_true")
    return p
