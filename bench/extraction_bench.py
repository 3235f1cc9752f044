#!/usr/bin/env python3
"""Throughput of extract_article next to trafilatura.extract alone, on the same pages in the same run.

usage: python bench/extraction_bench.py [FOLDER_OF_HTML] [--repeat N]

Without a folder the eval site is built from /work/shared/eval/dev-corpus into a temporary directory.
Both extractors get the same bytes; pages that extract_article refuses (NotAnArticle) still count, as
the work was done. Prints pages/s for each and the ratio.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import trafilatura

from extractors.web.article import NotAnArticle, extract_article

EVAL = Path("/work/shared/eval")


def _pages(folder: Path) -> list[tuple[str, bytes]]:
    files = sorted(p for p in folder.rglob("*") if p.suffix.lower() in (".html", ".htm"))
    return [(p.as_uri(), p.read_bytes()) for p in files]


def _run(pages: list[tuple[str, bytes]], repeat: int, fn: Callable[[str, bytes], object]) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        for url, body in pages:
            fn(url, body)
    return len(pages) * repeat / (time.perf_counter() - start)


def _ours(url: str, body: bytes) -> object:
    try:
        return extract_article(body, url)
    except NotAnArticle:
        return None


def _trafilatura(url: str, body: bytes) -> object:
    return trafilatura.extract(body, url=url)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "folder", nargs="?", type=Path, help="folder of .html pages (default: build the eval site)"
    )
    parser.add_argument("--repeat", type=int, default=5, help="passes over the pages (default 5)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder: Path = args.folder
        if folder is None:
            build = EVAL / "build_site.py"
            if not build.exists():
                parser.error(f"no folder given and {build} is missing")
            folder = Path(tmp) / "site"
            cmd = [sys.executable, str(build), str(EVAL / "dev-corpus"), str(folder), "http://127.0.0.1:9"]
            subprocess.run(cmd, check=True, capture_output=True)
        pages = _pages(folder)
        if not pages:
            parser.error(f"no .html/.htm pages under {folder}")
        _run(pages[:3], 1, _ours)  # warm-up: imports, lxml and trafilatura caches
        _run(pages[:3], 1, _trafilatura)
        ours = _run(pages, args.repeat, _ours)
        alone = _run(pages, args.repeat, _trafilatura)
    size = sum(len(b) for _, b in pages) / len(pages) / 1024
    print(f"{len(pages)} pages (mean {size:.1f} KiB) x {args.repeat} passes")
    print(f"extract_article      {ours:8.1f} pages/s")
    print(f"trafilatura.extract  {alone:8.1f} pages/s")
    print(f"ratio                {ours / alone:8.2f} (extract_article runs trafilatura inside, plus bs4)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
