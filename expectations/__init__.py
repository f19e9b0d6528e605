"""Great Expectations gate: suite files per table, run on the new warehouse state
before it is published; failures are quarantined, results published, Data Docs built
offline.

Importing this package is cheap: GX is imported only when a validation runs.
"""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from expectations.results import ExpectationResult, GateOutcome

__all__ = ["ExpectationResult", "GateOutcome", "run_gate_checks", "validate_warehouse"]


def run_gate_checks(con, run_id: str, data_docs_dir: Path | None = None) -> GateOutcome:
    """Run every suite on an open DuckDB connection (the new state, or a read-only live file)."""
    from expectations.runner import run_suites

    return run_suites(con, run_id, data_docs_dir)


def validate_warehouse(db_path: str | Path, data_docs_dir: str | Path | None = None) -> GateOutcome:
    """Validate the live warehouse read-only (``accords validate``): pass/fail counts,
    failure lines (``outcome.text()``), Data Docs rebuilt into ``data_docs_dir``."""
    import duckdb

    run_id = "validate-" + datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        return run_gate_checks(con, run_id, Path(data_docs_dir) if data_docs_dir else None)
    finally:
        con.close()
