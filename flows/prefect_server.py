"""A local Prefect server on 127.0.0.1, started and stopped by us (for `newskb serve` and the tests).

This module never imports Prefect: the server runs in a child process (`python -m prefect server
start`), so it can be used before Prefect is configured. Every Prefect process we start gets the
telemetry switches from `quiet_env()`; state (the SQLite database, logs) lives under the given
PREFECT_HOME. A running server writes `server.json` there so that `newskb ingest --prefect` and
`newskb status` can find it instead of paying for a temporary API.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path

HOST = "127.0.0.1"
STATE_FILE = "server.json"

# Switches that keep every Prefect process on this machine: no SDK telemetry, no server analytics,
# no promotional content in the UI. The collection registry (the one outbound call a server makes
# on demand) is only asked by `prefect work-pool create` without a template, which we never run.
QUIET_ENV: Mapping[str, str] = {
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_UI_SHOW_PROMOTIONAL_CONTENT": "false",
    "PREFECT_CLI_PROMPT": "false",
}


class PrefectServerError(RuntimeError):
    """The local Prefect server did not start (the message ends with the tail of its log)."""


def quiet_env(env: MutableMapping[str, str] | None = None) -> MutableMapping[str, str]:
    """Put the telemetry switches into `env` (default: this process's environment, before Prefect loads)."""
    target: MutableMapping[str, str] = os.environ if env is None else env
    target.update(QUIET_ENV)
    return target


def free_port(host: str = HOST) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        port: int = s.getsockname()[1]
        return port


def is_healthy(api_url: str, timeout: float = 1.0) -> bool:
    """True when GET {api_url}/health answers 200 (plain urllib: no Prefect, no httpx import)."""
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(f"{api_url.rstrip('/')}/health", timeout=timeout) as resp:
            return bool(resp.status == 200)
    except (urllib.error.URLError, OSError, ValueError):
        return False


@dataclass
class LocalServer:
    """A running server: where its API is, its process, its home folder and its log."""

    api_url: str
    home: Path
    log_path: Path
    process: subprocess.Popen[bytes] | None = None  # None when we attached to one already running
    env: dict[str, str] = field(default_factory=dict)  # what a Prefect client process needs

    @property
    def ui_url(self) -> str:
        return self.api_url.removesuffix("/api")

    def log_tail(self, lines: int = 60) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "(no server log)"
        return "\n".join(text.splitlines()[-lines:])

    def client_env(self, base: Mapping[str, str] | None = None) -> dict[str, str]:
        """An environment for a child process that should talk to this server."""
        return {**(os.environ if base is None else base), **self.env}


def _server_env(home: Path, port: int, extra: Mapping[str, str] | None) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PREFECT_API_URL", None)  # the server itself must not think it is a client of another one
    env.update(QUIET_ENV)
    env.update(
        {
            "PREFECT_HOME": str(home),
            "PREFECT_SERVER_API_HOST": HOST,
            "PREFECT_SERVER_API_PORT": str(port),
            "PREFECT_SERVER_LOGGING_LEVEL": env.get("PREFECT_SERVER_LOGGING_LEVEL", "WARNING"),
        }
    )
    env.update(extra or {})
    return env


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    """Linux: deliver SIGTERM to the server if the process that started it dies (even by SIGKILL)."""
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except Exception:
        pass


def start_server(
    home: Path,
    *,
    port: int | None = None,
    extra_env: Mapping[str, str] | None = None,
    startup_timeout: float = 90.0,
    ui: bool = True,
) -> LocalServer:
    """Start `prefect server start` on 127.0.0.1 and wait until /api/health answers; raise on failure."""
    home = Path(home).resolve()
    home.mkdir(parents=True, exist_ok=True)
    log_path = home / "server.log"
    attempts = 1 if port else 3  # a free port can be taken between our probe and the server's bind
    last_error = ""
    for _ in range(attempts):
        chosen = port or free_port()
        env = _server_env(home, chosen, extra_env)
        if not ui:
            env["PREFECT_SERVER_UI_ENABLED"] = "false"
        cmd = [
            sys.executable,
            "-m",
            "prefect",
            "server",
            "start",
            "--host",
            HOST,
            "--port",
            str(chosen),
            "--analytics-off",
            "--no-background",
        ]
        with open(log_path, "ab") as log:
            log.write(f"\n--- {time.strftime('%Y-%m-%d %H:%M:%S')} {' '.join(cmd[1:])}\n".encode())
            log.flush()
            proc = subprocess.Popen(
                cmd,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,  # Ctrl-C in the terminal reaches us, and we stop it in order
                preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
            )
        api_url = f"http://{HOST}:{chosen}/api"
        server = LocalServer(api_url, home, log_path, proc, _client_env(home, api_url))
        deadline = time.monotonic() + startup_timeout
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                last_error = f"the server exited with code {proc.returncode}"
                break
            if is_healthy(api_url, timeout=2.0):
                _write_state(server)
                return server
            time.sleep(0.25)
        else:
            stop_server(server)
            raise PrefectServerError(
                f"Prefect server on {api_url} not healthy after {startup_timeout:.0f} s; log:\n"
                + server.log_tail()
            )
        if port:
            break
    raise PrefectServerError(f"Prefect server did not start ({last_error}); log:\n" + _tail(log_path))


def _tail(path: Path, lines: int = 60) -> str:
    return LocalServer("", path.parent, path).log_tail(lines)


def _client_env(home: Path, api_url: str) -> dict[str, str]:
    return {**QUIET_ENV, "PREFECT_API_URL": api_url, "PREFECT_HOME": str(home)}


def stop_server(server: LocalServer, timeout: float = 15.0) -> None:
    """SIGTERM the server's process group, then SIGKILL after `timeout`; remove server.json."""
    proc = server.process
    with contextlib.suppress(OSError):
        state = server.home / STATE_FILE
        if proc is not None and _read_state_file(state).get("pid") == proc.pid:
            state.unlink()
    if proc is None or proc.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=5)


@contextlib.contextmanager
def local_prefect_server(
    home: Path,
    *,
    port: int | None = None,
    extra_env: Mapping[str, str] | None = None,
    startup_timeout: float = 90.0,
    ui: bool = True,
) -> Iterator[LocalServer]:
    """Start a local server for the duration of the block; it is stopped however the block ends."""
    server = start_server(home, port=port, extra_env=extra_env, startup_timeout=startup_timeout, ui=ui)
    try:
        yield server
    finally:
        stop_server(server)


# --- discovery: is a server we started already running? ------------------------------------------


def _write_state(server: LocalServer) -> None:
    pid = server.process.pid if server.process else None
    data = {"api_url": server.api_url, "pid": pid, "started_at": time.time()}
    tmp = server.home / (STATE_FILE + ".tmp")
    tmp.write_text(json.dumps(data), encoding="utf-8")
    tmp.replace(server.home / STATE_FILE)


def _read_state_file(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def running_server_url(home: Path) -> str | None:
    """The API URL of a server started by `newskb serve` with this home, if it still answers."""
    data = _read_state_file(Path(home) / STATE_FILE)
    url, pid = data.get("api_url"), data.get("pid")
    if not isinstance(url, str) or not isinstance(pid, int):
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        pass
    return url if is_healthy(url, timeout=0.5) else None


def prefect_home(data_dir: Path) -> Path:
    """Where newskb keeps Prefect's state unless PREFECT_HOME says otherwise."""
    configured = os.environ.get("PREFECT_HOME")
    return Path(configured).expanduser() if configured else (Path(data_dir) / "prefect").resolve()
