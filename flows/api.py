"""The Prefect API of one `accords run`: the configured server, or a temporary one
served from this process.

With no API configured, Prefect itself would start a temporary server in a second
Python process (uvicorn) when the flow first needs it: 230-260 MB more for a
10,000-page run, as much as the pipeline's own validation step needs. ``run_api``
serves the same app instead (Prefect's app factory in its ephemeral mode: no UI, no
background services) with uvicorn on a daemon thread of this process, where Prefect's
modules are already loaded: the run's process measured about 100 MB more at start-up
and 160 MB more by the end of extract+transform. PREFECT_API_URL points at it before
Prefect reads its settings; the flow runs once it answers; the run's logs are flushed
to it before it stops with the run.
"""
from __future__ import annotations

import os
import socket
import subprocess
import threading
import time
import tomllib
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from extractors.errors import AccordsError


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


def wait_healthy(proc: subprocess.Popen | ApiThread, api: str, timeout: float, stage: str = "run") -> None:
    """Return once ``api``/health answers 200; raise ApiStartError when ``proc`` exits or time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            reason = getattr(proc, "failure", None) or f"the Prefect server exited with code {proc.returncode}"
            raise ApiStartError(api, reason, stage)
        try:
            with urllib.request.urlopen(f"{api}/health", timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.05)
    raise ApiStartError(api, f"the Prefect server did not answer within {timeout:.0f} s", stage)


class ApiThread:
    """Prefect's API app served by uvicorn on a daemon thread; ``poll``/``returncode`` as a
    process has them, so ``wait_healthy`` watches it like the server of `accords serve`."""

    def __init__(self, port: int):
        self.port, self.returncode, self.failure = port, None, None
        self._server = self._thread = None

    def start(self) -> None:
        import uvicorn
        from prefect.server.api.server import create_app

        app = create_app(ephemeral=True, final=True)
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="error", lifespan="on")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._serve, name="accords-prefect-api", daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        try:
            self._server.run()
        except BaseException as exc:  # noqa: BLE001 - uvicorn exits with SystemExit when it cannot bind
            self.failure = f"the Prefect server stopped: {type(exc).__name__}: {exc}"
        self.returncode = 1 if self.failure or not self._server.started else 0
        if self.returncode and not self.failure:
            self.failure = "the Prefect server stopped before it started (see the log above)"

    def poll(self) -> int | None:
        return self.returncode

    def stop(self, timeout: float = 15.0) -> None:
        """Flush the run's logs and events to the API, then stop serving."""
        if self._thread is None:
            return
        from prefect.events.worker import EventsWorker
        from prefect.logging.handlers import APILogWorker

        for worker in (APILogWorker, EventsWorker):
            worker.drain_all(timeout=5)
        self._server.should_exit = True
        self._thread.join(timeout)


@contextmanager
def run_api(timeout: float | None = None):
    """Yields a function that returns once the API answers. Nothing is started when an API
    is configured; otherwise the temporary API serves for the life of the block."""
    if configured_api_url():
        yield lambda: None
        return
    timeout = timeout or float(os.environ.get("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS") or 90)
    api_thread = ApiThread(free_port())
    api = f"http://127.0.0.1:{api_thread.port}/api"
    os.environ["PREFECT_API_URL"] = api

    def ready() -> None:
        api_thread.start()
        wait_healthy(api_thread, api, timeout)

    try:
        yield ready
    finally:
        api_thread.stop()
        if os.environ.get("PREFECT_API_URL") == api:
            del os.environ["PREFECT_API_URL"]
