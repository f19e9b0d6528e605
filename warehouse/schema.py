"""Apply the warehouse DDL and views kept as ``.sql`` files beside this module."""
from __future__ import annotations

from pathlib import Path

import duckdb

SQL_DIR = Path(__file__).parent / "sql"


def sql_files(layer: str) -> list[Path]:
    return sorted((SQL_DIR / layer).glob("*.sql"))


def apply_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create schemas and tables (idempotent), then (re)create the marts views."""
    for path in sql_files("schema"):
        con.execute(path.read_text(encoding="utf-8"))
    for path in sql_files("marts"):
        con.execute(path.read_text(encoding="utf-8"))
