"""Character encodings of fetched pages: header, BOM, <meta>/XML declaration, then detection (pure)."""

from __future__ import annotations

import codecs
import re

import charset_normalizer

__all__ = ["decode_html", "detect_encoding", "header_charset", "normalize_charset"]


def normalize_charset(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    try:
        canonical = codecs.lookup(name).name
    except LookupError:
        return None
    # As browsers do (WHATWG Encoding): Latin-1 and ASCII labels mean windows-1252.
    if canonical in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    return canonical


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_XML_DECL = re.compile(rb"""\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def header_charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    m = re.search(r"charset\s*=\s*[\"']?([^\s;\"']+)", content_type, re.IGNORECASE)
    return normalize_charset(m.group(1)) if m else None


def _decodes(body: bytes, encoding: str) -> bool:
    try:
        body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def detect_encoding(body: bytes, content_type: str | None = None) -> str:
    """The charset of an HTML/XML body: BOM, Content-Type header, <?xml encoding>/<meta>, charset-normalizer.

    A byte-order mark wins over the header (as in browsers: it cannot be wrong about its own bytes).
    A declared UTF-8 that does not decode falls through to detection. Always returns a Python codec name.
    """
    for bom, name in _BOMS:
        if body.startswith(bom):
            return name
    declared = header_charset(content_type)
    if declared and (declared != "utf-8" or _decodes(body, "utf-8")):
        return declared
    m = _XML_DECL.match(body[:1024]) or _META_CHARSET.search(body[:8192])
    meta = normalize_charset(m.group(1).decode("ascii", "ignore")) if m else None
    if meta in ("utf-16", "utf-16-le", "utf-16-be"):  # a meta tag readable as ASCII cannot be UTF-16
        meta = "utf-8"
    if meta and (meta != "utf-8" or _decodes(body, "utf-8")):
        return meta
    if _decodes(body, "utf-8"):
        return "utf-8"
    results = list(charset_normalizer.from_bytes(body[:200_000]))
    if not results:
        return "cp1252"
    best = results[0]
    # Short Western text is ambiguous among single-byte code pages (cp1250/cp1257/cp775 read it without
    # "chaos" too); like browsers we prefer windows-1252 when it is an equally clean reading.
    for alt in results:
        if alt.encoding == "cp1252" and alt.chaos <= best.chaos + 0.1:
            return "cp1252"
    return normalize_charset(best.encoding) or "cp1252"


def decode_html(body: bytes, encoding: str | None = None) -> tuple[str, str]:
    """(text, encoding used). A given encoding is trusted unless it is UTF-8 and the bytes are not."""
    chosen = normalize_charset(encoding) if encoding else None
    if chosen is None or (chosen == "utf-8" and not _decodes(body, "utf-8")):
        chosen = detect_encoding(body)
    return body.decode(chosen, errors="replace"), chosen
