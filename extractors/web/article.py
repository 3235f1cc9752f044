"""Main-text and metadata extraction from one HTML page (pure: bytes or text in, Article out).

The page is parsed once, with lxml; that one tree serves every step:
1. JSON-LD is read from it, then trafilatura reads it (it works on its own copy) and returns the text it
   judges to be the article (its boilerplate model).
2. Script, style and template elements are stripped from the tree, so no code or template text can
   reach the text the NLP reads (`sanitize_text` also drops template syntax left in visible text).
3. Metadata (title, authors, dates, canonical URL, site name, language) is read from the tree.
4. Our renderer (`extractors.web.blocks`) walks the tree and cuts it into blocks (paragraphs, headings,
   lists, pre), keeping the exact line structure: `<br>` is a newline, list items are one per line, blocks
   are separated by one blank line. Navigation, cookie banners, related links, comments, share bars,
   footers and hidden elements are pruned by tag, ARIA role and class/id words. Data tables become `Table`
   records.
5. The blocks trafilatura kept locate the content root (the deepest element holding ≥ 85 % of them);
   every block under the root is emitted, except link lists that trafilatura dropped. Without a usable
   trafilatura answer the root is the largest <article>/<main>/articleBody element, else <body>.
   When that text is much shorter than trafilatura's, trafilatura's text is used instead.

Pages are refused (NotAnArticle) only on strong evidence; see `extractors.web.page_kind`. Borderline
pages (short text) are kept with a lower `Article.confidence` and a `note` saying why.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import lxml.etree
import lxml.html
import trafilatura
from lxml.html import HtmlElement

from extractors.web.blocks import CODE_TAGS, Block, Renderer
from extractors.web.charset import decode_html, detect_encoding, header_charset
from extractors.web.metadata import json_ld, page_metadata, readable_host
from extractors.web.page_kind import (
    NotAnArticle,
    consent_block,
    is_teaser,
    judge_page,
    repair_text,
    sanitize_text,
)
from schema.records import Article, Table

__all__ = [
    "NotAnArticle",
    "check_content_type",
    "decode_html",
    "detect_encoding",
    "extract_article",
    "parse_html",
]


# ---------------------------------------------------------------------------------------------------------
# Content types
# ---------------------------------------------------------------------------------------------------------

_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/html")
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a RIFF (WebP/WAV/AVI) file"),
    (b"PK\x03\x04", "a ZIP archive (or Office document)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"ID3", "an MP3 file"),
    (b"\x00\x00\x00", "a binary media file"),
)


def check_content_type(content_type: str | None) -> None:
    """Raise NotAnArticle unless the Content-Type is HTML (or absent, which is left to sniffing)."""
    if not content_type or not content_type.strip():
        return
    mime = content_type.split(";", 1)[0].strip().lower()
    if mime in _HTML_TYPES or mime.endswith("+html"):
        return
    raise NotAnArticle(f"not an HTML page (Content-Type {mime})")


# ---------------------------------------------------------------------------------------------------------
# Main text
# ---------------------------------------------------------------------------------------------------------

_SQUASH = re.compile(r"\s+")


_CONTENT_HINT = re.compile(
    r"article[-_]?body|articlebody|post[-_]?(body|content)|entry[-_]?content|story[-_]?body|"
    r"article[-_]?content|content[-_]?body|main[-_]?content",
    re.IGNORECASE,
)
# Hint words as they appear in class/id values ('article-body', 'postContent', 'entry_content'), found in
# the page source first by their tail ('body', 'content'): a few plain substring searches cost far less than
# a regex or an XPath predicate over every element. The tree is then asked only for those spellings.
_HINT_HEADS = {
    "body": ("article", "post", "story", "content"),
    "content": ("post", "entry", "article", "main"),
}
_MAIN_ROLE = lxml.etree.XPath("//*[@itemprop = 'articleBody' or @role = 'main']")
_MAIN_ROLE_SOURCE = re.compile(r"role\s*=\s*[\"']?main\b")


def _hint_spellings(html: str) -> set[str]:
    found: set[str] = set()
    for tail, heads in _HINT_HEADS.items():
        for cased in (tail, tail.capitalize(), tail.upper()):
            end = html.find(cased)
            while end >= 0 and len(found) < 8:
                for head in heads:
                    for sep in ("", "-", "_"):
                        start = end - len(sep) - len(head)
                        if start >= 0 and html[start:end].lower() == head + sep:
                            found.add(html[start : end + len(tail)])
                end = html.find(cased, end + len(tail))
    return found


def _fallback_root(tree: HtmlElement, html: str) -> HtmlElement | None:
    candidates: list[HtmlElement] = list(tree.iter("article", "main"))
    if "articleBody" in html or ("role" in html and _MAIN_ROLE_SOURCE.search(html)):
        candidates += _MAIN_ROLE(tree)
    spelled = _hint_spellings(html)
    if spelled:
        query = " or ".join(
            f"contains(@class, '{w}') or contains(@id, '{w}')" for w in sorted(spelled) if "'" not in w
        )
        candidates += [
            t
            for t in tree.xpath(f"//*[{query}]")
            if _CONTENT_HINT.search(f"{t.get('class') or ''} {t.get('id') or ''}")
        ]
    if not candidates:
        return tree.find("body")
    return max(candidates, key=lambda t: len(t.text_content()))


def _ancestors(tag: HtmlElement) -> Iterator[HtmlElement]:
    yield tag
    yield from tag.iterancestors()


class _Reference:
    """trafilatura's text, whitespace removed, asked "does it hold this piece?" in linear time overall.

    Its own lines are a set (the common exact case); other pieces are looked for near where the last one
    was found (both texts run in document order), so a huge page costs a bounded search per block instead
    of a scan of the whole reference each time.
    """

    WINDOW = 20_000

    def __init__(self, text: str) -> None:
        self.lines = {"".join(ln.split()) for ln in text.split("\n")}
        self.text = "".join(text.split())
        self.cursor = 0

    def __bool__(self) -> bool:
        return bool(self.text)

    def __len__(self) -> int:
        return len(self.text)

    def holds(self, piece: str) -> bool:
        if piece in self.lines:
            return True
        start = max(0, self.cursor - self.WINDOW)
        found = self.text.find(piece, start, self.cursor + self.WINDOW + len(piece))
        if found < 0:
            return False
        self.cursor = found + len(piece)
        return True


def _choose_root(blocks: list[Block], reference: _Reference) -> HtmlElement | None:
    """The deepest element holding ≥ 85 % of the characters of the blocks trafilatura also kept."""
    weight: dict[HtmlElement, int] = {}
    depth: dict[HtmlElement, int] = {}
    total = 0
    for block in blocks:
        lines = ["".join(ln.split()) for ln in block.lines]
        kept = sum(len(ln) for ln in lines if ln and reference.holds(ln))
        if kept * 2 < sum(len(ln) for ln in lines):
            continue
        total += kept
        chain = list(_ancestors(block.owner))
        for i, tag in enumerate(chain):
            weight[tag] = weight.get(tag, 0) + kept
            depth[tag] = len(chain) - i
    if total == 0:
        return None
    good = [k for k, w in weight.items() if w >= 0.85 * total]
    return max(good, key=lambda k: depth[k]) if good else None


def _under(tag: HtmlElement, root: HtmlElement) -> bool:
    return any(a is root for a in _ancestors(tag))


def _trafilatura_text(tree: HtmlElement, url: str) -> str:
    try:
        extracted = trafilatura.extract(
            tree, url=url, include_tables=True, include_comments=False, deduplicate=False, fast=True
        )
    except Exception:  # trafilatura is a heuristic helper here; its failures must not lose the page
        extracted = None
    return extracted or ""


def _without_page_furniture(
    blocks: list[Block], tree: HtmlElement, root: HtmlElement, hint: HtmlElement | None
) -> list[Block]:
    """Drop, inside the content root, teasers of other pages and a cookie banner outside the article
    container, when the article's own text remains the larger part."""
    if hint is None or not _under(hint, root):
        return blocks
    on_hint_path = set(_ancestors(hint))
    teasers = {box for box in root.iter("article") if box not in on_hint_path and is_teaser(box)}

    def furniture(block: Block) -> bool:
        if teasers and any(a in teasers for a in _ancestors(block.owner)):
            return True
        return hint is not root and not _under(block.owner, hint) and consent_block(block.text)

    drop = [furniture(b) for b in blocks]
    dropped = sum(len(b.text) for b, d in zip(blocks, drop, strict=True) if d)
    total = sum(len(b.text) for b in blocks) or 1
    if not dropped or dropped > 0.6 * total:
        return blocks
    return [b for b, d in zip(blocks, drop, strict=True) if not d]


@dataclass
class _MainText:
    text: str
    tables: tuple[Table, ...]
    root: HtmlElement | None
    reference: str  # trafilatura's text


def _main_text(tree: HtmlElement, html: str, reference: str) -> _MainText:
    hint = _fallback_root(tree, html)
    body = tree.find("body")
    start = body if body is not None else tree
    renderer = Renderer(protected=set(_ancestors(hint)) if hint is not None else set())
    renderer.walk(start, start)
    renderer.finish()
    squashed_ref = _Reference(reference)
    root = _choose_root(renderer.blocks, squashed_ref) if squashed_ref else None
    squashed_ref.cursor = 0
    if root is None or root.tag == "html":
        root = hint
    if root is None:
        return _MainText("", (), None, reference)
    if hint is not None and root is not hint and _under(hint, root) and root.tag != "body":
        # trafilatura's area is wider than a semantic article container inside it: keep the container
        # unless trafilatura's text reaches well outside it.
        inside = sum(len(b.text) for b in renderer.blocks if _under(b.owner, hint))
        around = sum(len(b.text) for b in renderer.blocks if _under(b.owner, root))
        if inside >= 0.8 * around:
            root = hint
    kept = [b for b in renderer.blocks if _under(b.owner, root)]
    kept = _without_page_furniture(kept, tree, root, hint)
    paragraphs: list[str] = []
    for block in kept:
        text = block.text
        squashed = "".join(text.split())
        if squashed_ref and block.link_chars > 0.6 * len(squashed) and not squashed_ref.holds(squashed):
            continue  # a list of links trafilatura also dropped (related stories, tag lists)
        paragraphs.append(text)
    tables = tuple(t for tag, t in renderer.tables if _under(tag, root))
    text = "\n\n".join(paragraphs)
    ours = len("".join(text.split()))
    if squashed_ref and ours < 0.5 * len(squashed_ref) and not tables:
        # Our root lost most of what trafilatura found (an unusual layout): trust trafilatura's text.
        lines = (" ".join(ln.split()) for ln in reference.split("\n"))
        text = "\n\n".join(ln for ln in lines if ln)
    # no whitespace around the article: a preformatted first line keeps its indent only inside the text
    return _MainText(text.strip(), tables, root, reference)


def _looks_like_html(text: str) -> bool:
    head = text[:4096].lower()
    return (
        "<html" in head
        or "<body" in head
        or "<!doctype html" in head
        or bool(re.search(r"<(p|div|article|h1|title|head|meta)[\s>]", head))
    )


_PARSER = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False)
# Every element an HtmlElement, looked up in C: lxml.html's default lookup runs Python code per element.
_PARSER.set_element_class_lookup(lxml.etree.ElementDefaultClassLookup(element=HtmlElement))
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)


def parse_html(html: str) -> HtmlElement:
    """The page's one lxml tree (raises ValueError / lxml errors on input lxml cannot read)."""
    html = _XML_DECL.sub("", html, count=1)  # lxml refuses str input that declares an encoding
    return lxml.html.document_fromstring(html, parser=_PARSER)


def extract_article(
    body: bytes | str, url: str, *, encoding: str | None = None, content_type: str | None = None
) -> Article:
    """Clean main text and metadata of one HTML page.

    Raises NotAnArticle (with a reason naming the URL) for non-HTML content, empty pages and pages that
    are clearly something else (a consent wall, a listing of teasers); see extractors.web.page_kind.
    """
    check_content_type(content_type)
    if body is None:  # tolerated for callers passing FetchResult.body straight through
        raise NotAnArticle(f"{url}: empty body")
    if isinstance(body, bytes | bytearray | memoryview):
        body = bytes(body)
        head = body[:16].lstrip()
        for magic, what in _MAGIC:
            if head.startswith(magic):
                raise NotAnArticle(f"{url}: not HTML but {what}")
        if not body.strip():
            raise NotAnArticle(f"{url}: empty body")
        html, _used = decode_html(body, encoding or header_charset(content_type))
    else:
        html = body
    if not html.strip():
        raise NotAnArticle(f"{url}: empty body")
    if "\x00" in html[:1024]:
        raise NotAnArticle(f"{url}: binary content, not HTML")
    if not _looks_like_html(html):
        raise NotAnArticle(f"{url}: not an HTML page (no HTML markup found)")
    try:
        tree = parse_html(html)
    except Exception as exc:  # lxml can reject pathological input
        raise NotAnArticle(f"{url}: unparsable HTML ({type(exc).__name__})") from None
    ld_nodes = json_ld(tree)
    reference = _trafilatura_text(tree, url)
    lxml.etree.strip_elements(tree, *CODE_TAGS, with_tail=False)
    meta = page_metadata(tree, url, ld_nodes)
    main = _main_text(tree, html, reference)
    text = repair_text(sanitize_text(main.text))
    verdict = judge_page(tree, main.root, text, ld_nodes, url)
    title = repair_text(sanitize_text(meta.title)) if meta.title else None
    return Article(
        url=url,
        text=text,
        title=title or None,
        canonical_url=meta.canonical,
        authors=meta.authors,
        published_at=meta.published,
        updated_at=meta.updated,
        site_name=repair_text(meta.site_name)
        if meta.site_name
        else readable_host(url) or readable_host(meta.canonical),
        language=meta.language,
        tables=main.tables,
        confidence=verdict.confidence,
        note=verdict.note,
    )


def __getattr__(name: str) -> object:
    """read_local / read_local_bytes live in extractors.web.archive; importable from here for convenience."""
    if name in ("read_local", "read_local_bytes"):
        from extractors.web import archive

        return getattr(archive, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
