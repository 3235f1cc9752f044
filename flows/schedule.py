"""Schedules without Prefect: which deployments the sources need, and whether anything serves them.

`schedule_groups` turns sources.toml into one ingestion deployment per distinct cron (the default
`settings.schedule_cron` for sources without their own `schedule`). `scheduler_state` answers
`newskb status`: it asks the Prefect API (PREFECT_API_URL, or the server `newskb serve` started) over plain
HTTP whether a process serves the deployments, and only then for the next scheduled flow run. A cron alone
promises nothing: with no scheduler serving, no run will happen.
Nothing here imports Prefect, so read-only verbs stay fast.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
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


def api_url(settings: Settings) -> str | None:
    """PREFECT_API_URL if set, else the server `newskb serve` started for this data folder (if up)."""
    configured = os.environ.get("PREFECT_API_URL")
    if configured:
        return configured.rstrip("/")
    from flows.prefect_server import prefect_home, running_server_url

    return running_server_url(prefect_home(settings.data_dir))


def _post_json(url: str, path: str, body: dict[str, object], timeout: float) -> object | None:
    import urllib.error
    import urllib.request

    req = urllib.request.Request(
        f"{url.rstrip('/')}{path}",
        data=json.dumps(body).encode(),
        method="POST",
        headers={"Content-Type": "application/json", "Accept": "application/json"},
    )
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            found: object = json.loads(resp.read())
            return found
    except (urllib.error.URLError, OSError, ValueError):
        return None


def ui_url(api: str) -> str:
    """The Prefect UI's address for an API address (http://host:port/api -> http://host:port)."""
    return api[: -len("/api")] if api.endswith("/api") else api


def scheduler_state(settings: Settings, *, timeout: float = 2.0) -> dict[str, object]:
    """Whether a scheduler serves newskb's deployments now, and only then the next scheduled run.

    A deployment is served when a `newskb serve` process or a worker polls for its runs: Prefect then marks
    it READY (and NOT_READY soon after polling stops). Scheduled runs of deployments nobody serves never
    start, so they are not reported as the next run.
    """
    url = api_url(settings)
    if not url:
        return {"serving": False, "reason": "no Prefect server is running (`newskb serve` starts one)"}
    state: dict[str, object] = {"serving": False, "api_url": url, "ui_url": ui_url(url)}
    flows = [INGEST_FLOW_NAME, REPROCESS_FLOW_NAME, MAINTENANCE_FLOW_NAME]
    deployments = _post_json(url, "/deployments/filter", {"flows": {"name": {"any_": flows}}}, timeout)
    if not isinstance(deployments, list):
        state["reason"] = f"the Prefect API at {url} does not answer"
        return state
    ready = [d for d in deployments if d.get("status") == "READY" and not d.get("paused")]
    if not ready:
        state["reason"] = "no process serves the newskb deployments (start `newskb serve` or a worker)"
        return state
    state["serving"] = True
    state["deployments"] = sorted(str(d.get("name")) for d in ready)
    runs = _post_json(
        url,
        "/flow_runs/filter",
        {
            "deployments": {"id": {"any_": [d["id"] for d in ready]}},
            "flow_runs": {"state": {"type": {"any_": ["SCHEDULED"]}}},
            "sort": "EXPECTED_START_TIME_ASC",
            "limit": 1,
        },
        timeout,
    )
    if isinstance(runs, list) and runs:
        run = runs[0]
        names = {d["id"]: d.get("name") for d in ready}
        state["next_run"] = {
            "at": run.get("expected_start_time") or run.get("next_scheduled_start_time"),
            "flow_run": run.get("name"),
            "deployment": names.get(run.get("deployment_id")),
        }
    return state


# --- prefect.yaml ----------------------------------------------------------------------------------

WORK_POOL = "newskb"

_YAML_HEAD = """\
# Deployments for `prefect deploy --all` (work pools and workers; see the README, "Beyond one machine").
# Generated from sources.toml by `python -m flows.schedule > prefect.yaml`; a test keeps it in sync.
# `newskb serve` needs none of this: it derives the same deployments and serves them itself.
name: newskb
prefect-version: 3.8.8

build: null
push: null

# A process worker runs each flow in a subprocess in this folder: run `prefect deploy --all` from the
# checkout (the path is resolved at deploy time). On other machines, clone instead, e.g.
#   - prefect.deployments.steps.git_clone: {{repository: https://git.example/newskb.git, branch: main}}
pull:
  - prefect.deployments.steps.set_working_directory:
      directory: "{{{{ $PWD }}}}"

definitions:
  work_pool: &pool
    name: {pool}
    work_queue_name: default
    job_variables: {{}}
  one_at_a_time: &one_at_a_time
    limit: 1
    collision_strategy: CANCEL_NEW

deployments:
"""


def _yaml_str(text: str) -> str:
    return json.dumps(text)  # a JSON string is a valid YAML scalar


def render_prefect_yaml(settings: Settings, sources: Sequence[Source]) -> str:
    """prefect.yaml: one ingestion deployment per schedule group, reprocess and nightly maintenance."""
    out = [_YAML_HEAD.format(pool=WORK_POOL)]
    for g in schedule_groups(settings, sources):
        names = ", ".join(_yaml_str(n) for n in g.source_names)
        what = f"Ingest {len(g.source_names)} source(s) on cron {g.cron} (UTC)."
        out.append(
            f"  - name: {g.name}\n"
            f"    entrypoint: flows/ingest.py:ingest_flow\n"
            f"    description: {_yaml_str(what)}\n"
            f"    tags: [newskb, ingest]\n"
            f"    parameters:\n"
            f"      source_names: [{names}]\n"
            f"    schedules:\n"
            f"      - cron: {_yaml_str(g.cron)}\n"
            f"        timezone: UTC\n"
            f"    concurrency_limit: *one_at_a_time\n"
            f"    work_pool: *pool\n"
        )
    out.append(
        "  - name: manual\n"
        "    entrypoint: flows/ingest.py:reprocess_flow\n"
        '    description: "Re-run extraction and NLP over the stored pages (no fetching)."\n'
        "    tags: [newskb]\n"
        "    concurrency_limit: 1\n"
        "    work_pool: *pool\n"
    )
    out.append(
        "  - name: nightly\n"
        "    entrypoint: flows/maintenance.py:maintenance_flow\n"
        '    description: "Reconcile, checkpoint and export the public views to Parquet."\n'
        "    tags: [newskb]\n"
        "    schedules:\n"
        f"      - cron: {_yaml_str(MAINTENANCE_CRON)}\n"
        "        timezone: UTC\n"
        "    concurrency_limit: *one_at_a_time\n"
        "    work_pool: *pool\n"
    )
    return "".join(out)


if __name__ == "__main__":  # python -m flows.schedule [sources.toml] > prefect.yaml
    import sys

    from schema.settings import load_settings, load_sources

    cfg = load_settings()
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else cfg.sources_file
    sys.stdout.write(render_prefect_yaml(cfg, load_sources(path)))
