"""`accords run` starts its own temporary Prefect API when none is configured."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import duckdb
import pytest

from flows.api import configured_api_url
from flows.config import PROJECT_ROOT


def test_an_api_url_in_the_environment_wins(tmp_path):
    assert configured_api_url({"PREFECT_API_URL": "http://h:1/api", "PREFECT_HOME": str(tmp_path)}) == "http://h:1/api"


def test_the_active_profile_may_configure_the_api(tmp_path):
    (tmp_path / "profiles.toml").write_text(
        'active = "work"\n[profiles.work]\nPREFECT_API_URL = "http://prefect:4200/api"\n[profiles.local]\n',
        encoding="utf-8")
    env = {"PREFECT_HOME": str(tmp_path)}
    assert configured_api_url(env) == "http://prefect:4200/api"
    assert configured_api_url({**env, "PREFECT_PROFILE": "local"}) is None


def test_no_profile_file_means_no_configured_api(tmp_path):
    assert configured_api_url({"PREFECT_HOME": str(tmp_path / "absent")}) is None
    (tmp_path / "profiles.toml").write_text("not toml [", encoding="utf-8")
    assert configured_api_url({"PREFECT_HOME": str(tmp_path)}) is None


def test_accords_run_on_the_snapshots_with_its_own_temporary_api(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env.update(PREFECT_HOME=str(tmp_path / "prefect"), PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1",
               GX_ANALYTICS_ENABLED="false", PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="120")
    db = tmp_path / "run" / "accords.duckdb"
    proc = subprocess.run([sys.executable, "-m", "flows.cli", "run", "--db", str(db)], cwd=PROJECT_ROOT, env=env,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert "succeeded" in proc.stdout and "documents: 17 seen" in proc.stdout
    assert "Error logging to API" not in proc.stderr  # the logs were flushed before the API stopped
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("select count(*) from core.documents").fetchone() == (17,)
    finally:
        con.close()
    # the flow run was recorded by the temporary API, in the database of the run's PREFECT_HOME
    runs = sqlite3.connect(tmp_path / "prefect" / "prefect.db")
    try:
        assert runs.execute("select state_type from flow_run").fetchall() == [("COMPLETED",)]
    finally:
        runs.close()


def test_an_api_that_cannot_start_is_a_named_error(tmp_path):
    """The temporary API's port is taken: `accords run` stops with a one-line reason."""
    script = """
import socket, sys
from flows.api import ApiStartError, ApiThread, wait_healthy
taken = socket.socket(); taken.bind(("127.0.0.1", 0)); taken.listen()
api = ApiThread(taken.getsockname()[1])
api.start()
try:
    wait_healthy(api, f"http://127.0.0.1:{api.port}/api", timeout=60)
except ApiStartError as exc:
    print(exc)
"""
    env = {**os.environ, "PREFECT_HOME": str(tmp_path), "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1"}
    proc = subprocess.run([sys.executable, "-c", script], cwd=PROJECT_ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.startswith("[run] http://127.0.0.1:") and "the Prefect server stopped" in proc.stdout


def test_a_server_that_exits_is_a_named_error_not_a_hang():
    from flows.api import ApiStartError, wait_healthy

    dead = subprocess.Popen([sys.executable, "-c", "raise SystemExit(3)"])
    dead.wait()
    with pytest.raises(ApiStartError) as err:
        wait_healthy(dead, "http://127.0.0.1:9/api", timeout=30)
    assert str(err.value) == "[run] http://127.0.0.1:9/api: the Prefect server exited with code 3"
