"""A generated news site for the parallel-ingestion tests: hundreds of small article pages and a sitemap,
written to a folder served by a real HTTP server on 127.0.0.1 (tests/conftest.py `static_site`).

Each page reports a few invented models' scores; every seventh model gets a second page with a different
figure, so the warehouse has contradictions to compare between runs.
"""

from __future__ import annotations

from pathlib import Path

BENCHMARKS = ("GPQA Diamond", "MMLU-Pro", "SWE-bench Verified")
LABS = ("Brightwater Labs", "Harrowgate Institute", "Kestrel AI", "Onyx Research")


def _page(title: str, published: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="article:published_time" content="{published}"></head><body>'
        f'<nav><a href="/">Home</a></nav><article><h1>{title}</h1>{body}</article>'
        f"<footer>Copyright 2026 Example News.</footer></body></html>"
    )


def article(i: int) -> tuple[str, str]:
    """(file name, html) of page i; pages come in pairs about one model when i % 14 < 2."""
    model_no = i // 2 if i % 14 < 2 else i
    model = f"Vellum-{model_no}"
    lab = LABS[model_no % len(LABS)]
    bench = BENCHMARKS[model_no % len(BENCHMARKS)]
    value = 40 + (model_no * 7) % 50 + (0.5 if i % 14 == 1 else 0.0) + (3.0 if i % 14 == 1 else 0.0)
    other = BENCHMARKS[(model_no + 1) % len(BENCHMARKS)]
    title = f"{lab} releases {model}" if i % 14 != 1 else f"A second look at {model}"
    paragraphs = [
        f"{lab} released {model} on Thursday, the newest model in its line. The lab says it was trained "
        f"on a larger share of scientific text than its predecessor (story {i}).",
        f"In the lab's own evaluation, {model} scored {value:.1f} on {bench}. It also reported "
        f"{30 + (model_no * 3) % 60:.1f}% on {other}.",
        "Independent evaluators have not yet confirmed the figures.",
    ]
    day = 1 + i % 28
    return f"story-{i:04d}.html", _page(title, f"2026-10-{day:02d}T09:00:00Z", paragraphs)


def write_site(root: Path, base: str, n: int) -> str:
    """Write n pages and a sitemap under root; returns the sitemap's URL."""
    root.mkdir(parents=True, exist_ok=True)
    urls = []
    for i in range(n):
        name, html = article(i)
        (root / name).write_text(html, encoding="utf-8")
        urls.append(f"{base}/{name}")
    entries = "".join(f"<url><loc>{u}</loc></url>" for u in urls)
    (root / "sitemap.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>',
        encoding="utf-8",
    )
    return f"{base}/sitemap.xml"
