"""Settings: package defaults, then a user file, then NEWSKB_* environment variables.

They are parsed once into a frozen `Settings` and passed down; no stage reads the environment itself.
Sources (`sources.toml`) are parsed here too, into frozen `Source` records.
"""

from __future__ import annotations

import dataclasses
import math
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

SOURCE_KINDS = ("feed", "sitemap", "url", "path")
RELIABILITY_KINDS = ("vendor", "evaluator", "news", "aggregator")


class ConfigError(ValueError):
    """A settings or sources file (or variable) that cannot be used; the message names it."""


@dataclass(frozen=True, slots=True)
class Settings:
    db_path: Path = Path("data/newskb.duckdb")
    data_dir: Path = Path("data")
    sources_file: Path = Path("sources.toml")
    user_agent: str = "newskb/0.1 (+https://github.com/newskb/newskb; AI-news knowledge base)"
    delay_seconds: float = 1.0  # minimum gap between two requests to one host
    concurrency_per_host: int = 1
    concurrency_total: int = 8
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    max_redirects: int = 5
    max_bytes: int = 10_000_000
    max_pages_per_source: int = 500  # pages fetched per source and run; the rest rotate in on later runs
    run_budget_seconds: float = 1500.0  # a run stops fetching after this long (0 = no limit); the rest waits
    source_budget_seconds: float = 600.0  # one source's share of fetching time (0 = no limit)
    run_max_bytes: int = 1_000_000_000  # bodies downloaded per run, all sources together (0 = no limit)
    max_text_chars: int = 300_000  # characters of one article's text the NLP stage reads; the rest is cut
    recheck_hours: float = 6.0  # a 304 feed vouches for its known pages for this long, then they are re-asked
    retries: int = 3
    backoff_base: float = 0.5
    backoff_max: float = 30.0
    respect_robots: bool = True
    candidate_threshold: float = 0.5  # discovered names at or above it are used as models
    busy_timeout: float = 5.0  # seconds a command waits for a locked warehouse
    review_busy_timeout: float = 60.0  # a reviewer's decision waits longer: it must not be lost
    schedule_cron: str = "*/30 * * * *"
    export_dir: Path = Path("data/export")
    workers: int = 0  # page-work processes for an ingest (0 = the cores available)
    staging: str = ""  # parallel ingestion's staging folder: a path or fsspec URL ("" = <db_path>.staging)

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True, slots=True)
class Source:
    name: str
    kind: str  # feed | sitemap | url | path
    location: str  # URL or folder
    reliability: str = "news"  # vendor | evaluator | news | aggregator
    delay_seconds: float | None = None  # per-source politeness overrides
    concurrency: int | None = None
    schedule: str | None = None  # cron; None = the default schedule
    enabled: bool = True
    extra: Mapping[str, str] = field(default_factory=dict)


_FIELDS = {f.name: f for f in dataclasses.fields(Settings)}
SOURCE_KEYS = frozenset(
    {"name", "kind", "location", "reliability", "delay", "concurrency", "schedule", "enabled"}
)
URL_KINDS = ("feed", "sitemap", "url")

# NEWSKB_* variables that are not one per setting field (anything else starting NEWSKB_ is refused).
# PAUSE_AT: tests; PATTERN_CACHE: where the fork server's compiled patterns are kept (flows.pattern_cache)
EXTRA_VARS = frozenset(
    {"NEWSKB_CONFIG", "NEWSKB_DB", "NEWSKB_SOURCES", "NEWSKB_PAUSE_AT", "NEWSKB_PATTERN_CACHE"}
)

# Allowed ranges (inclusive lower bound, inclusive upper bound or None) of numeric settings.
RANGES: dict[str, tuple[float, float | None]] = {
    "delay_seconds": (0, None),
    "concurrency_per_host": (1, None),
    "concurrency_total": (1, None),
    "connect_timeout": (0, None),
    "read_timeout": (0, None),
    "total_timeout": (0, None),
    "max_redirects": (0, None),
    "max_bytes": (1, None),
    "max_pages_per_source": (1, None),
    "run_budget_seconds": (0, None),
    "source_budget_seconds": (0, None),
    "run_max_bytes": (0, None),
    "max_text_chars": (1000, None),
    "workers": (0, None),
    "recheck_hours": (0, None),
    "retries": (0, None),
    "backoff_base": (0, None),
    "backoff_max": (0, None),
    "candidate_threshold": (0, 1),
    "busy_timeout": (0, None),
    "review_busy_timeout": (0, None),
}


def _coerce(name: str, raw: Any, origin: str) -> Any:
    default = getattr(Settings(), name)
    try:
        if isinstance(default, bool):
            if isinstance(raw, bool):
                return raw
            text = str(raw).strip().lower()
            if text in ("1", "true", "yes", "on"):
                return True
            if text in ("0", "false", "no", "off"):
                return False
            raise ValueError(raw)
        if isinstance(default, int | float) and isinstance(raw, bool):
            raise ValueError(raw)  # `retries = true` is a mistake, not 1
        if isinstance(default, int):
            if isinstance(raw, float) and not raw.is_integer():
                raise ValueError(raw)  # 2.5 redirects: refuse rather than truncate
            return int(raw)
        if isinstance(default, float):
            value = float(raw)
            if math.isnan(value):
                raise ValueError(raw)
            return value
        if isinstance(default, Path):
            return Path(str(raw)).expanduser()
        return str(raw)
    except (TypeError, ValueError, OverflowError):
        raise ConfigError(f"{origin}: {name} = {raw!r} is not a valid {type(default).__name__}") from None


def _check_range(name: str, value: Any, origin: str) -> None:
    bounds = RANGES.get(name)
    if bounds is None:
        return
    low, high = bounds
    if value < low or (high is not None and value > high):
        want = f"between {low:g} and {high:g}" if high is not None else f">= {low:g}"
        raise ConfigError(f"{origin}: {name} = {value!r} is out of range (must be {want})")


def load_settings(
    user_file: Path | None = None, env: Mapping[str, str] | None = None, **overrides: Any
) -> Settings:
    """Defaults < user file (NEWSKB_CONFIG or ./newskb.toml) < NEWSKB_* variables < explicit overrides."""
    env = os.environ if env is None else env
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    if user_file is not None:
        path, required = user_file, True
    elif env.get("NEWSKB_CONFIG"):
        path, required = Path(env["NEWSKB_CONFIG"]).expanduser(), True
    else:
        path, required = Path("newskb.toml"), False
    if path.is_file():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: not valid TOML ({exc})") from None
        section = data.get("newskb", data)
        if not isinstance(section, dict):
            raise ConfigError(f"{path}: 'newskb' must be a table ([newskb]), not {type(section).__name__}")
        for key, raw in section.items():
            if key not in _FIELDS:
                raise ConfigError(f"{path}: unknown setting {key!r}")
            values[key], origins[key] = _coerce(key, raw, str(path)), str(path)
    elif required:
        via = "" if user_file is not None else " (from NEWSKB_CONFIG)"
        raise ConfigError(f"{path}: no such settings file{via}")
    known_vars = {"NEWSKB_" + k.upper() for k in _FIELDS} | EXTRA_VARS
    stray = sorted(k for k in env if k.startswith("NEWSKB_") and k not in known_vars)
    if stray:
        raise ConfigError(
            f"unknown environment variable {stray[0]}"
            + (f" (and {len(stray) - 1} more)" if len(stray) > 1 else "")
            + "; NEWSKB_* variables name settings (see README, Configuration)"
        )
    for key in _FIELDS:
        var = "NEWSKB_" + key.upper()
        if var in env and env[var] != "":
            values[key], origins[key] = _coerce(key, env[var], var), var
    if env.get("NEWSKB_DB"):
        values["db_path"] = Path(env["NEWSKB_DB"]).expanduser()
    if env.get("NEWSKB_SOURCES"):
        values["sources_file"] = Path(env["NEWSKB_SOURCES"]).expanduser()
    for key, raw in overrides.items():
        if raw is not None:
            values[key], origins[key] = raw, "option"
    for key, value in values.items():
        _check_range(key, value, origins.get(key, "settings"))
    return Settings(**values)


def _valid_cron(expr: str) -> bool:
    """A five-field cron expression cronsim can schedule."""
    from cronsim import CronSim, CronSimError

    if len(expr.split()) != 5:
        return False
    try:
        CronSim(expr, datetime.now(UTC))
    except (CronSimError, ValueError):
        return False
    return True


def _is_http_url(text: str) -> bool:
    try:
        parts = urlsplit(text)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def load_sources(path: Path) -> tuple[Source, ...]:
    """Parse sources.toml: a list of [[source]] tables. Relative folders resolve against the file's folder."""
    if not path.exists():
        raise ConfigError(f"{path}: no such sources file")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    stray = sorted(set(data) - {"source"})
    if stray:
        names = ", ".join(repr(k) for k in stray)
        raise ConfigError(f"{path}: unknown top-level key(s) {names}; sources are [[source]] tables")
    raw_sources = data.get("source", [])
    if not isinstance(raw_sources, list):
        raise ConfigError(f"{path}: 'source' must be an array of tables ([[source]])")
    if not raw_sources:
        raise ConfigError(f"{path}: no sources ([[source]] tables) defined")
    out: list[Source] = []
    seen: set[str] = set()
    for i, item in enumerate(raw_sources, start=1):
        where = f"{path}: source #{i}"
        if not isinstance(item, dict):
            raise ConfigError(f"{where}: must be a table")
        unknown = set(item) - SOURCE_KEYS
        if unknown:
            raise ConfigError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
        name, kind, location = item.get("name"), item.get("kind"), item.get("location")
        if not isinstance(name, str) or not name:
            raise ConfigError(f"{where}: 'name' is required")
        if name in seen:
            raise ConfigError(f"{where}: duplicate source name {name!r}")
        seen.add(name)
        where = f"{where} ({name})"
        if kind not in SOURCE_KINDS:
            raise ConfigError(f"{where}: 'kind' must be one of {', '.join(SOURCE_KINDS)}")
        if not isinstance(location, str) or not location.strip():
            raise ConfigError(f"{where}: 'location' is required")
        if kind in URL_KINDS and not _is_http_url(location):
            raise ConfigError(f"{where}: 'location' must be an http(s) URL for a {kind}, not {location!r}")
        reliability = item.get("reliability", "news")
        if reliability not in RELIABILITY_KINDS:
            raise ConfigError(f"{where}: 'reliability' must be one of {', '.join(RELIABILITY_KINDS)}")
        if kind == "path" and not Path(location).is_absolute():
            location = str((path.parent / location).resolve())
        delay, conc = item.get("delay"), item.get("concurrency")
        if delay is not None and (
            isinstance(delay, bool) or not isinstance(delay, int | float) or not delay >= 0
        ):
            raise ConfigError(f"{where}: 'delay' must be a number of seconds >= 0")
        if conc is not None and (isinstance(conc, bool) or not isinstance(conc, int) or conc < 1):
            raise ConfigError(f"{where}: 'concurrency' must be a whole number >= 1")
        schedule = item.get("schedule")
        if schedule is not None and (not isinstance(schedule, str) or not _valid_cron(schedule)):
            raise ConfigError(f"{where}: 'schedule' must be a valid five-field cron string, not {schedule!r}")
        enabled = item.get("enabled", True)
        if not isinstance(enabled, bool):
            raise ConfigError(f"{where}: 'enabled' must be true or false (unquoted), not {enabled!r}")
        out.append(
            Source(
                name=name,
                kind=kind,
                location=location,
                reliability=reliability,
                delay_seconds=float(delay) if delay is not None else None,
                concurrency=conc,
                schedule=schedule,
                enabled=enabled,
            )
        )
    return tuple(out)
