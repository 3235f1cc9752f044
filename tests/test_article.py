"""Article extraction: boilerplate removal, the text format contract, metadata, tables, bad inputs."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from extractors.web.archive import read_local, read_local_bytes
from extractors.web.article import NotAnArticle, check_content_type, extract_article
from extractors.web.charset import decode_html, detect_encoding
from extractors.web.page_kind import repair_text
from schema.records import Table

PAGES = Path(__file__).parent / "fixtures" / "pages"
EVAL = Path("/work/shared/eval")
CORPUS = EVAL / "dev-corpus"


def _norm(text: str) -> str:
    """Whitespace at line and paragraph edges does not count; everything else does."""
    paras = ("\n".join(ln.strip() for ln in p.split("\n") if ln.strip()) for p in text.split("\n\n"))
    return "\n\n".join(p for p in paras if p)


# --- the eval site: every page must give back its corpus text, title and canonical URL ---------------------


@pytest.fixture(scope="module")
def eval_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not (EVAL / "build_site.py").exists() or not CORPUS.is_dir():
        pytest.skip("eval kit not available")
    out = tmp_path_factory.mktemp("site")
    subprocess.run([sys.executable, str(EVAL / "build_site.py"), str(CORPUS), str(out), "http://127.0.0.1:9"],
                   check=True, capture_output=True)  # fmt: skip
    return out


def _corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.json")) if CORPUS.is_dir() else []


@pytest.mark.parametrize("doc_path", _corpus_files(), ids=lambda p: p.stem[:4])
def test_eval_page_round_trips(eval_site: Path, doc_path: Path) -> None:
    doc = json.loads(doc_path.read_text(encoding="utf-8"))
    page = eval_site / "a" / f"{doc_path.stem}.html"
    art = extract_article(page.read_bytes(), f"http://127.0.0.1:9/a/{doc_path.stem}.html",
                          content_type="text/html")  # fmt: skip
    assert _norm(art.text) == _norm(repair_text(doc["text"]))  # mojibake in a page is repaired
    assert art.title == repair_text(doc["title"])
    assert art.canonical_url == doc["url"]
    assert art.language == (doc.get("language") or "en")
    assert art.published_at is not None and art.published_at.tzinfo is not None
    assert "cookie" not in art.text.lower() or "cookie" in doc["text"].lower()


def test_eval_corpus_is_complete() -> None:
    if not CORPUS.is_dir():
        pytest.skip("eval kit not available")
    assert len(_corpus_files()) == 38


# --- a realistic page of our own --------------------------------------------------------------------------


def test_full_news_page_text_is_exact() -> None:
    url = "https://circuitledger.example/2026/05/quillmark-3-harbor?utm_source=feed"
    art = extract_article((PAGES / "news_full.html").read_bytes(), url)
    expected = (PAGES / "news_full.expected.txt").read_text(encoding="utf-8").strip()
    assert art.text == expected
    for noise in ("cookie", "Accept all", "Related coverage", "Most read", "comments", "Great read",
                  "All rights reserved", "Advertisement", "Share", "Models"):  # fmt: skip
        assert noise not in art.text


def test_text_format_contract_lines_lists_and_pipe_cells() -> None:
    art = extract_article((PAGES / "news_full.html").read_bytes(), "https://circuitledger.example/q3")
    paragraphs = art.text.split("\n\n")
    assert all(p.strip() == p and "\n\n" not in p for p in paragraphs)
    assert "| GPQA Diamond |" in art.text.split("\n")  # a one-cell line survives as its own line
    assert "| Harbor | 71.4 | 68.9 |" in art.text.split("\n")
    items = "\n".join(
        [
            "Context window: 512K tokens",
            "Parameters: 210 billion total, 19 billion active",
            "Licence: research only",
        ]
    )
    assert items in paragraphs


def test_full_news_page_metadata_and_tables() -> None:
    art = extract_article((PAGES / "news_full.html").read_bytes(), "https://circuitledger.example/q3")
    assert art.title == "Quillmark 3 tops the Harbor reasoning suite"
    assert art.canonical_url == "https://circuitledger.example/2026/05/quillmark-3-harbor"
    assert art.authors == ("Ada Brightwater", "Tomas Reyes")
    assert art.published_at == datetime(2026, 5, 4, 8, 30, tzinfo=timezone(timedelta(hours=2)))
    assert art.updated_at == datetime(2026, 5, 5, 11, 0, tzinfo=UTC)
    assert art.site_name == "The Circuit Ledger"
    assert art.language == "en-GB"
    assert art.tables == (
        Table(header=("Benchmark", "Quillmark 3", "Rival X"),
              rows=(("Harbor", "71.4", "66.0"), ("Tidewater QA", "88.2", "85.5")),
              caption="Vendor-reported scores"),
    )  # fmt: skip
    assert "Tidewater" not in art.text  # HTML tables are not duplicated into the text


def test_page_without_semantic_markup_uses_trafilatura_to_find_the_body() -> None:
    art = extract_article((PAGES / "divsoup.html").read_bytes(), "https://modelwire.example/lumen-7")
    assert art.text.startswith("Photon Research says its Lumen-7 model scored 90.3")
    assert art.text.endswith("expect to publish in April.")
    assert art.text.count("\n\n") == 3
    assert "€1.20" in art.text and "“mixture of specialists”" in art.text  # windows-1252 from http-equiv
    for noise in ("More from Modelwire", "Five charts", "Harbour Street", "Latest"):
        assert noise not in art.text
    assert art.title == "Lumen-7 hits 90 on Meridian Bench"
    assert art.authors == ("Priya Okafor",)
    assert art.published_at == datetime(2026, 3, 18, tzinfo=UTC)
    assert art.language == "en"


def test_json_ld_dates_time_element_and_relative_canonical() -> None:
    words = " ".join(["Word"] * 60)
    html = f"""<html><head><link rel="canonical" href="../story">
    <script type="application/ld+json">{{"@graph": [{{"@type": "WebSite", "name": "Site"}},
      {{"@type": "BlogPosting", "datePublished": "2026-01-02", "dateModified": "2026-01-03T04:05:06+0100",
        "author": {{"name": "R. Lin"}}, "inLanguage": "de"}}]}}</script></head>
    <body><article><time datetime="2025-12-31">old</time><p>{words}</p></article></body></html>"""
    art = extract_article(html, "https://blog.example/a/b/c")
    assert art.canonical_url == "https://blog.example/a/story"
    assert art.published_at == datetime(2026, 1, 2, tzinfo=UTC)
    assert art.updated_at == datetime(2026, 1, 3, 4, 5, 6, tzinfo=timezone(timedelta(hours=1)))
    assert art.authors == ("R. Lin",)
    assert art.language == "de"


def test_time_element_is_the_last_resort_for_the_date() -> None:
    words = " ".join(["token"] * 60)
    html = f"<html><body><article><time datetime='2026-02-03T10:00:00Z'>x</time><p>{words}</p></article>"
    assert extract_article(html, "https://x.example/").published_at == datetime(2026, 2, 3, 10, tzinfo=UTC)


def test_br_pre_and_double_br() -> None:
    words = " ".join(["alpha"] * 45)
    html = (f"<html><body><article><p>{words}</p><p>line one<br>line   two<br/>\n  line three</p>"
            "<p>first<br><br>second</p><pre>  indented\n| raw | cells |\n</pre></article>")  # fmt: skip
    art = extract_article(html, "https://x.example/")
    assert art.text.split("\n\n")[1:] == ["line one\nline two\nline three", "first", "second",
                                          "  indented\n| raw | cells |"]  # fmt: skip


# --- not articles ------------------------------------------------------------------------------------------


def test_consent_wall_is_not_an_article() -> None:
    with pytest.raises(NotAnArticle, match="consent"):
        extract_article((PAGES / "consent_wall.html").read_bytes(), "https://x.example/wall")


def test_index_page_is_not_an_article() -> None:
    with pytest.raises(NotAnArticle, match="index page"):
        extract_article((PAGES / "index_page.html").read_bytes(), "https://x.example/")


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "empty"),
        (b"   \n ", "empty"),
        (b"%PDF-1.7\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\0\0", "PNG"),
        (b"\xff\xd8\xff\xe0JFIF", "JPEG"),
        (b"just some plain words, no markup", "no HTML markup"),
        (b"<html><body><p>Too short.</p></body></html>", "too little text"),
        (b"<html><body></body></html>", "no article text"),
    ],
)
def test_bad_bodies_raise_not_an_article_naming_the_url(body: bytes, reason: str) -> None:
    with pytest.raises(NotAnArticle, match=reason) as info:
        extract_article(body, "https://bad.example/x")
    assert "https://bad.example/x" in info.value.reason


@pytest.mark.parametrize("ctype", ["application/pdf", "image/png", "application/json", "video/mp4"])
def test_check_content_type_refuses_non_html(ctype: str) -> None:
    with pytest.raises(NotAnArticle, match="not an HTML page"):
        check_content_type(ctype)
    with pytest.raises(NotAnArticle):
        extract_article(b"<html></html>", "https://x.example/", content_type=ctype)


@pytest.mark.parametrize(
    "ctype", [None, "", "text/html", "text/html; charset=UTF-8", "application/xhtml+xml"]
)
def test_check_content_type_accepts_html(ctype: str | None) -> None:
    check_content_type(ctype)


# --- encodings ---------------------------------------------------------------------------------------------


def test_detect_encoding_order() -> None:
    text = "Le mod\u00e8le co\u00fbte 2 \u20ac \u2014 \u00ab tr\u00e8s bon \u00bb, dit l\u2019analyste. " * 5
    cp = text.encode("cp1252")
    assert detect_encoding(b"\xef\xbb\xbf<p>x</p>", "text/html; charset=latin-1") == "utf-8-sig"  # BOM first
    assert detect_encoding(cp, "text/html; charset=windows-1252") == "cp1252"
    assert detect_encoding(b'<meta charset="ISO-8859-1">' + cp) == "cp1252"  # latin-1 label means cp1252
    assert detect_encoding(b'<meta charset="utf-8">' + cp) != "utf-8"  # a false UTF-8 claim is ignored
    guessed = detect_encoding(cp)
    assert cp.decode(guessed) == text
    assert decode_html(cp, "utf-8")[0] == text  # declared utf-8 that does not decode falls back


# --- local files -------------------------------------------------------------------------------------------


def test_read_local_markdown_and_text(tmp_path: Path) -> None:
    md = tmp_path / "note.md"
    md.write_text("intro line\n# Nimbus-R2 notes\n\n| Model | Score |\n|---|---|\n| Nimbus-R2 | 81.4 |\r\n")
    art = read_local(md)
    assert art.title == "Nimbus-R2 notes" and art.url == md.resolve().as_uri()
    assert "| Nimbus-R2 | 81.4 |" in art.text.split("\n")
    txt = tmp_path / "plain.txt"
    txt.write_bytes("\ufeffKestrel-M release\n\nIt scores 86.9 on MMLU.\n".encode())
    art2 = read_local(txt)
    assert art2.title == "Kestrel-M release" and art2.text == "Kestrel-M release\n\nIt scores 86.9 on MMLU."


def test_read_local_front_matter(tmp_path: Path) -> None:
    md = tmp_path / "fm.md"
    md.write_text("---\ntitle: Saved copy\nurl: https://news.example/x\ndate: 2026-04-01\n---\nBody text.\n")
    art = read_local(md)
    assert (art.title, art.url, art.text) == ("Saved copy", "https://news.example/x", "Body text.")
    assert art.published_at == datetime(2026, 4, 1, tzinfo=UTC)


def test_read_local_html_prefers_canonical(tmp_path: Path) -> None:
    page = tmp_path / "saved.html"
    page.write_bytes((PAGES / "news_full.html").read_bytes().replace(
        b'href="/2026/05/quillmark-3-harbor"', b'href="https://circuitledger.example/q3"'))  # fmt: skip
    art = read_local(page)
    assert art.url == "https://circuitledger.example/q3" and art.text.startswith("Inkwell Systems")
    plain = tmp_path / "divsoup.htm"
    plain.write_bytes((PAGES / "divsoup.html").read_bytes())
    assert read_local(plain).url == plain.resolve().as_uri()
    assert read_local_bytes(plain.read_bytes(), plain).title == "Lumen-7 hits 90 on Meridian Bench"


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("x.pdf", b"%PDF", "unsupported file type"),
    ("x.txt", b"  \n", "empty file"),
    ("x.html", b"", "empty body"),
])  # fmt: skip
def test_read_local_rejects(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(NotAnArticle, match=reason):
        read_local(path)
    with pytest.raises(NotAnArticle, match="cannot read"):
        read_local(tmp_path / "missing.md")


# --- never crash -------------------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2048))
def test_arbitrary_bytes_never_crash(data: bytes) -> None:
    try:
        art = extract_article(data, "https://fuzz.example/")
    except NotAnArticle:
        return
    assert isinstance(art.text, str)


_TAGS = st.sampled_from(["p", "div", "br", "li", "ul", "table", "tr", "td", "article", "nav", "pre", "a"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_TAGS, st.text(max_size=30)), max_size=40))
@example([("pre", "\x0c0"), ("li", "0\u34000"), ("p", "0"), ("p", "0")])  # an indented first <pre> line
def test_arbitrary_markup_never_crashes(parts: list[tuple[str, str]]) -> None:
    html = "<html><body>" + "".join(f"<{t}>{x}" for t, x in parts) + "</body></html>"
    try:
        art = extract_article(html, "https://fuzz.example/")
    except NotAnArticle:
        return
    assert "\n\n\n" not in art.text and art.text == art.text.strip()
