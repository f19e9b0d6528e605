"""`accords run` starts its own temporary Prefect API when none is configured."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb

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
    before = _servers()
    proc = subprocess.run([sys.executable, "-m", "flows.cli", "run", "--db", str(db)], cwd=PROJECT_ROOT, env=env,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert "succeeded" in proc.stdout and "documents: 17 seen" in proc.stdout
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("select count(*) from core.documents").fetchone() == (17,)
    finally:
        con.close()
    assert _servers() <= before  # the run's temporary server stopped with it


def _servers() -> int:
    """Prefect API servers running on this machine (from /proc)."""
    count = 0
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            count += b"prefect.server.api.server:create_app" in cmdline.read_bytes()
        except OSError:
            continue
    return count
