"""Settings: package defaults, then a user file, then NEWSKB_* environment variables.

They are parsed once into a frozen `Settings` and passed down; no stage reads the environment itself.
Sources (`sources.toml`) are parsed here too, into frozen `Source` records.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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
    max_pages_per_source: int = 500
    recheck_hours: float = 6.0  # a 304 feed vouches for its known pages for this long, then they are re-asked
    retries: int = 3
    backoff_base: float = 0.5
    backoff_max: float = 30.0
    respect_robots: bool = True
    candidate_threshold: float = 0.75  # discovered names at or above it are used as models
    busy_timeout: float = 5.0  # seconds a command waits for a locked warehouse
    review_busy_timeout: float = 60.0  # a reviewer's decision waits longer: it must not be lost
    schedule_cron: str = "*/30 * * * *"
    export_dir: Path = Path("data/export")

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
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
        if isinstance(default, Path):
            return Path(str(raw)).expanduser()
        return str(raw)
    except (TypeError, ValueError):
        raise ConfigError(f"{origin}: {name} = {raw!r} is not a valid {type(default).__name__}") from None


def load_settings(
    user_file: Path | None = None, env: Mapping[str, str] | None = None, **overrides: Any
) -> Settings:
    """Defaults < user file (NEWSKB_CONFIG or ./newskb.toml) < NEWSKB_* variables < explicit overrides."""
    env = os.environ if env is None else env
    values: dict[str, Any] = {}
    path = user_file or (Path(env["NEWSKB_CONFIG"]) if env.get("NEWSKB_CONFIG") else Path("newskb.toml"))
    if path.exists():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: not valid TOML ({exc})") from None
        for key, raw in data.get("newskb", data).items():
            if key not in _FIELDS:
                raise ConfigError(f"{path}: unknown setting {key!r}")
            values[key] = _coerce(key, raw, str(path))
    elif user_file is not None:
        raise ConfigError(f"{path}: no such settings file")
    for key in _FIELDS:
        var = "NEWSKB_" + key.upper()
        if var in env and env[var] != "":
            values[key] = _coerce(key, env[var], var)
    if env.get("NEWSKB_DB"):
        values["db_path"] = Path(env["NEWSKB_DB"]).expanduser()
    if env.get("NEWSKB_SOURCES"):
        values["sources_file"] = Path(env["NEWSKB_SOURCES"]).expanduser()
    for key, raw in overrides.items():
        if raw is not None:
            values[key] = raw
    return Settings(**values)


def load_sources(path: Path) -> tuple[Source, ...]:
    """Parse sources.toml: a list of [[source]] tables. Relative folders resolve against the file's folder."""
    if not path.exists():
        raise ConfigError(f"{path}: no such sources file")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    raw_sources = data.get("source", [])
    if not isinstance(raw_sources, list):
        raise ConfigError(f"{path}: 'source' must be an array of tables ([[source]])")
    out: list[Source] = []
    seen: set[str] = set()
    for i, item in enumerate(raw_sources, start=1):
        where = f"{path}: source #{i}"
        if not isinstance(item, dict):
            raise ConfigError(f"{where}: must be a table")
        unknown = set(item) - {
            "name",
            "kind",
            "location",
            "reliability",
            "delay",
            "concurrency",
            "schedule",
            "enabled",
        }
        if unknown:
            raise ConfigError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
        name, kind, location = item.get("name"), item.get("kind"), item.get("location")
        if not isinstance(name, str) or not name:
            raise ConfigError(f"{where}: 'name' is required")
        if name in seen:
            raise ConfigError(f"{where}: duplicate source name {name!r}")
        seen.add(name)
        if kind not in SOURCE_KINDS:
            raise ConfigError(f"{where} ({name}): 'kind' must be one of {', '.join(SOURCE_KINDS)}")
        if not isinstance(location, str) or not location:
            raise ConfigError(f"{where} ({name}): 'location' is required")
        reliability = item.get("reliability", "news")
        if reliability not in RELIABILITY_KINDS:
            raise ConfigError(
                f"{where} ({name}): 'reliability' must be one of {', '.join(RELIABILITY_KINDS)}"
            )
        if kind == "path" and not Path(location).is_absolute():
            location = str((path.parent / location).resolve())
        delay, conc = item.get("delay"), item.get("concurrency")
        if delay is not None and (not isinstance(delay, int | float) or delay < 0):
            raise ConfigError(f"{where} ({name}): 'delay' must be a number of seconds >= 0")
        if conc is not None and (not isinstance(conc, int) or conc < 1):
            raise ConfigError(f"{where} ({name}): 'concurrency' must be a whole number >= 1")
        schedule = item.get("schedule")
        if schedule is not None and (not isinstance(schedule, str) or len(schedule.split()) != 5):
            raise ConfigError(f"{where} ({name}): 'schedule' must be a five-field cron string")
        out.append(
            Source(
                name=name,
                kind=kind,
                location=location,
                reliability=reliability,
                delay_seconds=float(delay) if delay is not None else None,
                concurrency=conc,
                schedule=schedule,
                enabled=bool(item.get("enabled", True)),
            )
        )
    return tuple(out)
