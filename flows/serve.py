"""`accords serve`: run the prefect.yaml schedule on this machine.

Prefect's temporary server cannot schedule runs, so when no PREFECT_API_URL
is set a local `prefect server` is started for the life of the command.
"""
from __future__ import annotations

import os
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import yaml

from flows.api import free_port, wait_healthy
from flows.config import PROJECT_ROOT


def deployment_spec(path: Path = PROJECT_ROOT / "prefect.yaml", name: str = "accords-daily") -> dict:
    """The named deployment of prefect.yaml with its first schedule resolved."""
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    for dep in spec.get("deployments", []):
        if dep.get("name") == name:
            schedules = dep.get("schedules") or []
            if not schedules or "cron" not in schedules[0]:
                raise ValueError(f"{path}: deployment {name!r} has no cron schedule")
            return {"name": name, "cron": schedules[0]["cron"],
                    "timezone": schedules[0].get("timezone", "UTC"), "parameters": dep.get("parameters") or {}}
    raise ValueError(f"{path}: no deployment named {name!r}")


@contextmanager
def local_server(timeout: float = 90.0):
    """Yield an API url: the configured one, or a `prefect server` started here and stopped on exit."""
    if os.environ.get("PREFECT_API_URL"):
        yield os.environ["PREFECT_API_URL"]
        return
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    proc = subprocess.Popen(
        [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        wait_healthy(proc, api, timeout, stage="serve")
        os.environ["PREFECT_API_URL"] = api
        yield api
    finally:
        os.environ.pop("PREFECT_API_URL", None)
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
