"""What the HTML report shows, read from the published warehouse (queries in sql/report/)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import duckdb

REPORT_SQL = Path(__file__).parent / "sql" / "report"


@dataclass
class ReportData:
    run: dict | None = None
    validations: list[dict] = field(default_factory=list)
    documents: list[dict] = field(default_factory=list)
    by_theme: list[dict] = field(default_factory=list)
    by_actor: list[dict] = field(default_factory=list)
    timeline: list[dict] = field(default_factory=list)
    followthrough: list[dict] = field(default_factory=list)


def _rows(con: duckdb.DuckDBPyConnection, name: str, params: dict | None = None) -> list[dict]:
    cur = con.execute((REPORT_SQL / f"{name}.sql").read_text(encoding="utf-8"), params or {})
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def load_report_data(db_path: str | Path) -> ReportData:
    """Read everything the report needs over one read-only connection."""
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        runs = _rows(con, "latest_run")
        run = runs[0] if runs else None
        return ReportData(
            run=run,
            validations=_rows(con, "validation", {"run_id": run["run_id"]}) if run else [],
            documents=_rows(con, "documents"),
            by_theme=_rows(con, "commitments_by_theme"),
            by_actor=_rows(con, "commitments_by_actor"),
            timeline=_rows(con, "instrument_timeline"),
            followthrough=_rows(con, "followthrough"),
        )
    finally:
        con.close()
