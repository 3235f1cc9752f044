"""The records that flow between stages: fetched pages, articles and extracted facts.

Every stage takes and returns these plain, typed values; nothing here does I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Table:
    """A table found in an article: a header row and body rows of cell text."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    caption: str | None = None


@dataclass(frozen=True, slots=True)
class FetchResult:
    """The outcome of one HTTP fetch (or one local file read)."""

    url: str  # the URL asked for
    final_url: str  # after redirects
    status: int | None  # HTTP status; None when no response came (connection error, refused by robots…)
    body: bytes | None
    content_type: str | None
    encoding: str | None  # declared or detected charset
    etag: str | None
    last_modified: str | None
    elapsed_ms: int
    error_class: str | None = None  # e.g. "timeout", "too_large", "robots", "http_status", "redirect_loop"
    message: str | None = None
    not_modified: bool = False  # a 304 answer to a conditional GET

    @property
    def ok(self) -> bool:
        return self.error_class is None and self.body is not None and not self.not_modified


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One item of a feed or sitemap: where the article lives and what the feed says of it."""

    url: str
    title: str | None = None
    published_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """Clean article text and metadata, the input of the NLP stage."""

    url: str  # the URL it was fetched from (the feed link), or file:// for local files
    text: str  # main text; paragraphs separated by blank lines, line breaks kept
    title: str | None = None
    canonical_url: str | None = None
    authors: tuple[str, ...] = ()
    published_at: datetime | None = None
    updated_at: datetime | None = None
    site_name: str | None = None
    language: str | None = None
    tables: tuple[Table, ...] = ()
    confidence: float = 1.0  # how sure we are that this is an article and its text: lower when borderline
    note: str | None = None  # why the confidence is lower (short text, teasers around it, …)


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact was read: the sentence (or table cell context) and character offsets into Article.text.

    For facts read from Article.tables (not from the text), start/end are -1 and `text` holds the row.
    """

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ScoreFact:
    model: str  # canonical name (alias-collapsed) or the discovered surface name
    benchmark: str  # canonical benchmark / leaderboard name
    value: float
    unit: str | None  # "%", "elo" or None (index points)
    setting: str | None  # "xhigh", "Thinking; no tools", "5-shot", … None when not stated
    evidence: Evidence
    confidence: float
    method: str  # which rule produced it: "prose", "paren", "list", "table", "pipe_table", …
    model_surface: str = ""
    benchmark_surface: str = ""


@dataclass(frozen=True, slots=True)
class AttributeFact:
    subject: str
    attribute: str  # parameters_total | parameters_active | context_window_tokens | release_date |
    # leaderboard_rank | price_input_per_mtok | price_output_per_mtok
    value: str  # plain integers, ISO dates (YYYY-MM-DD or YYYY-MM), decimal prices
    evidence: Evidence
    confidence: float
    qualifier: str | None = None  # the leaderboard for ranks
    setting: str | None = None
    method: str = ""


@dataclass(frozen=True, slots=True)
class ClaimFact:
    subject: str
    relation: str  # outperforms, behind, on_par_with, faster_than, cheaper_than, … (README: `claims`)
    object: str | None
    evidence: Evidence
    confidence: float
    magnitude: float | None = None
    unit: str | None = None  # "%", "x", "points", …
    benchmark: str | None = None
    method: str = ""
    polarity: str = "asserts"  # asserts | hedged ("comparable to", "reportedly") | negated ("does not beat")


@dataclass(frozen=True, slots=True)
class EntityCandidate:
    """A name the extractor found from context and does not know yet."""

    name: str
    kind: str  # "model" | "lab" | "benchmark"
    confidence: float
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything the NLP stage read from one article."""

    scores: tuple[ScoreFact, ...] = ()
    attributes: tuple[AttributeFact, ...] = ()
    claims: tuple[ClaimFact, ...] = ()
    candidates: tuple[EntityCandidate, ...] = ()
    focus_model: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
