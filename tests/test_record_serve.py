from __future__ import annotations

import json

from extractors.http import Fetcher, build_session
from extractors.record import record_snapshots
from extractors.sources import Publisher, Registry, Source
from flows.serve import deployment_spec
from tests.httpserver import Scripted


def test_record_refreshes_snapshots_from_live_pages(tmp_path):
    snap = tmp_path / "snapshots"
    (snap / "pages").mkdir(parents=True)
    (snap / "pages" / "a.html").write_text("<html>old</html>")
    (snap / "pages" / "b.html").write_text("<html>kept</html>")
    with Scripted({"/a": [(200, {"ETag": '"new"'}, b"<html>new</html>")], "/b": [(500, {}, b"down")]}) as srv:
        manifest = [
            {"url": srv.base + "/a", "path": "pages/a.html", "reconstructed": True},
            {"url": srv.base + "/b", "path": "pages/b.html", "reconstructed": True},
            {"url": srv.base + "/c", "path": "pages/c.html", "url_reconstructed": True},
        ]
        (snap / "manifest.json").write_text(json.dumps(manifest))
        reg = Registry((Publisher("t", "Test", "CAN", ("127.0.0.1",), "generic"),), (Source(srv.base + "/a", "t", "statement"),))
        fetcher = Fetcher(build_session("t"), reg.allowed_domains, retries=0, per_host_interval=0)
        report = record_snapshots(reg, snap, fetcher)
    assert report.recorded == [srv.base + "/a"]
    assert len(report.failed) == 2
    assert (snap / "pages" / "a.html").read_text() == "<html>new</html>"
    assert (snap / "pages" / "b.html").read_text() == "<html>kept</html>"
    saved = json.loads((snap / "manifest.json").read_text())
    assert saved[0]["reconstructed"] is False and saved[0]["etag"] == '"new"'
    assert saved[1]["reconstructed"] is True


def test_serve_uses_the_daily_schedule_declared_in_prefect_yaml():
    spec = deployment_spec()
    assert spec["name"] == "accords-daily"
    assert spec["cron"] == "0 6 * * *" and spec["timezone"] == "UTC"


def test_serve_registers_the_scheduled_deployment_on_a_local_server(tmp_path):
    """`accords serve` against a local Prefect server: the deployment appears with its cron
    schedule; the server started by local_server() stops on exit."""
    import os
    import subprocess
    import sys
    import time
    import urllib.request

    from flows.config import PROJECT_ROOT
    from flows.serve import local_server

    with local_server() as api:
        env = dict(os.environ, PREFECT_API_URL=api)
        proc = subprocess.Popen([sys.executable, "-m", "flows.cli", "serve", "--db", str(tmp_path / "w.duckdb")],
                                cwd=PROJECT_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        try:
            found = None
            deadline = time.monotonic() + 90
            while time.monotonic() < deadline and found is None:
                req = urllib.request.Request(api + "/deployments/filter", data=b"{}", method="POST",
                                             headers={"Content-Type": "application/json"})
                with urllib.request.urlopen(req, timeout=5) as resp:
                    deployments = json.loads(resp.read())
                # a PREFECT_HOME used before may hold the deployment of an earlier run: wait for this one's
                found = next((d for d in deployments if d["name"] == "accords-daily"
                              and d["parameters"].get("db") == str(tmp_path / "w.duckdb")), None)
                if found is None:
                    assert proc.poll() is None, proc.stdout.read().decode()
                    time.sleep(1)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    assert found is not None
    crons = [s["schedule"].get("cron") for s in found.get("schedules", [])]
    assert "0 6 * * *" in crons
    assert found["parameters"]["db"] == str(tmp_path / "w.duckdb")
    assert "PREFECT_API_URL" not in os.environ or os.environ["PREFECT_API_URL"] != api
