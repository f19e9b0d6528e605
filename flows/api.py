"""The Prefect API of one `accords run`: the configured server, or a temporary one
started here before anything imports Prefect.

With no API configured, Prefect itself would start a temporary server (a uvicorn
subprocess) when the flow first needs it, importing the server's code into this
process (about two seconds) and then waiting for it to answer (about three more).
``run_api`` starts the same server (Prefect's own app factory, in its ephemeral
mode) first, so it boots while this process imports the pipeline and reads its
configuration, points PREFECT_API_URL at it before Prefect reads its settings, waits
for it to answer before the flow runs, and stops it when the run ends.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import tomllib
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from extractors.errors import AccordsError

_SERVER_ENV = {"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}


class ApiStartError(AccordsError):
    """The Prefect API a command started did not come up: ``[stage] url: reason``."""

    def __init__(self, api: str, reason: str, stage: str = "run"):
        super().__init__(api, stage, reason)


def configured_api_url(env: dict[str, str] | None = None) -> str | None:
    """PREFECT_API_URL from the environment or the active Prefect profile, read without
    importing Prefect (which would fix its settings before a temporary URL is set)."""
    env = os.environ if env is None else env
    if env.get("PREFECT_API_URL"):
        return env["PREFECT_API_URL"]
    home = Path(env.get("PREFECT_HOME") or Path.home() / ".prefect").expanduser()
    path = Path(env.get("PREFECT_PROFILES_PATH") or home / "profiles.toml").expanduser()
    try:
        profiles = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return None
    active = env.get("PREFECT_PROFILE") or profiles.get("active") or "ephemeral"
    return (profiles.get("profiles", {}).get(active) or {}).get("PREFECT_API_URL") or None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _server_command(port: int) -> list[str]:
    import importlib.util

    spec = importlib.util.find_spec("prefect")  # locates the package without importing it
    if spec is None or spec.origin is None:
        raise ApiStartError("prefect", "Prefect is not installed")
    return [sys.executable, "-m", "uvicorn", "--app-dir", str(Path(spec.origin).parent.parent), "--factory",
            "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(port),
            "--log-level", "error", "--lifespan", "on"]


def wait_healthy(proc: subprocess.Popen, api: str, timeout: float, stage: str = "run") -> None:
    """Return once ``api``/health answers 200; raise ApiStartError when ``proc`` exits or time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise ApiStartError(api, f"the Prefect server exited with code {proc.returncode}", stage)
        try:
            with urllib.request.urlopen(f"{api}/health", timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.05)
    raise ApiStartError(api, f"the Prefect server did not answer within {timeout:.0f} s", stage)


@contextmanager
def run_api(timeout: float | None = None):
    """Yields a function that returns once the API answers. Nothing is started when an API
    is configured; otherwise the temporary server runs for the life of the block."""
    if configured_api_url():
        yield lambda: None
        return
    timeout = timeout or float(os.environ.get("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS") or 90)
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    proc = subprocess.Popen(_server_command(port), env={**os.environ, **_SERVER_ENV},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.environ["PREFECT_API_URL"] = api
    try:
        yield lambda: wait_healthy(proc, api, timeout)
    finally:
        if os.environ.get("PREFECT_API_URL") == api:
            del os.environ["PREFECT_API_URL"]
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
