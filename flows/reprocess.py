"""`newskb reprocess`: re-run article extraction and NLP over the stored raw pages, without fetching.

Pages are read one source and one batch at a time (so memory stays bounded) and go through the same
`process` and `write_batch` stages as an ingest, with `force=True` so unchanged text is extracted again.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from flows.pipeline import (
    Collected,
    Page,
    Progress,
    RunSummary,
    SourceSummary,
    State,
    begin_run,
    close_abandoned,
    end_run,
    process,
    write_batch,
)
from schema.records import FetchResult
from schema.settings import Settings, Source
from warehouse import load
from warehouse.db import open_warehouse
from warehouse.queries import query

REPROCESS_PAGE = 200  # stored pages decompressed and processed at a time


def reprocess(settings: Settings, *, progress: Progress | None = None) -> RunSummary:
    """Re-run extraction and NLP over every stored page (also those that failed before), without fetching."""
    load_id, _ = begin_run(settings, "reprocess", "reprocess")
    summaries: list[SourceSummary] = []
    try:
        with open_warehouse(settings.db_path, busy_timeout=settings.busy_timeout) as con:
            sources = [r[0] for r in con.execute(query("stored_page_sources")).fetchall()]
            state = State({}, load.stored_articles(con))
        for i, name in enumerate(sources):
            if progress:
                progress(f"reprocessing {name}", i, len(sources))
            summary = SourceSummary(name, "stored", "warehouse")
            offset = 0
            while True:
                with open_warehouse(settings.db_path, busy_timeout=settings.busy_timeout) as con:
                    rows = con.execute(query("stored_pages"), [name, REPROCESS_PAGE, offset]).fetchall()
                if not rows:
                    break
                offset += len(rows)
                pages, kind = [], "news"
                for url, final_url, blob, status, ctype, enc, source_kind in rows:
                    body = load.raw_body(blob)
                    local = Path(url2pathname(urlsplit(url).path)) if url.startswith("file:") else None
                    result = (
                        None
                        if local
                        else FetchResult(url, final_url, status, body, ctype, enc, None, None, 0)
                    )
                    pages.append(Page(url, body, result, local))
                    kind = source_kind
                source = Source(name=name, kind="path", location="", reliability=kind)
                batch = process(Collected(source, summary, pages, []), state, settings, force=True)
                write_batch(settings, load_id, batch)
            summaries.append(summary)
        return end_run(settings, load_id, summaries)
    except BaseException as exc:
        close_abandoned(settings, load_id, summaries, exc)
        raise
