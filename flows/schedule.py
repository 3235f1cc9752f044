"""Schedules without Prefect: which deployments the sources need, and when the next run is.

`schedule_groups` turns sources.toml into one ingestion deployment per distinct cron (the default
`settings.schedule_cron` for sources without their own `schedule`). `next_scheduled_run` answers
`newskb status`: it asks a Prefect API for the next Scheduled flow run over plain HTTP when one is
known (PREFECT_API_URL, or the server `newskb serve` started), else computes it from the crons.
Nothing here imports Prefect, so read-only verbs stay fast.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import urllib.error
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from schema.settings import Settings, Source

INGEST_FLOW_NAME = "newskb-ingest"
REPROCESS_FLOW_NAME = "newskb-reprocess"
MAINTENANCE_FLOW_NAME = "newskb-maintenance"
MAINTENANCE_CRON = "15 3 * * *"  # nightly, off the half hours the ingestion uses
DEFAULT_DEPLOYMENT = "scheduled"


@dataclass(frozen=True, slots=True)
class ScheduleGroup:
    """One ingestion deployment: a cron and the sources it runs."""

    name: str
    cron: str
    source_names: tuple[str, ...]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def schedule_groups(settings: Settings, sources: Sequence[Source]) -> list[ScheduleGroup]:
    """Enabled sources grouped by schedule; the default schedule's group comes first."""
    by_cron: dict[str, list[str]] = {}
    for s in sources:
        if s.enabled:
            by_cron.setdefault(s.schedule or settings.schedule_cron, []).append(s.name)
    groups = []
    for cron, names in by_cron.items():
        if cron == settings.schedule_cron:
            name = DEFAULT_DEPLOYMENT
        else:
            name = "sources-" + _slug("-".join(names))
            if len(name) > 60:
                name = name[:50].rstrip("-") + "-" + hashlib.sha1(cron.encode()).hexdigest()[:8]
        groups.append(ScheduleGroup(name, cron, tuple(names)))
    groups.sort(key=lambda g: (g.name != DEFAULT_DEPLOYMENT, g.name))
    return groups


def next_cron(expr: str, after: datetime | None = None) -> datetime | None:
    """The next time a five-field cron expression fires (cronsim ships with Prefect), in UTC."""
    try:
        from cronsim import CronSim
    except ImportError:  # pragma: no cover - cronsim is a Prefect dependency
        return None
    start = after or datetime.now(UTC)
    try:
        nxt: datetime = next(CronSim(expr, start))
    except Exception:  # CronSimError on a bad expression
        return None
    return nxt


def api_url(settings: Settings) -> str | None:
    """PREFECT_API_URL if set, else the server `newskb serve` started for this data folder (if up)."""
    configured = os.environ.get("PREFECT_API_URL")
    if configured:
        return configured.rstrip("/")
    from flows.prefect_server import prefect_home, running_server_url

    return running_server_url(prefect_home(settings.data_dir))


def next_from_api(url: str, *, timeout: float = 2.0) -> tuple[datetime, str] | None:
    """The next Scheduled run of the ingestion flow, from the Prefect API (POST /flow_runs/filter)."""
    body = {
        "flows": {"name": {"any_": [INGEST_FLOW_NAME]}},
        "flow_runs": {"state": {"type": {"any_": ["SCHEDULED"]}}},
        "sort": "EXPECTED_START_TIME_ASC",
        "limit": 1,
    }
    req = urllib.request.Request(
        f"{url.rstrip('/')}/flow_runs/filter",
        data=json.dumps(body).encode(),
        method="POST",
        headers={"Content-Type": "application/json", "Accept": "application/json"},
    )
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            runs = json.loads(resp.read())
    except (urllib.error.URLError, OSError, ValueError):
        return None
    if not runs:
        return None
    run = runs[0]
    when = run.get("expected_start_time") or run.get("next_scheduled_start_time")
    if not when:
        return None
    try:
        at = datetime.fromisoformat(str(when).replace("Z", "+00:00"))
    except ValueError:
        return None
    return at, f"prefect {run.get('name', '')}".strip()


def next_scheduled_run(
    settings: Settings, sources: Sequence[Source] | None = None, *, ask_api: bool = True
) -> tuple[datetime, str] | None:
    """(when, where the answer came from): the Prefect API when reachable, else the earliest cron."""
    if ask_api:
        url = api_url(settings)
        if url:
            found = next_from_api(url)
            if found:
                return found
    crons = {settings.schedule_cron}
    if sources is None and Path(settings.sources_file).exists():
        try:
            from schema.settings import load_sources

            sources = load_sources(settings.sources_file)
        except ValueError:
            sources = None
    for g in schedule_groups(settings, sources or ()):
        crons.add(g.cron)
    best: tuple[datetime, str] | None = None
    for cron in sorted(crons):
        at = next_cron(cron)
        if at and (best is None or at < best[0]):
            best = (at, f"cron {cron}")
    return best
