"""The `newskb` command: one verb per job. It only parses arguments, calls library functions and prints.

Exit codes: 0 ok, 1 partial failure (some sources or pages failed, or the warehouse is busy),
2 usage or input error. Read-only verbs never import Prefect (or the NLP stack) so they start fast.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import decimal
import getpass
import io
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from schema.settings import ConfigError, Settings, Source, load_settings, load_sources

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE = 0, 1, 2
SQL_BATCH = 2000  # rows fetched at a time by `newskb sql`
CLI_LOCK_WAIT = 3.0  # seconds a one-off ingest waits for another run's lock before giving up


class UsageError(Exception):
    """Bad input from the user: printed as one line, exit code 2."""


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


def _json_default(value: object) -> object:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, Path):
        return str(value)
    return str(value)


def dumps(obj: object) -> str:
    return json.dumps(obj, default=_json_default, ensure_ascii=False)


def print_table(
    columns: Sequence[str],
    rows: Sequence[Sequence[object]],
    out: io.TextIOBase | Any,
    *,
    more: Iterable[Sequence[object]] = (),
) -> None:
    """An aligned text table; column widths come from `rows`, and `more` rows are streamed after them."""

    def cells(row: Sequence[object]) -> list[str]:
        return [("" if v is None else str(v)).replace("\n", " ") for v in row]

    first = [cells(r) for r in rows]
    widths = [len(c) for c in columns]
    for row in first:
        for i, v in enumerate(row):
            widths[i] = min(max(widths[i], len(v)), 60)
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)

    def line(row: list[str]) -> str:
        return fmt.format(
            *[v if len(v) <= w else v[: max(w - 3, 0)] + "..." for v, w in zip(row, widths, strict=True)]
        )

    out.write(fmt.format(*columns).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in first:
        out.write(line(row).rstrip() + "\n")
    for raw in more:
        out.write(line(cells(raw)).rstrip() + "\n")


# --- verbs ----------------------------------------------------------------------------------------


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    sources = _ad_hoc_sources(args) or _configured_sources(args, settings)
    if args.prefect:
        from flows.ingest import run_with_prefect

        summary = run_with_prefect(settings, sources, delay=args.delay, concurrency=args.concurrency)
    else:
        from flows.guard import run_lock
        from flows.pipeline import run_ingest
        from flows.progress import progress_printer

        with (
            run_lock(settings.db_path, trigger="cli", wait=CLI_LOCK_WAIT),
            progress_printer(enabled=not args.json and sys.stderr.isatty()) as progress,
        ):
            summary = run_ingest(
                settings, sources, delay=args.delay, concurrency=args.concurrency, progress=progress
            )
    _print_run(summary, args.json)
    return summary.exit_code


def _print_run(summary: Any, as_json: bool) -> None:
    from flows.pipeline import summary_json

    if as_json:
        print(summary_json(summary))
        return
    for s in summary.sources:
        print(
            f"{s.name} [{s.kind}] {s.status}: new={s.new} updated={s.updated} unchanged={s.unchanged} "
            f"failed={s.failed}" + (f" deferred={s.deferred}" if s.deferred else "")
        )
        for url, reason in s.errors[:20]:
            print(f"  - {url}: {reason}")
        if len(s.errors) > 20:
            print(f"  … and {len(s.errors) - 20} more")
        for url, reason in s.deferrals[:10]:
            print(f"  ~ deferred {url}: {reason}")
        if len(s.deferrals) > 10:
            print(f"  … and {len(s.deferrals) - 10} more deferred to the next run")
        for url, read, chars in s.truncated:
            print(f"  ~ truncated {url}: facts read from the first {read:,} of {chars:,} characters")
    t = summary.totals()
    print(
        f"run {summary.run_id}: new={t['new']} updated={t['updated']} unchanged={t['unchanged']} "
        f"failed={t['failed']} deferred={t['deferred']} contradictions_opened={summary.contradictions_opened}"
    )


def _ad_hoc_sources(args: argparse.Namespace) -> list[Source]:
    out: list[Source] = []
    for url in args.feed or []:
        out.append(Source(name=url, kind="feed", location=_check_url(url)))
    for url in args.sitemap or []:
        out.append(Source(name=url, kind="sitemap", location=_check_url(url)))
    for url in args.url or []:
        out.append(Source(name=url, kind="url", location=_check_url(url)))
    for folder in args.path or []:
        p = Path(folder)
        if not p.exists():
            raise UsageError(f"--path {folder}: no such file or folder")
        out.append(Source(name=str(p), kind="path", location=str(p.resolve())))
    return out


def _check_url(url: str) -> str:
    if not url.lower().startswith(("http://", "https://")):
        raise UsageError(f"{url}: only http and https URLs can be fetched")
    return url


def _configured_sources(args: argparse.Namespace, settings: Settings) -> list[Source]:
    path = Path(args.sources) if args.sources else settings.sources_file
    return [s for s in load_sources(path) if s.enabled]


def cmd_reprocess(args: argparse.Namespace, settings: Settings) -> int:
    from flows.guard import run_lock
    from flows.reprocess import reprocess

    with run_lock(settings.db_path, trigger="reprocess", wait=CLI_LOCK_WAIT):
        summary = reprocess(settings)
    _print_run(summary, args.json)
    return summary.exit_code


def cmd_extract(args: argparse.Namespace, settings: Settings) -> int:
    from flows.extract import extract_inputs

    status = EXIT_OK
    for record, error in extract_inputs(args.inputs, settings):
        if error:
            print(f"newskb extract: {record['source']}: {error}", file=sys.stderr)
            status = max(status, EXIT_USAGE if record.get("missing") else EXIT_PARTIAL)
            continue
        if args.json:
            print(dumps(record))
        else:
            print(
                f"# {record['title'] or '(no title)'}\nsource: {record['source']}\n"
                f"published: {record['published_at']}\nlanguage: {record['language']}\n"
                f"tables: {len(record['tables'])}\n\n{record['text']}\n"
            )
    return status


def cmd_sql(args: argparse.Namespace, settings: Settings) -> int:
    """The result is read whole and the warehouse closed before anything is printed, so a reader that
    pauses (`newskb sql … | less`) never holds the file and never blocks an ingestion."""
    from warehouse.db import open_warehouse

    fmt = "json" if args.json else args.format
    with open_warehouse(settings.db_path, read_only=True, busy_timeout=settings.busy_timeout) as con:
        # A query reads the warehouse and nothing else: no files, no network, and it cannot turn that back on.
        con.execute("SET enable_external_access = false")
        con.execute("SET lock_configuration = true")
        try:
            cur = con.execute(args.query)
            columns = [d[0] for d in cur.description] if cur.description else []
            result: list[list[Any]] = list(iter(lambda: cur.fetchmany(SQL_BATCH), [])) if columns else []
        except Exception as exc:  # duckdb raises many kinds; all are the query's fault here
            raise UsageError(f"query failed: {str(exc).splitlines()[0]}") from None
    batches = iter(result)
    if fmt == "json":  # written as one JSON array, a batch at a time
        sys.stdout.write("[")
        first = True
        for batch in batches:
            for r in batch:
                sys.stdout.write(("" if first else ",") + dumps(dict(zip(columns, r, strict=True))))
                first = False
        sys.stdout.write("]\n")
    elif fmt == "csv":
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(columns)
        for batch in batches:
            w.writerows(["" if v is None else v for v in r] for r in batch)
    else:  # widths come from the first batch; later rows are cut to them
        head = next(batches, [])
        print_table(columns, head, sys.stdout, more=(row for batch in batches for row in batch))
    return EXIT_OK


def cmd_status(args: argparse.Namespace, settings: Settings) -> int:
    from flows.status import gather_status

    info = gather_status(settings)
    if args.json:
        print(dumps(info))
        return EXIT_OK
    if info.get("note"):
        print(info["note"])
    if info.get("missing"):
        return EXIT_OK
    print(
        f"warehouse: {info['db']} ({info['articles']} articles, {info['scores']} scores, "
        f"{info['open_contradictions']} open contradictions)"
    )
    if info.get("running"):
        print(f"running now: {info['running']}")
    if info.get("next_run"):
        print(f"next scheduled run: {info['next_run']} ({info.get('schedule_source', 'cron')})")
    runs = info["runs"]
    if not runs:
        print("no runs yet")
    else:
        cols = [
            "run_id",
            "started_at",
            "status",
            "trigger",
            "new",
            "updated",
            "unchanged",
            "failed",
            "deferred",
            "opened",
        ]
        rows = [
            [
                r["run_id"],
                r["started_at"],
                r["status"],
                r["trigger"],
                r["articles_new"],
                r["articles_updated"],
                r["articles_unchanged"],
                r["articles_failed"],
                r["articles_deferred"] or 0,
                r["contradictions_opened"],
            ]
            for r in runs
        ]
        print_table(cols, rows, sys.stdout)
    return EXIT_OK


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    from flows.serve import serve

    return serve(settings, sources_file=Path(args.sources) if args.sources else None)


def cmd_entities(args: argparse.Namespace, settings: Settings) -> int:
    from warehouse import entities
    from warehouse.db import open_warehouse

    if args.entities_cmd in ("list", "candidates"):
        with open_warehouse(settings.db_path, read_only=True, busy_timeout=settings.busy_timeout) as con:
            if args.entities_cmd == "list":
                rows = entities.list_entities(con, kind=args.kind, like=args.like)
            else:
                rows = entities.list_candidates(con, status=args.status)
        if args.json:
            print(dumps(rows))
        elif rows:
            print_table(list(rows[0]), [list(r.values()) for r in rows], sys.stdout)
        else:
            print("nothing found")
        return EXIT_OK
    # alias/merge/accept reconcile inside their write, so they wait as long as a reviewer's decision would
    with open_warehouse(settings.db_path, busy_timeout=settings.review_busy_timeout, create=False) as con:
        if args.entities_cmd == "alias":
            msg = entities.add_alias(con, args.alias, args.canonical, kind=args.kind)
        elif args.entities_cmd == "merge":
            msg = entities.merge(con, args.source, args.target, kind=args.kind)
        else:
            msg = entities.decide_candidate(con, args.name, args.entities_cmd, kind=args.kind)
    print(dumps({"result": msg}) if args.json else msg)
    return EXIT_OK


def cmd_review(args: argparse.Namespace, settings: Settings) -> int:
    from warehouse import review
    from warehouse.db import open_warehouse

    if args.web:
        from flows.review_web import serve_review

        return serve_review(settings, host=args.host, port=args.port)
    if not args.review_cmd:
        raise UsageError("review needs a subcommand (list, show, resolve, dismiss, reopen) or --web")
    if args.review_cmd in ("list", "show"):
        with open_warehouse(settings.db_path, read_only=True, busy_timeout=settings.busy_timeout) as con:
            if args.review_cmd == "list":
                items = review.list_contradictions(con, status=args.status, subject=args.subject)
                if args.json:
                    print(dumps(items))
                else:
                    print(review.format_list(items))
            else:
                detail = review.show(con, args.id)
                print(dumps(detail) if args.json else review.format_detail(detail))
        return EXIT_OK
    who = args.who or getpass.getuser()
    with open_warehouse(
        settings.db_path,
        busy_timeout=settings.review_busy_timeout,
        create=False,
        on_wait=_say_waiting(f"review {args.review_cmd}"),
    ) as con:
        if args.review_cmd == "resolve":
            result = review.resolve(con, args.id, value=args.value, note=args.note, who=who)
        elif args.review_cmd == "dismiss":
            result = review.dismiss(con, args.id, note=args.note, who=who)
        else:
            result = review.reopen(con, args.id, note=args.note or "", who=who)
    print(dumps(result) if args.json else f"{args.id}: {result.get('status', 'done')}")
    return EXIT_OK


# --- parser ---------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="newskb", description="A knowledge base of AI-model news, kept in DuckDB.")
    p.add_argument("--db", help="warehouse file (default: $NEWSKB_DB, else ./data/newskb.duckdb)")
    p.add_argument("--config", help="settings file (default: $NEWSKB_CONFIG, else ./newskb.toml if present)")
    sub = p.add_subparsers(dest="cmd", metavar="COMMAND", parser_class=_Parser)

    def verb(
        name: str, func: Callable[[argparse.Namespace, Settings], int], help: str
    ) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, help=help, description=help)
        sp.add_argument("--db", default=argparse.SUPPRESS, help="warehouse file")
        sp.set_defaults(func=func)
        return sp

    sp = verb("ingest", cmd_ingest, "fetch sources, extract facts and load them into the warehouse")
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
    sp.add_argument("--prefect", action="store_true", help="run as a Prefect flow (needs a Prefect API)")
    sp.add_argument("--json", action="store_true", help="print the run summary as JSON")

    sp = verb("reprocess", cmd_reprocess, "re-run extraction and NLP on stored pages, without fetching")
    sp.add_argument("--json", action="store_true", help="print the run summary as JSON")

    sp = verb("extract", cmd_extract, "print the article extracted from files or URLs (no warehouse)")
    sp.add_argument("inputs", nargs="+", metavar="FILE_OR_URL")
    sp.add_argument("--json", action="store_true", help="one JSON object per input and line")

    sp = verb("sql", cmd_sql, "run a read-only SQL query against the warehouse")
    sp.add_argument("query", metavar="QUERY")
    sp.add_argument("--format", choices=("table", "csv", "json"), default="table")
    sp.add_argument("--json", action="store_true", help="same as --format json")

    sp = verb("review", cmd_review, "review contradictions between sources")
    sp.add_argument("--web", action="store_true", help="serve the review page on 127.0.0.1")
    sp.add_argument("--host", default="127.0.0.1", help=argparse.SUPPRESS)
    sp.add_argument("--port", type=int, default=8765, help="port for --web (default 8765)")
    rsub = sp.add_subparsers(dest="review_cmd", metavar="ACTION", parser_class=_Parser)
    r = rsub.add_parser("list", help="list contradictions")
    r.add_argument("--db", default=argparse.SUPPRESS, help="warehouse file")
    r.add_argument("--status", choices=("open", "resolved", "dismissed"), help="only this status")
    r.add_argument("--subject", help="only this model (any alias)")
    r.add_argument("--json", action="store_true")
    r = rsub.add_parser("show", help="the values of one contradiction side by side")
    r.add_argument("--db", default=argparse.SUPPRESS, help="warehouse file")
    r.add_argument("id")
    r.add_argument("--json", action="store_true")
    for action, helptext in (
        ("resolve", "settle a contradiction on a value"),
        ("dismiss", "dismiss a contradiction (e.g. different conditions)"),
        ("reopen", "reopen a resolved or dismissed contradiction"),
    ):
        r = rsub.add_parser(action, help=helptext)
        r.add_argument("--db", default=argparse.SUPPRESS, help="warehouse file")
        r.add_argument("id")
        if action == "resolve":
            r.add_argument("--value", required=True, help="the value that is right")
        r.add_argument("--note", required=action != "reopen", help="why")
        r.add_argument("--who", help="reviewer name (default: the login name)")
        r.add_argument("--json", action="store_true")

    sp = verb("entities", cmd_entities, "list entities and candidates; add aliases; merge entities")
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

    sp = verb("serve", cmd_serve, "run scheduled ingestion with Prefect (starts a local server if needed)")
    sp.add_argument("--sources", metavar="FILE", help="sources file (default: ./sources.toml)")

    sp = verb("status", cmd_status, "show the last runs and the next scheduled one")
    sp.add_argument("--json", action="store_true")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "cmd", None):
        parser.print_help()
        return EXIT_USAGE
    import duckdb

    from warehouse.db import InputError, WarehouseBusy, WarehouseError, WarehouseMissing
    from warehouse.migrations import MigrationError

    real_stdout = sys.stdout
    sys.stdout = _TerminalSafe(real_stdout)
    try:
        settings = load_settings(Path(args.config) if args.config else None)
        if args.db:
            settings = settings.replace(db_path=Path(args.db))
        code: int = args.func(args, settings)
        sys.stdout.flush()
        return code
    except BrokenPipeError:  # `newskb sql … | head`: the reader left; not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, real_stdout.fileno())
        return EXIT_OK
    except (UsageError, ConfigError, WarehouseMissing) as exc:
        print(f"newskb {args.cmd}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except WarehouseBusy as exc:
        print(f"newskb {args.cmd}: {exc}", file=sys.stderr)
        return EXIT_PARTIAL
    except (WarehouseError, MigrationError) as exc:
        print(f"newskb {args.cmd}: {exc}", file=sys.stderr)
        return EXIT_PARTIAL
    except InputError as exc:
        print(f"newskb {args.cmd}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(f"newskb {args.cmd}: interrupted", file=sys.stderr)
        return 130
    except (OSError, duckdb.Error) as exc:  # the disk, the file system or the database file failed us
        print(f"newskb {args.cmd}: {_storage_message(settings_path(args), exc)}", file=sys.stderr)
        return EXIT_PARTIAL
    finally:
        sys.stdout = real_stdout


def _say_waiting(what: str) -> Callable[[str | None, float], None]:
    """A decision waits (bounded) for a busy warehouse rather than being lost; it says so on stderr."""

    def say(holder: str | None, seconds: float) -> None:
        who = f"process {holder}" if holder else "another process"
        print(f"newskb {what}: the warehouse is busy ({who}); waiting up to {seconds:.0f} s", file=sys.stderr)

    return say


def settings_path(args: argparse.Namespace) -> str:
    """The warehouse a command was about (for an error line), without reading settings again."""
    return str(args.db) if getattr(args, "db", None) else os.environ.get("NEWSKB_DB") or "the warehouse"


def _storage_message(where: str, exc: BaseException) -> str:
    from warehouse.db import is_storage_full

    first = (str(exc).splitlines() or [type(exc).__name__])[0]
    if is_storage_full(exc):
        return f"{where}: the disk is full ({first}); the last complete write stands, nothing else changed"
    if isinstance(exc, OSError):
        name = f" {exc.filename}" if exc.filename else ""
        return f"{where}: cannot use{name}: {exc.strerror or first}"
    return f"{where}: {first}"


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class _TerminalSafe:
    """stdout that replaces control characters (ANSI escapes, carriage returns…) coming from article text,
    so a page cannot retitle or repaint the terminal; newlines and tabs pass."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def write(self, text: str) -> int:
        return int(self._inner.write(_CONTROL.sub("\ufffd", text)))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


if __name__ == "__main__":
    sys.exit(main())
