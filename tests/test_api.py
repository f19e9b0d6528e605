"""`accords run` starts its own temporary Prefect API when none is configured."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

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
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("select count(*) from core.documents").fetchone() == (17,)
    finally:
        con.close()
    assert _servers(tmp_path / "prefect") == 0  # the run's temporary server stopped with it


def _servers(home: Path) -> int:
    """Prefect API servers running with PREFECT_HOME=home (from /proc)."""
    count = 0
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            if (b"prefect.server.api.server:create_app" in (proc / "cmdline").read_bytes()
                    and f"PREFECT_HOME={home}".encode() in (proc / "environ").read_bytes().split(b"\0")):
                count += 1
        except OSError:
            continue
    return count


def test_the_server_count_sees_a_server_of_that_home(tmp_path):
    fake = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)", "prefect.server.api.server:create_app"],
                            env={**os.environ, "PREFECT_HOME": str(tmp_path)})
    try:
        for _ in range(50):  # /proc shows the new command line once the interpreter runs
            if _servers(tmp_path):
                break
            time.sleep(0.05)
        assert _servers(tmp_path) == 1 and _servers(tmp_path / "other") == 0
    finally:
        fake.kill()
        fake.wait()


def test_a_server_that_exits_is_a_named_error_not_a_hang():
    from flows.api import ApiStartError, wait_healthy

    dead = subprocess.Popen([sys.executable, "-c", "raise SystemExit(3)"])
    dead.wait()
    with pytest.raises(ApiStartError) as err:
        wait_healthy(dead, "http://127.0.0.1:9/api", timeout=30)
    assert str(err.value) == "[run] http://127.0.0.1:9/api: the Prefect server exited with code 3"
