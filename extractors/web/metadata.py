"""Page metadata: title, authors, dates, canonical URL, site name and language (pure, from a parsed page).

Reads the same lxml tree the main-text extractor walks (the page is parsed once). JSON-LD is read by
`json_ld` before script elements are stripped from the tree; `page_metadata` takes its result.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement


def attr_text(tag: HtmlElement, name: str) -> str:
    value = tag.get(name)
    return "" if value is None else str(value)


def readable_host(url: str | None) -> str | None:
    """'https://www.Example.org/x' → 'example.org'; None for URLs without a host (file:, bad input)."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return None
    host = host.lower().removeprefix("www.").strip(".")
    return host or None


def parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    text = value.strip()
    if not text:
        return None
    iso = text.replace("Z", "+00:00").replace("z", "+00:00")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?[+-]\d{4}", iso):
        iso = iso[:-2] + ":" + iso[-2:]
    for candidate in (iso, iso[:19], iso[:10]):
        try:
            dt = datetime.fromisoformat(candidate)
        except ValueError:
            continue
        return dt if dt.tzinfo else dt.replace(tzinfo=UTC)
    try:
        dt = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def _meta(metas: list[HtmlElement], *keys: str) -> str | None:
    wanted = {k.lower() for k in keys}
    for tag in metas:
        key = (attr_text(tag, "property") or attr_text(tag, "name") or attr_text(tag, "itemprop")).lower()
        if key in wanted:
            content = attr_text(tag, "content").strip()
            if content:
                return content
    return None


def json_ld(tree: HtmlElement) -> list[dict[str, Any]]:
    """Every JSON-LD object of the page (@graph members included); call before scripts are stripped."""
    out: list[dict[str, Any]] = []

    def visit(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                visit(item)
        elif isinstance(node, dict):
            out.append(node)
            if "@graph" in node:
                visit(node["@graph"])

    for script in tree.iter("script"):
        if "ld+json" not in attr_text(script, "type").lower():
            continue
        try:
            visit(json.loads(script.text_content() or "null"))
        except (ValueError, RecursionError):
            continue
    return out


_ARTICLE_TYPES = frozenset(
    {"article", "newsarticle", "blogposting", "reportagenewsarticle", "techarticle", "analysisnewsarticle",
     "opinionnewsarticle", "reviewnewsarticle", "scholarlyarticle"}
)  # fmt: skip
_PUBLISHED_KEYS = (
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
    "publish-date", "date", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date",
)  # fmt: skip


def _ld_types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower() for k in kinds if k}


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


@dataclass
class PageMeta:
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: datetime | None = None
    updated: datetime | None = None
    site_name: str | None = None
    language: str | None = None
    canonical: str | None = None


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    value = " ".join(text.split())
    return value or None


_TITLE_SEPARATOR = re.compile(r"\s+[|\-–—·:»]\s+")


def _strip_site_suffix(title: str, tree: HtmlElement) -> str:
    """'Headline | Site' → 'Headline' when the last part is short (a site name, ≤ 4 words) and the
    headline part also appears in the page body."""
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) < 2 or len(parts[-1].split()) > 4:
        return title
    head = title[: title.rindex(parts[-1])]
    head = head.rstrip(" |-–—·:»")
    body = tree.find("body")
    text = " ".join(body.text_content().split()) if body is not None else ""
    if len(head.split()) >= 3 and head in text:
        return head
    return title


def page_metadata(tree: HtmlElement, url: str, ld_nodes: list[dict[str, Any]] | None = None) -> PageMeta:
    """Metadata from the parsed page; `ld_nodes` is `json_ld(tree)` when the scripts are already gone."""
    all_ld = json_ld(tree) if ld_nodes is None else ld_nodes
    ld = [n for n in all_ld if _ld_types(n) & _ARTICLE_TYPES] or all_ld
    metas = list(tree.iter("meta"))
    ld_first: dict[str, Any] = ld[0] if ld else {}

    def ld_get(key: str) -> Any:
        for node in ld:
            if node.get(key):
                return node[key]
        return None

    m = PageMeta()
    title_tag = next(tree.iter("title"), None)
    page_title = _clean(title_tag.text_content()) if title_tag is not None else None
    headline = ld_get("headline")
    m.title = _clean(_meta(metas, "og:title", "twitter:title")) or (
        _clean(headline) if isinstance(headline, str) else None
    )
    if m.title is None:
        h1 = next(tree.iter("h1"), None)
        h1_text = _clean(h1.text_content()) if h1 is not None else None
        m.title = h1_text if h1_text and page_title and h1_text in page_title else page_title or h1_text
        if m.title and m.title == page_title:
            m.title = _strip_site_suffix(m.title, tree)
    authors: list[str] = []
    for tag in metas:
        key = (attr_text(tag, "name") or attr_text(tag, "property")).lower()
        if key in ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author"):
            authors.extend(a.strip() for a in attr_text(tag, "content").split(";"))
    authors.extend(_names(ld_get("author")))
    for link in tree.xpath("//a[@rel] | //link[@rel]"):
        if "author" in attr_text(link, "rel").lower().split():
            authors.append(link.text_content())
    seen: set[str] = set()
    cleaned: list[str] = []
    for author in authors:
        name = _clean(author)
        if name and not name.lower().startswith(("http://", "https://")) and name.lower() not in seen:
            seen.add(name.lower())
            cleaned.append(name)
    m.authors = tuple(cleaned)
    m.published = (
        parse_date(_meta(metas, *_PUBLISHED_KEYS))
        or parse_date(str(ld_get("datePublished") or ""))
        or parse_date(str(ld_get("dateCreated") or ""))
    )
    if m.published is None:
        for time_tag in tree.iter("time"):
            dt = parse_date(attr_text(time_tag, "datetime") or time_tag.text_content())
            if dt is not None:
                m.published = dt
                break
    m.updated = parse_date(
        _meta(metas, "article:modified_time", "og:updated_time", "datemodified", "last-modified")
    ) or parse_date(str(ld_get("dateModified") or ""))
    publisher = ld_first.get("publisher") or ld_get("publisher")
    pub_names = _names(publisher)
    m.site_name = _clean(_meta(metas, "og:site_name", "application-name")) or (
        _clean(pub_names[0]) if pub_names else None
    )
    html_tag = tree if tree.tag == "html" else tree.find(".//html")
    lang = (attr_text(html_tag, "lang") or attr_text(html_tag, "xml:lang")) if html_tag is not None else ""
    if not lang:
        for tag in metas:
            if attr_text(tag, "http-equiv").lower() == "content-language":
                lang = attr_text(tag, "content")
                break
    lang = lang or _meta(metas, "og:locale", "language", "dc.language") or str(ld_get("inLanguage") or "")
    m.language = (lang.strip().split(",")[0].replace("_", "-") or None) if lang else None
    canonical = None
    for link in tree.iter("link"):
        if "canonical" in attr_text(link, "rel").lower().split() and attr_text(link, "href").strip():
            canonical = attr_text(link, "href").strip()
            break
    canonical = canonical or _meta(metas, "og:url")
    if canonical:
        try:
            m.canonical = urljoin(url, canonical)
        except ValueError:
            m.canonical = None
    return m
