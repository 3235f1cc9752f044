"""Pure parsers for feeds (RSS 0.9x/1.0/2.0, Atom) and sitemaps (urlset, news sitemaps, sitemap indexes).

No I/O: the caller fetches the bytes and passes them in with the URL they came from (used to resolve
relative links and to name the input in error messages).
"""

from __future__ import annotations

import calendar
import io
import re
import zlib
from datetime import UTC, datetime
from typing import Any, Literal
from urllib.parse import urljoin, urlsplit

import feedparser
from lxml import etree

from schema.records import FeedEntry

__all__ = [
    "MAX_SITEMAP_BYTES",
    "FeedError",
    "detect_kind",
    "parse_feed",
    "parse_sitemap",
]

# A sitemap may hold 50,000 URLs and 50 MB uncompressed (sitemaps.org); allow a little more, no further.
MAX_SITEMAP_BYTES = 64 * 1024 * 1024


class FeedError(ValueError):
    """A feed or sitemap that cannot be read; the message names the URL and the reason."""


def _http_url(link: str, base: str) -> str | None:
    link = (link or "").strip()
    if not link:
        return None
    try:
        absolute = urljoin(base, link)
        scheme = urlsplit(absolute).scheme.lower()
    except ValueError:
        return None
    return absolute if scheme in ("http", "https") else None


def _struct_to_dt(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def _strip_tags(text: str | None) -> str | None:
    if not text:
        return None
    plain = re.sub(r"<[^>]+>", "", text)
    plain = " ".join(plain.split())
    return plain or None


def parse_feed(body: bytes, url: str) -> list[FeedEntry]:
    """Entries of an RSS or Atom feed, in feed order, with absolute http(s) links.

    An empty but well-formed feed gives []. A body that is not a feed (invalid XML, HTML, nothing) and
    yields no entries raises FeedError naming the URL and the parser's reason. Entries without a usable
    link are skipped; duplicate links keep their first occurrence.
    """
    if not body or not body.strip():
        raise FeedError(f"{url}: empty body, not a feed")
    try:
        parsed = feedparser.parse(io.BytesIO(body), response_headers={"content-location": url})
    except Exception as exc:  # feedparser is defensive, but never let a parser bug escape unnamed
        raise FeedError(f"{url}: feed parser failed ({type(exc).__name__}: {exc})") from None
    entries = parsed.get("entries") or []
    version = parsed.get("version") or ""
    if not entries:
        reason = parsed.get("bozo_exception") if parsed.get("bozo") else None
        if isinstance(reason, feedparser.ThingsNobodyCaresAboutButMe):
            reason = None  # charset / content-type quibbles feedparser worked around, not a broken feed
        if reason is not None or not version:
            raise FeedError(
                f"{url}: not a valid RSS/Atom feed ("
                + (f"{version or 'no <rss>, <rdf:RDF> or <feed> element'}; parser said: {reason})"
                   if reason is not None else "no <rss>, <rdf:RDF> or <feed> element found)")
            )  # fmt: skip
        return []
    base = parsed.get("href") or url
    out: list[FeedEntry] = []
    seen: set[str] = set()
    for entry in entries:
        link = entry.get("link")
        if not link:
            for alt in entry.get("links") or []:
                if alt.get("href") and alt.get("rel", "alternate") == "alternate":
                    link = alt["href"]
                    break
        if not link:
            guid = entry.get("id") or ""
            if entry.get("guidislink") or guid.startswith(("http://", "https://")):
                link = guid
        absolute = _http_url(link or "", base)
        if absolute is None or absolute in seen:
            continue
        seen.add(absolute)
        published = _struct_to_dt(entry.get("published_parsed")) or _struct_to_dt(entry.get("updated_parsed"))
        out.append(FeedEntry(url=absolute, title=_strip_tags(entry.get("title")), published_at=published))
    return out


# ---------------------------------------------------------------------------------------------------------
# Sitemaps
# ---------------------------------------------------------------------------------------------------------


def _gunzip(body: bytes, url: str, limit: int) -> bytes:
    """Decompress gzip with a hard cap on the output size (a compression bomb stops at `limit`)."""
    decomp = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = bytearray()
    data = body
    try:
        while data:
            chunk = decomp.decompress(data, 1024 * 1024)
            out += chunk
            if len(out) > limit:
                raise FeedError(f"{url}: gzipped sitemap expands beyond {limit} bytes")
            data = decomp.unconsumed_tail
            if not chunk and not data:
                break
    except zlib.error as exc:
        raise FeedError(f"{url}: corrupt gzip data ({exc})") from None
    return bytes(out)


def _parse_w3c_date(text: str | None) -> datetime | None:
    if not text:
        return None
    value = text.strip()
    if not value:
        return None
    value = value.replace("Z", "+00:00").replace("z", "+00:00")
    for candidate in (value, value[:10]):
        try:
            dt = datetime.fromisoformat(candidate)
        except ValueError:
            continue
        return dt if dt.tzinfo else dt.replace(tzinfo=UTC)
    return None


def _local(tag: object) -> str:
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower()


def _child_text(elem: Any, name: str) -> str | None:
    for child in elem.iter():
        if child is not elem and _local(child.tag) == name and child.text and child.text.strip():
            return str(child.text).strip()
    return None


def parse_sitemap(
    body: bytes, url: str, *, max_bytes: int = MAX_SITEMAP_BYTES
) -> tuple[list[FeedEntry], list[str]]:
    """(pages, child sitemaps) of a sitemap or sitemap index; gzipped bodies are decompressed (capped).

    Pages carry <news:publication_date> (or <lastmod>) as published_at and <news:title> as title.
    Raises FeedError naming the URL when the body is not a sitemap.
    """
    if not body or not body.strip():
        raise FeedError(f"{url}: empty body, not a sitemap")
    if body[:2] == b"\x1f\x8b":
        body = _gunzip(body, url, max_bytes)
    if len(body) > max_bytes:
        raise FeedError(f"{url}: sitemap larger than {max_bytes} bytes")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        root = etree.fromstring(body.lstrip(), parser=parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise FeedError(f"{url}: not valid sitemap XML ({exc})") from None
    if root is None:
        raise FeedError(f"{url}: not valid sitemap XML (no root element)")
    kind = _local(root.tag)
    if kind not in ("urlset", "sitemapindex"):
        raise FeedError(
            f"{url}: not a sitemap (root element <{kind or '?'}>, expected <urlset> or <sitemapindex>)"
        )
    pages: list[FeedEntry] = []
    children: list[str] = []
    seen: set[str] = set()
    for item in root:
        name = _local(item.tag)
        loc = _http_url(_child_text(item, "loc") or "", url)
        if loc is None or loc in seen:
            continue
        if name == "sitemap":
            seen.add(loc)
            children.append(loc)
        elif name == "url":
            seen.add(loc)
            published = _parse_w3c_date(_child_text(item, "publication_date")) or _parse_w3c_date(
                _child_text(item, "lastmod")
            )
            pages.append(FeedEntry(url=loc, title=_child_text(item, "title"), published_at=published))
    return pages, children


def detect_kind(body: bytes, content_type: str | None = None) -> Literal["feed", "sitemap", "html"]:
    """Guess what a fetched body is from its first bytes (and the Content-Type when given)."""
    head = body[:4096]
    if head[:2] == b"\x1f\x8b":
        return "sitemap"
    low = head.lower()
    if b"<urlset" in low or b"<sitemapindex" in low:
        return "sitemap"
    if b"<rss" in low or b"<rdf:rdf" in low or b"<feed" in low or b"<channel" in low:
        return "feed"
    ctype = (content_type or "").lower()
    if any(t in ctype for t in ("rss", "atom", "rdf")):
        return "feed"
    if ctype.startswith(("application/xml", "text/xml")) and b"<html" not in low:
        return "feed"
    return "html"
