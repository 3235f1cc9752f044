"""Time per MB of one page through the processing stage (page text, NLP, warehouse write) at 0.1-9 MB.

`make bench` prints it: issue #14 asked that cost grow linearly with a page's size. Pages are built from the
shared dev corpus (else the sample articles): real prose, tables dropped, repeated up to the size. Each size
is timed (CPU seconds of this process, and wall) after a warm-up page (the NLP pipeline is built once),
through the functions `newskb ingest` runs: `pipeline.process` (extraction + NLP, with the default
per-page text budget, settings.max_text_chars) and `pipeline.write_batch` into a fresh warehouse. A
second figure reads the whole text (no budget) up to 3 MB, to show the NLP stage itself is linear.
"""

from __future__ import annotations

import html
import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
SIZES_MB = (0.1, 1.0, 3.0, 9.0)
UNBUDGETED_MB = (0.1, 1.0, 3.0)


def _texts() -> list[str]:
    corpus = REPO.parent / "shared" / "eval" / "dev-corpus"
    if corpus.is_dir():
        return [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(corpus.glob("*.json"))]
    from extractors.web.archive import read_local

    return [read_local(p).text for p in sorted((REPO / "sample" / "articles").glob("*.html"))]


def page_of(mb: float, texts: list[str]) -> bytes:
    """An HTML article of about `mb` megabytes of paragraphs."""
    paras: list[str] = []
    size, i = 0, 0
    while size < mb * 1_000_000:
        for p in texts[i % len(texts)].split("\n\n"):
            if p.strip() and not p.startswith("|"):
                paras.append(f"<p>{html.escape(p)}</p>")
                size += len(paras[-1]) + 1
        i += 1
    body = "\n".join(paras)
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>A very long page</title></head>"
        f"<body><article><h1>A very long page</h1>\n{body}\n</article></body></html>"
    ).encode()


def _time_page(body: bytes, settings: object, tmp: Path, n: int) -> tuple[float, float, int]:
    """(CPU seconds, wall seconds, characters the NLP read or -1 for all) for one page."""
    from flows import pipeline
    from schema.records import FetchResult
    from schema.settings import Source

    url = f"https://bench.example/page-{n}"
    res = FetchResult(url, url, 200, body, "text/html; charset=utf-8", "utf-8", None, None, 0)
    source = Source(name="bench", kind="url", location=url)
    collected = pipeline.Collected(
        source, pipeline.SourceSummary("bench", "url", url), [pipeline.Page(url, body, res)], []
    )
    state = pipeline.State({}, {})
    db = tmp / f"w{n}.duckdb"
    cfg = settings.replace(db_path=db)  # type: ignore[attr-defined]
    load_id, _ = pipeline.begin_run(cfg, "bench", "bench")
    cpu, start = time.process_time(), time.perf_counter()
    processed = pipeline.process(collected, state, cfg)
    pipeline.write_batch(cfg, load_id, processed)
    cpu, took = time.process_time() - cpu, time.perf_counter() - start
    assert processed.summary.new == 1, processed.summary.errors
    read = processed.summary.truncated[0][1] if processed.summary.truncated else -1
    return cpu, took, read


def bench_page_sizes() -> list[str]:
    from schema.settings import Settings

    texts = _texts()
    settings = Settings()
    lines = []
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        _time_page(page_of(0.05, texts), settings, tmp, 0)  # warm-up: builds the NLP pipeline
        cells = []
        for i, mb in enumerate(SIZES_MB, start=1):
            cpu, took, read = _time_page(page_of(mb, texts), settings, tmp, i)
            note = f", NLP read {read:,} chars" if read >= 0 else ""
            cells.append(f"{mb:g} MB {cpu:.1f} s CPU = {cpu / mb:.1f} s/MB (wall {took:.1f} s{note})")
        lines.append(
            "page size, process+load with the text budget "
            f"(max_text_chars={settings.max_text_chars:,}): " + "; ".join(cells)
        )
        whole = settings.replace(max_text_chars=10**9)
        cells = []
        for i, mb in enumerate(UNBUDGETED_MB, start=10):
            cpu, took, _ = _time_page(page_of(mb, texts), whole, tmp, i)
            cells.append(f"{mb:g} MB {cpu:.1f} s CPU = {cpu / mb:.1f} s/MB (wall {took:.1f} s)")
        lines.append("page size, whole text read (no budget): " + "; ".join(cells))
    return lines


if __name__ == "__main__":
    for line in bench_page_sizes():
        print(line)
