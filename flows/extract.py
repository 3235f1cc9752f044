"""`newskb extract`: read files or URLs into articles, without touching the warehouse."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from schema.records import Article
from schema.settings import Settings


def article_record(source: str, article: Article) -> dict[str, Any]:
    return {
        "source": source,
        "url": article.url,
        "canonical_url": article.canonical_url,
        "title": article.title,
        "authors": list(article.authors),
        "published_at": article.published_at.isoformat() if article.published_at else None,
        "updated_at": article.updated_at.isoformat() if article.updated_at else None,
        "site_name": article.site_name,
        "language": article.language,
        "text": article.text,
        "tables": [dataclasses.asdict(t) for t in article.tables],
        "confidence": article.confidence,
        "note": article.note,
    }


def extract_inputs(inputs: Sequence[str], settings: Settings) -> Iterator[tuple[dict[str, Any], str | None]]:
    """Yield (record, error) per input, in order; error is a one-line reason or None."""
    from extractors.web.archive import read_local_bytes
    from extractors.web.article import NotAnArticle, extract_article

    urls = [i for i in inputs if i.lower().startswith(("http://", "https://"))]
    fetched = {}
    if urls:
        from extractors.web.fetcher import fetch_urls

        fetched = {r.url: r for r in fetch_urls(urls, settings, delay=0.0)}
    for item in inputs:
        try:
            if item in fetched:
                res = fetched[item]
                if not res.ok or res.body is None:
                    yield (
                        {"source": item},
                        f"fetch failed: {res.error_class or res.status}: {res.message or ''}",
                    )
                    continue
                article = extract_article(
                    res.body, res.final_url, encoding=res.encoding, content_type=res.content_type
                )
            else:
                path = Path(item)
                if not path.is_file():
                    yield {"source": item, "missing": True}, "no such file"
                    continue
                article = read_local_bytes(path.read_bytes(), path)
        except NotAnArticle as exc:
            yield {"source": item}, f"not an article: {exc}"
            continue
        yield article_record(item, article), None
