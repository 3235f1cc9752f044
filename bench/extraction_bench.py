#!/usr/bin/env python3
"""Extraction throughput next to trafilatura.extract (defaults) on the same real-sized pages, same run.

usage: python bench/extraction_bench.py [FOLDER_OF_HTML] [--repeat N] [--pages N]

Without a folder, bench/page_maker.py writes real-sized news pages (tens of KB: navigation, scripts,
styles, related-story rails, comments, footers) into a temporary directory. Three newskb paths are timed:
`extract_article` itself, the function behind `newskb extract` (file read + extraction + JSON record), and
the ingest pipeline's `parse_page`. Each page is run through a newskb path and through trafilatura.extract
one after the other, and CPU time is summed per side, so a busy shared machine slows both alike. Pages
that newskb refuses (NotAnArticle) still count, as the work was done. Prints pages/s and the ratio.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import trafilatura

from bench.page_maker import write_pages
from extractors.web.article import NotAnArticle, extract_article
from flows.extract import extract_inputs
from flows.pipeline import Page, parse_page
from schema.records import FetchResult
from schema.settings import Settings

Fn = Callable[[Path, str, bytes], object]


def _pages(folder: Path) -> list[tuple[Path, str, bytes]]:
    files = sorted(p for p in folder.rglob("*") if p.suffix.lower() in (".html", ".htm"))
    return [(p, f"https://bench.example/{p.name}", p.read_bytes()) for p in files]


def _article(path: Path, url: str, body: bytes) -> object:
    try:
        return extract_article(body, url, content_type="text/html; charset=utf-8")
    except NotAnArticle:
        return None


_SETTINGS = Settings()


def _cli_extract(path: Path, url: str, body: bytes) -> object:
    return list(extract_inputs([str(path)], _SETTINGS))


def _ingest(path: Path, url: str, body: bytes) -> object:
    res = FetchResult(url, url, 200, body, "text/html; charset=utf-8", "utf-8", None, None, 0)
    try:
        return parse_page(Page(url, body, res))
    except NotAnArticle:
        return None


def _trafilatura(path: Path, url: str, body: bytes) -> object:
    return trafilatura.extract(body, url=url)


def _trafilatura_file(path: Path, url: str, body: bytes) -> object:
    return trafilatura.extract(path.read_bytes(), url=url)


def side_by_side(
    pages: list[tuple[Path, str, bytes]], repeat: int, ours: Fn, theirs: Fn
) -> tuple[float, float]:
    """(newskb pages/s, trafilatura pages/s) of CPU time, interleaved page by page."""
    mine = other = 0.0
    for _ in range(repeat):
        for page in pages:
            start = time.process_time()
            ours(*page)
            mid = time.process_time()
            theirs(*page)
            mine += mid - start
            other += time.process_time() - mid
    n = len(pages) * repeat
    return n / mine, n / other


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", nargs="?", type=Path, help="folder of .html pages (default: make some)")
    parser.add_argument("--repeat", type=int, default=3, help="passes over the pages (default 3)")
    parser.add_argument("--pages", type=int, default=40, help="pages to make without a folder (default 40)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder: Path = args.folder or Path(tmp) / "pages"
        if args.folder is None:
            write_pages(folder, args.pages)
        pages = _pages(folder)
        if not pages:
            parser.error(f"no .html/.htm pages under {folder}")
        for fn in (_article, _cli_extract, _ingest, _trafilatura):  # warm-up: imports, caches
            for page in pages[:3]:
                fn(*page)
        size = sum(len(b) for _, _, b in pages) / len(pages) / 1024
        print(f"{len(pages)} real-sized pages (mean {size:.1f} KiB) x {args.repeat} passes (CPU time)")
        for label, ours, theirs in (
            ("extract_article", _article, _trafilatura),
            ("newskb extract (file in, record out)", _cli_extract, _trafilatura_file),
            ("ingest path (parse_page)", _ingest, _trafilatura),
        ):
            mine, other = side_by_side(pages, args.repeat, ours, theirs)
            print(
                f"{label:38s} {mine:6.1f} pages/s | trafilatura.extract {other:6.1f} pages/s | "
                f"ratio {mine / other:.2f} (target >= 0.9)"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
