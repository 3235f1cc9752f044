"""`make bench`: the speed figures the issues ask for, measured here and printed as one report.

- extraction pages/s next to trafilatura alone on the same pages (bench/extraction_bench.py)
- NLP words/s on one core
- first ingest vs unchanged re-run of a local news site (target: re-run >= 20x faster)
- `newskb sql "select 1"` wall time (target: < 0.5 s)
- peak memory of an ingest
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "eval"
BIN = Path(sys.executable).parent
sys.path.insert(0, str(REPO))


def corpus_texts() -> list[tuple[str, str]]:
    """(title, text) pairs: the shared dev corpus when present, else the sample archive's text."""
    corpus = SHARED / "dev-corpus"
    if corpus.is_dir():
        docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(corpus.glob("*.json"))]
        return [(d.get("title") or "", d["text"]) for d in docs]
    from extractors.archive import read_local

    return [
        (a.title or "", a.text)
        for a in map(read_local, sorted((REPO / "sample" / "articles").glob("*.html")))
    ]


def bench_nlp(repeat: int = 5) -> str:
    from extractors.nlp import extract

    from schema.records import Article

    arts = [Article(url=f"bench://{i}", text=t, title=title) for i, (title, t) in enumerate(corpus_texts())]
    extract(arts[0])  # build the pipeline once
    words = sum(len(a.text.split()) for a in arts) * repeat
    start = time.perf_counter()
    for _ in range(repeat):
        for a in arts:
            extract(a)
    secs = time.perf_counter() - start
    rate = words / secs
    return f"NLP stage: {rate:,.0f} words/s on one core ({words:,} words in {secs:.2f} s; target >= 50,000)"


def build_site(out: Path, base: str) -> int:
    corpus = SHARED / "dev-corpus"
    if corpus.is_dir():
        subprocess.run(
            [sys.executable, str(SHARED / "build_site.py"), str(corpus), str(out), base],
            check=True,
            capture_output=True,
        )
        return len(list((out / "a").glob("*.html")))
    (out / "a").mkdir(parents=True)
    pages = sorted((REPO / "sample" / "articles").glob("*.html"))
    items = []
    for p in pages:
        shutil.copy(p, out / "a" / p.name)
        items.append(f"<item><title>{p.stem}</title><link>{base}/a/{p.name}</link></item>")
    (out / "feed.xml").write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>b</title>{"".join(items)}</channel></rss>'
    )
    return len(pages)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def bench_rerun(tmp: Path) -> str:
    site = tmp / "site"
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    base = f"http://127.0.0.1:{server.server_address[1]}"
    n = build_site(site, base)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    db = tmp / "bench.duckdb"
    cmd = [
        str(BIN / "newskb"),
        "--db",
        str(db),
        "ingest",
        "--feed",
        f"{base}/feed.xml",
        "--delay",
        "0",
        "--concurrency",
        "8",
        "--json",
    ]
    times = []
    for _ in range(2):
        start = time.perf_counter()
        res = subprocess.run(cmd, capture_output=True, text=True, check=False)
        times.append(time.perf_counter() - start)
        if res.returncode not in (0, 1):
            return f"ingest failed: {res.stderr.strip()[-300:]}"
    server.shutdown()
    rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return (
        f"ingest of {n} pages: first run {times[0]:.2f} s, unchanged re-run {times[1]:.2f} s "
        f"({times[0] / times[1]:.1f}x faster; target >= 20x); peak RSS of an ingest {rss_mb:.0f} MB"
    )


def bench_sql_startup(tmp: Path) -> str:
    import duckdb

    db = tmp / "empty.duckdb"
    duckdb.connect(str(db)).close()
    walls = []
    for _ in range(7):
        start = time.perf_counter()
        subprocess.run(
            [str(BIN / "newskb"), "--db", str(db), "sql", "select 1"], capture_output=True, check=True
        )
        walls.append(time.perf_counter() - start)
    return f'newskb sql "select 1": median {statistics.median(walls):.3f} s wall over 7 runs (target < 0.5 s)'


def bench_extraction() -> str:
    script = REPO / "bench" / "extraction_bench.py"
    if not script.exists():
        return "extraction bench: bench/extraction_bench.py missing"
    res = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=False)
    return res.stdout.strip() or res.stderr.strip()[-500:]


def main() -> None:
    os.environ.setdefault("DO_NOT_TRACK", "1")
    print(f"newskb benchmarks (one core where it matters; this machine: {os.cpu_count()} cores)")
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        for name, fn in (
            ("extraction", bench_extraction),
            ("nlp", bench_nlp),
            ("re-run", lambda: bench_rerun(tmp)),
            ("sql", lambda: bench_sql_startup(tmp)),
        ):
            try:
                print(f"- {fn()}")
            except Exception as exc:  # a missing stage must not hide the other figures
                print(f"- {name}: failed: {type(exc).__name__}: {exc}")


if __name__ == "__main__":
    main()
