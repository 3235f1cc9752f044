"""Articles from local files, for archive backfill: .html/.htm pages, .md/.markdown and .txt notes.

`read_local(path)` reads the file; `read_local_bytes(body, path)` does the same from bytes already read
(the pipeline reads files itself). Both are pure apart from read_local's one read.

* HTML goes through `extract_article`. The Article's url is the page's canonical http(s) URL when it has
  one (so a saved copy joins the fetched original), else the file's file:// URI.
* Markdown and text keep their lines exactly (pipe tables included); line endings become "\\n", trailing
  spaces go, runs of blank lines stay as they are. An optional front-matter block (`---` lines with
  `title:`, `url:`, `date:`) is read and removed. The title is front matter's, else the first `# heading`
  (Markdown), else the first non-empty line.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from extractors.web.article import NotAnArticle, extract_article
from extractors.web.charset import decode_html
from extractors.web.metadata import parse_date as _parse_date
from schema.records import Article

__all__ = ["LOCAL_SUFFIXES", "read_local", "read_local_bytes"]

LOCAL_SUFFIXES = (".html", ".htm", ".xhtml", ".md", ".markdown", ".txt")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_H1 = re.compile(r"^\s{0,3}#\s+(.*?)\s*#*\s*$")
_FRONT_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")


def read_local(path: Path) -> Article:
    """An Article from a local file; raises NotAnArticle naming the path when it cannot be one."""
    suffix = path.suffix.lower()
    if suffix not in LOCAL_SUFFIXES:
        raise NotAnArticle(f"{path}: unsupported file type {suffix or '(none)'}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise NotAnArticle(f"{path}: cannot read ({exc.strerror or exc})") from None
    return read_local_bytes(data, path)


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text
    for end in range(1, min(len(lines), 60)):
        if lines[end].strip() in ("---", "..."):
            fields: dict[str, str] = {}
            for line in lines[1:end]:
                m = _FRONT_KEY.match(line)
                if m:
                    fields[m.group(1).lower()] = m.group(2).strip("\"'")
            return fields, "\n".join(lines[end + 1 :])
    return {}, text


def read_local_bytes(body: bytes, path: Path) -> Article:
    """Like read_local, from the file's bytes (path names the file and decides the format)."""
    suffix = path.suffix.lower()
    if suffix not in LOCAL_SUFFIXES:
        raise NotAnArticle(f"{path}: unsupported file type {suffix or '(none)'}")
    try:
        uri = path.resolve().as_uri()
    except ValueError:
        uri = "file://" + str(path)
    if suffix in (".html", ".htm", ".xhtml"):
        try:
            art = extract_article(body, uri)
        except NotAnArticle as exc:
            raise NotAnArticle(f"{path}: {exc.reason.removeprefix(uri + ': ')}") from None
        canonical = art.canonical_url
        if canonical and canonical.startswith(("http://", "https://")):
            return dataclasses.replace(art, url=canonical)
        return art
    if not body.strip():
        raise NotAnArticle(f"{path}: empty file")
    if b"\x00" in body[:4096] and not body.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise NotAnArticle(f"{path}: binary content, not text")
    text, _used = decode_html(body, None)
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    fields, text = _front_matter(text)
    text = "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")
    if not text.strip():
        raise NotAnArticle(f"{path}: empty file")
    title = fields.get("title") or None
    if title is None and suffix in (".md", ".markdown"):
        for line in text.split("\n"):
            m = _H1.match(line)
            if m:
                title = m.group(1) or None
                break
    if title is None:
        first = next(line for line in text.split("\n") if line.strip())
        m = _HEADING.match(first)
        title = (m.group(1) if m else first.strip()) or None
    url = fields.get("url") or fields.get("canonical") or ""
    canonical = url if url.startswith(("http://", "https://")) else None
    return Article(
        url=canonical or uri,
        text=text,
        title=title,
        canonical_url=canonical,
        published_at=_parse_date(fields.get("date") or fields.get("published")),
        language=fields.get("lang") or fields.get("language") or None,
    )
