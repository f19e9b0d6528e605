"""Run the pipeline exactly as a user would (``python -m flows.cli run ...``) in a
subprocess; measure its wall time and the peak memory of its whole process tree
(sum of RSS over the tree, polled every 0.1 s), then read the run's own per-stage
seconds back from the warehouse (``meta.pipeline_runs``)."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import duckdb
import psutil

PROJECT = Path(__file__).resolve().parents[1]
POLL_SECONDS = 0.1
SECONDS_LINE = re.compile(r"^\s*seconds:\s*(.+)$", re.M)
QUIET_ENV = {"PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1", "GX_ANALYTICS_ENABLED": "false"}


@dataclass
class PipelineRun:
    label: str
    wall_seconds: float
    peak_rss_bytes: int
    returncode: int
    peak_breakdown: dict  # role -> RSS bytes at the peak moment
    log: str
    run_row: dict = field(default_factory=dict)  # latest meta.pipeline_runs row
    stage_seconds: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)


def pipeline_command(corpus: Path, python: str = sys.executable) -> list[str]:
    return [python, "-m", "flows.cli", "run", "--sources", str(corpus / "sources.toml"),
            "--snapshots", str(corpus / "snapshots"), "--db", str(corpus / "run" / "accords.duckdb")]


def role(proc: psutil.Process, root: psutil.Process) -> str:
    """What a process of the tree is: the pipeline itself, Prefect's server, a pool worker."""
    if proc.pid == root.pid:
        return "pipeline"
    try:
        cmd = " ".join(proc.cmdline())
        forked = proc.cmdline() == root.cmdline()
    except psutil.Error:
        return "other"
    if forked:
        return "workers"
    if "uvicorn" in cmd or "prefect.server" in cmd:
        return "prefect server"
    if "multiprocessing" in cmd or "loky" in cmd or "dask" in cmd:
        return "workers"
    return "other"


def tree_memory(proc: psutil.Process) -> dict[str, int]:
    """RSS by role over a process and all its descendants; processes that end meanwhile count 0."""
    out: dict[str, int] = {}
    try:
        members = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return out
    for p in members:
        try:
            rss = p.memory_info().rss
        except psutil.Error:
            continue
        key = role(p, proc)
        out[key] = out.get(key, 0) + rss
    return out


def tree_rss(proc: psutil.Process) -> int:
    """RSS of a process and all its descendants."""
    return sum(tree_memory(proc).values())


def run_and_poll(cmd: list[str], env: dict, cwd: Path, log_path: Path) -> tuple[float, int, int, dict]:
    """(wall seconds, peak tree RSS bytes, return code, RSS by role at the peak) of ``cmd``;
    its output goes to ``log_path``."""
    log_path.parent.mkdir(parents=True, exist_ok=True)
    peak, at_peak = 0, {}
    with log_path.open("wb") as log:
        t0 = time.perf_counter()
        child = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT)
        proc = psutil.Process(child.pid)
        while child.poll() is None:
            memory = tree_memory(proc)
            if sum(memory.values()) > peak:
                peak, at_peak = sum(memory.values()), memory
            time.sleep(POLL_SECONDS)
        wall = time.perf_counter() - t0
    return wall, peak, child.returncode, at_peak


def latest_run_row(db_path: Path) -> dict:
    """The most recent meta.pipeline_runs row, stage_seconds decoded; {} without a warehouse."""
    if not db_path.exists():
        return {}
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        cur = con.execute("select * from meta.pipeline_runs order by started_at desc limit 1")
        names = [d[0] for d in cur.description]
        row = cur.fetchone()
    finally:
        con.close()
    if row is None:
        return {}
    out = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in zip(names, row)}
    out["stage_seconds"] = json.loads(out.get("stage_seconds") or "{}")
    return out


def run_pipeline(corpus: Path, label: str, prefect_home: Path, python: str = sys.executable) -> PipelineRun:
    """One pipeline run on ``corpus`` (its warehouse and archive under ``corpus/run``)."""
    env = {**os.environ, **QUIET_ENV, "PREFECT_HOME": str(prefect_home)}
    log = corpus / "logs" / f"{label}.log"
    db = corpus / "run" / "accords.duckdb"
    before = latest_run_row(db).get("run_id")
    wall, peak, code, at_peak = run_and_poll(pipeline_command(corpus, python), env, PROJECT, log)
    row = latest_run_row(db)
    if row.get("run_id") == before:  # the run recorded nothing: no stage seconds to report
        row = {}
    # meta.pipeline_runs is written before the validate+publish step, so those two
    # stages are taken from the tally line the CLI prints ("seconds: fetch=0.27, ...").
    stages = {**printed_stage_seconds(log), **row.get("stage_seconds", {})}
    return PipelineRun(label=label, wall_seconds=round(wall, 3), peak_rss_bytes=peak, returncode=code,
                       peak_breakdown=at_peak, log=str(log), run_row=row, stage_seconds=stages)


def printed_stage_seconds(log_path: str | Path) -> dict[str, float]:
    """Stage seconds from the last "seconds: k=v, ..." line of a run's output."""
    try:
        found = SECONDS_LINE.findall(Path(log_path).read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return {}
    out = {}
    for part in (found[-1].split(",") if found else []):
        key, _, value = part.strip().partition("=")
        try:
            out[key.strip()] = float(value)
        except ValueError:
            continue
    return out


def log_tail(path: str | Path, lines: int = 15) -> str:
    try:
        return "\n".join(Path(path).read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return ""
