"""Pages that look like non-articles but are articles are kept; refusals are kept with their reason.

The look-alike pages in tests/fixtures/pages/lookalikes/ are our own: long articles with related-story
rails, a live blog, an article dense with internal links, a short brief beside a teaser strip, a Japanese
article under a cookie banner, an English one under a banner without class hints, and a hostile page with
script, template and escaped markup near a benchmark name.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest

from extractors.facts.nlp import extract
from extractors.web.article import NotAnArticle, extract_article
from extractors.web.page_kind import repair_text, sanitize_text, text_size
from tests.conftest import StaticSite
from tests.test_ingest_e2e import build_feed

PAGES = Path(__file__).parent / "fixtures" / "pages"
LOOKALIKES = PAGES / "lookalikes"


@pytest.mark.parametrize(
    ("name", "first", "last", "noise", "min_confidence"),
    [
        ("long_with_rails.html", "Harrow Labs released Sable-5", "written after training ended.",
         ["Most read", "raises a new round", "Five chips", "Privacy", "dataLayer"], 1.0),
        ("live_blog.html", "17:40", "a new agent product today.", ["Terms", "Live\n"], 1.0),
        ("many_links.html", "A guide to this week", "every number in its report.", ["Home", "About"], 1.0),
        ("short_brief.html", "Quarry AI lowered the price", "follow next month.",
         ["Chip exports", "Latest", "Startups pool"], 0.3),
        ("japanese_with_banner.html", "新モデル", "話している。", ["cookies", "同意する", "ハマナ通信"], 1.0),
        ("banner_above_article.html", "Photon Research says", "later in the year.",
         ["cookies", "Accept all", "privacy"], 1.0),
    ],
)  # fmt: skip
def test_lookalike_articles_are_kept(
    name: str, first: str, last: str, noise: list[str], min_confidence: float
) -> None:
    art = extract_article((LOOKALIKES / name).read_bytes(), f"https://news.example/{name}")
    assert art.text.startswith(first) and art.text.endswith(last), art.text
    for word in noise:
        assert word not in art.text
    assert min_confidence <= art.confidence <= 1.0
    assert (art.note is None) == (art.confidence == 1.0)


def test_short_brief_is_kept_with_a_low_confidence_and_the_reason() -> None:
    art = extract_article((LOOKALIKES / "short_brief.html").read_bytes(), "https://news.example/brief")
    assert art.confidence < 0.5 and art.note and "short text" in art.note


def test_live_blog_keeps_every_entry_and_figure() -> None:
    art = extract_article((LOOKALIKES / "live_blog.html").read_bytes(), "https://news.example/live")
    assert art.text.count("\n\n") == 11  # six entries, each a time and a paragraph
    assert "74.8 on SWE-bench Verified" in art.text and art.site_name == "Signal Desk"


def test_real_listing_and_consent_wall_are_still_refused_naming_the_reason() -> None:
    with pytest.raises(NotAnArticle, match=r"index page \(8 article teasers"):
        extract_article((PAGES / "index_page.html").read_bytes(), "https://x.example/")
    with pytest.raises(NotAnArticle, match="consent or cookie wall"):
        extract_article((PAGES / "consent_wall.html").read_bytes(), "https://x.example/wall")


def test_a_listing_that_declares_one_article_is_kept_with_a_low_confidence() -> None:
    page = (PAGES / "index_page.html").read_text(encoding="utf-8")
    page = page.replace('content="website"', 'content="article"')
    art = extract_article(page, "https://x.example/")
    assert art.confidence <= 0.5 and art.note and "teasers" in art.note


# --- script, style and template content never reaches the NLP (issue #14) -------------------------------


def test_hostile_page_script_and_template_text_never_becomes_a_score() -> None:
    art = extract_article((LOOKALIKES / "hostile.html").read_bytes(), "https://x.example/hostile")
    for bad in ("alert", "script", "{{", "{%", "<%", "onerror", "enable scripts", "fallback 1", "content:"):
        assert bad not in art.text and bad not in (art.title or "")
    assert art.title == "Nimbus-R3 scores on GPQA Diamond"
    scores = extract(art).scores
    assert [(s.benchmark, s.value) for s in scores] == [("GPQA Diamond", 77.4)]


def test_sanitize_text_removes_template_blocks_and_escaped_markup() -> None:
    text = "A {{#if x}}GPQA 1{{/if}} b {%- for i in r -%}1{%- endfor -%} c {{ y }} d ${z} e <% 1 %> f"
    assert sanitize_text(text) == "A b c d e f"
    assert sanitize_text("Prices rose to $12 {with tax}.") == "Prices rose to $12 {with tax}."
    assert sanitize_text("x <script>alert(1)</script> y\n\nz") == "x y\n\nz"


# --- mojibake, publisher, text size -----------------------------------------------------------------------


def test_mojibake_in_title_and_text_is_repaired() -> None:
    body = " ".join(["The labâ€™s model scores 81.2 on the test â€” a record, its makers say."] * 6)
    html = (
        f"<html><head><title>Itâ€™s here</title></head><body><article><p>{body}</p></article></body></html>"
    )
    art = extract_article(html.encode("utf-8"), "https://x.example/m")
    assert art.title == "It’s here" and "lab’s model" in art.text and "—" in art.text and "â€" not in art.text
    assert repair_text("plain text, café") == "plain text, café"


def test_every_article_has_a_publisher() -> None:
    art = extract_article(
        (LOOKALIKES / "long_with_rails.html").read_bytes(), "https://www.Tidewire.example/s"
    )
    assert art.site_name == "tidewire.example"  # no site name in the metadata: the host
    art = extract_article((LOOKALIKES / "many_links.html").read_bytes(), "https://x.example/s")
    assert art.site_name == "Linkfield Weekly"


def test_text_size_counts_unspaced_scripts() -> None:
    assert text_size("one two three") == 3
    assert text_size("東京の研究所ハマナは二十日") == 6


# --- the pipeline keeps refused pages with their reason, borderline ones with their confidence -------------


def test_refused_page_is_kept_with_its_reason_and_reprocess_retries_it(
    cli, static_site: StaticSite, db_path: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    pages = [PAGES / "index_page.html", LOOKALIKES / "short_brief.html", LOOKALIKES / "long_with_rails.html"]
    for page in pages:
        shutil.copy(page, tmp_path / page.name)
    feed = build_feed(static_site, [tmp_path / p.name for p in pages])
    first = cli("--db", str(db_path), "ingest", "--feed", feed, "--delay", "0", "--json")
    summary = json.loads(first.out)
    assert first.code == 1 and summary["totals"]["new"] == 2 and summary["totals"]["failed"] == 1
    (source,) = summary["sources"]
    assert source["name"] == "127.0.0.1"  # an ad-hoc feed is named by its host
    con = duckdb.connect(str(db_path), read_only=True)
    refusals = con.execute("SELECT url, refusal FROM raw_pages WHERE refusal IS NOT NULL").fetchall()
    rows = con.execute(
        "SELECT regexp_extract(url, '[^/]+$'), site_name, source, article_confidence, article_note "
        "FROM articles ORDER BY 1"
    ).fetchall()
    con.close()
    assert [(u.rsplit("/", 1)[1], "index page" in r) for u, r in refusals] == [("index_page.html", True)]
    assert rows[0][:3] == ("long_with_rails.html", "127.0.0.1", "127.0.0.1") and rows[0][3] == 1.0
    assert rows[1][0] == "short_brief.html" and rows[1][3] < 0.5 and "short text" in rows[1][4]
    again = cli("--db", str(db_path), "reprocess", "--json")
    errors = [e for s in json.loads(again.out)["sources"] for e in s["errors"]]
    assert [e["url"].rsplit("/", 1)[1] for e in errors] == ["index_page.html"]  # tried again
