"""Is this page an article? Refusal only on strong evidence, a confidence for the borderline (pure).

A page is refused (NotAnArticle) only when:
- nothing readable is left (no text, or fewer than `MIN_WORDS` words);
- it is a consent wall: its main text *is* consent text (short, made of cookie/consent paragraphs with
  an accept/reject choice), not an article with a banner above it;
- it is a listing: at least 4 teasers (article boxes whose text is mostly a link to another page), the
  main text lies mostly inside them, none of them dominates, and the page's metadata does not declare a
  single article.

Everything else is kept. Borderline pages get a lower confidence and a note saying why (short text,
teasers beside the article, consent text in the main text), so a reader can filter on it and nothing is
lost. Also here: `sanitize_text` (template syntax and escaped script markup never reach the NLP) and
`repair_text` (mojibake repair with ftfy; the raw bytes are kept by the pipeline, so it can be redone).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import ftfy
import lxml.etree
from lxml.html import HtmlElement

from extractors.web.metadata import attr_text

__all__ = [
    "NotAnArticle", "Verdict", "consent_block", "is_teaser", "judge_page", "repair_text", "sanitize_text",
    "text_size",
]  # fmt: skip

MIN_WORDS = 5  # fewer words than this in the main text: nothing to read
SHORT_WORDS = 80  # fewer than this: kept, with a lower confidence
MIN_TEASERS = 4


class NotAnArticle(ValueError):
    """The input is not a readable article; `reason` says why (and names the URL)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Verdict:
    confidence: float  # 1.0 a plain article; lower for borderline pages
    note: str | None  # why the confidence is lower


# ---------------------------------------------------------------------------------------------------------
# Text size that also counts scripts written without spaces (CJK, Thai)
# ---------------------------------------------------------------------------------------------------------

_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def text_size(text: str) -> int:
    """Words, where two characters of a script written without spaces count as one word."""
    unspaced = len(_UNSPACED.findall(text))
    if not unspaced:
        return len(text.split())
    return len(_UNSPACED.sub(" ", text).split()) + unspaced // 2


# ---------------------------------------------------------------------------------------------------------
# Cleaning the text the NLP reads
# ---------------------------------------------------------------------------------------------------------

_TEMPLATE = re.compile(
    r"\{%-?\s*(if|for|block|macro|raw|with)\b.*?\{%-?\s*end\1\s*-?%\}"  # a template block, body included
    r"|\{\{[#^]\s*(\w+).*?\{\{/\s*\2\s*\}\}"  # a Handlebars/Mustache section
    r"|\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}|<%.*?%>|\$\{[^}\n]*\}",
    re.DOTALL,
)
_CODE_MARKUP = re.compile(
    r"<\s*(script|style|template|iframe|object)\b.*?(?:<\s*/\s*\1\s*>|$)"  # an escaped script block
    r"|<\s*[a-z][a-z0-9]*\b[^<>]*?\bon[a-z]+\s*=[^<>]*>"  # a tag with an event handler
    r"|\bjavascript\s*:[^\s<>\"']*",
    re.IGNORECASE | re.DOTALL,
)
_SPACES = re.compile(r"[ \t]{2,}")


def sanitize_text(text: str) -> str:
    """Drop template syntax ({{ }}, {% %}, <% %>, ${ }) and escaped script markup shown as text.

    Script, style and template *elements* never get here (the tree is stripped of them); this catches
    what a page shows as text: a template the browser would have filled, or markup escaped into prose.
    """
    if not any(c in text for c in "{<$") and "javascript" not in text.lower():
        return text
    cleaned = _CODE_MARKUP.sub(" ", _TEMPLATE.sub(" ", text))
    if cleaned == text:
        return text
    lines = (_SPACES.sub(" ", ln).strip() for ln in cleaned.split("\n"))
    out = "\n".join(lines)
    return "\n\n".join(p.strip("\n") for p in out.split("\n\n") if p.strip())


_MOJIBAKE_HINT = re.compile(
    "[\u00c2\u00c3\u00c5\u00e2\u00ef\u00d0\u00d1\u00e3\u00e5\u00e6\u00e7\u00e8\u00e9][\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u20ac\u2122]"
)


def repair_text(text: str) -> str:
    """Undo mojibake ('donâ€™t' → 'don’t') with ftfy; text without its telltale pairs is returned as is."""
    if not _MOJIBAKE_HINT.search(text):
        return text
    return str(ftfy.fix_encoding(text))


# ---------------------------------------------------------------------------------------------------------
# The verdict
# ---------------------------------------------------------------------------------------------------------

_CONSENT_WORDS = re.compile(
    r"\b(cookies?|consent|privacy (policy|settings)|accept all|reject all|manage (options|preferences|"
    r"settings)|personal data|our partners|legitimate interest)\b",
    re.IGNORECASE,
)
_CONSENT_CHOICE = re.compile(
    r"\b(accept|agree|reject|decline|manage|preferences|settings|continue|allow)\b", re.IGNORECASE
)
_ARTICLE_LD = frozenset(
    {"article", "newsarticle", "blogposting", "reportagenewsarticle", "techarticle", "analysisnewsarticle",
     "opinionnewsarticle", "reviewnewsarticle", "liveblogposting", "scholarlyarticle", "report"}
)  # fmt: skip


def _ld_article_count(ld_nodes: list[dict[str, Any]]) -> int:
    count = 0
    for node in ld_nodes:
        kind = node.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if {str(k).lower() for k in kinds if k} & _ARTICLE_LD:
            count += 1
    return count


def _declares_one_article(tree: HtmlElement, ld_nodes: list[dict[str, Any]]) -> bool:
    if _ld_article_count(ld_nodes) == 1:
        return True
    for meta in tree.iter("meta"):
        if (attr_text(meta, "property") or attr_text(meta, "name")).lower() == "og:type":
            return attr_text(meta, "content").strip().lower() == "article"
    return False


_CONSENT_HINTS = ("cookie", "consent", "privacy", "accept all", "reject all", "personal data", "partners",
                  "legitimate interest", "manage ")  # fmt: skip


def _mentions_consent(text: str) -> bool:
    """Cheap test before the consent regexes: does the text hold any consent word at all?"""
    lower = text.lower()
    return any(h in lower for h in _CONSENT_HINTS)


def _consent_wall(text: str, size: int) -> bool:
    """The main text is consent text: short, with consent words and a choice, and nothing else."""
    if size > 250 or len(_CONSENT_WORDS.findall(text)) < 2 or not _CONSENT_CHOICE.search(text):
        return False
    rest = [p for p in text.split("\n\n") if not _CONSENT_WORDS.search(p)]
    return text_size("\n".join(rest)) < 15


@dataclass
class _Teasers:
    count: int  # teaser boxes on the page
    in_root: int  # of them inside the content root
    share: float  # of the root's text inside teasers
    largest: float  # share of the root's text in the largest article box


_SQUASHED_LEN = lxml.etree.XPath("string-length(translate(normalize-space(.), ' ', ''))")
_HEADING_LINK = lxml.etree.XPath("boolean(.//h1//a | .//h2//a | .//h3//a | .//h4//a | .//h5//a)")


def is_teaser(box: HtmlElement) -> bool:
    """An article box whose heading links elsewhere: a teaser of another page."""
    return bool(_HEADING_LINK(box))


def consent_block(text: str) -> bool:
    """A paragraph that reads like a cookie banner: consent words and a choice."""
    return (
        _mentions_consent(text)
        and len(_CONSENT_WORDS.findall(text)) >= 2
        and bool(_CONSENT_CHOICE.search(text))
    )


def _squashed_len(el: HtmlElement) -> int:
    return int(_SQUASHED_LEN(el))


def _teasers(tree: HtmlElement, root: HtmlElement | None) -> _Teasers:
    boxes = list(tree.iter("article"))
    if len(boxes) < MIN_TEASERS:
        return _Teasers(0, 0, 0.0, 0.0)
    if root is not None and (root.tag == "article" or next(root.iterancestors("article"), None) is not None):
        return _Teasers(0, 0, 0.0, 1.0)  # the main text lies in one article box: an article
    teasers = []
    for box in boxes:
        size = _squashed_len(box)
        if not size:
            continue
        if _HEADING_LINK(box) or sum(_squashed_len(a) for a in box.iter("a")) >= 0.3 * size:
            teasers.append((box, size))
    if root is None:
        return _Teasers(len(teasers), 0, 0.0, 0.0)
    root_size = _squashed_len(root) or 1
    ancestors = set(root.iterancestors())
    if any(box is root or box in ancestors for box, _ in teasers):
        return _Teasers(len(teasers), 0, 0.0, 1.0)  # the root is one article box: an article
    inside = [(box, size) for box, size in teasers if any(a is root for a in box.iterancestors())]
    largest = max((_squashed_len(b) for b in root.iter("article")), default=0)
    share = sum(size for _, size in inside) / root_size
    return _Teasers(len(teasers), len(inside), share, largest / root_size)


def judge_page(
    tree: HtmlElement, root: HtmlElement | None, text: str, ld_nodes: list[dict[str, Any]], url: str
) -> Verdict:
    """Refuse the page (NotAnArticle naming `url`) on strong evidence; else how sure we are it is one."""
    size = text_size(text)
    if not text.strip():
        raise NotAnArticle(f"{url}: no article text found")
    consent = _mentions_consent(text)
    if consent and _consent_wall(text, size):
        raise NotAnArticle(f"{url}: a consent or cookie wall (its text is consent text, {size} words)")
    teasers = _teasers(tree, root)
    listing = teasers.in_root >= MIN_TEASERS and teasers.share >= 0.6 and teasers.largest < 0.4
    if listing and not _declares_one_article(tree, ld_nodes):
        raise NotAnArticle(f"{url}: an index page ({teasers.in_root} article teasers, no single article)")
    if size < MIN_WORDS:
        raise NotAnArticle(f"{url}: too little text for an article ({size} words)")
    notes: list[str] = []
    confidence = 1.0
    if size < SHORT_WORDS:
        confidence = min(confidence, 0.4 if size < 40 else 0.7)
        notes.append(f"short text ({size} words)")
    if listing:
        confidence = min(confidence, 0.5)
        notes.append(f"{teasers.in_root} teasers around the text; the page says it is one article")
    elif teasers.in_root >= MIN_TEASERS and teasers.share >= 0.4:
        confidence = min(confidence, 0.7)
        notes.append(f"{teasers.in_root} teasers inside the main area")
    if consent and size < 250 and len(_CONSENT_WORDS.findall(text)) >= 3:
        confidence = min(confidence, 0.6)
        notes.append("consent text in the main text")
    return Verdict(confidence, "; ".join(notes) or None)
