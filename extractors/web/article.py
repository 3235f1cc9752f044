"""Main-text and metadata extraction from one HTML page (pure: bytes or text in, Article out).

How the main text is found:
1. trafilatura reads the page and returns the text it judges to be the article (its boilerplate model).
2. Our own renderer walks the DOM (bs4 + lxml) and cuts it into blocks (paragraphs, headings, lists, pre),
   keeping the exact line structure: `<br>` is a newline, list items are one per line, blocks are
   separated by one blank line. Navigation, cookie banners, related links, comments, share bars,
   footers and hidden elements are pruned by tag, ARIA role and class/id words.
3. The blocks trafilatura kept locate the content root (the deepest element holding ≥ 85 % of them);
   every block under the root is emitted, except link lists that trafilatura dropped. Without a usable
   trafilatura answer the root is the largest <article>/<main>/articleBody element, else <body>.

So trafilatura decides *where* the article is and our renderer decides *how* its text is written.
Data tables (<table> with rows of cells) are NOT written into the text: they come back as structured
`Table` records in `Article.tables` (no duplication). Layout tables are rendered like <div>s.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import trafilatura
from bs4 import BeautifulSoup
from bs4.element import Comment, NavigableString, Tag

from extractors.web.charset import decode_html, detect_encoding, header_charset
from extractors.web.metadata import attr_text, page_metadata
from schema.records import Article, Table

__all__ = [
    "NotAnArticle",
    "check_content_type",
    "decode_html",
    "detect_encoding",
    "extract_article",
]


class NotAnArticle(ValueError):
    """The input is not a readable article; `reason` says why (and names the URL)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


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
# Boilerplate pruning
# ---------------------------------------------------------------------------------------------------------

_SKIP_TAGS = frozenset(
    {"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
     "video", "audio", "map", "head", "title", "meta", "link", "button", "select", "option", "input",
     "textarea", "label", "dialog", "menu", "img", "picture", "source"}
)  # fmt: skip
_BOILER_TAGS = frozenset({"nav", "aside", "footer", "header", "figcaption"})
_BOILER_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu",
     "menubar", "toolbar"}
)  # fmt: skip
_BOILER_TOKENS = frozenset(
    {"nav", "navbar", "navigation", "menu", "footer", "header", "masthead", "sidebar", "breadcrumb",
     "breadcrumbs", "comment", "comments", "share", "sharing", "social", "related", "recommended",
     "newsletter", "subscribe", "subscription", "signup", "promo", "advert", "advertisement", "ad", "ads",
     "sponsor", "sponsored", "cookie", "cookies", "consent", "gdpr", "banner", "popup", "modal", "paywall",
     "outbrain", "taboola", "disqus", "trending", "popular", "tags", "tagcloud", "pagination", "pager",
     "byline", "author-bio", "hidden", "sr-only", "visually-hidden", "print-only", "skip"}
)  # fmt: skip
_BOILER_SUBSTRINGS = (
    "cookie", "consent", "newsletter", "related", "comment", "social", "sidebar", "breadcrumb", "advert",
    "sponsor", "paywall", "outbrain", "taboola", "share-", "sharebar", "most-read", "mostread", "read-more",
    "readmore", "more-stories",
)  # fmt: skip
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SPLIT_TOKENS = re.compile(r"[\s_]+")
_BLOCK_TAGS = frozenset(
    {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
     "figure", "address", "details", "summary", "center", "form", "fieldset", "hr", "body", "html",
     "dl", "dt", "dd", "ul", "ol", "li", "table", "tr", "td", "th", "thead", "tbody", "tfoot", "caption",
     "header", "footer", "nav", "aside", "hgroup"}
)  # fmt: skip
_BR = "\x01"  # hard line break marker inside the renderer's buffer
_PRE = "\x02"  # marks a preformatted line (kept as is)
_LIST_TAGS = frozenset({"ul", "ol", "dl"})
_LINE_TAGS = frozenset({"li", "dt", "dd", "tr"})


def _is_hidden(tag: Tag) -> bool:
    if tag.has_attr("hidden") or attr_text(tag, "aria-hidden").lower() == "true":
        return True
    style = attr_text(tag, "style")
    return bool(style and _HIDDEN_STYLE.search(style))


def _is_boilerplate(tag: Tag) -> bool:
    if tag.name in _BOILER_TAGS:
        return True
    if attr_text(tag, "role").lower() in _BOILER_ROLES:
        return True
    names = (attr_text(tag, "class") + " " + attr_text(tag, "id")).lower()
    if not names.strip():
        return False
    tokens = set(_SPLIT_TOKENS.split(names))
    tokens |= {part for tok in tokens for part in tok.split("-")}
    if tokens & _BOILER_TOKENS:
        return not (tokens & {"article", "post", "entry", "story", "content", "body", "main", "text"})
    return any(s in names for s in _BOILER_SUBSTRINGS)


# ---------------------------------------------------------------------------------------------------------
# Rendering the DOM into blocks
# ---------------------------------------------------------------------------------------------------------


@dataclass
class _Block:
    owner: Tag
    lines: list[str]
    link_chars: int = 0

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass
class _Renderer:
    protected: set[int]  # ids of elements never pruned (ancestors of the bulk of the text)
    blocks: list[_Block] = field(default_factory=list)
    tables: list[tuple[Tag, Table]] = field(default_factory=list)
    _buf: list[str] = field(default_factory=list)
    _link_chars: int = 0
    _owner: Tag | None = None
    _list_depth: int = 0

    def _flush(self) -> None:
        raw = "".join(self._buf)
        self._buf = []
        link_chars, self._link_chars = self._link_chars, 0
        owner, self._owner = self._owner, None
        if owner is None or not raw.strip():
            return
        current: list[str] = []
        # _BR marks a hard line break; literal newlines in text nodes are only whitespace (except in <pre>)
        for piece in raw.split(_BR):
            line = piece[1:].rstrip() if piece.startswith(_PRE) else " ".join(piece.split())
            if line.strip():
                current.append(line)
            elif current:
                self.blocks.append(_Block(owner, current, link_chars))
                current, link_chars = [], 0
        if current:
            self.blocks.append(_Block(owner, current, link_chars))

    def _soft_newline(self) -> None:
        for part in reversed(self._buf):
            stripped = part.rstrip()
            if stripped:
                if not stripped.endswith(_BR):
                    self._buf.append(_BR)
                return

    def _text(self, text: str, owner: Tag, in_link: bool) -> None:
        if self._owner is None:
            if not text.strip():
                return
            self._owner = owner
        self._buf.append(text)
        if in_link:
            self._link_chars += len(text.strip())

    def walk(self, node: Tag, owner: Tag, in_link: bool = False, depth: int = 0) -> None:
        for child in node.children:
            if isinstance(child, Comment) or not isinstance(child, NavigableString | Tag):
                continue
            if isinstance(child, NavigableString):
                if type(child) is NavigableString:  # not CData/Doctype/ProcessingInstruction
                    self._text(str(child), owner, in_link)
                continue
            self._element(child, owner, in_link, depth)

    def _element(self, tag: Tag, owner: Tag, in_link: bool, depth: int) -> None:
        name = tag.name
        if name in _SKIP_TAGS or _is_hidden(tag):
            return
        if id(tag) not in self.protected and _is_boilerplate(tag):
            return
        if name == "br":
            if self._owner is not None:
                self._buf.append(_BR)
            return
        if depth > 300:  # absurdly deep markup: take the text flat
            self._text(tag.get_text(" "), owner, in_link)
            return
        if name == "pre":
            self._flush()
            text = tag.get_text()
            if text.strip():
                self._owner = tag
                self._buf.append(_BR.join(_PRE + line for line in text.strip("\n").split("\n")))
            self._flush()
            return
        if name == "table":
            table = _data_table(tag)
            if table is not None:
                self._flush()
                self.tables.append((tag, table))
                return
        if name == "a":
            self.walk(tag, owner, True, depth + 1)
            return
        if name not in _BLOCK_TAGS:
            self.walk(tag, owner, in_link, depth + 1)
            return
        if name in _LIST_TAGS:
            if self._list_depth == 0:
                self._flush()
            self._list_depth += 1
            self.walk(tag, tag if self._list_depth == 1 else owner, in_link, depth + 1)
            self._list_depth -= 1
            if self._list_depth == 0:
                self._flush()
            return
        if self._list_depth or name in _LINE_TAGS:
            self._soft_newline()
            self.walk(tag, owner if self._list_depth else tag, in_link, depth + 1)
            self._soft_newline()
            return
        self._flush()
        self.walk(tag, tag, in_link, depth + 1)
        self._flush()

    def finish(self) -> None:
        self._flush()


# ---------------------------------------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------------------------------------


def _cell_text(cell: Tag) -> str:
    return " ".join(cell.get_text(" ").split())


def _rows(table: Tag) -> Iterator[tuple[Tag, list[Tag]]]:
    for tr in table.find_all("tr"):
        if tr.find_parent("table") is not table:
            continue
        cells = [c for c in tr.find_all(["td", "th"], recursive=False)]
        if cells:
            yield tr, cells


def _data_table(table: Tag) -> Table | None:
    """A Table for a data table; None for a layout table (nested tables, long prose cells, one column)."""
    if table.find("table") is not None:
        return None
    rows = list(_rows(table))
    if len(rows) < 2 or max(len(cells) for _, cells in rows) < 2:
        return None
    if any(len(_cell_text(c)) > 400 for _, cells in rows for c in cells):
        return None

    def expand(cells: list[Tag]) -> tuple[str, ...]:
        out: list[str] = []
        for c in cells:
            span = attr_text(c, "colspan")
            n = int(span) if span.isdigit() and 0 < int(span) <= 50 else 1
            out.extend([_cell_text(c)] + [""] * (n - 1))
        return tuple(out)

    first_tr, first_cells = rows[0]
    in_thead = first_tr.find_parent("thead") is not None
    header_row = in_thead or all(c.name == "th" for c in first_cells)
    header = expand(first_cells)
    body = [expand(cells) for _, cells in rows[1:]]
    if not header_row and not any(c.name == "th" for _, cells in rows for c in cells):
        header_row = True  # no marked header: the first row labels the columns in practice
    caption_tag = table.find("caption")
    caption = _cell_text(caption_tag) if isinstance(caption_tag, Tag) else None
    if not header_row:
        return Table(header=(), rows=(header, *body), caption=caption or None)
    return Table(header=header, rows=tuple(body), caption=caption or None)


# ---------------------------------------------------------------------------------------------------------
# Main text
# ---------------------------------------------------------------------------------------------------------

_CONTENT_HINT = re.compile(
    r"article[-_]?body|articlebody|post[-_]?(body|content)|entry[-_]?content|story[-_]?body|"
    r"article[-_]?content|content[-_]?body|main[-_]?content",
    re.IGNORECASE,
)
_CONSENT_WORDS = re.compile(
    r"\b(cookies?|consent|privacy (policy|settings)|accept all|reject all|manage (options|preferences)|"
    r"personal data|partners)\b",
    re.IGNORECASE,
)
_SQUASH = re.compile(r"\s+")
MIN_WORDS = 40  # fewer words than this in the main text: not an article


def _fallback_root(soup: BeautifulSoup) -> Tag | None:
    candidates: list[Tag] = [
        t
        for t in soup.find_all(True)
        if t.name in ("article", "main")
        or attr_text(t, "itemprop") == "articleBody"
        or attr_text(t, "role") == "main"
        or _CONTENT_HINT.search(attr_text(t, "class") + " " + attr_text(t, "id"))
    ]
    if not candidates:
        body = soup.find("body")
        return body if isinstance(body, Tag) else None
    return max(candidates, key=lambda t: len(t.get_text(" ", strip=True)))


def _ancestors(tag: Tag) -> Iterator[Tag]:
    node: Tag | None = tag
    while node is not None:
        yield node
        node = node.parent if isinstance(node.parent, Tag) else None


def _protected_chain(soup: BeautifulSoup, root_hint: Tag | None) -> set[int]:
    """Ids of the hinted content root and its ancestors: never pruned, whatever their class says."""
    return {id(t) for t in _ancestors(root_hint)} if root_hint is not None else set()


def _choose_root(blocks: list[_Block], reference: str) -> Tag | None:
    """The deepest element holding ≥ 85 % of the characters of the blocks trafilatura also kept."""
    weight: dict[int, int] = {}
    tags: dict[int, Tag] = {}
    depth: dict[int, int] = {}
    total = 0
    for block in blocks:
        lines = [_SQUASH.sub("", ln) for ln in block.lines]
        kept = sum(len(ln) for ln in lines if ln and ln in reference)
        if kept * 2 < sum(len(ln) for ln in lines):
            continue
        total += kept
        chain = list(_ancestors(block.owner))
        for i, tag in enumerate(chain):
            weight[id(tag)] = weight.get(id(tag), 0) + kept
            tags[id(tag)] = tag
            depth[id(tag)] = len(chain) - i
    if total == 0:
        return None
    good = [k for k, w in weight.items() if w >= 0.85 * total]
    return tags[max(good, key=lambda k: depth[k])] if good else None


def _under(tag: Tag, root: Tag) -> bool:
    return any(a is root for a in _ancestors(tag))


def _main_text(soup: BeautifulSoup, html: str, url: str) -> tuple[str, tuple[Table, ...], Tag | None]:
    hint = _fallback_root(soup)
    body = soup.find("body")
    start = body if isinstance(body, Tag) else soup
    renderer = _Renderer(protected=_protected_chain(soup, hint))
    renderer.walk(start, start)
    renderer.finish()
    reference = ""
    try:
        extracted = trafilatura.extract(
            html, url=url, include_tables=True, include_comments=False, deduplicate=False, fast=True
        )
    except Exception:  # trafilatura is a heuristic helper here; its failures must not lose the page
        extracted = None
    if extracted:
        reference = _SQUASH.sub("", extracted)
    root = _choose_root(renderer.blocks, reference) if reference else None
    if root is None or root.name in ("html", "[document]"):
        root = hint
    if root is None:
        return "", (), None
    if hint is not None and root is not hint and _under(hint, root) and root.name != "body":
        # trafilatura's area is wider than a semantic article container inside it: keep the container
        # unless trafilatura's text reaches well outside it.
        inside = sum(len(b.text) for b in renderer.blocks if _under(b.owner, hint))
        around = sum(len(b.text) for b in renderer.blocks if _under(b.owner, root))
        if inside >= 0.8 * around:
            root = hint
    paragraphs: list[str] = []
    for block in renderer.blocks:
        if not _under(block.owner, root):
            continue
        text = block.text
        squashed = _SQUASH.sub("", text)
        if reference and block.link_chars > 0.6 * len(squashed) and squashed not in reference:
            continue  # a list of links trafilatura also dropped (related stories, tag lists)
        paragraphs.append(text)
    tables = tuple(t for tag, t in renderer.tables if _under(tag, root))
    return "\n\n".join(paragraphs), tables, root


def _looks_like_html(text: str) -> bool:
    head = text[:4096].lower()
    return (
        "<html" in head
        or "<body" in head
        or "<!doctype html" in head
        or bool(re.search(r"<(p|div|article|h1|title|head|meta)[\s>]", head))
    )


def extract_article(
    body: bytes | str, url: str, *, encoding: str | None = None, content_type: str | None = None
) -> Article:
    """Clean main text and metadata of one HTML page.

    Raises NotAnArticle (with a reason naming the URL) for non-HTML content, empty pages, consent walls,
    index pages and pages with too little text.
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
        soup = BeautifulSoup(html, "lxml")
    except Exception as exc:  # lxml can reject pathological input
        raise NotAnArticle(f"{url}: unparsable HTML ({type(exc).__name__})") from None
    meta = page_metadata(soup, url)
    text, tables, root = _main_text(soup, html, url)
    words = len(text.split())
    if root is not None:
        teasers = [a for a in soup.find_all("article") if len(a.get_text(" ", strip=True)) > 0]
        if len(teasers) >= 4 and root.name != "article":
            raise NotAnArticle(f"{url}: an index page ({len(teasers)} article teasers, no single article)")
    if words < MIN_WORDS:
        whole = soup.get_text(" ", strip=True)
        if len(_CONSENT_WORDS.findall(whole)) >= 2:
            raise NotAnArticle(f"{url}: a consent or cookie wall ({words} words of article text)")
        if not text.strip():
            raise NotAnArticle(f"{url}: no article text found")
        raise NotAnArticle(f"{url}: too little text for an article ({words} words)")
    return Article(
        url=url,
        text=text,
        title=meta.title,
        canonical_url=meta.canonical,
        authors=meta.authors,
        published_at=meta.published,
        updated_at=meta.updated,
        site_name=meta.site_name,
        language=meta.language,
        tables=tables,
    )


def __getattr__(name: str) -> object:
    """read_local / read_local_bytes live in extractors.web.archive; importable from here for convenience."""
    if name in ("read_local", "read_local_bytes"):
        from extractors.web import archive

        return getattr(archive, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
