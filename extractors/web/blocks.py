"""The page cut into blocks: boilerplate pruning, the line-keeping renderer and data tables (pure).

`extractors.web.article` parses a page once and hands the tree here: `Renderer` walks it and cuts it into
`Block`s (paragraphs, headings, lists, pre), keeping the exact line structure (`<br>` is a newline, list
items one per line), pruning navigation, cookie banners, related links, comments, share bars, footers and
hidden elements by tag, ARIA role and class/id words, and turning data tables into `Table` records.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml.html import HtmlElement

from extractors.web.metadata import attr_text
from schema.records import Table

# Elements whose content is never text: stripped from the tree once trafilatura and JSON-LD have read it.
CODE_TAGS = ("script", "style", "noscript", "template", "textarea", "xmp", "plaintext")
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
_CONTENT_TOKENS = frozenset({"article", "post", "entry", "story", "content", "body", "main", "text"})
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


def _is_hidden(tag: HtmlElement) -> bool:
    if tag.get("hidden") is not None:
        return True
    aria = tag.get("aria-hidden")
    if aria and aria.lower() == "true":
        return True
    style = tag.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def _is_boilerplate(tag: HtmlElement, name: str) -> bool:
    if name in _BOILER_TAGS:
        return True
    role = tag.get("role")
    if role and role.lower() in _BOILER_ROLES:
        return True
    cls, ident = tag.get("class"), tag.get("id")
    if not cls and not ident:
        return False
    names = f"{cls or ''} {ident or ''}".lower()
    tokens = set(_SPLIT_TOKENS.split(names))
    tokens |= {part for tok in tokens for part in tok.split("-")}
    if tokens & _BOILER_TOKENS:
        return not (tokens & _CONTENT_TOKENS)
    return any(s in names for s in _BOILER_SUBSTRINGS)


# ---------------------------------------------------------------------------------------------------------
# Rendering the tree into blocks
# ---------------------------------------------------------------------------------------------------------


@dataclass
class Block:
    owner: HtmlElement
    lines: list[str]
    link_chars: int = 0

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass
class Renderer:
    protected: set[HtmlElement]  # elements never pruned (the hinted content root and its ancestors)
    blocks: list[Block] = field(default_factory=list)
    tables: list[tuple[HtmlElement, Table]] = field(default_factory=list)
    _buf: list[str] = field(default_factory=list)
    _link_chars: int = 0
    _owner: HtmlElement | None = None
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
                self.blocks.append(Block(owner, current, link_chars))
                current, link_chars = [], 0
        if current:
            self.blocks.append(Block(owner, current, link_chars))

    def _soft_newline(self) -> None:
        for part in reversed(self._buf):
            stripped = part.rstrip()
            if stripped:
                if not stripped.endswith(_BR):
                    self._buf.append(_BR)
                return

    def _text(self, text: str, owner: HtmlElement, in_link: bool) -> None:
        if self._owner is None:
            if not text.strip():
                return
            self._owner = owner
        self._buf.append(text)
        if in_link:
            self._link_chars += len(text.strip())

    def walk(self, node: HtmlElement, owner: HtmlElement, in_link: bool = False, depth: int = 0) -> None:
        if node.text:
            self._text(node.text, owner, in_link)
        for child in node:
            if isinstance(child.tag, str):
                self._element(child, owner, in_link, depth)
            if child.tail:
                self._text(child.tail, owner, in_link)

    def _element(self, tag: HtmlElement, owner: HtmlElement, in_link: bool, depth: int) -> None:
        name = tag.tag
        if name in _SKIP_TAGS or _is_hidden(tag):
            return
        if tag not in self.protected and _is_boilerplate(tag, name):
            return
        if name == "br":
            if self._owner is not None:
                self._buf.append(_BR)
            return
        if depth > 300:  # absurdly deep markup: take the text flat
            self._text(tag.text_content(), owner, in_link)
            return
        if name == "pre":
            self._flush()
            text = tag.text_content()
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


def _cell_text(cell: HtmlElement) -> str:
    return " ".join(cell.text_content().split())


def _rows(table: HtmlElement) -> Iterator[tuple[HtmlElement, list[HtmlElement]]]:
    for tr in table.iter("tr"):
        cells = [c for c in tr if c.tag in ("td", "th")]
        if cells:
            yield tr, cells


def _data_table(table: HtmlElement) -> Table | None:
    """A Table for a data table; None for a layout table (nested tables, long prose cells, one column)."""
    if table.find(".//table") is not None:
        return None
    rows = list(_rows(table))
    if len(rows) < 2 or max(len(cells) for _, cells in rows) < 2:
        return None
    texts = [[_cell_text(c) for c in cells] for _, cells in rows]
    if any(len(t) > 400 for row in texts for t in row):
        return None

    def expand(cells: list[HtmlElement], cell_texts: list[str]) -> tuple[str, ...]:
        out: list[str] = []
        for c, text in zip(cells, cell_texts, strict=True):
            span = attr_text(c, "colspan").strip()
            n = int(span) if span.isdigit() and 0 < int(span) <= 50 else 1
            out.extend([text] + [""] * (n - 1))
        return tuple(out)

    first_tr, first_cells = rows[0]
    in_thead = any(a.tag == "thead" for a in first_tr.iterancestors("thead"))
    header_row = in_thead or all(c.tag == "th" for c in first_cells)
    header = expand(first_cells, texts[0])
    body = [expand(cells, t) for (_, cells), t in zip(rows[1:], texts[1:], strict=True)]
    if not header_row and not any(c.tag == "th" for _, cells in rows for c in cells):
        header_row = True  # no marked header: the first row labels the columns in practice
    caption_tag = table.find("caption")
    caption = _cell_text(caption_tag) if caption_tag is not None else None
    if not header_row:
        return Table(header=(), rows=(header, *body), caption=caption or None)
    return Table(header=header, rows=tuple(body), caption=caption or None)
