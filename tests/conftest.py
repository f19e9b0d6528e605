"""Shared fixtures. Telemetry off and PREFECT_HOME in a temporary folder before
anything imports Prefect."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
os.environ["DO_NOT_TRACK"] = "1"
os.environ["GX_ANALYTICS_ENABLED"] = "false"
os.environ["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"] = "90"
os.environ.setdefault("PREFECT_HOME", tempfile.mkdtemp(prefix="accords-prefect-"))
os.environ["PREFECT_LOGGING_LEVEL"] = "WARNING"

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
GOLD_DIR = SHARED / "gold"


@pytest.fixture
def gold_dir() -> Path:
    if not GOLD_DIR.exists():
        pytest.skip("../shared/gold is not present on this machine")
    return GOLD_DIR
