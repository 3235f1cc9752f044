"""Page metadata: title, authors, dates, canonical URL, site name and language (pure, from a parsed page)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin

from bs4 import BeautifulSoup
from bs4.element import Tag


def attr_text(tag: Tag, name: str) -> str:
    value = tag.get(name)
    if value is None:
        return ""
    if isinstance(value, list):
        return " ".join(value)
    return str(value)


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


def _meta(soup: BeautifulSoup, *keys: str) -> str | None:
    wanted = {k.lower() for k in keys}
    for tag in soup.find_all("meta"):
        key = (attr_text(tag, "property") or attr_text(tag, "name") or attr_text(tag, "itemprop")).lower()
        if key in wanted:
            content = attr_text(tag, "content").strip()
            if content:
                return content
    return None


def _json_ld(soup: BeautifulSoup) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []

    def visit(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                visit(item)
        elif isinstance(node, dict):
            out.append(node)
            if "@graph" in node:
                visit(node["@graph"])

    for script in soup.find_all("script", attrs={"type": re.compile(r"ld\+json", re.IGNORECASE)}):
        try:
            visit(json.loads(script.string or script.get_text() or "null"))
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


def _strip_site_suffix(title: str, soup: BeautifulSoup) -> str:
    """'Headline | Site' → 'Headline' when the last part is short (a site name, ≤ 4 words) and the
    headline part also appears in the page body."""
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) < 2 or len(parts[-1].split()) > 4:
        return title
    head = title[: title.rindex(parts[-1])]
    head = head.rstrip(" |-–—·:»")
    body = soup.find("body")
    text = " ".join(body.get_text(" ").split()) if isinstance(body, Tag) else ""
    if len(head.split()) >= 3 and head in text:
        return head
    return title


def page_metadata(soup: BeautifulSoup, url: str) -> PageMeta:
    ld = [n for n in _json_ld(soup) if _ld_types(n) & _ARTICLE_TYPES] or _json_ld(soup)
    ld_first: dict[str, Any] = ld[0] if ld else {}

    def ld_get(key: str) -> Any:
        for node in ld:
            if node.get(key):
                return node[key]
        return None

    m = PageMeta()
    title_tag = soup.find("title")
    page_title = _clean(title_tag.get_text()) if isinstance(title_tag, Tag) else None
    headline = ld_get("headline")
    m.title = _clean(_meta(soup, "og:title", "twitter:title")) or (
        _clean(headline) if isinstance(headline, str) else None
    )
    if m.title is None:
        h1 = soup.find("h1")
        h1_text = _clean(h1.get_text(" ")) if isinstance(h1, Tag) else None
        m.title = h1_text if h1_text and page_title and h1_text in page_title else page_title or h1_text
        if m.title and m.title == page_title:
            m.title = _strip_site_suffix(m.title, soup)
    authors: list[str] = []
    for tag in soup.find_all("meta"):
        key = (attr_text(tag, "name") or attr_text(tag, "property")).lower()
        if key in ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author"):
            authors.extend(a.strip() for a in attr_text(tag, "content").split(";"))
    authors.extend(_names(ld_get("author")))
    for link in soup.find_all(["a", "link"], rel="author"):
        authors.append(link.get_text(" "))
    seen: set[str] = set()
    cleaned: list[str] = []
    for author in authors:
        name = _clean(author)
        if name and not name.lower().startswith(("http://", "https://")) and name.lower() not in seen:
            seen.add(name.lower())
            cleaned.append(name)
    m.authors = tuple(cleaned)
    m.published = (
        parse_date(_meta(soup, *_PUBLISHED_KEYS))
        or parse_date(str(ld_get("datePublished") or ""))
        or parse_date(str(ld_get("dateCreated") or ""))
    )
    if m.published is None:
        for time_tag in soup.find_all("time"):
            dt = parse_date(attr_text(time_tag, "datetime") or time_tag.get_text())
            if dt is not None:
                m.published = dt
                break
    m.updated = parse_date(
        _meta(soup, "article:modified_time", "og:updated_time", "datemodified", "last-modified")
    ) or parse_date(str(ld_get("dateModified") or ""))
    publisher = ld_first.get("publisher") or ld_get("publisher")
    pub_names = _names(publisher)
    m.site_name = _clean(_meta(soup, "og:site_name", "application-name")) or (
        _clean(pub_names[0]) if pub_names else None
    )
    html_tag = soup.find("html")
    lang = attr_text(html_tag, "lang") if isinstance(html_tag, Tag) else ""
    lang = lang or attr_text(html_tag, "xml:lang") if isinstance(html_tag, Tag) else lang
    if not lang:
        for tag in soup.find_all("meta"):
            if attr_text(tag, "http-equiv").lower() == "content-language":
                lang = attr_text(tag, "content")
                break
    lang = lang or _meta(soup, "og:locale", "language", "dc.language") or str(ld_get("inLanguage") or "")
    m.language = (lang.strip().split(",")[0].replace("_", "-") or None) if lang else None
    canonical = None
    for link in soup.find_all("link"):
        if "canonical" in attr_text(link, "rel").lower().split() and attr_text(link, "href").strip():
            canonical = attr_text(link, "href").strip()
            break
    canonical = canonical or _meta(soup, "og:url")
    if canonical:
        try:
            m.canonical = urljoin(url, canonical)
        except ValueError:
            m.canonical = None
    return m
