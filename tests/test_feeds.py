"""Feed and sitemap parsers: formats, relative links, dates, gzip, and bad input."""

from __future__ import annotations

import contextlib
import gzip
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.web.feeds import FeedError, detect_kind, parse_feed, parse_sitemap

RSS2 = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Model desk</title><link>https://desk.example/</link>
<item><title>Orbit-2 &amp; friends</title><link>/2026/orbit-2</link>
<pubDate>Tue, 21 Apr 2026 09:00:00 +0000</pubDate></item>
<item><title>Guid only</title><guid isPermaLink="true">https://desk.example/guid-only</guid></item>
<item><title>Duplicate</title><link>https://desk.example/2026/orbit-2</link></item>
<item><title>No link at all</title><description>nothing to fetch</description></item>
<item><title>Mail link</title><link>mailto:desk@desk.example</link></item>
</channel></rss>"""

RSS1 = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://old.example/"><title>Old desk</title><link>https://old.example/</link></channel>
<item rdf:about="https://old.example/a"><title>RDF item</title><link>https://old.example/a</link>
<dc:date>2026-04-02T10:00:00Z</dc:date></item>
</rdf:RDF>"""

RSS091 = b"""<?xml version="1.0"?><rss version="0.91"><channel><title>t</title><link>https://v91.example/</link>
<description>d</description><item><title>Item 91</title><link>https://v91.example/91</link></item></channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.example/blog/">
<title>Atom desk</title><id>urn:x</id><updated>2026-04-20T12:00:00Z</updated>
<entry><title type="html">&lt;b&gt;Bold&lt;/b&gt; claim</title><link rel="alternate" href="posts/one"/>
<link rel="enclosure" href="https://cdn.example/one.mp3"/><id>urn:1</id>
<published>2026-04-19T08:00:00+02:00</published><updated>2026-04-20T12:00:00Z</updated></entry>
<entry><title>Updated only</title><link href="https://atom.example/two"/><id>urn:2</id>
<updated>2026-04-18T00:00:00Z</updated></entry>
</feed>"""


def test_rss2_links_resolved_deduplicated_and_dated() -> None:
    entries = parse_feed(RSS2, "https://desk.example/feed.xml")
    assert [e.url for e in entries] == ["https://desk.example/2026/orbit-2", "https://desk.example/guid-only"]
    assert entries[0].title == "Orbit-2 & friends"
    assert entries[0].published_at == datetime(2026, 4, 21, 9, tzinfo=UTC)
    assert entries[1].published_at is None


def test_rss1_rdf() -> None:
    (entry,) = parse_feed(RSS1, "https://old.example/index.rdf")
    assert entry.url == "https://old.example/a" and entry.published_at == datetime(2026, 4, 2, 10, tzinfo=UTC)


def test_rss091() -> None:
    assert [e.url for e in parse_feed(RSS091, "https://v91.example/rss")] == ["https://v91.example/91"]


def test_atom_with_xml_base_and_html_title() -> None:
    one, two = parse_feed(ATOM, "https://atom.example/atom.xml")
    assert one.url == "https://atom.example/blog/posts/one" and one.title == "Bold claim"
    assert one.published_at == datetime(2026, 4, 19, 6, tzinfo=UTC)
    assert two.published_at == datetime(2026, 4, 18, tzinfo=UTC)


def test_eval_site_feeds_if_available(tmp_path: Path) -> None:
    import subprocess
    import sys

    build = Path("/work/shared/eval/build_site.py")
    if not build.exists():
        pytest.skip("eval kit not available")
    subprocess.run([sys.executable, str(build), str(build.parent / "dev-corpus"), str(tmp_path), "http://h:1"],
                   check=True, capture_output=True)  # fmt: skip
    rss = parse_feed((tmp_path / "feed.xml").read_bytes(), "http://h:1/feed.xml")
    atom = parse_feed((tmp_path / "atom.xml").read_bytes(), "http://h:1/atom.xml")
    assert len(rss) == len(atom) == 38
    assert [e.url for e in rss] == [e.url for e in atom]
    assert all(e.published_at and e.title for e in rss)


def test_empty_but_valid_feed_gives_no_entries() -> None:
    quiet = b'<rss version="2.0"><channel><title>quiet</title></channel></rss>'
    assert parse_feed(quiet, "https://q.example/") == []


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "empty body"),
        (b"<html><body><p>Not a feed</p></body></html>", "not a valid RSS/Atom feed"),
        (b"\x00\x01\x02 binary", "not a valid RSS/Atom feed"),
        (b"<rss><channel><title>broken</ch", "not"),
    ],
)
def test_bad_feeds_raise_feed_error_naming_the_url(body: bytes, reason: str) -> None:
    with pytest.raises(FeedError, match=reason) as info:
        parse_feed(body, "https://bad.example/feed")
    assert "https://bad.example/feed" in str(info.value)


URLSET = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://news.example/a</loc>
  <news:news><news:publication><news:name>News</news:name><news:language>en</news:language></news:publication>
  <news:publication_date>2026-04-22T07:15:00+01:00</news:publication_date>
  <news:title>Model A lands</news:title>
  </news:news></url>
<url><loc>/b</loc><lastmod>2026-04-01</lastmod></url>
<url><loc>https://news.example/a</loc></url>
<url><loc>javascript:alert(1)</loc></url>
</urlset>"""

INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://news.example/sitemap-1.xml.gz</loc><lastmod>2026-04-22</lastmod></sitemap>
<sitemap><loc>sitemap-2.xml</loc></sitemap>
</sitemapindex>"""


def test_news_sitemap_dates_titles_and_relative_locs() -> None:
    pages, children = parse_sitemap(URLSET, "https://news.example/sitemap.xml")
    assert children == []
    assert [p.url for p in pages] == ["https://news.example/a", "https://news.example/b"]
    assert pages[0].title == "Model A lands"
    assert pages[0].published_at == datetime(2026, 4, 22, 6, 15, tzinfo=UTC)
    assert pages[1].published_at == datetime(2026, 4, 1, tzinfo=UTC) and pages[1].title is None


def test_sitemap_index_gives_children() -> None:
    pages, children = parse_sitemap(INDEX, "https://news.example/sitemap_index.xml")
    assert pages == []
    assert children == ["https://news.example/sitemap-1.xml.gz", "https://news.example/sitemap-2.xml"]


def test_gzipped_sitemap_and_its_size_cap() -> None:
    pages, _ = parse_sitemap(gzip.compress(URLSET), "https://news.example/sitemap.xml.gz")
    assert len(pages) == 2
    bomb = gzip.compress(b"<urlset>" + b" " * 5_000_000 + b"</urlset>")
    with pytest.raises(FeedError, match="expands beyond"):
        parse_sitemap(bomb, "https://news.example/bomb.xml.gz", max_bytes=1_000_000)
    with pytest.raises(FeedError, match="corrupt gzip"):
        parse_sitemap(b"\x1f\x8b" + b"garbage" * 10, "https://news.example/broken.xml.gz")


@pytest.mark.parametrize(
    ("body", "reason"),
    [(b"", "empty"), (b"<html><body>hi</body></html>", "not a sitemap"), (RSS2, "not a sitemap"),
     (b"\x00\x00garbage", "not")],
)  # fmt: skip
def test_bad_sitemaps(body: bytes, reason: str) -> None:
    with pytest.raises(FeedError, match=reason) as info:
        parse_sitemap(body, "https://bad.example/sitemap.xml")
    assert "https://bad.example/sitemap.xml" in str(info.value)


def test_detect_kind() -> None:
    assert detect_kind(RSS2) == detect_kind(ATOM) == detect_kind(RSS1) == "feed"
    assert detect_kind(URLSET) == detect_kind(INDEX) == detect_kind(gzip.compress(URLSET)) == "sitemap"
    assert detect_kind(b"<!doctype html><html></html>", "text/html") == "html"
    assert detect_kind(b"<?xml version='1.0'?><x/>", "application/atom+xml") == "feed"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=1024))
def test_parsers_never_crash_on_arbitrary_bytes(data: bytes) -> None:
    for parse in (parse_feed, parse_sitemap):
        with contextlib.suppress(FeedError):
            parse(data, "https://fuzz.example/x")  # type: ignore[operator]
    assert detect_kind(data) in ("feed", "sitemap", "html")


_PIECES = ["<rss>", "<channel>", "<item>", "<link>", "</link>", "<urlset>", "<url>", "<loc>", "</loc>",
           "<feed>",
           "<entry>", "http://x/", "&amp;", "]]>", "<!--", "\x1f\x8b"]  # fmt: skip
_XMLISH = st.lists(st.sampled_from(_PIECES), max_size=30).map(lambda xs: "".join(xs).encode())


@settings(max_examples=200, deadline=None)
@given(_XMLISH)
def test_parsers_never_crash_on_feed_like_fragments(data: bytes) -> None:
    for parse in (parse_feed, parse_sitemap):
        try:
            result = parse(data, "https://fuzz.example/x")  # type: ignore[operator]
        except FeedError:
            continue
        assert isinstance(result, list | tuple)
