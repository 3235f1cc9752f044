"""The `newskb` command: one verb per job. It only parses arguments, calls library functions and prints.

Exit codes: 0 ok, 1 partial failure (some sources or pages failed, or the warehouse is busy),
2 usage or input error. Read-only verbs never import Prefect (or the NLP stack) so they start fast.
"""

from __future__ import annotations

import argparse
import functools
import getpass
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from flows.cli_parser import EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, build_parser
from flows.sql_output import dumps, print_table, write_result
from schema.settings import ConfigError, Settings, Source, load_settings, load_sources

SQL_BATCH = 2000  # rows fetched at a time by `newskb sql`
CLI_LOCK_WAIT = 3.0  # seconds a one-off ingest waits for another run's lock before giving up


class UsageError(Exception):
    """Bad input from the user: printed as one line, exit code 2."""


# --- verbs ----------------------------------------------------------------------------------------


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    sources = _ad_hoc_sources(args) or _configured_sources(args, settings)
    if args.workers is not None:
        if args.workers < 1:
            raise UsageError(f"--workers {args.workers}: must be 1 or more")
        settings = settings.replace(workers=args.workers)
    if args.prefect:
        from flows.ingest import run_with_prefect

        summary = run_with_prefect(
            settings, sources, delay=args.delay, concurrency=args.concurrency, workers=args.workers
        )
    else:
        if not settings.db_path.exists():  # a first ingest: start the fork server the page workers fork
            from flows import fork_server  # from now, so it preloads while this process gets ready

            fork_server.start()
        from flows import fork_server
        from flows.guard import run_lock
        from flows.parallel import LocalProcesses, default_workers, run_parallel
        from flows.progress import progress_printer

        workers = default_workers(settings)
        try:
            with (
                run_lock(settings.db_path, trigger="cli", wait=CLI_LOCK_WAIT),
                progress_printer(enabled=not args.json and sys.stderr.isatty()) as progress,
            ):
                summary = run_parallel(
                    settings, sources, dispatch=LocalProcesses(workers), workers=workers, delay=args.delay,
                    concurrency=args.concurrency, progress=progress,
                )  # fmt: skip
        finally:
            # this process forks nothing more, whether the run ended well or not: kill the server rather than
            # let it tear down its preloaded heap (0.4-0.7 s after we exit, with our stdout and stderr still
            # open in it, so `$(newskb ingest)` or a pipe waits for it)
            fork_server.stop()
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
    # An ad-hoc feed or sitemap is named by its host ('example.org'), a name a user can group by.
    for url in args.feed or []:
        out.append(Source(name=_source_name(url), kind="feed", location=_check_url(url)))
    for url in args.sitemap or []:
        out.append(Source(name=_source_name(url), kind="sitemap", location=_check_url(url)))
    for url in args.url or []:
        out.append(Source(name=url, kind="url", location=_check_url(url)))
    for folder in args.path or []:
        p = Path(folder)
        if not p.exists():
            raise UsageError(f"--path {folder}: no such file or folder")
        out.append(Source(name=str(p), kind="path", location=str(p.resolve())))
    return out


def _source_name(url: str) -> str:
    from extractors.web.metadata import readable_host

    return readable_host(url) or url


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


def _sql_script(args: argparse.Namespace) -> str:
    """The SQL to run: QUERY, -f FILE, or stdin (`-` for either; or neither, with stdin piped)."""
    if args.query is not None and args.file is not None:
        raise UsageError("give either QUERY or -f FILE, not both")
    source = args.file if args.file is not None else args.query
    if source is None:
        if sys.stdin.isatty():
            raise UsageError("give a QUERY, -f FILE, or SQL on standard input")
        source = "-"
    if args.file is None and source != "-":
        return str(source)
    if source == "-":
        return sys.stdin.read()
    try:
        return Path(source).read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"-f {source}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise UsageError(f"-f {source}: not UTF-8 text") from None


def cmd_sql(args: argparse.Namespace, settings: Settings) -> int:
    """Every result is read whole and the warehouse closed before anything is printed, so a reader that
    pauses (`newskb sql … | less`) never holds the file and never blocks an ingestion."""
    from warehouse.adhoc import parse_params, split
    from warehouse.db import open_warehouse

    fmt = "json" if args.json else args.format
    script = _sql_script(args)
    params = parse_params(args.param or [])
    with open_warehouse(settings.db_path, read_only=True, busy_timeout=settings.busy_timeout) as con:
        # A query reads the warehouse and nothing else: no files, no network, and it cannot turn that back on.
        con.execute("SET enable_external_access = false")
        con.execute("SET lock_configuration = true")
        statements = split(con, script, params)
        results: list[tuple[list[str], list[Any]]] = []
        failure: UsageError | None = None
        for st in statements:
            try:
                cur = con.execute(st.text, st.params or None)
                if not cur.description:  # SET, PRAGMA … without a result: nothing to print
                    continue
                columns = [d[0] for d in cur.description]
                results.append((columns, list(iter(functools.partial(cur.fetchmany, SQL_BATCH), []))))
            except Exception as exc:  # duckdb raises many kinds; all are the query's fault here
                where = st.label(len(statements))
                failure = UsageError(f"query failed: {where}: {str(exc).splitlines()[0]}")
                break
    for printed, (columns, batches) in enumerate(results):  # the warehouse is closed by now
        if printed and fmt in ("table", "csv", "markdown"):
            sys.stdout.write("\n")
        write_result(fmt, columns, iter(batches), sys.stdout, max_width=args.max_width, wrap=args.wrap)
    if failure is not None:  # named after the results of the statements before it
        raise failure
    return EXIT_OK


def cmd_export(args: argparse.Namespace, settings: Settings) -> int:
    import datetime as dt

    from warehouse.db import WarehouseError, open_warehouse
    from warehouse.export import export_views
    from warehouse.jobs import record_job

    started = dt.datetime.now(dt.UTC)
    folder = Path(args.to) if args.to else settings.export_dir
    with open_warehouse(settings.db_path, read_only=True, busy_timeout=settings.busy_timeout) as con:
        result = export_views(con, folder, fmt=args.format, views=args.view)
    detail = {"folder": str(folder), **result.manifest()}
    try:  # the export is done; recording it is bookkeeping for `newskb status`
        with open_warehouse(settings.db_path, busy_timeout=settings.busy_timeout) as con:
            record_job(con, "export", trigger="cli", started_at=started, status="ok", detail=detail)
    except WarehouseError as exc:
        print(f"newskb export: exported, but not recorded for `newskb status`: {exc}", file=sys.stderr)
    if args.json:
        print(dumps(detail))
        return EXIT_OK
    for view, info in result.views.items():
        print(f"{view}: {info['rows']} rows -> {folder / info['file']}")
    print(f"manifest: {folder / 'manifest.json'} (schema v{result.schema_version}, {result.format})")
    return EXIT_OK


def cmd_status(args: argparse.Namespace, settings: Settings) -> int:
    from flows.status import format_status, gather_status

    info = gather_status(settings)
    print(dumps(info) if args.json else format_status(info), end="\n" if args.json else "")
    return EXIT_OK


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    from flows.serve import serve

    if args.workers is not None and args.workers < 0:
        raise UsageError(f"--workers {args.workers}: must be 0 or more")
    return serve(settings, sources_file=Path(args.sources) if args.sources else None, workers=args.workers)


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
        raise UsageError("review needs a subcommand (list, show, resolve, dismiss, reopen, setting) or --web")
    if args.review_cmd in ("list", "show"):
        # read, close, then print: a paused reader (`newskb review list | less`) never holds the file
        with open_warehouse(settings.db_path, read_only=True, busy_timeout=settings.busy_timeout) as con:
            if args.review_cmd == "list":
                items = review.list_contradictions(
                    con, status=args.status, subject=args.subject, benchmark=args.benchmark,
                    search=args.search, source=args.source, sort=args.sort,
                )  # fmt: skip
                shown = review.page(items, limit=args.limit, offset=args.offset)
            else:
                detail = review.show(con, args.id)
        if args.review_cmd == "show":
            print(dumps(detail) if args.json else review.format_detail(detail))
        elif args.json:
            print(dumps(shown))
        else:
            print(review.format_list(shown, total=len(items), offset=args.offset))
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
        elif args.review_cmd == "setting":
            if (args.to is None) == (not args.as_stated):
                raise UsageError('review setting needs --to SETTING ("" for not stated) or --as-stated')
            result = review.set_setting(
                con, args.id, value=args.value, setting=args.to, note=args.note or "", who=who,
                as_stated=args.as_stated,
            )  # fmt: skip
        else:
            result = review.reopen(con, args.id, note=args.note or "", who=who)
    if args.json:
        print(dumps(result))
    else:
        print(f"{result['contradiction_id']}: {result.get('status', 'done')}")
        for line in review.format_changes(result.get("changes") or {}):
            print(f"  {line}")
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, Settings], int]] = {
    "ingest": cmd_ingest,
    "reprocess": cmd_reprocess,
    "extract": cmd_extract,
    "sql": cmd_sql,
    "export": cmd_export,
    "review": cmd_review,
    "entities": cmd_entities,
    "serve": cmd_serve,
    "status": cmd_status,
}


def main(argv: Sequence[str] | None = None) -> int:
    """`newskb ARGV`; returns the exit code. Called from the command line (no `argv`: the `newskb` script,
    `python -m flows.cli`), it ends the process once the command is done, skipping the interpreter's
    tear-down of its heap (`flows.leaving`: ~0.15-0.2 s of CPU at the end of an ingest)."""
    code = run_command(argv)
    if argv is None:
        from flows.leaving import leave

        leave(code)
    return code


def run_command(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "cmd", None):
        parser.print_help()
        return EXIT_USAGE
    early = args.cmd == "ingest" and _start_page_workers_early(args)
    import duckdb

    from warehouse.db import InputError, WarehouseBusy, WarehouseError, WarehouseMissing
    from warehouse.migrations import MigrationError

    real_stdout = sys.stdout
    sys.stdout = _TerminalSafe(real_stdout)
    try:
        settings = load_settings(Path(args.config) if args.config else None)
        if args.db:
            settings = settings.replace(db_path=Path(args.db))
        code: int = COMMANDS[args.cmd](args, settings)
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
        if early:  # a command that failed before its run: the server must not outlive it (see cmd_ingest)
            from flows import fork_server

            fork_server.stop()


def _start_page_workers_early(args: argparse.Namespace) -> bool:
    """A first ingest (no warehouse yet) forks its page workers from a fork server whose preload (the
    extractors, ~1.3 s of CPU) every worker waits for; cmd_ingest starts it, but this process first imports
    DuckDB and the warehouse modules (~0.07 s): start it before them, so that it preloads meanwhile. True when
    started; a bad configuration is left to the command to report."""
    if getattr(args, "prefect", False):
        return False
    try:
        settings = load_settings(Path(args.config) if args.config else None)
    except (ConfigError, OSError, ValueError):
        return False
    if (Path(args.db) if args.db else settings.db_path).exists():
        return False
    from flows import fork_server

    fork_server.start()
    return True


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
